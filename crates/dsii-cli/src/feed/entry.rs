//! What each entry of a feed says: the first snapshot is described (its size, and what
//! its own dated facts say happened since the start of its history), every later one by
//! what changed since the snapshot before it.

use std::collections::BTreeSet;

use dsii_core::changes::{changes_between, changes_within, ChangeSet};
use dsii_core::i18n::{
    changes_heading, changes_since_day, count_action_lines, count_milestones, no_changes_in_period,
    snapshot_size_as_of,
};
use dsii_core::model::{link_target, CalendarDate, FuzzyDate, Language, Snapshot};

use super::html;

pub struct Entry {
    pub as_of: CalendarDate,
    pub title: String,
    /// The content, as HTML.
    pub html: String,
    /// The http(s) URLs of the sources of its changes, once each, in order.
    pub related: Vec<String>,
}

fn day(date: CalendarDate, language: Language) -> String {
    FuzzyDate::Day(date).display(language)
}

/// Where the history of the first snapshot starts: the previous snapshot it names, else
/// the earliest of its dated status and milestone changes; `None` when it has neither.
fn history_start(snapshot: &Snapshot) -> Option<CalendarDate> {
    if let Some(previous) = &snapshot.previous {
        return Some(previous.as_of);
    }
    let lines = snapshot.action_lines.iter().flat_map(|line| &line.history);
    let milestones = snapshot.milestones.iter().flat_map(|m| &m.history);
    let line_days = lines.map(|entry| entry.date.start());
    line_days
        .chain(milestones.map(|entry| entry.date.start()))
        .min()
        .filter(|start| *start <= snapshot.as_of)
}

/// The entry of the first snapshot of the feed.
pub fn first(snapshot: &Snapshot, language: Language) -> Entry {
    let as_of = day(snapshot.as_of, language);
    let size = format!(
        "{}, {}",
        count_action_lines(snapshot.action_lines.len(), language),
        count_milestones(snapshot.milestones.len(), language)
    );
    let mut html = html::paragraph(&format!(
        "{}.",
        snapshot_size_as_of(&size, &as_of, language)
    ));
    let set = history_start(snapshot).map(|since| changes_within(snapshot, since));
    let set = set.filter(|set| !set.changes.is_empty());
    if let Some(set) = &set {
        html.push_str(&describe_changes(set, language));
    }
    Entry {
        as_of: snapshot.as_of,
        title: format!("{as_of}: {size}"),
        html,
        related: set.as_ref().map(related).unwrap_or_default(),
    }
}

/// The entry of a snapshot after the first: what changed since `previous`.
pub fn later(previous: &Snapshot, snapshot: &Snapshot, language: Language) -> Entry {
    let set = changes_between(previous, snapshot);
    let title = format!(
        "{}: {}",
        day(snapshot.as_of, language),
        changes_since_day(set.changes.len(), &day(previous.as_of, language), language)
    );
    Entry {
        as_of: snapshot.as_of,
        title,
        html: describe_changes(&set, language),
        related: related(&set),
    }
}

/// A paragraph naming the period, then the changes (or that there were none).
fn describe_changes(set: &ChangeSet, language: Language) -> String {
    let (since, until) = (day(set.since, language), day(set.until, language));
    let heading = changes_heading(&since, &until, set.changes.len(), language);
    let mut text = html::paragraph(&format!("{heading}:"));
    if set.changes.is_empty() {
        text.push_str(&html::paragraph(no_changes_in_period(language)));
    }
    text.push_str(&html::changes(set, language));
    text
}

/// The http(s) URLs of the sources the changes cite, once each, in order; a set of
/// those seen, so a feed of thousands of changes stays n log n.
fn related(set: &ChangeSet) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let sources = set.changes.iter().flat_map(|change| &change.cited.sources);
    sources
        .filter_map(|source| source.url.as_deref().and_then(link_target))
        .filter(|url| seen.insert(*url))
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsii_core::validate::load;

    const PREVIOUS: &[u8] = include_bytes!("../../../../tests/fixtures/policy_v1.json");
    const CURRENT: &[u8] = include_bytes!("../../../../tests/fixtures/policy_v2.json");

    fn snapshot(bytes: &[u8]) -> Snapshot {
        load(bytes).unwrap().snapshot
    }

    #[test]
    fn the_first_snapshot_without_history_is_described_by_its_size_alone() {
        let entry = first(&snapshot(PREVIOUS), Language::En);
        assert_eq!(entry.title, "15 Nov 2025: 3 action lines, 6 milestones");
        assert_eq!(
            entry.html,
            "<p>3 action lines, 6 milestones as of 15 Nov 2025.</p>"
        );
        assert!(entry.related.is_empty());
    }

    #[test]
    fn a_first_snapshot_that_names_its_predecessor_tells_what_happened_since() {
        let entry = first(&snapshot(CURRENT), Language::Nl);
        assert_eq!(entry.title, "20 mrt. 2026: 4 actielijnen, 6 mijlpalen");
        assert!(
            entry
                .html
                .contains("<p>Wijzigingen van 15 nov. 2025 tot 20 mrt. 2026 (6 wijzigingen):</p>"),
            "{}",
            entry.html
        );
        assert_eq!(
            entry.related,
            ["https://example.org/letter-2", "https://example.org/plan"]
        );
    }

    #[test]
    fn a_later_snapshot_lists_the_changes_since_the_one_before() {
        let entry = later(&snapshot(PREVIOUS), &snapshot(CURRENT), Language::En);
        assert_eq!(entry.title, "20 Mar 2026: 12 changes since 15 Nov 2025");
        assert!(entry.html.contains("<strong>slipped 2 quarters</strong>"));
        assert_eq!(
            entry.related,
            ["https://example.org/letter-2", "https://example.org/plan"]
        );
    }
}
