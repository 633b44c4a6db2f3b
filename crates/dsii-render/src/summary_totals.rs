//! Totals at a glance, each a shortcut to the matching filter: a button per action-line
//! status that has lines (`data-status`) and per milestone state worth a warning
//! (`data-state`: overdue, unchecked).

use dsii_core::i18n::{messages, status_label};
use dsii_core::model::ActionLineStatus;
use dsii_core::progress::{MilestoneState, StateTally};

use crate::icons::{state_icon, status_icon};
use crate::node::Node;
use crate::scene::Scene;

/// The milestone states the summary counts.
pub const SUMMED_STATES: [MilestoneState; 2] = [MilestoneState::Overdue, MilestoneState::Unchecked];

fn total(class: &str, count: usize, icon: &str, label: &str) -> Node {
    Node::with_class("button", class)
        .attr("type", "button")
        .child(Node::with_class("span", "dsii-total__count").text(&count.to_string()))
        .child(
            Node::with_class("span", "dsii-total__label")
                .child(
                    Node::new("span")
                        .attr("aria-hidden", "true")
                        .text(&format!("{icon} ")),
                )
                .text(label),
        )
}

/// The list's items: the statuses with any action line, then the warned states.
pub fn summary_totals(
    scene: &Scene,
    lines: &[(ActionLineStatus, usize)],
    tally: &StateTally,
) -> Vec<Node> {
    let (language, words) = (scene.language, messages(scene.language));
    let statuses = lines
        .iter()
        .filter(|(_, count)| *count > 0)
        .map(|&(status, count)| {
            total(
                &format!("dsii-total dsii-total--{}", status.as_str()),
                count,
                status_icon(status),
                status_label(status, language),
            )
            .attr("data-status", status.as_str())
        });
    let states = SUMMED_STATES.into_iter().map(|state| {
        let count = tally.count(state);
        let zero = if count == 0 { " dsii-total--zero" } else { "" };
        let label = match state {
            MilestoneState::Overdue => words.overdue_commitments,
            _ => words.unchecked_commitments,
        };
        total(
            &format!("dsii-total dsii-total--{}{zero}", state.as_str()),
            count,
            state_icon(state),
            label,
        )
        .attr("data-state", state.as_str())
    });
    statuses
        .chain(states)
        .map(|button| Node::new("li").child(button))
        .collect()
}
