//! The typed walk from a JSON tree to the snapshot model, written out by hand: every
//! mistake names its JSON path, what was expected, and its line and column; keys the
//! format does not know become warnings. Messages read like serde's.

use std::collections::BTreeMap;
use std::fmt::Display;
use std::str::FromStr;

use super::capped::Capped;
use super::diagnostic::Diagnostic;
use super::json::{Json, Node};
use crate::model::snapshot::{
    ActionLine, BudgetItem, HistoryEntry, Milestone, MilestoneChange, Pillar, PreviousSnapshot,
    Publisher, Rescheduling, Snapshot, Source,
};
use crate::model::text::is_language_tag;
use crate::model::Text;

type Walked<T> = Result<T, Diagnostic>;

const TEXT_EXPECTED: &str =
    "a string, or an object of language tags to strings such as {\"nl\": \"…\", \"en\": \"…\"}";

/// Where the walk is, and what it reports to.
pub struct Walk<'a> {
    path: String,
    unknown_keys: &'a mut Capped,
    /// Line and column in the document of an offset in the text being walked.
    locate: &'a dyn Fn(usize) -> (usize, usize),
}

/// How serde names a value it did not expect: "integer `3`", "string \"x\"".
fn found(node: &Node) -> String {
    match &node.value {
        Json::Null => "null".to_owned(),
        Json::Bool(value) => format!("boolean `{value}`"),
        Json::Number(raw) if raw.contains(['.', 'e', 'E']) => {
            let value: f64 = raw.parse().unwrap_or(f64::NAN);
            let shown = value.to_string();
            let point = if shown.contains(['.', 'e', 'N', 'i']) {
                ""
            } else {
                ".0"
            };
            format!("floating point `{shown}{point}`")
        }
        Json::Number(raw) => format!("integer `{raw}`"),
        Json::String(text) => format!("string {text:?}"),
        Json::Array(_) => "sequence".to_owned(),
        Json::Object(_) => "map".to_owned(),
    }
}

impl<'a> Walk<'a> {
    pub fn new(
        prefix: &str,
        unknown_keys: &'a mut Capped,
        locate: &'a dyn Fn(usize) -> (usize, usize),
    ) -> Self {
        Walk {
            path: prefix.to_owned(),
            unknown_keys,
            locate,
        }
    }

    /// An error at `offset`, with the column as the bytes before it on its line.
    fn error_at(&self, offset: usize, message: impl Display) -> Diagnostic {
        let (line, column) = (self.locate)(offset);
        Diagnostic::new(
            self.path.clone(),
            format!("{message} (line {line}, column {column})"),
        )
    }

    /// An error about a value as read: placed after it.
    fn error(&self, node: &Node, message: impl Display) -> Diagnostic {
        self.error_at(node.end, message)
    }

    /// A value of the wrong kind: a list or object where it opens, a scalar after it.
    fn invalid_type(&self, node: &Node, expected: &str) -> Diagnostic {
        let message = format!("invalid type: {}, expected {expected}", found(node));
        match node.value {
            Json::Array(_) | Json::Object(_) => self.error_at(node.start, message),
            _ => self.error(node, message),
        }
    }

    fn inside<T>(&mut self, step: &str, walk: impl FnOnce(&mut Self) -> Walked<T>) -> Walked<T> {
        let length = self.path.len();
        if !step.starts_with('[') && !self.path.is_empty() {
            self.path.push('.');
        }
        self.path.push_str(step);
        let walked = walk(self);
        self.path.truncate(length);
        walked
    }

    fn string(&mut self, node: &Node) -> Walked<String> {
        match &node.value {
            Json::String(text) => Ok(text.clone()),
            _ => Err(self.invalid_type(node, "a string")),
        }
    }

    fn unsigned(&mut self, node: &Node) -> Walked<u64> {
        match &node.value {
            Json::Number(raw) if raw.starts_with('-') && !raw.contains(['.', 'e', 'E']) => {
                Err(self.error(
                    node,
                    format!("invalid value: integer `{raw}`, expected u64"),
                ))
            }
            Json::Number(raw) => raw.parse().map_err(|_| self.invalid_type(node, "u64")),
            _ => Err(self.invalid_type(node, "u64")),
        }
    }

