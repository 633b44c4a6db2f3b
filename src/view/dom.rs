//! Delegated events: one listener on a region finds what a reader operated by the
//! `data-` attribute the render layer set on it.

use wasm_bindgen::JsCast;
use web_sys::Element;

/// The nearest element at or above an event's target with attribute `name`, and its
/// value; only inside the element that listens, so a host page's own attributes on the
/// widget's ancestors never count.
pub fn closest_data_element(event: &web_sys::Event, name: &str) -> Option<(String, Element)> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    let found = target.closest(&format!("[{name}]")).ok()??;
    let listener = event.current_target()?.dyn_into::<web_sys::Node>().ok()?;
    listener
        .contains(Some(&found))
        .then(|| Some((found.get_attribute(name)?, found)))?
}

/// The value of the nearest attribute `name` at or above an event's target.
pub fn closest_data(event: &web_sys::Event, name: &str) -> Option<String> {
    closest_data_element(event, name).map(|(value, _)| value)
}
