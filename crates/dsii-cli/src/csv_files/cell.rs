//! One CSV cell: an absent value, or a string made safe to open in a spreadsheet by the
//! core's one rule (`dsii_core::csv_cell`): formulas at the start and after every
//! separator or line break are written behind an apostrophe, which the import takes off
//! again, and only there.
//!
//! An empty cell means "absent", so the empty string is written `'`, an apostrophe
//! followed by nothing, which the rule counts as marked.

use dsii_core::csv_cell::{defuse, restore};

/// The cell for a value: empty when absent, never starting a formula.
pub fn encode(value: Option<&str>) -> String {
    match value {
        None => String::new(),
        Some("") => "'".to_owned(),
        Some(text) => defuse(text),
    }
}

/// The value of a cell: `None` when it is empty, without the exporter's apostrophes.
pub fn decode(cell: &str) -> Option<String> {
    (!cell.is_empty()).then(|| restore(cell))
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
            " =1",
            "\u{a0}=1",
            "\u{200b}@x",
        ] {
            let cell = encode(Some(value));
            assert_eq!(cell, format!("'{value}"));
            assert_eq!(decode(&cell).as_deref(), Some(value));
        }
    }

    #[test]
    fn a_formula_after_a_list_separator_is_defused_and_read_back() {
        let value = "Defensie;=cmd|' /C calc'!A0";
        let cell = encode(Some(value));
        assert_eq!(cell, "Defensie;'=cmd|' /C calc'!A0");
        assert_eq!(decode(&cell).as_deref(), Some(value));
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
