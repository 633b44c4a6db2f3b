//! A snapshot request the loader started while the wasm was still on its way
//! (embed/embed.js), handed over so the widget reads its answer instead of asking again.

use js_sys::{Promise, Reflect};
use send_wrapper::SendWrapper;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::AbortController;

/// The loader's request for `url`: its pending response and the controller that
/// aborts it, which the widget's deadline takes over.
#[derive(Debug, Clone)]
pub struct Prefetch {
    url: String,
    request: SendWrapper<(Promise, AbortController)>,
}

impl Prefetch {
    /// Reads `{ url, response, controller }`; none when any part is missing.
    pub fn from_js(value: &JsValue) -> Option<Self> {
        let field = |name: &str| Reflect::get(value, &name.into()).ok();
        let url = field("url")?.as_string()?;
        let response = field("response")?.dyn_into::<Promise>().ok()?;
        let controller = field("controller")?.dyn_into::<AbortController>().ok()?;
        Some(Self {
            url,
            request: SendWrapper::new((response, controller)),
        })
    }

    /// The request, when it is for `url`. A request for anything else is aborted: the
    /// widget chose other data (the reader's URL, say) or refused it.
    pub fn claim(self, url: &str) -> Option<(Promise, AbortController)> {
        if self.url == url {
            Some(self.request.take())
        } else {
            self.abort();
            None
        }
    }

    /// Stops the request: the widget will not read it.
    pub fn abort(self) {
        self.request.take().1.abort();
    }
}
