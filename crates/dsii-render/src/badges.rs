//! Badges: a status or state with its icon and word, in a colour that only supports
//! them, and the changes an item went through while the changes view is open.

use dsii_core::changes::{Change, ItemKind};
use dsii_core::i18n::{change_badge, state_since, status_label};
use dsii_core::model::{ActionLineStatus, CalendarDate, Language};
use dsii_core::progress::MilestoneState;

use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::icons::{state_icon, status_icon};
use crate::node::Node;
use crate::scene::Scene;

fn badge(kind: &str, icon: &str, label: &str) -> Node {
    Node::with_class("span", &format!("dsii-badge dsii-badge--{kind}"))
        .child(
            Node::with_class("span", "dsii-badge__icon")
                .attr("aria-hidden", "true")
                .text(icon),
        )
        .text(label)
}

pub fn status_badge(status: ActionLineStatus, language: Language) -> Node {
    badge(
        status.as_str(),
        status_icon(status),
        status_label(status, language),
    )
}

/// A milestone's state; a passed deadline says since when it was last checked.
pub fn state_badge(state: MilestoneState, checked: CalendarDate, language: Language) -> Node {
    badge(
        state.as_str(),
        state_icon(state),
        &state_since(state, checked, language),
    )
}

/// One change: "nieuw", "gepland → in uitvoering", "2 kwartalen later".
pub fn change_badge_node(change: &Change, language: Language) -> Node {
    let keyword = change.kind.as_str();
    Node::with_class(
        "span",
        &format!("dsii-change__badge dsii-change__badge--{keyword}"),
    )
    .text(&change_badge(&change.kind, change.item, language))
}

/// Where an item's change badges go: `data-badges` names the item ("l3": action line 3,
/// "m12": milestone 12), so the badges can change in place when the changes arrive.
pub fn change_badges(scene: &Scene, item: ItemKind, index: usize) -> Node {
    let slot = Node::with_class("span", "dsii-change-badges")
        .attr("data-badges", &format!("{}{index}", slot_prefix(item)));
    badges_into(slot, scene, item, index)
}

fn slot_prefix(item: ItemKind) -> &'static str {
    match item {
        ItemKind::Milestone => "m",
        _ => "l",
    }
}

fn badges_into(slot: Node, scene: &Scene, item: ItemKind, index: usize) -> Node {
    let snapshot = &scene.prepared.snapshot;
    let id = match item {
        ItemKind::Milestone => snapshot.milestones.get(index).map(|m| m.id.as_str()),
        _ => snapshot.action_lines.get(index).map(|l| l.id.as_str()),
    };
    let (Some(changes), Some(id)) = (scene.changes, id) else {
        return slot;
    };
    slot.children(
        changes
            .of(item, id)
            .map(|change| change_badge_node(change, scene.language)),
    )
}

/// Fills every badge slot under `region` with the scene's changes, leaving the rest of
/// the region as it is.
pub fn refresh_change_badges(region: &Element, scene: &Scene) {
    let Ok(slots) = region.query_selector_all("[data-badges]") else {
        return;
    };
    for slot in (0..slots.length()).filter_map(|i| slots.item(i)?.dyn_into::<Element>().ok()) {
        let name = slot.get_attribute("data-badges").unwrap_or_default();
        let (item, index) = match name.split_at_checked(1) {
            Some(("m", index)) => (ItemKind::Milestone, index),
            Some(("l", index)) => (ItemKind::ActionLine, index),
            _ => continue,
        };
        let Ok(index) = index.parse::<usize>() else {
            continue;
        };
        slot.set_text_content(None);
        let badges = badges_into(Node::new("span"), scene, item, index);
        if let Some(badges) = badges.into_element() {
            while let Some(badge) = badges.first_child() {
                let _ = slot.append_child(&badge);
            }
        }
    }
}
