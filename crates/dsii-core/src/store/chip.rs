//! The active filters one by one, as the chips that take each away.

use crate::filter::Filter;
use crate::model::ActionLineStatus;

/// One active filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Chip {
    Status(ActionLineStatus),
    Pillar(String),
    OverdueOnly,
    UncheckedOnly,
    Query(String),
}

impl Chip {
    /// Every filter `filter` sets, in the order the chips show them.
    pub fn all(filter: &Filter) -> Vec<Chip> {
        let statuses = filter.statuses.iter().map(Chip::Status);
        let pillar = filter.pillar.clone().map(Chip::Pillar);
        let overdue = filter.overdue_only.then_some(Chip::OverdueOnly);
        let unchecked = filter.unchecked_only.then_some(Chip::UncheckedOnly);
        let query = (!filter.query.is_empty()).then(|| Chip::Query(filter.query.clone()));
        statuses
            .chain(pillar)
            .chain(overdue)
            .chain(unchecked)
            .chain(query)
            .collect()
    }

    pub(super) fn remove(&self, filter: &mut Filter) {
        match self {
            Chip::Status(status) => filter.toggle_status(*status),
            Chip::Pillar(_) => filter.pillar = None,
            Chip::OverdueOnly => filter.overdue_only = false,
            Chip::UncheckedOnly => filter.unchecked_only = false,
            Chip::Query(_) => filter.query.clear(),
        }
    }
}
