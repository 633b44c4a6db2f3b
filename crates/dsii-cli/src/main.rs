//! `dsii`: validate, convert and publish policy monitor snapshots.
//! Exit status 0 on success, 1 when a snapshot is invalid or unreadable, 2 on a usage
//! error (clap's own).

use std::process::ExitCode;

use clap::Parser;
use dsii_cli::cli::{Cli, Command};
use dsii_cli::csv_commands::{export_csv, import_csv};
use dsii_cli::fetch;
use dsii_cli::output::emit;
use dsii_cli::validate_command;
use dsii_core::schema::snapshot_schema_json;

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(fetch) = cli.command.fetch() {
        fetch::wait_at_most(fetch.timeout());
    }
    match cli.command {
        Command::Validate(args) => validate_command::run(&args),
        Command::Schema => {
            emit(&snapshot_schema_json());
            ExitCode::SUCCESS
        }
        Command::ExportCsv(args) => export_csv(&args),
        Command::ImportCsv(args) => import_csv(&args),
        Command::Diff(args) => args.run(),
        Command::Feed(args) => args.run(),
        Command::Render(args) => args.run(),
    }
}
