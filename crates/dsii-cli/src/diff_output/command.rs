//! `dsii diff OLD NEW` and `dsii diff SNAPSHOT --since YYYY-MM-DD`: exit status 0 with
//! the changes written, 1 when a document cannot be read or is invalid (the reasons go
//! to standard error), 2 on a usage error (clap's own).

use std::process::ExitCode;

use dsii_core::changes::{changes_between, changes_within, ChangeSet};
use dsii_core::model::{CalendarDate, Language, Snapshot};

use super::load::read_snapshots;
use super::{render, Format, Lang};
use crate::cli::FetchArgs;
use crate::output::{emit, report};

/// What changed between two snapshots of a strategy, or within one since a date.
#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The older snapshot, a file or an http(s) URL; with --since, the only one.
    #[arg(value_name = "OLD")]
    first: String,
    /// The newer snapshot, a file or an http(s) URL.
    #[arg(value_name = "NEW")]
    second: Option<String>,
    /// With one snapshot: what its own dated facts say happened from this day to its as_of.
    #[arg(
        long,
        value_name = "YYYY-MM-DD",
        required_unless_present = "second",
        conflicts_with = "second"
    )]
    since: Option<CalendarDate>,
    /// How to write the changes.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// The language of the words and of the snapshot texts.
    #[arg(long, value_enum, default_value_t = Lang::En)]
    lang: Lang,
    #[command(flatten)]
    pub(crate) fetch: FetchArgs,
}

impl DiffArgs {
    pub fn run(&self) -> ExitCode {
        let set = match (&self.second, self.since) {
            (Some(second), _) => self.between(second),
            (None, Some(since)) => self.within(since),
            // clap requires one or the other; this only guards a changed definition.
            (None, None) => {
                eprintln!("dsii diff: name two snapshots, or one with --since");
                return ExitCode::from(2);
            }
        };
        let Some(set) = set else {
            return ExitCode::FAILURE;
        };
        match render(&set, self.format, Language::from(self.lang)) {
            Ok(output) => {
                emit(&output);
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("dsii diff: {error}");
                ExitCode::FAILURE
            }
        }
    }

    fn between(&self, second: &str) -> Option<ChangeSet> {
        let snapshots = read_snapshots(&[&self.first, second])?;
        let [old, new] = snapshots.as_slice() else {
            return None;
        };
        warn_if_unrelated(old, new, &self.first, second);
        Some(changes_between(old, new))
    }

    fn within(&self, since: CalendarDate) -> Option<ChangeSet> {
        let snapshots = read_snapshots(&[&self.first])?;
        let [snapshot] = snapshots.as_slice() else {
            return None;
        };
        Some(changes_within(snapshot, since))
    }
}

/// Comparing two strategies, or the newer with the older, gives changes that did not
/// happen; say so, and still show them.
fn warn_if_unrelated(old: &Snapshot, new: &Snapshot, old_name: &str, new_name: &str) {
    if old.id != new.id {
        report(&format!(
            "warning: {old_name} is strategy {:?} and {new_name} is {:?}",
            old.id, new.id
        ));
    }
    if new.as_of < old.as_of {
        report(&format!(
            "warning: {new_name} ({}) is older than {old_name} ({}): name the older one first",
            new.as_of, old.as_of
        ));
    }
}
