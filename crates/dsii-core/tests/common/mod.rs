//! What the validator's tests share: the messages a refused document gets.

use dsii_core::validate::{load, Diagnostic};
use serde_json::Value;

/// The errors of a document the validator must refuse, as a reader sees them.
pub fn errors_in(document: &str) -> Vec<String> {
    match load(document.as_bytes()) {
        Ok(_) => panic!("expected the document to be refused"),
        Err(error) => error
            .diagnostics()
            .iter()
            .map(Diagnostic::to_string)
            .collect(),
    }
}

pub fn errors_of(document: &Value) -> Vec<String> {
    errors_in(&document.to_string())
}
