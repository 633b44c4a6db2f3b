//! Writing results to standard output.

use std::io::Write as _;

/// Writes `text` in one go; a closed pipe (`| head`) is not an error worth a panic.
pub fn emit(text: &str) {
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}
