//! What changed from one snapshot of a strategy to the next: items added, removed and
//! retitled, statuses, dates that moved, budgets and new sources.

use std::collections::BTreeSet;

use super::change::{Change, ChangeKind, ChangeSet, ItemKind};
use super::ids::first_positions;
use super::slip::slip;
use super::sources::SourceIndex;
use crate::model::{ActionLine, FuzzyDate, Milestone, MilestoneStatus, Snapshot, Text};

/// The ids an item cites now and did not before; all it cites when none is new. A set
/// of the earlier ids, so an item citing hundreds of sources stays n log n.
fn fresh_citations<'a>(before: &[String], now: &'a [String]) -> Vec<&'a str> {
    let before: BTreeSet<&str> = before.iter().map(String::as_str).collect();
    let fresh: Vec<&str> = now
        .iter()
        .map(String::as_str)
        .filter(|id| !before.contains(id))
        .collect();
    if fresh.is_empty() {
        now.iter().map(String::as_str).collect()
    } else {
        fresh
    }
}

fn budget_total(line: &ActionLine) -> u64 {
    line.budget
        .iter()
        .fold(0, |total: u64, item| total.saturating_add(item.amount_eur))
}

/// Collects the changes of the items of one kind.
struct Changes<'a> {
    item: ItemKind,
    old_sources: SourceIndex<'a>,
    new_sources: SourceIndex<'a>,
    list: Vec<Change>,
}

impl<'a> Changes<'a> {
    fn push<'i>(
        &mut self,
        id: &str,
        title: &Text,
        kind: ChangeKind,
        date: Option<FuzzyDate>,
        cited: impl IntoIterator<Item = &'i str>,
    ) {
        self.list.push(Change {
            item: self.item,
            id: id.to_owned(),
            title: title.clone(),
            kind,
            date,
            cited: self.new_sources.cite(cited),
        });
    }

    fn removed(&mut self, id: &str, title: &Text, cited: &[String]) {
        self.list.push(Change {
            item: self.item,
            id: id.to_owned(),
            title: title.clone(),
            kind: ChangeKind::Removed,
            date: None,
            cited: self.old_sources.cite(cited.iter().map(String::as_str)),
        });
    }

    fn line(&mut self, old: &ActionLine, new: &ActionLine) {
        let cited = fresh_citations(&old.sources, &new.sources);
        if old.title != new.title {
            let kind = ChangeKind::Retitled {
                from: old.title.clone(),
            };
            self.push(&new.id, &new.title, kind, None, cited.iter().copied());
        }
        if old.status != new.status {
            // The history entry that records the new status, when there is one.
            let recorded = new
                .history
                .iter()
                .filter(|entry| entry.status == new.status)
                .max_by_key(|entry| entry.date.sort_key());
            let kind = ChangeKind::LineStatus {
                from: Some(old.status),
                to: new.status,
            };
            match recorded {
                Some(entry) => {
                    let source = [entry.source.as_str()];
                    self.push(&new.id, &new.title, kind, Some(entry.date), source);
                }
                None => self.push(&new.id, &new.title, kind, None, cited.iter().copied()),
            }
        }
        let (from, to) = (budget_total(old), budget_total(new));
        if from != to {
            let budget_sources: Vec<&str> = new.budget.iter().map(|i| i.source.as_str()).collect();
            let kind = ChangeKind::Budget { from, to };
            self.push(&new.id, &new.title, kind, None, budget_sources);
        }
    }

    fn milestone(&mut self, old: &Milestone, new: &Milestone, as_of: (FuzzyDate, FuzzyDate)) {
        let cited = fresh_citations(&old.sources, &new.sources);
        if old.title != new.title {
            let kind = ChangeKind::Retitled {
                from: old.title.clone(),
            };
            self.push(&new.id, &new.title, kind, None, cited.iter().copied());
        }
        if old.status != new.status {
            let recorded = new
                .history
                .iter()
                .filter(|entry| entry.status == Some(new.status))
                .max_by_key(|entry| entry.date.sort_key());
            let kind = ChangeKind::MilestoneStatus {
                from: Some(old.status),
                to: new.status,
            };
            match recorded {
                Some(entry) => {
                    let source = [entry.source.as_str()];
                    self.push(&new.id, &new.title, kind, Some(entry.date), source);
                }
                None => self.push(&new.id, &new.title, kind, None, cited.iter().copied()),
            }
        }
        if old.date != new.date {
            let recorded = new
                .history
                .iter()
                .filter(|entry| entry.rescheduled.is_some_and(|moved| moved.to == new.date))
                .max_by_key(|entry| entry.date.sort_key());
            let kind = ChangeKind::Rescheduled {
                from: old.date,
                to: new.date,
                slip: slip(old.date, new.date),
            };
            match recorded {
                Some(entry) => {
                    let source = [entry.source.as_str()];
                    self.push(&new.id, &new.title, kind, Some(entry.date), source);
                }
                None => self.push(&new.id, &new.title, kind, None, cited.iter().copied()),
            }
        }
        let (old_as_of, new_as_of) = as_of;
        let overdue = |milestone: &Milestone, as_of: FuzzyDate| {
            milestone.status == MilestoneStatus::Pending && milestone.date.end() < as_of.start()
        };
        if overdue(new, new_as_of) && !overdue(old, old_as_of) {
            let kind = ChangeKind::BecameOverdue { due: new.date };
            let cited = new.sources.iter().map(String::as_str);
            self.push(&new.id, &new.title, kind, Some(new.date), cited);
        }
    }
}

