//! Keeps a keyboard reader inside the widget when the part of the view they were on
//! goes away (the empty result's "clear all", the error's "try again"): focus moves to
//! what took its place, or to the next control after it, never back to the top of the
//! host page.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, Node};

/// What can take focus, in the widget's own markup.
const FOCUSABLE: &str =
    "a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), summary, [tabindex]";

/// Whether focus is on `element` or inside it, in a shadow root too.
pub fn holds_focus(element: &Element) -> bool {
    element.matches(":focus-within").unwrap_or(false)
}

/// Moves focus into `part` (the element itself, when it takes focus), or else to the
/// first control after `place` inside the widget.
pub fn refocus(place: &Node, part: Option<&Element>) {
    let in_part = part.into_iter().flat_map(|part| {
        let own = part
            .matches(FOCUSABLE)
            .unwrap_or(false)
            .then(|| part.clone());
        own.into_iter().chain(controls_in(part))
    });
    let after = place
        .parent_element()
        .and_then(|parent| parent.closest(".dsii").ok().flatten())
        .map(|root| controls_in(&root))
        .unwrap_or_default()
        .into_iter()
        .filter(|control| {
            place.compare_document_position(control) & Node::DOCUMENT_POSITION_FOLLOWING != 0
        });
    // A control that is hidden does not take focus: the next one is tried.
    let _ = in_part.chain(after).find(|control| {
        control
            .dyn_ref::<HtmlElement>()
            .is_some_and(|control| control.focus().is_ok())
            && holds_focus(control)
    });
}

fn controls_in(element: &Element) -> Vec<Element> {
    let Ok(found) = element.query_selector_all(FOCUSABLE) else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|index| found.item(index)?.dyn_into::<Element>().ok())
        .collect()
}
