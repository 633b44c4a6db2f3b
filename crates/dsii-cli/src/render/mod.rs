//! `dsii render SNAPSHOT --format svg|png [--lang nl|en] [--today YYYY-MM-DD] [--width PX]
//! [--output FILE]`: a picture of the monitor's glance for where scripts cannot run
//! (feed readers, newsletters, print, link previews). Exit status 0 with the picture
//! written, 1 when the snapshot cannot be read or is invalid or the file cannot be
//! written, 2 on a usage error.

mod png;
mod scene;
mod svg;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;
use dsii_core::model::{CalendarDate, Language};
use dsii_core::prepared::PreparedSnapshot;
use dsii_core::validate::ValidSnapshot;

pub use png::{render_png, PngError};
pub use scene::Scene;
pub use svg::render_svg;

use crate::cli::FetchArgs;
use crate::diff_output::load::read_snapshots;
use crate::diff_output::Lang;
use crate::output::report;
use crate::validate_command::today_from_clock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// An accessible SVG, with a title and a description of what it shows.
    Svg,
    /// A PNG, a pixel per CSS px.
    Png,
}

/// A picture of the glance: the title, the pillar cards with their counts, the drawn
/// timeline with its legend, and the date of the data.
#[derive(Debug, clap::Args)]
pub struct RenderArgs {
    /// The snapshot: a file, or an http(s) URL.
    #[arg(value_name = "SNAPSHOT")]
    snapshot: String,
    #[arg(long, value_enum)]
    format: Format,
    /// The language of the words and of the snapshot texts (default: the snapshot's).
    #[arg(long, value_enum)]
    lang: Option<Lang>,
    /// The day that decides which milestones are late (default: today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    today: Option<CalendarDate>,
    /// The picture's width in CSS px (320 to 4000); its height follows from the content.
    #[arg(long, value_name = "PX", default_value_t = 800, value_parser = clap::value_parser!(u32).range(320..=4000))]
    width: u32,
    /// Write the picture to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    pub(crate) fetch: FetchArgs,
}

impl RenderArgs {
    pub fn run(&self) -> ExitCode {
        let Some(snapshot) =
            read_snapshots(&[self.snapshot.as_str()]).and_then(|mut all| all.pop())
        else {
            return ExitCode::FAILURE;
        };
        let language = self.lang.map(Language::from).unwrap_or_else(|| {
            snapshot
                .default_language
                .as_deref()
                .and_then(Language::from_tag)
                .unwrap_or(Language::Nl)
        });
        let prepared = PreparedSnapshot::new(ValidSnapshot {
            snapshot,
            warnings: Vec::new(),
            warnings_omitted: 0,
        });
        let scene = Scene::new(
            &prepared,
            language,
            self.today.unwrap_or_else(today_from_clock),
        );
        let svg = render_svg(&scene, f64::from(self.width));
        let bytes = match self.format {
            Format::Svg => svg.into_bytes(),
            Format::Png => match render_png(&svg) {
                Ok(png) => png,
                Err(error) => {
                    report(&format!("error: {error}"));
                    return ExitCode::FAILURE;
                }
            },
        };
        let written = match &self.output {
            Some(path) => {
                std::fs::write(path, &bytes).map_err(|error| format!("{}: {error}", path.display()))
            }
            None => std::io::stdout()
                .write_all(&bytes)
                .map_err(|error| format!("standard output: {error}")),
        };
        match written {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                report(&format!("error: {error}"));
                ExitCode::FAILURE
            }
        }
    }
}
