//! Closures behind one type. Leptos instantiates its code for every closure type it is
//! given: a handler or a `<Show>` condition passed as one of these types costs
//! that code once per value type instead of once per place that uses it.

/// A click handler behind one type: every handler given to Leptos as this shares
/// Leptos's event code in the wasm, instead of instantiating it once per closure.
pub type OnClick = Box<dyn FnMut(web_sys::MouseEvent)>;

pub fn on_click(handler: impl FnMut(web_sys::MouseEvent) + 'static) -> OnClick {
    Box::new(handler)
}

/// A change or input handler behind one type, as [`OnClick`].
pub type OnEvent = Box<dyn FnMut(web_sys::Event)>;

pub fn on_event(handler: impl FnMut(web_sys::Event) + 'static) -> OnEvent {
    Box::new(handler)
}

/// A `<Show>` condition behind one type: `Show` memoizes its condition, and one type
/// keeps that code in the wasm once.
pub type When = Box<dyn Fn() -> bool + Send + Sync>;

pub fn when(condition: impl Fn() -> bool + Send + Sync + 'static) -> When {
    Box::new(condition)
}
