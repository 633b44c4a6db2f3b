//! Text search that ignores case and diacritics: "oekraine" finds "Oekraïne".
//! A small folding table for Latin letters, and lower case from whoever runs the core
//! ([`Lowercase`]), keep Unicode tables out of the wasm.

use std::fmt::Debug;

/// Lower-cases text that is not all ASCII. [`UnicodeLowercase`] uses std's case
/// tables; the widget passes the browser's, so its wasm carries none.
pub trait Lowercase: Debug + Sync {
    fn lowercase(&self, text: &str) -> String;
}

/// Lower case by std's Unicode tables: for native tools and tests.
#[derive(Debug)]
pub struct UnicodeLowercase;

impl Lowercase for UnicodeLowercase {
    fn lowercase(&self, text: &str) -> String {
        text.to_lowercase()
    }
}

/// The base letter of a Latin letter with diacritics, already lowercase.
fn base_letter(c: char) -> Option<&'static str> {
    let base = match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĳ' => "ij",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' => "t",
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    };
    Some(base)
}

/// Lowercase, without diacritics; other characters pass through unchanged.
pub fn fold(text: &str, lowercase: &dyn Lowercase) -> String {
    let mut folded = String::with_capacity(text.len());
    fold_into(&mut folded, text, lowercase);
    folded
}

/// [`fold`], appended to `folded`: one buffer for many texts.
pub fn fold_into(folded: &mut String, text: &str, lowercase: &dyn Lowercase) {
    // ASCII needs no case table: far faster on large snapshots.
    if text.is_ascii() {
        folded.extend(text.chars().map(|c| c.to_ascii_lowercase()));
        return;
    }
    for c in lowercase.lowercase(text).chars() {
        match base_letter(c) {
            Some(base) => folded.push_str(base),
            None => folded.push(c),
        }
    }
}

/// The longest search text read, in characters: a link may carry megabytes in `q=`.
pub const MAX_QUERY_CHARS: usize = 200;
/// The most words a search matches: each word is one pass over every searched text.
pub const MAX_QUERY_TERMS: usize = 16;

/// The first [`MAX_QUERY_CHARS`] characters of a search text.
pub fn bounded(text: &str) -> &str {
    text.char_indices()
        .nth(MAX_QUERY_CHARS)
        .map_or(text, |(end, _)| &text[..end])
}

/// A search: every word must occur somewhere in the searched text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    terms: Vec<String>,
}

impl Query {
    /// At most [`MAX_QUERY_TERMS`] distinct words of the [`bounded`] text, so a match
    /// costs at most that many linear scans of the text.
    pub fn new(text: &str, lowercase: &dyn Lowercase) -> Self {
        let mut terms: Vec<String> = Vec::new();
        for term in fold(bounded(text), lowercase).split_whitespace() {
            if terms.len() == MAX_QUERY_TERMS {
                break;
            }
            if !terms.iter().any(|known| known == term) {
                terms.push(term.to_owned());
            }
        }
        Self { terms }
    }

    /// `folded` must come from [`fold`].
    pub fn matches(&self, folded: &str) -> bool {
        self.terms.iter().all(|term| folded.contains(term.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_and_diacritics() {
        assert_eq!(fold("Oekraïne", &UnicodeLowercase), "oekraine");
        assert_eq!(
            fold("ÉÇÅØ Łódź straße Œuvre", &UnicodeLowercase),
            "ecao lodz strasse oeuvre"
        );
        assert_eq!(fold("C-UAS € 35", &UnicodeLowercase), "c-uas € 35");
    }

    #[test]
    fn every_word_must_match_somewhere() {
        let text = fold(
            "Samenwerking met Oekraïne (drones, Build with Ukraine)",
            &UnicodeLowercase,
        );
        assert!(Query::new("oekraine", &UnicodeLowercase).matches(&text));
        assert!(Query::new("  DRONES   oekraïne ", &UnicodeLowercase).matches(&text));
        assert!(!Query::new("drones munitie", &UnicodeLowercase).matches(&text));
    }

    #[test]
    fn a_huge_query_is_read_as_at_most_sixteen_words_of_its_first_two_hundred_characters() {
        let huge = format!("drones {} {}", "x".repeat(10), "ab cd ".repeat(400_000));
        let query = Query::new(&huge, &UnicodeLowercase);
        assert_eq!(query.terms, ["drones", "xxxxxxxxxx", "ab", "cd"]);
        let distinct: String = (0..400_000).map(|n| format!("t{n} ")).collect();
        let query = Query::new(&distinct, &UnicodeLowercase);
        assert_eq!(query.terms.len(), MAX_QUERY_TERMS);
        assert_eq!(query.terms.first().map(String::as_str), Some("t0"));
        let long_word = "é".repeat(100_000);
        let query = Query::new(&long_word, &UnicodeLowercase);
        assert_eq!(query.terms, ["e".repeat(MAX_QUERY_CHARS)]);
        assert!(query.matches(&fold(&long_word, &UnicodeLowercase)));
    }

    #[test]
    fn bounding_a_search_text_never_splits_a_character() {
        let text = format!("{}ï", "a".repeat(MAX_QUERY_CHARS - 1));
        assert_eq!(bounded(&text), text);
        assert_eq!(bounded(&format!("{text}ï")), text);
        assert_eq!(bounded("kort"), "kort");
    }

    #[test]
    fn an_empty_query_matches_everything() {
        assert!(Query::new("   ", &UnicodeLowercase).matches(""));
        assert!(Query::new("", &UnicodeLowercase).matches("anything"));
    }
}
