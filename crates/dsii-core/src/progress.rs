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

/// Indices of `milestones` in date order (start, then narrower first, then document order).
pub fn date_order(milestones: &[Milestone]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..milestones.len()).collect();
    order.sort_by_key(|&index| milestones[index].date.sort_key());
    order
}

/// Pending milestones whose date has passed, in date order.
pub fn overdue_milestones(snapshot: &Snapshot, today: CalendarDate) -> Vec<&Milestone> {
    date_order(&snapshot.milestones)
        .into_iter()
        .map(|index| &snapshot.milestones[index])
        .filter(|milestone| MilestoneState::of(milestone, today) == MilestoneState::Overdue)
        .collect()
}

/// How many milestones are in each state on one day, counted in one pass.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StateTally {
    pub done: usize,
    pub pending: usize,
    pub overdue: usize,
    pub cancelled: usize,
}

impl StateTally {
    pub fn of<'a>(
        milestones: impl IntoIterator<Item = &'a Milestone>,
        today: CalendarDate,
    ) -> Self {
        let mut tally = StateTally::default();
        for milestone in milestones {
            tally.add(MilestoneState::of(milestone, today));
        }
        tally
    }

    pub fn add(&mut self, state: MilestoneState) {
        match state {
            MilestoneState::Done => self.done += 1,
            MilestoneState::Pending => self.pending += 1,
            MilestoneState::Overdue => self.overdue += 1,
            MilestoneState::Cancelled => self.cancelled += 1,
        }
    }

    /// Both tallies together.
    pub fn merged(self, other: StateTally) -> StateTally {
        StateTally {
            done: self.done + other.done,
            pending: self.pending + other.pending,
            overdue: self.overdue + other.overdue,
            cancelled: self.cancelled + other.cancelled,
        }
    }

    pub fn total(self) -> usize {
        self.done + self.pending + self.overdue + self.cancelled
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

/// How many milestones are in each state on `today`, in a fixed order.
pub fn milestone_counts(snapshot: &Snapshot, today: CalendarDate) -> Vec<(MilestoneState, usize)> {
    let tally = StateTally::of(&snapshot.milestones, today);
    vec![
        (MilestoneState::Done, tally.done),
        (MilestoneState::Pending, tally.pending),
        (MilestoneState::Overdue, tally.overdue),
        (MilestoneState::Cancelled, tally.cancelled),
    ]
}
