//! The `dsii` command's work, as a library so tests can call it without the binary:
//! validating, printing the schema, and converting snapshots to CSV files and back.

pub mod cli;
pub mod csv_commands;
pub mod csv_files;
pub mod diff_output;
pub mod feed;
pub mod fetch;
pub mod languages;
pub mod output;
pub mod render;
pub mod snapshot_json;
pub mod validate_command;
pub mod visible;
