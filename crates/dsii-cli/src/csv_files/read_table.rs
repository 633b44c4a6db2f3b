//! CSV bytes back to rows of named, decoded cells, each knowing where it was read, so
//! every later complaint can name its file, row and column.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Display;
use std::str::FromStr;

use dsii_core::model::{Text, Texts};
use dsii_core::validate::limits::MAX_LANGUAGES;

use super::cell;
use super::cell_list;
use super::error::{ImportError, Location, Problem};
use super::layout::Layout;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// One entry as read: its present values by column, each with its row.
#[derive(Debug)]
pub struct Row {
    file: &'static str,
    /// The spreadsheet row of a table entry; `None` for the key/value document.
    row: Option<usize>,
    cells: BTreeMap<String, (String, usize)>,
}

type Read<T> = Result<T, ImportError>;

impl Row {
    /// Where `column`'s value is, or would be.
    pub fn location(&self, column: &str) -> Location {
        let cell_row = self.cells.get(column).map(|(_, row)| *row);
        match self.row {
            Some(row) => Location::cell(self.file, row, column),
            None => Location {
                file: self.file,
                row: cell_row,
                column: Some(format!("value (key {column})")),
            },
        }
    }

    pub fn error(&self, column: &str, problem: Problem) -> ImportError {
        ImportError::at(self.location(column), problem)
    }

    /// The columns (or keys) that hold a value.
    pub fn columns(&self) -> impl Iterator<Item = &str> {
        self.cells.keys().map(String::as_str)
    }

    pub fn optional(&self, column: &str) -> Option<&str> {
        self.cells.get(column).map(|(value, _)| value.as_str())
    }

    pub fn required(&self, column: &str) -> Read<String> {
        self.optional(column)
            .map(str::to_owned)
            .ok_or_else(|| self.error(column, Problem::Empty))
    }

    /// A value of a type with a notation (dates, statuses, amounts), when present.
    pub fn parsed<T: FromStr>(&self, column: &str) -> Read<Option<T>>
    where
        T::Err: Display,
    {
        self.optional(column)
            .map(|value| {
                value.parse::<T>().map_err(|error| {
                    // Statuses quote what they found; dates do not.
                    let message = error.to_string();
                    let message = match message.contains(&format!("\"{value}\"")) {
                        true => message,
                        false => format!("\"{value}\": {message}"),
                    };
                    self.error(column, Problem::Invalid(message))
                })
            })
            .transpose()
    }

    pub fn required_parsed<T: FromStr>(&self, column: &str) -> Read<T>
    where
        T::Err: Display,
    {
        self.parsed(column)?
            .ok_or_else(|| self.error(column, Problem::Empty))
    }

    pub fn list(&self, column: &str) -> Vec<String> {
        cell_list::split(self.optional(column))
    }

    /// The text in `field` (plain) or `field.<tag>` (per language), when present.
    pub fn text(&self, field: &str) -> Read<Option<Text>> {
        let localized: Texts = self
            .cells
            .iter()
            .filter_map(|(column, (value, _))| {
                let tag = column.strip_prefix(field)?.strip_prefix('.')?;
                Some((tag.to_owned(), value.clone()))
            })
            .collect();
        match (self.optional(field), localized.is_empty()) {
            (Some(_), false) => {
                let problem = Problem::MixedText {
                    field: field.to_owned(),
                };
                Err(self.error(field, problem))
            }
            (Some(plain), true) => Ok(Some(Text::Plain(plain.to_owned()))),
            (None, false) => Ok(Some(Text::Localized(localized))),
            (None, true) => Ok(None),
        }
    }

    pub fn required_text(&self, field: &str) -> Read<Text> {
        self.text(field)?
            .ok_or_else(|| self.error(field, Problem::Empty))
    }
}

/// The separator a spreadsheet saved the file with, told by its header row: `,`, `;`
/// (Dutch Excel's) or a tab, whichever the first line holds most; `,` on a tie.
fn separator(bytes: &[u8]) -> u8 {
    let header = bytes.split(|&byte| byte == b'\n').next().unwrap_or(bytes);
    let count = |separator: u8| header.iter().filter(|&&byte| byte == separator).count();
    // The last of equal maxima wins, so the order puts `,` last.
    [b'\t', b';', b',']
        .into_iter()
        .max_by_key(|&separator| count(separator))
        .unwrap_or(b',')
}

