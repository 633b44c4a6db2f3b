//! Copying to the clipboard, with the outcome in a polite status element beside the
//! button. The clipboard exists only in secure contexts (and an iframe needs
//! `clipboard-write`), so failing is an outcome too. The outcome clears after a while,
//! so that the next copy is announced again.

use std::time::Duration;

use leptos::prelude::set_timeout;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

use crate::i18n::messages;
use crate::model::Language;

const SHOWN_FOR: Duration = Duration::from_secs(4);

/// Counts copies on the status element, so only the latest one's timer clears it.
const ATTEMPT: &str = "data-attempt";

/// Copies `text` and says in `status` whether it worked: `copied` on success, how to
/// copy by hand on failure.
pub fn copy_reporting(text: &str, status: Element, copied: &'static str, language: Language) {
    status.set_text_content(None);
    let attempt = status
        .get_attribute(ATTEMPT)
        .and_then(|n| n.parse::<u32>().ok())
        .unwrap_or(0)
        .wrapping_add(1)
        .to_string();
    let _ = status.set_attribute(ATTEMPT, &attempt);
    let written = web_sys::window()
        .map(|window| window.navigator().clipboard())
        .filter(|clipboard| !clipboard.is_undefined())
        .map(|clipboard| clipboard.write_text(text));
    spawn_local(async move {
        let done = match written {
            Some(promise) => JsFuture::from(promise).await.is_ok(),
            None => false,
        };
        let outcome = if done {
            copied
        } else {
            messages(language).copy_failed
        };
        status.set_text_content(Some(outcome));
        set_timeout(
            move || {
                if status.get_attribute(ATTEMPT).as_deref() == Some(attempt.as_str()) {
                    status.set_text_content(None);
                }
            },
            SHOWN_FOR,
        );
    });
}
