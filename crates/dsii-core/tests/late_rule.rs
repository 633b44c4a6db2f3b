//! The one rule for "late": only a check made after a deadline can show it was missed.
//! A deadline that passed after the last check is "deadline passed, not checked".

use dsii_core::changes::changes_between;
use dsii_core::model::{CalendarDate, MilestoneStatus, Snapshot};
use dsii_core::progress::{milestone_counts, milestone_states, MilestoneState};
use dsii_core::validate::load;

fn snapshot(bytes: &[u8]) -> Snapshot {
    load(bytes).unwrap().snapshot
}

fn day(text: &str) -> CalendarDate {
    text.parse().unwrap()
}

fn october() -> Snapshot {
    snapshot(include_bytes!("../../../data/dsii-2025-10-06.json"))
}

/// The October snapshot as republished on `as_of` with every milestone still checked on
/// 6 October 2025, and the index of its Q1 2026 STRAIIK-D deadline.
fn republished(as_of: &str) -> (Snapshot, usize) {
    let mut snapshot = october();
    snapshot.as_of = day(as_of);
    for milestone in &mut snapshot.milestones {
        milestone.checked = Some(day("2025-10-06"));
    }
    let index = snapshot
        .milestones
        .iter()
        .position(|milestone| milestone.id == "straiik-d-2026")
        .unwrap();
    (snapshot, index)
}

fn count(snapshot: &Snapshot, today: CalendarDate, wanted: MilestoneState) -> usize {
    milestone_counts(&milestone_states(snapshot, today))
        .into_iter()
        .find(|&(state, _)| state == wanted)
        .map_or(0, |(_, count)| count)
}

#[test]
fn the_october_2025_snapshot_read_in_december_2026_calls_nothing_late() {
    let october = october();
    let today = day("2026-12-02");
    assert_eq!(count(&october, today, MilestoneState::Overdue), 0);
    assert_eq!(count(&october, today, MilestoneState::Unchecked), 13);
    assert_eq!(count(&october, today, MilestoneState::Pending), 0);
    assert_eq!(count(&october, today, MilestoneState::Done), 8);
}

#[test]
fn a_milestone_checked_after_its_deadline_and_not_done_is_late_and_one_checked_before_is_not() {
    let (mut october, index) = republished("2026-06-01");
    let today = day("2026-12-02");
    // Due in Q1 2026, so its deadline is 31 March 2026.
    october.milestones[index].checked = Some(day("2026-04-01"));
    assert_eq!(
        milestone_states(&october, today)[index],
        MilestoneState::Overdue
    );
    october.milestones[index].checked = Some(day("2026-03-31"));
    assert_eq!(
        milestone_states(&october, today)[index],
        MilestoneState::Unchecked
    );
    october.milestones[index].checked = Some(day("2026-03-01"));
    let on_the_day = milestone_states(&october, day("2026-03-31"))[index];
    assert_eq!(on_the_day, MilestoneState::Pending);
}

#[test]
fn a_milestone_without_its_own_checked_day_takes_its_action_lines() {
    let (mut october, index) = republished("2026-06-01");
    let line = october.milestones[index].action_line.clone();
    october.milestones[index].checked = None;
    let today = day("2026-12-02");
    // Neither it nor its line says: the snapshot's as_of is its checked day.
    assert_eq!(
        milestone_states(&october, today)[index],
        MilestoneState::Overdue
    );
    for action_line in october.action_lines.iter_mut().filter(|l| l.id == line) {
        action_line.checked = Some(day("2026-01-10"));
    }
    assert_eq!(
        milestone_states(&october, today)[index],
        MilestoneState::Unchecked
    );
}

#[test]
fn every_fixture_at_its_own_as_of_shows_exactly_the_late_items_it_showed_before() {
    let documents: [&[u8]; 4] = [
        include_bytes!("../../../tests/fixtures/policy_v1.json"),
        include_bytes!("../../../tests/fixtures/policy_v2.json"),
        include_bytes!("../../../tests/fixtures/small_monitor.json"),
        include_bytes!("../../../data/dsii-2025-10-06.json"),
    ];
    for bytes in documents {
        let snapshot = snapshot(bytes);
        let as_of = snapshot.as_of;
        let late: Vec<&str> = snapshot
            .milestones
            .iter()
            .zip(milestone_states(&snapshot, as_of))
            .filter(|(_, state)| *state == MilestoneState::Overdue)
            .map(|(milestone, _)| milestone.id.as_str())
            .collect();
        // The rule before `checked` existed: pending, and the whole interval before today.
        let before: Vec<&str> = snapshot
            .milestones
            .iter()
            .filter(|m| m.status == MilestoneStatus::Pending && m.date.end() < as_of)
            .map(|milestone| milestone.id.as_str())
            .collect();
        assert_eq!(late, before, "{}", snapshot.id);
        let unchecked = milestone_states(&snapshot, as_of)
            .into_iter()
            .filter(|&state| state == MilestoneState::Unchecked)
            .count();
        assert_eq!(unchecked, 0, "{}", snapshot.id);
    }
    let v2 = snapshot(include_bytes!("../../../tests/fixtures/policy_v2.json"));
    assert!(
        count(&v2, v2.as_of, MilestoneState::Overdue) > 0,
        "the fixture has late items to keep"
    );
}

#[test]
fn now_overdue_between_two_snapshots_follows_the_same_rule() {
    let old = october();
    // Nobody looked again: nothing became late, however many deadlines passed.
    let (mut new, _) = republished("2026-06-01");
    let overdue = |old: &Snapshot, new: &Snapshot| {
        changes_between(old, new)
            .changes
            .iter()
            .filter(|change| change.kind.as_str() == "overdue")
            .count()
    };
    assert_eq!(overdue(&old, &new), 0);
    // Looked at everything on the new as_of: the deadlines before it are late now.
    for milestone in &mut new.milestones {
        milestone.checked = None;
    }
    // All 13 open commitments fell due by the end of Q1 2026.
    assert_eq!(overdue(&old, &new), 13);
    assert_eq!(
        overdue(&old, &new),
        count(&new, new.as_of, MilestoneState::Overdue)
    );
}
