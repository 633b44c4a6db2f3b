//! The CSV files of `layout` back into a snapshot, with where each entry came from.
//! Every row is read even after a bad one, so one run lists every mistake.

use std::collections::BTreeMap;

use dsii_core::model::{
    ActionLine, BudgetItem, HistoryEntry, Milestone, MilestoneChange, Pillar, PreviousSnapshot,
    Publisher, Rescheduling, Snapshot, Source,
};

use super::error::{ImportError, Problem};
use super::layout::{
    Layout, BUDGET, LINES, LINE_HISTORY, MILESTONES, MILESTONE_HISTORY, PILLARS, SNAPSHOT, SOURCES,
};
use super::origins::Origins;
use super::read_table::{read_key_value, read_table, Row};
use super::CsvFiles;

type Read<T> = Result<T, ImportError>;

/// A snapshot read from CSV, not yet validated.
#[derive(Debug)]
pub struct Imported {
    pub snapshot: Snapshot,
    pub origins: Origins,
}

/// `needs` must have a value whenever `column` has one (a URL and its date, say).
fn requires(row: &Row, column: &str, needs: &'static str) -> Read<()> {
    match row.optional(column).is_some() && row.optional(needs).is_none() {
        true => Err(row.error(column, Problem::Incomplete(needs))),
        false => Ok(()),
    }
}

fn owned(row: &Row, column: &str) -> Option<String> {
    row.optional(column).map(str::to_owned)
}

fn document(row: &Row) -> Read<Snapshot> {
    requires(row, "publisher.url", "publisher.name")?;
    requires(row, "previous.url", "previous.as_of")?;
    requires(row, "previous.as_of", "previous.url")?;
    let previous = match (owned(row, "previous.url"), row.parsed("previous.as_of")?) {
        (Some(url), Some(as_of)) => Some(PreviousSnapshot { url, as_of }),
        _ => None,
    };
    Ok(Snapshot {
        schema_version: row.required_parsed("schema_version")?,
        id: row.required("id")?,
        title: row.required_text("title")?,
        summary: row.text("summary")?,
        as_of: row.required_parsed("as_of")?,
        default_language: owned(row, "default_language"),
        publisher: owned(row, "publisher.name").map(|name| Publisher {
            name,
            url: owned(row, "publisher.url"),
        }),
        sources: Vec::new(),
        pillars: Vec::new(),
        action_lines: Vec::new(),
        milestones: Vec::new(),
        previous,
    })
}

fn source(row: &Row) -> Read<Source> {
    Ok(Source {
        id: row.required("id")?,
        title: row.required_text("title")?,
        date: row.parsed("date")?,
        url: owned(row, "url"),
        reference: owned(row, "reference"),
        kind: owned(row, "kind"),
    })
}

fn pillar(row: &Row) -> Read<Pillar> {
    Ok(Pillar {
        id: row.required("id")?,
        title: row.required_text("title")?,
        summary: row.text("summary")?,
    })
}

fn line(row: &Row) -> Read<ActionLine> {
    Ok(ActionLine {
        id: row.required("id")?,
        pillar: row.required("pillar")?,
        title: row.required_text("title")?,
        summary: row.text("summary")?,
        status: row.required_parsed("status")?,
        owners: row.list("owners"),
        budget: Vec::new(),
        sources: row.list("sources"),
        notes: row.text("notes")?,
        history: Vec::new(),
        checked: row.parsed("checked")?,
    })
}

fn budget_item(row: &Row) -> Read<BudgetItem> {
    Ok(BudgetItem {
        amount_eur: row.required_parsed("amount_eur")?,
        label: row.text("label")?,
        source: row.required("source")?,
        note: row.text("note")?,
    })
}

fn line_change(row: &Row) -> Read<HistoryEntry> {
    Ok(HistoryEntry {
        date: row.required_parsed("date")?,
        status: row.required_parsed("status")?,
        note: row.text("note")?,
        source: row.required("source")?,
    })
}

fn milestone(row: &Row) -> Read<Milestone> {
    Ok(Milestone {
        id: row.required("id")?,
        action_line: row.required("action_line")?,
        title: row.required_text("title")?,
        description: row.text("description")?,
        date: row.required_parsed("date")?,
        status: row.required_parsed("status")?,
        sources: row.list("sources"),
        note: row.text("note")?,
        history: Vec::new(),
        checked: row.parsed("checked")?,
    })
}

fn milestone_change(row: &Row) -> Read<MilestoneChange> {
    requires(row, "rescheduled_from", "rescheduled_to")?;
    requires(row, "rescheduled_to", "rescheduled_from")?;
    let rescheduled = match (
        row.parsed("rescheduled_from")?,
        row.parsed("rescheduled_to")?,
    ) {
        (Some(from), Some(to)) => Some(Rescheduling { from, to }),
        _ => None,
    };
    Ok(MilestoneChange {
        date: row.required_parsed("date")?,
        status: row.parsed("status")?,
        rescheduled,
        note: row.text("note")?,
        source: row.required("source")?,
    })
}

/// A file of entries that belong to an entry of another file, which they name by id.
struct Child<P, T> {
    layout: &'static Layout,
    parent_column: &'static str,
    parents: &'static Layout,
    parent_id: fn(&P) -> &str,
    read: fn(&Row) -> Read<T>,
    join: fn(&mut P, T),
}