    /// A date of any precision the type allows, quoting it when it does not parse.
    fn date<T: FromStr>(&mut self, node: &Node) -> Walked<T>
    where
        T::Err: Display,
    {
        let text = self.string(node)?;
        text.parse()
            .map_err(|error| self.error(node, format!("invalid date \"{text}\": {error}")))
    }

    /// A keyword of a closed vocabulary; its error already names what was found.
    fn keyword<T: FromStr>(&mut self, node: &Node) -> Walked<T>
    where
        T::Err: Display,
    {
        let text = self.string(node)?;
        text.parse().map_err(|error| self.error(node, error))
    }

    fn list<T>(
        &mut self,
        node: &Node,
        mut item: impl FnMut(&mut Self, &Node) -> Walked<T>,
    ) -> Walked<Vec<T>> {
        let Json::Array(items) = &node.value else {
            return Err(self.invalid_type(node, "a sequence"));
        };
        let mut walked = Vec::with_capacity(items.len());
        for (index, entry) in items.iter().enumerate() {
            walked.push(self.inside(&format!("[{index}]"), |walk| item(walk, entry))?);
        }
        Ok(walked)
    }

    fn text(&mut self, node: &Node) -> Walked<Text> {
        let members = match &node.value {
            Json::String(text) => return Ok(Text::Plain(text.clone())),
            Json::Object(members) => members,
            _ => return Err(self.invalid_type(node, TEXT_EXPECTED)),
        };
        let mut texts = BTreeMap::new();
        for (tag, value) in members {
            if !is_language_tag(tag) {
                let message = format!(
                    "\"{tag}\" is not a language tag; expected one such as \"nl\" or \"en\""
                );
                return Err(self.error(node, message));
            }
            let text = self.inside(tag, |walk| walk.string(value))?;
            if texts.insert(tag.clone(), text).is_some() {
                return Err(self.error(node, format!("language \"{tag}\" appears twice")));
            }
        }
        if texts.is_empty() {
            return Err(self.error(
                node,
                "expected at least one language, such as {\"nl\": \"…\"}",
            ));
        }
        Ok(Text::Localized(texts))
    }

    /// The members of an object that stands for `what` (e.g. "struct Milestone").
    fn fields<'n>(&mut self, node: &'n Node, what: &str) -> Walked<Fields<'n>> {
        let Json::Object(members) = &node.value else {
            return Err(self.invalid_type(node, what));
        };
        Ok(Fields {
            node,
            members,
            used: vec![false; members.len()],
        })
    }
}

/// An object's members as a struct reads them: each key once, the rest reported.
struct Fields<'n> {
    node: &'n Node,
    members: &'n [(String, Node)],
    used: Vec<bool>,
}

