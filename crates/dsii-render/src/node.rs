//! Read-only DOM built directly: one plain call per element instead of a view type per
//! template, so long lists of text cost little code and no signals. Text always goes in
//! as text nodes, never as HTML; styles go through the CSSOM, which a strict CSP allows.

use wasm_bindgen::JsCast;
use web_sys::{
    Document, Element, HtmlElement, HtmlInputElement, HtmlOptionElement, Node as DomNode,
};

/// The value of a true/false state attribute.
pub fn flag_value(on: bool) -> &'static str {
    match on {
        true => "true",
        false => "false",
    }
}

/// An element under construction. Creating one cannot fail for the fixed tag names
/// used here; should it anyway, every call becomes a no-op rather than a panic.
pub struct Node(Option<Element>);

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

impl Node {
    pub fn new(tag: &str) -> Self {
        Node(document().and_then(|document| document.create_element(tag).ok()))
    }

    /// `<tag class="…">`.
    pub fn with_class(tag: &str, class: &str) -> Self {
        Node::new(tag).class(class)
    }

    pub fn class(self, class: &str) -> Self {
        if let Some(element) = &self.0 {
            element.set_class_name(class);
        }
        self
    }

    pub fn attr(self, name: &str, value: &str) -> Self {
        if let Some(element) = &self.0 {
            let _ = element.set_attribute(name, value);
        }
        self
    }

    /// A true/false state attribute such as `aria-pressed` or `aria-expanded`.
    pub fn flag(self, name: &str, on: bool) -> Self {
        self.attr(name, flag_value(on))
    }

    /// `attr` when `value` is there.
    pub fn attr_if(self, name: &str, value: Option<&str>) -> Self {
        match value {
            Some(value) => self.attr(name, value),
            None => self,
        }
    }

    /// A style property (custom properties included) through the CSSOM.
    pub fn style(self, property: &str, value: &str) -> Self {
        if let Some(element) = self.0.as_ref().and_then(|e| e.dyn_ref::<HtmlElement>()) {
            let _ = element.style().set_property(property, value);
        }
        self
    }

    pub fn text(self, text: &str) -> Self {
        if let Some(element) = &self.0 {
            let _ = element.append_with_str_1(text);
        }
        self
    }

    pub fn child(self, child: Node) -> Self {
        if let (Some(element), Some(child)) = (&self.0, child.0) {
            let _ = element.append_with_node_1(&child);
        }
        self
    }

    pub fn children(self, children: impl IntoIterator<Item = Node>) -> Self {
        children.into_iter().fold(self, Node::child)
    }

    pub fn into_element(self) -> Option<Element> {
        self.0
    }

    /// The element, for whoever keeps it up to date or listens on it after it is built.
    pub fn element(&self) -> Option<Element> {
        self.0.clone()
    }
}

/// The element under `parent` whose attribute `key` is `value`, compared here rather
/// than in a selector, so no value can change what the selector means.
fn find_by(parent: &Element, key: &str, value: &str) -> Option<Element> {
    let found = parent.query_selector_all(&format!("[{key}]")).ok()?;
    (0..found.length())
        .filter_map(|index| found.item(index)?.dyn_into::<Element>().ok())
        .find(|element| element.get_attribute(key).as_deref() == Some(value))
}

/// The values of `key` on the open `<details>` under `parent`.
fn open_details(parent: &Element) -> Vec<String> {
    let Ok(found) = parent.query_selector_all(&format!("details[open][{KEEP_OPEN}]")) else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|index| found.item(index)?.dyn_into::<Element>().ok())
        .filter_map(|element| element.get_attribute(KEEP_OPEN))
        .collect()
}

/// A `<details>` with this attribute stays open across a redraw.
pub const KEEP_OPEN: &str = "data-details";

