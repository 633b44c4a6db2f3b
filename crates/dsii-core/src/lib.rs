//! The pure core of the policy monitor: the snapshot format, its validation, and everything
//! derived from it (statuses, filters, the timeline and its drawing, exports, the text of
//! both languages). It has no web dependency, and every function that depends on the date
//! takes it as a parameter, so the widget and the `dsii` command share it and it is tested
//! natively.

pub mod changes;
pub mod chart;
pub mod csv_cell;
pub mod embed_snippet;
pub mod export;
pub mod filter;
pub mod headings;
pub mod i18n;
pub(crate) mod ids;
pub mod model;
pub mod prepared;
pub mod progress;
pub mod release_pins;
#[cfg(feature = "schema")]
pub mod schema;
pub mod search;
pub(crate) mod sort;
pub mod source_policy;
pub mod status_set;
pub mod store;
pub mod timeline;
pub mod validate;
pub mod view_state;
