//! `dsii validate` and `dsii schema`: exit status, errors and the summary a researcher
//! reads, and clap's usage errors.

mod common;

use std::fs;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::Output;
use std::thread;

use common::{
    assert_usage_error, dsii, dsii_exits, dsii_ok, scratch_path, stderr, stdout, POLICY_V1,
};

const BUNDLED: &str = include_str!("../../../data/dsii.json");
/// The snapshot of 6 October 2025, kept unchanged as later revisions replace it.
const OCTOBER: &str = include_str!("../../../data/dsii-2025-10-06.json");

fn validate(args: &[&str]) -> Output {
    dsii(&[&["validate"][..], args].concat())
}

#[test]
fn deadlines_that_passed_after_the_last_check_are_reported_as_unchecked_not_overdue() {
    let output = validate(&["--today", "2026-12-02", "data/dsii-2025-10-06.json"]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert!(
        text.contains("valid: data/dsii-2025-10-06.json (0 warnings)"),
        "{text}"
    );
    assert!(
        text.contains("action lines (17): planned 1, in_progress 16"),
        "{text}"
    );
    assert!(
        text.contains("on 2026-12-02: done 8, pending 0, overdue 0, unchecked 13, cancelled 0"),
        "{text}"
    );
    assert!(
        text.contains(
            "  unchecked: 2026-Q1    straiik-d-2026  STRAIIK-D 2026: annual progress report  \
             (deadline passed, not checked since 2025-10-06)"
        ),
        "{text}"
    );
    assert!(!text.contains("overdue:"), "{text}");
}

#[test]
fn the_reference_date_moves_deadlines_from_pending_to_unchecked() {
    let snapshot = "data/dsii-2025-10-06.json";
    let text = stdout(&validate(&["--today", "2025-10-06", snapshot]));
    assert!(
        text.contains("on 2025-10-06: done 8, pending 13, overdue 0, unchecked 0"),
        "{text}"
    );
    let text = stdout(&validate(&["--today", "2026-01-01", snapshot]));
    assert!(text.contains("overdue 0, unchecked 8"), "{text}");
}

#[test]
fn a_milestone_checked_after_its_deadline_is_listed_as_overdue() {
    // Published on 1 April 2026: one deadline looked at again, the rest as in October.
    let mut document: serde_json::Value = serde_json::from_str(OCTOBER).unwrap();
    document["as_of"] = "2026-04-01".into();
    for milestone in document["milestones"].as_array_mut().unwrap() {
        let looked_again = milestone["id"] == "straiik-d-2026";
        milestone["checked"] = if looked_again {
            "2026-04-01"
        } else {
            "2025-10-06"
        }
        .into();
    }
    let path = std::env::temp_dir().join("dsii-validate-checked.json");
    std::fs::write(&path, document.to_string()).unwrap();
    let text = stdout(&validate(&[
        "--today",
        "2026-12-02",
        path.to_str().unwrap(),
    ]));
    assert!(
        text.contains("  overdue:   2026-Q1    straiik-d-2026  STRAIIK-D 2026"),
        "{text}"
    );
    assert!(text.contains("overdue 1, unchecked 12"), "{text}");
}

#[test]
fn a_checked_day_after_as_of_is_an_error_at_its_path() {
    let mut document: serde_json::Value = serde_json::from_str(OCTOBER).unwrap();
    document["milestones"][3]["checked"] = "2025-10-07".into();
    let path = std::env::temp_dir().join("dsii-validate-checked-late.json");
    std::fs::write(&path, document.to_string()).unwrap();
    let output = validate(&[path.to_str().unwrap()]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.contains(
            "milestones[3].checked: expected a day on or before the snapshot's as_of \
             (2025-10-06), found 2025-10-07"
        ),
        "{text}"
    );
}

#[test]
fn an_invalid_snapshot_exits_one_and_names_the_path() {
    let output = validate(&["tests/fixtures/unknown_status.json"]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.contains("error: action_lines[0].status: unknown status \"doing\""),
        "{text}"
    );
}

#[test]
fn a_missing_file_is_not_valid_and_bad_usage_says_how() {
    assert_eq!(
        validate(&["tests/fixtures/absent.json"]).status.code(),
        Some(1)
    );
    let output = validate(&["--today", "2026-13-01", "data/dsii.json"]);
    assert_eq!(output.status.code(), Some(2));
    let errors = stderr(&output);
    assert!(errors.contains("month 13 does not exist"), "{errors}");
    assert!(errors.contains("try '--help'"), "{errors}");
    let errors = stderr(&validate(&[]));
    assert!(errors.contains("Usage: dsii validate"), "{errors}");
}

#[test]
fn usage_errors_exit_two_and_print_nothing_on_stdout() {
    for args in [
        &["validate"][..],
        &["validate", "--bogus", "data/dsii.json"],
        &["validate", "a.json", "b.json"],
        &["export-csv", "data/dsii.json"],
        &["frobnicate"],
        &[],
    ] {
        assert_usage_error(args);
    }
}

#[test]
fn the_top_level_help_documents_every_subcommand_and_the_exit_codes() {
    let output = dsii(&["--help"]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{text}");
    for subcommand in ["validate", "schema", "export-csv", "import-csv"] {
        assert!(text.contains(subcommand), "{text}");
    }
    assert!(text.contains("Exit status:"), "{text}");
    assert!(text.contains("2  usage error"), "{text}");
}

#[test]
fn schema_prints_the_json_schema_of_the_types() {
    let output = dsii(&["schema"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output),
        dsii_core::schema::snapshot_schema_json(),
        "dsii schema must print what schema/snapshot-v1.schema.json is generated from"
    );
    let schema: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(schema["title"], "Policy monitor snapshot, format version 1");
}

/// Writes a document where the validator can read it; returns its path.
fn temporary_file(name: &str, contents: &str) -> String {
    let path = scratch_path(name);
    fs::write(&path, contents).expect("a writable temporary folder");
    path.to_string_lossy().into_owned()
}

#[test]
fn a_flood_of_warnings_is_listed_up_to_the_cap_and_counted() {
    let keys: String = (0..1_500).map(|i| format!("\"x{i}\":0,")).collect();
    let document = format!("{{{keys}{}", &BUNDLED.trim_start()[1..]);
    let path = temporary_file("warning_flood.json", &document);
    let output = validate(&["--today", "2026-01-01", &path]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert_eq!(text.matches("warning: ").count(), 1_000, "{text}");
    assert!(text.contains("… and 500 more warnings\n"), "{text}");
    assert!(text.contains("(1500 warnings)"), "{text}");
}

#[test]
fn a_flood_of_errors_is_listed_up_to_the_cap_and_counted() {
    let mut document: serde_json::Value = serde_json::from_str(BUNDLED).unwrap();
    for milestone in document["milestones"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .take(3)
    {
        milestone["sources"] = serde_json::json!(vec!["nowhere"; 500]);
    }
    let path = temporary_file("error_flood.json", &document.to_string());
    let output = validate(&[&path]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert_eq!(text.matches("error: ").count(), 1_000, "{text}");
    assert!(text.contains("… and 500 more errors\n"), "{text}");
}

#[test]
fn every_wrong_type_and_missing_field_is_printed_in_one_run() {
    let mut document: serde_json::Value = serde_json::from_str(BUNDLED).unwrap();
    document["as_of"] = serde_json::json!("2025-10");
    document["pillars"][0]["title"] = serde_json::json!(3);
    document["action_lines"][1]["status"] = serde_json::json!("doing");
    document["milestones"][0]
        .as_object_mut()
        .unwrap()
        .remove("date");
    let path = temporary_file("four_mistakes.json", &document.to_string());
    let output = validate(&[&path]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert_eq!(text.matches("error: ").count(), 4, "{text}");
    for expected in [
        "error: as_of: invalid date \"2025-10\"",
        "error: pillars[0].title: invalid type: integer `3`",
        "error: action_lines[1].status: unknown status \"doing\"",
        "error: milestones[0]: missing field `date`",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
}

#[test]
fn document_text_in_the_report_cannot_steer_the_terminal() {
    let mut document: serde_json::Value = serde_json::from_str(BUNDLED).unwrap();
    document["title"] = serde_json::json!("D-SII\u{1b}]0;pwned\u{7}");
    document["milestones"][0]["status"] = serde_json::json!("pending");
    document["milestones"][0]["title"] = serde_json::json!("late\nvalid: forged line");
    document["x\u{1b}[2J"] = serde_json::json!(0);
    let path = temporary_file("terminal_codes.json", &document.to_string());
    let text = stdout(&validate(&["--today", "2099-01-01", &path]));
    assert!(!text.contains('\u{1b}'), "{text:?}");
    assert!(
        text.contains("warning: x\\u{1b}[2J: unknown key, ignored"),
        "{text}"
    );
    assert!(
        text.contains("D-SII\\u{1b}]0;pwned\\u{7}: data as of"),
        "{text}"
    );
    assert!(text.contains("late\\u{a}valid: forged line"), "{text}");
    assert_eq!(
        text.lines().filter(|l| l.starts_with("valid:")).count(),
        1,
        "{text}"
    );

    document["action_lines"][0]["status"] = serde_json::json!("doing\u{1b}[31m");
    let path = temporary_file("terminal_codes_invalid.json", &document.to_string());
    let text = stdout(&validate(&[&path]));
    let expected = "error: action_lines[0].status: unknown status \"doing\\u{1b}[31m\"";
    assert!(text.contains(expected), "{text}");
    assert!(!text.contains('\u{1b}'), "{text:?}");
}

/// Answers one request on a loopback port with `respond`; returns the URL.
fn answer_once(respond: impl FnOnce(&mut TcpStream) + Send + 'static) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let url = format!("http://{}/snapshot.json", listener.local_addr().unwrap());
    thread::spawn(move || {
        if let Ok((mut stream, _)) = listener.accept() {
            let mut request = [0u8; 4096];
            let _ = stream.read(&mut request);
            respond(&mut stream);
        }
    });
    url
}

/// Serves `body` once on a loopback port with the given status line; returns the URL.
fn serve_once(status: &'static str, body: &'static [u8]) -> String {
    answer_once(move |stream| {
        let head = format!(
            "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
            body.len()
        );
        let _ = stream.write_all(head.as_bytes());
        let _ = stream.write_all(body);
    })
}

#[test]
fn a_snapshot_url_is_fetched_and_validated() {
    let url = serve_once("200 OK", BUNDLED.as_bytes());
    let output = validate(&["--today", "2026-11-28", &url]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert!(text.contains(&format!("valid: {url}")), "{text}");
}

#[test]
fn a_url_that_answers_404_is_not_valid() {
    let url = serve_once("404 Not Found", b"{}");
    let output = validate(&[&url]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(text.contains("404"), "{text}");
}

#[test]
fn a_server_that_trickles_is_given_up_after_the_timeout() {
    let url = answer_once(|stream| {
        let head =
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n{";
        let _ = stream.write_all(head.as_bytes());
        // One byte a second, for longer than any test runs.
        for _ in 0..120 {
            thread::sleep(std::time::Duration::from_secs(1));
            if stream.write_all(b" ").is_err() {
                break;
            }
        }
    });
    let output = dsii(&["validate", "--timeout", "2", &url]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let report = stdout(&output);
    assert!(
        report.contains("error:") && report.contains("timeout"),
        "{report}"
    );
}

#[test]
fn a_timeout_out_of_range_is_a_usage_error_not_a_panic() {
    for seconds in ["18446744073709551615", "86401", "0", "-1"] {
        assert_usage_error(&["validate", "--timeout", seconds, POLICY_V1]);
    }
    dsii_ok(&["validate", "--timeout", "86400", POLICY_V1]);
}

#[test]
fn only_the_subcommands_that_read_urls_offer_a_timeout() {
    assert_usage_error(&["schema", "--timeout", "5"]);
    assert_usage_error(&["import-csv", "--timeout", "5", "--dir", "tests"]);
    assert_usage_error(&["--timeout", "5", "validate", POLICY_V1]);
    for subcommand in ["validate", "diff", "feed", "export-csv"] {
        let help = stdout(&dsii_ok(&[subcommand, "--help"]));
        assert!(help.contains("--timeout <SECONDS>"), "{subcommand}: {help}");
    }
}

#[test]
fn an_endless_file_is_refused_at_the_size_limit() {
    let output = dsii_exits(1, &["validate", "/dev/zero"]);
    let report = stdout(&output);
    assert!(report.contains("at most 5242880 bytes"), "{report}");
}
