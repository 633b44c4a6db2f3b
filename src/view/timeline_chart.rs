//! The drawn timeline: a year axis with the reference date marked, a lane per pillar
//! (or per action line inside a chosen pillar), and one mark per milestone, drawn over
//! the interval its date covers. Crowded stretches become a mark with a count.
//! Selecting a mark shows its details in place; the list stays the full alternative.

use std::sync::atomic::Ordering;

use leptos::html::custom;
use leptos::html::{Div, Ul};
use leptos::prelude::*;

use super::context::{use_monitor, MonitorContext};
use super::dom::{closest_data, replace_children, Node};
use super::next_task::{after_paint, cancel_on_cleanup};
use super::show_more::{use_render_limit, ShowMore, PAGE_SIZE};
use super::timeline_view::milestone_item;
use crate::chart::{lay_out, Axis, Lane, LaneKey, Mark};
use crate::i18n::{
    count_milestones, drawing_summary, format_day, milestone_tally, state_label, Messages,
};
use crate::model::Language;
use crate::progress::MilestoneState;

/// The drawing's least width per year in CSS pixels (6em, as the stylesheet sets it,
/// at up to 20 px a character), padded for the page margins.
const MIN_PX_PER_YEAR: f64 = 6.0 * 20.0 + 16.0;

/// Lanes drawn before "show more": a format may have a hundred pillars.
const LANES_PER_PAGE: usize = 12;

/// A share of the axis as a CSS length of the drawing's width, to a thousandth of a
/// percent. Printed as integers: float printing would cost the wasm its code.
fn percent(share: f64) -> String {
    let thousandths = (share.clamp(0.0, 1.0) * 100_000.0).round() as u32;
    format!("{}.{:03}%", thousandths / 1000, thousandths % 1000)
}

fn lane_title(context: &MonitorContext, key: LaneKey, language: Language) -> &str {
    let snapshot = &context.prepared.snapshot;
    let title = match key {
        LaneKey::Pillar(index) => &snapshot.pillars[index].title,
        LaneKey::ActionLine(index) => &snapshot.action_lines[index].title,
    };
    title.resolve(language).text
}

/// What a mark says to a screen reader.
fn mark_label(context: &MonitorContext, mark: &Mark, language: Language) -> String {
    let milestones = &context.prepared.snapshot.milestones;
    match mark.milestones.as_slice() {
        [index] => {
            let milestone = &milestones[*index];
            format!(
                "{}: {} ({})",
                milestone.date.display(language),
                milestone.title.resolve(language).text,
                state_label(mark.state(), language).to_ascii_lowercase()
            )
        }
        members => {
            let date = |index: Option<&usize>| {
                index
                    .map(|&i| milestones[i].date.display(language))
                    .unwrap_or_default()
            };
            format!(
                "{} ({} – {}): {}",
                count_milestones(members.len(), language),
                date(members.first()),
                date(members.last()),
                milestone_tally(&mark.tally, language)
            )
        }
    }
}

/// One lane, drawn once per change of the filters or language. Marks carry their
/// place (`lane.mark`) for the one click handler on the drawing.
fn lane_node(context: &MonitorContext, lane_index: usize, lane: &Lane, language: Language) -> Node {
    let marks = lane.marks.iter().enumerate().map(|(mark_index, mark)| {
        let kind = if mark.is_cluster() {
            "cluster"
        } else {
            "single"
        };
        let shape = Node::with_class("span", "dsii-mark__shape").attr("aria-hidden", "true");
        let shape = match mark.is_cluster() {
            true => shape.text(&mark.milestones.len().to_string()),
            false => shape,
        };
        Node::with_class(
            "button",
            &format!(
                "dsii-mark dsii-mark--{} dsii-mark--{kind}",
                mark.state().as_str()
            ),
        )
        .attr("type", "button")
        .attr("data-mark", &format!("{lane_index}.{mark_index}"))
        .attr("aria-label", &mark_label(context, mark, language))
        .style("left", &percent(mark.from))
        .style("width", &percent(mark.width))
        .style("--dsii-row", &mark.row.to_string())
        .style("--dsii-covered", &format!("{:.3}", mark.covered))
        .child(shape)
    });
    Node::with_class("li", "dsii-lane")
        .style("--dsii-rows", &lane.rows.to_string())
        .child(
            Node::with_class("p", "dsii-lane__title").text(lane_title(context, lane.key, language)),
        )
        .child(Node::with_class("div", "dsii-lane__track").children(marks))
}

