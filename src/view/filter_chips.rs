//! The active filters as chips, each removable on its own: a region drawn by
//! `dsii_render::filter_chips`, with one click handler for its buttons.

use leptos::html::Ul;
use leptos::prelude::*;

use dsii_render::filter_chips::filter_chips;

use super::context::use_monitor;
use super::dom::closest_data;
use super::erased::on_click;
use super::region::use_region;
use crate::store::{Action, Chip};

#[component]
pub fn FilterChips() -> impl IntoView {
    let context = use_monitor();
    let (state, dispatch) = (context.state, context.dispatch);
    let chips = move || state.with(|state| Chip::all(&state.filter));
    let draw = context.clone();
    // Focus moves to the chip that takes the removed one's place.
    let list = use_region::<Ul>(&["data-chip"], move || {
        filter_chips(&draw.scene(None, false), &chips())
    });
    let remove = move |event: web_sys::MouseEvent| {
        let chip = closest_data(&event, "data-chip")
            .and_then(|index| index.parse::<usize>().ok())
            .and_then(|index| untrack(chips).get(index).cloned());
        if let Some(chip) = chip {
            dispatch.send(Action::RemoveFilter(chip));
        }
    };
    view! { <ul class="dsii-chips" node_ref=list on:click=on_click(remove)></ul> }
}
