//! Attributes and text of the widget's own elements that follow the store: each is a
//! render effect, run at once and again whenever what it reads changes, and kept until
//! its owner is cleaned up (the part of the view it belongs to leaves the page).

use leptos::prelude::*;
use leptos::reactive::effect::RenderEffect;
use send_wrapper::SendWrapper;
use web_sys::Element;

use dsii_render::Node;

/// Keeps `value` alive until the current owner is cleaned up.
pub fn keep_until_cleanup<T: 'static>(value: T) {
    let kept = SendWrapper::new(value);
    on_cleanup(move || drop(kept));
}

/// Runs `apply` on the element now and whenever what it reads changes.
pub fn bind(node: &Node, apply: impl Fn(&Element) + 'static) {
    bind_element(node.element(), Box::new(apply));
}

/// The effect behind every binding, its code in the wasm once.
fn bind_element(element: Option<Element>, apply: Box<dyn Fn(&Element)>) {
    if let Some(element) = element {
        keep_until_cleanup(RenderEffect::new(move |_| apply(&element)));
    }
}

/// The element's whole text.
pub fn bind_text<T: AsRef<str>>(node: &Node, text: impl Fn() -> T + 'static) {
    bind(node, move |element| set_text(element, text().as_ref()));
}

/// Changes the text only when it differs, so a live region announces only news.
fn set_text(element: &Element, text: &str) {
    if element.text_content().as_deref() != Some(text) {
        element.set_text_content(Some(text));
    }
}

/// One attribute's value.
pub fn bind_attr<T: AsRef<str>>(node: &Node, name: &'static str, value: impl Fn() -> T + 'static) {
    bind(node, move |element| {
        let _ = element.set_attribute(name, value().as_ref());
    });
}

/// An attribute that is there or not, such as `disabled`.
pub fn bind_presence(node: &Node, name: &'static str, present: impl Fn() -> bool + 'static) {
    bind(node, move |element| {
        let _ = element.toggle_attribute_with_force(name, present());
    });
}
