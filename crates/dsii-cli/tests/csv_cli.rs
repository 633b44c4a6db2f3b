//! `dsii export-csv` and `dsii import-csv` through the binary: real snapshots survive the
//! round trip, and mistakes made in a spreadsheet are reported where they were made.

mod common;

use std::fs;
use std::path::PathBuf;

use common::{dsii, dsii_ok, scratch_path, stderr, stdout, POLICY_V2};

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

/// Imports `dir` and returns its standard error, checking that it failed.
fn import_fails(dir: &str) -> String {
    let output = dsii(&["import-csv", "--dir", dir]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    stderr(&output)
}

#[test]
fn a_file_larger_than_any_snapshot_makes_is_refused_unread() {
    let dir = export(POLICY_V2, "csv_cli_too_large");
    let path = PathBuf::from(&dir).join("pillars.csv");
    let mut huge = fs::read(&path).unwrap();
    huge.resize(21 * 1024 * 1024, b' ');
    fs::write(&path, huge).unwrap();
    let errors = import_fails(&dir);
    assert!(
        errors.contains("pillars.csv: larger than 20971520 bytes"),
        "{errors}"
    );
}

#[test]
fn an_endless_csv_file_is_refused_at_its_limit() {
    let dir = export(POLICY_V2, "csv_cli_endless");
    let path = PathBuf::from(&dir).join("pillars.csv");
    fs::remove_file(&path).unwrap();
    std::os::unix::fs::symlink("/dev/zero", &path).unwrap();
    let errors = import_fails(&dir);
    assert!(
        errors.contains("pillars.csv: larger than 20971520 bytes"),
        "{errors}"
    );
}

#[test]
fn a_header_of_a_million_language_columns_is_refused_at_the_first_language_too_many() {
    let dir = export(POLICY_V2, "csv_cli_wide_header");
    let path = PathBuf::from(&dir).join("pillars.csv");
    let columns: Vec<String> = (0..1_000_000).map(|n| format!("summary.x{n}")).collect();
    let header = format!("\u{feff}id,title.nl,title.en,{}\n", columns.join(","));
    fs::write(&path, header).unwrap();
    let errors = import_fails(&dir);
    assert!(
        errors.contains(
            "pillars.csv, row 1, column summary.x48: a language more than the 50 a snapshot may use"
        ),
        "{errors}"
    );
}

#[test]
fn keys_in_too_many_languages_are_refused_where_the_first_one_too_many_is() {
    let dir = export(POLICY_V2, "csv_cli_many_keys");
    let path = PathBuf::from(&dir).join("snapshot.csv");
    let mut text = fs::read_to_string(&path).unwrap();
    for n in 0..100 {
        text.push_str(&format!("summary.x{n},Samenvatting\r\n"));
    }
    fs::write(&path, text).unwrap();
    let errors = import_fails(&dir);
    assert!(
        errors.contains("snapshot.csv, row ") && errors.contains("a language more than the 50"),
        "{errors}"
    );
}

/// The exported files of the test policy saved again with another separator.
fn saved_with(separator: &str, name: &str) -> String {
    let dir = export(POLICY_V2, name);
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = fs::read(&path).unwrap();
        let text = String::from_utf8(bytes).unwrap();
        let mut reader = csv_reader(&text);
        // Excel's "CSV UTF-8" keeps the byte-order mark.
        let mut out = String::from("\u{feff}");
        for record in reader.records() {
            let record = record.unwrap();
            let cells: Vec<String> = record
                .iter()
                .map(
                    |cell| match cell.contains([',', ';', '\t', '"', '\n', '\r']) {
                        true => format!("\"{}\"", cell.replace('"', "\"\"")),
                        false => cell.to_owned(),
                    },
                )
                .collect();
            out.push_str(&cells.join(separator));
            out.push_str("\r\n");
        }
        fs::write(&path, out).unwrap();
    }
    dir
}

fn csv_reader(text: &str) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
}

/// Saves the test policy's files with `separator` and checks that they import as the
/// very snapshot; returns the folder.
fn imports_the_policy_saved_with(separator: &str, name: &str) -> String {
    let dir = saved_with(separator, name);
    let json = stdout(&dsii_ok(&["import-csv", "--dir", &dir]));
    let original = include_str!("../../../tests/fixtures/policy_v2.json");
    assert_eq!(parsed(&json), parsed(original));
    dir
}

#[test]
fn files_saved_with_semicolons_as_dutch_excel_does_are_read() {
    let dir = imports_the_policy_saved_with(";", "csv_cli_semicolons");
    let lines = fs::read_to_string(PathBuf::from(&dir).join("lines.csv")).unwrap();
    assert!(lines.starts_with("\u{feff}id;pillar;"), "{lines}");
}

#[test]
fn files_saved_with_tabs_are_read() {
    imports_the_policy_saved_with("\t", "csv_cli_tabs");
}

#[test]
fn files_saved_with_commas_are_read() {
    imports_the_policy_saved_with(",", "csv_cli_commas");
}

fn parsed(json: &str) -> serde_json::Value {
    serde_json::from_str(json).unwrap()
}

#[test]
fn the_predecessor_is_written_in_snapshot_csv_and_read_back() {
    let dir = export(POLICY_V2, "csv_cli_previous");
    let document = fs::read_to_string(PathBuf::from(&dir).join("snapshot.csv")).unwrap();
    assert!(
        document.contains("previous.url,policy_v1.json\r\n"),
        "{document}"
    );
    assert!(
        document.contains("previous.as_of,2025-11-15\r\n"),
        "{document}"
    );
    let json = parsed(&stdout(&dsii_ok(&["import-csv", "--dir", &dir])));
    assert_eq!(
        json["previous"],
        serde_json::json!({ "url": "policy_v1.json", "as_of": "2025-11-15" })
    );
}
