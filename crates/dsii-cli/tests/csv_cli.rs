//! `dsii export-csv` and `dsii import-csv` through the binary: real snapshots survive the
//! round trip, and mistakes made in a spreadsheet are reported where they were made.

mod common;

use std::fs;
use std::path::PathBuf;

use common::{dsii, dsii_ok, scratch_path, stderr, POLICY_V2};

/// An empty folder of this test's own under the target directory.
fn fresh_dir(name: &str) -> PathBuf {
    let dir = scratch_path(name);
    let _ = fs::remove_dir_all(&dir);
    dir
}

/// Exports `snapshot` into a fresh folder; returns the folder as a string.
fn export(snapshot: &str, name: &str) -> String {
    let dir = fresh_dir(name);
    let dir = dir.to_string_lossy().into_owned();
    dsii_ok(&["export-csv", snapshot, "--dir", &dir]);
    dir
}

#[test]
fn the_test_policy_survives_export_and_import_through_the_binary() {
    let dir = export(POLICY_V2, "csv_cli_policy_v2");
    for file in ["lines.csv", "milestones.csv", "sources.csv", "snapshot.csv"] {
        assert!(PathBuf::from(&dir).join(file).is_file(), "{file}");
    }
    let output = dsii_ok(&["import-csv", "--dir", &dir]);
    let imported: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let original: serde_json::Value =
        serde_json::from_str(include_str!("../../../tests/fixtures/policy_v2.json")).unwrap();
    assert_eq!(imported, original);
}

#[test]
fn the_bundled_snapshot_comes_back_byte_for_byte() {
    let dir = export("data/dsii.json", "csv_cli_bundled");
    let json = PathBuf::from(&dir).join("dsii.json");
    let output = dsii_ok(&[
        "import-csv",
        "--dir",
        &dir,
        "--output",
        &json.to_string_lossy(),
    ]);
    assert!(output.stdout.is_empty());
    assert!(
        fs::read_to_string(&json).unwrap() == include_str!("../../../data/dsii.json"),
        "the imported snapshot differs from data/dsii.json"
    );
}

#[test]
fn spreadsheet_mistakes_are_reported_by_file_row_and_column_and_nothing_is_written() {
    let dir = export(POLICY_V2, "csv_cli_mistakes");
    let lines = PathBuf::from(&dir).join("lines.csv");
    let edited = fs::read_to_string(&lines)
        .unwrap()
        .replace("\ntraining,share,", "\ntraining,nowhere,");
    fs::write(&lines, edited).unwrap();
    let milestones = PathBuf::from(&dir).join("milestones.csv");
    let edited = fs::read_to_string(&milestones)
        .unwrap()
        .replace(",2026-Q4,pending,", ",2026-Q5,pending,");
    fs::write(&milestones, edited).unwrap();

    let output = dsii(&["import-csv", "--dir", &dir]);
    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{errors}");
    assert!(output.stdout.is_empty());
    assert!(
        errors
            .contains("milestones.csv, row 7, column date: \"2026-Q5\": quarter 5 does not exist"),
        "{errors}"
    );

    let milestones_fixed = fs::read_to_string(&milestones)
        .unwrap()
        .replace(",2026-Q5,", ",2026-Q4,");
    fs::write(&milestones, milestones_fixed).unwrap();
    let output = dsii(&["import-csv", "--dir", &dir]);
    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{errors}");
    assert!(
        errors.contains("lines.csv, row 5, column pillar: action_lines[3].pillar: \"nowhere\""),
        "{errors}"
    );
}

#[test]
fn a_folder_without_the_files_is_an_error_that_names_the_file() {
    let dir = fresh_dir("csv_cli_empty");
    fs::create_dir_all(&dir).unwrap();
    let output = dsii(&["import-csv", "--dir", &dir.to_string_lossy()]);
    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{errors}");
    assert!(errors.contains("snapshot.csv"), "{errors}");
}

#[test]
fn an_invalid_snapshot_is_not_exported() {
    let dir = fresh_dir("csv_cli_invalid");
    let output = dsii(&[
        "export-csv",
        "tests/fixtures/unknown_status.json",
        "--dir",
        &dir.to_string_lossy(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("unknown status \"doing\""));
    assert!(!dir.exists());
}

#[test]
fn a_file_larger_than_any_snapshot_makes_is_refused_unread() {
    let dir = export(POLICY_V2, "csv_cli_too_large");
    let path = PathBuf::from(&dir).join("pillars.csv");
    let mut huge = fs::read(&path).unwrap();
    huge.resize(21 * 1024 * 1024, b' ');
    fs::write(&path, huge).unwrap();
    let output = dsii(&["import-csv", "--dir", &dir]);
    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{errors}");
    assert!(
        errors.contains("pillars.csv: larger than 20971520 bytes"),
        "{errors}"
    );
}

#[test]
fn a_header_of_thousands_of_language_columns_is_read_in_one_pass() {
    let dir = export(POLICY_V2, "csv_cli_wide_header");
    let path = PathBuf::from(&dir).join("pillars.csv");
    let columns: Vec<String> = (0..20_000).map(|n| format!("summary.x{n}")).collect();
    let header = format!("\u{feff}id,title.nl,title.en,{}\n", columns.join(","));
    fs::write(&path, header).unwrap();
    let started = std::time::Instant::now();
    let output = dsii(&["import-csv", "--dir", &dir]);
    // Comparing each column with every earlier one took seconds at this width.
    assert!(started.elapsed() < std::time::Duration::from_secs(3));
    // The header passes; with no pillar rows left, the lines' pillars are what is refused.
    let errors = stderr(&output);
    assert!(
        errors.contains("column pillar: action_lines[0].pillar: \"build\" is not the id"),
        "{errors}"
    );
}
