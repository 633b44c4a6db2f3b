//! Badges: a status or state with its icon and word, in a colour that only supports
//! them, and the changes an item went through while the changes view is open.

use dsii_core::changes::{Change, ItemKind};
use dsii_core::i18n::{change_badge, state_since, status_label};
use dsii_core::model::{ActionLineStatus, CalendarDate, Language};
use dsii_core::progress::MilestoneState;

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

/// The badges of an item's changes, when the changes view shows any.
pub fn change_badges(scene: &Scene, item: ItemKind, id: &str) -> Option<Node> {
    let mut changes = scene.changes?.of(item, id).peekable();
    changes.peek()?;
    let badges = changes.map(|change| change_badge_node(change, scene.language));
    Some(Node::with_class("span", "dsii-change-badges").children(badges))
}
