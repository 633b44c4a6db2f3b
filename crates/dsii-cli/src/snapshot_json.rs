//! Writes a snapshot as the format's JSON: keys in the order the fixtures use, optional
//! fields left out when absent or empty, pretty-printed. The model has no serde derive,
//! so thin wrappers serialize it here; serde_json's own maps would sort the keys.

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use dsii_core::model::{
    ActionLine, BudgetItem, CalendarDate, HistoryEntry, Milestone, MilestoneChange, Pillar,
    PreviousSnapshot, Publisher, Rescheduling, Snapshot, Source, Text,
};

use crate::languages::compare_tags;

/// The snapshot as pretty-printed JSON, ending with a newline.
pub fn snapshot_json(snapshot: &Snapshot) -> Result<String, serde_json::Error> {
    let mut text = serde_json::to_string_pretty(&Json(snapshot))?;
    text.push('\n');
    Ok(text)
}

/// A model value, serialized in the format's shape.
struct Json<'a, T>(&'a T);

/// A list of model values.
struct List<'a, T>(&'a [T]);

impl<T> Serialize for List<'_, T>
where
    for<'a> Json<'a, T>: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(Json))
    }
}

/// Writes `key` only when there is a value.
fn optional<M: SerializeMap, T>(map: &mut M, key: &str, value: Option<&T>) -> Result<(), M::Error>
where
    for<'a> Json<'a, T>: Serialize,
{
    match value {
        Some(value) => map.serialize_entry(key, &Json(value)),
        None => Ok(()),
    }
}

/// Writes the day an item was last checked, when the document gives one.
fn checked<M: SerializeMap>(map: &mut M, day: Option<CalendarDate>) -> Result<(), M::Error> {
    match day {
        Some(day) => map.serialize_entry("checked", &day.to_string()),
        None => Ok(()),
    }
}

/// Writes a list that the format lets authors leave out, only when it has entries.
fn non_empty<M: SerializeMap, T>(map: &mut M, key: &str, list: &[T]) -> Result<(), M::Error>
where
    for<'a> Json<'a, T>: Serialize,
{
    match list.is_empty() {
        true => Ok(()),
        false => map.serialize_entry(key, &List(list)),
    }
}

impl Serialize for Json<'_, Text> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Text::Plain(text) => serializer.serialize_str(text),
            Text::Localized(texts) => {
                let mut entries: Vec<_> = texts.iter().collect();
                entries.sort_by(|(a, _), (b, _)| compare_tags(a, b));
                serializer.collect_map(entries)
            }
        }
    }
}

impl Serialize for Json<'_, String> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

impl Serialize for Json<'_, Snapshot> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let snapshot = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("schema_version", &snapshot.schema_version)?;
        map.serialize_entry("id", &snapshot.id)?;
        map.serialize_entry("title", &Json(&snapshot.title))?;
        optional(&mut map, "summary", snapshot.summary.as_ref())?;
        map.serialize_entry("as_of", &snapshot.as_of.to_string())?;
        optional(
            &mut map,
            "default_language",
            snapshot.default_language.as_ref(),
        )?;
        optional(&mut map, "publisher", snapshot.publisher.as_ref())?;
        optional(&mut map, "previous", snapshot.previous.as_ref())?;
        map.serialize_entry("sources", &List(&snapshot.sources))?;
        map.serialize_entry("pillars", &List(&snapshot.pillars))?;
        map.serialize_entry("action_lines", &List(&snapshot.action_lines))?;
        map.serialize_entry("milestones", &List(&snapshot.milestones))?;
        map.end()
    }
}

impl Serialize for Json<'_, Publisher> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.0.name)?;
        optional(&mut map, "url", self.0.url.as_ref())?;
        map.end()
    }
}

impl Serialize for Json<'_, PreviousSnapshot> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("url", &self.0.url)?;
        map.serialize_entry("as_of", &self.0.as_of.to_string())?;
        map.end()
    }
}

impl Serialize for Json<'_, Source> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let source = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &source.id)?;
        map.serialize_entry("title", &Json(&source.title))?;
        if let Some(date) = source.date {
            map.serialize_entry("date", &date.to_string())?;
        }
        optional(&mut map, "url", source.url.as_ref())?;
        optional(&mut map, "reference", source.reference.as_ref())?;
        optional(&mut map, "kind", source.kind.as_ref())?;
        map.end()
    }
}

impl Serialize for Json<'_, Pillar> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let pillar = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &pillar.id)?;
        map.serialize_entry("title", &Json(&pillar.title))?;
        optional(&mut map, "summary", pillar.summary.as_ref())?;
        map.end()
    }
}

impl Serialize for Json<'_, ActionLine> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let line = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &line.id)?;
        map.serialize_entry("pillar", &line.pillar)?;
        map.serialize_entry("title", &Json(&line.title))?;
        optional(&mut map, "summary", line.summary.as_ref())?;
        map.serialize_entry("status", line.status.as_str())?;
        checked(&mut map, line.checked)?;
        non_empty(&mut map, "owners", &line.owners)?;
        non_empty(&mut map, "budget", &line.budget)?;
        map.serialize_entry("sources", &line.sources)?;
        optional(&mut map, "notes", line.notes.as_ref())?;
        non_empty(&mut map, "history", &line.history)?;
        map.end()
    }
}

impl Serialize for Json<'_, BudgetItem> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let item = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("amount_eur", &item.amount_eur)?;
        optional(&mut map, "label", item.label.as_ref())?;
        map.serialize_entry("source", &item.source)?;
        optional(&mut map, "note", item.note.as_ref())?;
        map.end()
    }
}

impl Serialize for Json<'_, HistoryEntry> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let entry = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("date", &entry.date.to_string())?;
        map.serialize_entry("status", entry.status.as_str())?;
        optional(&mut map, "note", entry.note.as_ref())?;
        map.serialize_entry("source", &entry.source)?;
        map.end()
    }
}

impl Serialize for Json<'_, Milestone> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let milestone = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &milestone.id)?;
        map.serialize_entry("action_line", &milestone.action_line)?;
        map.serialize_entry("title", &Json(&milestone.title))?;
        optional(&mut map, "description", milestone.description.as_ref())?;
        map.serialize_entry("date", &milestone.date.to_string())?;
        map.serialize_entry("status", milestone.status.as_str())?;
        checked(&mut map, milestone.checked)?;
        map.serialize_entry("sources", &milestone.sources)?;
        optional(&mut map, "note", milestone.note.as_ref())?;
        non_empty(&mut map, "history", &milestone.history)?;
        map.end()
    }
}

impl Serialize for Json<'_, MilestoneChange> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let change = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("date", &change.date.to_string())?;
        if let Some(status) = change.status {
            map.serialize_entry("status", status.as_str())?;
        }
        optional(&mut map, "rescheduled", change.rescheduled.as_ref())?;
        optional(&mut map, "note", change.note.as_ref())?;
        map.serialize_entry("source", &change.source)?;
        map.end()
    }
}

impl Serialize for Json<'_, Rescheduling> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("from", &self.0.from.to_string())?;
        map.serialize_entry("to", &self.0.to.to_string())?;
        map.end()
    }
}
