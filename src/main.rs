use wasm_bindgen::JsCast;

/// Mounts the widget into the page's `#dsii-monitor` element, or the body without one.
fn main() {
    let host = leptos::prelude::document()
        .get_element_by_id("dsii-monitor")
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    match host {
        Some(host) => leptos::mount::mount_to(host, dsii_monitor::view::App).forget(),
        None => leptos::mount::mount_to_body(dsii_monitor::view::App),
    }
}