/// The key under the drawing: every state's mark, then what a dot, a bar and a numbered
/// box stand for. Each sample is drawn by the rules that draw the marks.
#[component]
fn Legend() -> impl IntoView {
    let context = use_monitor();
    let language = context.language;
    let states = MilestoneState::ALL.map(|state| {
        view! {
            <li class=format!("dsii-legend__item dsii-mark--{}", state.as_str()) data-state=state.as_str()>
                <span class="dsii-mark__shape dsii-legend__sample" aria-hidden="true"></span>
                {move || state_label(state, language.get())}
            </li>
        }
    });
    let shapes = [
        ("day", (|m| m.legend_day) as fn(&Messages) -> &'static str, ""),
        ("period", |m| m.legend_period, ""),
        ("cluster", |m| m.legend_cluster, "3"),
    ]
    .map(|(kind, label, sample)| {
        view! {
            <li class=format!("dsii-legend__item dsii-mark--pending dsii-legend__item--{kind}") data-shape=kind>
                <span class="dsii-mark__shape dsii-legend__sample" aria-hidden="true">{sample}</span>
                {context.message(label)}
            </li>
        }
    });
    view! {
        <div class="dsii-legend">
            {custom(context.headings.tag(2)).class("dsii-legend__title").id("dsii-legend-title").child(context.message(|m| m.legend))}
            <ul class="dsii-legend__list" aria-labelledby="dsii-legend-title">{states}{shapes}</ul>
        </div>
    }
}

/// The members of the mark a `data-mark` value ("lane.mark") names.
fn mark_members(lanes: &[Lane], place: &str) -> Option<Vec<usize>> {
    let (lane, mark) = place.split_once('.')?;
    let lane = lanes.get(lane.parse::<usize>().ok()?)?;
    Some(
        lane.marks
            .get(mark.parse::<usize>().ok()?)?
            .milestones
            .clone(),
    )
}

/// The chosen mark: one milestone in full, or a cluster's milestones to choose from.
#[component]
fn ChosenMarks(chosen: RwSignal<Option<Vec<usize>>>) -> impl IntoView {
    let context = use_monitor();
    let language = context.language;
    let limit = use_render_limit(PAGE_SIZE);
    let details = move || {
        let members = chosen.get()?;
        let body = match members.as_slice() {
            [index] => {
                view! { <ul class="dsii-chosen__one">{milestone_item(&context, *index, false)}</ul> }
                    .into_any()
            }
            members => {
                let total = members.len();
                let shown = members.iter().take(limit.get()).map(|&index| {
                    let milestone = &context.prepared.snapshot.milestones[index];
                    let label = format!(
                        "{} · {}",
                        milestone.date.display(language.get()),
                        milestone.title.resolve(language.get()).text
                    );
                    view! {
                        <li><button type="button" class="dsii-link-button"
                            on:click=move |_| chosen.set(Some(vec![index]))>{label}</button></li>
                    }
                }).collect::<Vec<_>>();
                view! {
                    <ul class="dsii-chosen__many">{shown}</ul>
                    <ShowMore total=Signal::stored(total) limit page=PAGE_SIZE />
                }
                .into_any()
            }
        };
        Some(view! {
            <div class="dsii-chosen" role="region" aria-label=context.message(|m| m.milestones)>
                <button type="button" class="dsii-button dsii-button--small dsii-chosen__close"
                    on:click=move |_| chosen.set(None)>
                    {context.message(|m| m.close)}
                </button>
                {body}
            </div>
        })
    };
    view! { {details} }
}

#[component]
pub fn TimelineChart(
    /// The section title: "Timeline" on its own, "Timeline drawing" above the list.
    title: fn(&Messages) -> &'static str,
) -> impl IntoView {
    let context = use_monitor();
    let (state, selection, today, language) = (
        context.state,
        context.selection,
        context.today,
        context.language,
    );
    let prepared = context.prepared.clone();
    let axis = Memo::new(move |_| {
        Axis::spanning(
            prepared.snapshot.milestones.iter().map(|m| m.date),
            today.get(),
        )
    });
    let chosen = RwSignal::new(None::<Vec<usize>>);
    let lanes_list = NodeRef::<Ul>::new();
    let lane_context = context.clone();
    let lane_limit = use_render_limit(LANES_PER_PAGE);
    // The lanes as drawn, for the click handler, and how many there are.
    let drawn = StoredValue::new(Vec::<Lane>::new());
    let lane_total = RwSignal::new(0usize);
    // The lanes are laid out and drawn after the browser painted what changed them:
    // the first render and each filter change show the cards and lists first, the
    // drawing a frame later. The effect's cleanup (a newer change, or the drawing
    // leaving the page) cancels a drawing not yet made: the flag lives outside the
    // reactive arena, so the task never reads a disposed value.
    Effect::new(move |_| {
        let (language, limit) = (language.get(), lane_limit.get());
        let (axis, today) = (axis.get(), today.get());
        let pillar = state.with(|state| state.filter.pillar.clone());
        selection.track();
        let live = cancel_on_cleanup();
        let lane_context = lane_context.clone();
        leptos::task::spawn_local(async move {
            after_paint().await;
            if !live.load(Ordering::Relaxed) {
                return;
            }
            let Some(list) = lanes_list.get_untracked() else {
                return;
            };
            let prepared = &lane_context.prepared;
            let lanes = selection.with_untracked(|selection| {
                lay_out(
                    prepared,
                    &selection.milestones,
                    pillar.as_deref(),
                    axis,
                    today,
                )
            });
            let nodes = lanes
                .iter()
                .take(limit)
                .enumerate()
                .map(|(index, lane)| lane_node(&lane_context, index, lane, language));
            replace_children(&list, "data-mark", nodes);
            lane_total.set(lanes.len());
            drawn.set_value(lanes);
        });
    });
    let choose = move |event: web_sys::MouseEvent| {
        if let Some(place) = closest_data(&event, "data-mark") {
            chosen.set(drawn.with_value(|lanes| mark_members(lanes, &place)));
        }
    };
    let ticks = move || {
        axis.get()
            .year_ticks()
            .map(|(year, share)| {
                view! { <span class="dsii-chart__tick" data-year=year style:left=percent(share)>{year}</span> }
            })
            .collect::<Vec<_>>()
    };
    let today_share = move || axis.get().position(today.get());
    // Past the middle, the label reads leftwards from the line, so it never overflows.
    let today_class = move || match today_share() > 0.5 {
        true => "dsii-chart__today dsii-chart__today--late",
        false => "dsii-chart__today",
    };
    let summary = move || {
        let axis = axis.get();
        let shown = selection.with(|selection| selection.milestones.len());
        drawing_summary(shown, axis.first_year, axis.last_year, language.get())
    };
    // Opens with the reference date in view when the drawing is wider than the screen.
    // A window wider than the drawing's least width needs no scrolling, and asks for
    // no measuring: measuring would lay out a long page once more.
    let scroller = NodeRef::<Div>::new();
    Effect::new(move |_| {
        let axis = axis.get();
        let share = axis.position(today.get());
        let least_width = axis.years() as f64 * MIN_PX_PER_YEAR;
        let window_width = window()
            .inner_width()
            .ok()
            .and_then(|w| w.as_f64())
            .unwrap_or(0.0);
        if let (Some(scroller), true) = (scroller.get(), window_width < least_width) {
            let live = cancel_on_cleanup();
            leptos::task::spawn_local(async move {
                after_paint().await;
                if !live.load(Ordering::Relaxed) {
                    return;
                }
                let width = f64::from(scroller.scroll_width());
                let visible = f64::from(scroller.client_width());
                if width > visible {
                    scroller.set_scroll_left((share * width - visible / 2.0) as i32);
                }
            });
        }
    });
    view! {
        <section class="dsii-chart" aria-labelledby="dsii-chart-title">
            {custom(context.headings.tag(1)).id("dsii-chart-title").class("dsii-section-title").child(context.message(title))}
            <div class="dsii-chart__scroller" node_ref=scroller>
                <div class="dsii-chart__canvas" role="group" aria-label=summary
                    style:--dsii-years=move || axis.get().years().to_string()>
                    <div class="dsii-chart__axis" aria-hidden="true">{ticks}</div>
                    <div class=today_class style:left=move || percent(today_share())>
                        <span class="dsii-chart__today-label">
                            {context.message(|m| m.reference_date)} ": "
                            {move || format_day(today.get(), language.get())}
                        </span>
                    </div>
                    <ul class="dsii-chart__lanes" node_ref=lanes_list on:click=choose></ul>
                </div>
            </div>
            <ShowMore total=lane_total limit=lane_limit page=LANES_PER_PAGE />
            <Legend />
            <ChosenMarks chosen />
        </section>
    }
}
