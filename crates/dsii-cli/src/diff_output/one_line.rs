//! Snapshot text made safe for line-based output: a title with a line break or a
//! terminal escape sequence in it must not break the line or steer the terminal.

use dsii_core::model::link::is_invisible;

/// `text` on one line: whitespace controls (line breaks, tabs) become spaces and other
/// control characters U+FFFD, so data can neither start a line nor send escape codes;
/// invisible format characters (bidirectional overrides among them) are dropped, so a
/// title cannot reorder what follows it on its line.
pub fn one_line(text: &str) -> String {
    text.chars()
        .filter(|&c| !is_invisible(c))
        .map(|c| match c {
            c if c.is_control() && c.is_whitespace() => ' ',
            c if c.is_control() => '\u{FFFD}',
            '\u{2028}' | '\u{2029}' => ' ',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::one_line;

    #[test]
    fn line_breaks_become_spaces_and_escape_codes_lose_their_escape() {
        assert_eq!(one_line("a\nb\r\nc\td"), "a b  c d");
        assert_eq!(one_line("red\u{1b}[31m"), "red\u{FFFD}[31m");
        assert_eq!(one_line("x\u{85}y\u{2028}z"), "x y z");
    }

    #[test]
    fn a_bidirectional_override_cannot_reorder_the_rest_of_the_line() {
        assert_eq!(
            one_line("Depots \u{202E}[m-1] · 2026"),
            "Depots [m-1] · 2026"
        );
        assert_eq!(one_line("a\u{2066}b\u{2069}"), "ab");
    }

    #[test]
    fn ordinary_text_is_left_alone() {
        assert_eq!(one_line("Oekraïne → €2,5 mln"), "Oekraïne → €2,5 mln");
    }
}
