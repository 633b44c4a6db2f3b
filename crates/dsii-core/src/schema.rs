//! The JSON Schema of the snapshot format, generated from the Rust types so the two
//! cannot drift apart. Native only (feature `cli`).

use schemars::generate::SchemaSettings;
use schemars::transform::RecursiveTransform;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use crate::model::{ActionLineStatus, FuzzyDate, MilestoneStatus, Snapshot, Text};
use crate::validate::limits::{MAX_ID_CHARS, MAX_LANGUAGES, MAX_TEXT_CHARS};

const FUZZY_DATE_PATTERN: &str =
    "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-Q[1-4]|-H[12])?$";
const LANGUAGE_TAG_PATTERN: &str = "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$";

pub fn version_one(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "type": "integer", "const": 1 })
}

pub fn calendar_date(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": "string",
        "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
        "description": "A calendar day, YYYY-MM-DD."
    })
}

/// The closed vocabularies list their keywords, in the order the Rust enums declare them.
macro_rules! keyword_schemas {
    ($($name:ident),+) => {$(
        impl JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                let keywords: Vec<&str> = Self::ALL.iter().map(|value| value.as_str()).collect();
                json_schema!({ "type": "string", "enum": keywords })
            }
        }
    )+};
}

keyword_schemas!(ActionLineStatus, MilestoneStatus);

impl JsonSchema for FuzzyDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "FuzzyDate".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": FUZZY_DATE_PATTERN,
            "description": "A date as precise as its source: YYYY-MM-DD, YYYY-MM, YYYY-Qn (quarter), YYYY-Hn (half year) or YYYY.",
            "examples": ["2025-10-06", "2025-10", "2026-Q1", "2026-H1", "2026"]
        })
    }
}

impl JsonSchema for Text {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A string in the snapshot's default language, or an object of language tags to strings.",
            "oneOf": [
                { "type": "string", "maxLength": MAX_TEXT_CHARS },
                {
                    "type": "object",
                    "minProperties": 1,
                    "maxProperties": MAX_LANGUAGES,
                    "propertyNames": { "pattern": LANGUAGE_TAG_PATTERN, "maxLength": MAX_ID_CHARS },
                    "additionalProperties": { "type": "string", "maxLength": MAX_TEXT_CHARS }
                }
            ],
            "examples": [{ "nl": "Sterk", "en": "Strong" }]
        })
    }
}

/// The formats JSON Schema 2020-12 defines; validators know these, or may ignore them.
const STANDARD_FORMATS: [&str; 19] = [
    "date-time",
    "date",
    "time",
    "duration",
    "email",
    "idn-email",
    "hostname",
    "idn-hostname",
    "ipv4",
    "ipv6",
    "uri",
    "uri-reference",
    "iri",
    "iri-reference",
    "uuid",
    "uri-template",
    "json-pointer",
    "relative-json-pointer",
    "regex",
];

/// Drops formats of schemars' own (`uint64` for a `u64`): validators such as Ajv refuse
/// a schema with a format they do not know, and the range keywords already say it.
fn drop_nonstandard_format(schema: &mut Schema) {
    let Some(object) = schema.as_object_mut() else {
        return;
    };
    let nonstandard = object
        .get("format")
        .and_then(|format| format.as_str())
        .is_some_and(|format| !STANDARD_FORMATS.contains(&format));
    if nonstandard {
        object.remove("format");
    }
}

/// The schema as committed in `schema/snapshot-v1.schema.json`.
pub fn snapshot_schema_json() -> String {
    let schema = SchemaSettings::default()
        .with_transform(RecursiveTransform(drop_nonstandard_format))
        .into_generator()
        .into_root_schema_for::<Snapshot>();
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
