//! Copying to the clipboard, with an outcome for a polite status message. The
//! clipboard exists only in secure contexts (and an iframe needs `clipboard-write`), so
//! failing is an outcome too. The outcome clears after a while, so that the next copy
//! is announced again.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

use super::context::use_monitor;
use crate::i18n::Messages;

const SHOWN_FOR: Duration = Duration::from_secs(4);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CopyOutcome {
    #[default]
    None,
    Copied,
    Failed,
}

/// One copy button's state.
#[derive(Clone, Copy, Default)]
pub struct Copier {
    pub outcome: RwSignal<CopyOutcome>,
    /// Counts copies, so only the latest one's timer clears the message.
    attempts: StoredValue<u32>,
}

impl Copier {
    pub fn copy(self, text: &str) {
        self.outcome.set(CopyOutcome::None);
        self.attempts.update_value(|attempts| *attempts += 1);
        let attempt = self.attempts.get_value();
        let written = web_sys::window()
            .map(|window| window.navigator().clipboard())
            .filter(|clipboard| !clipboard.is_undefined())
            .map(|clipboard| clipboard.write_text(text));
        spawn_local(async move {
            let copied = match written {
                Some(promise) => JsFuture::from(promise).await.is_ok(),
                None => false,
            };
            // The widget may have left the page while the browser wrote: then nothing shows it.
            let outcome = if copied {
                CopyOutcome::Copied
            } else {
                CopyOutcome::Failed
            };
            if self.outcome.try_set(outcome).is_some() {
                return;
            }
            set_timeout(
                move || {
                    if self.attempts.try_get_value() == Some(attempt) {
                        self.outcome.try_set(CopyOutcome::None);
                    }
                },
                SHOWN_FOR,
            );
        });
    }
}

/// The polite message after a copy: `copied` on success, how to copy by hand on failure.
#[component]
pub fn CopyStatus(copier: Copier, copied: fn(&Messages) -> &'static str) -> impl IntoView {
    let context = use_monitor();
    let (copied, failed) = (context.message(copied), context.message(|m| m.copy_failed));
    view! {
        <span class="dsii-copy-status" role="status">
            {move || match copier.outcome.get() {
                CopyOutcome::None => "",
                CopyOutcome::Copied => copied(),
                CopyOutcome::Failed => failed(),
            }}
        </span>
    }
}
