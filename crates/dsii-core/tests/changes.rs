//! What changed: within one snapshot from its dated facts, and between two versions of
//! the test policy (tests/fixtures/policy_v1.json and policy_v2.json).

use dsii_core::changes::{changes_between, changes_within, Change, ChangeSet, ItemKind};
use dsii_core::i18n::change_badge;
use dsii_core::model::{CalendarDate, Language, Snapshot};
use dsii_core::validate::load;

#[path = "common/citations.rs"]
mod citations;
use citations::many_citations;

const PREVIOUS: &[u8] = include_bytes!("../../../tests/fixtures/policy_v1.json");
const CURRENT: &[u8] = include_bytes!("../../../tests/fixtures/policy_v2.json");
const BUNDLED: &[u8] = include_bytes!("../../../data/dsii.json");

fn snapshot(bytes: &[u8]) -> Snapshot {
    load(bytes).expect("the fixture is valid").snapshot
}

/// Each change as "kind id: badge [source ids]", the way a reader would list them.
fn described(set: &ChangeSet, language: Language) -> Vec<String> {
    set.changes
        .iter()
        .map(|change: &Change| {
            let sources: Vec<&str> = change.cited.sources.iter().map(|s| s.id.as_str()).collect();
            format!(
                "{} {}: {} [{}]",
                change.item.as_str(),
                change.id,
                change_badge(&change.kind, change.item, language),
                sources.join(" ")
            )
        })
        .collect()
}

#[test]
fn two_versions_of_the_test_policy_differ_by_every_kind_of_change() {
    let set = changes_between(&snapshot(PREVIOUS), &snapshot(CURRENT));
    assert_eq!(set.since.to_string(), "2025-11-15");
    assert_eq!(set.until.to_string(), "2026-03-20");
    assert_eq!(
        described(&set, Language::En),
        [
            "action_line depots: In progress → delayed [s-letter-2]",
            "action_line depots: budget €2 million → €2.5 million [s-letter-2]",
            "action_line repair: retitled [s-letter-2]",
            "action_line repair: Planned → in progress [s-letter-2]",
            "action_line training: new [s-letter-2]",
            "milestone m-depot-north: slipped 2 quarters [s-letter-2]",
            "milestone m-depot-south: slipped 6 months [s-letter-2]",
            "milestone m-repair-tools: now overdue [s-plan]",
            "milestone m-repair-pilot: Pending → done [s-letter-2]",
            "milestone m-training-start: new [s-letter-2]",
            "milestone m-data-api: removed [s-plan]",
            "source s-letter-2: new source [s-letter-2]",
        ]
    );
}

#[test]
fn a_retitled_line_keeps_its_old_title_and_a_removed_milestone_its_last_title() {
    let set = changes_between(&snapshot(PREVIOUS), &snapshot(CURRENT));
    let retitled = set
        .changes
        .iter()
        .find(|change| change.kind.as_str() == "retitled")
        .expect("the repair line was retitled");
    match &retitled.kind {
        dsii_core::changes::ChangeKind::Retitled { from } => {
            assert_eq!(from.resolve(Language::En).text, "Repair on site");
        }
        other => panic!("expected a retitling, found {other:?}"),
    }
    assert_eq!(
        retitled.title.resolve(Language::En).text,
        "Repair on site and remotely"
    );
    let removed = set
        .changes
        .iter()
        .find(|change| change.kind.as_str() == "removed")
        .expect("a milestone was dropped");
    assert_eq!(
        removed.title.resolve(Language::Nl).text,
        "API voor onderzoekers"
    );
}

#[test]
fn a_snapshot_compared_with_itself_has_no_changes() {
    let set = changes_between(&snapshot(CURRENT), &snapshot(CURRENT));
    assert!(set.changes.is_empty(), "{:#?}", set.changes);
}

