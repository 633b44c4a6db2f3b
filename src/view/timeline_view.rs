//! Milestones in date order, grouped by year and period. Fuzzy dates are drawn as the
//! span they are, the reference date is marked, and overdue commitments stand out.

use leptos::html::custom;
use leptos::prelude::*;

use super::badges::StateBadge;
use super::change_badges::ChangeBadges;
use super::context::{use_monitor, MonitorContext};
use super::show_more::{use_render_limit, ShowMore, PAGE_SIZE};
use super::source_list::SourceList;
use super::timeline_chart::TimelineChart;
use crate::changes::ItemKind;
use crate::i18n::{format_day, period_label};
use crate::timeline::{group, month_span, Period, TimelineItem, YearGroup};

/// The months of the year the date spans, drawn by one element: its first month and
/// width are CSS variables (set through the CSSOM, which a strict CSP allows).
fn span_bar(first: u8, last: u8) -> impl IntoView {
    view! {
        <span class="dsii-span" aria-hidden="true"
            style:--dsii-span-from=(first - 1).to_string()
            style:--dsii-span-months=(last + 1 - first).to_string()></span>
    }
}

/// A milestone with its date, state and action line; its description, note and
/// sources are there in full when `folded` is false, else behind "Show details".
pub(super) fn milestone_item(
    context: &MonitorContext,
    index: usize,
    folded: bool,
) -> impl IntoView + use<> {
    let prepared = &context.prepared;
    let milestone = &prepared.snapshot.milestones[index];
    let line_index = prepared.milestone_line(index);
    let line = &prepared.snapshot.action_lines[line_index];
    let reveal_context = context.clone();
    let (language, today) = (context.language, context.today);
    let date = milestone.date;
    let state = context.milestone_state(index);
    let timing = move || {
        let today = today.get();
        if date.ended_before(today) {
            "past"
        } else if date.contains(today) {
            "current"
        } else {
            "upcoming"
        }
    };
    let (first, last) = month_span(date);
    let description = milestone.description.as_ref().map(
        |description| view! { <p class="dsii-tl__description">{context.text(description)}</p> },
    );
    let note = milestone
        .note
        .as_ref()
        .map(|note| view! { <p class="dsii-tl__note">{context.text(note)}</p> });
    view! {
        <li class=move || format!("dsii-tl__item dsii-tl__item--{} dsii-tl__item--{}", state.get().as_str(), timing())>
            <p class="dsii-tl__when">
                <span class="dsii-date">{move || date.display(language.get())}</span>
                {span_bar(first, last)}
            </p>
            {custom(context.headings.tag(4)).class("dsii-tl__title").child(context.text(&milestone.title))}
            <StateBadge state checked=prepared.milestone_checked(index) />
            <ChangeBadges item=ItemKind::Milestone id=milestone.id.clone() />
            <p class="dsii-tl__line">
                {context.message(|m| m.of_action_line)} ": "
                <button type="button" class="dsii-link-button"
                    on:click=move |event| {
                        reveal_context.reveal_line(line_index, event_target::<web_sys::Element>(&event));
                    }>
                    {context.text(&line.title)}
                </button>
            </p>
            <details class="dsii-tl__more" open=!folded>
                <summary class="dsii-tl__more-toggle" hidden=!folded>{context.message(|m| m.show_details)}</summary>
                {description}
                {note}
                <SourceList ids=milestone.sources.clone() />
            </details>
        </li>
    }
}

/// One row: a milestone or the reference-date marker.
#[component]
fn TimelineRow(item: TimelineItem) -> impl IntoView {
    let context = use_monitor();
    let (today, language) = (context.today, context.language);
    match item {
        TimelineItem::Milestone(index) => milestone_item(&context, index, true).into_any(),
        TimelineItem::Today => view! {
            <li class="dsii-tl__today">
                {context.message(|m| m.reference_date)} ": "
                <time datetime=move || today.get().to_string()>
                    {move || format_day(today.get(), language.get())}
                </time>
            </li>
        }
        .into_any(),
    }
}

/// Keyed lists at every level: a filter change builds only rows that were not shown.
#[component]
fn PeriodRow(year: i32, period: Period, years: Memo<Vec<YearGroup>>) -> impl IntoView {
    let context = use_monitor();
    let language = context.language;
    let items = Memo::new(move |_| {
        years.with(|years| {
            years
                .iter()
                .find(|group| group.year == year)
                .and_then(|group| group.periods.iter().find(|group| group.period == period))
                .map(|group| group.items.clone())
                .unwrap_or_default()
        })
    });
    view! {
        <li class="dsii-tl__period">
            {custom(context.headings.tag(3)).class("dsii-tl__period-title").child(move || period_label(period, year, language.get()))}
            <ol class="dsii-tl__items">
                <For each=move || items.get() key=|item| *item let:item>
                    <TimelineRow item />
                </For>
            </ol>
        </li>
    }
}

#[component]
fn YearRow(year: i32, years: Memo<Vec<YearGroup>>) -> impl IntoView {
    let headings = use_monitor().headings;
    let periods = Memo::new(move |_| {
        years.with(|years| {
            years
                .iter()
                .find(|group| group.year == year)
                .map(|group| {
                    group
                        .periods
                        .iter()
                        .map(|group| group.period)
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <li class="dsii-tl__year">
            {custom(headings.tag(2)).class("dsii-tl__year-title").child(year)}
            <ol class="dsii-tl__periods">
                <For each=move || periods.get() key=|period| *period let:period>
                    <PeriodRow year period years />
                </For>
            </ol>
        </li>
    }
}

#[component]
pub fn TimelineView() -> impl IntoView {
    let context = use_monitor();
    let (selection, today) = (context.selection, context.today);
    let prepared = context.prepared.clone();
    let limit = use_render_limit(PAGE_SIZE);
    let years = Memo::new(move |_| {
        selection.with(|selection| {
            let shown = &selection.milestones[..selection.milestones.len().min(limit.get())];
            group(&prepared, shown, today.get())
        })
    });
    let total = Signal::derive(move || selection.with(|selection| selection.milestones.len()));
    view! {
        <section class="dsii-timeline" aria-labelledby="dsii-timeline-title">
            {custom(context.headings.tag(1)).id("dsii-timeline-title").class("dsii-section-title").child(context.message(|m| m.timeline))}
            <TimelineChart title=|m| m.timeline_drawing />
            <ol class="dsii-tl">
                <For each=move || years.with(|years| years.iter().map(|year| year.year).collect::<Vec<_>>())
                    key=|year| *year let:year>
                    <YearRow year years />
                </For>
            </ol>
            <ShowMore total limit page=PAGE_SIZE />
        </section>
    }
}
