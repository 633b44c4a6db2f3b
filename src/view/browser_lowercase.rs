//! Lower case by the browser's own Unicode tables, so the wasm carries none.

use js_sys::JsString;

use crate::search::Lowercase;

#[derive(Debug)]
pub struct BrowserLowercase;

impl Lowercase for BrowserLowercase {
    fn lowercase(&self, text: &str) -> String {
        JsString::from(text).to_lower_case().into()
    }
}
