//! `dsii feed SNAPSHOT… [--output FILE] [--site URL] [--lang nl|en]`: exit status 0 with
//! the feed written, 1 when a snapshot cannot be read or is invalid, the snapshots are
//! not of one strategy oldest first, or the file cannot be written; 2 on a usage error.

use std::path::PathBuf;
use std::process::ExitCode;

use dsii_core::model::Language;

use super::{atom, check_order, FeedOptions, Ids, OrderError, Site};
use crate::cli::FetchArgs;
use crate::diff_output::load::read_snapshots;
use crate::diff_output::Lang;
use crate::output::{emit, report};

/// An Atom feed of a strategy's snapshots, one entry per snapshot.
#[derive(Debug, clap::Args)]
pub struct FeedArgs {
    /// Snapshots of one strategy, oldest first: files or http(s) URLs.
    #[arg(value_name = "SNAPSHOT", required = true)]
    snapshots: Vec<String>,
    /// Write the feed to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// The public URL of the folder the feed is published in; the ids derive from it,
    /// and with --output the feed's self link.
    #[arg(long, value_name = "URL")]
    site: Option<Site>,
    /// The language of the words and of the snapshot texts.
    #[arg(long, value_enum, default_value_t = Lang::En)]
    lang: Lang,
    #[command(flatten)]
    pub(crate) fetch: FetchArgs,
}

impl FeedArgs {
    pub fn run(&self) -> ExitCode {
        let locations: Vec<&str> = self.snapshots.iter().map(String::as_str).collect();
        let Some(snapshots) = read_snapshots(&locations) else {
            return ExitCode::FAILURE;
        };
        if let Err(error) = check_order(&snapshots) {
            report(&format!("error: {}", self.explain(&error)));
            return ExitCode::FAILURE;
        }
        let Some(strategy) = snapshots.first().map(|first| first.id.as_str()) else {
            return ExitCode::from(2);
        };
        let language = Language::from(self.lang);
        let options = FeedOptions {
            ids: Ids::new(self.site.as_ref(), strategy, language),
            self_link: self.self_link(),
            page: self.site.as_ref().map(Site::to_string),
            language,
        };
        let Some(feed) = atom(&snapshots, &options) else {
            return ExitCode::from(2);
        };
        match &self.output {
            Some(path) => match std::fs::write(path, feed) {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    eprintln!("error: {}: {error}", path.display());
                    ExitCode::FAILURE
                }
            },
            None => {
                emit(&feed);
                ExitCode::SUCCESS
            }
        }
    }

    /// Where the feed will be found: the output file's name in the site's folder.
    fn self_link(&self) -> Option<String> {
        let name = self.output.as_deref()?.file_name()?.to_str()?;
        Some(self.site.as_ref()?.file(name))
    }

    fn explain(&self, error: &OrderError) -> String {
        let name = |index: usize| self.snapshots.get(index).map_or("", String::as_str);
        match error {
            OrderError::OtherStrategy {
                index,
                expected,
                found,
            } => format!(
                "{} is strategy {found:?}, not {expected:?} as {} is: a feed follows one strategy",
                name(*index),
                name(0)
            ),
            OrderError::NotLater {
                index,
                before,
                found,
            } => format!(
                "{} is as of {found}, not later than {} ({before}): list the snapshots oldest first",
                name(*index),
                name(index - 1)
            ),
        }
    }
}
