//! The monitor's header: title, publisher, how fresh the data is and whose it is, and
//! notices when the reference date is not today or the data is old.

use dsii_core::i18n::{count_days_ago, count_in_state, format_day, messages};
use dsii_core::model::{link_target, CalendarDate};
use dsii_core::progress::MilestoneState;

use crate::node::Node;
use crate::scene::Scene;
use crate::text::text_span;

/// Older data than this gets a visible notice.
const STALE_AFTER_DAYS: i64 = 90;

/// What the header says beside the snapshot.
pub struct HeaderFacts<'a> {
    /// Today by the reader's clock: a reference date that differs is announced.
    pub clock_today: CalendarDate,
    /// The data's host, when it is not the bundled snapshot: whose data this is.
    pub data_host: Option<&'a str>,
    /// The page's Atom feed, on the standalone page.
    pub feed: Option<&'a str>,
    /// Milestones whose deadline passed after the data was last checked.
    pub unchecked: usize,
}

fn date(day: CalendarDate, scene: &Scene) -> Node {
    Node::new("time")
        .attr("datetime", &day.to_string())
        .text(&format_day(day, scene.language))
}

pub fn header(scene: &Scene, facts: &HeaderFacts) -> Vec<Node> {
    let (snapshot, language) = (&scene.prepared.snapshot, scene.language);
    let words = messages(language);
    let title = Node::with_class(scene.headings.tag(0), "dsii-header__title")
        .child(text_span(&snapshot.title, language));
    let summary = snapshot.summary.as_ref().map(|summary| {
        Node::with_class("p", "dsii-header__summary").child(text_span(summary, language))
    });
    let publisher = snapshot.publisher.as_ref().map(|publisher| {
        let name = match publisher.url.as_deref().and_then(link_target) {
            Some(url) => Node::new("a")
                .attr("href", url)
                .attr("rel", "noopener noreferrer")
                .attr("target", "_blank"),
            None => Node::new("span"),
        };
        Node::with_class("p", "dsii-header__publisher")
            .text(&format!("{} ", words.published_by))
            .child(name.text(&publisher.name))
    });
    let age = snapshot.as_of.days_until(scene.today);
    let unchecked = (facts.unchecked > 0).then(|| {
        Node::with_class("strong", "dsii-header__unchecked").text(&count_in_state(
            facts.unchecked,
            MilestoneState::Unchecked,
            language,
        ))
    });
    let as_of = Node::with_class("p", "dsii-header__as-of")
        .text(&format!("{} ", words.data_as_of))
        .child(date(snapshot.as_of, scene))
        .text(&format!(" ({})", count_days_ago(age, language)))
        .text(if unchecked.is_some() { ": " } else { "" })
        .children(unchecked);
    let data_host = facts.data_host.map(|host| {
        Node::with_class("p", "dsii-header__data-host")
            .text(&format!("{} ", words.data_from))
            .child(Node::new("strong").text(host))
    });
    let feed = facts.feed.map(|href| {
        Node::with_class("p", "dsii-header__follow").child(
            Node::new("a")
                .attr("href", href)
                .attr("type", "application/atom+xml")
                .text(words.follow),
        )
    });
    let reference = (scene.today != facts.clock_today).then(|| {
        Node::with_class("p", "dsii-header__reference-date")
            .attr("role", "note")
            .text(&format!("{} ", words.reference_date_notice))
            .child(date(scene.today, scene))
            .text(".")
    });
    let stale = (age > STALE_AFTER_DAYS).then(|| {
        Node::with_class("p", "dsii-header__stale")
            .child(Node::new("span").attr("aria-hidden", "true").text("⚠ "))
            .text(words.stale_notice)
    });
    [title]
        .into_iter()
        .chain(summary)
        .chain(publisher)
        .chain([as_of])
        .chain(data_host)
        .chain(feed)
        .chain(reference)
        .chain(stale)
        .collect()
}
