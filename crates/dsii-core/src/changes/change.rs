//! A change set: what moved in a strategy over a period, item by item, each change
//! with the sources that report it.

use std::sync::Arc;

use super::slip::Slip;
use super::sources::Cited;
use crate::model::{ActionLineStatus, CalendarDate, FuzzyDate, MilestoneStatus, Text};
use crate::sort::sort_by;

/// What a change is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ItemKind {
    ActionLine,
    Milestone,
    Source,
}

impl ItemKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::ActionLine => "action_line",
            ItemKind::Milestone => "milestone",
            ItemKind::Source => "source",
        }
    }
}

/// What happened to the item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeKind {
    Added,
    Removed,
    Retitled {
        from: Text,
    },
    LineStatus {
        from: Option<ActionLineStatus>,
        to: ActionLineStatus,
    },
    MilestoneStatus {
        from: Option<MilestoneStatus>,
        to: MilestoneStatus,
    },
    /// A milestone done in the period, known from its date rather than a status change.
    Done,
    /// The milestone's date moved; `slip` when its deadline moved later.
    Rescheduled {
        from: FuzzyDate,
        to: FuzzyDate,
        slip: Option<Slip>,
    },
    /// A pending commitment whose date passed in the period.
    BecameOverdue {
        due: FuzzyDate,
    },
    /// The action line's total budget, in whole euros.
    Budget {
        from: u64,
        to: u64,
    },
}

impl ChangeKind {
    /// A stable keyword for machine-readable output and CSS classes.
    pub fn as_str(&self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Retitled { .. } => "retitled",
            ChangeKind::LineStatus { .. } | ChangeKind::MilestoneStatus { .. } => "status",
            ChangeKind::Done => "done",
            ChangeKind::Rescheduled { slip: Some(_), .. } => "slipped",
            ChangeKind::Rescheduled { .. } => "rescheduled",
            ChangeKind::BecameOverdue { .. } => "overdue",
            ChangeKind::Budget { .. } => "budget",
        }
    }
}

/// One change of one item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub item: ItemKind,
    pub id: String,
    /// The item's title as it is now, or as it was when it was removed; shared by the
    /// item's changes, since a history may give one item hundreds.
    pub title: Arc<Text>,
    pub kind: ChangeKind,
    /// When it happened, when the documents say so.
    pub date: Option<FuzzyDate>,
    /// The sources that report it, as the documents describe them.
    pub cited: Cited,
}

/// The changes of a period, in a stable order: by kind of item, then as the documents
/// list the items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeSet {
    /// The first day of the period (the previous snapshot's `as_of` for a comparison).
    pub since: CalendarDate,
    /// The last day: the newer snapshot's `as_of`.
    pub until: CalendarDate,
    pub changes: Vec<Change>,
}

impl ChangeSet {
    /// The positions of each item's changes, for its badges; built once, so looking up
    /// every card stays n log n.
    pub fn by_item(&self) -> ChangesByItem {
        let mut by_item: Vec<(ItemKind, String, usize)> = self
            .changes
            .iter()
            .enumerate()
            .map(|(index, change)| (change.item, change.id.clone(), index))
            .collect();
        sort_by(&mut by_item, Ord::cmp);
        ChangesByItem(by_item)
    }
}

/// Each item's changes by position in their set, sorted by item: a sorted list and a
/// binary search, not a tree, in the wasm.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChangesByItem(Vec<(ItemKind, String, usize)>);

impl ChangesByItem {
    /// The positions of the changes to `item` `id`, in their set's order.
    pub fn positions(&self, item: ItemKind, id: &str) -> Vec<usize> {
        let start = self
            .0
            .partition_point(|(kind, known, _)| (*kind, known.as_str()) < (item, id));
        self.0[start..]
            .iter()
            .take_while(|(kind, known, _)| *kind == item && known == id)
            .map(|&(_, _, position)| position)
            .collect()
    }
}

/// A change set as the changes view shows it, with each item's changes at hand for
/// the badges on cards and timeline items.
#[derive(Debug, PartialEq)]
pub struct ShownChanges {
    pub set: Arc<ChangeSet>,
    by_item: ChangesByItem,
}

impl ShownChanges {
    pub fn new(set: Arc<ChangeSet>) -> Self {
        let by_item = set.by_item();
        Self { set, by_item }
    }

    /// The changes to `item` `id`, in their set's order.
    pub fn of(&self, item: ItemKind, id: &str) -> impl Iterator<Item = &Change> {
        let positions = self.by_item.positions(item, id);
        positions
            .into_iter()
            .filter_map(|position| self.set.changes.get(position))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_items_changes_are_found_by_kind_and_id_in_their_order_and_no_others() {
        let mut sorted: Vec<(ItemKind, String, usize)> = [
            (ItemKind::Milestone, "m1", 0),
            (ItemKind::ActionLine, "m1", 1),
            (ItemKind::Milestone, "m1", 2),
            (ItemKind::Milestone, "m10", 3),
        ]
        .into_iter()
        .map(|(kind, id, position)| (kind, id.to_owned(), position))
        .collect();
        sorted.sort();
        let by_item = ChangesByItem(sorted);
        assert_eq!(by_item.positions(ItemKind::Milestone, "m1"), [0, 2]);
        assert_eq!(by_item.positions(ItemKind::ActionLine, "m1"), [1]);
        assert!(by_item.positions(ItemKind::Source, "m1").is_empty());
        assert!(by_item.positions(ItemKind::Milestone, "m").is_empty());
    }
}
