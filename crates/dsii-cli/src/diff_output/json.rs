//! A change set as JSON for programs. The shape is stable; keys are written in this
//! order, and the ones marked "when" are left out otherwise:
//!
//! ```json
//! {
//!   "since": "2025-11-15",            // first day of the period (YYYY-MM-DD)
//!   "until": "2026-03-20",            // last day: the newer snapshot's as_of
//!   "language": "en",                 // the --lang of title and label
//!   "changes": [{
//!     "item": "action_line",          // action_line | milestone | source
//!     "id": "depots",
//!     "title": "New depots",          // the item's title now (when removed: its last)
//!     "change": "status",             // ChangeKind::as_str: added | removed | retitled |
//!                                     //   status | done | slipped | rescheduled |
//!                                     //   overdue | budget
//!     "label": "In progress → delayed", // the badge, in `language`
//!     "from": "in_progress",          // when status (null if not known), retitled (the
//!     "to": "delayed",                //   old and new title), slipped/rescheduled (the
//!                                     //   dates, 2026-Q2 notation) or budget (whole euros)
//!     "slip": {"amount": 2, "unit": "quarter"}, // when slipped; unit: day | month |
//!                                     //   quarter | half | year
//!     "due": "2026-01",               // when overdue
//!     "date": "2026-03-10",           // when it happened, 2026-Q2 notation; null if unknown
//!     "sources": [{"id": "s-letter-2", "title": "Second progress letter",
//!                  "url": "https://example.org/letter-2"}] // url as written, or null
//!   }]
//! }
//! ```

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use dsii_core::changes::{Change, ChangeKind, ChangeSet, DateUnit, Slip};
use dsii_core::model::{Language, Source};

use super::describe;
use crate::visible::json_visible;

/// The change set as pretty-printed JSON, ending with a newline.
pub fn render(set: &ChangeSet, language: Language) -> Result<String, serde_json::Error> {
    let mut text = json_visible(&serde_json::to_string_pretty(&SetJson { set, language })?);
    text.push('\n');
    Ok(text)
}

struct SetJson<'a> {
    set: &'a ChangeSet,
    language: Language,
}

impl Serialize for SetJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(4))?;
        map.serialize_entry("since", &self.set.since.to_string())?;
        map.serialize_entry("until", &self.set.until.to_string())?;
        map.serialize_entry("language", self.language.tag())?;
        let changes: Vec<ChangeJson> = self
            .set
            .changes
            .iter()
            .map(|change| ChangeJson {
                change,
                language: self.language,
            })
            .collect();
        map.serialize_entry("changes", &changes)?;
        map.end()
    }
}

struct ChangeJson<'a> {
    change: &'a Change,
    language: Language,
}

impl Serialize for ChangeJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (change, language) = (self.change, self.language);
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("item", change.item.as_str())?;
        map.serialize_entry("id", &change.id)?;
        map.serialize_entry("title", describe::title(change, language))?;
        map.serialize_entry("change", change.kind.as_str())?;
        map.serialize_entry("label", &describe::badge(change, language))?;
        match &change.kind {
            ChangeKind::Added | ChangeKind::Removed | ChangeKind::Done => {}
            ChangeKind::Retitled { from } => {
                map.serialize_entry("from", from.resolve(language).text)?;
                map.serialize_entry("to", describe::title(change, language))?;
            }
            ChangeKind::LineStatus { from, to } => {
                map.serialize_entry("from", &from.map(|status| status.as_str()))?;
                map.serialize_entry("to", to.as_str())?;
            }
            ChangeKind::MilestoneStatus { from, to } => {
                map.serialize_entry("from", &from.map(|status| status.as_str()))?;
                map.serialize_entry("to", to.as_str())?;
            }
            ChangeKind::Rescheduled { from, to, slip } => {
                map.serialize_entry("from", &from.to_string())?;
                map.serialize_entry("to", &to.to_string())?;
                if let Some(slip) = slip {
                    map.serialize_entry("slip", &SlipJson(*slip))?;
                }
            }
            ChangeKind::BecameOverdue { due } => map.serialize_entry("due", &due.to_string())?,
            ChangeKind::Budget { from, to } => {
                map.serialize_entry("from", from)?;
                map.serialize_entry("to", to)?;
            }
        }
        map.serialize_entry("date", &change.date.map(|date| date.to_string()))?;
        let sources: Vec<SourceJson> = change
            .cited
            .sources
            .iter()
            .map(|source| SourceJson { source, language })
            .collect();
        map.serialize_entry("sources", &sources)?;
        if change.cited.more > 0 {
            map.serialize_entry("more_sources", &change.cited.more)?;
        }
        map.end()
    }
}

