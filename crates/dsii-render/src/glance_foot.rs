//! The glance's foot: every action line on request, what changed, and the full monitor
//! one click away. Its buttons name what they toggle in `data-foot`.

use dsii_core::i18n::{messages, show_all_lines};

use crate::node::Node;
use crate::scene::Scene;

/// On the foot's buttons: `lines` or `changes`.
pub const FOOT_KEY: &str = "data-foot";

/// What the foot says.
pub struct FootFacts<'a> {
    /// The action lines are shown.
    pub lines_open: bool,
    /// How many action lines pass the filters.
    pub lines: usize,
    /// The changes view is open.
    pub in_changes: bool,
    /// The full monitor with the same view.
    pub full_href: &'a str,
}

pub fn glance_foot(scene: &Scene, facts: &FootFacts) -> Vec<Node> {
    let (language, words) = (scene.language, messages(scene.language));
    let lines_label = match facts.lines_open {
        true => words.hide_action_lines.to_owned(),
        false => show_all_lines(facts.lines, language),
    };
    let button = |toggles: &str| {
        Node::with_class("button", "dsii-button")
            .attr("type", "button")
            .attr(FOOT_KEY, toggles)
    };
    let lines = button("lines")
        .flag("aria-expanded", facts.lines_open)
        .attr("aria-controls", "dsii-cards-title")
        .text(&lines_label);
    // "What changed" stays one visible control, not a choice inside the folded filters.
    let changes = button("changes")
        .flag("aria-pressed", facts.in_changes)
        .text(words.view_changes);
    let full = Node::with_class("a", "dsii-foot__full")
        .attr("href", facts.full_href)
        .attr("target", "_blank")
        .attr("rel", "noopener")
        .text(words.open_full_monitor)
        .child(
            Node::with_class("span", "dsii-visually-hidden")
                .text(&format!(" ({})", words.opens_in_new_tab)),
        )
        .child(Node::new("span").attr("aria-hidden", "true").text(" ↗"));
    vec![lines, changes, full]
}
