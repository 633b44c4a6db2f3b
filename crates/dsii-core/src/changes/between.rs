//! What changed from one snapshot of a strategy to the next: items added, removed and
//! retitled, statuses, dates that moved, budgets and new sources.

use std::sync::Arc;

use super::change::{Change, ChangeKind, ChangeSet, ItemKind};
use super::slip::slip;
use super::sources::SourceIndex;
use crate::ids::{first_positions, FirstPositions};
use crate::model::{ActionLine, CalendarDate, FuzzyDate, Milestone, Snapshot, Text};
use crate::progress::{milestone_states, MilestoneState};

/// The ids in `now` that are not in `before`; all of `now` when none is new. A set of
/// the earlier ids, so an item citing hundreds of sources stays n log n.
fn fresh<'n>(before: FirstPositions, now: Vec<&'n str>) -> Vec<&'n str> {
    let fresh: Vec<&str> = now
        .iter()
        .copied()
        .filter(|id| !before.contains(id))
        .collect();
    if fresh.is_empty() {
        now
    } else {
        fresh
    }
}

/// The sources an item cites now and did not before; all it cites when none is new.
fn fresh_citations<'a>(before: &[String], now: &'a [String]) -> Vec<&'a str> {
    let before = first_positions(before.iter().map(String::as_str));
    fresh(before, now.iter().map(String::as_str).collect())
}

fn budget_total(line: &ActionLine) -> u64 {
    line.budget
        .iter()
        .fold(0, |total: u64, item| total.saturating_add(item.amount_eur))
}

/// The sources of a budget change: those the budget cites newly, else all it cites, else
/// (a budget dropped to nothing) those the line cites newly.
fn budget_citations<'a>(old: &ActionLine, new: &'a ActionLine) -> Vec<&'a str> {
    let before = first_positions(old.budget.iter().map(|item| item.source.as_str()));
    let cited = fresh(
        before,
        new.budget.iter().map(|item| item.source.as_str()).collect(),
    );
    if cited.is_empty() {
        fresh_citations(&old.sources, &new.sources)
    } else {
        cited
    }
}

/// Collects the changes of one item of the newer snapshot.
struct Changes<'a> {
    item: ItemKind,
    /// The period: the older snapshot's `as_of`, then the newer one's.
    since: CalendarDate,
    until: CalendarDate,
    old_sources: SourceIndex<'a>,
    new_sources: SourceIndex<'a>,
    list: Vec<Change>,
}

impl<'a> Changes<'a> {
    /// The date and source of the latest entry of `history` that `records` this change,
    /// among those whose date may fall in the period: an older entry does not report this
    /// change, whatever it says.
    fn recorded_in<'h, T>(
        &self,
        history: &'h [T],
        records: &dyn Fn(&'h T) -> Option<(FuzzyDate, &'h str)>,
    ) -> Option<(FuzzyDate, &'h str)> {
        history
            .iter()
            .filter_map(records)
            .filter(|(date, _)| date.end() > self.since && date.start() <= self.until)
            .max_by_key(|(date, _)| date.sort_key())
    }

    /// One change of the item with this id and title; the title is copied only here, as
    /// most items compared have no change at all.
    fn push<'i>(
        &mut self,
        (id, title): (&str, &Text),
        kind: ChangeKind,
        date: Option<FuzzyDate>,
        cited: impl IntoIterator<Item = &'i str>,
    ) {
        self.list.push(Change {
            item: self.item,
            id: id.to_owned(),
            title: Arc::new(title.clone()),
            kind,
            date,
            cited: self.new_sources.cite(cited),
        });
    }

    /// A change that a history entry of the period records, dated and cited by it; else
    /// undated, citing what the item cites newly.
    fn push_recorded(
        &mut self,
        item: (&str, &Text),
        kind: ChangeKind,
        recorded: Option<(FuzzyDate, &str)>,
        cited: &[&str],
    ) {
        match recorded {
            Some((date, source)) => self.push(item, kind, Some(date), [source]),
            None => self.push(item, kind, None, cited.iter().copied()),
        }
    }

    fn retitled(&mut self, item: (&str, &Text), from: &Text, cited: &[&str]) {
        if from != item.1 {
            let kind = ChangeKind::Retitled { from: from.clone() };
            self.push(item, kind, None, cited.iter().copied());
        }
    }

    fn added(&mut self, id: &str, title: &Text, date: Option<FuzzyDate>, cited: &[String]) {
        let cited = cited.iter().map(String::as_str);
        self.push((id, title), ChangeKind::Added, date, cited);
    }

    fn removed(&mut self, id: &str, title: &Text, cited: &[String]) {
        self.list.push(Change {
            item: self.item,
            id: id.to_owned(),
            title: Arc::new(title.clone()),
            kind: ChangeKind::Removed,
            date: None,
            cited: self.old_sources.cite(cited.iter().map(String::as_str)),
        });
    }

    fn line(&mut self, old: &ActionLine, new: &ActionLine) {
        let item = (new.id.as_str(), &new.title);
        let cited = fresh_citations(&old.sources, &new.sources);
        self.retitled(item, &old.title, &cited);
        if old.status != new.status {
            let recorded = self.recorded_in(&new.history, &|entry| {
                (entry.status == new.status).then_some((entry.date, entry.source.as_str()))
            });
            let kind = ChangeKind::LineStatus {
                from: Some(old.status),
                to: new.status,
            };
            self.push_recorded(item, kind, recorded, &cited);
        }
        let (from, to) = (budget_total(old), budget_total(new));
        if from != to {
            let kind = ChangeKind::Budget { from, to };
            self.push(item, kind, None, budget_citations(old, new));
        }
    }

    /// `late`: whether each was late at its own snapshot's `as_of`, by the one rule.
    fn milestone(&mut self, old: &Milestone, new: &Milestone, late: (bool, bool)) {
        let item = (new.id.as_str(), &new.title);
        let cited = fresh_citations(&old.sources, &new.sources);
        self.retitled(item, &old.title, &cited);
        if old.status != new.status {
            let recorded = self.recorded_in(&new.history, &|entry| {
                let records = entry.status == Some(new.status);
                records.then_some((entry.date, entry.source.as_str()))
            });
            let kind = ChangeKind::MilestoneStatus {
                from: Some(old.status),
                to: new.status,
            };
            self.push_recorded(item, kind, recorded, &cited);
        }
        if old.date != new.date {
            let recorded = self.recorded_in(&new.history, &|entry| {
                let records = entry.rescheduled.is_some_and(|moved| moved.to == new.date);
                records.then_some((entry.date, entry.source.as_str()))
            });
            let kind = ChangeKind::Rescheduled {
                from: old.date,
                to: new.date,
                slip: slip(old.date, new.date),
            };
            self.push_recorded(item, kind, recorded, &cited);
        }
        if late == (false, true) {
            let kind = ChangeKind::BecameOverdue { due: new.date };
            let cited = new.sources.iter().map(String::as_str);
            self.push(item, kind, Some(new.date), cited);
        }
    }
}

