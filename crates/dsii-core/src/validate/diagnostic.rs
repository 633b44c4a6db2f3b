//! What validation reports: a JSON path, what is wrong there, and for fatal errors the
//! reason the snapshot cannot be shown.

use std::fmt;

/// One finding at one place in the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where, e.g. `action_lines[3].status`; empty for the document itself.
    pub path: String,
    /// What is wrong and what was expected.
    pub message: String,
}

impl Diagnostic {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "(document): {}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Why a snapshot cannot be shown. Cloneable so the UI can keep and re-render it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SnapshotError {
    #[error("the document is {size} bytes; a snapshot may be at most {limit} bytes")]
    TooLarge { size: usize, limit: usize },
    #[error("line {line}, column {column}: nesting deeper than {limit} levels; the format needs far fewer")]
    TooDeep {
        line: usize,
        column: usize,
        limit: usize,
    },
    #[error("line {line}, column {column}: not valid JSON: {reason}")]
    Malformed {
        line: usize,
        column: usize,
        reason: String,
    },
    #[error("schema_version: found {found}; this widget reads format version {supported}")]
    UnsupportedVersion { found: String, supported: u64 },
    /// The first errors found, and how many more there were (see `limits::MAX_DIAGNOSTICS`).
    #[error("{}", summarize(errors, *omitted))]
    Invalid {
        errors: Vec<Diagnostic>,
        omitted: usize,
    },
}

fn summarize(errors: &[Diagnostic], omitted: usize) -> String {
    match errors {
        [] => "the snapshot is invalid".to_owned(),
        [only] if omitted == 0 => only.to_string(),
        [first, rest @ ..] => format!("{first} (and {} more errors)", rest.len() + omitted),
    }
}

impl From<Diagnostic> for SnapshotError {
    fn from(error: Diagnostic) -> Self {
        SnapshotError::Invalid {
            errors: vec![error],
            omitted: 0,
        }
    }
}

impl SnapshotError {
    /// Every kept finding, for a validator or a "details" panel.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        match self {
            SnapshotError::Invalid { errors, .. } => errors.clone(),
            SnapshotError::UnsupportedVersion { found, supported } => vec![Diagnostic::new(
                "schema_version",
                format!("found {found}; this widget reads format version {supported}"),
            )],
            other => vec![Diagnostic::new("", other.to_string())],
        }
    }

    /// Errors found beyond those `diagnostics` lists.
    pub fn omitted(&self) -> usize {
        match self {
            SnapshotError::Invalid { omitted, .. } => *omitted,
            _ => 0,
        }
    }
}
