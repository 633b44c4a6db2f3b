//! "Showing 25 of 10,000" with a button for the next page; on paper, how many items
//! were not printed.

use dsii_core::i18n::{messages, not_printed, shown_of};
use dsii_core::model::Language;
use dsii_core::store::List;

use crate::node::Node;

/// On a "show more" button: the [`List::key`] of the list it extends.
pub const MORE_KEY: &str = "data-more";

/// What the count beside "show more" says.
fn more_count(total: usize, limit: usize, printing: bool, language: Language) -> String {
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
    list: List,
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
                    .attr(MORE_KEY, &list.key())
                    .text(messages(language).show_more),
            )
    })
}
