//! The snapshot format, version 1: the widget's public contract.
//! Field docs are copied into the generated JSON Schema.

use serde::Deserialize;

use super::calendar::CalendarDate;
use super::fuzzy_date::{deserialize_parsed, FuzzyDate};
use super::status::{ActionLineStatus, MilestoneStatus};
use super::text::Text;

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
    pub default_language: Option<String>,
    #[serde(default)]
    pub publisher: Option<Publisher>,
    pub sources: Vec<Source>,
    pub pillars: Vec<Pillar>,
    pub action_lines: Vec<ActionLine>,
    pub milestones: Vec<Milestone>,
}

/// Who maintains the snapshot.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
pub struct Publisher {
    pub name: String,
    /// An absolute http(s) URL; anything else is shown as text.
    #[serde(default)]
    pub url: Option<String>,
}

/// A document that facts cite: a letter, motion, commitment, news report…
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
pub struct Source {
    pub id: String,
    pub title: Text,
    #[serde(default)]
    pub date: Option<FuzzyDate>,
    /// An absolute http(s) URL; anything else is shown as text.
    #[serde(default)]
    pub url: Option<String>,
    /// A citable reference, e.g. "Kamerstuk 36 800 X, nr. 11".
    #[serde(default)]
    pub reference: Option<String>,
    /// E.g. letter, motion, commitment, news.
    #[serde(default)]
    pub kind: Option<String>,
}

/// A main theme of the strategy.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
pub struct Pillar {
    pub id: String,
    pub title: Text,
    #[serde(default)]
    pub summary: Option<Text>,
}

/// A line of work under a pillar.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
pub struct ActionLine {
    pub id: String,
    /// The id of its pillar.
    pub pillar: String,
    pub title: Text,
    #[serde(default)]
    pub summary: Option<Text>,
    pub status: ActionLineStatus,
    #[serde(default)]
    pub owners: Vec<String>,
    #[serde(default)]
    pub budget: Vec<BudgetItem>,
    /// Ids of the sources it rests on.
    pub sources: Vec<String>,
    #[serde(default)]
    pub notes: Option<Text>,
    /// How the status moved over time.
    #[serde(default)]
    pub history: Vec<HistoryEntry>,
}

/// Money committed to an action line.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
pub struct BudgetItem {
    /// Whole euros.
    pub amount_eur: u64,
    #[serde(default)]
    pub label: Option<Text>,
    /// The id of the source that states the amount.
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
    pub source: String,
}

/// A dated event or commitment of an action line.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
pub struct Milestone {
    pub id: String,
    /// The id of its action line.
    pub action_line: String,
    pub title: Text,
    #[serde(default)]
    pub description: Option<Text>,
    /// When it happened or falls due; a pending milestone whose date has passed is overdue.
    pub date: FuzzyDate,
    pub status: MilestoneStatus,
    /// Ids of the sources it rests on.
    pub sources: Vec<String>,
    #[serde(default)]
    pub note: Option<Text>,
}
