//! Validation: from untrusted bytes to a snapshot the widget can show, or to an error
//! that says where and what. Never panics, whatever the input.

pub mod bounds;
pub mod capped;
pub mod checks;
mod chronology;
pub mod diagnostic;
pub mod json;
pub mod limits;
pub mod parse;
pub mod spans;
mod suggest;
pub mod walk;

pub use diagnostic::{Diagnostic, SnapshotError};

use crate::model::Snapshot;
use capped::Capped;

/// A snapshot that passed validation, with what is worth knowing but not fatal.
#[derive(Debug, Clone)]
pub struct ValidSnapshot {
    pub snapshot: Snapshot,
    /// The first warnings, at most `limits::MAX_DIAGNOSTICS`.
    pub warnings: Vec<Diagnostic>,
    /// How many warnings there were beyond those listed.
    pub warnings_omitted: usize,
}

/// Parses and checks a snapshot document. A browser runs the same steps one task
/// each (`parse::preflight`, `parse::parse_preflighted`, `check`), so a large document
/// never blocks the page for long.
pub fn load(bytes: &[u8]) -> Result<ValidSnapshot, SnapshotError> {
    check(parse::parse(bytes)?)
}

/// The rules a parsed snapshot must follow, with the warnings of its parse.
pub fn check(parsed: (Snapshot, Capped)) -> Result<ValidSnapshot, SnapshotError> {
    let (snapshot, mut warnings) = parsed;
    // Limits first, so the other checks only ever see bounded lists and strings.
    let oversized = bounds::check(&snapshot);
    if !oversized.is_empty() {
        return Err(oversized.into());
    }
    let findings = checks::check(&snapshot);
    if !findings.errors.is_empty() {
        return Err(findings.errors.into());
    }
    warnings.append(findings.warnings);
    let (warnings, warnings_omitted) = warnings.into_parts();
    Ok(ValidSnapshot {
        snapshot,
        warnings,
        warnings_omitted,
    })
}
