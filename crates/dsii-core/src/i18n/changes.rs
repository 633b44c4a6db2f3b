//! The words of change badges and change lists: "nieuw", "gepland → in uitvoering",
//! "2 kwartalen later".

use super::{counted, format_eur, format_eur_exact, state_label, status_label};
use crate::changes::{ChangeKind, DateUnit, ItemKind, Slip};
use crate::model::{Language, MilestoneStatus};
use crate::progress::MilestoneState;

fn milestone_status_label(status: MilestoneStatus, language: Language) -> &'static str {
    let state = match status {
        MilestoneStatus::Done => MilestoneState::Done,
        MilestoneStatus::Pending => MilestoneState::Pending,
        MilestoneStatus::Cancelled => MilestoneState::Cancelled,
    };
    state_label(state, language)
}

/// "2 kwartalen" / "2 quarters".
pub fn count_units(slip: Slip, language: Language) -> String {
    let (nl, en) = match slip.unit {
        DateUnit::Day => (("dag", "dagen"), ("day", "days")),
        DateUnit::Month => (("maand", "maanden"), ("month", "months")),
        DateUnit::Quarter => (("kwartaal", "kwartalen"), ("quarter", "quarters")),
        DateUnit::Half => (("halfjaar", "halfjaren"), ("half-year", "half-years")),
        DateUnit::Year => (("jaar", "jaar"), ("year", "years")),
    };
    counted(slip.amount as usize, language, nl, en)
}

/// "from → to" with the statuses in lower case after the first; "new status" when the
/// earlier status is not known.
fn status_move(from: Option<&str>, to: &str, language: Language) -> String {
    match (from, language) {
        (Some(from), _) => format!("{from} → {}", to.to_ascii_lowercase()),
        (None, Language::Nl) => format!("nu {}", to.to_ascii_lowercase()),
        (None, Language::En) => format!("now {}", to.to_ascii_lowercase()),
    }
}

/// The short label of a change, for its badge.
pub fn change_badge(kind: &ChangeKind, item: ItemKind, language: Language) -> String {
    let nl = language == Language::Nl;
    match kind {
        ChangeKind::Added if item == ItemKind::Source => {
            if nl { "nieuwe bron" } else { "new source" }.to_owned()
        }
        ChangeKind::Added => if nl { "nieuw" } else { "new" }.to_owned(),
        ChangeKind::Removed => if nl { "verwijderd" } else { "removed" }.to_owned(),
        ChangeKind::Retitled { .. } => if nl { "nieuwe titel" } else { "retitled" }.to_owned(),
        ChangeKind::LineStatus { from, to } => status_move(
            from.map(|status| status_label(status, language)),
            status_label(*to, language),
            language,
        ),
        ChangeKind::MilestoneStatus { from, to } => status_move(
            from.map(|status| milestone_status_label(status, language)),
            milestone_status_label(*to, language),
            language,
        ),
        ChangeKind::Done => if nl { "gedaan" } else { "done" }.to_owned(),
        ChangeKind::Rescheduled {
            slip: Some(slip), ..
        } => {
            let units = count_units(*slip, language);
            if nl {
                format!("{units} later")
            } else {
                format!("slipped {units}")
            }
        }
        ChangeKind::Rescheduled { .. } => if nl { "nieuwe datum" } else { "new date" }.to_owned(),
        ChangeKind::BecameOverdue { .. } => {
            if nl { "nu te laat" } else { "now overdue" }.to_owned()
        }
        ChangeKind::Budget { from, to } => {
            let (mut before, mut after) = (format_eur(*from, language), format_eur(*to, language));
            // Rounded alike, a change would read as none: then every digit counts.
            if before == after {
                before = format_eur_exact(*from, language);
                after = format_eur_exact(*to, language);
            }
            format!("budget {before} → {after}")
        }
    }
}

/// What a badge leaves out: the title an item had before ("was “…”"), or the dates a
/// milestone moved between. Data passes through `escape`, the output format's own.
pub fn change_detail(
    kind: &ChangeKind,
    language: Language,
    escape: &dyn Fn(&str) -> String,
) -> Option<String> {
    match kind {
        // "was" in Dutch as in English.
        ChangeKind::Retitled { from } => {
            Some(format!("was “{}”", escape(from.resolve(language).text)))
        }
        ChangeKind::Rescheduled { from, to, .. } => Some(format!(
            "{} → {}",
            from.display(language),
            to.display(language)
        )),
        _ => None,
    }
}

/// "Wat is er veranderd sinds 15 november 2025" heading words, without the date.
pub fn changes_since(language: Language) -> &'static str {
    match language {
        Language::Nl => "Wat is er veranderd sinds",
        Language::En => "What changed since",
    }
}