struct SlipJson(Slip);

impl Serialize for SlipJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let unit = match self.0.unit {
            DateUnit::Day => "day",
            DateUnit::Month => "month",
            DateUnit::Quarter => "quarter",
            DateUnit::Half => "half",
            DateUnit::Year => "year",
        };
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("amount", &self.0.amount)?;
        map.serialize_entry("unit", unit)?;
        map.end()
    }
}

struct SourceJson<'a> {
    source: &'a Source,
    language: Language,
}

impl Serialize for SourceJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("id", &self.source.id)?;
        let title = describe::source_title(self.source, self.language);
        map.serialize_entry("title", title)?;
        map.serialize_entry("url", &self.source.url)?;
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsii_core::changes::ItemKind;
    use dsii_core::model::{FuzzyDate, Text};
    use serde_json::{json, Value};
    use std::sync::Arc;

    fn set_of(kind: ChangeKind) -> ChangeSet {
        ChangeSet {
            since: "2025-11-15".parse().unwrap(),
            until: "2026-03-20".parse().unwrap(),
            changes: vec![Change {
                item: ItemKind::Milestone,
                id: "m".to_owned(),
                title: Arc::new(Text::Plain("M".to_owned())),
                kind,
                date: None,
                cited: Default::default(),
            }],
        }
    }

    fn parsed(set: &ChangeSet) -> Value {
        serde_json::from_str(&render(set, Language::En).unwrap()).unwrap()
    }

    #[test]
    fn a_slip_names_both_dates_and_the_amount_in_the_dates_unit() {
        let date = |text: &str| text.parse::<FuzzyDate>().unwrap();
        let kind = ChangeKind::Rescheduled {
            from: date("2025-Q4"),
            to: date("2026-Q2"),
            slip: Some(Slip {
                amount: 2,
                unit: DateUnit::Quarter,
            }),
        };
        assert_eq!(
            parsed(&set_of(kind)),
            json!({
                "since": "2025-11-15",
                "until": "2026-03-20",
                "language": "en",
                "changes": [{
                    "item": "milestone", "id": "m", "title": "M", "change": "slipped",
                    "label": "slipped 2 quarters", "from": "2025-Q4", "to": "2026-Q2",
                    "slip": {"amount": 2, "unit": "quarter"}, "date": null, "sources": []
                }]
            })
        );
    }

    #[test]
    fn a_status_whose_earlier_value_is_unknown_has_a_null_from() {
        let kind = ChangeKind::MilestoneStatus {
            from: None,
            to: dsii_core::model::MilestoneStatus::Done,
        };
        let change = &parsed(&set_of(kind))["changes"][0];
        assert_eq!(change["from"], Value::Null);
        assert_eq!(change["to"], "done");
    }

    #[test]
    fn keys_keep_the_documented_order() {
        let text = render(&set_of(ChangeKind::Added), Language::En).unwrap();
        let at = |key: &str| text.find(&format!("\"{key}\"")).unwrap();
        assert!(at("since") < at("until") && at("until") < at("changes"));
        assert!(at("item") < at("id") && at("id") < at("title") && at("change") < at("date"));
    }
}
