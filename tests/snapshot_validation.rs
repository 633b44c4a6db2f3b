//! The validator accepts the bundled snapshot and rejects each kind of bad document
//! with a message that names the place and the expectation.
#![cfg(not(target_arch = "wasm32"))]

use dsii_monitor::validate::{limits, load, Diagnostic, SnapshotError};
use serde_json::{json, Value};

const BUNDLED: &str = include_str!("../data/dsii.json");

fn bundled() -> Value {
    serde_json::from_str(BUNDLED).expect("the bundled snapshot is JSON")
}

fn errors_of(document: &Value) -> Vec<String> {
    match load(document.to_string().as_bytes()) {
        Ok(_) => panic!("expected the document to be refused"),
        Err(error) => error
            .diagnostics()
            .iter()
            .map(Diagnostic::to_string)
            .collect(),
    }
}

fn warnings_of(document: &Value) -> Vec<String> {
    match load(document.to_string().as_bytes()) {
        Ok(valid) => valid.warnings.iter().map(Diagnostic::to_string).collect(),
        Err(error) => panic!("expected the document to be accepted: {error}"),
    }
}

fn assert_single_error(document: &Value, expected_start: &str) {
    let errors = errors_of(document);
    assert!(
        errors.len() == 1 && errors[0].starts_with(expected_start),
        "expected one error starting with {expected_start:?}, got {errors:#?}"
    );
}

#[test]
fn the_bundled_snapshot_is_valid_without_warnings() {
    let valid = load(BUNDLED.as_bytes()).expect("the bundled snapshot is valid");
    assert!(valid.warnings.is_empty(), "{:#?}", valid.warnings);
    assert_eq!(valid.snapshot.pillars.len(), 3);
}

#[test]
fn malformed_json_reports_line_and_column() {
    let truncated = &BUNDLED[..BUNDLED.len() / 2];
    match load(truncated.as_bytes()) {
        Err(SnapshotError::Malformed {
            line,
            column,
            reason,
        }) => {
            assert!(line > 1 && column > 0);
            assert!(reason.contains("EOF"), "{reason}");
        }
        other => panic!("expected a malformed-JSON error, got {other:?}"),
    }
    let error = load(b"{\"id\": \"x\",\n  oops}").unwrap_err();
    assert_eq!(
        error.to_string(),
        "line 2, column 3: not valid JSON: key must be a string"
    );
}

#[test]
fn trailing_garbage_is_malformed() {
    let document = format!("{BUNDLED}\n<html>");
    assert!(matches!(
        load(document.as_bytes()),
        Err(SnapshotError::Malformed { .. })
    ));
}

#[test]
fn a_byte_order_mark_is_tolerated() {
    let document = format!("\u{feff}{BUNDLED}");
    assert!(load(document.as_bytes()).is_ok());
}

#[test]
fn other_format_versions_are_refused_by_version() {
    let mut document = bundled();
    document["schema_version"] = json!(2);
    document["pillars"] = json!("changed in version 2");
    assert_eq!(
        errors_of(&document),
        ["schema_version: found 2; this widget reads format version 1"]
    );
    document["schema_version"] = json!("1");
    assert_eq!(
        errors_of(&document),
        ["schema_version: found \"1\"; this widget reads format version 1"]
    );
}

#[test]
fn unknown_statuses_name_the_allowed_ones() {
    let mut document = bundled();
    document["action_lines"][3]["status"] = json!("doing");
    assert_single_error(
        &document,
        "action_lines[3].status: unknown status \"doing\"; expected one of planned, in_progress, achieved, delayed, cancelled",
    );
    let mut document = bundled();
    document["milestones"][0]["status"] = json!("overdue");
    assert_single_error(
        &document,
        "milestones[0].status: unknown milestone status \"overdue\"; expected one of done, pending, cancelled",
    );
}

#[test]
fn wrong_types_name_the_path_and_the_expected_type() {
    let mut document = bundled();
    document["pillars"][1]["title"] = json!(3);
    assert_single_error(&document, "pillars[1].title: invalid type: integer `3`, expected a string, or an object of language tags");
    let mut document = bundled();
    document["action_lines"][0]["sources"] = json!("kamerbrief-2025-10-06");
    assert_single_error(&document, "action_lines[0].sources: invalid type: string \"kamerbrief-2025-10-06\", expected a sequence");
    assert_single_error(
        &json!([1, 2]),
        "(document): expected a JSON object, found an array",
    );
    assert_single_error(
        &json!("snapshot"),
        "(document): expected a JSON object, found a string",
    );
}

