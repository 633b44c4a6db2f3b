//! Keeps the view state in the page URL: a reload or a shared link restores the view,
//! and the back button undoes filter changes. Only the widget's own keys change; the
//! host's other parameters and the fragment stay as they are.

use leptos::prelude::*;

use super::derived::Derived;
use super::effect::effect;
use crate::store::{Action, Store};
use crate::view_state::{UrlKeys, ViewState};

/// The full URL of the page, for links and citations.
pub fn current_href() -> String {
    web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default()
}

/// The page's query string.
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default()
}

/// How a changed view enters the browser history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryMode {
    /// A new entry per change, so Back undoes it (a page the widget owns).
    Push,
    /// The current entry changes: an iframe must not fill the top page's Back history.
    Replace,
}

fn write_history(keys: &UrlKeys, state: &ViewState, replace: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let search = location.search().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let query = keys.write(&search, state);
    let separator = if query.is_empty() { "" } else { "?" };
    let url = format!("{path}{separator}{query}{hash}");
    if url == format!("{path}{search}{hash}") {
        return;
    }
    let _ = if replace {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}

/// The monitor's store, its view starting from the placeholder's settings. With `keys`
/// the view starts from what the page URL holds, is written there on every change and
/// restored by the back button; typing a search replaces the history entry instead of
/// adding one. Without `keys` the page URL is never read or touched.
pub fn use_store(
    placeholder: ViewState,
    keys: Option<UrlKeys>,
    mode: HistoryMode,
) -> RwSignal<Store> {
    let Some(keys) = keys else {
        return RwSignal::new(Store::new(placeholder));
    };
    let store = RwSignal::new(Store::new(
        keys.restore(placeholder.clone(), &current_query()),
    ));
    let state = Derived::new(move || store.with(|store| store.view.clone()));
    // Back to an entry without this widget's keys means back to the placeholder's view.
    let placeholder = StoredValue::new(placeholder);
    let written = StoredValue::new(state.get_untracked());
    let writer_keys = keys.clone();
    effect(move || {
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
        write_history(
            &writer_keys,
            &next,
            mode == HistoryMode::Replace || only_query_changed,
        );
        written.set_value(next);
    });
    let handle = window_event_listener(leptos::ev::popstate, move |_| {
        let restored = keys.restore(placeholder.get_value(), &current_query());
        written.set_value(restored.clone());
        store.update(|store| store.apply(Action::Restore(restored)));
    });
    on_cleanup(move || handle.remove());
    store
}
