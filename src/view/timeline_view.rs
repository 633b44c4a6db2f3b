//! The milestone list: the drawing above it (on screen), then a region drawn by
//! `dsii_render::timeline_list` whenever the selection, the language, the reference
//! date, the changes or the render limit changes. One click handler on the region
//! opens the action line of whichever milestone's line button was pressed.

use dsii_render::timeline_list::timeline_years;
use dsii_render::Node;

use super::context::MonitorContext;
use super::listen::on;
use super::region::{follow_changes, region};
use super::reveal::{reveal_on_click, MILESTONE_KEYS};
use super::show_more::show_more;
use super::timeline_chart::timeline_chart;
use crate::store::List;
use crate::timeline::group;

/// The milestone list, with the drawing above it.
pub fn timeline_view(context: &MonitorContext) -> Node {
    let drawing = timeline_chart(context, |m| m.timeline_drawing);
    timeline_section(context, Some(drawing))
}

/// The milestone list alone: a printed glance, whose drawing is the one on the page. A
/// second drawing would be off paper anyway, and would close the reader's chosen mark
/// when it leaves after printing.
pub fn printed_timeline(context: &MonitorContext) -> Node {
    timeline_section(context, None)
}

fn timeline_section(context: &MonitorContext, drawing: Option<Node>) -> Node {
    let selection = context.selection;
    let limit = context.limit(List::Timeline);
    let draw = context.clone();
    let list = Node::with_class("ol", "dsii-tl");
    region(&list, &MILESTONE_KEYS, move || {
        // The badges change in place (`follow_changes`); the "show more" below counts.
        let changes = draw.changes.get_untracked();
        let scene = draw.scene(changes.as_deref(), false);
        let years = selection.with(|selection| {
            let shown = &selection.milestones[..selection.milestones.len().min(limit.get())];
            group(scene.prepared, shown, scene.today)
        });
        timeline_years(&scene, &years)
    });
    follow_changes(&list, context);
    on(&list, "click", reveal_on_click(context));
    let total = move || selection.with(|selection| selection.milestones.len());
    let title = ("dsii-timeline-title", "dsii-section-title");
    let section = context.section("dsii-timeline", title, |m| m.timeline);
    let section = match drawing {
        Some(drawing) => section.child(drawing),
        None => section,
    };
    section
        .child(list)
        .child(show_more(context, total, List::Timeline))
}
