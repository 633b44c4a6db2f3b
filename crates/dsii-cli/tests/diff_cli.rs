//! `dsii diff`: the changes between the two versions of the test policy as a terminal,
//! a program and an article read them, and the exit status when something is wrong.

mod common;

use serde_json::Value;

use common::{assert_usage_error, dsii, dsii_ok, stderr, stdout, POLICY_V1, POLICY_V2};

/// Runs `dsii diff` on the two versions and checks it succeeded quietly.
fn diff_of_versions(extra: &[&str]) -> String {
    let mut args = vec!["diff", POLICY_V1, POLICY_V2];
    args.extend_from_slice(extra);
    let output = dsii_ok(&args);
    assert_eq!(stderr(&output), "");
    stdout(&output)
}

#[test]
fn the_text_of_the_test_policys_changes_is_pinned() {
    assert_eq!(
        diff_of_versions(&[]),
        include_str!("expected/diff_v1_v2.txt")
    );
}

#[test]
fn the_markdown_of_the_test_policys_changes_is_pinned() {
    assert_eq!(
        diff_of_versions(&["--format", "markdown"]),
        include_str!("expected/diff_v1_v2.md")
    );
}

#[test]
fn the_pinned_text_shows_every_kind_of_change_with_its_source() {
    let text = include_str!("expected/diff_v1_v2.txt");
    for expected in [
        "Changes from 2025-11-15 to 2026-03-20 (12 changes)",
        "- In progress → delayed: New depots [depots] · 10 Mar 2026",
        "- budget €2 million → €2.5 million: New depots [depots]",
        "- retitled: Repair on site and remotely [repair] (was “Repair on site”)",
        "- new: Mechanic training [training]",
        "- slipped 2 quarters: Northern depot open [m-depot-north] (Q4 2025 → Q2 2026)",
        "- slipped 6 months: Southern depot open [m-depot-south] (Mar 2026 → Sep 2026)",
        "- now overdue: Tools ordered [m-repair-tools] · Jan 2026",
        "- Pending → done: Repair pilot [m-repair-pilot] · 16 Feb 2026",
        "- new: First course [m-training-start] · Q4 2026",
        "- removed: API for researchers [m-data-api]",
        "- new source: Second progress letter [s-letter-2]",
        "    source: Second progress letter <https://example.org/letter-2>",
        "    source: The plan <https://example.org/plan>",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

#[test]
fn json_lists_every_change_with_its_keyword_and_values() {
    let json: Value =
        serde_json::from_str(&diff_of_versions(&["--format", "json"])).expect("the output is JSON");
    assert_eq!(json["since"], "2025-11-15");
    assert_eq!(json["until"], "2026-03-20");
    assert_eq!(json["language"], "en");
    let changes = json["changes"].as_array().expect("a list of changes");
    let keywords: Vec<&str> = changes
        .iter()
        .map(|change| change["change"].as_str().expect("a keyword"))
        .collect();
    assert_eq!(
        keywords,
        [
            "status", "budget", "retitled", "status", "added", "slipped", "slipped", "overdue",
            "status", "added", "removed", "added"
        ]
    );
    for change in changes {
        for key in ["item", "id", "title", "label", "date", "sources"] {
            assert!(change.get(key).is_some(), "{key} missing in {change}");
        }
        for source in change["sources"].as_array().expect("sources") {
            assert!(source["id"].is_string() && source["title"].is_string());
            assert!(source["url"].is_string() || source["url"].is_null());
        }
    }
    assert_eq!(changes[1]["from"], 2_000_000);
    assert_eq!(changes[1]["to"], 2_500_000);
    assert_eq!(changes[2]["from"], "Repair on site");
    assert_eq!(
        changes[5]["slip"],
        serde_json::json!({"amount": 2, "unit": "quarter"})
    );
    assert_eq!(
        changes[6]["slip"],
        serde_json::json!({"amount": 6, "unit": "month"})
    );
    assert_eq!(changes[7]["due"], "2026-01");
    assert_eq!(changes[8]["to"], "done");
    assert_eq!(changes[10]["item"], "milestone");
    assert_eq!(changes[11]["item"], "source");
}

#[test]
fn one_snapshot_since_a_date_lists_what_its_own_dated_facts_say_in_dutch() {
    let output = dsii(&["diff", POLICY_V2, "--since", "2025-11-15", "--lang", "nl"]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        text.starts_with("Wijzigingen van 2025-11-15 tot 2026-03-20 (6 wijzigingen)\n"),
        "{text}"
    );
    assert!(
        text.contains("- 2 kwartalen later: Depot Noord open"),
        "{text}"
    );
    assert!(
        text.contains("    bron: Het plan <https://example.org/plan>"),
        "{text}"
    );
}

#[test]
fn an_unreadable_file_exits_one_and_names_it() {
    let output = dsii(&["diff", POLICY_V1, "tests/fixtures/no_such_snapshot.json"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("error: tests/fixtures/no_such_snapshot.json: "),
        "{}",
        stderr(&output)
    );
    assert_eq!(stdout(&output), "");
}

#[test]
fn an_invalid_document_exits_one_with_the_validators_errors_and_its_name() {
    let output = dsii(&["diff", POLICY_V1, "tests/fixtures/unknown_status.json"]);
    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{errors}");
    assert!(
        errors.contains("error: tests/fixtures/unknown_status.json: action_lines[0].status"),
        "{errors}"
    );
    assert!(
        errors.contains("invalid: tests/fixtures/unknown_status.json"),
        "{errors}"
    );
}

#[test]
fn usage_errors_exit_two() {
    for args in [
        &["diff", POLICY_V2][..],
        &["diff", POLICY_V1, POLICY_V2, "--since", "2025-11-15"],
        &["diff", POLICY_V2, "--since", "15-11-2025"],
        &["diff", POLICY_V1, POLICY_V2, "--format", "html"],
        &["diff", POLICY_V1, POLICY_V2, "--lang", "de"],
        &["diff"],
    ] {
        assert_usage_error(args);
    }
}

/// The newer test policy with `edit` applied, written to a scratch file; returns its path.
fn hostile_version(name: &str, edit: impl Fn(&mut Value)) -> String {
    let mut snapshot: Value =
        serde_json::from_str(include_str!("../../../tests/fixtures/policy_v2.json")).unwrap();
    edit(&mut snapshot);
    let path = common::scratch_path(name);
    std::fs::write(&path, snapshot.to_string()).unwrap();
    path.to_string_lossy().into_owned()
}

/// A title that would set the window title, write the clipboard, reorder its line and
/// forge a line of its own.
const HOSTILE: &str = "Depots\u{1b}]0;owned\u{7}\u{1b}]52;c;ZXZpbA==\u{7}\u{202e}x\n\
                       error: forged\u{9b}";

#[test]
fn escape_codes_overrides_and_forged_lines_in_titles_are_shown_as_codes() {
    let newer = hostile_version("diff_cli_hostile.json", |snapshot| {
        snapshot["action_lines"][0]["title"] = Value::from(HOSTILE);
    });
    for format in ["text", "markdown"] {
        let output = dsii_ok(&["diff", POLICY_V1, &newer, "--format", format]);
        let text = stdout(&output);
        assert!(
            !text.contains(['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}']),
            "{text}"
        );
        assert!(
            !text.lines().any(|line| line.starts_with("error")),
            "{text}"
        );
        // Markdown escapes the backslash of the code as well.
        assert!(
            text.contains("u{1b}") && text.contains("u{202e}x"),
            "{format}: {text}"
        );
        assert!(text.contains("u{a}error: forged"), "{format}: {text}");
    }
    let json = stdout(&dsii_ok(&["diff", POLICY_V1, &newer, "--format", "json"]));
    assert!(!json.contains(['\u{1b}', '\u{202e}']), "{json}");
    let parsed: Value = serde_json::from_str(&json).unwrap();
    let titles: Vec<&str> = parsed["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|change| change["title"].as_str())
        .collect();
    assert!(titles.contains(&HOSTILE), "{titles:?}");
}

#[test]
fn a_hostile_value_in_a_diagnostic_is_shown_as_codes_on_standard_error() {
    let newer = hostile_version("diff_cli_hostile_status.json", |snapshot| {
        snapshot["action_lines"][0]["status"] =
            Value::from("x\u{1b}]52;c;ZXZpbA==\u{7}\nerror: ok");
        snapshot["id"] = Value::from("other\u{202e}");
    });
    let output = dsii(&["diff", POLICY_V1, &newer]);
    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{errors}");
    assert!(
        !errors.contains(['\u{1b}', '\u{7}', '\u{202e}']),
        "{errors}"
    );
    assert!(errors.contains("\\u{1b}]52;c;"), "{errors}");
    assert!(
        errors.lines().all(|line| !line.starts_with("error: ok")),
        "{errors}"
    );
}
