//! Cited sources: links only for absolute http(s) URLs, always with their reference
//! and date so a reader can find them without the link.

use dsii_core::i18n::messages;
use dsii_core::model::{link_target, Language, Source};
use dsii_core::prepared::PreparedSnapshot;

use crate::node::Node;
use crate::text::text_span;

/// One source as a list item: its title (a link when it has a web address), reference
/// and date.
pub fn source_item(source: &Source, language: Language) -> Node {
    let title = text_span(&source.title, language);
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
    Node::with_class("li", "dsii-sources__item")
        .child(cited)
        .text(reference.as_deref().unwrap_or(""))
        .text(date.as_deref().unwrap_or(""))
}

/// The sources `ids` names, in that order; ids the snapshot does not have are left out.
pub fn source_list(prepared: &PreparedSnapshot, ids: &[String], language: Language) -> Node {
    let sources = &prepared.snapshot.sources;
    let items = ids
        .iter()
        .filter_map(|id| sources.iter().find(|source| &source.id == id))
        .map(|source| source_item(source, language));
    Node::with_class("ul", "dsii-sources").children(items)
}
