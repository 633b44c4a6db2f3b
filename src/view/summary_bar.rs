//! Totals at a glance, each a shortcut to the matching filter: a region drawn by
//! `dsii_render::summary_totals`, with one click handler for its buttons.

use leptos::html::{custom, Ul};
use leptos::prelude::*;

use dsii_render::summary_totals::{summary_totals, SUMMED_STATES};

use super::context::use_monitor;
use super::dom::closest_data;
use super::erased::on_click;
use super::region::use_region;
use crate::model::ActionLineStatus;
use crate::progress::action_line_counts;
use crate::store::Action;

#[component]
pub fn SummaryBar() -> impl IntoView {
    let context = use_monitor();
    let counts = action_line_counts(&context.prepared.snapshot);
    let tally = context.tally;
    let dispatch = context.dispatch;
    let draw = context.clone();
    let totals = use_region::<Ul>(&["data-status", "data-state"], move || {
        summary_totals(&draw.scene(None, false), &counts, &tally.get())
    });
    let choose = move |event: web_sys::MouseEvent| {
        let named = |name: &str| closest_data(&event, name);
        let action = if let Some(status) = named("data-status") {
            status
                .parse::<ActionLineStatus>()
                .ok()
                .map(Action::ShowStatusOnly)
        } else {
            named("data-state").and_then(|state| {
                SUMMED_STATES
                    .into_iter()
                    .find(|known| known.as_str() == state)
                    .map(Action::ShowStateOnly)
            })
        };
        if let Some(action) = action {
            dispatch.send(action);
        }
    };
    view! {
        <section class="dsii-summary" aria-labelledby="dsii-summary-title">
            {custom(context.headings.tag(1)).id("dsii-summary-title").class("dsii-visually-hidden").child(context.message(|m| m.overview))}
            <ul class="dsii-summary__totals" node_ref=totals on:click=on_click(choose)></ul>
        </section>
    }
}
