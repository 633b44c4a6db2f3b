//! The feed's ids (RFC 4287 §4.2.6): permanent, unique IRIs that stay the same when the
//! feed is written again with more snapshots, and never depend on the file's name.
//!
//! - With `--site URL` (normalized, see `site`): the feed is `URL#ID/LANG` and the entry
//!   of the snapshot as of a day is `URL#ID/LANG/YYYY-MM-DD`, ID being the strategy's
//!   `id` percent-encoded and LANG the feed's language. Whoever publishes at URL owns
//!   these names.
//! - Without: name-based UUID URNs (RFC 9562 §5.5, version 5, as RFC 4287's own examples
//!   use `urn:uuid:`): the feed's from `ID/LANG` in dsii-monitor's namespace below, each
//!   entry's from its `as_of` day in the feed's UUID. Anyone who writes a feed of the same
//!   strategy in the same language gets the same ids, as two copies of one feed should.
//!
//! The language is part of every id: the Dutch and the English feed are different feeds
//! with different entries, which an aggregator reading both must not merge.
//!
//! Not a `tag:` URI (RFC 4151): a tag must name a domain or e-mail address that its
//! minter held on the tag's date, and a snapshot proves neither (its publisher URL is
//! optional and may be someone else's site), nor gives a date that stays the same when
//! older snapshots join or leave the feed.

use dsii_core::model::{CalendarDate, Language};
use uuid::Uuid;

use super::site::{percent_encode, Site};

/// dsii-monitor's namespace for feed UUIDs: random, fixed once for good.
const NAMESPACE: Uuid = Uuid::from_u128(0xe28cc9bd_49c0_4a30_afbf_a48e06c47ae5);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ids {
    /// `feed` is `SITE#ID/LANG`.
    Site {
        feed: String,
    },
    Named {
        feed: Uuid,
    },
}

impl Ids {
    /// The ids of the feed in `language` of the strategy with this `id`.
    pub fn new(site: Option<&Site>, strategy: &str, language: Language) -> Self {
        let lang = language.tag();
        match site {
            Some(site) => Ids::Site {
                feed: format!("{site}#{}/{lang}", percent_encode(strategy)),
            },
            None => Ids::Named {
                feed: Uuid::new_v5(&NAMESPACE, format!("{strategy}/{lang}").as_bytes()),
            },
        }
    }

    pub fn feed(&self) -> String {
        match self {
            Ids::Site { feed } => feed.clone(),
            Ids::Named { feed } => feed.urn().to_string(),
        }
    }

    /// The id of the entry of the snapshot as of `as_of`.
    pub fn entry(&self, as_of: CalendarDate) -> String {
        match self {
            Ids::Site { feed } => format!("{feed}/{as_of}"),
            Ids::Named { feed } => {
                let day = as_of.to_string();
                Uuid::new_v5(feed, day.as_bytes()).urn().to_string()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> CalendarDate {
        text.parse().unwrap()
    }

    #[test]
    fn site_ids_put_the_strategy_and_day_in_the_fragment() {
        let site: Site = "https://E.org/monitor".parse().unwrap();
        let ids = Ids::new(Some(&site), "d-sii", Language::Nl);
        assert_eq!(ids.feed(), "https://e.org/monitor/#d-sii/nl");
        assert_eq!(
            ids.entry(day("2025-10-06")),
            "https://e.org/monitor/#d-sii/nl/2025-10-06"
        );
        let odd = Ids::new(Some(&site), "a b/ë", Language::En);
        assert_eq!(odd.feed(), "https://e.org/monitor/#a%20b%2F%C3%AB/en");
    }

    #[test]
    fn named_ids_are_version_5_uuids_fixed_by_the_strategy_and_day() {
        let ids = Ids::new(None, "test-policy", Language::En);
        let feed = ids.feed();
        assert!(feed.starts_with("urn:uuid:"), "{feed}");
        // Version 5 and the RFC variant: 'xxxxxxxx-xxxx-5xxx-[89ab]xxx-…'.
        assert_eq!(&feed[23..24], "5", "{feed}");
        assert!("89ab".contains(&feed[28..29]), "{feed}");
        assert_eq!(Ids::new(None, "test-policy", Language::En).feed(), feed);
        assert_ne!(Ids::new(None, "other-policy", Language::En).feed(), feed);
        assert_ne!(Ids::new(None, "test-policy", Language::Nl).feed(), feed);
        let (first, second) = (ids.entry(day("2025-11-15")), ids.entry(day("2026-03-20")));
        assert_ne!(first, second);
        assert_ne!(first, feed);
        assert_eq!(ids.entry(day("2025-11-15")), first);
    }

    #[test]
    fn the_bundled_strategys_ids_never_change() {
        // Checked against Python's uuid.uuid5 with the same namespace and names.
        let ids = Ids::new(None, "d-sii", Language::Nl);
        assert_eq!(ids.feed(), "urn:uuid:41af68ac-8a59-5182-9440-3bc9c6942854");
        assert_eq!(
            ids.entry(day("2025-10-06")),
            "urn:uuid:9d4b434a-5ef1-573c-bbb2-056948441962"
        );
    }
}
