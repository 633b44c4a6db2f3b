//! dsii-monitor: an embeddable widget that shows what a policy strategy promised, what
//! was done and what is late, from a JSON snapshot.
//!
//! Everything that is not the browser lives in the `dsii-core` crate, which cannot
//! depend on Leptos or the web; `view` is the Leptos layer on top.

pub use dsii_core::{
    changes, chart, embed_snippet, export, filter, headings, i18n, model, prepared, progress,
    release_pins, search, source_policy, store, timeline, validate, view_state,
};
pub mod view;