#[test]
fn one_snapshot_tells_what_happened_since_a_date_from_its_own_dated_facts() {
    let since: CalendarDate = "2025-11-15".parse().unwrap();
    let set = changes_within(&snapshot(CURRENT), since);
    assert_eq!(
        described(&set, Language::Nl),
        [
            "action_line depots: nu vertraagd [s-letter-2]",
            "action_line repair: nu in uitvoering [s-letter-2]",
            "milestone m-depot-north: 2 kwartalen later [s-letter-2]",
            "milestone m-depot-south: 6 maanden later [s-letter-2]",
            "milestone m-repair-tools: nu te laat [s-plan]",
            "milestone m-repair-pilot: nu gedaan [s-letter-2]",
        ]
    );
}

#[test]
fn a_later_start_leaves_out_what_happened_before_it() {
    let since: CalendarDate = "2026-03-01".parse().unwrap();
    let set = changes_within(&snapshot(CURRENT), since);
    let ids: Vec<&str> = set.changes.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["depots", "m-depot-north", "m-depot-south"]);
}

#[test]
fn the_bundled_strategy_shows_what_happened_without_a_previous_version() {
    let dsii = snapshot(BUNDLED);
    let since: CalendarDate = "2025-01-01".parse().unwrap();
    let set = changes_within(&dsii, since);
    assert!(!set.changes.is_empty());
    assert!(set.changes.iter().any(|c| c.item == ItemKind::Milestone));
    for change in &set.changes {
        assert!(
            !change.cited.sources.is_empty(),
            "{} cites no source",
            change.id
        );
    }
}

#[test]
fn a_chosen_date_wins_then_the_previous_snapshot_then_the_last_half_year() {
    use dsii_core::changes::{comparison, Comparison};
    let since: CalendarDate = "2026-01-01".parse().unwrap();
    let current = snapshot(CURRENT);
    assert_eq!(comparison(&current, Some(since)), Comparison::Within(since));
    assert_eq!(comparison(&current, None), Comparison::WithPrevious);
    let first = snapshot(PREVIOUS);
    let half_a_year_before: CalendarDate = "2025-05-17".parse().unwrap();
    assert_eq!(
        comparison(&first, None),
        Comparison::Within(half_a_year_before)
    );
}

// How long the comparison takes is measured by `cargo bench -p dsii-core` (scripts/bench.sh).
#[test]
fn a_thousand_milestones_citing_hundreds_of_sources_each_cite_a_few_in_their_changes() {
    let (old, new) = many_citations(&snapshot(PREVIOUS), 1_000, 500);
    let set = changes_between(&old, &new);
    // Each is retitled, and its date (Q4 2025) passed between the two versions.
    assert_eq!(set.changes.len(), 2_000);
    let first = &set.changes[0].cited;
    assert_eq!(first.sources.len(), dsii_core::changes::MAX_CITED);
    assert_eq!(first.sources.len() + first.more, 500);
    assert_eq!(first.sources[0].id, "s499");
}

#[test]
fn a_budget_dropped_to_nothing_still_cites_a_source() {
    let (old, mut new) = (snapshot(PREVIOUS), snapshot(CURRENT));
    new.action_lines[0].budget.clear();
    let set = changes_between(&old, &new);
    let budget = set
        .changes
        .iter()
        .find(|change| change.kind.as_str() == "budget")
        .expect("the budget changed");
    assert_eq!(
        change_badge(&budget.kind, budget.item, Language::En),
        "budget €2 million → €0"
    );
    let cited: Vec<&str> = budget.cited.sources.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(cited, ["s-letter-2"]);
}

#[test]
fn a_history_entry_from_before_the_period_does_not_date_a_change() {
    let (old, mut new) = (snapshot(PREVIOUS), snapshot(CURRENT));
    // The line was delayed once before, in 2024; its delay now is not recorded.
    new.action_lines[0].history[0].date = "2024-03".parse().unwrap();
    new.action_lines[0].history[0].source = "s-plan".to_owned();
    let set = changes_between(&old, &new);
    let status = set
        .changes
        .iter()
        .find(|change| change.id == "depots" && change.kind.as_str() == "status")
        .expect("the status changed");
    assert_eq!(status.date, None);
    let cited: Vec<&str> = status.cited.sources.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(cited, ["s-letter-2"]);
}
