//! A set of action-line statuses as bits: the status filter. Five statuses need no
//! tree, and iterating in `ActionLineStatus::ALL` order is what links and chips want.

use crate::model::ActionLineStatus;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StatusSet(u8);

fn bit(status: ActionLineStatus) -> u8 {
    let index = ActionLineStatus::ALL
        .iter()
        .position(|&known| known == status)
        .unwrap_or(0);
    1 << index
}

impl StatusSet {
    pub fn contains(self, status: ActionLineStatus) -> bool {
        self.0 & bit(status) != 0
    }

    /// Adds `status`; whether it was missing.
    pub fn insert(&mut self, status: ActionLineStatus) -> bool {
        let missing = !self.contains(status);
        self.0 |= bit(status);
        missing
    }

    /// Removes `status`; whether it was there.
    pub fn remove(&mut self, status: ActionLineStatus) -> bool {
        let present = self.contains(status);
        self.0 &= !bit(status);
        present
    }

    pub fn clear(&mut self) {
        self.0 = 0;
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// The statuses in the set, in `ActionLineStatus::ALL` order.
    pub fn iter(self) -> impl Iterator<Item = ActionLineStatus> {
        ActionLineStatus::ALL
            .iter()
            .copied()
            .filter(move |&status| self.contains(status))
    }
}

impl FromIterator<ActionLineStatus> for StatusSet {
    fn from_iter<I: IntoIterator<Item = ActionLineStatus>>(statuses: I) -> Self {
        let mut set = StatusSet::default();
        for status in statuses {
            set.insert(status);
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ActionLineStatus::*;

    #[test]
    fn a_set_holds_each_status_once_and_lists_them_in_vocabulary_order() {
        let mut set: StatusSet = [Delayed, Planned, Delayed].into_iter().collect();
        assert_eq!(set.len(), 2);
        assert_eq!(set.iter().collect::<Vec<_>>(), [Planned, Delayed]);
        assert!(!set.insert(Planned));
        assert!(set.remove(Planned));
        assert!(!set.remove(Planned));
        assert!(set.contains(Delayed) && !set.contains(Achieved));
        set.clear();
        assert!(set.is_empty());
    }
}
