//! The citation line a researcher can paste, worded in the reader's language:
//! "“Drones” (status: vertraagd). Monitor, gegevens per 15 jan. 2026. Bron: Memo. https://…".

use super::{format_day, format_fuzzy_date, status_label};
use crate::model::{ActionLine, Language, Snapshot, Source};

/// A cited source: its title, then its reference and date when it has them.
fn cited_source(source: &Source, language: Language) -> String {
    let mut text = source.title.resolve(language).text.to_owned();
    if let Some(reference) = &source.reference {
        text.push_str(&format!(", {reference}"));
    }
    if let Some(date) = source.date {
        text.push_str(&format!(", {}", format_fuzzy_date(date, language)));
    }
    text
}

/// What the action line is, its status, which snapshot says so, and its sources.
pub fn citation_line(
    line: &ActionLine,
    snapshot: &Snapshot,
    sources: &[&Source],
    page_url: &str,
    language: Language,
) -> String {
    let (status_word, as_of_word, source_word) = match language {
        Language::Nl => ("status", "gegevens per", "Bron"),
        Language::En => ("status", "data as of", "Source"),
    };
    let sources: Vec<String> = sources
        .iter()
        .map(|source| cited_source(source, language))
        .collect();
    format!(
        "“{}” ({status_word}: {}). {}, {as_of_word} {}. {source_word}: {}. {page_url}",
        line.title.resolve(language).text,
        status_label(line.status, language).to_ascii_lowercase(),
        snapshot.title.resolve(language).text,
        format_day(snapshot.as_of, language),
        sources.join("; "),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::load;

    fn small() -> Snapshot {
        load(include_bytes!(
            "../../../../tests/fixtures/small_monitor.json"
        ))
        .unwrap()
        .snapshot
    }

    #[test]
    fn a_citation_reads_as_a_sentence_in_each_language() {
        let snapshot = small();
        let sources: Vec<&Source> = snapshot.sources.iter().collect();
        let line = &snapshot.action_lines[0];
        assert_eq!(
            citation_line(line, &snapshot, &sources, "https://e.org/m", Language::Nl),
            "“Drones voor Oekraïne” (status: in uitvoering). Kleine monitor, gegevens per 15 jan. 2026. Bron: Memo, Doc 1, jan. 2026. https://e.org/m"
        );
        assert_eq!(
            citation_line(line, &snapshot, &sources, "https://e.org/m", Language::En),
            "“Drones for Ukraine” (status: in progress). Small monitor, data as of 15 Jan 2026. Source: Memo, Doc 1, Jan 2026. https://e.org/m"
        );
    }

    #[test]
    fn a_source_without_reference_or_date_is_cited_by_its_title() {
        let mut memo = small().sources[0].clone();
        assert_eq!(cited_source(&memo, Language::Nl), "Memo, Doc 1, jan. 2026");
        memo.reference = None;
        memo.date = None;
        assert_eq!(cited_source(&memo, Language::En), "Memo");
    }

    #[test]
    fn several_sources_are_separated_by_semicolons() {
        let snapshot = small();
        let memo = &snapshot.sources[0];
        let line = &snapshot.action_lines[2];
        assert!(
            citation_line(line, &snapshot, &[memo, memo], "u", Language::En)
                .ends_with("Source: Memo, Doc 1, Jan 2026; Memo, Doc 1, Jan 2026. u")
        );
    }
}
