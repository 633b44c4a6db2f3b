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
use std::path::Path;

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

/// Reads the layout's files from `dir`; the files that may be missing are skipped.
pub fn read_dir(dir: &Path) -> Result<CsvFiles, ImportError> {
    let mut files = CsvFiles::new();
    for layout in layout::ALL {
        let path = dir.join(layout.file);
        match fs::read(&path) {
            Ok(bytes) => {
                files.insert(layout.file, bytes);
            }
            Err(error) if layout.optional && error.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => return Err(ImportError::Read { path, source }),
        }
    }
    Ok(files)
}
