//! The view layer: Leptos's signals, memos and effects over the pure core, drawing
//! through the render layer (`dsii_render`); no view framework between them.

pub mod app;
pub mod bind;
pub mod browser_lowercase;
pub mod changes_panel;
pub mod clipboard;
pub mod clock;
pub mod context;
pub mod derived;
pub mod dom;
pub mod download;
pub mod effect;
pub mod entry;
pub mod export_panel;
pub mod fetch_snapshot;
pub mod fetched;
pub mod filter_chips;
pub mod filter_panel;
pub mod focus;
pub mod header;
pub mod listen;
pub mod load_error;
pub mod load_error_view;
pub mod monitor;
pub mod next_task;
pub mod page_feed;
pub mod pillar_cards;
pub mod pillar_overview;
pub mod prefetch;
pub mod previous_snapshot;
pub mod region;
pub mod release_pins;
pub mod reveal;
pub mod show;
pub mod show_more;
pub mod shown_changes;
pub mod snapshot_source;
pub mod summary_bar;
pub mod timeline_chart;
pub mod timeline_view;
pub mod url_sync;

pub use app::{widget, Placement, WidgetOptions};
pub use load_error::LoadError;
pub use load_error_view::load_error_view;
pub use monitor::{monitor, MonitorSetup};
pub use show::mount_into;
