//! `dsii export-csv` and `dsii import-csv`: the snapshot as spreadsheet files and back.
//! Problems go to standard error; standard output carries only the imported snapshot.

use std::process::ExitCode;

use dsii_core::validate::{self, Diagnostic};

use crate::cli::{ExportCsvArgs, ImportCsvArgs};
use crate::csv_files::{export::export, import::import, origins::Origins, read_dir, write_dir};
use crate::fetch;
use crate::output::{emit, report};
use crate::snapshot_json::snapshot_json;
use crate::validate_command::more;

/// Prints the lines of a report on standard error and fails.
fn fail(lines: impl IntoIterator<Item = String>) -> ExitCode {
    for line in lines {
        report(&line);
    }
    ExitCode::FAILURE
}

/// Prints the validator's errors, each with its place when it has one.
fn invalid(error: &validate::SnapshotError, place: impl Fn(&Diagnostic) -> String) -> ExitCode {
    let mut omitted = String::new();
    more(&mut omitted, error.omitted(), "errors");
    let errors = error.diagnostics();
    let errors = errors.iter().map(|d| format!("error: {}", place(d)));
    fail(errors.chain((!omitted.is_empty()).then(|| omitted.trim_end().to_owned())))
}

pub fn export_csv(args: &ExportCsvArgs) -> ExitCode {
    let bytes = match fetch::read(&args.snapshot) {
        Ok(bytes) => bytes,
        Err(error) => return fail([format!("error: {error}")]),
    };
    let snapshot = match validate::load(&bytes) {
        Ok(valid) => valid.snapshot,
        Err(error) => return invalid(&error, Diagnostic::to_string),
    };
    match write_dir(&args.dir, &export(&snapshot)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => fail([format!("error: {}: {error}", args.dir.display())]),
    }
}

/// A validator finding with the CSV place it comes from.
fn placed(origins: &Origins, diagnostic: &Diagnostic) -> String {
    match origins.locate(&diagnostic.path) {
        Some(location) => format!("{location}: {diagnostic}"),
        None => diagnostic.to_string(),
    }
}

pub fn import_csv(args: &ImportCsvArgs) -> ExitCode {
    let imported = match read_dir(&args.dir) {
        Ok(files) => import(&files),
        Err(error) => return fail([format!("error: {error}")]),
    };
    let imported = match imported {
        Ok(imported) => imported,
        Err(errors) => return fail(errors.iter().map(|error| format!("error: {error}"))),
    };
    let json = match snapshot_json(&imported.snapshot) {
        Ok(json) => json,
        Err(error) => return fail([format!("error: {error}")]),
    };
    let origins = &imported.origins;
    match validate::load(json.as_bytes()) {
        Ok(valid) => {
            for warning in &valid.warnings {
                report(&format!("warning: {}", placed(origins, warning)));
            }
        }
        Err(error) => return invalid(&error, |d| placed(origins, d)),
    }
    match &args.output {
        None => emit(&json),
        Some(path) => {
            if let Err(error) = std::fs::write(path, &json) {
                return fail([format!("error: {}: {error}", path.display())]);
            }
        }
    }
    ExitCode::SUCCESS
}
