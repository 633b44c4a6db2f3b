//! The one rule for read-only regions: the render layer draws them as plain DOM, and
//! one effect per region draws it again whenever what it reads changes, keeping focus
//! on the button a reader pressed (`keys` name the attributes that identify one).

use leptos::html::ElementType;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use dsii_render::badges::refresh_change_badges;
use dsii_render::{replace_children, Node};

use super::context::MonitorContext;

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
    Effect::new(move |_| {
        let nodes = draw();
        if let Some(element) = region.get() {
            replace_children(element.unchecked_ref(), keys, nodes);
        }
    });
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
    let context = context.clone();
    Effect::new(move |drawn: Option<()>| {
        let changes = context.changes.get();
        if drawn.is_some() {
            if let Some(element) = region.get_untracked() {
                let scene = untrack(|| context.scene(changes.as_deref(), false));
                refresh_change_badges(element.unchecked_ref(), &scene);
            }
        }
    });
}
