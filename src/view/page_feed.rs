//! The feed the standalone page announces with `<link rel="alternate">`, so the monitor
//! can offer to follow it.

use web_sys::Url;

use crate::model::link_target;

/// The absolute http(s) URL of the page's Atom feed, if it announces one.
pub fn page_feed() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let selector = r#"link[rel~="alternate"][type="application/atom+xml"][href]"#;
    let link = document.query_selector(selector).ok()??;
    let href = link.get_attribute("href")?;
    let base = document.base_uri().ok()??;
    let absolute = Url::new_with_base(&href, &base).ok()?.href();
    link_target(&absolute).map(str::to_owned)
}
