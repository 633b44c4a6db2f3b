//! A change as one line of markup, as the Markdown of `dsii diff` and the HTML of a feed
//! entry write it: the badge in bold, the title, what it was before, the date and the
//! sources as links. Each language brings its own bold, links and escaping; every piece
//! of data passes through its escape. (The text format is laid out otherwise: the
//! change's id after its title and a line per source.)

use std::fmt::Write as _;

use dsii_core::changes::Change;
use dsii_core::i18n::more_sources;
use dsii_core::model::{link_target, Language, Source};

use super::describe;

/// What a markup language brings to a change's line.
pub trait Markup {
    /// Data as text that the language shows as written.
    fn escape(text: &str) -> String;
    /// Escaped text in bold.
    fn strong(escaped: &str) -> String;
    /// A link with escaped text to a URL that `link_target` let through (not escaped).
    fn link(escaped_title: &str, url: &str) -> String;
}

/// `- **In progress → delayed**: New depots · 10 Mar 2026 ([Second progress letter](…))`
/// without the list marker: badge, title, detail, date and sources.
pub fn change_line<M: Markup>(change: &Change, language: Language) -> String {
    let badge = M::strong(&M::escape(&describe::badge(change, language)));
    let title = M::escape(describe::title(change, language));
    let mut line = format!("{badge}: {title}");
    if let Some(detail) = describe::detail(change, language, M::escape) {
        let _ = write!(line, " ({detail})");
    }
    if let Some(date) = describe::date(change, language) {
        let _ = write!(line, " · {}", M::escape(&date));
    }
    if !change.cited.sources.is_empty() {
        let mut links: Vec<String> = change
            .cited
            .sources
            .iter()
            .map(|source| source_link::<M>(source, language))
            .collect();
        if change.cited.more > 0 {
            links.push(M::escape(&more_sources(change.cited.more, language)));
        }
        let _ = write!(line, " ({})", links.join(", "));
    }
    line
}

/// The source as a link when its URL is a safe http(s) one, else its title alone.
pub fn source_link<M: Markup>(source: &Source, language: Language) -> String {
    let title = M::escape(describe::source_title(source, language));
    match source.url.as_deref().and_then(link_target) {
        Some(url) => M::link(&title, url),
        None => title,
    }
}
