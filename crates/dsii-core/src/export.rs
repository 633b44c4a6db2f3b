//! What a reader can take away: the filtered selection as CSV, and a citation line.

use crate::csv_cell;
use crate::filter::Selection;
use crate::i18n::{citation_line, state_label, status_label};
use crate::model::{CalendarDate, Language, Source};
use crate::prepared::PreparedSnapshot;

/// A row of the export; every field passes the shared rule for CSV cells.
fn csv_row(fields: &[&str]) -> String {
    let cells: Vec<String> = fields.iter().map(|field| csv_cell::defuse(field)).collect();
    csv_cell::row(&cells)
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
            state_label(prepared.milestone_state(index, today), language),
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
