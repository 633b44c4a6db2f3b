//! The active filters as chips, each a button (`data-chip`, its place among the
//! filter's chips) that takes its filter away.

use dsii_core::i18n::{messages, status_label};
use dsii_core::store::Chip;

use crate::node::Node;
use crate::scene::Scene;
use crate::text::text_span;

pub fn filter_chips(scene: &Scene, chips: &[Chip]) -> Vec<Node> {
    let (language, words) = (scene.language, messages(scene.language));
    let pillars = &scene.prepared.snapshot.pillars;
    chips
        .iter()
        .enumerate()
        .map(|(index, chip)| {
            let label = match chip {
                Chip::Status(status) => Node::new("span").text(status_label(*status, language)),
                Chip::Pillar(id) => match pillars.iter().find(|pillar| pillar.id == *id) {
                    Some(pillar) => text_span(&pillar.title, language),
                    None => Node::new("span").text(id),
                },
                Chip::OverdueOnly => Node::new("span").text(words.overdue_only),
                Chip::UncheckedOnly => Node::new("span").text(words.unchecked_only),
                Chip::Query(query) => {
                    Node::new("span").text(&format!("{} “{query}”", words.search_for))
                }
            };
            Node::new("li").child(
                Node::with_class("button", "dsii-chip")
                    .attr("type", "button")
                    .attr("data-chip", &index.to_string())
                    .child(
                        Node::with_class("span", "dsii-visually-hidden")
                            .text(&format!("{} ", words.remove_filter)),
                    )
                    .child(label)
                    .child(
                        Node::with_class("span", "dsii-chip__x")
                            .attr("aria-hidden", "true")
                            .text(" ×"),
                    ),
            )
        })
        .collect()
}
