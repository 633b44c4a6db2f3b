//! The words around the changes, shared by every format: the heading of a period, the
//! titles of the groups, a change's badge and what it was before.

use dsii_core::changes::{Change, ChangeSet, ItemKind};
use dsii_core::i18n::{change_badge, change_detail, messages};
use dsii_core::model::{Language, Source};

/// The groups of a change set, in the order they are written.
const GROUPS: [ItemKind; 3] = [ItemKind::ActionLine, ItemKind::Milestone, ItemKind::Source];

/// The changes of each kind of item that has any, in the set's order.
pub fn groups(set: &ChangeSet) -> Vec<(ItemKind, Vec<&Change>)> {
    GROUPS
        .into_iter()
        .map(|item| {
            let changes = set.changes.iter().filter(|c| c.item == item).collect();
            (item, changes)
        })
        .filter(|(_, changes): &(ItemKind, Vec<&Change>)| !changes.is_empty())
        .collect()
}

/// "Action lines", "Milestones", "Sources" in the chosen language.
pub fn group_title(item: ItemKind, language: Language) -> &'static str {
    let words = messages(language);
    match item {
        ItemKind::ActionLine => words.action_lines,
        ItemKind::Milestone => words.milestones,
        ItemKind::Source => words.sources,
    }
}

/// The short label of a change: "In progress → delayed", "slipped 2 quarters".
pub fn badge(change: &Change, language: Language) -> String {
    change_badge(&change.kind, change.item, language)
}

/// The item's title in the chosen language (or the closest one it has).
pub fn title(change: &Change, language: Language) -> &str {
    change.title.resolve(language).text
}

pub fn source_title(source: &Source, language: Language) -> &str {
    source.title.resolve(language).text
}

/// What the badge leaves out: the title an item had before, or the dates a milestone
/// moved between. Data passes through `escape`, the format's own.
pub fn detail(
    change: &Change,
    language: Language,
    escape: impl Fn(&str) -> String,
) -> Option<String> {
    change_detail(&change.kind, language, &escape)
}

/// When it happened (for an overdue milestone: when it was due), as a reader writes it.
pub fn date(change: &Change, language: Language) -> Option<String> {
    change.date.map(|date| date.display(language))
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsii_core::changes::ChangeKind;
    use dsii_core::model::{FuzzyDate, Text};
    use std::sync::Arc;

    fn change(item: ItemKind, kind: ChangeKind) -> Change {
        Change {
            item,
            id: "x".to_owned(),
            title: Arc::new(Text::Plain("X".to_owned())),
            kind,
            date: None,
            cited: Default::default(),
        }
    }

    #[test]
    fn groups_come_lines_first_and_leave_out_kinds_without_changes() {
        let set = ChangeSet {
            since: "2026-01-01".parse().unwrap(),
            until: "2026-02-01".parse().unwrap(),
            changes: vec![
                change(ItemKind::Source, ChangeKind::Added),
                change(ItemKind::ActionLine, ChangeKind::Added),
            ],
        };
        let kinds: Vec<ItemKind> = groups(&set).into_iter().map(|(item, _)| item).collect();
        assert_eq!(kinds, [ItemKind::ActionLine, ItemKind::Source]);
    }

    #[test]
    fn a_retitling_says_the_old_title_through_the_formats_escape() {
        let retitled = change(
            ItemKind::ActionLine,
            ChangeKind::Retitled {
                from: Text::Plain("<old>".to_owned()),
            },
        );
        let escaped = detail(&retitled, Language::En, |text| text.replace('<', "&lt;"));
        assert_eq!(escaped.as_deref(), Some("was “&lt;old>”"));
    }

    #[test]
    fn a_move_names_both_dates_as_a_reader_writes_them() {
        let date = |text: &str| text.parse::<FuzzyDate>().unwrap();
        let moved = change(
            ItemKind::Milestone,
            ChangeKind::Rescheduled {
                from: date("2025-Q4"),
                to: date("2026-06"),
                slip: None,
            },
        );
        let text = detail(&moved, Language::Nl, str::to_owned);
        assert_eq!(text.as_deref(), Some("Q4 2025 → jun. 2026"));
    }
}
