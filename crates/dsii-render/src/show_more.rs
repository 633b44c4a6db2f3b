//! "Showing 25 of 10,000" with a button for the next page; on paper, how many items
//! were not printed.

use dsii_core::i18n::{messages, not_printed, shown_of};
use dsii_core::model::Language;

use crate::node::Node;

/// What the count beside "show more" says.
pub fn more_count(total: usize, limit: usize, printing: bool, language: Language) -> String {
    match printing {
        true => not_printed(total.saturating_sub(limit), language),
        false => shown_of(limit, total, language),
    }
}

/// The count and the button, whose `data-more` names the list it extends; nothing when
/// all is shown.
pub fn show_more(
    total: usize,
    limit: usize,
    printing: bool,
    language: Language,
    list: &str,
) -> Option<Node> {
    (total > limit).then(|| {
        Node::with_class("p", "dsii-more")
            .child(
                Node::with_class("span", "dsii-more__count")
                    .text(&more_count(total, limit, printing, language)),
            )
            .text(" ")
            .child(
                Node::with_class("button", "dsii-button")
                    .attr("type", "button")
                    .attr("data-more", list)
                    .text(messages(language).show_more),
            )
    })
}
