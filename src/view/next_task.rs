//! Yields to the browser until a later task, so that long work split at these points
//! lets the page paint and respond in between.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let scheduled = web_sys::window()
            .is_some_and(|window| window.set_timeout_with_callback(&resolve).is_ok());
        if !scheduled {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
}
