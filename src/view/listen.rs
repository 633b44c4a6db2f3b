//! Event listeners on the widget's own elements, removed when their owner is cleaned up.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event};

use dsii_render::Node;

use super::bind::keep_until_cleanup;

/// A handler behind one type, so the listener's code is in the wasm once.
type Handler = Box<dyn FnMut(Event)>;

/// Calls `handler` for every `event` on the element or inside it.
pub fn on(node: &Node, event: &'static str, handler: impl FnMut(Event) + 'static) {
    listen(node.element(), event, Box::new(handler));
}

fn listen(element: Option<Element>, event: &'static str, handler: Handler) {
    let Some(element) = element else {
        return;
    };
    let closure = Closure::wrap(handler);
    let _ = element.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    keep_until_cleanup(Listening {
        element,
        event,
        closure,
    });
}

/// A listener that stops when its part of the view is cleaned up: no event reaches a
/// handler whose signals are gone.
struct Listening {
    element: Element,
    event: &'static str,
    closure: Closure<dyn FnMut(Event)>,
}

impl Drop for Listening {
    fn drop(&mut self) {
        let callback = self.closure.as_ref().unchecked_ref();
        let _ = self
            .element
            .remove_event_listener_with_callback(self.event, callback);
    }
}
