//! The monitor's read-only regions, drawn as DOM nodes from the prepared snapshot and
//! the reader's view. Nothing here is reactive, and this crate cannot import Leptos:
//! the view layer decides when a region is drawn again, and handles its events on the
//! region, by the `data-` attributes these functions set on what a reader can operate.

pub mod action_line;
pub mod badges;
pub mod change_list;
pub mod chart_lanes;
pub mod chosen_marks;
pub mod data_warnings;
pub mod export_panel;
pub mod filter_chips;
pub mod filter_controls;
pub mod glance_cards;
pub mod glance_foot;
pub mod header;
pub mod icons;
pub mod legend;
pub mod node;
pub mod pillar_cards;
pub mod scene;
pub mod show_more;
pub mod sources;
pub mod summary_totals;
pub mod text;
pub mod timeline_list;

pub use node::{morph_children, replace_children, Node};
pub use scene::Scene;
