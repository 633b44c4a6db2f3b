//! dsii-monitor: an embeddable widget that shows what a policy strategy promised, what
//! was done and what is late, from a JSON snapshot.
//!
//! `model`, `validate` and `progress` are the pure core: no web dependency, the
//! reference date always a parameter. `view` is the Leptos layer on top.

pub mod model;
pub mod progress;
#[cfg(feature = "cli")]
pub mod schema;
pub mod validate;
pub mod view;
