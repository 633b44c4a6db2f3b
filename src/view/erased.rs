//! Closures behind one type. Leptos instantiates its code for every closure type it is
//! given: a handler, a condition or a shown part passed as one of these types costs
//! that code once per value type instead of once per place that uses it.

use leptos::prelude::*;

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

/// A condition behind one type.
pub type When = Box<dyn Fn() -> bool + Send + Sync>;

pub fn when(condition: impl Fn() -> bool + Send + Sync + 'static) -> When {
    Box::new(condition)
}

/// A part of the view, built each time it is shown.
type Part = Box<dyn Fn() -> AnyView + Send + Sync>;

/// `part` while `condition` holds, else nothing: Leptos's `<Show>` is compiled once per
/// type of its children, this once for all.
pub fn show_if(
    condition: When,
    part: impl Fn() -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    show_if_else(condition, part, || ().into_any())
}

/// `part` while `condition` holds, else `fallback`; the condition is memoized, so a
/// part is built again only when it comes back.
pub fn show_if_else(
    condition: When,
    part: impl Fn() -> AnyView + Send + Sync + 'static,
    fallback: impl Fn() -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    either(condition, Box::new(part), Box::new(fallback))
}

fn either(condition: When, part: Part, fallback: Part) -> impl IntoView {
    let condition = Memo::new(move |_| condition());
    move || match condition.get() {
        true => part(),
        false => fallback(),
    }
}
