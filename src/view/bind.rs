//! Attributes and text of the widget's own elements that follow the store: each is a
//! render effect, run at once and again whenever what it reads changes, and kept until
//! its owner is cleaned up (the part of the view it belongs to leaves the page).

use leptos::prelude::*;
use leptos::reactive::effect::RenderEffect;
use leptos::reactive::owner::Owner;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use dsii_render::Node;

/// Keeps `value` alive until the current owner is cleaned up; for the page's lifetime
/// where there is no owner, rather than dropping it at once.
pub fn keep_until_cleanup<T: 'static>(value: T) {
    match Owner::current() {
        Some(_) => {
            let kept = SendWrapper::new(value);
            on_cleanup(move || drop(kept));
        }
        None => std::mem::forget(value),
    }
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

/// One attribute's value (`class` too), written only when it changes: a write of the
/// same value would still make the browser restyle what it applies to.
pub fn bind_attr<T: AsRef<str>>(node: &Node, name: &'static str, value: impl Fn() -> T + 'static) {
    bind(node, move |element| {
        set_attr(element, name, value().as_ref())
    });
}

fn set_attr(element: &Element, name: &str, value: &str) {
    if element.get_attribute(name).as_deref() != Some(value) {
        let _ = element.set_attribute(name, value);
    }
}

/// One style property (custom properties too), through the CSSOM, written only when it
/// changes.
pub fn bind_style<T: AsRef<str>>(
    node: &Node,
    property: &'static str,
    value: impl Fn() -> T + 'static,
) {
    bind(node, move |element| {
        set_style(element, property, value().as_ref())
    });
}

fn set_style(element: &Element, property: &str, value: &str) {
    if let Some(element) = element.dyn_ref::<HtmlElement>() {
        let style = element.style();
        if style.get_property_value(property).ok().as_deref() != Some(value) {
            let _ = style.set_property(property, value);
        }
    }
}

/// An attribute that is there or not, such as `disabled`.
pub fn bind_presence(node: &Node, name: &'static str, present: impl Fn() -> bool + 'static) {
    bind(node, move |element| {
        let _ = element.toggle_attribute_with_force(name, present());
    });
}
