//! The widget root: holds the view state, fetches the snapshot, and shows the monitor,
//! a loading state or an error with a retry.

use std::sync::Arc;

use leptos::prelude::*;

use super::clock::{browser_language, today_from_clock};
use super::fetch_snapshot::{fetch_snapshot, DEFAULT_SNAPSHOT_URL};
use super::load_error_view::LoadErrorView;
use super::monitor::Monitor;
use super::url_sync::use_view_state;
use crate::i18n::{interface_language, messages};
use crate::view_state::ViewState;

/// How one widget instance is set up.
#[derive(Debug, Clone, Default)]
pub struct WidgetOptions {
    pub initial: ViewState,
    /// Keep the view in the page URL (the standalone page, or a host that opts in).
    pub sync_url: bool,
    /// The widget's folder URL, ending in `/`: the bundled snapshot and the embed
    /// snippets are relative to it.
    pub base: String,
    /// Compact chrome for the iframe embed.
    pub compact: bool,
}

#[component]
pub fn Widget(options: WidgetOptions) -> impl IntoView {
    let WidgetOptions {
        initial,
        sync_url,
        base,
        compact,
    } = options;
    let state = use_view_state(initial, sync_url);
    let attempt = RwSignal::new(0u32);
    let bundled = format!("{base}{DEFAULT_SNAPSHOT_URL}");
    let url = Memo::new(move |_| {
        state
            .with(|state| state.src.clone())
            .unwrap_or_else(|| bundled.clone())
    });
    let snapshot = LocalResource::new(move || {
        attempt.track();
        fetch_snapshot(url.get())
    });
    let browser_language = browser_language();
    let clock_today = today_from_clock();
    let base: Arc<str> = base.into();
    // Before a snapshot names its language, the reader's choice or the browser's counts.
    let early_language = Signal::derive(move || {
        interface_language(state.with(|state| state.lang), None, browser_language)
    });
    let theme = move || state.with(|state| state.theme.as_str());
    let class = if compact {
        "dsii dsii--compact"
    } else {
        "dsii"
    };
    view! {
        <div class=class data-theme=theme>
            <Transition fallback=move || view! {
                <p class="dsii-loading" role="status">{move || messages(early_language.get()).loading}</p>
            }>
                {move || {
                    let base = base.clone();
                    snapshot.get().map(|result| match result {
                        Ok(prepared) => view! {
                            <Monitor prepared state snapshot_url=url.get_untracked() browser_language clock_today base owns_url=sync_url />
                        }
                        .into_any(),
                        Err(error) => view! {
                            <LoadErrorView error language=early_language
                                on_retry=Callback::new(move |()| attempt.update(|n| *n += 1)) />
                        }
                        .into_any(),
                    })
                }}
            </Transition>
        </div>
    }
}
