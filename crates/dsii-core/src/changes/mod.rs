//! Following a strategy over time: what changed within one snapshot's period, from its
//! own dated facts, and what changed from one snapshot to the next. The widget and the
//! `dsii` command share these.

mod between;
mod change;
mod period;
mod slip;
mod sources;
mod within;

pub use between::changes_between;
pub use change::{Change, ChangeKind, ChangeSet, ChangesByItem, ItemKind, ShownChanges};
pub use period::{comparison, Comparison, DEFAULT_DAYS_BACK};
pub use slip::{slip, DateUnit, Slip};
pub use sources::{Cited, MAX_CITED};
pub use within::changes_within;
