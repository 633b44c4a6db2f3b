//! A validated snapshot with what every view needs precomputed once: search text,
//! date order and the links between action lines and milestones.

use crate::ids::first_positions;
use crate::model::{ActionLine, CalendarDate, Milestone, Snapshot, Text};
use crate::progress::{checked_days, date_order, MilestoneState};
use crate::search::{fold_into, Lowercase, UnicodeLowercase};
use crate::validate::{Diagnostic, ValidSnapshot};

#[derive(Debug)]
pub struct PreparedSnapshot {
    pub snapshot: Snapshot,
    pub warnings: Vec<Diagnostic>,
    /// Warnings found beyond those listed (see `ValidSnapshot::warnings_omitted`).
    pub warnings_omitted: usize,
    line_search: Vec<String>,
    milestone_search: Vec<String>,
    milestone_line: Vec<usize>,
    line_pillar: Vec<usize>,
    line_milestones: Vec<Vec<usize>>,
    by_date: Vec<usize>,
    milestone_checked: Vec<CalendarDate>,
    lowercase: &'static dyn Lowercase,
}

fn folded_texts<'a>(
    texts: impl IntoIterator<Item = Option<&'a Text>>,
    extra: &[String],
    lowercase: &dyn Lowercase,
) -> String {
    let mut folded = String::new();
    for text in texts.into_iter().flatten() {
        for part in text.all_texts() {
            fold_into(&mut folded, part, lowercase);
            folded.push('\n');
        }
    }
    for part in extra {
        fold_into(&mut folded, part, lowercase);
        folded.push('\n');
    }
    folded
}

fn line_search_text(line: &ActionLine, lowercase: &dyn Lowercase) -> String {
    folded_texts(
        [
            Some(&line.title),
            line.summary.as_ref(),
            line.notes.as_ref(),
        ],
        &line.owners,
        lowercase,
    )
}

fn milestone_search_text(milestone: &Milestone, lowercase: &dyn Lowercase) -> String {
    folded_texts(
        [
            Some(&milestone.title),
            milestone.description.as_ref(),
            milestone.note.as_ref(),
        ],
        &[],
        lowercase,
    )
}

impl PreparedSnapshot {
    /// Search texts lower-cased by std's Unicode tables.
    pub fn new(valid: ValidSnapshot) -> Self {
        Self::with_lowercase(valid, &UnicodeLowercase)
    }

    /// Search texts (and later queries) lower-cased by `lowercase`.
    pub fn with_lowercase(valid: ValidSnapshot, lowercase: &'static dyn Lowercase) -> Self {
        let ValidSnapshot {
            snapshot,
            warnings,
            warnings_omitted,
        } = valid;
        // Sorted ids, as in validation: hash keys are predictable in the browser.
        let line_index = first_positions(snapshot.action_lines.iter().map(|line| line.id.as_str()));
        // Validation guarantees every milestone's action line exists.
        let milestone_line: Vec<usize> = snapshot
            .milestones
            .iter()
            .map(|milestone| line_index.get(milestone.action_line.as_str()).unwrap_or(0))
            .collect();
        // Validation guarantees every action line's pillar exists.
        let pillar_index =
            first_positions(snapshot.pillars.iter().map(|pillar| pillar.id.as_str()));
        let line_pillar = snapshot
            .action_lines
            .iter()
            .map(|line| pillar_index.get(line.pillar.as_str()).unwrap_or(0))
            .collect();
        let by_date = date_order(&snapshot.milestones);
        let mut line_milestones = vec![Vec::new(); snapshot.action_lines.len()];
        for &index in &by_date {
            if let Some(list) = line_milestones.get_mut(milestone_line[index]) {
                list.push(index);
            }
        }
        Self {
            line_search: snapshot
                .action_lines
                .iter()
                .map(|line| line_search_text(line, lowercase))
                .collect(),
            milestone_search: snapshot
                .milestones
                .iter()
                .map(|milestone| milestone_search_text(milestone, lowercase))
                .collect(),
            lowercase,
            milestone_line,
            line_pillar,
            line_milestones,
            by_date,
            milestone_checked: checked_days(&snapshot),
            snapshot,
            warnings,
            warnings_omitted,
        }
    }

    /// What lower-cased the search texts, for a query to match them.
    pub fn lowercase(&self) -> &'static dyn Lowercase {
        self.lowercase
    }

    /// Folded search text of an action line: title, summary, notes and owners.
    pub fn line_search(&self, line: usize) -> &str {
        &self.line_search[line]
    }

    /// Folded search text of a milestone: title, description and note.
    pub fn milestone_search(&self, milestone: usize) -> &str {
        &self.milestone_search[milestone]
    }

    /// The index of an action line's pillar.
    pub fn line_pillar(&self, line: usize) -> usize {
        self.line_pillar[line]
    }

    /// The index of a milestone's action line.
    pub fn milestone_line(&self, milestone: usize) -> usize {
        self.milestone_line[milestone]
    }

    /// An action line's milestones in date order.
    pub fn line_milestones(&self, line: usize) -> &[usize] {
        &self.line_milestones[line]
    }

    /// The day a milestone was last checked (see [`checked_days`]).
    pub fn milestone_checked(&self, milestone: usize) -> CalendarDate {
        self.milestone_checked[milestone]
    }

    /// A milestone's state on `today`, by the one rule of [`MilestoneState::of`].
    pub fn milestone_state(&self, milestone: usize, today: CalendarDate) -> MilestoneState {
        MilestoneState::of(
            &self.snapshot.milestones[milestone],
            self.milestone_checked[milestone],
            today,
        )
    }

    /// All milestones in date order.
    pub fn milestones_by_date(&self) -> &[usize] {
        &self.by_date
    }
}
