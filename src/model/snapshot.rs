//! The snapshot format, version 1: the widget's public contract.
//! Field docs are copied into the generated JSON Schema.

use serde::Deserialize;

use super::calendar::CalendarDate;
use super::entries_later::entries_later;
use super::fuzzy_date::{deserialize_parsed, FuzzyDate};
use super::status::{ActionLineStatus, MilestoneStatus};
use super::text::Text;
#[cfg(feature = "cli")]
use crate::validate::limits::{
    MAX_ACTION_LINES, MAX_AMOUNT_EUR, MAX_ID_CHARS, MAX_ITEM_ENTRIES, MAX_MILESTONES, MAX_PILLARS,
    MAX_SOURCES, MAX_TEXT_CHARS,
};

/// The only format version this widget reads.
pub const SCHEMA_VERSION: u64 = 1;

/// A dated picture of a strategy's progress.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "cli",
    schemars(title = "Policy monitor snapshot, format version 1")
)]
pub struct Snapshot {
    /// The format version: always 1.
    #[cfg_attr(feature = "cli", schemars(schema_with = "crate::schema::version_one"))]
    pub schema_version: u64,
    /// A stable identifier for the monitored strategy.
    #[cfg_attr(feature = "cli", schemars(length(max = MAX_ID_CHARS)))]
    pub id: String,
    pub title: Text,
    #[serde(default)]
    pub summary: Option<Text>,
    /// When the facts were last checked (YYYY-MM-DD).
    #[serde(deserialize_with = "deserialize_parsed")]
    #[cfg_attr(
        feature = "cli",
        schemars(schema_with = "crate::schema::calendar_date")
    )]
    pub as_of: CalendarDate,
    /// The language of plain-string texts and the widget's default (`nl` when absent).
    #[serde(default)]
    #[cfg_attr(feature = "cli", schemars(length(max = MAX_ID_CHARS)))]
    pub default_language: Option<String>,
    #[serde(default)]
    pub publisher: Option<Publisher>,
    #[cfg_attr(feature = "cli", schemars(length(max = MAX_SOURCES)))]
    #[serde(deserialize_with = "entries_later")]
    pub sources: Vec<Source>,
    #[cfg_attr(feature = "cli", schemars(length(max = MAX_PILLARS)))]
    #[serde(deserialize_with = "entries_later")]
    pub pillars: Vec<Pillar>,
    #[cfg_attr(feature = "cli", schemars(length(max = MAX_ACTION_LINES)))]
    #[serde(deserialize_with = "entries_later")]
    pub action_lines: Vec<ActionLine>,
    #[cfg_attr(feature = "cli", schemars(length(max = MAX_MILESTONES)))]
    #[serde(deserialize_with = "entries_later")]
    pub milestones: Vec<Milestone>,
}

/// Who maintains the snapshot.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
pub struct Publisher {
    #[cfg_attr(feature = "cli", schemars(length(max = MAX_TEXT_CHARS)))]
    pub name: String,
    /// An absolute http(s) URL; anything else is shown as text.
    #[serde(default)]
    #[cfg_attr(feature = "cli", schemars(length(max = MAX_TEXT_CHARS)))]
    pub url: Option<String>,
}

/// A document that facts cite: a letter, motion, commitment, news report…
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
pub struct Source {
    #[cfg_attr(feature = "cli", schemars(length(max = MAX_ID_CHARS)))]
    pub id: String,
    pub title: Text,
    #[serde(default)]
    pub date: Option<FuzzyDate>,
    /// An absolute http(s) URL; anything else is shown as text.
    #[serde(default)]
    #[cfg_attr(feature = "cli", schemars(length(max = MAX_TEXT_CHARS)))]
    pub url: Option<String>,
    /// A citable reference, e.g. "Kamerstuk 36 800 X, nr. 11".
    #[serde(default)]
    #[cfg_attr(feature = "cli", schemars(length(max = MAX_TEXT_CHARS)))]
    pub reference: Option<String>,
    /// E.g. letter, motion, commitment, news.
    #[serde(default)]
    #[cfg_attr(feature = "cli", schemars(length(max = MAX_TEXT_CHARS)))]
    pub kind: Option<String>,
}

/// A main theme of the strategy.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
pub struct Pillar {
    #[cfg_attr(feature = "cli", schemars(length(max = MAX_ID_CHARS)))]
    pub id: String,
    pub title: Text,
    #[serde(default)]
    pub summary: Option<Text>,
}

/// A line of work under a pillar.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
pub struct ActionLine {
    #[cfg_attr(feature = "cli", schemars(length(max = MAX_ID_CHARS)))]
    pub id: String,
    /// The id of its pillar.
    #[cfg_attr(feature = "cli", schemars(length(max = MAX_ID_CHARS)))]
    pub pillar: String,
    pub title: Text,
    #[serde(default)]
    pub summary: Option<Text>,
    pub status: ActionLineStatus,
    #[serde(default)]
    #[cfg_attr(
        feature = "cli",
        schemars(length(max = MAX_ITEM_ENTRIES), inner(length(max = MAX_TEXT_CHARS)))
    )]
    pub owners: Vec<String>,
    #[serde(default)]
    #[cfg_attr(feature = "cli", schemars(length(max = MAX_ITEM_ENTRIES)))]
    pub budget: Vec<BudgetItem>,
    /// Ids of the sources it rests on.
    #[cfg_attr(
        feature = "cli",
        schemars(length(max = MAX_ITEM_ENTRIES), inner(length(max = MAX_ID_CHARS)))
    )]
    pub sources: Vec<String>,
    #[serde(default)]
    pub notes: Option<Text>,
    /// How the status moved over time.
    #[serde(default)]
    #[cfg_attr(feature = "cli", schemars(length(max = MAX_ITEM_ENTRIES)))]
    pub history: Vec<HistoryEntry>,
}

/// Money committed to an action line.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
pub struct BudgetItem {
    /// Whole euros.
    #[cfg_attr(feature = "cli", schemars(range(max = MAX_AMOUNT_EUR)))]
    pub amount_eur: u64,
    #[serde(default)]
    pub label: Option<Text>,
    /// The id of the source that states the amount.
    #[cfg_attr(feature = "cli", schemars(length(max = MAX_ID_CHARS)))]
    pub source: String,
    #[serde(default)]
    pub note: Option<Text>,
}

/// A dated change of an action line's status.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
pub struct HistoryEntry {
    pub date: FuzzyDate,
    pub status: ActionLineStatus,
    #[serde(default)]
    pub note: Option<Text>,
    /// The id of the source that reports the change.
    #[cfg_attr(feature = "cli", schemars(length(max = MAX_ID_CHARS)))]
    pub source: String,
}

/// A dated event or commitment of an action line.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
pub struct Milestone {
    #[cfg_attr(feature = "cli", schemars(length(max = MAX_ID_CHARS)))]
    pub id: String,
    /// The id of its action line.
    #[cfg_attr(feature = "cli", schemars(length(max = MAX_ID_CHARS)))]
    pub action_line: String,
    pub title: Text,
    #[serde(default)]
    pub description: Option<Text>,
    /// When it happened or falls due; a pending milestone whose date has passed is overdue.
    pub date: FuzzyDate,
    pub status: MilestoneStatus,
    /// Ids of the sources it rests on.
    #[cfg_attr(
        feature = "cli",
        schemars(length(max = MAX_ITEM_ENTRIES), inner(length(max = MAX_ID_CHARS)))
    )]
    pub sources: Vec<String>,
    #[serde(default)]
    pub note: Option<Text>,
}
