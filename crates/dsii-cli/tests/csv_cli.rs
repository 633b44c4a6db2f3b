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
