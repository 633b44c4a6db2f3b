//! Format 1.1: a snapshot may name its predecessor and give milestones a history; every
//! 1.0 document stays valid.

mod common;

use common::errors_of;
use dsii_core::model::{FuzzyDate, MilestoneStatus};
use dsii_core::validate::load;
use serde_json::{json, Value};

const PREVIOUS: &str = include_str!("../../../tests/fixtures/policy_v1.json");
const CURRENT: &str = include_str!("../../../tests/fixtures/policy_v2.json");

fn current() -> Value {
    serde_json::from_str(CURRENT).expect("the fixture is JSON")
}

#[test]
fn a_snapshot_with_a_predecessor_and_milestone_history_is_read_whole() {
    let valid = load(CURRENT.as_bytes()).expect("the 1.1 fixture is valid");
    assert!(valid.warnings.is_empty(), "{:#?}", valid.warnings);
    let previous = valid.snapshot.previous.expect("it names its predecessor");
    assert_eq!(previous.url, "policy_v1.json");
    assert_eq!(previous.as_of.to_string(), "2025-11-15");
    let north = &valid.snapshot.milestones[0];
    let change = &north.history[0];
    let moved = change.rescheduled.expect("the date change is read");
    assert_eq!(moved.from, "2025-Q4".parse::<FuzzyDate>().unwrap());
    assert_eq!(moved.to, "2026-Q2".parse::<FuzzyDate>().unwrap());
    assert_eq!(change.status, None);
    let pilot = &valid.snapshot.milestones[3];
    assert_eq!(pilot.history[0].status, Some(MilestoneStatus::Done));
}

#[test]
fn a_one_point_zero_document_is_still_valid_and_has_no_history() {
    let valid = load(PREVIOUS.as_bytes()).expect("the 1.0 fixture is valid");
    assert!(valid.warnings.is_empty(), "{:#?}", valid.warnings);
    assert!(valid.snapshot.previous.is_none());
    assert!(valid
        .snapshot
        .milestones
        .iter()
        .all(|m| m.history.is_empty()));
}

#[test]
fn a_milestone_change_that_changes_nothing_is_refused_with_its_path() {
    let mut document = current();
    document["milestones"][0]["history"][0] = json!({ "date": "2026-03", "source": "s-plan" });
    let errors = errors_of(&document);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with("milestones[0].history[0].status: expected a status, a rescheduling"),
        "{errors:#?}"
    );
}

#[test]
fn a_milestone_change_citing_an_unknown_source_is_refused() {
    let mut document = current();
    document["milestones"][0]["history"][0]["source"] = json!("nowhere");
    let errors = errors_of(&document);
    assert_eq!(
        errors,
        ["milestones[0].history[0].source: \"nowhere\" is not the id of any entry in sources"]
    );
}

#[test]
fn a_rescheduling_needs_both_dates_in_the_date_format() {
    let mut document = current();
    document["milestones"][0]["history"][0]["rescheduled"] = json!({ "from": "2025-Q4" });
    let errors = errors_of(&document);
    assert!(
        errors[0].contains("milestones[0].history[0].rescheduled") && errors[0].contains("`to`"),
        "{errors:#?}"
    );
    document["milestones"][0]["history"][0]["rescheduled"] =
        json!({ "from": "2025-Q4", "to": "2026-Q5" });
    let errors = errors_of(&document);
    assert!(
        errors[0].starts_with("milestones[0].history[0].rescheduled.to"),
        "{errors:#?}"
    );
}

#[test]
fn a_predecessor_must_be_older_than_the_snapshot() {
    let mut document = current();
    document["previous"]["as_of"] = json!("2026-03-20");
    assert_eq!(
        errors_of(&document),
        ["previous.as_of: expected a date before this snapshot's as_of (2026-03-20), found 2026-03-20"]
    );
}

#[test]
fn a_document_may_use_fifty_languages_and_not_one_more() {
    let mut document = current();
    // The document's own texts use nl and en; these 48 bring it to 50.
    let tag = |n: u8| {
        format!(
            "q{}{}",
            char::from(b'a' + n / 26),
            char::from(b'a' + n % 26)
        )
    };
    let texts: serde_json::Map<String, Value> = (0..48).map(|n| (tag(n), json!("Titel"))).collect();
    document["pillars"][0]["title"] = Value::Object(texts);
    if let Err(error) = load(document.to_string().as_bytes()) {
        panic!("fifty languages are allowed: {error}");
    }
    document["pillars"][1]["title"] = json!({ "qzz": "Delen" });
    assert_eq!(
        errors_of(&document),
        ["pillars[1].title (a language tag): one language more than the 50 a snapshot may use"]
    );
}
