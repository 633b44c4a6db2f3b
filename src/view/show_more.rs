//! Large snapshots render a page at a time (the store's limits): filters and search
//! still see everything. Printing renders a bounded number more and says how many it
//! left out.

use leptos::prelude::*;

use dsii_render::show_more::more_count;

use super::context::{use_monitor, MonitorContext};
use super::erased::{on_click, when};
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

/// "Showing 200 of 10,000" and a button for the next page of `list`; nothing when all
/// is shown. On paper: how many items were not printed.
#[component]
pub fn ShowMore(#[prop(into)] total: Signal<usize>, list: List) -> impl IntoView {
    let context = use_monitor();
    let (language, printing) = (context.language, context.printing);
    let limit = context.limit(list);
    let label = context.message(|m| m.show_more);
    let count = move || more_count(total.get(), limit.get(), printing.get(), language.get());
    view! {
        <Show when=when(move || { total.get() > limit.get() })>
            <p class="dsii-more">
                <span class="dsii-more__count">{count}</span>
                " "
                <button type="button" class="dsii-button" on:click=on_click({
                    let dispatch = context.dispatch;
                    move |_| dispatch.send(Action::ShowMore(list))
                })>
                    {label}
                </button>
            </p>
        </Show>
    }
}
