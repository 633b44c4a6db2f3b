//! The active filters as chips, each removable on its own: a region drawn by
//! `dsii_render::filter_chips`, with one click handler for its buttons.

use leptos::prelude::*;

use dsii_render::filter_chips::filter_chips as draw_chips;
use dsii_render::Node;

use super::context::MonitorContext;
use super::dom::closest_data;
use super::listen::on;
use super::region::region;
use crate::store::{Action, Chip};

pub fn filter_chips(context: &MonitorContext) -> Node {
    let (state, dispatch) = (context.state, context.dispatch);
    let chips = move || state.with(|state| Chip::all(&state.filter));
    let draw = context.clone();
    let list = Node::with_class("ul", "dsii-chips");
    // Focus moves to the chip that takes the removed one's place.
    region(&list, &["data-chip"], move || {
        draw_chips(&draw.scene(None, false), &chips())
    });
    on(&list, "click", move |event| {
        let chip = closest_data(&event, "data-chip")
            .and_then(|index| index.parse::<usize>().ok())
            .and_then(|index| untrack(chips).get(index).cloned());
        if let Some(chip) = chip {
            dispatch.send(Action::RemoveFilter(chip));
        }
    });
    list
}
