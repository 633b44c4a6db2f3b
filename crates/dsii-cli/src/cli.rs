//! The command line of `dsii`: one subcommand per task, each with its own `--help`.
//! A new task is a new variant of `Command` and a branch in `main`.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};
use dsii_core::model::CalendarDate;

use crate::diff_output::DiffArgs;
use crate::feed::FeedArgs;
use crate::render::RenderArgs;

const EXIT_STATUS: &str = "\
Exit status:
  0  success; for validate, the snapshot is valid
  1  the snapshot is invalid, or a file or URL could not be read or written
  2  usage error";

/// Validate, convert and publish policy monitor snapshots.
#[derive(Debug, Parser)]
#[command(name = "dsii", version, after_help = EXIT_STATUS)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a snapshot: print its errors, warnings and a summary of its progress.
    Validate(ValidateArgs),
    /// Print the JSON Schema of the snapshot format.
    Schema,
    /// Write a snapshot as CSV files that a spreadsheet opens.
    #[command(long_about = "\
Write a snapshot as CSV files that a spreadsheet opens: snapshot.csv (the document's own \
fields as key,value rows), sources.csv, pillars.csv, lines.csv, budget.csv, \
line_history.csv, milestones.csv and milestone_history.csv. A text in several languages \
takes one column per language (title.nl, title.en); lists of ids are separated by ';'.

A value that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a \
carriage return) is written behind an apostrophe, as is an empty text; import-csv removes \
exactly those apostrophes again.")]
    ExportCsv(ExportCsvArgs),
    /// Read the CSV files of export-csv back into a snapshot, and validate it.
    ImportCsv(ImportCsvArgs),
    /// What changed between two snapshots of a strategy, or within one since a date.
    #[command(long_about = "\
What changed between two snapshots of a strategy (dsii diff OLD NEW), or what one \
snapshot's own dated facts say happened from a day to its as_of (dsii diff SNAPSHOT \
--since YYYY-MM-DD): as text for a terminal, JSON for programs or Markdown for an article. \
Errors and warnings about the snapshots go to standard error.")]
    Diff(DiffArgs),
    /// Write an Atom feed of a strategy's snapshots, one entry per snapshot.
    #[command(long_about = "\
Write an Atom feed (RFC 4287) of a strategy's snapshots, given oldest first: the first \
entry describes the first snapshot, every later one lists what changed since the snapshot \
before it, with its sources as links. Snapshots of different strategies, or not in as_of \
order, are refused (exit status 1).

With --site, the public URL of the folder the feed is published in, the feed's id is \
SITE#ID/LANG and an entry's SITE#ID/LANG/YYYY-MM-DD (ID: the strategy's id, LANG: the \
feed's language); without it, they are name-based (version 5) urn:uuid: ids of ID/LANG \
and the entry's day. Keep the choice: changing it changes every id.")]
    Feed(FeedArgs),
    /// Draw the glance as an SVG or PNG picture, for where scripts cannot run.
    #[command(long_about = "\
Draw the glance as a picture, for where scripts cannot run (feed readers, newsletters, \
print, link previews): the title, the pillar cards with their counts, the drawn timeline \
with its legend, and the date of the data, as the widget shows them with no filter set. \
The SVG has a title and a description that say the counts in words; the PNG is drawn \
from it with the system's fonts (Liberation Sans where installed), without a browser.")]
    Render(RenderArgs),
}

/// The longest `--timeout`: a day.
const MAX_TIMEOUT_SECONDS: u64 = 86_400;

/// The option of every subcommand that may read a snapshot URL.
#[derive(Debug, Clone, Copy, Args)]
pub struct FetchArgs {
    /// How long to wait for a snapshot URL, from asking to the last byte (1 to 86400).
    #[arg(
        long,
        value_name = "SECONDS",
        default_value_t = 30,
        value_parser = clap::value_parser!(u64).range(1..=MAX_TIMEOUT_SECONDS)
    )]
    timeout: u64,
}

impl FetchArgs {
    pub fn timeout(self) -> Duration {
        Duration::from_secs(self.timeout)
    }
}

impl Command {
    /// How long a URL may take, for the subcommands that read URLs.
    pub fn fetch(&self) -> Option<FetchArgs> {
        match self {
            Command::Validate(args) => Some(args.fetch),
            Command::ExportCsv(args) => Some(args.fetch),
            Command::Diff(args) => Some(args.fetch),
            Command::Feed(args) => Some(args.fetch),
            Command::Render(args) => Some(args.fetch),
            Command::Schema | Command::ImportCsv(_) => None,
        }
    }
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// The day that decides which milestones are overdue (default: today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<CalendarDate>,
    /// A snapshot file, or an http(s) URL.
    #[arg(value_name = "FILE|URL")]
    pub location: String,
    #[command(flatten)]
    pub fetch: FetchArgs,
}

#[derive(Debug, Args)]
pub struct ExportCsvArgs {
    /// The snapshot to export: a file, or an http(s) URL.
    #[arg(value_name = "SNAPSHOT")]
    pub snapshot: String,
    /// The folder to write the CSV files into; created when missing.
    #[arg(long, value_name = "DIR")]
    pub dir: PathBuf,
    #[command(flatten)]
    pub fetch: FetchArgs,
}

#[derive(Debug, Args)]
pub struct ImportCsvArgs {
    /// The folder that holds the CSV files.
    #[arg(long, value_name = "DIR")]
    pub dir: PathBuf,
    /// Where to write the snapshot (default: standard output); written only when valid.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}
