//! Which action lines and milestones a reader's filters let through. Cards and timeline
//! share one filter, so they always tell the same story.

use crate::model::{ActionLineStatus, CalendarDate};
use crate::prepared::PreparedSnapshot;
use crate::progress::{MilestoneState, StateTally};
use crate::search::Query;
use crate::status_set::StatusSet;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Action-line statuses to show; empty shows all.
    pub statuses: StatusSet,
    /// A pillar id; `None` shows all pillars.
    pub pillar: Option<String>,
    /// Only late milestones, and action lines that have one.
    pub overdue_only: bool,
    /// Only milestones whose deadline passed after their last check, and lines that have
    /// one. With `overdue_only` too, either state passes.
    pub unchecked_only: bool,
    /// Free text, matched without regard to case or diacritics.
    pub query: String,
}

/// What passes a filter, in display order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// Action-line indices, in document order.
    pub lines: Vec<usize>,
    /// Milestone indices, in date order.
    pub milestones: Vec<usize>,
}

impl Filter {
    pub fn is_active(&self) -> bool {
        *self != Filter::default()
    }

    /// How many filters are set: each status, the pillar, each milestone state, the search.
    pub fn active_count(&self) -> usize {
        self.statuses.len()
            + usize::from(self.pillar.is_some())
            + usize::from(self.overdue_only)
            + usize::from(self.unchecked_only)
            + usize::from(!self.query.is_empty())
    }

    /// Whether the filter asks for milestones in `state` only (late, or not checked).
    pub fn only(&self, state: MilestoneState) -> bool {
        match state {
            MilestoneState::Overdue => self.overdue_only,
            MilestoneState::Unchecked => self.unchecked_only,
            _ => false,
        }
    }

    /// Whether any state filter is set.
    pub fn filters_states(&self) -> bool {
        self.overdue_only || self.unchecked_only
    }

    /// Asks for milestones in `state` only, or stops asking; other states have no filter.
    pub fn set_only(&mut self, state: MilestoneState, on: bool) {
        match state {
            MilestoneState::Overdue => self.overdue_only = on,
            MilestoneState::Unchecked => self.unchecked_only = on,
            _ => {}
        }
    }

    pub fn toggle_status(&mut self, status: ActionLineStatus) {
        if !self.statuses.remove(status) {
            self.statuses.insert(status);
        }
    }
}

/// Parts of a filter a count leaves out, to show what choosing them would give.
#[derive(Clone, Copy)]
struct Ignore {
    status: bool,
    pillar: bool,
}

impl Ignore {
    const NOTHING: Ignore = Ignore {
        status: false,
        pillar: false,
    };
    const STATUS: Ignore = Ignore {
        status: true,
        pillar: false,
    };
}

/// A filter compiled against one snapshot and one reference date.
struct Matcher<'a> {
    prepared: &'a PreparedSnapshot,
    filter: &'a Filter,
    query: Query,
    today: CalendarDate,
}

impl<'a> Matcher<'a> {
    fn new(prepared: &'a PreparedSnapshot, filter: &'a Filter, today: CalendarDate) -> Self {
        Self {
            prepared,
            filter,
            query: Query::new(&filter.query, prepared.lowercase()),
            today,
        }
    }

    /// Whether the milestone's state passes the state filters (all do when none is set).
    fn state_fits(&self, milestone: usize) -> bool {
        !self.filter.filters_states()
            || self
                .filter
                .only(self.prepared.milestone_state(milestone, self.today))
    }

    /// Pillar and status, unless ignored.
    fn line_in_scope(&self, line: usize, ignore: Ignore) -> bool {
        let action_line = &self.prepared.snapshot.action_lines[line];
        let status_ok = ignore.status
            || self.filter.statuses.is_empty()
            || self.filter.statuses.contains(action_line.status);
        let pillar_ok = ignore.pillar
            || self
                .filter
                .pillar
                .as_ref()
                .is_none_or(|pillar| *pillar == action_line.pillar);
        status_ok && pillar_ok
    }

