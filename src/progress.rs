//! Derived facts: what is overdue and how many of each status, always relative to a
//! reference date passed in by the caller.

use crate::model::{ActionLineStatus, CalendarDate, Milestone, MilestoneStatus, Snapshot};

/// A milestone as a reader sees it on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MilestoneState {
    Done,
    Pending,
    /// Pending, and its whole date interval lies before the reference date.
    Overdue,
    Cancelled,
}

impl MilestoneState {
    pub fn of(milestone: &Milestone, today: CalendarDate) -> Self {
        match milestone.status {
            MilestoneStatus::Done => MilestoneState::Done,
            MilestoneStatus::Cancelled => MilestoneState::Cancelled,
            MilestoneStatus::Pending if milestone.date.ended_before(today) => {
                MilestoneState::Overdue
            }
            MilestoneStatus::Pending => MilestoneState::Pending,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            MilestoneState::Done => "done",
            MilestoneState::Pending => "pending",
            MilestoneState::Overdue => "overdue",
            MilestoneState::Cancelled => "cancelled",
        }
    }
}

/// Milestones in date order (start, then narrower first, then document order).
pub fn milestones_by_date(snapshot: &Snapshot) -> Vec<&Milestone> {
    let mut milestones: Vec<&Milestone> = snapshot.milestones.iter().collect();
    milestones.sort_by_key(|milestone| milestone.date.sort_key());
    milestones
}

/// Pending milestones whose date has passed, in date order.
pub fn overdue_milestones(snapshot: &Snapshot, today: CalendarDate) -> Vec<&Milestone> {
    milestones_by_date(snapshot)
        .into_iter()
        .filter(|milestone| MilestoneState::of(milestone, today) == MilestoneState::Overdue)
        .collect()
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

/// How many milestones are in each state on `today`.
pub fn milestone_counts(snapshot: &Snapshot, today: CalendarDate) -> Vec<(MilestoneState, usize)> {
    [
        MilestoneState::Done,
        MilestoneState::Pending,
        MilestoneState::Overdue,
        MilestoneState::Cancelled,
    ]
    .into_iter()
    .map(|state| {
        let count = snapshot
            .milestones
            .iter()
            .filter(|milestone| MilestoneState::of(milestone, today) == state)
            .count();
        (state, count)
    })
    .collect()
}
