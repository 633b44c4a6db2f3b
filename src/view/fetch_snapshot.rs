//! Fetches and validates a snapshot in the browser: a timeout, a size limit enforced
//! while the body arrives, and an abort when the widget goes away.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use gloo_net::http::{Request, Response};
use js_sys::{Reflect, Uint8Array};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortController, AbortSignal, ReadableStreamDefaultReader, RequestCredentials, RequestRedirect,
    ResponseType,
};

use super::browser_lowercase::BrowserLowercase;
use super::clock::mark;
use super::load_error::LoadError;
use super::next_task::next_task;
use super::prefetch::Prefetch;
use crate::model::Snapshot;
use crate::prepared::PreparedSnapshot;
use crate::validate;
use crate::validate::capped::Capped;
use crate::validate::limits::MAX_BYTES;
use crate::validate::parse::StagedParse;

/// The bundled snapshot, relative to the widget's folder.
pub const DEFAULT_SNAPSHOT_URL: &str = "data/dsii.json";

pub const TIMEOUT_SECONDS: u32 = 10;

/// A shown snapshot, with the document as it arrived for the "download JSON" button.
#[derive(Clone)]
pub struct LoadedSnapshot {
    pub prepared: Arc<PreparedSnapshot>,
    pub json: Arc<str>,
    /// Where the document came from: the URL that answered, after any redirect.
    pub url: String,
}

/// One controller, aborted on cleanup or after the timeout. Built from
/// `AbortController` and `setTimeout` alone: `AbortSignal.any` and
/// `AbortSignal.timeout` are missing in browsers the widget supports.
struct Deadline {
    signal: Option<AbortSignal>,
    timed_out: Rc<Cell<bool>>,
}

impl Deadline {
    fn start() -> Self {
        match AbortController::new() {
            Ok(controller) => Self::over(controller),
            Err(_) => Self {
                signal: None,
                timed_out: Rc::new(Cell::new(false)),
            },
        }
    }

    /// Aborts what `controller` controls on cleanup or after the timeout.
    fn over(controller: AbortController) -> Self {
        let timed_out = Rc::new(Cell::new(false));
        let signal = controller.signal();
        let on_timeout = controller.clone();
        let flag = timed_out.clone();
        set_timeout(
            move || {
                flag.set(true);
                on_timeout.abort();
            },
            Duration::from_secs(TIMEOUT_SECONDS.into()),
        );
        let controller = SendWrapper::new(controller);
        Owner::on_cleanup(move || controller.abort());
        Self {
            signal: Some(signal),
            timed_out,
        }
    }

    /// Names a failure: a timeout when the deadline passed, else what the browser said.
    fn explain(&self, url: &str, detail: String, in_body: bool) -> LoadError {
        let url = url.to_owned();
        match (self.timed_out.get(), in_body) {
            (true, _) => LoadError::Timeout {
                url,
                seconds: TIMEOUT_SECONDS,
            },
            (false, false) => LoadError::Network { url, detail },
            (false, true) => LoadError::Body { url, detail },
        }
    }
}

fn describe(error: &wasm_bindgen::JsValue) -> String {
    js_sys::Error::from(error.clone())
        .message()
        .as_string()
        .unwrap_or_else(|| format!("{error:?}"))
}

/// Reads the body, refusing it as soon as it is known to exceed the limit: first by its
/// declared length, then by counting what arrives.
async fn read_limited(
    url: &str,
    response: &Response,
    deadline: &Deadline,
) -> Result<Vec<u8>, LoadError> {
    let too_large = || LoadError::TooLarge {
        url: url.to_owned(),
        limit: MAX_BYTES,
    };
    let declared = response
        .headers()
        .get("content-length")
        .and_then(|length| length.trim().parse::<u64>().ok());
    if declared.is_some_and(|length| length > MAX_BYTES as u64) {
        return Err(too_large());
    }
    let Some(stream) = response.body() else {
        return Ok(Vec::new());
    };
    let reader: ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut bytes = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|error| deadline.explain(url, describe(&error), true))?;
        let done = Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|done| done.as_bool())
            .unwrap_or(true);
        if done {
            return Ok(bytes);
        }
        let Ok(value) = Reflect::get(&chunk, &"value".into()) else {
            continue;
        };
        let Ok(value) = value.dyn_into::<Uint8Array>() else {
            continue;
        };
        let start = bytes.len();
        let end = start + value.length() as usize;
        if end > MAX_BYTES {
            let _ = reader.cancel();
            return Err(too_large());
        }
        bytes.resize(end, 0);
        value.copy_to(&mut bytes[start..]);
    }
}

