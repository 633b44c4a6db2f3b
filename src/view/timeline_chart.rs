//! The drawn timeline: a year axis with the reference date marked, a lane per pillar
//! (or per action line inside a chosen pillar), and one mark per milestone, drawn over
//! the interval its date covers. Crowded stretches become a mark with a count.
//! Selecting a mark shows its details in place; the list stays the full alternative.

use leptos::prelude::*;

use dsii_render::chart_lanes::{lane_node, percent, year_ticks};
use dsii_render::chosen_marks::{chosen_marks as draw_chosen, CHOOSE_KEY, CLOSE_KEY};
use dsii_render::legend::legend as draw_legend;
use dsii_render::{replace_children, Node, Scene};

use super::bind::{bind_attr, bind_style, bind_text};
use super::context::MonitorContext;
use super::derived::Derived;
use super::dom::closest_data;
use super::effect::effect;
use super::listen::on;
use super::next_task::after_paint_unless_cleaned;
use super::region::{controls, region};
use super::reveal::reveal_on_click;
use super::show_more::{more_clicked, show_more};
use crate::chart::{lay_out, Axis, Lane};
use crate::i18n::{drawing_summary, format_day, Messages};
use crate::store::{Action, List};

/// The drawing's least width per year in CSS pixels (6em, as the stylesheet sets it,
/// at up to 20 px a character), padded for the page margins.
const MIN_PX_PER_YEAR: f64 = 6.0 * 20.0 + 16.0;

/// The key under the drawing (`dsii_render::legend`).
fn legend(context: &MonitorContext) -> Node {
    let key = Node::with_class("div", "dsii-legend");
    let context = context.clone();
    region(&key, &[], move || draw_legend(&context.scene(None, false)));
    key
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
fn chosen_marks(context: &MonitorContext) -> Node {
    let chosen = context.select(|store| store.chosen.clone());
    let (limit, printing, dispatch) = (
        context.limit(List::Chosen),
        context.printing,
        context.dispatch,
    );
    let draw = context.clone();
    let slot = Node::with_class("div", "dsii-slot");
    controls(&slot, move || {
        let changes = draw.changes.get();
        let members = chosen.get().unwrap_or_default();
        let scene = draw.scene(changes.as_deref(), printing.get());
        draw_chosen(&scene, &members, limit.get())
            .into_iter()
            .collect()
    });
    let reveal = reveal_on_click(context);
    on(&slot, "click", move |event| {
        if closest_data(&event, CLOSE_KEY).is_some() {
            dispatch.send(Action::CloseMark);
        } else if let Some(index) = closest_data(&event, CHOOSE_KEY).and_then(|i| i.parse().ok()) {
            dispatch.send(Action::ChooseMark(vec![index]));
        } else if let Some(action) = more_clicked(&event) {
            dispatch.send(action);
        } else {
            reveal(event);
        }
    });
    slot
}

/// `title`: the section title, "Timeline" on its own, "Timeline drawing" above the list.
pub fn timeline_chart(context: &MonitorContext, title: fn(&Messages) -> &'static str) -> Node {
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
    let axis = Derived::new(move || {
        Axis::spanning(
            prepared.snapshot.milestones.iter().map(|m| m.date),
            today.get(),
        )
    });
    let lanes_list = Node::with_class("ul", "dsii-chart__lanes");
    let lanes_element = lanes_list.element();
    let lane_context = context.clone();
    let lane_limit = context.limit(List::Lanes);
    // The lanes as drawn, for the click handler, and how many there are.
    let drawn = StoredValue::new(Vec::<Lane>::new());
    let lane_total = RwSignal::new(0usize);
    // The lanes are laid out and drawn after the browser painted what changed them:
    // the first render and each filter change show the cards and lists first, the
    // drawing a frame later; a newer change cancels a drawing not yet made.
    effect(move || {
        let limit = lane_limit.get();
        let (axis, today, language) = (axis.get(), today.get(), language.get());
        let pillar = state.with(|state| state.filter.pillar.clone());
        selection.track();
        let lane_context = lane_context.clone();
        let Some(list) = lanes_element.clone() else {
            return;
        };
        after_paint_unless_cleaned(move || {
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
    on(&lanes_list, "click", move |event| {
        if let Some(place) = closest_data(&event, "data-mark") {
            if let Some(members) = drawn.with_value(|lanes| mark_members(lanes, &place)) {
                dispatch.send(Action::ChooseMark(members));
            }
        }
    });
    let ticks = Node::with_class("div", "dsii-chart__axis").attr("aria-hidden", "true");
    region(&ticks, &[], move || year_ticks(&axis.get()));
    let today_share = move || axis.get().position(today.get());
    let today_line = Node::new("div");
    // Past the middle, the label reads leftwards from the line, so it never overflows.
    bind_attr(&today_line, "class", move || match today_share() > 0.5 {
        true => "dsii-chart__today dsii-chart__today--late",
        false => "dsii-chart__today",
    });
    bind_style(&today_line, "left", move || percent(today_share()));
    let today_label = Node::with_class("span", "dsii-chart__today-label");
    let reference_date = context.message(|m| m.reference_date);
    bind_text(&today_label, move || {
        format!(
            "{}: {}",
            reference_date(),
            format_day(today.get(), language.get())
        )
    });
    let canvas = Node::with_class("div", "dsii-chart__canvas").attr("role", "group");
    bind_attr(&canvas, "aria-label", move || {
        let axis = axis.get();
        let shown = selection.with(|selection| selection.milestones.len());
        drawing_summary(shown, axis.first_year, axis.last_year, language.get())
    });
    bind_style(&canvas, "--dsii-years", move || {
        axis.get().years().to_string()
    });
    // Opens with the reference date in view when the drawing is wider than the screen.
    // A window wider than the drawing's least width needs no scrolling, and asks for
    // no measuring: measuring would lay out a long page once more.
    let scroller = Node::with_class("div", "dsii-chart__scroller");
    let scroller_element = scroller.element();
    effect(move || {
        let axis = axis.get();
        let share = axis.position(today.get());
        let least_width = axis.years() as f64 * MIN_PX_PER_YEAR;
        let window_width = window()
            .inner_width()
            .ok()
            .and_then(|w| w.as_f64())
            .unwrap_or(0.0);
        if let (Some(scroller), true) = (scroller_element.clone(), window_width < least_width) {
            after_paint_unless_cleaned(move || {
                let width = f64::from(scroller.scroll_width());
                let visible = f64::from(scroller.client_width());
                if width > visible {
                    scroller.set_scroll_left((share * width - visible / 2.0) as i32);
                }
            });
        }
    });
    context
        .section(
            "dsii-chart",
            ("dsii-chart-title", "dsii-section-title"),
            title,
        )
        .child(
            scroller.child(
                canvas
                    .child(ticks)
                    .child(today_line.child(today_label))
                    .child(lanes_list),
            ),
        )
        .child(show_more(context, move || lane_total.get(), List::Lanes))
        .child(legend(context))
        .child(chosen_marks(context))
}
