//! The snapshot format, version 1 (revision 1.2): the widget's public contract.
//! Revisions only add optional fields (1.1: `previous`, milestone `history`; 1.2: a
//! `checked` day on action lines and milestones), so every earlier document is a 1.2
//! document and `schema_version` stays 1.
//! Field docs are copied into the generated JSON Schema; `validate::walk` reads it.

use super::calendar::CalendarDate;
use super::fuzzy_date::FuzzyDate;
use super::status::{ActionLineStatus, MilestoneStatus};
use super::text::Text;
#[cfg(feature = "schema")]
use crate::validate::limits::{
    MAX_ACTION_LINES, MAX_AMOUNT_EUR, MAX_ID_CHARS, MAX_ITEM_ENTRIES, MAX_MILESTONES, MAX_PILLARS,
    MAX_SOURCES, MAX_TEXT_CHARS,
};

/// The only format version this widget reads.
pub const SCHEMA_VERSION: u64 = 1;

/// A dated picture of a strategy's progress.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(title = "Policy monitor snapshot, format version 1")
)]
pub struct Snapshot {
    /// The format version: always 1.
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::schema::version_one")
    )]
    pub schema_version: u64,
    /// A stable identifier for the monitored strategy.
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_ID_CHARS)))]
    pub id: String,
    pub title: Text,
    #[cfg_attr(feature = "schema", serde(default))]
    pub summary: Option<Text>,
    /// When the facts were last checked (YYYY-MM-DD).
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::schema::calendar_date")
    )]
    pub as_of: CalendarDate,
    /// The language of plain-string texts and the widget's default (`nl` when absent).
    #[cfg_attr(feature = "schema", serde(default))]
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_ID_CHARS)))]
    pub default_language: Option<String>,
    #[cfg_attr(feature = "schema", serde(default))]
    pub publisher: Option<Publisher>,
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_SOURCES)))]
    pub sources: Vec<Source>,
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_PILLARS)))]
    pub pillars: Vec<Pillar>,
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_ACTION_LINES)))]
    pub action_lines: Vec<ActionLine>,
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_MILESTONES)))]
    pub milestones: Vec<Milestone>,
    /// The snapshot this one replaces, so readers can see what changed (format 1.1).
    #[cfg_attr(feature = "schema", serde(default))]
    pub previous: Option<PreviousSnapshot>,
}

/// Where the preceding snapshot of the same strategy is published.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PreviousSnapshot {
    /// Its URL: absolute, or relative to this snapshot's own URL.
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_TEXT_CHARS)))]
    pub url: String,
    /// Its `as_of` date (YYYY-MM-DD).
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::schema::calendar_date")
    )]
    pub as_of: CalendarDate,
}

/// Who maintains the snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Publisher {
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_TEXT_CHARS)))]
    pub name: String,
    /// An absolute http(s) URL; anything else is shown as text.
    #[cfg_attr(feature = "schema", serde(default))]
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_TEXT_CHARS)))]
    pub url: Option<String>,
}

/// A document that facts cite: a letter, motion, commitment, news report…
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Source {
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_ID_CHARS)))]
    pub id: String,
    pub title: Text,
    #[cfg_attr(feature = "schema", serde(default))]
    pub date: Option<FuzzyDate>,
    /// An absolute http(s) URL; anything else is shown as text.
    #[cfg_attr(feature = "schema", serde(default))]
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_TEXT_CHARS)))]
    pub url: Option<String>,
    /// A citable reference, e.g. "Kamerstuk 36 800 X, nr. 11".
    #[cfg_attr(feature = "schema", serde(default))]
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_TEXT_CHARS)))]
    pub reference: Option<String>,
    /// E.g. letter, motion, commitment, news.
    #[cfg_attr(feature = "schema", serde(default))]
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_TEXT_CHARS)))]
    pub kind: Option<String>,
}

/// A main theme of the strategy.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Pillar {
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_ID_CHARS)))]
    pub id: String,
    pub title: Text,
    #[cfg_attr(feature = "schema", serde(default))]
    pub summary: Option<Text>,
}

