//! The validator accepts the bundled snapshot and rejects each kind of bad document
//! with a message that names the place and the expectation.

mod common;
#[path = "common/sized.rs"]
mod sized;

use common::{errors_in, errors_of};
use dsii_core::validate::{checks, limits, load, parse, Diagnostic, SnapshotError};
use serde_json::{json, Value};
use sized::sized;

const BUNDLED: &str = include_str!("../../../data/dsii.json");

fn bundled() -> Value {
    serde_json::from_str(BUNDLED).expect("the bundled snapshot is JSON")
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
fn every_wrong_type_and_missing_field_is_reported_in_one_run() {
    let mut document = bundled();
    document["as_of"] = json!(2025);
    document["pillars"][1]["title"] = json!(3);
    document["action_lines"][0]["status"] = json!(["in_progress"]);
    document["milestones"][2]
        .as_object_mut()
        .unwrap()
        .remove("date");
    document["milestones"][4]["sources"] = json!("kamerbrief-2025-10-06");
    let errors = errors_of(&document);
    let paths: Vec<&str> = errors
        .iter()
        .map(|error| error.split(": ").next().unwrap_or(""))
        .collect();
    assert_eq!(
        paths,
        // The document's own fields, then list entries in document order (keys sorted).
        [
            "as_of",
            "action_lines[0].status",
            "milestones[2]",
            "milestones[4].sources",
            "pillars[1].title",
        ],
        "{errors:#?}"
    );
    assert!(errors[0].contains("expected a string"), "{errors:#?}");
    assert!(errors[2].contains("missing field `date`"), "{errors:#?}");
    assert!(errors[3].contains("expected a sequence"), "{errors:#?}");
}

#[test]
fn mistakes_inside_one_entry_are_all_reported() {
    let mut document = bundled();
    let milestone = &mut document["milestones"][0];
    milestone["status"] = json!("overdue");
    milestone["title"] = json!({ "nl": 1, "en": false });
    milestone.as_object_mut().unwrap().remove("action_line");
    let errors = errors_of(&document);
    assert_eq!(errors.len(), 4, "{errors:#?}");
    for expected in [
        "milestones[0].title.nl: invalid type: integer `1`",
        "milestones[0].title.en: invalid type: boolean `false`",
        "milestones[0].status: unknown milestone status \"overdue\"",
        "milestones[0]: missing field `action_line`",
    ] {
        assert!(
            errors.iter().any(|error| error.starts_with(expected)),
            "{expected} in {errors:#?}"
        );
    }
}

#[test]
fn a_flood_of_wrong_types_keeps_the_first_errors_and_counts_the_rest() {
    let document = sized(1, 1, 5_000, 1).replace(r#""date":"2026-Q1""#, r#""date":2026"#);
    let error = load(document.as_bytes()).unwrap_err();
    assert_eq!(error.diagnostics().len(), limits::MAX_DIAGNOSTICS);
    assert_eq!(error.omitted(), 5_000 - limits::MAX_DIAGNOSTICS);
    assert!(
        error.diagnostics()[0]
            .to_string()
            .starts_with("milestones[0].date: invalid type: integer `2026`, expected a string"),
        "{error}"
    );
}

#[test]
fn a_misspelt_required_key_is_named_in_its_missing_field_error() {
    let mut document = bundled();
    let object = document.as_object_mut().unwrap();
    let as_of = object.remove("as_of").unwrap();
    object.insert("asof".into(), as_of);
    let errors = errors_of(&document);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with(
            "(document): missing field `as_of`; is `asof` a misspelling of it? (line 1, column"
        ),
        "{errors:#?}"
    );
}

#[test]
fn a_misspelt_optional_key_is_a_warning_that_suggests_the_known_key() {
    let mut document = bundled();
    document["pillars"][0]["sumary"] = json!("Sterk");
    document["milestones"][1]["Note"] = json!("x");
    document["colour"] = json!("red");
    let warnings = warnings_of(&document);
    assert_eq!(
        warnings,
        [
            "colour: unknown key, ignored",
            "milestones[1].Note: unknown key, ignored; did you mean `note`?",
            "pillars[0].sumary: unknown key, ignored; did you mean `summary`?",
        ]
    );
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
fn facts_dated_after_as_of_are_warnings_with_their_path() {
    let mut document = bundled();
    document["as_of"] = json!("2025-11-15");
    document["sources"][0]["date"] = json!("2099-01-01");
    document["action_lines"][0]["history"][0]["date"] = json!("2099");
    document["milestones"][0]["status"] = json!("done");
    document["milestones"][0]["date"] = json!("2099-Q2");
    document["milestones"][1]["history"] = json!([
        { "date": "2099-05", "status": "done", "source": document["sources"][0]["id"] }
    ]);
    let warnings = warnings_of(&document);
    let after = "after the snapshot's as_of (2025-11-15); a fact cannot be dated after the day the facts were checked";
    for expected in [
        format!("sources[0].date: a source dated 2099-01-01, {after}"),
        format!("action_lines[0].history[0].date: a change dated 2099, {after}"),
        format!("milestones[0].date: done, but dated 2099-Q2, {after}"),
        format!("milestones[1].history[0].date: a change dated 2099-05, {after}"),
    ] {
        assert!(warnings.contains(&expected), "{expected} in {warnings:#?}");
    }
    assert_eq!(warnings.len(), 4, "{warnings:#?}");
}

#[test]
fn deadlines_after_as_of_and_facts_in_a_period_that_holds_as_of_are_not_warned_about() {
    let mut document = bundled();
    document["as_of"] = json!("2025-11-15");
    let source = document["sources"][0]["id"].clone();
    // A pending or cancelled milestone's date and a rescheduling's dates are deadlines.
    document["milestones"][0]["status"] = json!("pending");
    document["milestones"][0]["date"] = json!("2099-Q2");
    document["milestones"][1]["status"] = json!("cancelled");
    document["milestones"][1]["date"] = json!("2098");
    document["milestones"][1]["history"] = json!([{
        "date": "2025-11-15", "status": "cancelled", "source": source,
        "rescheduled": { "from": "2030", "to": "2099-H2" }
    }]);
    // Done within the quarter that holds as_of: it may have been done by then.
    document["milestones"][2]["status"] = json!("done");
    document["milestones"][2]["date"] = json!("2025-Q4");
    assert_eq!(warnings_of(&document), Vec::<String>::new());
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

#[test]
// How long these take is measured by `cargo bench -p dsii-core` (scripts/bench.sh).
fn sixty_thousand_pillars_are_refused_by_the_limits_with_one_error_per_list() {
    let document = sized(60_000, 30_000, 0, 1);
    assert!(document.len() <= limits::MAX_BYTES);
    let errors = errors_in(&document);
    assert_eq!(
        errors,
        [
            "pillars: 60000 entries; at most 100 are allowed",
            "action_lines: 30000 entries; at most 5000 are allowed",
        ]
    );
}

#[test]
fn the_checks_far_beyond_the_limits_keep_the_first_warnings_and_count_the_rest() {
    let document = sized(60_000, 30_000, 30_000, 1);
    // Past the size limit on purpose: the parse without the preflight.
    let (snapshot, _) = parse::parse_preflighted(document.as_bytes()).unwrap();
    let findings = checks::check(&snapshot);
    assert!(findings.errors.is_empty());
    // Half the pillars have no action line.
    let (warnings, omitted) = findings.warnings.into_parts();
    assert_eq!((warnings.len(), omitted), (limits::MAX_DIAGNOSTICS, 29_000));
    assert_eq!(
        warnings[0].to_string(),
        "pillars[30000]: has no action lines"
    );
}

#[test]
fn the_largest_snapshot_the_limits_allow_is_accepted_without_warnings() {
    let document = sized(
        limits::MAX_PILLARS,
        limits::MAX_ACTION_LINES,
        limits::MAX_MILESTONES,
        limits::MAX_SOURCES,
    );
    let valid = load(document.as_bytes()).expect("a snapshot at the limits is valid");
    assert_eq!(valid.snapshot.pillars.len(), limits::MAX_PILLARS);
    assert_eq!((valid.warnings.len(), valid.warnings_omitted), (0, 0));
}

#[test]
fn every_list_one_over_its_limit_is_refused_with_its_path() {
    let document = sized(
        limits::MAX_PILLARS + 1,
        limits::MAX_ACTION_LINES + 1,
        limits::MAX_MILESTONES + 1,
        limits::MAX_SOURCES + 1,
    );
    assert_eq!(
        errors_in(&document),
        [
            "sources: 10001 entries; at most 10000 are allowed",
            "pillars: 101 entries; at most 100 are allowed",
            "action_lines: 5001 entries; at most 5000 are allowed",
            "milestones: 20001 entries; at most 20000 are allowed",
        ]
    );
}

#[test]
fn lists_inside_an_item_are_limited_too() {
    let mut document = bundled();
    let source = document["sources"][0]["id"].clone();
    document["milestones"][0]["sources"] = json!(vec![source; limits::MAX_ITEM_ENTRIES + 1]);
    document["action_lines"][1]["owners"] = json!(vec!["EZ"; limits::MAX_ITEM_ENTRIES + 1]);
    assert_eq!(
        errors_of(&document),
        [
            "action_lines[1].owners: 501 entries; at most 500 are allowed",
            "milestones[0].sources: 501 entries; at most 500 are allowed",
        ]
    );
}

#[test]
fn overlong_strings_and_ids_are_refused_with_their_path() {
    let mut document = bundled();
    document["action_lines"][3]["title"] = json!({ "nl": "x".repeat(50_000), "en": "ok" });
    document["pillars"][0]["id"] = json!("p".repeat(201));
    document["sources"][2]["url"] = json!(format!("https://example.org/{}", "a".repeat(20_000)));
    document["milestones"][1]["title"] = json!({ format!("en{}", "-x".repeat(100)): "t" });
    assert_eq!(
        errors_of(&document),
        [
            "sources[2].url: 20020 characters; at most 20000 are allowed",
            "pillars[0].id: 201 characters; at most 200 are allowed",
            "action_lines[3].title.nl: 50000 characters; at most 20000 are allowed",
            "milestones[1].title (a language tag): 202 characters; at most 200 are allowed",
        ]
    );
}

#[test]
fn string_limits_count_characters_not_bytes() {
    let mut document = bundled();
    document["action_lines"][0]["summary"] = json!("ë".repeat(limits::MAX_TEXT_CHARS));
    assert!(load(document.to_string().as_bytes()).is_ok());
}

#[test]
fn budget_amounts_above_a_quadrillion_are_refused_with_their_path() {
    let mut document = bundled();
    document["action_lines"][0]["budget"][0]["amount_eur"] = json!(limits::MAX_AMOUNT_EUR);
    assert!(load(document.to_string().as_bytes()).is_ok());
    document["action_lines"][0]["budget"][0]["amount_eur"] = json!(u64::MAX);
    assert_eq!(
        errors_of(&document),
        ["action_lines[0].budget[0].amount_eur: 18446744073709551615 euros; at most 1000000000000000 (a quadrillion) are allowed"]
    );
}

#[test]
fn a_flood_of_unknown_keys_keeps_the_first_warnings_and_counts_the_rest() {
    let flood = 200_000;
    let keys: String = (0..flood).map(|i| format!("\"x{i}\":0,")).collect();
    let document = format!("{{{keys}{}", &BUNDLED.trim_start()[1..]);
    let valid = load(document.as_bytes()).expect("unknown keys are not fatal");
    assert_eq!(valid.warnings.len(), limits::MAX_DIAGNOSTICS);
    assert_eq!(valid.warnings_omitted, flood - limits::MAX_DIAGNOSTICS);
    assert_eq!(valid.warnings[0].to_string(), "x0: unknown key, ignored");
}

#[test]
fn a_flood_of_errors_keeps_the_first_and_counts_the_rest() {
    let mut document = bundled();
    let milestones = document["milestones"].as_array_mut().unwrap();
    let count = milestones.len();
    for milestone in milestones {
        milestone["sources"] = json!(vec!["nowhere"; 100]);
    }
    let error = load(document.to_string().as_bytes()).unwrap_err();
    assert_eq!(error.diagnostics().len(), limits::MAX_DIAGNOSTICS);
    assert_eq!(error.omitted(), count * 100 - limits::MAX_DIAGNOSTICS);
    assert!(
        error
            .to_string()
            .ends_with(&format!("(and {} more errors)", count * 100 - 1)),
        "{error}"
    );
}

#[test]
fn look_alike_link_hosts_are_warnings_that_say_where_the_link_goes() {
    let mut document = bundled();
    document["sources"][0]["url"] = json!("https://tweedekamer.nl@evil.example/kamerstukken");
    document["sources"][1]["url"] = json!("https://www.tweedеkamer.nl/");
    document["publisher"]["url"] = json!("https://xn--80ak6aa92e.com/");
    let warnings = warnings_of(&document);
    assert_eq!(
        warnings,
        [
            "publisher.url: \"https://xn--80ak6aa92e.com/\": the host label \"xn--80ak6aa92e\" is punycode, which can hide letters that imitate another name",
            "sources[0].url: \"https://tweedekamer.nl@evil.example/kamerstukken\": the link goes to evil.example: \"tweedekamer.nl\" before \"@\" is a user name, not the host",
            "sources[1].url: \"https://www.tweedеkamer.nl/\": the host label \"tweedеkamer\" mixes Latin and Cyrillic letters, which can imitate another name",
        ]
    );
}

#[test]
fn a_version_key_written_with_escapes_is_still_checked() {
    let document =
        SMALL_FOR_TRICKS.replacen(r#""schema_version": 1"#, r#""schema_v\u0065rsion": 2"#, 1);
    assert!(
        matches!(
            load(document.as_bytes()),
            Err(SnapshotError::UnsupportedVersion { .. })
        ),
        "a version 2 document must be refused"
    );
}

#[test]
fn a_form_feed_between_list_entries_is_not_json_and_is_refused() {
    for (from, to) in [
        ("\"milestones\": [", "\"milestones\": [\x0c"),
        ("\"pillars\": [", "\"pillars\":\x0c ["),
    ] {
        let document = SMALL_FOR_TRICKS.replacen(from, to, 1);
        assert_ne!(document, SMALL_FOR_TRICKS);
        assert!(load(document.as_bytes()).is_err(), "{to:?} must be refused");
    }
}

const SMALL_FOR_TRICKS: &str = include_str!("../../../tests/fixtures/small_monitor.json");