    fn line_fits(&self, line: usize, ignore: Ignore) -> bool {
        if !self.line_in_scope(line, ignore) {
            return false;
        }
        let milestones = self.prepared.line_milestones(line);
        if self.filter.filters_states() && !milestones.iter().any(|&m| self.state_fits(m)) {
            return false;
        }
        self.query.matches(self.prepared.line_search(line))
            || milestones
                .iter()
                .any(|&m| self.query.matches(self.prepared.milestone_search(m)))
    }

    fn milestone_fits(&self, milestone: usize, ignore: Ignore) -> bool {
        let line = self.prepared.milestone_line(milestone);
        self.line_in_scope(line, ignore)
            && self.state_fits(milestone)
            && (self
                .query
                .matches(self.prepared.milestone_search(milestone))
                || self.query.matches(self.prepared.line_search(line)))
    }
}

/// The action lines and milestones that pass `filter` on `today`.
pub fn select(prepared: &PreparedSnapshot, filter: &Filter, today: CalendarDate) -> Selection {
    let matcher = Matcher::new(prepared, filter, today);
    Selection {
        lines: (0..prepared.snapshot.action_lines.len())
            .filter(|&line| matcher.line_fits(line, Ignore::NOTHING))
            .collect(),
        milestones: prepared
            .milestones_by_date()
            .iter()
            .copied()
            .filter(|&milestone| matcher.milestone_fits(milestone, Ignore::NOTHING))
            .collect(),
    }
}

/// For each status, how many action lines would show if it were the only status
/// chosen, with every other filter as it is: the counts beside the status toggles.
pub fn status_counts(
    prepared: &PreparedSnapshot,
    filter: &Filter,
    today: CalendarDate,
) -> Vec<(ActionLineStatus, usize)> {
    let matcher = Matcher::new(prepared, filter, today);
    let fitting: Vec<usize> = (0..prepared.snapshot.action_lines.len())
        .filter(|&line| matcher.line_fits(line, Ignore::STATUS))
        .collect();
    ActionLineStatus::ALL
        .iter()
        .map(|&status| {
            let count = fitting
                .iter()
                .filter(|&&line| prepared.snapshot.action_lines[line].status == status)
                .count();
            (status, count)
        })
        .collect()
}

/// A pillar card's counts: what the filters would show with this pillar chosen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PillarTally {
    /// Action lines per status, in `ActionLineStatus::ALL` order, as the status
    /// toggles count them (every status, other filters as they are).
    pub lines: [usize; ActionLineStatus::ALL.len()],
    /// The milestones the timeline would show, by state.
    pub milestones: StateTally,
}

impl PillarTally {
    pub fn line_total(&self) -> usize {
        self.lines.iter().sum()
    }
}

/// One tally per pillar, in the snapshot's order, counted in one pass over lines and
/// milestones: cards for a hundred pillars cost no more than one. `shown` is what
/// `select` gives for the same filter and day; with no pillar chosen, its milestones
/// are the ones to count, so they are not matched a second time.
pub fn pillar_tallies(
    prepared: &PreparedSnapshot,
    filter: &Filter,
    today: CalendarDate,
    shown: &Selection,
) -> Vec<PillarTally> {
    let snapshot = &prepared.snapshot;
    let matcher = Matcher::new(prepared, filter, today);
    let mut tallies = vec![PillarTally::default(); snapshot.pillars.len()];
    let any_pillar = Ignore {
        status: true,
        pillar: true,
    };
    for line in 0..snapshot.action_lines.len() {
        let pillar = prepared.line_pillar(line);
        if matcher.line_fits(line, any_pillar) {
            let status = snapshot.action_lines[line].status;
            if let Some(slot) = ActionLineStatus::ALL.iter().position(|&s| s == status) {
                tallies[pillar].lines[slot] += 1;
            }
        }
    }
    let count = |milestone: usize| {
        let pillar = prepared.line_pillar(prepared.milestone_line(milestone));
        let state = prepared.milestone_state(milestone, today);
        tallies[pillar].milestones.add(state);
    };
    if filter.pillar.is_none() {
        shown.milestones.iter().copied().for_each(count);
    } else {
        let any_pillar = Ignore {
            status: false,
            pillar: true,
        };
        (0..snapshot.milestones.len())
            .filter(|&milestone| matcher.milestone_fits(milestone, any_pillar))
            .for_each(count);
    }
    tallies
}