/// A line of work under a pillar.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ActionLine {
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_ID_CHARS)))]
    pub id: String,
    /// The id of its pillar.
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_ID_CHARS)))]
    pub pillar: String,
    pub title: Text,
    #[cfg_attr(feature = "schema", serde(default))]
    pub summary: Option<Text>,
    pub status: ActionLineStatus,
    #[cfg_attr(feature = "schema", serde(default))]
    #[cfg_attr(
        feature = "schema",
        schemars(length(max = MAX_ITEM_ENTRIES), inner(length(max = MAX_TEXT_CHARS)))
    )]
    pub owners: Vec<String>,
    #[cfg_attr(feature = "schema", serde(default))]
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_ITEM_ENTRIES)))]
    pub budget: Vec<BudgetItem>,
    /// Ids of the sources it rests on.
    #[cfg_attr(
        feature = "schema",
        schemars(length(max = MAX_ITEM_ENTRIES), inner(length(max = MAX_ID_CHARS)))
    )]
    pub sources: Vec<String>,
    #[cfg_attr(feature = "schema", serde(default))]
    pub notes: Option<Text>,
    /// How the status moved over time.
    #[cfg_attr(feature = "schema", serde(default))]
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_ITEM_ENTRIES)))]
    pub history: Vec<HistoryEntry>,
    /// The day the author last verified it against the public record (YYYY-MM-DD, not
    /// after `as_of`; format 1.2). Absent: checked on `as_of`.
    #[cfg_attr(feature = "schema", serde(default))]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::schema::calendar_date")
    )]
    pub checked: Option<CalendarDate>,
}

/// Money committed to an action line.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct BudgetItem {
    /// Whole euros.
    #[cfg_attr(feature = "schema", schemars(range(max = MAX_AMOUNT_EUR)))]
    pub amount_eur: u64,
    #[cfg_attr(feature = "schema", serde(default))]
    pub label: Option<Text>,
    /// The id of the source that states the amount.
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_ID_CHARS)))]
    pub source: String,
    #[cfg_attr(feature = "schema", serde(default))]
    pub note: Option<Text>,
}

/// A dated change of an action line's status.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct HistoryEntry {
    pub date: FuzzyDate,
    pub status: ActionLineStatus,
    #[cfg_attr(feature = "schema", serde(default))]
    pub note: Option<Text>,
    /// The id of the source that reports the change.
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_ID_CHARS)))]
    pub source: String,
}

/// A dated event or commitment of an action line.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Milestone {
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_ID_CHARS)))]
    pub id: String,
    /// The id of its action line.
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_ID_CHARS)))]
    pub action_line: String,
    pub title: Text,
    #[cfg_attr(feature = "schema", serde(default))]
    pub description: Option<Text>,
    /// When it happened or falls due; a pending milestone is late once it was checked
    /// after this whole interval.
    pub date: FuzzyDate,
    pub status: MilestoneStatus,
    /// Ids of the sources it rests on.
    #[cfg_attr(
        feature = "schema",
        schemars(length(max = MAX_ITEM_ENTRIES), inner(length(max = MAX_ID_CHARS)))
    )]
    pub sources: Vec<String>,
    #[cfg_attr(feature = "schema", serde(default))]
    pub note: Option<Text>,
    /// Dated changes of its status or its date (format 1.1).
    #[cfg_attr(feature = "schema", serde(default))]
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_ITEM_ENTRIES)))]
    pub history: Vec<MilestoneChange>,
    /// The day the author last verified it against the public record (YYYY-MM-DD, not
    /// after `as_of`; format 1.2). Absent: its action line's `checked` day, else `as_of`.
    #[cfg_attr(feature = "schema", serde(default))]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::schema::calendar_date")
    )]
    pub checked: Option<CalendarDate>,
}

/// A dated change of a milestone: a new status, a new date, or both.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MilestoneChange {
    /// When the change was made or made known.
    pub date: FuzzyDate,
    /// The status from then on.
    #[cfg_attr(feature = "schema", serde(default))]
    pub status: Option<MilestoneStatus>,
    /// The milestone's date before and after the change.
    #[cfg_attr(feature = "schema", serde(default))]
    pub rescheduled: Option<Rescheduling>,
    #[cfg_attr(feature = "schema", serde(default))]
    pub note: Option<Text>,
    /// The id of the source that reports the change.
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_ID_CHARS)))]
    pub source: String,
}

/// A milestone's date as it was and as it became.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Rescheduling {
    pub from: FuzzyDate,
    pub to: FuzzyDate,
}
