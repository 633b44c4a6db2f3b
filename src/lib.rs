//! dsii-monitor: an embeddable widget that shows what a policy strategy promised, what
//! was done and what is late, from a JSON snapshot.
//!
//! The pure core has no web dependency and takes the reference date as a parameter:
//! `model`, `validate`, `progress`, `prepared`, `search`, `filter`, `timeline`, `chart`,
//! `view_state`, `source_policy`, `i18n`, `export` and `embed_snippet`. `view` is the Leptos layer on top.

pub mod chart;
pub mod embed_snippet;
pub mod export;
pub mod filter;
pub mod i18n;
pub mod model;
pub mod prepared;
pub mod progress;
#[cfg(feature = "cli")]
pub mod schema;
pub mod search;
pub mod source_policy;
pub mod timeline;
pub mod validate;
pub mod view;
pub mod view_state;
