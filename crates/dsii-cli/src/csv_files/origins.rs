//! Where each entry of an imported snapshot was read, so the validator's JSON paths
//! (`action_lines[2].sources[1]`) can be told as CSV places (`lines.csv, row 4,
//! column sources`).

use super::error::Location;
use super::layout::{
    Layout, BUDGET, LINES, LINE_HISTORY, MILESTONES, MILESTONE_HISTORY, PILLARS, SOURCES,
};
use super::read_table::Row;

/// Spreadsheet rows by list index; the child lists by parent index, then child index.
#[derive(Debug)]
pub struct Origins {
    pub document: Row,
    pub sources: Vec<usize>,
    pub pillars: Vec<usize>,
    pub lines: Vec<usize>,
    pub milestones: Vec<usize>,
    pub budget: Vec<Vec<usize>>,
    pub line_history: Vec<Vec<usize>>,
    pub milestone_history: Vec<Vec<usize>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// `a[1].b.c` as `a`, `1`, `b`, `c`; language tags hold no `.` or `[`.
fn steps(path: &str) -> Vec<Step<'_>> {
    let mut steps = Vec::new();
    for part in path.split('.') {
        let mut pieces = part.split('[');
        if let Some(key) = pieces.next().filter(|key| !key.is_empty()) {
            steps.push(Step::Key(key));
        }
        for index in pieces {
            let index = index.trim_end_matches(']').parse().unwrap_or(usize::MAX);
            steps.push(Step::Index(index));
        }
    }
    steps
}

/// The column of a field path inside an entry: indices dropped, the rescheduling's
/// dates under their own column names.
fn column(steps: &[Step]) -> Option<String> {
    let keys: Vec<&str> = steps
        .iter()
        .filter_map(|step| match step {
            Step::Key(key) => Some(*key),
            Step::Index(_) => None,
        })
        .collect();
    match keys.as_slice() {
        [] => None,
        ["rescheduled", date] => Some(format!("rescheduled_{date}")),
        keys => Some(keys.join(".")),
    }
}

fn at(layout: &Layout, row: Option<&usize>, steps: &[Step]) -> Location {
    Location {
        file: layout.file,
        row: row.copied(),
        column: column(steps),
    }
}

impl Origins {
    /// The CSV place of a validator's JSON path; `None` for the document as a whole.
    pub fn locate(&self, path: &str) -> Option<Location> {
        use Step::{Index, Key};
        let steps = steps(path);
        let nested = |children: &[Vec<usize>], i: usize, k: usize| {
            children.get(i).and_then(|rows| rows.get(k)).copied()
        };
        let location = match steps.as_slice() {
            [] => return None,
            [Key("sources"), Index(i), rest @ ..] => at(&SOURCES, self.sources.get(*i), rest),
            [Key("pillars"), Index(i), rest @ ..] => at(&PILLARS, self.pillars.get(*i), rest),
            [Key("action_lines"), Index(i), Key("budget"), Index(k), rest @ ..] => {
                at(&BUDGET, nested(&self.budget, *i, *k).as_ref(), rest)
            }
            [Key("action_lines"), Index(i), Key("history"), Index(k), rest @ ..] => at(
                &LINE_HISTORY,
                nested(&self.line_history, *i, *k).as_ref(),
                rest,
            ),
            [Key("action_lines"), Index(_), Key("budget")] => Location::file(BUDGET.file),
            [Key("action_lines"), Index(_), Key("history")] => Location::file(LINE_HISTORY.file),
            [Key("action_lines"), Index(i), rest @ ..] => at(&LINES, self.lines.get(*i), rest),
            [Key("milestones"), Index(i), Key("history"), Index(k), rest @ ..] => {
                let row = nested(&self.milestone_history, *i, *k);
                at(&MILESTONE_HISTORY, row.as_ref(), rest)
            }
            [Key("milestones"), Index(_), Key("history")] => Location::file(MILESTONE_HISTORY.file),
            [Key("milestones"), Index(i), rest @ ..] => {
                at(&MILESTONES, self.milestones.get(*i), rest)
            }
            [Key("sources")] => Location::file(SOURCES.file),
            [Key("pillars")] => Location::file(PILLARS.file),
            [Key("action_lines")] => Location::file(LINES.file),
            [Key("milestones")] => Location::file(MILESTONES.file),
            _ => self.in_document(path),
        };
        Some(location)
    }

    /// A field of the document: its own key, or the first key of its languages.
    fn in_document(&self, path: &str) -> Location {
        let prefix = format!("{path}.");
        let key = self
            .document
            .columns()
            .find(|key| *key == path || key.starts_with(&prefix))
            .unwrap_or(path);
        self.document.location(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_split_into_keys_and_indices() {
        use Step::{Index, Key};
        assert_eq!(
            steps("milestones[3].history[0].rescheduled.from"),
            [
                Key("milestones"),
                Index(3),
                Key("history"),
                Index(0),
                Key("rescheduled"),
                Key("from")
            ]
        );
        assert_eq!(steps("title.en-GB"), [Key("title"), Key("en-GB")]);
    }

    #[test]
    fn a_field_path_names_its_column() {
        assert_eq!(column(&steps("sources[1]")).as_deref(), Some("sources"));
        assert_eq!(
            column(&steps("rescheduled.to")).as_deref(),
            Some("rescheduled_to")
        );
        assert_eq!(column(&steps("title.nl")).as_deref(), Some("title.nl"));
        assert_eq!(column(&[]), None);
    }
}
