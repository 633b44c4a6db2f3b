//! No input of any kind makes the validator panic: random bytes, random JSON and
//! mutations of the bundled snapshot, with a bounded budget so the suite stays quick.

use dsii_core::validate::load;
use proptest::prelude::*;
use serde_json::Value;

const BUNDLED: &str = include_str!("../../../data/dsii.json");

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "[a-z_0-9QH-]{0,12}".prop_map(Value::String),
        Just(Value::String("2025-Q4".into())),
        Just(Value::String("pending".into())),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("id".to_owned()),
                    Just("title".to_owned()),
                    Just("schema_version".to_owned()),
                    Just("pillars".to_owned()),
                    Just("date".to_owned()),
                    "[a-z_]{1,10}",
                ],
                inner,
                0..6
            )
            .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = load(&bytes);
    }

    #[test]
    fn random_json_never_panics(value in json_value()) {
        let _ = load(value.to_string().as_bytes());
    }

    #[test]
    fn mutated_snapshots_never_panic(
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        cut in any::<prop::sample::Index>(),
    ) {
        let mut bytes = BUNDLED.as_bytes().to_vec();
        for (at, byte) in edits {
            let index = at.index(bytes.len());
            bytes[index] = byte;
        }
        let _ = load(&bytes);
        let _ = load(&bytes[..cut.index(bytes.len())]);
    }

    #[test]
    fn replaced_values_in_the_snapshot_never_panic(
        path in prop::collection::vec(any::<prop::sample::Index>(), 1..4),
        replacement in json_value(),
    ) {
        let mut document: Value = serde_json::from_str(BUNDLED).unwrap();
        let mut pointer = String::new();
        let mut node = &document;
        for step in path {
            let next = match node {
                Value::Object(map) if !map.is_empty() => map.iter().nth(step.index(map.len())).map(|(key, value)| (key.clone(), value)),
                Value::Array(items) if !items.is_empty() => {
                    let index = step.index(items.len());
                    Some((index.to_string(), &items[index]))
                }
                _ => None,
            };
            let Some((key, child)) = next else { break };
            pointer = format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"));
            node = child;
        }
        if let Some(target) = document.pointer_mut(&pointer) {
            *target = replacement;
        }
        let _ = load(document.to_string().as_bytes());
    }
}