/// The changes from `old` to `new`: lines, then milestones, then sources, each in the
/// order the newer document lists them, removed items after the rest.
pub fn changes_between(old: &Snapshot, new: &Snapshot) -> ChangeSet {
    let mut changes = Changes {
        item: ItemKind::ActionLine,
        old_sources: SourceIndex::of(old),
        new_sources: SourceIndex::of(new),
        list: Vec::new(),
    };

    let old_lines = first_positions(old.action_lines.iter().map(|line| line.id.as_str()));
    let new_lines = first_positions(new.action_lines.iter().map(|line| line.id.as_str()));
    for line in &new.action_lines {
        let before = old_lines.get(line.id.as_str());
        match before.and_then(|&position| old.action_lines.get(position)) {
            Some(old_line) => changes.line(old_line, line),
            None => {
                let cited = line.sources.iter().map(String::as_str);
                changes.push(&line.id, &line.title, ChangeKind::Added, None, cited);
            }
        }
    }
    for line in &old.action_lines {
        if !new_lines.contains_key(line.id.as_str()) {
            changes.removed(&line.id, &line.title, &line.sources);
        }
    }

    changes.item = ItemKind::Milestone;
    let as_of = (FuzzyDate::Day(old.as_of), FuzzyDate::Day(new.as_of));
    let old_milestones = first_positions(old.milestones.iter().map(|m| m.id.as_str()));
    let new_milestones = first_positions(new.milestones.iter().map(|m| m.id.as_str()));
    for milestone in &new.milestones {
        let before = old_milestones.get(milestone.id.as_str());
        match before.and_then(|&position| old.milestones.get(position)) {
            Some(old_milestone) => changes.milestone(old_milestone, milestone, as_of),
            None => {
                let cited = milestone.sources.iter().map(String::as_str);
                let (id, title, date) = (&milestone.id, &milestone.title, Some(milestone.date));
                changes.push(id, title, ChangeKind::Added, date, cited);
            }
        }
    }
    for milestone in &old.milestones {
        if !new_milestones.contains_key(milestone.id.as_str()) {
            changes.removed(&milestone.id, &milestone.title, &milestone.sources);
        }
    }

    changes.item = ItemKind::Source;
    let old_source_ids = first_positions(old.sources.iter().map(|source| source.id.as_str()));
    for source in &new.sources {
        if !old_source_ids.contains_key(source.id.as_str()) {
            let (id, title, date) = (&source.id, &source.title, source.date);
            changes.push(id, title, ChangeKind::Added, date, [source.id.as_str()]);
        }
    }

    ChangeSet {
        since: old.as_of,
        until: new.as_of,
        changes: changes.list,
    }
}