#[test]
fn missing_keys_are_named() {
    let mut document = bundled();
    document["milestones"][2]
        .as_object_mut()
        .unwrap()
        .remove("date");
    assert_single_error(&document, "milestones[2]: missing field `date`");
}

#[test]
fn impossible_dates_say_why() {
    let mut document = bundled();
    document["milestones"][0]["date"] = json!("2025-02-30");
    assert_single_error(
        &document,
        "milestones[0].date: invalid date \"2025-02-30\": 2025-02 has 28 days, not 30",
    );
    document["milestones"][0]["date"] = json!("2025-Q5");
    assert_single_error(
        &document,
        "milestones[0].date: invalid date \"2025-Q5\": quarter 5 does not exist; expected Q1 to Q4",
    );
    let mut document = bundled();
    document["as_of"] = json!("2025-10");
    assert_single_error(
        &document,
        "as_of: invalid date \"2025-10\": expected a date as YYYY-MM-DD",
    );
}

#[test]
fn duplicate_ids_point_at_the_first_use() {
    let mut document = bundled();
    let first = document["pillars"][0]["id"].clone();
    document["pillars"][2]["id"] = first.clone();
    let errors = errors_of(&document);
    assert!(
        errors.contains(&format!(
            "pillars[2].id: duplicate id {first}; already used by pillars[0]"
        )),
        "{errors:#?}"
    );
}

#[test]
fn references_that_do_not_resolve_are_errors() {
    let mut document = bundled();
    document["action_lines"][1]["pillar"] = json!("sneller");
    document["milestones"][4]["action_line"] = json!("nowhere");
    document["milestones"][5]["sources"][0] = json!("no-such-source");
    let errors = errors_of(&document);
    assert_eq!(
        errors,
        [
            "action_lines[1].pillar: \"sneller\" is not the id of any entry in pillars",
            "milestones[4].action_line: \"nowhere\" is not the id of any entry in action_lines",
            "milestones[5].sources[0]: \"no-such-source\" is not the id of any entry in sources",
        ]
    );
}

#[test]
fn unknown_keys_and_unsafe_urls_are_warnings() {
    let mut document = bundled();
    document["theme_colour"] = json!("red");
    document["action_lines"][2]["priority"] = json!({ "level": 1 });
    document["sources"][0]["url"] = json!("javascript:alert(1)");
    let warnings = warnings_of(&document);
    assert!(
        warnings.contains(&"theme_colour: unknown key, ignored".to_owned()),
        "{warnings:#?}"
    );
    assert!(
        warnings.contains(&"action_lines[2].priority: unknown key, ignored".to_owned()),
        "{warnings:#?}"
    );
    assert!(
        warnings.contains(&"sources[0].url: \"javascript:alert(1)\" is not an absolute http(s) URL; it is shown as text, not as a link".to_owned()),
        "{warnings:#?}"
    );
}

#[test]
fn a_milestone_whose_action_line_cites_nothing_is_a_warning() {
    let mut document = bundled();
    let line_id = document["milestones"][0]["action_line"]
        .as_str()
        .unwrap()
        .to_owned();
    for line in document["action_lines"].as_array_mut().unwrap() {
        if line["id"] == json!(line_id) {
            line["sources"] = json!([]);
        }
    }
    let warnings = warnings_of(&document);
    assert!(
        warnings.iter().any(
            |w| w.starts_with("milestones[0].action_line: its action line")
                && w.ends_with("cites no source")
        ),
        "{warnings:#?}"
    );
}

#[test]
fn oversized_and_deeply_nested_documents_are_refused_before_parsing() {
    let big = format!("{{\"padding\": \"{}\"}}", "x".repeat(limits::MAX_BYTES));
    assert_eq!(
        load(big.as_bytes()).unwrap_err().to_string(),
        format!(
            "the document is {} bytes; a snapshot may be at most 5242880 bytes",
            big.len()
        )
    );
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert_eq!(
        load(deep.as_bytes()).unwrap_err().to_string(),
        "line 1, column 17: nesting deeper than 16 levels; the format needs far fewer"
    );
}
