//! Keeps the view state in the page URL: a reload or a shared link restores the view,
//! and the back button undoes filter changes.

use leptos::prelude::*;

use crate::view_state::ViewState;

/// The full URL of the page, for links and citations.
pub fn current_href() -> String {
    web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default()
}

/// The page's query string, for a widget that owns the page.
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default()
}

fn write_history(query: &str, replace: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let path = window.location().pathname().unwrap_or_default();
    let url = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    let _ = if replace {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}

/// The view state. With `sync_url` it is written to the page URL on every change and
/// restored by the back button; typing a search replaces the history entry instead
/// of adding one. Embedded widgets leave the host's URL alone unless it opts in.
pub fn use_view_state(initial: ViewState, sync_url: bool) -> RwSignal<ViewState> {
    let state = RwSignal::new(initial);
    if !sync_url {
        return state;
    }
    let written = StoredValue::new(state.get_untracked());
    Effect::new(move |_| {
        let next = state.get();
        let previous = written.get_value();
        if next == previous {
            return;
        }
        let only_query_changed = {
            let mut same = next.clone();
            same.filter.query = previous.filter.query.clone();
            same == previous
        };
        let query = next.to_query();
        if query.trim_start_matches('?') != current_query().trim_start_matches('?') {
            write_history(&query, only_query_changed);
        }
        written.set_value(next);
    });
    let handle = window_event_listener(leptos::ev::popstate, move |_| {
        let restored = ViewState::from_query(&current_query());
        written.set_value(restored.clone());
        state.set(restored);
    });
    on_cleanup(move || handle.remove());
    state
}
