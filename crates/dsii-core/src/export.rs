//! What a reader can take away: the filtered selection as CSV, and a citation line.

use crate::filter::Selection;
use crate::i18n::{citation_line, state_label, status_label};
use crate::model::link::is_invisible;
use crate::model::{CalendarDate, Language, Source};
use crate::prepared::PreparedSnapshot;
use crate::progress::MilestoneState;

/// Whether a spreadsheet may read the field as a formula: it skips leading blanks and
/// invisible characters, and reads fullwidth signs as their ASCII forms.
fn starts_formula(value: &str) -> bool {
    for c in value.chars() {
        match c {
            '=' | '+' | '-' | '@' | '\t' | '\r' | '＝' | '＋' | '－' | '＠' => return true,
            _ if c.is_whitespace() || is_invisible(c) => {}
            _ => return false,
        }
    }
    false
}

/// Where a spreadsheet that splits on another separator (Dutch Excel splits on `;`),
/// or ignores the quotes, may start a new cell.
fn starts_cell(c: char) -> bool {
    matches!(c, ',' | ';' | '\t' | '\r' | '\n')
}

/// Quotes a CSV field when needed, and defuses spreadsheet formulas: at the start of
/// the field and after every character where a spreadsheet may start a cell.
fn csv_field(value: &str) -> String {
    let mut defused = String::with_capacity(value.len() + 1);
    let mut cell_start = true;
    for (at, c) in value.char_indices() {
        if cell_start && starts_formula(&value[at..]) {
            defused.push('\'');
        }
        defused.push(c);
        cell_start = starts_cell(c);
    }
    let value = defused;
    if value.contains([',', ';', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

fn csv_row(fields: &[&str]) -> String {
    let mut row = fields
        .iter()
        .map(|field| csv_field(field))
        .collect::<Vec<_>>()
        .join(",");
    row.push_str("\r\n");
    row
}

/// The selection as one CSV table: action lines first, then milestones in date order.
pub fn selection_csv(
    prepared: &PreparedSnapshot,
    selection: &Selection,
    language: Language,
    today: CalendarDate,
) -> String {
    let snapshot = &prepared.snapshot;
    // Column names and row kinds are keys, the same in every language; titles and
    // statuses are in the reader's.
    let mut csv = csv_row(&[
        "type",
        "id",
        "pillar",
        "action_line",
        "title",
        "status",
        "date",
        "date_start",
        "date_end",
        "sources",
    ]);
    for &index in &selection.lines {
        let line = &snapshot.action_lines[index];
        csv.push_str(&csv_row(&[
            "action_line",
            &line.id,
            &line.pillar,
            &line.id,
            line.title.resolve(language).text,
            status_label(line.status, language),
            "",
            "",
            "",
            &line.sources.join(" "),
        ]));
    }
    for &index in &selection.milestones {
        let milestone = &snapshot.milestones[index];
        let line = &snapshot.action_lines[prepared.milestone_line(index)];
        csv.push_str(&csv_row(&[
            "milestone",
            &milestone.id,
            &line.pillar,
            &milestone.action_line,
            milestone.title.resolve(language).text,
            state_label(MilestoneState::of(milestone, today), language),
            &milestone.date.to_string(),
            &milestone.date.start().to_string(),
            &milestone.date.end().to_string(),
            &milestone.sources.join(" "),
        ]));
    }
    csv
}

/// A line a researcher can paste: what, its status, which snapshot, which source.
pub fn citation(
    prepared: &PreparedSnapshot,
    line: usize,
    language: Language,
    page_url: &str,
) -> String {
    let snapshot = &prepared.snapshot;
    let action_line = &snapshot.action_lines[line];
    let sources: Vec<&Source> = action_line
        .sources
        .iter()
        .filter_map(|id| snapshot.sources.iter().find(|source| &source.id == id))
        .collect();
    citation_line(action_line, snapshot, &sources, page_url, language)
}

#[cfg(test)]
mod tests {
    use super::csv_field;

    #[test]
    fn csv_fields_are_quoted_and_formulas_defused() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("line\nbreak"), "\"line\nbreak\"");
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
        ] {
            assert_eq!(csv_field(value), format!("'{value}"), "{value:?}");
        }
        // Defused before the blank, and again after the line break a spreadsheet may split on.
        assert_eq!(csv_field("\n=1"), "\"'\n'=1\"");
    }

    #[test]
    fn fullwidth_formula_signs_are_defused() {
        for value in ["＝1+1", "＋1", "－1", "＠SUM(A1)", "\u{a0}＝1"] {
            assert_eq!(csv_field(value), format!("'{value}"), "{value:?}");
        }
    }

    #[test]
    fn text_that_only_mentions_a_sign_is_left_alone() {
        assert_eq!(csv_field(" a = b"), " a = b");
        assert_eq!(csv_field("\u{a0}"), "\u{a0}");
    }

    #[test]
    fn a_formula_after_a_separator_or_line_break_is_defused_too() {
        assert_eq!(csv_field("a;=1+1"), "\"a;'=1+1\"");
        assert_eq!(
            csv_field("x\n=cmd|' /C calc'!A0"),
            "\"x\n'=cmd|' /C calc'!A0\""
        );
        assert_eq!(csv_field("a; -b"), "\"a;' -b\"");
        assert_eq!(csv_field("a-b;c"), "\"a-b;c\"");
    }

    #[test]
    fn fields_with_a_semicolon_are_quoted_for_dutch_spreadsheets() {
        assert_eq!(csv_field("a;b"), "\"a;b\"");
    }
}
