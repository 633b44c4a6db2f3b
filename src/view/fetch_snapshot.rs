//! Fetches and validates a snapshot in the browser, with a timeout, and aborts the
//! request when the widget goes away.

use std::sync::Arc;

use gloo_net::http::Request;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use web_sys::{AbortController, AbortSignal};

use super::clock::mark;
use super::load_error::LoadError;
use crate::prepared::PreparedSnapshot;
use crate::validate;

/// The bundled snapshot, relative to the page.
pub const DEFAULT_SNAPSHOT_URL: &str = "data/dsii.json";

pub const TIMEOUT_SECONDS: u32 = 10;

/// Aborts on cleanup and after the timeout, whichever comes first.
fn abort_signal() -> Option<AbortSignal> {
    let controller = AbortController::new().ok()?;
    let signal = controller.signal();
    let controller = SendWrapper::new(controller);
    Owner::on_cleanup(move || controller.abort());
    let signals = js_sys::Array::of2(
        &signal,
        &AbortSignal::timeout_with_u32(TIMEOUT_SECONDS * 1000),
    );
    Some(AbortSignal::any(&signals))
}

fn classify(url: &str, error: gloo_net::Error) -> LoadError {
    match error {
        gloo_net::Error::JsError(js) if js.name == "TimeoutError" => LoadError::Timeout {
            url: url.to_owned(),
            seconds: TIMEOUT_SECONDS,
        },
        other => LoadError::Network {
            url: url.to_owned(),
            detail: other.to_string(),
        },
    }
}

pub async fn fetch_snapshot(url: String) -> Result<Arc<PreparedSnapshot>, LoadError> {
    let signal = abort_signal();
    let response = Request::get(&url)
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(|error| classify(&url, error))?;
    if !response.ok() {
        return Err(LoadError::Http {
            url,
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let bytes = response
        .binary()
        .await
        .map_err(|error| match classify(&url, error) {
            LoadError::Network { url, detail } => LoadError::Body { url, detail },
            other => other,
        })?;
    mark("dsii:data-arrived");
    let valid = validate::load(&bytes)?;
    Ok(Arc::new(PreparedSnapshot::new(valid)))
}
