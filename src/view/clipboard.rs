//! Copying to the clipboard, with a signal that reports success for a polite message.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

pub fn copy_text(text: &str, copied: RwSignal<bool>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let promise = window.navigator().clipboard().write_text(text);
    spawn_local(async move {
        copied.set(JsFuture::from(promise).await.is_ok());
    });
}
