//! The `--lang` option of `dsii diff` and `dsii feed`: the language of the words written
//! around the data, and of the snapshot texts chosen from their translations.

use clap::ValueEnum;
use dsii_core::model::Language;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    /// Dutch.
    Nl,
    /// English.
    En,
}

impl From<Lang> for Language {
    fn from(lang: Lang) -> Self {
        match lang {
            Lang::Nl => Language::Nl,
            Lang::En => Language::En,
        }
    }
}
