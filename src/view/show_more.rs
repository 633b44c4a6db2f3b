//! Large snapshots render a page at a time: filters and search still see everything.
//! Printing renders a bounded number more and says how many it left out.

use leptos::prelude::*;

use super::context::use_monitor;
use crate::i18n::{not_printed, shown_of};

/// How many items a list renders before "show more".
pub const PAGE_SIZE: usize = 25;

/// How many items a list renders at least for print. Rendering a ten-thousand-item
/// list before printing blocks the page for many seconds.
pub const PRINT_LIMIT: usize = 200;

/// Calls `changed(true)` before the page prints and `changed(false)` after.
fn on_print(changed: impl Fn(bool) + Clone + 'static) {
    for (event, printing) in [("beforeprint", true), ("afterprint", false)] {
        let changed = changed.clone();
        let handle =
            window_event_listener(leptos::ev::Custom::new(event), move |_: web_sys::Event| {
                changed(printing)
            });
        on_cleanup(move || handle.remove());
    }
}

/// Whether the page is printing: true from `beforeprint` to `afterprint`.
pub fn use_printing() -> ReadSignal<bool> {
    let printing = RwSignal::new(false);
    on_print(move |now| printing.set(now));
    printing.read_only()
}

/// A growing render limit that grows to [`PRINT_LIMIT`] before printing.
pub fn use_render_limit(page: usize) -> RwSignal<usize> {
    let limit = RwSignal::new(page);
    on_print(move |printing| {
        if printing {
            limit.update(|n| *n = (*n).max(PRINT_LIMIT));
        }
    });
    limit
}

/// "Showing 200 of 10,000" and a button for the next page; nothing when all is shown.
/// On paper: how many items were not printed.
#[component]
pub fn ShowMore(
    #[prop(into)] total: Signal<usize>,
    limit: RwSignal<usize>,
    page: usize,
) -> impl IntoView {
    let context = use_monitor();
    let language = context.language;
    let label = context.message(|m| m.show_more);
    let printing = use_printing();
    let count = move || {
        let (total, limit, language) = (total.get(), limit.get(), language.get());
        match printing.get() {
            true => not_printed(total.saturating_sub(limit), language),
            false => shown_of(limit, total, language),
        }
    };
    view! {
        <Show when=move || { total.get() > limit.get() }>
            <p class="dsii-more">
                <span class="dsii-more__count">{count}</span>
                " "
                <button type="button" class="dsii-button" on:click=move |_| limit.update(|n| *n = n.saturating_add(page))>
                    {label}
                </button>
            </p>
        </Show>
    }
}
