//! The one rule for read-only regions: the render layer draws them as plain DOM, and
//! one effect per region draws it again whenever what it reads changes, keeping focus
//! on the button a reader pressed (`keys` name the attributes that identify one).

use leptos::html::ElementType;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use dsii_render::{replace_children, Node};

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
