//! Snapshot text: one plain string, or the same text in several languages.

use super::language::Language;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    /// A string in the snapshot's default language.
    Plain(String),
    /// Language tag (e.g. `nl`, `en`) to text; never empty.
    Localized(Texts),
}

/// A text's translations: language tag to text, in tag order, each tag once. A sorted
/// list, not a tree: a text has a few languages, and the wasm carries no tree code.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Texts(Vec<(String, String)>);

type Pair<'a> = (&'a String, &'a String);

/// The iterator over a text's tags and texts.
pub type TextsIter<'a> =
    std::iter::Map<std::slice::Iter<'a, (String, String)>, fn(&(String, String)) -> Pair<'_>>;

fn pair((tag, text): &(String, String)) -> Pair<'_> {
    (tag, text)
}

impl Texts {
    /// Sets `tag`'s text, and gives back the text it replaces.
    pub fn insert(&mut self, tag: String, text: String) -> Option<String> {
        match self.0.binary_search_by(|(known, _)| known.cmp(&tag)) {
            Ok(index) => Some(std::mem::replace(&mut self.0[index].1, text)),
            Err(index) => {
                self.0.insert(index, (tag, text));
                None
            }
        }
    }

    /// Tags and texts, in tag order.
    pub fn iter(&self) -> TextsIter<'_> {
        self.0.iter().map(pair)
    }

    pub fn values(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(_, text)| text)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'a> IntoIterator for &'a Texts {
    type Item = Pair<'a>;
    type IntoIter =
        std::iter::Map<std::slice::Iter<'a, (String, String)>, fn(&(String, String)) -> Pair<'_>>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// A later text for a tag replaces an earlier one, as in a map.
impl FromIterator<(String, String)> for Texts {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(pairs: I) -> Self {
        let mut texts = Texts::default();
        for (tag, text) in pairs {
            texts.insert(tag, text);
        }
        texts
    }
}

impl<const N: usize> From<[(String, String); N]> for Texts {
    fn from(pairs: [(String, String); N]) -> Self {
        pairs.into_iter().collect()
    }
}

/// A text chosen for a reader, with the language it is really in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved<'a> {
    pub text: &'a str,
    /// The tag of the text's language; `None` for plain text, which is in the
    /// snapshot's default language.
    pub lang: Option<&'a str>,
}

impl<'a> Resolved<'a> {
    /// The text's language tag when it is not the reader's: what a `lang` attribute
    /// says, so screen readers pronounce it right.
    pub fn foreign_lang(&self, reader: Language) -> Option<&'a str> {
        self.lang
            .filter(|tag| Language::from_tag(tag) != Some(reader))
    }
}

impl Text {
    /// The text in `wanted`, else in the other interface language, else in any
    /// language it has.
    pub fn resolve(&self, wanted: Language) -> Resolved<'_> {
        match self {
            Text::Plain(text) => Resolved { text, lang: None },
            Text::Localized(texts) => {
                let in_language = |language: Language| {
                    texts
                        .iter()
                        .find(|(tag, _)| Language::from_tag(tag) == Some(language))
                };
                let (tag, text) = in_language(wanted)
                    .or_else(|| in_language(wanted.other()))
                    .or_else(|| texts.iter().next())
                    .map_or(("", ""), |(tag, text)| (tag.as_str(), text.as_str()));
                Resolved {
                    text,
                    lang: Some(tag),
                }
            }
        }
    }

    /// Every language's text, for search.
    pub fn all_texts(&self) -> impl Iterator<Item = &str> {
        let (plain, localized) = match self {
            Text::Plain(text) => (Some(text.as_str()), None),
            Text::Localized(texts) => (None, Some(texts.values().map(String::as_str))),
        };
        plain.into_iter().chain(localized.into_iter().flatten())
    }
}

/// A BCP 47 shaped tag: "nl", "en-GB".
pub(crate) fn is_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let primary_ok = subtags.next().is_some_and(|primary| {
        (2..=8).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_alphabetic())
    });
    primary_ok
        && subtags.all(|sub| {
            (1..=8).contains(&sub.len()) && sub.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(json: &str) -> Result<Text, String> {
        crate::validate::walk::text_of(json.as_bytes())
    }

    #[test]
    fn resolves_the_wanted_language_then_the_other_one() {
        let both = text(r#"{"nl": "Sterk", "en": "Strong"}"#).unwrap();
        assert_eq!(both.resolve(Language::En).text, "Strong");
        assert_eq!(both.resolve(Language::Nl).text, "Sterk");

        let dutch_only = text(r#"{"nl": "Sterk"}"#).unwrap();
        let resolved = dutch_only.resolve(Language::En);
        assert_eq!((resolved.text, resolved.lang), ("Sterk", Some("nl")));

        let german_only = text(r#"{"de": "Stark"}"#).unwrap();
        assert_eq!(german_only.resolve(Language::En).lang, Some("de"));
    }

    #[test]
    fn plain_text_has_no_language_of_its_own() {
        let plain = text(r#""Slim""#).unwrap();
        assert_eq!(
            plain.resolve(Language::En),
            Resolved {
                text: "Slim",
                lang: None
            }
        );
    }

    #[test]
    fn region_subtags_match_their_language() {
        let british = text(r#"{"en-GB": "Colour", "nl": "Kleur"}"#).unwrap();
        assert_eq!(british.resolve(Language::En).text, "Colour");
    }

    #[test]
    fn rejects_empty_objects_bad_tags_and_other_types() {
        assert!(text("{}").unwrap_err().contains("at least one language"));
        assert!(text(r#"{"dutch language": "x"}"#)
            .unwrap_err()
            .contains("not a language tag"));
        assert!(text(r#"{"nl": 3}"#)
            .unwrap_err()
            .contains("expected a string"));
        assert!(text("42").unwrap_err().contains("language tags to strings"));
    }

    #[test]
    fn search_sees_every_language() {
        let both = text(r#"{"nl": "Oekraïne", "en": "Ukraine"}"#).unwrap();
        assert_eq!(
            both.all_texts().collect::<Vec<_>>(),
            ["Ukraine", "Oekraïne"]
        );
    }
}
