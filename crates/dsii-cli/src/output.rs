//! Writing results to standard output, and report lines to standard error.

use std::io::Write as _;

use crate::visible::visible;

/// Writes `text` in one go; a closed pipe (`| head`) is not an error worth a panic.
pub fn emit(text: &str) {
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

/// Writes one line of a report (an error, a warning) on standard error; the document
/// data in it is shown by `visible`, so it stays one line and cannot steer the terminal.
pub fn report(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{}", visible(line));
}
