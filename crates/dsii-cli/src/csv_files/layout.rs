//! The CSV layout of a snapshot: one file per list, one row per entry, in the
//! snapshot's order, so every field survives a round trip.
//!
//! | file | one row per | columns |
//! | --- | --- | --- |
//! | `snapshot.csv` | field of the document | `key`, `value` |
//! | `sources.csv` | source | `id`, `title`, `date`, `url`, `reference`, `kind` |
//! | `pillars.csv` | pillar | `id`, `title`, `summary` |
//! | `lines.csv` | action line | `id`, `pillar`, `title`, `summary`, `status`, `checked`, `owners`, `sources`, `notes` |
//! | `budget.csv` | budget item | `line`, `amount_eur`, `label`, `source`, `note` |
//! | `line_history.csv` | status change of a line | `line`, `date`, `status`, `note`, `source` |
//! | `milestones.csv` | milestone | `id`, `action_line`, `title`, `description`, `date`, `status`, `checked`, `sources`, `note` |
//! | `milestone_history.csv` | change of a milestone | `milestone`, `date`, `status`, `rescheduled_from`, `rescheduled_to`, `note`, `source` |
//!
//! `snapshot.csv` has the keys `schema_version`, `id`, `title`, `summary`, `as_of`,
//! `default_language`, `publisher.name`, `publisher.url`, `previous.url` and
//! `previous.as_of`. A text field takes one column (or key) per language, `title.nl`,
//! `title.en`, or a single `title` column for a plain string. Lists (`owners`,
//! `sources`) are `;`-separated (see `cell_list`). The three child files name their
//! parent by id in their first column. An empty cell is an absent value; see `cell`
//! for the apostrophe that marks empty strings and defuses formulas.

/// A column, or a family of columns for a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Value(&'static str),
    /// `name` for a plain text, `name.<tag>` for each language.
    Text(&'static str),
}

/// One file of the export.
#[derive(Debug)]
pub struct Layout {
    pub file: &'static str,
    pub fields: &'static [Field],
    /// Files of entries the format lets authors leave out may be missing on import.
    pub optional: bool,
}

use Field::{Text, Value};

pub const SNAPSHOT: Layout = Layout {
    file: "snapshot.csv",
    fields: &[
        Value("schema_version"),
        Value("id"),
        Text("title"),
        Text("summary"),
        Value("as_of"),
        Value("default_language"),
        Value("publisher.name"),
        Value("publisher.url"),
        Value("previous.url"),
        Value("previous.as_of"),
    ],
    optional: false,
};

pub const SOURCES: Layout = Layout {
    file: "sources.csv",
    fields: &[
        Value("id"),
        Text("title"),
        Value("date"),
        Value("url"),
        Value("reference"),
        Value("kind"),
    ],
    optional: false,
};

pub const PILLARS: Layout = Layout {
    file: "pillars.csv",
    fields: &[Value("id"), Text("title"), Text("summary")],
    optional: false,
};

pub const LINES: Layout = Layout {
    file: "lines.csv",
    fields: &[
        Value("id"),
        Value("pillar"),
        Text("title"),
        Text("summary"),
        Value("status"),
        Value("checked"),
        Value("owners"),
        Value("sources"),
        Text("notes"),
    ],
    optional: false,
};

pub const BUDGET: Layout = Layout {
    file: "budget.csv",
    fields: &[
        Value("line"),
        Value("amount_eur"),
        Text("label"),
        Value("source"),
        Text("note"),
    ],
    optional: true,
};

pub const LINE_HISTORY: Layout = Layout {
    file: "line_history.csv",
    fields: &[
        Value("line"),
        Value("date"),
        Value("status"),
        Text("note"),
        Value("source"),
    ],
    optional: true,
};

pub const MILESTONES: Layout = Layout {
    file: "milestones.csv",
    fields: &[
        Value("id"),
        Value("action_line"),
        Text("title"),
        Text("description"),
        Value("date"),
        Value("status"),
        Value("checked"),
        Value("sources"),
        Text("note"),
    ],
    optional: false,
};

pub const MILESTONE_HISTORY: Layout = Layout {
    file: "milestone_history.csv",
    fields: &[
        Value("milestone"),
        Value("date"),
        Value("status"),
        Value("rescheduled_from"),
        Value("rescheduled_to"),
        Text("note"),
        Value("source"),
    ],
    optional: true,
};

/// Every file, in the order a reader meets them.
pub const ALL: [&Layout; 8] = [
    &SNAPSHOT,
    &SOURCES,
    &PILLARS,
    &LINES,
    &BUDGET,
    &LINE_HISTORY,
    &MILESTONES,
    &MILESTONE_HISTORY,
];

impl Layout {
    /// True when `column` is one of this file's columns.
    pub fn knows(&self, column: &str) -> bool {
        self.fields.iter().any(|field| match *field {
            Value(name) | Text(name) => column == name,
        }) || self.language(column).is_some()
    }

    /// The language tag of a text's column `name.<tag>`, when it is one.
    pub fn language<'c>(&self, column: &'c str) -> Option<&'c str> {
        self.fields.iter().find_map(|field| match *field {
            Value(_) => None,
            Text(name) => column
                .strip_prefix(name)?
                .strip_prefix('.')
                .filter(|tag| !tag.is_empty()),
        })
    }

    /// The columns, for messages: `id, title or title.<tag>, …`.
    pub fn describe(&self) -> String {
        let names: Vec<String> = self
            .fields
            .iter()
            .map(|field| match field {
                Value(name) => (*name).to_owned(),
                Text(name) => format!("{name} or {name}.<tag>"),
            })
            .collect();
        names.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_columns_take_a_language_suffix_and_values_do_not() {
        assert!(LINES.knows("title"));
        assert!(LINES.knows("title.en-GB"));
        assert!(!LINES.knows("title."));
        assert!(!LINES.knows("status.nl"));
        assert!(!LINES.knows("titel.nl"));
    }
}
