//! The widget's heading levels. Its title takes the level the page asks for (`heading`,
//! 1 to 6): an article's embed sits below the article's own `h1`, so it defaults to 2,
//! the widget's own page to 1. Every part below the title is a level deeper, at most h6.

const TAGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Headings {
    /// The title's level, 1 to 6.
    title: u8,
}

impl Headings {
    /// The title's own page: `h1`.
    pub const PAGE: Headings = Headings { title: 1 };
    /// Inside someone else's page: `h2`.
    pub const EMBEDDED: Headings = Headings { title: 2 };

    /// Headings under a title at `level`; none outside 1 to 6.
    pub fn from_level(level: u8) -> Option<Self> {
        (1..=6).contains(&level).then_some(Self { title: level })
    }

    pub fn level(self) -> u8 {
        self.title
    }

    /// The tag `depth` levels below the title (0: the title's own), at most `h6`.
    pub fn tag(self, depth: u8) -> &'static str {
        let level = self.title.saturating_add(depth).min(6);
        TAGS[usize::from(level - 1)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_go_one_level_below_the_title_and_stop_at_h6() {
        let embedded = Headings::EMBEDDED;
        assert_eq!(
            [embedded.tag(0), embedded.tag(1), embedded.tag(4)],
            ["h2", "h3", "h6"]
        );
        assert_eq!(Headings::PAGE.tag(4), "h5");
        assert_eq!(Headings::from_level(5).map(|h| h.tag(3)), Some("h6"));
    }

    #[test]
    fn a_level_outside_one_to_six_is_no_level() {
        assert_eq!(Headings::from_level(0), None);
        assert_eq!(Headings::from_level(7), None);
        assert_eq!(Headings::from_level(3).map(Headings::level), Some(3));
    }
}
