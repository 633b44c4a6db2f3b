//! Large snapshots render a page at a time (the store's limits): filters and search
//! still see everything. Printing renders a bounded number more and says how many it
//! left out.

use leptos::prelude::*;

use dsii_render::show_more::{show_more as draw_show_more, MORE_KEY};
use dsii_render::Node;

use super::context::MonitorContext;
use super::dom::closest_data;
use super::listen::on;
use super::region::controls;
use crate::store::{Action, List};

/// Tells the store when the page prints, from `beforeprint` to `afterprint`.
pub fn follow_printing(context: &MonitorContext) {
    for (event, printing) in [("beforeprint", true), ("afterprint", false)] {
        let dispatch = context.dispatch;
        let handle =
            window_event_listener(leptos::ev::Custom::new(event), move |_: web_sys::Event| {
                dispatch.send(Action::Print(printing))
            });
        on_cleanup(move || handle.remove());
    }
}

/// The "show more" a click pressed, by the list its button names: for every region
/// with such buttons.
pub fn more_clicked(event: &web_sys::Event) -> Option<Action> {
    closest_data(event, MORE_KEY)
        .as_deref()
        .and_then(List::from_key)
        .map(Action::ShowMore)
}

/// "Showing 200 of 10,000" and a button for the next page of `list`; nothing when all
/// is shown. On paper: how many items were not printed. A region drawn by
/// `dsii_render::show_more`, in a slot that takes no place of its own in the layout.
pub fn show_more(
    context: &MonitorContext,
    total: impl Fn() -> usize + 'static,
    list: List,
) -> Node {
    let (language, printing, dispatch) = (context.language, context.printing, context.dispatch);
    let limit = context.limit(list);
    let slot = Node::with_class("div", "dsii-slot");
    controls(&slot, move || {
        draw_show_more(total(), limit.get(), printing.get(), language.get(), list)
            .into_iter()
            .collect()
    });
    on(&slot, "click", move |event| {
        if let Some(action) = more_clicked(&event) {
            dispatch.send(action);
        }
    });
    slot
}