/// Documents smaller than this load in a few milliseconds: one task, no hops.
const STEPPED_FROM_BYTES: usize = 256 * 1024;

/// Lets the page paint and respond before the next stage of a large document.
async fn pause(large: bool) {
    if large {
        next_task().await;
    }
}

/// Parses a preflighted document a slice of entries at a time, yielding to the page
/// whenever a slice of a large document has taken its time.
async fn parse_in_slices(document: &[u8], large: bool) -> Result<(Snapshot, Capped), LoadError> {
    const SLICE_MS: f64 = 40.0;
    const ENTRIES_PER_CHECK: usize = 50;
    let mut parse = StagedParse::start(document)?;
    pause(large).await;
    let mut slice_start = js_sys::Date::now();
    while !parse.advance(ENTRIES_PER_CHECK)? {
        if large && js_sys::Date::now() - slice_start > SLICE_MS {
            next_task().await;
            slice_start = js_sys::Date::now();
        }
    }
    Ok(parse.finish()?)
}

/// Checks the URL a redirect led to, by the source policy's rules.
pub type AdmitRedirect<'a> = &'a dyn Fn(&str) -> Result<(), LoadError>;

/// Sends the request, or takes the loader's answer to the same one.
async fn respond(
    url: &str,
    redirect: RequestRedirect,
    prefetch: Option<Prefetch>,
) -> (Deadline, Result<Response, String>) {
    // The loader follows redirects; a caller that refuses them makes its own request.
    let prefetch = match (redirect, prefetch) {
        (RequestRedirect::Follow, prefetch) => prefetch,
        (_, Some(refused)) => {
            refused.abort();
            None
        }
        (_, None) => None,
    };
    if let Some((response, controller)) = prefetch.and_then(|prefetch| prefetch.claim(url)) {
        let deadline = Deadline::over(controller);
        // The page's own `fetch` answered: it may have been replaced by anything.
        let response = JsFuture::from(response)
            .await
            .map_err(|error| describe(&error))
            .and_then(|answer| {
                answer
                    .dyn_into::<web_sys::Response>()
                    .map(Response::from)
                    .map_err(|_| "the page's fetch did not answer with a response".to_owned())
            });
        return (deadline, response);
    }
    let deadline = Deadline::start();
    let response = Request::get(url)
        .credentials(RequestCredentials::Omit)
        .redirect(redirect)
        .abort_signal(deadline.signal.as_ref())
        .send()
        .await
        .map_err(|error| error.to_string());
    (deadline, response)
}

/// Fetches `url` without cookies. With `admit`, redirects are followed and `admit`
/// checks where they led, by the same rules as the URL itself (the page's CSP already
/// keeps the request itself on allowed origins). Without it, no redirect is followed:
/// the browser would send the request before anyone could refuse its origin. A trait
/// object, so the snapshot and its predecessor share one copy of this code in the wasm.
/// A `prefetch` for the same URL (the loader's, made with the same options) is read
/// instead of a new request.
pub async fn fetch_snapshot(
    url: String,
    admit: Option<AdmitRedirect<'_>>,
    prefetch: Option<Prefetch>,
) -> Result<LoadedSnapshot, LoadError> {
    let redirect = match admit {
        Some(_) => RequestRedirect::Follow,
        None => RequestRedirect::Manual,
    };
    let (deadline, response) = respond(&url, redirect, prefetch).await;
    let response = response.map_err(|detail| deadline.explain(&url, detail, false))?;
    if response.type_() == ResponseType::Opaqueredirect {
        return Err(LoadError::Redirected { url });
    }
    let answered = match response.url() {
        answered if answered.is_empty() => url.clone(),
        answered => answered,
    };
    if let (true, Some(admit)) = (response.redirected(), admit) {
        admit(&answered)?;
    }
    if !response.ok() {
        return Err(LoadError::Http {
            url,
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let bytes = read_limited(&url, &response, &deadline).await?;
    mark("dsii:data-arrived");
    // Each stage of a large document in a task of its own, so it never blocks the page long.
    let large = bytes.len() >= STEPPED_FROM_BYTES;
    pause(large).await;
    let document = validate::parse::preflight(&bytes)?;
    pause(large).await;
    let parsed = parse_in_slices(document, large).await?;
    pause(large).await;
    let valid = validate::check(parsed)?;
    pause(large).await;
    let json = String::from_utf8_lossy(&bytes).into();
    let prepared = Arc::new(PreparedSnapshot::with_lowercase(valid, &BrowserLowercase));
    pause(large).await;
    Ok(LoadedSnapshot {
        prepared,
        json,
        url: answered,
    })
}
