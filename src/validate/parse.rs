//! Turns bytes into a typed snapshot, or into an error that names the place and the
//! expectation. Unknown keys are collected as warnings, not refused.

use serde::Deserialize;
use serde_json::error::Category;

use super::diagnostic::{Diagnostic, SnapshotError};
use super::json_path;
use super::limits::{check_depth, check_size};
use crate::model::snapshot::{Snapshot, SCHEMA_VERSION};

const BYTE_ORDER_MARK: &[u8] = b"\xEF\xBB\xBF";

/// Reads only `schema_version`, so a document of another version is refused by its
/// version rather than by whatever else changed.
#[derive(Deserialize)]
struct VersionProbe {
    #[serde(default)]
    schema_version: Option<serde_json::Value>,
}

/// serde_json appends " at line L column C"; the callers report the place themselves.
fn message_without_location(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    text.strip_suffix(&suffix).unwrap_or(&text).to_owned()
}

fn malformed(error: &serde_json::Error) -> SnapshotError {
    SnapshotError::Malformed {
        line: error.line(),
        column: error.column(),
        reason: message_without_location(error),
    }
}

fn is_syntax(error: &serde_json::Error) -> bool {
    matches!(
        error.classify(),
        Category::Syntax | Category::Eof | Category::Io
    )
}

/// serde would read a struct from an array too; the format's document is an object.
fn check_top_level_object(bytes: &[u8]) -> Result<(), SnapshotError> {
    let found = match bytes.iter().find(|byte| !byte.is_ascii_whitespace()) {
        Some(b'{') | None => return Ok(()),
        Some(b'[') => "an array",
        Some(b'"') => "a string",
        Some(b'0'..=b'9' | b'-') => "a number",
        Some(b't' | b'f') => "a boolean",
        Some(b'n') => "null",
        Some(_) => return Ok(()), // not JSON at all: the parser says where
    };
    Err(SnapshotError::Invalid(vec![Diagnostic::new(
        "",
        format!("expected a JSON object, found {found}"),
    )]))
}

fn check_version(bytes: &[u8]) -> Result<(), SnapshotError> {
    match serde_json::from_slice::<VersionProbe>(bytes) {
        Err(error) if is_syntax(&error) => Err(malformed(&error)),
        // The typed parse reports a wrong shape with its path.
        Err(_)
        | Ok(VersionProbe {
            schema_version: None,
        }) => Ok(()),
        Ok(VersionProbe {
            schema_version: Some(found),
        }) if found.as_u64() != Some(SCHEMA_VERSION) => Err(SnapshotError::UnsupportedVersion {
            found: found.to_string(),
            supported: SCHEMA_VERSION,
        }),
        Ok(_) => Ok(()),
    }
}

/// Parses a snapshot; the warnings name every key the format does not know.
pub fn parse(bytes: &[u8]) -> Result<(Snapshot, Vec<Diagnostic>), SnapshotError> {
    let bytes = bytes.strip_prefix(BYTE_ORDER_MARK).unwrap_or(bytes);
    check_size(bytes)?;
    check_depth(bytes)?;
    check_top_level_object(bytes)?;
    check_version(bytes)?;

    let mut json = serde_json::Deserializer::from_slice(bytes);
    let mut track = serde_path_to_error::Track::new();
    let mut unknown_keys = Vec::new();
    let parsed = serde_ignored::deserialize(
        serde_path_to_error::Deserializer::new(&mut json, &mut track),
        |ignored| {
            let path = json_path::from_ignored(&ignored);
            unknown_keys.push(Diagnostic::new(path, "unknown key, ignored"));
        },
    );
    match parsed {
        Ok(snapshot) => {
            json.end().map_err(|error| malformed(&error))?;
            Ok((snapshot, unknown_keys))
        }
        Err(error) if is_syntax(&error) => Err(malformed(&error)),
        Err(error) => {
            let path = json_path::from_tracked(&track.path());
            let message = format!(
                "{} (line {}, column {})",
                message_without_location(&error),
                error.line(),
                error.column()
            );
            Err(SnapshotError::Invalid(vec![Diagnostic::new(path, message)]))
        }
    }
}
