//! Settings read from the page's query string.

use web_sys::UrlSearchParams;

/// The value of `name` in the current page's query string.
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    UrlSearchParams::new_with_str(&search).ok()?.get(name)
}
