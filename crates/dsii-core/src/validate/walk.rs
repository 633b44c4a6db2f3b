//! The typed walk from a JSON tree to the snapshot model, written out by hand: every
//! mistake names its JSON path, what was expected, and its line and column; keys the
//! format does not know become warnings. Messages read like serde's. The walk goes on
//! past a mistake, so one run reports every wrong type and missing field.

use std::fmt::Display;
use std::str::FromStr;

use super::capped::Findings;
use super::diagnostic::Diagnostic;
use super::json::{Json, Node};
use super::suggest;
use crate::model::snapshot::{
    ActionLine, BudgetItem, HistoryEntry, Milestone, MilestoneChange, Pillar, PreviousSnapshot,
    Publisher, Rescheduling, Snapshot, Source,
};
use crate::model::text::is_language_tag;
use crate::model::{Text, Texts};

/// A mistake the walk has recorded in its errors; the value it spoilt is missing.
/// Only the walk makes one, so a failed walk always has an error to show.
#[derive(Debug)]
pub struct Reported(());

pub type Walked<T> = Result<T, Reported>;

const TEXT_EXPECTED: &str =
    "a string, or an object of language tags to strings such as {\"nl\": \"…\", \"en\": \"…\"}";

/// Where the walk is, and what it reports to.
pub struct Walk<'a> {
    path: String,
    /// Mistakes go to `errors`, unknown keys to `warnings`.
    findings: &'a mut Findings,
    /// Line and column in the document of an offset in the text being walked.
    locate: &'a dyn Fn(usize) -> (usize, usize),
}

/// How serde names a value it did not expect: "integer `3`", "string \"x\"".
fn found(node: &Node) -> String {
    match &node.value {
        Json::Null => "null".to_owned(),
        Json::Bool(value) => format!("boolean `{value}`"),
        // As written: parsing and printing floats would cost the wasm their code.
        Json::Number(raw) if raw.contains(['.', 'e', 'E']) => format!("floating point `{raw}`"),
        Json::Number(raw) => format!("integer `{raw}`"),
        Json::String(text) => format!("string {text:?}"),
        Json::Array(_) => "sequence".to_owned(),
        Json::Object(_) => "map".to_owned(),
    }
}

/// Every entry as walked, or `Reported` if any was spoilt.
fn all<T>(entries: impl Iterator<Item = Walked<T>>) -> Walked<Vec<T>> {
    let mut kept = Vec::with_capacity(entries.size_hint().0);
    let mut failed = false;
    for entry in entries {
        match entry {
            Ok(entry) => kept.push(entry),
            Err(Reported(())) => failed = true,
        }
    }
    match failed {
        true => Err(Reported(())),
        false => Ok(kept),
    }
}

impl<'a> Walk<'a> {
    pub fn new(
        prefix: &str,
        findings: &'a mut Findings,
        locate: &'a dyn Fn(usize) -> (usize, usize),
    ) -> Self {
        Walk {
            path: prefix.to_owned(),
            findings,
            locate,
        }
    }

    /// Records an error at `offset`, with the column as the bytes before it on its line.
    fn error_at(&mut self, offset: usize, message: impl Display) -> Reported {
        let (path, locate) = (&self.path, self.locate);
        self.findings.errors.push_with(|| {
            let (line, column) = locate(offset);
            Diagnostic::new(
                path.clone(),
                format!("{message} (line {line}, column {column})"),
            )
        });
        Reported(())
    }

    /// An error about a value as read: placed after it.
    fn error(&mut self, node: &Node, message: impl Display) -> Reported {
        self.error_at(node.end, message)
    }

    /// A value of the wrong kind: a list or object where it opens, a scalar after it.
    fn invalid_type(&mut self, node: &Node, expected: &str) -> Reported {
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
                let message = format!("invalid value: integer `{raw}`, expected u64");
                Err(self.error(node, message))
            }
            Json::Number(raw) => match raw.parse() {
                Ok(value) => Ok(value),
                Err(_) => Err(self.invalid_type(node, "u64")),
            },
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
        all(items
            .iter()
            .enumerate()
            .map(|(index, entry)| self.inside(&format!("[{index}]"), |walk| item(walk, entry))))
    }

    /// One language's text; a bad tag or a second use of one spoils it.
    fn translation(
        &mut self,
        node: &Node,
        (tag, value): &(String, Node),
        texts: &mut Texts,
    ) -> Walked<()> {
        if !is_language_tag(tag) {
            let message =
                format!("\"{tag}\" is not a language tag; expected one such as \"nl\" or \"en\"");
            return Err(self.error(node, message));
        }
        let text = self.inside(tag, |walk| walk.string(value))?;
        match texts.insert(tag.clone(), text) {
            Some(_) => Err(self.error(node, format!("language \"{tag}\" appears twice"))),
            None => Ok(()),
        }
    }

    fn text(&mut self, node: &Node) -> Walked<Text> {
        let members = match &node.value {
            Json::String(text) => return Ok(Text::Plain(text.clone())),
            Json::Object(members) => members,
            _ => return Err(self.invalid_type(node, TEXT_EXPECTED)),
        };
        if members.is_empty() {
            let message = "expected at least one language, such as {\"nl\": \"…\"}";
            return Err(self.error(node, message));
        }
        let mut texts = Texts::default();
        let each = members
            .iter()
            .map(|member| self.translation(node, member, &mut texts));
        all(each)?;
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
            known: Vec::new(),
            missing: Vec::new(),
        })
    }
}

