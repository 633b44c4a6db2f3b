//! Large snapshots render a page at a time: filters and search still see everything,
//! and printing renders everything first.

use leptos::prelude::*;

use super::context::use_monitor;
use crate::i18n::shown_of;

/// How many items a list renders before "show more".
pub const PAGE_SIZE: usize = 25;

/// A growing render limit that lifts itself before printing.
pub fn use_render_limit(page: usize) -> RwSignal<usize> {
    let limit = RwSignal::new(page);
    let handle = window_event_listener(
        leptos::ev::Custom::new("beforeprint"),
        move |_: web_sys::Event| {
            limit.set(usize::MAX);
        },
    );
    on_cleanup(move || handle.remove());
    limit
}

/// "Showing 200 of 10,000" and a button for the next page; nothing when all is shown.
#[component]
pub fn ShowMore(
    #[prop(into)] total: Signal<usize>,
    limit: RwSignal<usize>,
    page: usize,
) -> impl IntoView {
    let context = use_monitor();
    let language = context.language;
    let label = context.message(|m| m.show_more);
    view! {
        <Show when=move || { total.get() > limit.get() }>
            <p class="dsii-more">
                <span class="dsii-more__count">{move || shown_of(limit.get(), total.get(), language.get())}</span>
                " "
                <button type="button" class="dsii-button" on:click=move |_| limit.update(|n| *n = n.saturating_add(page))>
                    {label}
                </button>
            </p>
        </Show>
    }
}
