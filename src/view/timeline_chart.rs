//! The drawn timeline: a year axis with the reference date marked, a lane per pillar
//! (or per action line inside a chosen pillar), and one mark per milestone, drawn over
//! the interval its date covers. Crowded stretches become a mark with a count.
//! Selecting a mark shows its details in place; the list stays the full alternative.

use std::sync::atomic::Ordering;

use leptos::html::custom;
use leptos::html::{Div, Ul};
use leptos::prelude::*;

use super::context::use_monitor;
use dsii_render::chart_lanes::{lane_node, percent, year_ticks};
use dsii_render::chosen_marks::{chosen_marks, CHOOSE_KEY, CLOSE_KEY};
use dsii_render::legend::legend;
use dsii_render::{replace_children, Scene};

use super::dom::closest_data;
use super::erased::on_click;
use super::next_task::{after_paint, cancel_on_cleanup};
use super::region::{use_controls, use_region};
use super::reveal::reveal_on_click;
use super::show_more::{more_clicked, ShowMore};
use crate::chart::{lay_out, Axis, Lane};
use crate::i18n::{drawing_summary, format_day, Messages};
use crate::store::{Action, List};

/// The drawing's least width per year in CSS pixels (6em, as the stylesheet sets it,
/// at up to 20 px a character), padded for the page margins.
const MIN_PX_PER_YEAR: f64 = 6.0 * 20.0 + 16.0;

/// The key under the drawing (`dsii_render::legend`).
#[component]
fn Legend() -> impl IntoView {
    let context = use_monitor();
    let region = use_region::<Div>(&[], move || legend(&context.scene(None, false)));
    view! { <div class="dsii-legend" node_ref=region></div> }
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

/// The chosen mark: controls drawn by `dsii_render::chosen_marks`, with one click
/// handler for closing it, choosing a cluster's member, showing more members and the
/// milestone's line button.
#[component]
fn ChosenMarks() -> impl IntoView {
    let context = use_monitor();
    let chosen = context.select(|store| store.chosen.clone());
    let (limit, printing, dispatch) = (
        context.limit(List::Chosen),
        context.printing,
        context.dispatch,
    );
    let draw = context.clone();
    let region = use_controls::<Div>(move || {
        let changes = draw.changes.get();
        let members = chosen.get().unwrap_or_default();
        let scene = draw.scene(changes.as_deref(), printing.get());
        chosen_marks(&scene, &members, limit.get())
            .into_iter()
            .collect()
    });
    let reveal = reveal_on_click(&context);
    let handle = move |event: web_sys::MouseEvent| {
        if closest_data(&event, CLOSE_KEY).is_some() {
            dispatch.send(Action::CloseMark);
        } else if let Some(index) = closest_data(&event, CHOOSE_KEY).and_then(|i| i.parse().ok()) {
            dispatch.send(Action::ChooseMark(vec![index]));
        } else if let Some(action) = more_clicked(&event) {
            dispatch.send(action);
        } else {
            reveal(event);
        }
    };
    view! { <div class="dsii-slot" node_ref=region on:click=on_click(handle)></div> }
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
    // The chosen mark belongs to the drawing it was chosen in.
    let dispatch = context.dispatch;
    on_cleanup(move || dispatch.send(Action::CloseMark));
    let prepared = context.prepared.clone();
    let axis = Memo::new(move |_| {
        Axis::spanning(
            prepared.snapshot.milestones.iter().map(|m| m.date),
            today.get(),
        )
    });
    let lanes_list = NodeRef::<Ul>::new();
    let lane_context = context.clone();
    let lane_limit = context.limit(List::Lanes);
    // The lanes as drawn, for the click handler, and how many there are.
    let drawn = StoredValue::new(Vec::<Lane>::new());
    let lane_total = RwSignal::new(0usize);
    // The lanes are laid out and drawn after the browser painted what changed them:
    // the first render and each filter change show the cards and lists first, the
    // drawing a frame later. The effect's cleanup (a newer change, or the drawing
    // leaving the page) cancels a drawing not yet made: the flag lives outside the
    // reactive arena, so the task never reads a disposed value.
    Effect::new(move |_| {
        let limit = lane_limit.get();
        let (axis, today, language) = (axis.get(), today.get(), language.get());
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
            let scene = Scene {
                prepared,
                language,
                today,
                headings: lane_context.headings,
                changes: None,
                printing: false,
            };
            let nodes = lanes
                .iter()
                .take(limit)
                .enumerate()
                .map(|(index, lane)| lane_node(&scene, index, lane));
            replace_children(&list, &["data-mark"], nodes);
            lane_total.set(lanes.len());
            drawn.set_value(lanes);
        });
    });
    let dispatch = context.dispatch;
    let choose = move |event: web_sys::MouseEvent| {
        if let Some(place) = closest_data(&event, "data-mark") {
            if let Some(members) = drawn.with_value(|lanes| mark_members(lanes, &place)) {
                dispatch.send(Action::ChooseMark(members));
            }
        }
    };
    let ticks = use_region::<Div>(&[], move || year_ticks(&axis.get()));
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
                    <div class="dsii-chart__axis" aria-hidden="true" node_ref=ticks></div>
                    <div class=today_class style:left=move || percent(today_share())>
                        <span class="dsii-chart__today-label">
                            {context.message(|m| m.reference_date)} ": "
                            {move || format_day(today.get(), language.get())}
                        </span>
                    </div>
                    <ul class="dsii-chart__lanes" node_ref=lanes_list on:click=on_click(choose)></ul>
                </div>
            </div>
            <ShowMore total=lane_total list=List::Lanes />
            <Legend />
            <ChosenMarks />
        </section>
    }
}
