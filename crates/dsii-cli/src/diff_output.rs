//! `dsii diff`: what changed between two snapshots of a strategy, or within one since a
//! date, written for a terminal, as JSON for programs, or as Markdown for an article.

mod command;
pub mod describe;
mod json;
pub mod lang;
pub mod load;
mod markdown;
pub mod markup_line;
mod text;

pub use command::DiffArgs;
pub use lang::Lang;

use clap::ValueEnum;
use dsii_core::changes::ChangeSet;
use dsii_core::model::Language;

/// How `dsii diff` writes a change set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Lines for a terminal.
    Text,
    /// One JSON object: the period and a list of changes with their keywords and sources.
    Json,
    /// A heading and a bullet per change, ready to paste into an article.
    Markdown,
}

/// The change set in `format`, with the words in `language`, ending with a newline.
pub fn render(
    set: &ChangeSet,
    format: Format,
    language: Language,
) -> Result<String, serde_json::Error> {
    match format {
        Format::Text => Ok(text::render(set, language)),
        Format::Json => json::render(set, language),
        Format::Markdown => Ok(markdown::render(set, language)),
    }
}
