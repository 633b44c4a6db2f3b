//! Which changes a reader is shown: those since a date they chose, else those since the
//! previous snapshot, else those of the last half year.

use crate::model::{CalendarDate, Snapshot};

/// How far back "what changed" looks when nothing says otherwise.
pub const DEFAULT_DAYS_BACK: i64 = 182;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparison {
    /// From the snapshot's own dated facts, since this day.
    Within(CalendarDate),
    /// With the previous snapshot the document names.
    WithPrevious,
}

pub fn comparison(snapshot: &Snapshot, since: Option<CalendarDate>) -> Comparison {
    match (since, &snapshot.previous) {
        (Some(since), _) => Comparison::Within(since),
        (None, Some(_)) => Comparison::WithPrevious,
        (None, None) => Comparison::Within(CalendarDate::from_days_since_epoch(
            snapshot.as_of.days_since_epoch() - DEFAULT_DAYS_BACK,
        )),
    }
}
