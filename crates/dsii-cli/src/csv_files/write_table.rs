//! Records to CSV bytes a spreadsheet opens: UTF-8 with a byte-order mark (without one,
//! Excel reads the text as Windows-1252), a header row, and defused cells.

use std::collections::BTreeSet;

use super::cell;
use super::layout::{Field, Layout};
use super::record::Record;
use crate::languages::compare_tags;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The columns the records need, in the layout's order: a text field gets its plain
/// column if any record has a plain text, then one column per language used; a text
/// nobody filled in keeps its plain column, so the header shows where it goes.
pub fn columns(layout: &Layout, records: &[Record]) -> Vec<String> {
    let mut columns = Vec::new();
    for field in layout.fields {
        match *field {
            Field::Value(name) => columns.push(name.to_owned()),
            Field::Text(name) => {
                let plain = records.iter().any(|record| record.get(name).is_some());
                let mut tags: Vec<&str> = records
                    .iter()
                    .flat_map(Record::columns)
                    .filter_map(|column| column.strip_prefix(name)?.strip_prefix('.'))
                    .collect::<BTreeSet<_>>()
                    .into_iter()
                    .collect();
                tags.sort_by(|a, b| compare_tags(a, b));
                if plain || tags.is_empty() {
                    columns.push(name.to_owned());
                }
                columns.extend(tags.into_iter().map(|tag| format!("{name}.{tag}")));
            }
        }
    }
    columns
}

fn finish(writer: csv::Writer<Vec<u8>>) -> Result<Vec<u8>, csv::Error> {
    writer
        .into_inner()
        .map_err(|error| csv::Error::from(error.into_error()))
}

/// A header row, then one row per record.
pub fn write_table(layout: &Layout, records: &[Record]) -> Result<Vec<u8>, csv::Error> {
    let columns = columns(layout, records);
    let mut writer = csv::Writer::from_writer(BOM.to_vec());
    writer.write_record(&columns)?;
    for record in records {
        writer.write_record(
            columns
                .iter()
                .map(|column| cell::encode(record.get(column))),
        )?;
    }
    finish(writer)
}

/// A `key,value` header, then one row per value the record has.
pub fn write_key_value(layout: &Layout, record: &Record) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(BOM.to_vec());
    writer.write_record(["key", "value"])?;
    for column in columns(layout, std::slice::from_ref(record)) {
        if let Some(value) = record.get(&column) {
            writer.write_record([column.as_str(), &cell::encode(Some(value))])?;
        }
    }
    finish(writer)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use dsii_core::model::Text;

    use super::*;
    use crate::csv_files::layout::PILLARS;

    #[test]
    fn text_columns_follow_the_languages_the_records_use() {
        let both = Text::Localized(BTreeMap::from([
            ("en".to_owned(), "Fast".to_owned()),
            ("nl".to_owned(), "Snel".to_owned()),
        ]));
        let records = [
            Record::default()
                .value("id", "a")
                .text("title", Some(&both)),
            Record::default()
                .value("id", "b")
                .text("title", Some(&Text::Plain("Veilig".to_owned()))),
        ];
        assert_eq!(
            columns(&PILLARS, &records),
            ["id", "title", "title.nl", "title.en", "summary"]
        );
    }

    #[test]
    fn the_file_starts_with_a_byte_order_mark_and_a_header() {
        let bytes = write_table(&PILLARS, &[]).unwrap();
        assert_eq!(bytes, b"\xEF\xBB\xBFid,title,summary\n");
    }
}
