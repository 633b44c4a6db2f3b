//! The loader (embed/embed.js) shows a few words before the wasm runs, or when it could
//! not start, so they cannot come from here: they live in its one `TEXTS` table. These
//! tests hold that table to the interface languages, and the words it shares with the
//! widget to `Messages`, so the two never read differently.

use super::messages;
use crate::model::Language;

const EMBED_JS: &str = include_str!("../../../../embed/embed.js");
const INDEX_HTML: &str = include_str!("../../../../index.html");

/// The entries of the `TEXTS` table in embed.js: (language tag, key, text). The table
/// holds one entry a line, each text in single quotes without escapes.
fn loader_texts() -> Vec<(&'static str, &'static str, &'static str)> {
    let (_, table) = EMBED_JS
        .split_once("const TEXTS = {\n")
        .expect("embed.js has a TEXTS table");
    let (table, _) = table.split_once("\n};").expect("the TEXTS table ends");
    let mut language = "";
    let mut texts = Vec::new();
    for line in table.lines().map(str::trim) {
        if let Some(tag) = line.strip_suffix(": {") {
            language = tag;
        } else if let Some((key, quoted)) = line.split_once(": '") {
            let text = quoted.strip_suffix("',").expect("a text ends with ',");
            assert!(!text.contains(['\\', '\'']), "an escape in {text:?}");
            texts.push((language, key, text));
        } else {
            assert_eq!(line, "},", "an unexpected line in TEXTS");
        }
    }
    texts
}

fn loader_text(language: Language, key: &str) -> &'static str {
    loader_texts()
        .into_iter()
        .find(|&(tag, found, _)| (tag, found) == (language.tag(), key))
        .map(|(_, _, text)| text)
        .unwrap_or_else(|| panic!("embed.js has no {language} text for {key}"))
}

#[test]
fn the_loader_has_the_same_words_in_every_interface_language() {
    let texts = loader_texts();
    let keys = |language: Language| -> Vec<&str> {
        texts
            .iter()
            .filter(|&&(tag, _, _)| tag == language.tag())
            .map(|&(_, key, _)| key)
            .collect()
    };
    for language in Language::ALL {
        assert_eq!(
            keys(language),
            ["loading", "failed", "retry", "details", "stopped", "reload"]
        );
    }
    assert_eq!(texts.len(), 6 * Language::ALL.len());
}

#[test]
fn the_loaders_retry_and_details_read_as_in_the_widget() {
    for language in Language::ALL {
        let widget = messages(language);
        assert_eq!(loader_text(language, "retry"), widget.retry);
        assert_eq!(loader_text(language, "details"), widget.technical_details);
    }
}

#[test]
fn the_standalone_page_says_what_the_loader_says_until_it_runs() {
    let loading = loader_text(Language::Nl, "loading");
    assert!(INDEX_HTML.contains(&format!("<p>{loading}</p>")));
}
