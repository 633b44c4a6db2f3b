//! The milestone list: the drawing above it, then a region drawn by
//! `dsii_render::timeline_list` whenever the selection, the language, the reference
//! date, the changes or the render limit changes. One click handler on the region
//! opens the action line of whichever milestone's line button was pressed.

use leptos::html::{custom, Ol};
use leptos::prelude::*;

use dsii_render::timeline_list::timeline_years;

use super::context::use_monitor;
use super::erased::on_click;
use super::region::follow_changes;
use super::region::use_region;
use super::reveal::{reveal_on_click, MILESTONE_KEYS};
use super::show_more::ShowMore;
use super::timeline_chart::TimelineChart;
use crate::store::List;
use crate::timeline::group;

#[component]
pub fn TimelineView() -> impl IntoView {
    let context = use_monitor();
    let selection = context.selection;
    let limit = context.limit(List::Timeline);
    let draw = context.clone();
    let region = use_region::<Ol>(&MILESTONE_KEYS, move || {
        // The badges change in place (`follow_changes`); the "show more" below counts.
        let changes = draw.changes.get_untracked();
        let scene = draw.scene(changes.as_deref(), false);
        let years = selection.with(|selection| {
            let shown = &selection.milestones[..selection.milestones.len().min(limit.get())];
            group(scene.prepared, shown, scene.today)
        });
        timeline_years(&scene, &years)
    });
    follow_changes(region, &context);
    let total = Signal::derive(move || selection.with(|selection| selection.milestones.len()));
    view! {
        <section class="dsii-timeline" aria-labelledby="dsii-timeline-title">
            {custom(context.headings.tag(1)).id("dsii-timeline-title").class("dsii-section-title").child(context.message(|m| m.timeline))}
            <TimelineChart title=|m| m.timeline_drawing />
            <ol class="dsii-tl" node_ref=region on:click=on_click(reveal_on_click(&context))></ol>
            <ShowMore total list=List::Timeline />
        </section>
    }
}
