//! What happened between a date and a snapshot's `as_of`, from the dated facts inside
//! the one document: status histories, milestones done, commitments that fell due.

use std::cell::OnceCell;
use std::sync::Arc;

use super::change::{Change, ChangeKind, ChangeSet, ItemKind};
use super::slip::slip;
use super::sources::SourceIndex;
use crate::model::{CalendarDate, FuzzyDate, MilestoneStatus, Snapshot};
use crate::progress::{checked_days, MilestoneState};
use crate::sort::sorted_positions;

/// Whether a date may fall in the period: a fuzzy date counts when it overlaps it.
fn overlaps(date: FuzzyDate, since: CalendarDate, until: CalendarDate) -> bool {
    date.end() >= since && date.start() <= until
}

/// A history's entries by date, entries of the same date in document order.
fn in_date_order<T>(entries: &[T], date: impl Fn(&T) -> FuzzyDate) -> Vec<&T> {
    let key = |position: usize| date(&entries[position]).sort_key();
    sorted_positions(entries.len(), &|a, b| key(a).cmp(&key(b)))
        .into_iter()
        .filter_map(|position| entries.get(position))
        .collect()
}

/// The changes from `since` to the snapshot's `as_of`, both days included.
pub fn changes_within(snapshot: &Snapshot, since: CalendarDate) -> ChangeSet {
    let until = snapshot.as_of;
    let sources = SourceIndex::of(snapshot);
    let mut changes = Vec::new();

    for line in &snapshot.action_lines {
        // Shared by the line's changes, and copied only when it has one.
        let title = OnceCell::new();
        let mut before = None;
        for entry in in_date_order(&line.history, |entry| entry.date) {
            if overlaps(entry.date, since, until) {
                changes.push(Change {
                    item: ItemKind::ActionLine,
                    id: line.id.clone(),
                    title: Arc::clone(title.get_or_init(|| Arc::new(line.title.clone()))),
                    kind: ChangeKind::LineStatus {
                        from: before,
                        to: entry.status,
                    },
                    date: Some(entry.date),
                    cited: sources.cite([entry.source.as_str()]),
                });
            }
            before = Some(entry.status);
        }
    }

    let checked = checked_days(snapshot);
    for (milestone, checked) in snapshot.milestones.iter().zip(checked) {
        let title = OnceCell::new();
        let change = |kind, date, cited| Change {
            item: ItemKind::Milestone,
            id: milestone.id.clone(),
            title: Arc::clone(title.get_or_init(|| Arc::new(milestone.title.clone()))),
            kind,
            date,
            cited,
        };
        let history = in_date_order(&milestone.history, |entry| entry.date);
        let mut before = None;
        for entry in &history {
            let cited = || sources.cite([entry.source.as_str()]);
            let in_period = overlaps(entry.date, since, until);
            if let Some(moved) = entry.rescheduled.filter(|_| in_period) {
                let kind = ChangeKind::Rescheduled {
                    from: moved.from,
                    to: moved.to,
                    slip: slip(moved.from, moved.to),
                };
                changes.push(change(kind, Some(entry.date), cited()));
            }
            if let Some(status) = entry.status {
                if in_period {
                    let kind = ChangeKind::MilestoneStatus {
                        from: before,
                        to: status,
                    };
                    changes.push(change(kind, Some(entry.date), cited()));
                }
                before = Some(status);
            }
        }
        let cited = || sources.cite(milestone.sources.iter().map(String::as_str));
        let status_recorded = history.iter().any(|entry| entry.status.is_some());
        match milestone.status {
            MilestoneStatus::Done if !status_recorded && overlaps(milestone.date, since, until) => {
                changes.push(change(ChangeKind::Done, Some(milestone.date), cited()));
            }
            // Fell due in the period and was late when last checked (the one rule).
            MilestoneStatus::Pending
                if milestone.date.end() >= since
                    && MilestoneState::of(milestone, checked, until) == MilestoneState::Overdue =>
            {
                let kind = ChangeKind::BecameOverdue {
                    due: milestone.date,
                };
                changes.push(change(kind, Some(milestone.date), cited()));
            }
            _ => {}
        }
    }

    ChangeSet {
        since,
        until,
        changes,
    }
}
