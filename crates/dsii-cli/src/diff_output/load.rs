//! Reading the snapshots a command compares, from files or http(s) URLs: each one
//! validated, its warnings and errors reported on standard error with its name, so
//! standard output carries only the command's own output.

use dsii_core::model::Snapshot;
use dsii_core::validate;

use crate::fetch;
use crate::output::report;

/// Every snapshot, in order, or `None` when any could not be read or is invalid; the
/// reasons of every document are printed, not only of the first.
pub fn read_snapshots(locations: &[&str]) -> Option<Vec<Snapshot>> {
    let mut snapshots = Vec::with_capacity(locations.len());
    let mut usable = true;
    for location in locations {
        let (snapshot, lines) = read_snapshot(location);
        for line in lines {
            report(&line);
        }
        match snapshot {
            Some(snapshot) => snapshots.push(snapshot),
            None => usable = false,
        }
    }
    usable.then_some(snapshots)
}

/// The snapshot when it is usable, and the lines to report about it.
fn read_snapshot(name: &str) -> (Option<Snapshot>, Vec<String>) {
    let bytes = match fetch::read(name) {
        Ok(bytes) => bytes,
        // The error names the document.
        Err(error) => return (None, vec![format!("error: {error}")]),
    };
    match validate::load(&bytes) {
        Ok(valid) => {
            let mut report: Vec<String> = valid
                .warnings
                .iter()
                .map(|warning| format!("warning: {name}: {warning}"))
                .collect();
            if valid.warnings_omitted > 0 {
                let omitted = valid.warnings_omitted;
                report.push(format!("warning: {name}: … and {omitted} more warnings"));
            }
            (Some(valid.snapshot), report)
        }
        Err(error) => {
            let mut report: Vec<String> = error
                .diagnostics()
                .iter()
                .map(|diagnostic| format!("error: {name}: {diagnostic}"))
                .collect();
            if error.omitted() > 0 {
                let omitted = error.omitted();
                report.push(format!("error: {name}: … and {omitted} more errors"));
            }
            report.push(format!("invalid: {name}"));
            (None, report)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures");

    #[test]
    fn a_missing_file_is_reported_with_its_name() {
        let (snapshot, report) = read_snapshot("no/such/snapshot.json");
        assert!(snapshot.is_none());
        assert_eq!(report.len(), 1);
        assert!(
            report[0].starts_with("error: no/such/snapshot.json: "),
            "{report:?}"
        );
    }

    #[test]
    fn an_invalid_document_reports_the_validators_errors_with_its_name() {
        let path = format!("{FIXTURES}/unknown_status.json");
        let (snapshot, report) = read_snapshot(&path);
        assert!(snapshot.is_none());
        assert!(report.len() >= 2, "{report:?}");
        assert!(report.iter().all(|line| line.contains(&path)), "{report:?}");
        assert_eq!(report.last(), Some(&format!("invalid: {path}")));
    }

    #[test]
    fn one_bad_file_among_good_ones_fails_the_lot() {
        let good = format!("{FIXTURES}/policy_v1.json");
        let paths = [good.as_str(), "missing.json"];
        assert!(read_snapshots(&paths).is_none());
        assert_eq!(read_snapshots(&paths[..1]).map(|list| list.len()), Some(1));
    }
}
