//! Long lists are drawn a page at a time: filters and search still see everything.
//! Printing draws a bounded number more, and the lists say how many they left out.

/// A list drawn a page at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    /// The glance's pillar cards: a format may have a hundred pillars.
    GlanceCards,
    /// The full layout's pillar cards.
    PillarCards,
    /// One pillar's action lines, by the pillar's index.
    Lines(usize),
    /// The drawing's lanes.
    Lanes,
    Timeline,
    Changes,
    /// The milestones of the chosen cluster of marks.
    Chosen,
}

impl List {
    /// How many items a page of the list holds.
    pub fn page(self) -> usize {
        match self {
            List::GlanceCards | List::Lanes => 12,
            List::PillarCards => 6,
            List::Lines(_) => 8,
            List::Timeline | List::Changes | List::Chosen => 25,
        }
    }

    /// The list's name in the page (the `data-more` of its button).
    pub fn key(self) -> String {
        match self {
            List::GlanceCards => "glance".to_owned(),
            List::PillarCards => "pillars".to_owned(),
            List::Lines(pillar) => format!("lines.{pillar}"),
            List::Lanes => "lanes".to_owned(),
            List::Timeline => "timeline".to_owned(),
            List::Changes => "changes".to_owned(),
            List::Chosen => "chosen".to_owned(),
        }
    }

    /// The list a [`List::key`] names, in that exact spelling.
    pub fn from_key(key: &str) -> Option<List> {
        let list = match key {
            "glance" => List::GlanceCards,
            "pillars" => List::PillarCards,
            "lanes" => List::Lanes,
            "timeline" => List::Timeline,
            "changes" => List::Changes,
            "chosen" => List::Chosen,
            key => List::Lines(key.strip_prefix("lines.")?.parse().ok()?),
        };
        (list.key() == key).then_some(list)
    }
}

/// How many items every list draws at least once the page was printed: drawing ten
/// thousand items before printing blocks the page for many seconds.
pub const PRINT_LIMIT: usize = 200;

/// The lists a reader extended, and whether the page was printed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Limits {
    /// A few lists at most: a list, not a map.
    extended: Vec<(List, usize)>,
    printed: bool,
}

impl Limits {
    pub(super) fn of(&self, list: List) -> usize {
        let chosen = self
            .extended
            .iter()
            .find(|(known, _)| *known == list)
            .map_or(list.page(), |&(_, limit)| limit);
        match self.printed {
            true => chosen.max(PRINT_LIMIT),
            false => chosen,
        }
    }

    /// One page more of `list`.
    pub(super) fn grow(&mut self, list: List) {
        let grown = self.of(list).saturating_add(list.page());
        self.reset(list);
        self.extended.push((list, grown));
    }

    /// `list` back to its first page.
    pub(super) fn reset(&mut self, list: List) {
        self.extended.retain(|(known, _)| *known != list);
    }

    /// Every list back to its first page (printing still draws more).
    pub(super) fn forget_extended(&mut self) {
        self.extended.clear();
    }

    pub(super) fn print(&mut self) {
        self.printed = true;
    }
}
