//! A change set as Markdown to paste into an article: a heading, a sub-heading per kind
//! of item and a bullet per change, its sources as links. Titles and URLs are data, not
//! markup: every character Markdown could read as markup is escaped.
//!
//! ```markdown
//! ## Changes from 15 Nov 2025 to 20 Mar 2026 (12 changes)
//!
//! ### Action lines
//!
//! - **In progress → delayed**: New depots · 10 Mar 2026 ([Second progress letter](https://example.org/letter-2))
//! ```

use std::fmt::Write as _;

use dsii_core::changes::ChangeSet;
use dsii_core::i18n::{changes_heading, no_changes_in_period};
use dsii_core::model::{FuzzyDate, Language};

use super::describe;
use super::markup_line::{change_line, Markup};
use crate::visible::visible;

pub fn render(set: &ChangeSet, language: Language) -> String {
    let day = |date| FuzzyDate::Day(date).display(language);
    let (since, until) = (day(set.since), day(set.until));
    let heading = changes_heading(&since, &until, set.changes.len(), language);
    let mut out = format!("## {heading}\n");
    if set.changes.is_empty() {
        let _ = writeln!(out, "\n{}", no_changes_in_period(language));
    }
    for (item, changes) in describe::groups(set) {
        let _ = writeln!(out, "\n### {}\n", describe::group_title(item, language));
        for change in changes {
            let _ = writeln!(out, "- {}", change_line::<Markdown>(change, language));
        }
    }
    out
}

/// Markdown's bold, links and escaping, for the change lines.
struct Markdown;

impl Markup for Markdown {
    /// Text that Markdown shows as written: on one line, with every character that could
    /// open emphasis, code, a link, an image, HTML, an entity, strikethrough, a table cell
    /// or math escaped. Nothing else needs it: data never starts a line here.
    fn escape(text: &str) -> String {
        let mut escaped = String::with_capacity(text.len());
        for c in visible(text).chars() {
            if matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '!' | '~' | '|' | '$'
            ) {
                escaped.push('\\');
            }
            escaped.push(c);
        }
        escaped
    }

    fn strong(escaped: &str) -> String {
        format!("**{escaped}**")
    }

    fn link(escaped_title: &str, url: &str) -> String {
        format!("[{escaped_title}]({})", destination(url))
    }
}

/// A link destination. `link_target` let no space or line break through; a URL without
/// brackets, backslashes or what could be an entity (`&…;`) is written as it is, which
/// every Markdown dialect reads, and any other inside `<…>` with `<`, `>`, `&` and
/// backslashes escaped (CommonMark).
fn destination(url: &str) -> String {
    let special = |c: char| matches!(c, '\\' | '<' | '>' | '(' | ')');
    let entity = url.contains('&') && url.contains(';');
    if !url.contains(special) && !entity {
        return url.to_owned();
    }
    let mut escaped = String::from("<");
    for c in url.chars() {
        if matches!(c, '\\' | '<' | '>' | '&') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped.push('>');
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff_output::markup_line::source_link;
    use dsii_core::model::{Source, Text};

    fn source(title: &str, url: &str) -> Source {
        Source {
            id: "s".to_owned(),
            title: Text::Plain(title.to_owned()),
            date: None,
            url: Some(url.to_owned()),
            reference: None,
            kind: None,
        }
    }

    #[test]
    fn markup_in_a_title_is_escaped_as_text() {
        assert_eq!(
            Markdown::escape("*bold* [x](javascript:y) <b>&amp; `c` ~s~ a|b $m$ !"),
            r"\*bold\* \[x\](javascript:y) \<b\>\&amp; \`c\` \~s\~ a\|b \$m\$ \!"
        );
    }

    #[test]
    fn a_title_cannot_start_a_new_line_of_markup() {
        assert_eq!(
            Markdown::escape("end\n# Heading\n- item"),
            r"end\\u{a}# Heading\\u{a}- item"
        );
    }

    #[test]
    fn only_http_urls_become_links_and_their_brackets_are_escaped() {
        assert_eq!(
            source_link::<Markdown>(&source("Brief [1]", "https://e.org/a?b=1"), Language::En),
            r"[Brief \[1\]](https://e.org/a?b=1)"
        );
        assert_eq!(
            source_link::<Markdown>(&source("Brief", "https://e.org/a_(b)<c>"), Language::En),
            r"[Brief](<https://e.org/a_(b)\<c\>>)"
        );
        assert_eq!(
            source_link::<Markdown>(&source("Brief", "https://e.org/?a=1&amp;b=2"), Language::En),
            r"[Brief](<https://e.org/?a=1\&amp;b=2>)"
        );
        assert_eq!(
            source_link::<Markdown>(&source("Brief", "javascript:alert(1)"), Language::En),
            "Brief"
        );
    }
}
