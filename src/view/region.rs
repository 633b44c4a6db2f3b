//! The one rule for read-only regions: the render layer draws them as plain DOM, and
//! one effect per region draws it again whenever what it reads changes, keeping focus
//! on the button a reader pressed (`keys` name the attributes that identify one).
//! Regions of controls are drawn again in place, element by element.
//!
//! The effect is one function for every region: the region's element and drawing come
//! in boxed, so the effect's code is in the wasm once, not once per region.

use leptos::html::ElementType;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use dsii_render::badges::refresh_change_badges;
use dsii_render::{morph_children, replace_children, Node};

use super::context::MonitorContext;

/// The region's element once it is on the page, read (and tracked) now.
type ElementOf = Box<dyn Fn() -> Option<Element>>;

fn element_of<E>(region: NodeRef<E>) -> ElementOf
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    Box::new(move || region.get().map(|element| element.unchecked_into()))
}

/// How a region is drawn again.
#[derive(Clone, Copy)]
enum Redraw {
    /// Anew, focus moved to the element with the same value of one of these attributes.
    Replace(&'static [&'static str]),
    /// In place, element by element: for controls.
    Morph,
}

fn draw_region(element: ElementOf, redraw: Redraw, draw: Box<dyn Fn() -> Vec<Node>>) {
    Effect::new(move |_| {
        let nodes = draw();
        if let Some(element) = element() {
            match redraw {
                Redraw::Replace(keys) => replace_children(&element, keys, nodes),
                Redraw::Morph => morph_children(&element, nodes),
            }
        }
    });
}

/// A reference for the region's element; `draw` gives its content.
pub fn use_region<E>(
    keys: &'static [&'static str],
    draw: impl Fn() -> Vec<Node> + 'static,
) -> NodeRef<E>
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    let region = NodeRef::<E>::new();
    draw_region(element_of(region), Redraw::Replace(keys), Box::new(draw));
    region
}

/// A region of controls, drawn again in place: a reader pressing one, with a keyboard,
/// a pointer or a touch screen reader, stays on it and hears what changed.
pub fn use_controls<E>(draw: impl Fn() -> Vec<Node> + 'static) -> NodeRef<E>
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    let region = NodeRef::<E>::new();
    draw_region(element_of(region), Redraw::Morph, Box::new(draw));
    region
}

/// Keeps the change badges in `region` up to date in place: the changes of a
/// comparison arrive after the region was drawn, and redrawing it would move a
/// screen reader's place.
pub fn follow_changes<E>(region: NodeRef<E>, context: &MonitorContext)
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    refresh_on_changes(element_of(region), context.clone());
}

fn refresh_on_changes(element: ElementOf, context: MonitorContext) {
    Effect::new(move |drawn: Option<()>| {
        let changes = context.changes.get();
        if drawn.is_some() {
            if let Some(element) = untrack(&element) {
                let scene = untrack(|| context.scene(changes.as_deref(), false));
                refresh_change_badges(&element, &scene);
            }
        }
    });
}
