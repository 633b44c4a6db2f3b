//! Document text made safe to print on a terminal: a title, id or message that holds a
//! line break, an escape sequence (a window title, OSC 52 that writes the clipboard), any
//! other C0 or C1 control, a line or paragraph separator or a bidirectional override
//! could forge a line or steer the terminal. Every such character is shown as its code,
//! `\u{1b}`, so the reader sees that it is there and the line stays one line.
//!
//! The one rule for every line the command prints that holds document data: the diff's
//! text and Markdown, the validate report, and the errors and warnings of every
//! subcommand. JSON output escapes the same characters its own way (`json_visible`).

use std::fmt::Write as _;

use dsii_core::model::link::is_invisible;

/// Whether a terminal would act on `c`, or not show it: controls, line and paragraph
/// separators, zero-width and bidirectional formatting characters.
fn is_hidden(c: char) -> bool {
    c.is_control() || is_invisible(c) || matches!(c, '\u{2028}' | '\u{2029}' | '\u{061C}')
}

/// `text` with every hidden character written as `\u{…}`.
pub fn visible(text: &str) -> String {
    let mut shown = String::with_capacity(text.len());
    for c in text.chars() {
        match is_hidden(c) {
            true => {
                let _ = write!(shown, "\\u{{{:x}}}", u32::from(c));
            }
            false => shown.push(c),
        }
    }
    shown
}

/// JSON text with the hidden characters that serde leaves as they are (bidirectional
/// overrides, separators) written as `\uXXXX` escapes: the same data for a program, and
/// no reordered line on a terminal. Such characters occur only inside strings, where
/// the escape means the very character; serde escapes controls there already, so the
/// controls left are the layout's own line breaks.
pub fn json_visible(json: &str) -> String {
    let mut shown = String::with_capacity(json.len());
    for c in json.chars() {
        match is_hidden(c) && !c.is_control() {
            // Every hidden character is in the Basic Multilingual Plane.
            true => {
                let _ = write!(shown, "\\u{:04x}", u32::from(c));
            }
            false => shown.push(c),
        }
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_codes_and_forged_lines_are_shown_as_codes() {
        assert_eq!(visible("red\u{1b}[31m"), "red\\u{1b}[31m");
        assert_eq!(
            visible("T\u{1b}]52;c;ZXZpbA==\u{7}"),
            "T\\u{1b}]52;c;ZXZpbA==\\u{7}"
        );
        assert_eq!(
            visible("Depots\nerror: forged"),
            "Depots\\u{a}error: forged"
        );
        assert_eq!(
            visible("a\r\tb\u{85}c\u{9b}d"),
            "a\\u{d}\\u{9}b\\u{85}c\\u{9b}d"
        );
        assert_eq!(visible("x\u{2028}y"), "x\\u{2028}y");
    }

    #[test]
    fn a_bidirectional_override_is_shown_and_cannot_reorder_the_line() {
        assert_eq!(
            visible("Depots \u{202E}[m-1]\u{2066}"),
            "Depots \\u{202e}[m-1]\\u{2066}"
        );
    }

    #[test]
    fn ordinary_text_is_left_alone() {
        assert_eq!(
            visible("Oekraïne → €2,5 mln 漢字"),
            "Oekraïne → €2,5 mln 漢字"
        );
    }

    #[test]
    fn json_keeps_its_data_and_loses_its_overrides() {
        let json = serde_json::to_string_pretty(&["a\u{202E}b\u{2028}c\n"]).unwrap();
        let shown = json_visible(&json);
        assert_eq!(shown, "[\n  \"a\\u202eb\\u2028c\\n\"\n]");
        let back: Vec<String> = serde_json::from_str(&shown).unwrap();
        assert_eq!(back, ["a\u{202E}b\u{2028}c\n"]);
    }
}