/// "9 wijzigingen" / "9 changes".
pub fn count_changes(count: usize, language: Language) -> String {
    counted(
        count,
        language,
        ("wijziging", "wijzigingen"),
        ("change", "changes"),
    )
}

/// "Changes from 2025-11-15 to 2026-03-20 (12 changes)", with the dates as given.
pub fn changes_heading(since: &str, until: &str, count: usize, language: Language) -> String {
    let count = count_changes(count, language);
    match language {
        Language::Nl => format!("Wijzigingen van {since} tot {until} ({count})"),
        Language::En => format!("Changes from {since} to {until} ({count})"),
    }
}

/// Said when a period has no changes.
pub fn no_changes_in_period(language: Language) -> &'static str {
    match language {
        Language::Nl => "Geen wijzigingen.",
        Language::En => "No changes.",
    }
}

/// "en nog 3 bronnen" / "and 3 more sources", after the sources a change lists.
pub fn more_sources(count: usize, language: Language) -> String {
    let sources = counted(count, language, ("bron", "bronnen"), ("source", "sources"));
    match language {
        Language::Nl => format!("en nog {sources}"),
        Language::En => {
            let (number, noun) = sources.split_once(' ').unwrap_or((&sources, ""));
            format!("and {number} more {noun}")
        }
    }
}

/// "source" before each of a change's sources.
pub fn source_label(language: Language) -> &'static str {
    match language {
        Language::Nl => "bron",
        Language::En => "source",
    }
}

/// "17 actielijnen, 21 mijlpalen per 6 okt. 2025": a snapshot's size on its day.
pub fn snapshot_size_as_of(size: &str, as_of: &str, language: Language) -> String {
    match language {
        Language::Nl => format!("{size} per {as_of}"),
        Language::En => format!("{size} as of {as_of}"),
    }
}

/// "12 wijzigingen sinds 15 nov. 2025": a feed entry's title after its day.
pub fn changes_since_day(count: usize, since: &str, language: Language) -> String {
    let count = count_changes(count, language);
    match language {
        Language::Nl => format!("{count} sinds {since}"),
        Language::En => format!("{count} since {since}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ActionLineStatus, FuzzyDate};

    #[test]
    fn a_slip_reads_in_the_dates_own_unit_in_both_languages() {
        let slip = Slip {
            amount: 2,
            unit: DateUnit::Quarter,
        };
        let kind = ChangeKind::Rescheduled {
            from: "2025-Q4".parse::<FuzzyDate>().unwrap(),
            to: "2026-Q2".parse::<FuzzyDate>().unwrap(),
            slip: Some(slip),
        };
        assert_eq!(
            change_badge(&kind, ItemKind::Milestone, Language::En),
            "slipped 2 quarters"
        );
        assert_eq!(
            change_badge(&kind, ItemKind::Milestone, Language::Nl),
            "2 kwartalen later"
        );
    }

    #[test]
    fn a_status_change_names_both_statuses() {
        let kind = ChangeKind::LineStatus {
            from: Some(ActionLineStatus::Planned),
            to: ActionLineStatus::InProgress,
        };
        assert_eq!(
            change_badge(&kind, ItemKind::ActionLine, Language::En),
            "Planned → in progress"
        );
        assert_eq!(
            change_badge(&kind, ItemKind::ActionLine, Language::Nl),
            "Gepland → in uitvoering"
        );
    }

    #[test]
    fn the_heading_counts_in_both_languages() {
        assert_eq!(
            changes_heading("2025-11-15", "2026-03-20", 1, Language::En),
            "Changes from 2025-11-15 to 2026-03-20 (1 change)"
        );
        assert_eq!(
            changes_heading("a", "b", 12, Language::Nl),
            "Wijzigingen van a tot b (12 wijzigingen)"
        );
    }

    #[test]
    fn sources_beyond_those_listed_are_counted_in_words() {
        assert_eq!(more_sources(480, Language::En), "and 480 more sources");
        assert_eq!(more_sources(1, Language::Nl), "en nog 1 bron");
    }

    #[test]
    fn a_budget_change_that_rounds_alike_shows_every_digit() {
        let kind = ChangeKind::Budget {
            from: 2_000_000,
            to: 2_004_000,
        };
        assert_eq!(
            change_badge(&kind, ItemKind::ActionLine, Language::En),
            "budget €2,000,000 → €2,004,000"
        );
        let kind = ChangeKind::Budget {
            from: 2_000_000,
            to: 2_500_000,
        };
        assert_eq!(
            change_badge(&kind, ItemKind::ActionLine, Language::Nl),
            "budget € 2 mln → € 2,5 mln"
        );
    }
}