/// The records of a file, read one at a time, with their spreadsheet row numbers (the
/// first record is 1), so a bad header is refused before the rows are read.
fn records<'b>(
    file: &'static str,
    bytes: &'b [u8],
) -> impl Iterator<Item = Read<(usize, csv::StringRecord)>> + 'b {
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    let reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(separator(bytes))
        .from_reader(bytes);
    reader
        .into_records()
        .enumerate()
        .map(move |(index, record)| {
            let record = record.map_err(|error| {
                let location = Location {
                    row: error.position().map(|at| row_number(at.record())),
                    ..Location::file(file)
                };
                ImportError::at(location, Problem::Csv(error.to_string()))
            })?;
            Ok((index + 1, record))
        })
}

/// The languages a file's columns (or keys) use, at most `MAX_LANGUAGES`: a header of a
/// million language columns is refused at the first one too many.
#[derive(Default)]
struct Languages(BTreeSet<String>);

impl Languages {
    fn count(&mut self, layout: &Layout, column: &str) -> Result<(), Problem> {
        if let Some(tag) = layout.language(column) {
            if !self.0.contains(tag) {
                self.0.insert(tag.to_owned());
            }
        }
        match self.0.len() > MAX_LANGUAGES {
            true => Err(Problem::TooManyLanguages(MAX_LANGUAGES)),
            false => Ok(()),
        }
    }
}

/// A zero-based record index as the one-based row a spreadsheet shows.
fn row_number(record: u64) -> usize {
    usize::try_from(record).map_or(usize::MAX, |index| index.saturating_add(1))
}

/// A table file: a header of known columns, then one row per entry, numbered.
pub fn read_table(layout: &Layout, bytes: &[u8]) -> Read<Vec<(usize, Row)>> {
    let mut records = records(layout.file, bytes);
    let Some((_, header)) = records.next().transpose()? else {
        return Ok(Vec::new());
    };
    // A set of the columns seen: a header may be a line of thousands.
    let (mut seen, mut languages) = (BTreeSet::new(), Languages::default());
    for column in header.iter() {
        let location = || Location::cell(layout.file, 1, column);
        if !layout.knows(column) {
            let problem = Problem::UnknownColumn(layout.describe());
            return Err(ImportError::at(location(), problem));
        }
        if !seen.insert(column) {
            return Err(ImportError::at(location(), Problem::DuplicateColumn));
        }
        languages
            .count(layout, column)
            .map_err(|problem| ImportError::at(location(), problem))?;
    }
    records
        .map(|record| {
            let (number, record) = record?;
            let cells = header
                .iter()
                .zip(record.iter())
                .filter_map(|(column, value)| {
                    Some((column.to_owned(), (cell::decode(value)?, number)))
                })
                .collect();
            let row = Row {
                file: layout.file,
                row: Some(number),
                cells,
            };
            Ok((number, row))
        })
        .collect()
}

/// The `key,value` file of the document's own fields, as one row.
pub fn read_key_value(layout: &Layout, bytes: &[u8]) -> Read<Row> {
    let mut records = records(layout.file, bytes);
    let header = records.next().transpose()?.map(|(_, header)| header);
    if header.is_none_or(|header| header.iter().ne(["key", "value"])) {
        return Err(ImportError::at(
            Location::cell(layout.file, 1, "key"),
            Problem::KeyValueHeader,
        ));
    }
    let (mut cells, mut seen) = (BTreeMap::new(), BTreeMap::new());
    let mut languages = Languages::default();
    for record in records {
        let (row, record) = record?;
        let (key, value) = (record.get(0).unwrap_or(""), record.get(1).unwrap_or(""));
        let location = || Location::cell(layout.file, row, "key");
        if !layout.knows(key) {
            let problem = Problem::UnknownKey(layout.describe());
            return Err(ImportError::at(location(), problem));
        }
        if let Some(first) = seen.insert(key.to_owned(), row) {
            return Err(ImportError::at(location(), Problem::DuplicateKey(first)));
        }
        languages
            .count(layout, key)
            .map_err(|problem| ImportError::at(location(), problem))?;
        if let Some(value) = cell::decode(value) {
            cells.insert(key.to_owned(), (value, row));
        }
    }
    Ok(Row {
        file: layout.file,
        row: None,
        cells,
    })
}

#[cfg(test)]
mod tests {
    use super::separator;

    #[test]
    fn the_header_row_tells_the_separator() {
        assert_eq!(separator(b"\xEF\xBB\xBFid,title\r\na;b,c\r\n"), b',');
        assert_eq!(separator(b"key;value\r\nid;x,y\r\n"), b';');
        assert_eq!(separator(b"id\ttitle.nl\ttitle.en\n"), b'\t');
        assert_eq!(separator(b"id\n"), b',');
    }
}
