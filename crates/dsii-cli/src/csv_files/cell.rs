//! One CSV cell: an absent value, or a string made safe to open in a spreadsheet.
//!
//! Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage
//! return, or their full-width forms) as a formula, so a hostile id could run one on
//! the reader's machine. Such a value is written behind an apostrophe, which makes the
//! cell plain text: `=HYPERLINK(…)` becomes `'=HYPERLINK(…)`.
//!
//! The apostrophe must come off again on import, and only when the exporter put it
//! there. A cell counts as *marked* when it is an apostrophe followed by nothing, by a
//! formula character, or by another apostrophe; the importer strips the apostrophe of a
//! marked cell and of no other. The exporter therefore marks every value that starts
//! with a formula character, every value that would itself look marked (`'=x` is
//! written `''=x`), and the empty string (written `'`), since an empty cell means
//! "absent". Dutch names such as `'s-Hertogenbosch` are not marked and stay as they are.

/// What makes a spreadsheet read a cell as a formula.
const FORMULA_STARTS: [char; 10] = [
    '=', '+', '-', '@', '\t', '\r', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}',
];

const MARK: char = '\'';

fn starts_formula(text: &str) -> bool {
    text.starts_with(FORMULA_STARTS)
}

/// True when the cell carries the exporter's apostrophe.
fn is_marked(cell: &str) -> bool {
    cell.strip_prefix(MARK)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(MARK) || starts_formula(rest))
}

/// The cell for a value: empty when absent, never starting a formula.
pub fn encode(value: Option<&str>) -> String {
    match value {
        None => String::new(),
        Some(text) if text.is_empty() || starts_formula(text) || is_marked(text) => {
            format!("{MARK}{text}")
        }
        Some(text) => text.to_owned(),
    }
}

/// The value of a cell: `None` when it is empty, without the exporter's apostrophe.
pub fn decode(cell: &str) -> Option<String> {
    if cell.is_empty() {
        return None;
    }
    let text = match is_marked(cell) {
        true => &cell[MARK.len_utf8()..],
        false => cell,
    };
    Some(text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_values_are_written_behind_an_apostrophe_and_read_back() {
        for value in [
            "=1+1",
            "+31 70",
            "-5",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "\u{FF1D}1+1",
        ] {
            let cell = encode(Some(value));
            assert_eq!(cell, format!("'{value}"));
            assert_eq!(decode(&cell).as_deref(), Some(value));
        }
    }

    #[test]
    fn apostrophes_of_authors_survive_and_only_look_marked_when_they_would_be() {
        for (value, cell) in [
            ("'s-Hertogenbosch", "'s-Hertogenbosch"),
            ("'=x", "''=x"),
            ("'", "''"),
            ("''", "'''"),
            ("", "'"),
            ("plain", "plain"),
        ] {
            assert_eq!(encode(Some(value)), cell, "{value:?}");
            assert_eq!(decode(cell).as_deref(), Some(value), "{cell:?}");
        }
    }

    #[test]
    fn an_empty_cell_is_an_absent_value() {
        assert_eq!(encode(None), "");
        assert_eq!(decode(""), None);
    }

    #[test]
    fn a_hand_typed_formula_is_imported_as_the_text_it_is() {
        assert_eq!(decode("=1+1").as_deref(), Some("=1+1"));
    }
}
