//! The one rule for CSV cells a spreadsheet opens, shared by the widget's "Selection as
//! CSV" and the `dsii` command's export and import.
//!
//! A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage
//! return, or their full-width forms) as a formula, even behind blanks or invisible
//! characters, and a spreadsheet that splits on another separator (Dutch Excel splits on
//! `;`) or ignores quotes may start a cell after any `,`, `;`, tab or line break. So at
//! the start of a value and after each of those characters, a formula is written behind
//! an apostrophe, which makes the cell plain text: `=HYPERLINK(…)` becomes `'=HYPERLINK(…)`.
//!
//! The apostrophe comes off again on import, and only where the exporter put it. A
//! place counts as *marked* when it holds an apostrophe followed by the end, by a
//! formula, or by another apostrophe; `restore` strips the apostrophe of every marked
//! place and of no other. `defuse` therefore also marks a place that would itself look
//! marked (`'=x` is written `''=x`). Dutch names such as `'s-Hertogenbosch` are not
//! marked and stay as they are.
//!
//! Work is linear: the look for a formula at one place never passes the next place, so
//! each character is looked at a bounded number of times.

use crate::model::link::is_invisible;

const MARK: char = '\'';

/// Where a spreadsheet may start a new cell.
fn starts_cell(c: char) -> bool {
    matches!(c, ',' | ';' | '\t' | '\r' | '\n')
}

/// Whether a spreadsheet may read the place that `segment` starts as a formula: blanks and
/// invisible characters are skipped, full-width signs read as their ASCII forms. The look
/// stops at the next place (a line feed there is the next place's concern).
fn starts_formula(segment: &str) -> bool {
    for c in segment.chars() {
        match c {
            '=' | '+' | '-' | '@' | '\t' | '\r' | '＝' | '＋' | '－' | '＠' => return true,
            '\n' => return false,
            _ if c.is_whitespace() || is_invisible(c) => {}
            _ => return false,
        }
    }
    false
}

/// True when `segment` carries the exporter's apostrophe.
fn is_marked(segment: &str) -> bool {
    segment
        .strip_prefix(MARK)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(MARK) || starts_formula(rest))
}

/// The places of `text`: from the start, and from after each character where a cell may
/// start, to the end of the next such character. They cover `text` once, in order.
fn segments(text: &str) -> impl Iterator<Item = &str> {
    text.split_inclusive(starts_cell)
}

/// `value` with an apostrophe before every place a spreadsheet could run as a formula
/// (or that would look marked), so `restore` gives `value` back.
pub fn defuse(value: &str) -> String {
    let mut defused = String::with_capacity(value.len() + 1);
    for segment in segments(value) {
        if starts_formula(segment) || is_marked(segment) {
            defused.push(MARK);
        }
        defused.push_str(segment);
    }
    defused
}

/// The value of a cell `defuse` wrote: without the apostrophes of marked places.
pub fn restore(cell: &str) -> String {
    let mut value = String::with_capacity(cell.len());
    for segment in segments(cell) {
        let segment = match is_marked(segment) {
            true => &segment[MARK.len_utf8()..],
            false => segment,
        };
        value.push_str(segment);
    }
    value
}

/// A CSV field for a defused cell: quoted when it holds a separator (`;` too, for Dutch
/// spreadsheets), a quote or a line break.
fn quoted(cell: &str) -> String {
    if cell.contains([',', ';', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_owned()
    }
}

/// One CSV row (RFC 4180: fields separated by `,`, ended by CRLF) of defused cells.
pub fn row<S: AsRef<str>>(cells: &[S]) -> String {
    let mut row = String::new();
    for (index, cell) in cells.iter().enumerate() {
        if index > 0 {
            row.push(',');
        }
        row.push_str(&quoted(cell.as_ref()));
    }
    row.push_str("\r\n");
    row
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(value: &str) -> String {
        quoted(&defuse(value))
    }

    #[test]
    fn csv_fields_are_quoted_and_formulas_defused() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, \"b\""), "\"a, \"\"b\"\"\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("line\nbreak"), "\"line\nbreak\"");
    }

    #[test]
    fn formulas_behind_leading_blanks_are_defused() {
        for value in [
            " =1+1",
            "\u{a0}=1+1",
            "\u{200b}@SUM(A1)",
            "\u{200d}+1",
            "\u{2060}-2+3",
            "\u{feff} =1",
            "\tx",
            "\rx",
        ] {
            assert_eq!(defuse(value), format!("'{value}"), "{value:?}");
        }
        // After the line break a spreadsheet may split on.
        assert_eq!(field("\n=1"), "\"\n'=1\"");
    }

    #[test]
    fn fullwidth_formula_signs_are_defused() {
        for value in ["＝1+1", "＋1", "－1", "＠SUM(A1)", "\u{a0}＝1"] {
            assert_eq!(defuse(value), format!("'{value}"), "{value:?}");
        }
    }

    #[test]
    fn text_that_only_mentions_a_sign_is_left_alone() {
        assert_eq!(field(" a = b"), " a = b");
        assert_eq!(field("\u{a0}"), "\u{a0}");
        assert_eq!(field("a-b;c"), "\"a-b;c\"");
    }

    #[test]
    fn a_formula_after_a_separator_or_line_break_is_defused_too() {
        assert_eq!(field("a;=1+1"), "\"a;'=1+1\"");
        assert_eq!(field("x\n=cmd|' /C calc'!A0"), "\"x\n'=cmd|' /C calc'!A0\"");
        assert_eq!(field("a; -b"), "\"a;' -b\"");
        assert_eq!(
            defuse("Defensie;=cmd|' /C calc'!A0"),
            "Defensie;'=cmd|' /C calc'!A0"
        );
    }

    #[test]
    fn fields_with_a_semicolon_are_quoted_for_dutch_spreadsheets() {
        assert_eq!(field("a;b"), "\"a;b\"");
    }

    #[test]
    fn every_defused_value_is_restored_and_apostrophes_of_authors_survive() {
        for (value, cell) in [
            ("'s-Hertogenbosch", "'s-Hertogenbosch"),
            ("'=x", "''=x"),
            ("'", "''"),
            ("''", "'''"),
            ("a;'", "a;''"),
            ("a;", "a;"),
            ("\n=1", "\n'=1"),
            ("a;=b;\t=c", "a;'=b;'\t'=c"),
            ("", ""),
        ] {
            assert_eq!(defuse(value), cell, "{value:?}");
            assert_eq!(restore(cell), value, "{cell:?}");
        }
    }

    #[test]
    fn a_hand_typed_formula_is_imported_as_the_text_it_is() {
        assert_eq!(restore("=1+1"), "=1+1");
    }

    #[test]
    fn a_value_of_line_breaks_is_looked_at_one_place_at_a_time() {
        // The look for a formula once ran to the end of the value from every place, so a
        // title of 20,000 line breaks took 200 million steps.
        assert!(
            !starts_formula("\n\n\n=1"),
            "the look stops at the next place"
        );
        let title = "\n".repeat(20_000);
        let places: Vec<&str> = segments(&title).collect();
        assert_eq!(places.len(), 20_000);
        assert!(places.iter().all(|place| *place == "\n"));
        assert_eq!(defuse(&title), title);
    }

    #[test]
    fn a_row_ends_with_crlf_and_quotes_only_what_needs_it() {
        assert_eq!(row(&["a", "b;c", ""]), "a,\"b;c\",\r\n");
    }
}
