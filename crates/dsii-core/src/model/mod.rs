//! The snapshot's data model: plain types with no web dependency.

pub mod calendar;
pub mod fuzzy_date;
pub mod host;
pub mod language;
pub mod link;
pub mod script;
pub mod snapshot;
pub mod status;
pub mod text;

pub use calendar::CalendarDate;
pub use fuzzy_date::FuzzyDate;
pub use host::host_concerns;
pub use language::Language;
pub use link::link_target;
pub use snapshot::{
    ActionLine, BudgetItem, HistoryEntry, Milestone, MilestoneChange, Pillar, PreviousSnapshot,
    Publisher, Rescheduling, Snapshot, Source,
};
pub use status::{ActionLineStatus, MilestoneStatus};
pub use text::{Resolved, Text, Texts};
