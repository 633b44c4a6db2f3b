//! Facts dated after the snapshot's `as_of`: a source, a history entry, a milestone
//! marked done. The facts were checked on `as_of`, so nothing they record can have
//! happened later (a typo such as 2099 for 2025, or an entry written ahead). Deadlines
//! may lie ahead: a pending or cancelled milestone's date, a rescheduling's dates.

use super::capped::Capped;
use super::diagnostic::Diagnostic;
use crate::model::{CalendarDate, FuzzyDate, MilestoneStatus, Snapshot};

/// Warns about `date` when all of it lies after `as_of`; a quarter that contains
/// `as_of` may hold the fact.
fn check_fact(
    date: FuzzyDate,
    as_of: CalendarDate,
    what: &str,
    path: impl FnOnce() -> String,
    warnings: &mut Capped,
) {
    if date.start() > as_of {
        warnings.push_with(|| {
            let message = format!(
                "{what} dated {date}, after the snapshot's as_of ({as_of}); \
                 a fact cannot be dated after the day the facts were checked"
            );
            Diagnostic::new(path(), message)
        });
    }
}

pub fn check(snapshot: &Snapshot, warnings: &mut Capped) {
    let as_of = snapshot.as_of;
    for (index, source) in snapshot.sources.iter().enumerate() {
        if let Some(date) = source.date {
            let path = || format!("sources[{index}].date");
            check_fact(date, as_of, "a source", path, warnings);
        }
    }
    for (index, line) in snapshot.action_lines.iter().enumerate() {
        for (k, entry) in line.history.iter().enumerate() {
            let path = || format!("action_lines[{index}].history[{k}].date");
            check_fact(entry.date, as_of, "a change", path, warnings);
        }
    }
    for (index, milestone) in snapshot.milestones.iter().enumerate() {
        if milestone.status == MilestoneStatus::Done {
            let path = || format!("milestones[{index}].date");
            check_fact(milestone.date, as_of, "done, but", path, warnings);
        }
        for (k, change) in milestone.history.iter().enumerate() {
            let path = || format!("milestones[{index}].history[{k}].date");
            check_fact(change.date, as_of, "a change", path, warnings);
        }
    }
}
