//! Parts of the view that come and go. Each is built, when shown, under an owner of
//! its own, so its effects, listeners and fetches end when it leaves the page. It takes
//! the place of an empty comment, so it takes no place in the layout.

use std::cell::RefCell;

use leptos::prelude::*;
use leptos::reactive::effect::RenderEffect;
use leptos::reactive::owner::Owner;
use web_sys::Element;

use dsii_render::Node;

use super::bind::keep_until_cleanup;
use super::derived::Derived;
use super::focus::{holds_focus, refocus};

/// Which of its parts a place shows, read (and tracked) now.
type Decide = Box<dyn Fn() -> usize>;
/// Builds the part `decide` chose, if there is one.
type Build = Box<dyn Fn(usize) -> Option<Node>>;

/// Whether a part is shown, behind one type.
type Condition = Box<dyn Fn() -> bool + Send + Sync>;
/// A part that is shown or not.
type Part = Box<dyn Fn() -> Node>;
/// What shows while the part does not.
type Fallback = Box<dyn Fn() -> Option<Node>>;

/// `part` while `condition` holds, at this point of `parent`; built again only when
/// the condition comes back.
pub fn show_if(
    parent: &Node,
    condition: impl Fn() -> bool + Send + Sync + 'static,
    part: impl Fn() -> Node + 'static,
) {
    either(
        parent,
        Box::new(condition),
        Box::new(part),
        Box::new(|| None),
    );
}

/// `part` while `condition` holds, else `fallback`.
pub fn show_if_else(
    parent: &Node,
    condition: impl Fn() -> bool + Send + Sync + 'static,
    part: impl Fn() -> Node + 'static,
    fallback: impl Fn() -> Option<Node> + 'static,
) {
    either(
        parent,
        Box::new(condition),
        Box::new(part),
        Box::new(fallback),
    );
}

/// Every shown-or-not part, its code in the wasm once.
fn either(parent: &Node, condition: Condition, part: Part, fallback: Fallback) {
    let condition = Derived::new(condition);
    place(
        parent,
        Box::new(move || usize::from(condition.get())),
        Box::new(move |shown| match shown {
            1 => Some(part()),
            _ => fallback(),
        }),
    );
}

/// A part drawn again whenever what `decide` reads changes: `decide` reads what the
/// part depends on and names which one it is, `build` draws it without tracking.
pub fn place(parent: &Node, decide: Decide, build: Build) {
    let Some(parent) = parent.element() else {
        return;
    };
    let Some(marker) = web_sys::window()
        .and_then(|window| window.document())
        .map(|document| document.create_comment(""))
    else {
        return;
    };
    let _ = parent.append_child(&marker);
    let effect = RenderEffect::new(move |shown: Option<Option<(Owner, Element)>>| {
        let mut had_focus = false;
        if let Some(Some((owner, element))) = shown {
            had_focus = holds_focus(&element);
            owner.cleanup();
            element.remove();
        }
        let choice = decide();
        let shown = untrack(|| {
            let owner = Owner::new();
            let element = owner.with(|| build(choice))?.into_element()?;
            let _ = parent.insert_before(&element, Some(&marker));
            Some((owner, element))
        });
        if had_focus {
            refocus(&marker, shown.as_ref().map(|(_, element)| element));
        }
        shown
    });
    keep_until_cleanup(effect);
}

thread_local! {
    /// The owner every mounted widget's owner descends from, made by the first mount,
    /// so a widget mounted while another one's effect runs never belongs to that effect.
    static ROOT: Owner = Owner::new();
    /// Each host with a widget, and that widget's owner.
    static MOUNTED: RefCell<Vec<(Element, Owner)>> = const { RefCell::new(Vec::new()) };
}

/// Builds a view into `host`, replacing its content. Mounting into the same host
/// again first ends the widget that was there: its effects, listeners and fetches.
pub fn mount_into(host: &Element, build: impl FnOnce() -> Node) {
    // An error only says the executor is already running (another widget started it).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let earlier = MOUNTED.with_borrow_mut(|mounted| {
        let at = mounted.iter().position(|(mounted, _)| mounted == host)?;
        Some(mounted.swap_remove(at).1)
    });
    if let Some(earlier) = earlier {
        earlier.cleanup();
    }
    host.set_text_content(None);
    let owner = ROOT.with(Owner::child);
    match owner.with(build).into_element() {
        Some(root) if host.append_child(&root).is_ok() => {
            MOUNTED.with_borrow_mut(|mounted| mounted.push((host.clone(), owner)));
        }
        _ => owner.cleanup(),
    }
}
