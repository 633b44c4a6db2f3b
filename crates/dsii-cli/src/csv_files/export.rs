//! A snapshot as the CSV files of `layout`.

use dsii_core::model::{
    ActionLine, BudgetItem, HistoryEntry, Milestone, MilestoneChange, Pillar, Snapshot, Source,
};

use super::layout::{
    Layout, BUDGET, LINES, LINE_HISTORY, MILESTONES, MILESTONE_HISTORY, PILLARS, SNAPSHOT, SOURCES,
};
use super::record::Record;
use super::write_table::{write_key_value, write_table};
use super::CsvFiles;

fn document(snapshot: &Snapshot) -> Record {
    let publisher = snapshot.publisher.as_ref();
    let previous = snapshot.previous.as_ref();
    Record::default()
        .value("schema_version", snapshot.schema_version)
        .value("id", &snapshot.id)
        .text("title", Some(&snapshot.title))
        .text("summary", snapshot.summary.as_ref())
        .value("as_of", snapshot.as_of)
        .optional("default_language", snapshot.default_language.as_ref())
        .optional("publisher.name", publisher.map(|p| &p.name))
        .optional("publisher.url", publisher.and_then(|p| p.url.as_ref()))
        .optional("previous.url", previous.map(|p| &p.url))
        .optional("previous.as_of", previous.map(|p| p.as_of))
}

fn source(source: &Source) -> Record {
    Record::default()
        .value("id", &source.id)
        .text("title", Some(&source.title))
        .optional("date", source.date)
        .optional("url", source.url.as_ref())
        .optional("reference", source.reference.as_ref())
        .optional("kind", source.kind.as_ref())
}

fn pillar(pillar: &Pillar) -> Record {
    Record::default()
        .value("id", &pillar.id)
        .text("title", Some(&pillar.title))
        .text("summary", pillar.summary.as_ref())
}

fn line(line: &ActionLine) -> Record {
    Record::default()
        .value("id", &line.id)
        .value("pillar", &line.pillar)
        .text("title", Some(&line.title))
        .text("summary", line.summary.as_ref())
        .value("status", line.status)
        .optional("checked", line.checked)
        .list("owners", &line.owners)
        .list("sources", &line.sources)
        .text("notes", line.notes.as_ref())
}

fn budget_item(line: &str, item: &BudgetItem) -> Record {
    Record::default()
        .value("line", line)
        .value("amount_eur", item.amount_eur)
        .text("label", item.label.as_ref())
        .value("source", &item.source)
        .text("note", item.note.as_ref())
}

fn line_change(line: &str, entry: &HistoryEntry) -> Record {
    Record::default()
        .value("line", line)
        .value("date", entry.date)
        .value("status", entry.status)
        .text("note", entry.note.as_ref())
        .value("source", &entry.source)
}

fn milestone(milestone: &Milestone) -> Record {
    Record::default()
        .value("id", &milestone.id)
        .value("action_line", &milestone.action_line)
        .text("title", Some(&milestone.title))
        .text("description", milestone.description.as_ref())
        .value("date", milestone.date)
        .value("status", milestone.status)
        .optional("checked", milestone.checked)
        .list("sources", &milestone.sources)
        .text("note", milestone.note.as_ref())
}

fn milestone_change(milestone: &str, change: &MilestoneChange) -> Record {
    let rescheduled = change.rescheduled.as_ref();
    Record::default()
        .value("milestone", milestone)
        .value("date", change.date)
        .optional("status", change.status)
        .optional("rescheduled_from", rescheduled.map(|r| r.from))
        .optional("rescheduled_to", rescheduled.map(|r| r.to))
        .text("note", change.note.as_ref())
        .value("source", &change.source)
}

/// Every file of the layout, history and budget files included even when empty.
pub fn export(snapshot: &Snapshot) -> CsvFiles {
    let table =
        |layout: &Layout, records: Vec<Record>| (layout.file, write_table(layout, &records));
    let lines = &snapshot.action_lines;
    let milestones = &snapshot.milestones;
    CsvFiles::from([
        (
            SNAPSHOT.file,
            write_key_value(&SNAPSHOT, &document(snapshot)),
        ),
        table(&SOURCES, snapshot.sources.iter().map(source).collect()),
        table(&PILLARS, snapshot.pillars.iter().map(pillar).collect()),
        table(&LINES, lines.iter().map(line).collect()),
        table(
            &BUDGET,
            lines
                .iter()
                .flat_map(|l| l.budget.iter().map(|item| budget_item(&l.id, item)))
                .collect(),
        ),
        table(
            &LINE_HISTORY,
            lines
                .iter()
                .flat_map(|l| l.history.iter().map(|entry| line_change(&l.id, entry)))
                .collect(),
        ),
        table(&MILESTONES, milestones.iter().map(milestone).collect()),
        table(
            &MILESTONE_HISTORY,
            milestones
                .iter()
                .flat_map(|m| {
                    m.history
                        .iter()
                        .map(|change| milestone_change(&m.id, change))
                })
                .collect(),
        ),
    ])
}