/// An object's members as a struct reads them: each key once, the rest reported.
struct Fields<'n> {
    node: &'n Node,
    members: &'n [(String, Node)],
    used: Vec<bool>,
    /// The keys asked for, to suggest one for a key nobody asked for.
    known: Vec<&'static str>,
    /// Required keys that are not there.
    missing: Vec<&'static str>,
}

impl<'n> Fields<'n> {
    /// The value of `key`; a key given twice is refused, as serde refuses it.
    fn get(&mut self, walk: &mut Walk, key: &'static str) -> Walked<Option<&'n Node>> {
        self.known.push(key);
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
        key: &'static str,
        read: impl FnOnce(&mut Walk<'w>, &Node) -> Walked<T>,
    ) -> Walked<T> {
        match self.get(walk, key)? {
            Some(value) => walk.inside(key, |walk| read(walk, value)),
            None => {
                // Reported by `finish`, which knows the keys that may be its misspelling.
                self.missing.push(key);
                Err(Reported(()))
            }
        }
    }

    /// A key that may be missing or null.
    fn optional<'w, T>(
        &mut self,
        walk: &mut Walk<'w>,
        key: &'static str,
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
        key: &'static str,
        item: impl FnMut(&mut Walk<'w>, &Node) -> Walked<T>,
    ) -> Walked<Vec<T>> {
        match self.get(walk, key)? {
            Some(value) => walk.inside(key, |walk| walk.list(value, item)),
            None => Ok(Vec::new()),
        }
    }

    /// Reports the missing keys and the keys nobody asked for, each with the key it
    /// may be a misspelling of. Every struct's walk ends here.
    fn finish(self, walk: &mut Walk) {
        let unknown: Vec<&str> = (self.members.iter().zip(&self.used))
            .filter(|(_, &used)| !used)
            .map(|((key, _), _)| key.as_str())
            .collect();
        for &key in &self.missing {
            let unknown = unknown.as_slice();
            walk.error(self.node, MissingField { key, unknown });
        }
        for key in unknown {
            let path = match walk.path.is_empty() {
                true => key.to_owned(),
                false => format!("{}.{key}", walk.path),
            };
            walk.findings.warnings.push_with(|| {
                let message = match suggest::nearest(key, &self.known) {
                    Some(known) => format!("unknown key, ignored; did you mean `{known}`?"),
                    None => "unknown key, ignored".to_owned(),
                };
                Diagnostic::new(path, message)
            });
        }
    }
}

/// "missing field `as_of`", naming an unknown key that may be its misspelling. Worded
/// only when the error is kept, so a flood of unknown keys costs no comparisons.
struct MissingField<'k> {
    key: &'static str,
    unknown: &'k [&'k str],
}

impl Display for MissingField<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "missing field `{}`", self.key)?;
        match suggest::nearest(self.key, self.unknown) {
            Some(slip) => write!(f, "; is `{slip}` a misspelling of it?"),
            None => Ok(()),
        }
    }
}

/// Reads a struct's fields, each named as its key, all of them before any mistake
/// spoils the struct: one run reports every wrong or missing field. `required`,
/// `optional` or `list` says how each is read (see `Fields`).
macro_rules! walk_struct {
    ($walk:ident, $node:ident, $name:ident { $($field:ident: $how:ident($read:expr)),+ $(,)? }) => {{
        let mut fields = $walk.fields($node, concat!("struct ", stringify!($name)))?;
        $(let $field = fields.$how($walk, stringify!($field), $read);)+
        fields.finish($walk);
        Ok($name { $($field: $field?),+ })
    }};
}

fn ids(walk: &mut Walk, node: &Node) -> Walked<Vec<String>> {
    walk.list(node, Walk::string)
}