impl<'n> Fields<'n> {
    /// The value of `key`; a key given twice is refused, as serde refuses it.
    fn get(&mut self, walk: &Walk, key: &str) -> Walked<Option<&'n Node>> {
        let mut found = None;
        for (index, (name, value)) in self.members.iter().enumerate() {
            if name == key {
                if found.is_some() {
                    return Err(walk.error(value, format!("duplicate field `{key}`")));
                }
                self.used[index] = true;
                found = Some(value);
            }
        }
        Ok(found)
    }

    /// A key that must be there.
    fn required<'w, T>(
        &mut self,
        walk: &mut Walk<'w>,
        key: &str,
        read: impl FnOnce(&mut Walk<'w>, &Node) -> Walked<T>,
    ) -> Walked<T> {
        match self.get(walk, key)? {
            Some(value) => walk.inside(key, |walk| read(walk, value)),
            None => Err(walk.error(self.node, format!("missing field `{key}`"))),
        }
    }

    /// A key that may be missing or null.
    fn optional<'w, T>(
        &mut self,
        walk: &mut Walk<'w>,
        key: &str,
        read: impl FnOnce(&mut Walk<'w>, &Node) -> Walked<T>,
    ) -> Walked<Option<T>> {
        match self.get(walk, key)? {
            Some(value) if value.value != Json::Null => {
                walk.inside(key, |walk| read(walk, value)).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// A list that may be missing (empty then), but not null.
    fn list<'w, T>(
        &mut self,
        walk: &mut Walk<'w>,
        key: &str,
        item: impl FnMut(&mut Walk<'w>, &Node) -> Walked<T>,
    ) -> Walked<Vec<T>> {
        match self.get(walk, key)? {
            Some(value) => walk.inside(key, |walk| walk.list(value, item)),
            None => Ok(Vec::new()),
        }
    }

    /// Reports the keys nobody asked for.
    fn finish(self, walk: &mut Walk) {
        for ((key, _), used) in self.members.iter().zip(self.used) {
            if !used {
                let path = match walk.path.is_empty() {
                    true => key.clone(),
                    false => format!("{}.{key}", walk.path),
                };
                walk.unknown_keys
                    .push_with(|| Diagnostic::new(path, "unknown key, ignored"));
            }
        }
    }
}

fn ids(walk: &mut Walk, node: &Node) -> Walked<Vec<String>> {
    walk.list(node, Walk::string)
}

/// The document's own fields, and whatever entries its lists hold (none when the
/// caller parses them in steps).
pub fn snapshot(walk: &mut Walk, node: &Node) -> Walked<Snapshot> {
    let mut fields = walk.fields(node, "struct Snapshot")?;
    let snapshot = Snapshot {
        schema_version: fields.required(walk, "schema_version", Walk::unsigned)?,
        id: fields.required(walk, "id", Walk::string)?,
        title: fields.required(walk, "title", Walk::text)?,
        summary: fields.optional(walk, "summary", Walk::text)?,
        as_of: fields.required(walk, "as_of", Walk::date)?,
        default_language: fields.optional(walk, "default_language", Walk::string)?,
        publisher: fields.optional(walk, "publisher", publisher)?,
        sources: fields.required(walk, "sources", |walk, node| walk.list(node, source))?,
        pillars: fields.required(walk, "pillars", |walk, node| walk.list(node, pillar))?,
        action_lines: fields.required(walk, "action_lines", |walk, node| {
            walk.list(node, action_line)
        })?,
        milestones: fields.required(walk, "milestones", |walk, node| walk.list(node, milestone))?,
        previous: fields.optional(walk, "previous", previous_snapshot)?,
    };
    fields.finish(walk);
    Ok(snapshot)
}

fn previous_snapshot(walk: &mut Walk, node: &Node) -> Walked<PreviousSnapshot> {
    let mut fields = walk.fields(node, "struct PreviousSnapshot")?;
    let previous = PreviousSnapshot {
        url: fields.required(walk, "url", Walk::string)?,
        as_of: fields.required(walk, "as_of", Walk::date)?,
    };
    fields.finish(walk);
    Ok(previous)
}

fn publisher(walk: &mut Walk, node: &Node) -> Walked<Publisher> {
    let mut fields = walk.fields(node, "struct Publisher")?;
    let publisher = Publisher {
        name: fields.required(walk, "name", Walk::string)?,
        url: fields.optional(walk, "url", Walk::string)?,
    };
    fields.finish(walk);
    Ok(publisher)
}

pub fn source(walk: &mut Walk, node: &Node) -> Walked<Source> {
    let mut fields = walk.fields(node, "struct Source")?;
    let source = Source {
        id: fields.required(walk, "id", Walk::string)?,
        title: fields.required(walk, "title", Walk::text)?,
        date: fields.optional(walk, "date", Walk::date)?,
        url: fields.optional(walk, "url", Walk::string)?,
        reference: fields.optional(walk, "reference", Walk::string)?,
        kind: fields.optional(walk, "kind", Walk::string)?,
    };
    fields.finish(walk);
    Ok(source)
}

pub fn pillar(walk: &mut Walk, node: &Node) -> Walked<Pillar> {
    let mut fields = walk.fields(node, "struct Pillar")?;
    let pillar = Pillar {
        id: fields.required(walk, "id", Walk::string)?,
        title: fields.required(walk, "title", Walk::text)?,
        summary: fields.optional(walk, "summary", Walk::text)?,
    };
    fields.finish(walk);
    Ok(pillar)
}

pub fn action_line(walk: &mut Walk, node: &Node) -> Walked<ActionLine> {
    let mut fields = walk.fields(node, "struct ActionLine")?;
    let line = ActionLine {
        id: fields.required(walk, "id", Walk::string)?,
        pillar: fields.required(walk, "pillar", Walk::string)?,
        title: fields.required(walk, "title", Walk::text)?,
        summary: fields.optional(walk, "summary", Walk::text)?,
        status: fields.required(walk, "status", Walk::keyword)?,
        owners: fields.list(walk, "owners", Walk::string)?,
        budget: fields.list(walk, "budget", budget_item)?,
        sources: fields.required(walk, "sources", ids)?,
        notes: fields.optional(walk, "notes", Walk::text)?,
        history: fields.list(walk, "history", history_entry)?,
    };
    fields.finish(walk);
    Ok(line)
}

fn budget_item(walk: &mut Walk, node: &Node) -> Walked<BudgetItem> {
    let mut fields = walk.fields(node, "struct BudgetItem")?;
    let item = BudgetItem {
        amount_eur: fields.required(walk, "amount_eur", Walk::unsigned)?,
        label: fields.optional(walk, "label", Walk::text)?,
        source: fields.required(walk, "source", Walk::string)?,
        note: fields.optional(walk, "note", Walk::text)?,
    };
    fields.finish(walk);
    Ok(item)
}

fn history_entry(walk: &mut Walk, node: &Node) -> Walked<HistoryEntry> {
    let mut fields = walk.fields(node, "struct HistoryEntry")?;
    let entry = HistoryEntry {
        date: fields.required(walk, "date", Walk::date)?,
        status: fields.required(walk, "status", Walk::keyword)?,
        note: fields.optional(walk, "note", Walk::text)?,
        source: fields.required(walk, "source", Walk::string)?,
    };
    fields.finish(walk);
    Ok(entry)
}

pub fn milestone(walk: &mut Walk, node: &Node) -> Walked<Milestone> {
    let mut fields = walk.fields(node, "struct Milestone")?;
    let milestone = Milestone {
        id: fields.required(walk, "id", Walk::string)?,
        action_line: fields.required(walk, "action_line", Walk::string)?,
        title: fields.required(walk, "title", Walk::text)?,
        description: fields.optional(walk, "description", Walk::text)?,
        date: fields.required(walk, "date", Walk::date)?,
        status: fields.required(walk, "status", Walk::keyword)?,
        sources: fields.required(walk, "sources", ids)?,
        note: fields.optional(walk, "note", Walk::text)?,
        history: fields.list(walk, "history", milestone_change)?,
    };
    fields.finish(walk);
    Ok(milestone)
}

fn milestone_change(walk: &mut Walk, node: &Node) -> Walked<MilestoneChange> {
    let mut fields = walk.fields(node, "struct MilestoneChange")?;
    let change = MilestoneChange {
        date: fields.required(walk, "date", Walk::date)?,
        status: fields.optional(walk, "status", Walk::keyword)?,
        rescheduled: fields.optional(walk, "rescheduled", rescheduling)?,
        note: fields.optional(walk, "note", Walk::text)?,
        source: fields.required(walk, "source", Walk::string)?,
    };
    fields.finish(walk);
    Ok(change)
}

fn rescheduling(walk: &mut Walk, node: &Node) -> Walked<Rescheduling> {
    let mut fields = walk.fields(node, "struct Rescheduling")?;
    let rescheduling = Rescheduling {
        from: fields.required(walk, "from", Walk::date)?,
        to: fields.required(walk, "to", Walk::date)?,
    };
    fields.finish(walk);
    Ok(rescheduling)
}

/// Reads one snapshot text on its own, for tests of the text rules.
#[cfg(test)]
pub fn text_of(json: &[u8]) -> Result<Text, String> {
    let node = super::json::parse(json).map_err(|error| error.reason.to_owned())?;
    let mut unknown_keys = Capped::default();
    let locate = |_| (1, 0);
    let mut walk = Walk::new("", &mut unknown_keys, &locate);
    walk.text(&node).map_err(|error| error.to_string())
}
