//! Totals at a glance, each a shortcut to the matching filter: a region drawn by
//! `dsii_render::summary_totals`, with one click handler for its buttons.

use dsii_render::summary_totals::{summary_totals, SUMMED_STATES};
use dsii_render::Node;

use super::context::MonitorContext;
use super::dom::closest_data;
use super::listen::on;
use super::region::region;
use crate::model::ActionLineStatus;
use crate::progress::action_line_counts;
use crate::store::Action;

pub fn summary_bar(context: &MonitorContext) -> Node {
    let counts = action_line_counts(&context.prepared.snapshot);
    let tally = context.tally;
    let dispatch = context.dispatch;
    let draw = context.clone();
    let totals = Node::with_class("ul", "dsii-summary__totals");
    region(&totals, &["data-status", "data-state"], move || {
        summary_totals(&draw.scene(None, false), &counts, &tally.get())
    });
    on(&totals, "click", move |event| {
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
    });
    let title = ("dsii-summary-title", "dsii-visually-hidden");
    context
        .section("dsii-summary", title, |m| m.overview)
        .child(totals)
}
