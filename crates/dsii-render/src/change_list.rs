//! A change set as lists a reader can scan: per kind of item, each change with its
//! badge, the item's title and date, and links to the sources that report it.

use super::dom::Node;
use crate::changes::{Change, ChangeSet, ItemKind};
use crate::i18n::{change_badge, change_detail, messages, more_sources};
use crate::model::{link_target, Language, Source, Text};

/// A data text in the reader's language, marked with its own language when it differs.
fn text_node(tag: &str, class: &str, text: &Text, language: Language) -> Node {
    let resolved = text.resolve(language);
    let node = Node::with_class(tag, class).text(resolved.text);
    match resolved.lang {
        Some(lang) if lang != language.tag() => node.attr("lang", lang),
        _ => node,
    }
}

fn source_item(source: &Source, language: Language) -> Node {
    let title = text_node("span", "dsii-change__source-title", &source.title, language);
    let cited = match source.url.as_deref().and_then(link_target) {
        Some(url) => Node::new("a")
            .attr("href", url)
            .attr("target", "_blank")
            .attr("rel", "noopener noreferrer")
            .child(title)
            .child(
                Node::with_class("span", "dsii-visually-hidden")
                    .text(&format!(" ({})", messages(language).opens_in_new_tab)),
            ),
        None => title,
    };
    let reference = source.reference.as_deref().map(|r| format!(", {r}"));
    let date = source.date.map(|d| format!(", {}", d.display(language)));
    Node::new("li")
        .child(cited)
        .text(reference.as_deref().unwrap_or(""))
        .text(date.as_deref().unwrap_or(""))
}

fn change_item(change: &Change, language: Language) -> Node {
    let keyword = change.kind.as_str();
    let badge = change_badge(&change.kind, change.item, language);
    let detail = change_detail(&change.kind, language, &str::to_owned).map(|d| format!(" ({d})"));
    let date = change
        .date
        .map(|date| format!(" · {}", date.display(language)));
    Node::with_class("li", &format!("dsii-change dsii-change--{keyword}"))
        .attr("data-change", keyword)
        .child(
            Node::with_class(
                "span",
                &format!("dsii-change__badge dsii-change__badge--{keyword}"),
            )
            .text(&badge),
        )
        .text(" ")
        .child(text_node(
            "span",
            "dsii-change__title",
            &change.title,
            language,
        ))
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
