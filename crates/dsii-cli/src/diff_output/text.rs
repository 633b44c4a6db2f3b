//! A change set for a terminal: a heading, then per kind of item one line per change
//! and an indented line per source.
//!
//! ```text
//! Changes from 2025-11-15 to 2026-03-20 (12 changes)
//!
//! Action lines
//! - In progress → delayed: New depots [depots] · 10 Mar 2026
//!     source: Second progress letter <https://example.org/letter-2>
//! ```

use std::fmt::Write as _;

use dsii_core::changes::{Change, ChangeSet};
use dsii_core::i18n::{changes_heading, more_sources, no_changes_in_period, source_label};
use dsii_core::model::Language;

use super::describe;
use crate::visible::visible;

pub fn render(set: &ChangeSet, language: Language) -> String {
    let mut out = String::new();
    let (since, until) = (set.since.to_string(), set.until.to_string());
    let count = set.changes.len();
    let _ = writeln!(out, "{}", changes_heading(&since, &until, count, language));
    if set.changes.is_empty() {
        let _ = writeln!(out, "{}", no_changes_in_period(language));
    }
    for (item, changes) in describe::groups(set) {
        let _ = writeln!(out, "\n{}", describe::group_title(item, language));
        for change in changes {
            write_change(&mut out, change, language);
        }
    }
    out
}

fn write_change(out: &mut String, change: &Change, language: Language) {
    let badge = describe::badge(change, language);
    let title = visible(describe::title(change, language));
    let _ = write!(out, "- {badge}: {title} [{}]", visible(&change.id));
    if let Some(detail) = describe::detail(change, language, visible) {
        let _ = write!(out, " ({detail})");
    }
    if let Some(date) = describe::date(change, language) {
        let _ = write!(out, " · {date}");
    }
    out.push('\n');
    let label = source_label(language);
    for source in &change.cited.sources {
        let title = visible(describe::source_title(source, language));
        let _ = match &source.url {
            Some(url) => writeln!(out, "    {label}: {title} <{}>", visible(url)),
            None => writeln!(out, "    {label}: {title}"),
        };
    }
    if change.cited.more > 0 {
        let _ = writeln!(out, "    {}", more_sources(change.cited.more, language));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsii_core::changes::{ChangeKind, Cited, ItemKind};
    use dsii_core::model::{Source, Text};
    use std::sync::Arc;

    #[test]
    fn an_empty_period_says_so_under_its_heading() {
        let set = ChangeSet {
            since: "2026-01-01".parse().unwrap(),
            until: "2026-02-01".parse().unwrap(),
            changes: Vec::new(),
        };
        assert_eq!(
            render(&set, Language::Nl),
            "Wijzigingen van 2026-01-01 tot 2026-02-01 (0 wijzigingen)\nGeen wijzigingen.\n"
        );
    }

    #[test]
    fn a_title_with_a_line_break_or_escape_code_stays_on_its_line() {
        let source = Source {
            id: "s".to_owned(),
            title: Text::Plain("Letter\nforged: line".to_owned()),
            date: None,
            url: None,
            reference: None,
            kind: None,
        };
        let set = ChangeSet {
            since: "2026-01-01".parse().unwrap(),
            until: "2026-02-01".parse().unwrap(),
            changes: vec![Change {
                item: ItemKind::ActionLine,
                id: "a\u{1b}[2J".to_owned(),
                title: Arc::new(Text::Plain("Two\nlines".to_owned())),
                kind: ChangeKind::Added,
                date: None,
                cited: Cited {
                    sources: vec![Arc::new(source)],
                    more: 0,
                },
            }],
        };
        let text = render(&set, Language::En);
        assert!(
            text.contains("- new: Two\\u{a}lines [a\\u{1b}[2J]\n"),
            "{text}"
        );
        assert!(
            text.contains("    source: Letter\\u{a}forged: line\n"),
            "{text}"
        );
        assert!(!text.contains('\u{1b}'));
    }
}
