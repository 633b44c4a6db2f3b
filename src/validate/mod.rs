//! Validation: from untrusted bytes to a snapshot the widget can show, or to an error
//! that says where and what. Never panics, whatever the input.

pub mod checks;
pub mod diagnostic;
pub mod json_path;
pub mod limits;
pub mod parse;

pub use diagnostic::{Diagnostic, SnapshotError};

use crate::model::Snapshot;

/// A snapshot that passed validation, with what is worth knowing but not fatal.
#[derive(Debug, Clone)]
pub struct ValidSnapshot {
    pub snapshot: Snapshot,
    pub warnings: Vec<Diagnostic>,
}

/// Parses and checks a snapshot document.
pub fn load(bytes: &[u8]) -> Result<ValidSnapshot, SnapshotError> {
    let (snapshot, mut warnings) = parse::parse(bytes)?;
    let findings = checks::check(&snapshot);
    if !findings.errors.is_empty() {
        return Err(SnapshotError::Invalid(findings.errors));
    }
    warnings.extend(findings.warnings);
    Ok(ValidSnapshot { snapshot, warnings })
}
