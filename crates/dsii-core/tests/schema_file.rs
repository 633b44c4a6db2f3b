//! The committed JSON Schema is the one the Rust types generate.
//! Regenerate with: cargo run -p dsii-cli -- schema > schema/snapshot-v1.schema.json
#![cfg(feature = "schema")]

use dsii_core::schema::snapshot_schema_json;

#[test]
fn the_committed_schema_matches_the_types() {
    let committed = include_str!("../../../schema/snapshot-v1.schema.json");
    assert!(
        committed == snapshot_schema_json(),
        "schema/snapshot-v1.schema.json is out of date; regenerate it (see this file's header)"
    );
}
