//! The page-level widget: reads the view from the URL, fetches the snapshot, and shows
//! the monitor, a loading state or an error with a retry.

use leptos::prelude::*;

use super::clock::{browser_language, today_from_clock};
use super::fetch_snapshot::{fetch_snapshot, DEFAULT_SNAPSHOT_URL};
use super::load_error_view::LoadErrorView;
use super::monitor::Monitor;
use super::url_sync::use_url_state;
use crate::i18n::messages;

#[component]
pub fn App() -> impl IntoView {
    let state = use_url_state();
    let attempt = RwSignal::new(0u32);
    let url = Memo::new(move |_| {
        state
            .with(|state| state.src.clone())
            .unwrap_or_else(|| DEFAULT_SNAPSHOT_URL.to_owned())
    });
    let snapshot = LocalResource::new(move || {
        attempt.track();
        fetch_snapshot(url.get())
    });
    let browser_language = browser_language();
    let clock_today = today_from_clock();
    // Before a snapshot names its language, the reader's choice or the browser's counts.
    let early_language = Signal::derive(move || {
        state
            .with(|state| state.lang)
            .or(browser_language)
            .unwrap_or_default()
    });
    let theme = move || state.with(|state| state.theme.as_str());
    view! {
        <div class="dsii" data-theme=theme>
            <Transition fallback=move || view! {
                <p class="dsii-loading" role="status">{move || messages(early_language.get()).loading}</p>
            }>
                {move || {
                    snapshot.get().map(|result| match result {
                        Ok(prepared) => view! {
                            <Monitor prepared state snapshot_url=url.get_untracked() browser_language clock_today />
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