/// The document's own fields, and whatever entries its lists hold (none when the
/// caller parses them in steps).
pub fn snapshot(walk: &mut Walk, node: &Node) -> Walked<Snapshot> {
    walk_struct!(
        walk,
        node,
        Snapshot {
            schema_version: required(Walk::unsigned),
            id: required(Walk::string),
            title: required(Walk::text),
            summary: optional(Walk::text),
            as_of: required(Walk::date),
            default_language: optional(Walk::string),
            publisher: optional(publisher),
            sources: required(|walk, node| walk.list(node, source)),
            pillars: required(|walk, node| walk.list(node, pillar)),
            action_lines: required(|walk, node| walk.list(node, action_line)),
            milestones: required(|walk, node| walk.list(node, milestone)),
            previous: optional(previous_snapshot),
        }
    )
}

fn previous_snapshot(walk: &mut Walk, node: &Node) -> Walked<PreviousSnapshot> {
    walk_struct!(
        walk,
        node,
        PreviousSnapshot {
            url: required(Walk::string),
            as_of: required(Walk::date),
        }
    )
}

fn publisher(walk: &mut Walk, node: &Node) -> Walked<Publisher> {
    walk_struct!(
        walk,
        node,
        Publisher {
            name: required(Walk::string),
            url: optional(Walk::string),
        }
    )
}

pub fn source(walk: &mut Walk, node: &Node) -> Walked<Source> {
    walk_struct!(
        walk,
        node,
        Source {
            id: required(Walk::string),
            title: required(Walk::text),
            date: optional(Walk::date),
            url: optional(Walk::string),
            reference: optional(Walk::string),
            kind: optional(Walk::string),
        }
    )
}

pub fn pillar(walk: &mut Walk, node: &Node) -> Walked<Pillar> {
    walk_struct!(
        walk,
        node,
        Pillar {
            id: required(Walk::string),
            title: required(Walk::text),
            summary: optional(Walk::text),
        }
    )
}

pub fn action_line(walk: &mut Walk, node: &Node) -> Walked<ActionLine> {
    walk_struct!(
        walk,
        node,
        ActionLine {
            id: required(Walk::string),
            pillar: required(Walk::string),
            title: required(Walk::text),
            summary: optional(Walk::text),
            status: required(Walk::keyword),
            owners: list(Walk::string),
            budget: list(budget_item),
            sources: required(ids),
            notes: optional(Walk::text),
            history: list(history_entry),
            checked: optional(Walk::date),
        }
    )
}

fn budget_item(walk: &mut Walk, node: &Node) -> Walked<BudgetItem> {
    walk_struct!(
        walk,
        node,
        BudgetItem {
            amount_eur: required(Walk::unsigned),
            label: optional(Walk::text),
            source: required(Walk::string),
            note: optional(Walk::text),
        }
    )
}

fn history_entry(walk: &mut Walk, node: &Node) -> Walked<HistoryEntry> {
    walk_struct!(
        walk,
        node,
        HistoryEntry {
            date: required(Walk::date),
            status: required(Walk::keyword),
            note: optional(Walk::text),
            source: required(Walk::string),
        }
    )
}

pub fn milestone(walk: &mut Walk, node: &Node) -> Walked<Milestone> {
    walk_struct!(
        walk,
        node,
        Milestone {
            id: required(Walk::string),
            action_line: required(Walk::string),
            title: required(Walk::text),
            description: optional(Walk::text),
            date: required(Walk::date),
            status: required(Walk::keyword),
            sources: required(ids),
            note: optional(Walk::text),
            history: list(milestone_change),
            checked: optional(Walk::date),
        }
    )
}

fn milestone_change(walk: &mut Walk, node: &Node) -> Walked<MilestoneChange> {
    walk_struct!(
        walk,
        node,
        MilestoneChange {
            date: required(Walk::date),
            status: optional(Walk::keyword),
            rescheduled: optional(rescheduling),
            note: optional(Walk::text),
            source: required(Walk::string),
        }
    )
}

fn rescheduling(walk: &mut Walk, node: &Node) -> Walked<Rescheduling> {
    walk_struct!(
        walk,
        node,
        Rescheduling {
            from: required(Walk::date),
            to: required(Walk::date),
        }
    )
}

/// Reads one snapshot text on its own, for tests of the text rules: the text, or its
/// first error.
#[cfg(test)]
pub fn text_of(json: &[u8]) -> Result<Text, String> {
    let node = super::json::parse(json).map_err(|error| error.reason.to_owned())?;
    let mut findings = Findings::default();
    let locate = |_| (1, 0);
    let text = Walk::new("", &mut findings, &locate).text(&node);
    let (errors, _) = findings.errors.into_parts();
    text.map_err(|_| {
        errors
            .first()
            .map(Diagnostic::to_string)
            .unwrap_or_default()
    })
}
