//! The one rule for read-only regions: the render layer draws them as plain DOM, and
//! one effect per region draws it again whenever what it reads changes, keeping focus
//! on the button a reader pressed (`keys` name the attributes that identify one).
//! Regions of controls are drawn again in place, element by element.
//!
//! The effect is one function for every region: the drawing comes in boxed, so the
//! effect's code is in the wasm once, not once per region.

use leptos::prelude::*;
use web_sys::Element;

use dsii_render::badges::refresh_change_badges;
use dsii_render::{morph_children, replace_children, Node};

use super::context::MonitorContext;
use super::effect::effect;

/// How a region is drawn again.
#[derive(Clone, Copy)]
enum Redraw {
    /// Anew, focus moved to the element with the same value of one of these attributes.
    Replace(&'static [&'static str]),
    /// In place, element by element: for controls.
    Morph,
}

fn draw_region(element: Option<Element>, redraw: Redraw, draw: Box<dyn Fn() -> Vec<Node>>) {
    let Some(element) = element else {
        return;
    };
    effect(move || {
        let nodes = draw();
        match redraw {
            Redraw::Replace(keys) => replace_children(&element, keys, nodes),
            Redraw::Morph => morph_children(&element, nodes),
        }
    });
}

/// Fills `region` with what `draw` gives, again whenever what it reads changes.
pub fn region(
    region: &Node,
    keys: &'static [&'static str],
    draw: impl Fn() -> Vec<Node> + 'static,
) {
    draw_region(region.element(), Redraw::Replace(keys), Box::new(draw));
}

/// A region of controls, drawn again in place: a reader pressing one, with a keyboard,
/// a pointer or a touch screen reader, stays on it and hears what changed.
pub fn controls(region: &Node, draw: impl Fn() -> Vec<Node> + 'static) {
    draw_region(region.element(), Redraw::Morph, Box::new(draw));
}

/// Keeps the change badges in `region` up to date in place: the changes of a
/// comparison arrive after the region was drawn, and redrawing it would move a
/// screen reader's place.
pub fn follow_changes(region: &Node, context: &MonitorContext) {
    refresh_on_changes(region.element(), context.clone());
}

fn refresh_on_changes(element: Option<Element>, context: MonitorContext) {
    let Some(element) = element else {
        return;
    };
    // The first run only subscribes: the region was drawn with these changes.
    let mut drawn = false;
    effect(move || {
        let changes = context.changes.get();
        if drawn {
            let scene = untrack(|| context.scene(changes.as_deref(), false));
            refresh_change_badges(&element, &scene);
        }
        drawn = true;
    });
}
