//! The Leptos view layer: thin components over the pure core.

pub mod action_line_card;
pub mod app;
pub mod badges;
pub mod change_list;
pub mod changes_panel;
pub mod clipboard;
pub mod clock;
pub mod context;
pub mod dom;
pub mod download;
pub mod entry;
pub mod export_panel;
pub mod fetch_snapshot;
pub mod filter_chips;
pub mod filter_panel;
pub mod header;
pub mod icons;
pub mod load_error;
pub mod load_error_view;
pub mod localized;
pub mod monitor;
pub mod next_task;
pub mod pillar_cards;
pub mod pillar_overview;
pub mod previous_snapshot;
pub mod show_more;
pub mod snapshot_source;
pub mod source_list;
pub mod summary_bar;
pub mod timeline_chart;
pub mod timeline_view;
pub mod url_sync;

pub use app::{Placement, Widget, WidgetOptions};
pub use load_error::LoadError;
pub use load_error_view::LoadErrorView;
pub use monitor::Monitor;