/// The changes from `old` to `new`: lines, then milestones, then sources, each in the
/// order the newer document lists them, removed items after the rest.
pub fn changes_between(old: &Snapshot, new: &Snapshot) -> ChangeSet {
    let mut changes = Changes {
        item: ItemKind::ActionLine,
        since: old.as_of,
        until: new.as_of,
        old_sources: SourceIndex::of(old),
        new_sources: SourceIndex::of(new),
        list: Vec::new(),
    };

    let old_lines = first_positions(old.action_lines.iter().map(|line| line.id.as_str()));
    let new_lines = first_positions(new.action_lines.iter().map(|line| line.id.as_str()));
    for line in &new.action_lines {
        let before = old_lines.get(line.id.as_str());
        match before.and_then(|position| old.action_lines.get(position)) {
            Some(old_line) => changes.line(old_line, line),
            None => changes.added(&line.id, &line.title, None, &line.sources),
        }
    }
    for line in &old.action_lines {
        if !new_lines.contains(line.id.as_str()) {
            changes.removed(&line.id, &line.title, &line.sources);
        }
    }

    changes.item = ItemKind::Milestone;
    let late_at_as_of = |snapshot: &Snapshot| -> Vec<bool> {
        milestone_states(snapshot, snapshot.as_of)
            .into_iter()
            .map(|state| state == MilestoneState::Overdue)
            .collect()
    };
    let (old_late, new_late) = (late_at_as_of(old), late_at_as_of(new));
    let old_milestones = first_positions(old.milestones.iter().map(|m| m.id.as_str()));
    let new_milestones = first_positions(new.milestones.iter().map(|m| m.id.as_str()));
    for (index, milestone) in new.milestones.iter().enumerate() {
        let before = old_milestones.get(milestone.id.as_str());
        match before.and_then(|position| Some((position, old.milestones.get(position)?))) {
            Some((position, old_milestone)) => {
                let late = (old_late[position], new_late[index]);
                changes.milestone(old_milestone, milestone, late)
            }
            None => {
                let (id, title, date) = (&milestone.id, &milestone.title, Some(milestone.date));
                changes.added(id, title, date, &milestone.sources);
            }
        }
    }
    for milestone in &old.milestones {
        if !new_milestones.contains(milestone.id.as_str()) {
            changes.removed(&milestone.id, &milestone.title, &milestone.sources);
        }
    }

    changes.item = ItemKind::Source;
    let old_source_ids = first_positions(old.sources.iter().map(|source| source.id.as_str()));
    for source in &new.sources {
        if !old_source_ids.contains(source.id.as_str()) {
            let cited = std::slice::from_ref(&source.id);
            changes.added(&source.id, &source.title, source.date, cited);
        }
    }

    ChangeSet {
        since: old.as_of,
        until: new.as_of,
        changes: changes.list,
    }
}