const BUDGET_ITEMS: Child<ActionLine, BudgetItem> = Child {
    layout: &BUDGET,
    parent_column: "line",
    parents: &LINES,
    parent_id: |line| &line.id,
    read: budget_item,
    join: |line, item| line.budget.push(item),
};

const LINE_CHANGES: Child<ActionLine, HistoryEntry> = Child {
    layout: &LINE_HISTORY,
    parent_column: "line",
    parents: &LINES,
    parent_id: |line| &line.id,
    read: line_change,
    join: |line, entry| line.history.push(entry),
};

const MILESTONE_CHANGES: Child<Milestone, MilestoneChange> = Child {
    layout: &MILESTONE_HISTORY,
    parent_column: "milestone",
    parents: &MILESTONES,
    parent_id: |milestone| &milestone.id,
    read: milestone_change,
    join: |milestone, change| milestone.history.push(change),
};

/// Collects what goes wrong, so reading goes on after a mistake.
#[derive(Default)]
struct Reader {
    errors: Vec<ImportError>,
}

impl Reader {
    /// The file's rows; none when it is missing (and may be) or unreadable.
    fn rows(&mut self, files: &CsvFiles, layout: &Layout) -> Vec<(usize, Row)> {
        let read = match files.get(layout.file) {
            Some(bytes) => read_table(layout, bytes),
            None if layout.optional => Ok(Vec::new()),
            None => Err(ImportError::MissingFile(layout.file)),
        };
        read.unwrap_or_else(|error| {
            self.errors.push(error);
            Vec::new()
        })
    }

    /// Each row's entry, and the rows they were read from; bad rows are reported.
    fn entries<T>(
        &mut self,
        files: &CsvFiles,
        layout: &Layout,
        read: fn(&Row) -> Read<T>,
    ) -> (Vec<T>, Vec<usize>) {
        let mut entries = (Vec::new(), Vec::new());
        for (number, row) in self.rows(files, layout) {
            match read(&row) {
                Ok(value) => {
                    entries.0.push(value);
                    entries.1.push(number);
                }
                Err(error) => self.errors.push(error),
            }
        }
        entries
    }

    /// Adds each entry of a child file to its parent; returns their rows per parent.
    fn attach<P, T>(
        &mut self,
        files: &CsvFiles,
        child: &Child<P, T>,
        parents: &mut [P],
    ) -> Vec<Vec<usize>> {
        let mut index = BTreeMap::new();
        // Reversed, so a duplicated id (which validation reports) means its first entry.
        for (position, parent) in parents.iter().enumerate().rev() {
            index.insert((child.parent_id)(parent).to_owned(), position);
        }
        let mut rows = vec![Vec::new(); parents.len()];
        for (number, row) in self.rows(files, child.layout) {
            let parent = row.required(child.parent_column).and_then(|id| {
                index.get(&id).copied().ok_or_else(|| {
                    let file = child.parents.file;
                    row.error(child.parent_column, Problem::UnknownParent { id, file })
                })
            });
            match parent.and_then(|parent| Ok((parent, (child.read)(&row)?))) {
                Ok((position, value)) => {
                    if let (Some(parent), Some(rows)) =
                        (parents.get_mut(position), rows.get_mut(position))
                    {
                        (child.join)(parent, value);
                        rows.push(number);
                    }
                }
                Err(error) => self.errors.push(error),
            }
        }
        rows
    }
}

/// Reads every file; the snapshot only when all of them read cleanly.
pub fn import(files: &CsvFiles) -> Result<Imported, Vec<ImportError>> {
    let mut reader = Reader::default();
    let document_row = match files.get(SNAPSHOT.file) {
        Some(bytes) => read_key_value(&SNAPSHOT, bytes),
        None => Err(ImportError::MissingFile(SNAPSHOT.file)),
    };
    let document = document_row.and_then(|row| Ok((document(&row)?, row)));
    let (sources, source_rows) = reader.entries(files, &SOURCES, source);
    let (pillars, pillar_rows) = reader.entries(files, &PILLARS, pillar);
    let (mut lines, line_rows) = reader.entries(files, &LINES, line);
    let (mut milestones, milestone_rows) = reader.entries(files, &MILESTONES, milestone);
    let budget_rows = reader.attach(files, &BUDGET_ITEMS, &mut lines);
    let line_history_rows = reader.attach(files, &LINE_CHANGES, &mut lines);
    let milestone_history_rows = reader.attach(files, &MILESTONE_CHANGES, &mut milestones);

    let (mut snapshot, document_row) = match document {
        Ok(document) if reader.errors.is_empty() => document,
        Ok(_) => return Err(reader.errors),
        Err(error) => {
            reader.errors.insert(0, error);
            return Err(reader.errors);
        }
    };
    snapshot.sources = sources;
    snapshot.pillars = pillars;
    snapshot.action_lines = lines;
    snapshot.milestones = milestones;
    Ok(Imported {
        snapshot,
        origins: Origins {
            document: document_row,
            sources: source_rows,
            pillars: pillar_rows,
            lines: line_rows,
            milestones: milestone_rows,
            budget: budget_rows,
            line_history: line_history_rows,
            milestone_history: milestone_history_rows,
        },
    })
}
