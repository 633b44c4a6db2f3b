//! A snapshot as CSV files that a spreadsheet opens, and back, without losing anything:
//! `layout` says which files and columns, `cell` how values are made safe.

pub mod cell;
pub mod cell_list;
pub mod error;
pub mod export;
pub mod import;
pub mod layout;
pub mod origins;
pub mod read_table;
pub mod record;
pub mod write_table;

use std::collections::BTreeMap;
use std::fs;
use std::io::Read as _;
use std::path::Path;

use dsii_core::validate::limits::MAX_BYTES;
use error::ImportError;

/// The files of an export by name, as bytes.
pub type CsvFiles = BTreeMap<&'static str, Vec<u8>>;

/// Writes every file into `dir`, creating it when needed.
pub fn write_dir(dir: &Path, files: &CsvFiles) -> std::io::Result<()> {
    fs::create_dir_all(dir)?;
    for (name, bytes) in files {
        fs::write(dir.join(name), bytes)?;
    }
    Ok(())
}

/// The most one CSV file may hold: a snapshot is at most `MAX_BYTES` of JSON, and its
/// widest table, a column per language, a few times that.
pub const MAX_CSV_BYTES: u64 = 4 * MAX_BYTES as u64;

/// Reads one file, refusing it once it is known to exceed `MAX_CSV_BYTES`.
fn read_limited(path: &Path) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    fs::File::open(path)?
        .take(MAX_CSV_BYTES + 1)
        .read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= MAX_CSV_BYTES).then_some(bytes))
}

/// Reads the layout's files from `dir`; the files that may be missing are skipped.
pub fn read_dir(dir: &Path) -> Result<CsvFiles, ImportError> {
    let mut files = CsvFiles::new();
    for layout in layout::ALL {
        let path = dir.join(layout.file);
        match read_limited(&path) {
            Ok(Some(bytes)) => {
                files.insert(layout.file, bytes);
            }
            Ok(None) => {
                let limit = MAX_CSV_BYTES;
                return Err(ImportError::TooLarge { path, limit });
            }
            Err(error) if layout.optional && error.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => return Err(ImportError::Read { path, source }),
        }
    }
    Ok(files)
}
