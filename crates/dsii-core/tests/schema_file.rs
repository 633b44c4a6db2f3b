//! The committed JSON Schema is the one the Rust types generate.
//! Regenerate with: cargo run -p dsii-cli -- schema > schema/snapshot-v1.schema.json
#![cfg(feature = "schema")]

use dsii_core::schema::snapshot_schema_json;
use serde_json::Value;

#[test]
fn the_committed_schema_matches_the_types() {
    let committed = include_str!("../../../schema/snapshot-v1.schema.json");
    assert!(
        committed == snapshot_schema_json(),
        "schema/snapshot-v1.schema.json is out of date; regenerate it (see this file's header)"
    );
}

/// Every `format` keyword's value, anywhere in the schema.
fn formats(value: &Value, found: &mut Vec<String>) {
    match value {
        Value::Object(members) => {
            for (key, member) in members {
                match (key.as_str(), member) {
                    ("format", Value::String(format)) => found.push(format.clone()),
                    _ => formats(member, found),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| formats(item, found)),
        _ => {}
    }
}

#[test]
fn the_schema_names_no_format_a_validator_must_be_taught() {
    // Ajv, as it comes, refuses to compile a schema with a format it was not given.
    let schema: Value = serde_json::from_str(&snapshot_schema_json()).unwrap_or_default();
    let mut found = Vec::new();
    formats(&schema, &mut found);
    assert_eq!(found, Vec::<String>::new());
    assert!(schema["$defs"]["BudgetItem"].is_object(), "{schema}");
}
