//! The entry points the browser calls: the standalone page starts by itself; embeds
//! call `mount` once per placeholder (see embed/embed.js).

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::app::{Widget, WidgetOptions};
use super::url_sync::current_query;
use crate::view_state::ViewState;

/// The folder of the current page's URL, ending in `/`.
fn page_folder() -> String {
    let href = document().url().unwrap_or_default();
    let without_query = href.split(['?', '#']).next().unwrap_or_default();
    match without_query.rfind('/') {
        Some(end) => without_query[..=end].to_owned(),
        None => String::new(),
    }
}

/// Mounts into `#dsii-monitor` (replacing its loading text) when the page has one: the
/// standalone page, which owns its URL. Pages that embed the widget call `mount`.
#[wasm_bindgen(start)]
pub fn start() {
    let Some(host) = document()
        .get_element_by_id("dsii-monitor")
        .and_then(|element| element.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let options = WidgetOptions {
        initial: ViewState::from_query(&current_query()),
        sync_url: true,
        base: page_folder(),
        compact: false,
    };
    host.set_text_content(None);
    leptos::mount::mount_to(host, move || view! { <Widget options /> }).forget();
}

/// Mounts an independent widget into `host`. `settings` is a query string with the
/// same keys as the page URL (`src`, `lang`, `pillar`, `status`, `view`, …); `base`
/// is the widget's folder URL; `sync_url` lets the widget keep its view in the page
/// URL; `compact` trims the chrome for an iframe.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, settings: &str, base: &str, sync_url: bool, compact: bool) {
    let options = WidgetOptions {
        initial: ViewState::from_query(settings),
        sync_url,
        base: base.to_owned(),
        compact,
    };
    // Replaces the placeholder's loading text.
    host.set_text_content(None);
    leptos::mount::mount_to(host, move || view! { <Widget options /> }).forget();
}
