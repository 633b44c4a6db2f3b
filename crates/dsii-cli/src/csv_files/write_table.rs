//! Records to CSV bytes a spreadsheet opens: UTF-8 with a byte-order mark (without one,
//! Excel reads the text as Windows-1252), a header row, and defused cells, written and
//! quoted by the same rule as the widget's export (`dsii_core::csv_cell`).

use std::collections::BTreeSet;

use dsii_core::csv_cell::row;

use super::cell;
use super::layout::{Field, Layout};
use super::record::Record;
use crate::languages::compare_tags;

const BOM: &str = "\u{feff}";

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

/// A header row, then one row per record.
pub fn write_table(layout: &Layout, records: &[Record]) -> Vec<u8> {
    let columns = columns(layout, records);
    let mut csv = String::from(BOM);
    csv.push_str(&row(&columns));
    for record in records {
        let cells: Vec<String> = columns
            .iter()
            .map(|column| cell::encode(record.get(column)))
            .collect();
        csv.push_str(&row(&cells));
    }
    csv.into_bytes()
}

/// A `key,value` header, then one row per value the record has.
pub fn write_key_value(layout: &Layout, record: &Record) -> Vec<u8> {
    let mut csv = String::from(BOM);
    csv.push_str(&row(&["key", "value"]));
    for column in columns(layout, std::slice::from_ref(record)) {
        if let Some(value) = record.get(&column) {
            csv.push_str(&row(&[column, cell::encode(Some(value))]));
        }
    }
    csv.into_bytes()
}

#[cfg(test)]
mod tests {
    use dsii_core::model::{Text, Texts};

    use super::*;
    use crate::csv_files::layout::PILLARS;

    #[test]
    fn text_columns_follow_the_languages_the_records_use() {
        let both = Text::Localized(Texts::from([
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
        let bytes = write_table(&PILLARS, &[]);
        assert_eq!(bytes, b"\xEF\xBB\xBFid,title,summary\r\n");
    }
}
