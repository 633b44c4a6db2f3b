//! Derived facts: what is overdue and how many of each status, always relative to a
//! reference date passed in by the caller.

use crate::model::{ActionLineStatus, CalendarDate, Milestone, MilestoneStatus, Snapshot};
use crate::sort::{sort_by, sorted_positions};

/// A milestone as a reader may see it on a given day, from what its record says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MilestoneState {
    Done,
    /// Pending, and its deadline has not passed.
    Pending,
    /// Late: pending when it was last checked, after its whole date interval.
    Overdue,
    /// Its deadline passed after it was last checked: whether it happened is not known.
    Unchecked,
    Cancelled,
}

impl MilestoneState {
    /// Every state, in the order a reader meets them in counts and the legend.
    pub const ALL: [MilestoneState; 5] = [
        MilestoneState::Done,
        MilestoneState::Overdue,
        MilestoneState::Pending,
        MilestoneState::Unchecked,
        MilestoneState::Cancelled,
    ];

    /// The one rule for "late": only a check made after the deadline can show it was
    /// missed. `checked` is the last day the milestone was verified (see [`checked_days`]).
    pub fn of(milestone: &Milestone, checked: CalendarDate, today: CalendarDate) -> Self {
        match milestone.status {
            MilestoneStatus::Done => MilestoneState::Done,
            MilestoneStatus::Cancelled => MilestoneState::Cancelled,
            MilestoneStatus::Pending if milestone.date.ended_before(checked) => {
                MilestoneState::Overdue
            }
            MilestoneStatus::Pending if milestone.date.ended_before(today) => {
                MilestoneState::Unchecked
            }
            MilestoneStatus::Pending => MilestoneState::Pending,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            MilestoneState::Done => "done",
            MilestoneState::Pending => "pending",
            MilestoneState::Overdue => "overdue",
            MilestoneState::Unchecked => "unchecked",
            MilestoneState::Cancelled => "cancelled",
        }
    }
}

/// The day each milestone was last checked, by index: its own `checked`, else its action
/// line's, else the snapshot's `as_of`. Linear in the snapshot's size.
pub fn checked_days(snapshot: &Snapshot) -> Vec<CalendarDate> {
    // A sorted list searched by id: validation already refused repeated ids.
    let mut lines: Vec<(&str, Option<CalendarDate>)> = snapshot
        .action_lines
        .iter()
        .map(|line| (line.id.as_str(), line.checked))
        .collect();
    sort_by(&mut lines, |a, b| a.0.cmp(b.0));
    let line_checked = |id: &str| {
        lines
            .binary_search_by_key(&id, |&(id, _)| id)
            .ok()
            .and_then(|index| lines[index].1)
    };
    snapshot
        .milestones
        .iter()
        .map(|milestone| {
            milestone
                .checked
                .or_else(|| line_checked(&milestone.action_line))
                .unwrap_or(snapshot.as_of)
        })
        .collect()
}

/// Every milestone's state on `today`, by index.
pub fn milestone_states(snapshot: &Snapshot, today: CalendarDate) -> Vec<MilestoneState> {
    snapshot
        .milestones
        .iter()
        .zip(checked_days(snapshot))
        .map(|(milestone, checked)| MilestoneState::of(milestone, checked, today))
        .collect()
}

/// Indices of `milestones` in date order (start, then narrower first, then document order).
pub fn date_order(milestones: &[Milestone]) -> Vec<usize> {
    sorted_positions(milestones.len(), &|a, b| {
        (milestones[a].date.sort_key()).cmp(&milestones[b].date.sort_key())
    })
}

/// How many milestones are in each state on one day, counted in one pass.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StateTally {
    pub done: usize,
    pub pending: usize,
    pub overdue: usize,
    pub unchecked: usize,
    pub cancelled: usize,
}

impl StateTally {
    pub fn of(states: impl IntoIterator<Item = MilestoneState>) -> Self {
        let mut tally = StateTally::default();
        for state in states {
            tally.add(state);
        }
        tally
    }

    pub fn add(&mut self, state: MilestoneState) {
        match state {
            MilestoneState::Done => self.done += 1,
            MilestoneState::Pending => self.pending += 1,
            MilestoneState::Overdue => self.overdue += 1,
            MilestoneState::Unchecked => self.unchecked += 1,
            MilestoneState::Cancelled => self.cancelled += 1,
        }
    }

    /// How many are in `state`.
    pub fn count(self, state: MilestoneState) -> usize {
        match state {
            MilestoneState::Done => self.done,
            MilestoneState::Pending => self.pending,
            MilestoneState::Overdue => self.overdue,
            MilestoneState::Unchecked => self.unchecked,
            MilestoneState::Cancelled => self.cancelled,
        }
    }

    /// Both tallies together.
    pub fn merged(self, other: StateTally) -> StateTally {
        StateTally {
            done: self.done + other.done,
            pending: self.pending + other.pending,
            overdue: self.overdue + other.overdue,
            unchecked: self.unchecked + other.unchecked,
            cancelled: self.cancelled + other.cancelled,
        }
    }

    pub fn total(self) -> usize {
        self.done + self.pending + self.overdue + self.unchecked + self.cancelled
    }
}

/// How many action lines have each status, in the vocabulary's order.
pub fn action_line_counts(snapshot: &Snapshot) -> Vec<(ActionLineStatus, usize)> {
    ActionLineStatus::ALL
        .iter()
        .map(|&status| {
            let count = snapshot
                .action_lines
                .iter()
                .filter(|line| line.status == status)
                .count();
            (status, count)
        })
        .collect()
}

/// How many of `states` are in each state, in the order of the keywords' life: done,
/// pending, overdue, unchecked, cancelled.
pub fn milestone_counts(states: &[MilestoneState]) -> Vec<(MilestoneState, usize)> {
    use MilestoneState::*;
    let tally = StateTally::of(states.iter().copied());
    [Done, Pending, Overdue, Unchecked, Cancelled]
        .into_iter()
        .map(|state| (state, tally.count(state)))
        .collect()
}