/// Replaces everything inside `parent` with `children`. When focus was on an element
/// with one of the attributes `keys`, it moves to the new element with the same
/// attribute and value, so a keyboard reader who pressed a button there keeps their
/// place; `<details>` the reader opened (marked with [`KEEP_OPEN`]) stay open.
pub fn replace_children(parent: &Element, keys: &[&str], children: impl IntoIterator<Item = Node>) {
    let focused = parent.query_selector(":focus").ok().flatten();
    let key = focused.and_then(|element| {
        keys.iter()
            .find_map(|&key| Some((key, element.get_attribute(key)?)))
    });
    let opened = open_details(parent);
    parent.set_text_content(None);
    for child in children.into_iter().filter_map(Node::into_element) {
        let _ = parent.append_with_node_1(&child);
    }
    for value in &opened {
        if let Some(details) = find_by(parent, KEEP_OPEN, value) {
            let _ = details.set_attribute("open", "");
        }
    }
    let refocus = key.and_then(|(key, value)| find_by(parent, key, &value));
    if let Some(element) = refocus.and_then(|element| element.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Makes the content of `parent` that of `children`, changing in place every element
/// that keeps its tag: a control stays the same element, so focus and a screen reader's
/// place stay on it, and what changed on it (`aria-pressed`, a count) is announced.
/// For the small regions of controls; long lists are drawn again with
/// [`replace_children`], which costs less than comparing.
pub fn morph_children(parent: &Element, children: impl IntoIterator<Item = Node>) {
    let children = children
        .into_iter()
        .filter_map(Node::into_element)
        .map(DomNode::from)
        .collect();
    morph_list(parent, children);
}

fn child_nodes(node: &DomNode) -> Vec<DomNode> {
    let nodes = node.child_nodes();
    (0..nodes.length())
        .filter_map(|index| nodes.item(index))
        .collect()
}

fn morph_list(parent: &DomNode, children: Vec<DomNode>) {
    let current = child_nodes(parent);
    for (index, child) in children.iter().enumerate() {
        match current.get(index) {
            Some(old) if morph(old, child) => {}
            Some(old) => {
                let _ = parent.replace_child(child, old);
            }
            None => {
                let _ = parent.append_child(child);
            }
        }
    }
    for extra in current.iter().skip(children.len()) {
        let _ = parent.remove_child(extra);
    }
}

/// Changes `old` into `new` when both are text, or elements of one tag; `false` when
/// `new` has to take its place.
fn morph(old: &DomNode, new: &DomNode) -> bool {
    if old.node_type() != new.node_type() {
        return false;
    }
    if old.node_type() == DomNode::TEXT_NODE {
        let text = new.node_value();
        if old.node_value() != text {
            old.set_node_value(text.as_deref());
        }
        return true;
    }
    let (Some(old), Some(new)) = (old.dyn_ref::<Element>(), new.dyn_ref::<Element>()) else {
        return false;
    };
    if old.tag_name() != new.tag_name()
        || old.get_attribute(KEEP_OPEN) != new.get_attribute(KEEP_OPEN)
    {
        return false;
    }
    morph_attributes(old, new);
    morph_list(old, child_nodes(new));
    // A control's state lives in properties once a reader used it: the attributes only
    // set where it starts.
    if let Some(input) = old.dyn_ref::<HtmlInputElement>() {
        input.set_checked(old.has_attribute("checked"));
    } else if let Some(option) = old.dyn_ref::<HtmlOptionElement>() {
        option.set_selected(old.has_attribute("selected"));
    }
    true
}

fn attribute_names(element: &Element) -> Vec<String> {
    element
        .get_attribute_names()
        .iter()
        .filter_map(|name| name.as_string())
        .collect()
}

fn morph_attributes(old: &Element, new: &Element) {
    for name in attribute_names(new) {
        let value = new.get_attribute(&name);
        if let (Some(value), true) = (&value, old.get_attribute(&name) != value) {
            let _ = old.set_attribute(&name, value);
        }
    }
    // A reader opened it: it stays open.
    let opened = |name: &str| name == "open" && old.tag_name() == "DETAILS";
    for name in attribute_names(old) {
        if !new.has_attribute(&name) && !opened(&name) {
            let _ = old.remove_attribute(&name);
        }
    }
}
