//! What goes wrong reading CSV files back, said where a spreadsheet user can find it:
//! the file, the row as the spreadsheet numbers it (the header is row 1), the column.

use std::fmt;
use std::path::PathBuf;

/// A place in the exported files; row and column are absent when the whole file or
/// the whole row is meant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: &'static str,
    pub row: Option<usize>,
    pub column: Option<String>,
}

impl Location {
    pub fn file(file: &'static str) -> Self {
        Self {
            file,
            row: None,
            column: None,
        }
    }

    pub fn cell(file: &'static str, row: usize, column: impl Into<String>) -> Self {
        Self {
            file,
            row: Some(row),
            column: Some(column.into()),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.file)?;
        if let Some(row) = self.row {
            write!(f, ", row {row}")?;
        }
        if let Some(column) = &self.column {
            write!(f, ", column {column}")?;
        }
        Ok(())
    }
}

/// Why a cell, row or file cannot become part of a snapshot.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error("not valid CSV: {0}")]
    Csv(String),
    #[error("unknown column; expected {0}")]
    UnknownColumn(String),
    #[error("the column appears twice")]
    DuplicateColumn,
    #[error("a language more than the {0} a snapshot may use")]
    TooManyLanguages(usize),
    #[error("expected the header row key,value")]
    KeyValueHeader,
    #[error("unknown key; expected one of {0}")]
    UnknownKey(String),
    #[error("the key appears twice; first in row {0}")]
    DuplicateKey(usize),
    #[error("expected a value")]
    Empty,
    #[error("{0}")]
    Invalid(String),
    #[error(
        "a text is either plain (column {field}) or per language (columns {field}.<tag>), not both"
    )]
    MixedText { field: String },
    #[error("needs {0} as well")]
    Incomplete(&'static str),
    #[error("\"{id}\" is not the id of any row of {file}")]
    UnknownParent { id: String, file: &'static str },
}

/// A reason the files do not make a snapshot.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{0}: missing; export-csv writes it")]
    MissingFile(&'static str),
    #[error("{}: larger than {limit} bytes, more than any valid snapshot makes", path.display())]
    TooLarge { path: PathBuf, limit: u64 },
    #[error("{location}: {problem}")]
    At {
        location: Location,
        problem: Problem,
    },
}

impl ImportError {
    pub fn at(location: Location, problem: Problem) -> Self {
        ImportError::At { location, problem }
    }
}
