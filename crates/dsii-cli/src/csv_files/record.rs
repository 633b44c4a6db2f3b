//! One entry of the snapshot as named cell values, before they become a CSV row.
//! Absent values are simply not there, so the table writer can leave their cells empty.

use std::collections::BTreeMap;

use dsii_core::model::Text;

use super::cell_list;

#[derive(Debug, Default)]
pub struct Record(BTreeMap<String, String>);

impl Record {
    pub fn value(self, column: &str, value: impl ToString) -> Self {
        self.optional(column, Some(value))
    }

    pub fn optional(mut self, column: &str, value: Option<impl ToString>) -> Self {
        if let Some(value) = value {
            self.0.insert(column.to_owned(), value.to_string());
        }
        self
    }

    /// A plain text under `field`, a localized one under `field.<tag>` per language.
    pub fn text(mut self, field: &str, text: Option<&Text>) -> Self {
        match text {
            None => {}
            Some(Text::Plain(text)) => {
                self.0.insert(field.to_owned(), text.clone());
            }
            Some(Text::Localized(texts)) => {
                for (tag, text) in texts {
                    self.0.insert(format!("{field}.{tag}"), text.clone());
                }
            }
        }
        self
    }

    pub fn list(self, column: &str, entries: &[String]) -> Self {
        self.optional(column, cell_list::join(entries))
    }

    pub fn get(&self, column: &str) -> Option<&str> {
        self.0.get(column).map(String::as_str)
    }

    pub fn columns(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }
}
