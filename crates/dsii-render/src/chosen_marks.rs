//! The drawing's chosen mark: one milestone in full, or a cluster's milestones to choose
//! from (`data-choose`, a milestone's index), with a button that closes it.

use dsii_core::i18n::messages;
use dsii_core::store::List;

use crate::node::Node;
use crate::scene::Scene;
use crate::show_more::show_more;
use crate::timeline_list::milestone_item;

/// On the button that closes the chosen mark.
pub const CLOSE_KEY: &str = "data-close-mark";
/// On a cluster member: the milestone's index.
pub const CHOOSE_KEY: &str = "data-choose";

/// The panel for the milestones of the chosen mark (`members`, a page of `limit` at a
/// time); nothing when none of them is in the snapshot.
pub fn chosen_marks(scene: &Scene, members: &[usize], limit: usize) -> Option<Node> {
    let known = scene.prepared.snapshot.milestones.len();
    let members: Vec<usize> = members.iter().copied().filter(|&i| i < known).collect();
    let words = messages(scene.language);
    let body: Vec<Node> =
        match members.as_slice() {
            [] => return None,
            &[index] => vec![Node::with_class("ul", "dsii-chosen__one")
                .child(milestone_item(scene, index, false))],
            many => std::iter::once(
                Node::with_class("ul", "dsii-chosen__many")
                    .children(cluster_members(scene, many, limit)),
            )
            .chain(show_more(
                many.len(),
                limit,
                scene.printing,
                scene.language,
                List::Chosen,
            ))
            .collect(),
        };
    let close = Node::with_class(
        "button",
        "dsii-button dsii-button--small dsii-chosen__close",
    )
    .attr("type", "button")
    .attr(CLOSE_KEY, "")
    .text(words.close);
    Some(
        Node::with_class("div", "dsii-chosen")
            .attr("role", "region")
            .attr("aria-label", words.milestones)
            .child(close)
            .children(body),
    )
}

/// A cluster's milestones to choose one from: a button each (`data-choose`, the
/// milestone's index) with its date and title, the first `limit` of them.
fn cluster_members(scene: &Scene, members: &[usize], limit: usize) -> Vec<Node> {
    let (milestones, language) = (&scene.prepared.snapshot.milestones, scene.language);
    members
        .iter()
        .take(limit)
        .filter_map(|&index| Some((index, milestones.get(index)?)))
        .map(|(index, milestone)| {
            let label = format!(
                "{} · {}",
                milestone.date.display(language),
                milestone.title.resolve(language).text
            );
            Node::new("li").child(
                Node::with_class("button", "dsii-link-button")
                    .attr("type", "button")
                    .attr(CHOOSE_KEY, &index.to_string())
                    .text(&label),
            )
        })
        .collect()
}
