//! A change set as lists a reader can scan: per kind of item, each change with its
//! badge, the item's title and date, and links to the sources that report it.

use dsii_core::changes::{Change, ChangeSet, ItemKind};
use dsii_core::i18n::{change_detail, messages, more_sources};
use dsii_core::model::Language;

use crate::badges::change_badge_node;
use crate::node::Node;
use crate::sources::source_item;

fn change_item(change: &Change, language: Language) -> Node {
    let keyword = change.kind.as_str();
    let detail = change_detail(&change.kind, language, &str::to_owned).map(|d| format!(" ({d})"));
    let date = change
        .date
        .map(|date| format!(" · {}", date.display(language)));
    Node::with_class("li", &format!("dsii-change dsii-change--{keyword}"))
        .attr("data-change", keyword)
        .child(change_badge_node(change, language))
        .text(" ")
        .child(Node::with_class("span", "dsii-change__title").localized(&change.title, language))
        .child(
            Node::with_class("span", "dsii-change__detail").text(detail.as_deref().unwrap_or("")),
        )
        .child(Node::with_class("span", "dsii-change__date").text(date.as_deref().unwrap_or("")))
        .child(
            Node::with_class("ul", "dsii-change__sources")
                .children(
                    change
                        .cited
                        .sources
                        .iter()
                        .map(|source| source_item(source, language)),
                )
                .children(
                    (change.cited.more > 0)
                        .then(|| Node::new("li").text(&more_sources(change.cited.more, language))),
                ),
        )
}

/// One titled list per kind of item that changed, in the order lines, milestones,
/// sources, with the first `limit` changes of the set; `heading` is the titles' tag.
pub fn change_groups(
    set: &ChangeSet,
    limit: usize,
    language: Language,
    heading: &str,
) -> Vec<Node> {
    let words = messages(language);
    [
        (ItemKind::ActionLine, words.action_lines),
        (ItemKind::Milestone, words.milestones),
        (ItemKind::Source, words.sources),
    ]
    .into_iter()
    .filter_map(|(item, title)| {
        let items: Vec<Node> = set
            .changes
            .iter()
            .take(limit)
            .filter(|change| change.item == item)
            .map(|change| change_item(change, language))
            .collect();
        (!items.is_empty()).then(|| {
            Node::with_class("section", "dsii-changes__group")
                .attr("data-item", item.as_str())
                .child(Node::with_class(heading, "dsii-changes__heading").text(title))
                .child(Node::with_class("ul", "dsii-changes__list").children(items))
        })
    })
    .collect()
}
