//! The order in which a text's languages are written: the widget's two interface
//! languages first, as the bundled snapshots write them, then the rest by tag.

use std::cmp::Ordering;

/// Sorts `nl`, then `en`, then every other tag alphabetically.
pub fn compare_tags(a: &str, b: &str) -> Ordering {
    let rank = |tag: &str| match tag {
        "nl" => 0,
        "en" => 1,
        _ => 2,
    };
    rank(a).cmp(&rank(b)).then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_and_english_come_before_other_tags() {
        let mut tags = vec!["de", "en-GB", "en", "fr", "nl"];
        tags.sort_by(|a, b| compare_tags(a, b));
        assert_eq!(tags, ["nl", "en", "de", "en-GB", "fr"]);
    }
}
