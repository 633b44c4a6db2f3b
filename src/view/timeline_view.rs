//! Milestones in date order, grouped by year and period. Fuzzy dates are drawn as the
//! span they are, the reference date is marked, and overdue commitments stand out.

use leptos::prelude::*;

use super::badges::StateBadge;
use super::context::{use_monitor, MonitorContext};
use super::source_list::SourceList;
use crate::i18n::messages;
use crate::model::fuzzy_date::format_day;
use crate::model::Language;
use crate::progress::MilestoneState;
use crate::timeline::{group, month_span, Period, TimelineItem};

fn period_label(period: Period, year: i32, language: Language) -> String {
    let messages = messages(language);
    match period {
        Period::Year => format!("{year} · {}", messages.whole_year),
        Period::Half(1) => format!("{year} · {}", messages.first_half),
        Period::Half(_) => format!("{year} · {}", messages.second_half),
        Period::Quarter(quarter) => format!("Q{quarter} {year}"),
    }
}

/// Twelve cells for the months of the year, filled where the date's span lies.
fn span_bar(first: u8, last: u8) -> impl IntoView {
    let cells: Vec<_> = (1..=12u8)
        .map(|month| {
            let class = if (first..=last).contains(&month) {
                "dsii-span__cell dsii-span__cell--on"
            } else {
                "dsii-span__cell"
            };
            view! { <span class=class></span> }
        })
        .collect();
    view! { <span class="dsii-span" aria-hidden="true">{cells}</span> }
}

fn milestone_item(context: &MonitorContext, index: usize) -> impl IntoView + use<> {
    let prepared = &context.prepared;
    let milestone = &prepared.snapshot.milestones[index];
    let line_index = prepared.milestone_line(index);
    let line = &prepared.snapshot.action_lines[line_index];
    let reveal_context = context.clone();
    let (language, today) = (context.language, context.today);
    let date = milestone.date;
    let for_state = milestone.clone();
    let state = Signal::derive(move || MilestoneState::of(&for_state, today.get()));
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
            <h5 class="dsii-tl__title">{context.text(&milestone.title)}</h5>
            <StateBadge state />
            <p class="dsii-tl__line">
                {context.message(|m| m.of_action_line)} ": "
                <button type="button" class="dsii-link-button"
                    on:click=move |event| {
                        reveal_context.reveal_line(line_index, event_target::<web_sys::Element>(&event));
                    }>
                    {context.text(&line.title)}
                </button>
            </p>
            {description}
            {note}
            <SourceList ids=milestone.sources.clone() />
        </li>
    }
}

#[component]
pub fn TimelineView() -> impl IntoView {
    let context = use_monitor();
    let (selection, today, language) = (context.selection, context.today, context.language);
    let prepared = context.prepared.clone();
    let years = Memo::new(move |_| {
        selection.with(|selection| group(&prepared, &selection.milestones, today.get()))
    });
    let render_context = context.clone();
    let body = move || {
        let context = &render_context;
        years
            .get()
            .into_iter()
            .map(|year| {
                let periods: Vec<_> = year
                    .periods
                    .into_iter()
                    .map(|group| {
                        let items: Vec<_> = group
                            .items
                            .into_iter()
                            .map(|item| match item {
                                TimelineItem::Milestone(index) => {
                                    milestone_item(context, index).into_any()
                                }
                                TimelineItem::Today => view! {
                                    <li class="dsii-tl__today">
                                        {context.message(|m| m.reference_date)} ": "
                                        <time datetime=move || today.get().to_string()>
                                            {move || format_day(today.get(), language.get())}
                                        </time>
                                    </li>
                                }
                                .into_any(),
                            })
                            .collect();
                        let (period, year_number) = (group.period, year.year);
                        view! {
                            <li class="dsii-tl__period">
                                <h4 class="dsii-tl__period-title">
                                    {move || period_label(period, year_number, language.get())}
                                </h4>
                                <ol class="dsii-tl__items">{items}</ol>
                            </li>
                        }
                    })
                    .collect();
                view! {
                    <li class="dsii-tl__year">
                        <h3 class="dsii-tl__year-title">{year.year}</h3>
                        <ol class="dsii-tl__periods">{periods}</ol>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="dsii-timeline" aria-labelledby="dsii-timeline-title">
            <h2 id="dsii-timeline-title" class="dsii-section-title">{context.message(|m| m.timeline)}</h2>
            <ol class="dsii-tl">{body}</ol>
        </section>
    }
}
