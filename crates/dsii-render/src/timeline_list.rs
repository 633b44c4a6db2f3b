//! Milestones in date order, grouped by year and period. Fuzzy dates are drawn as the
//! span they are, the reference date is marked, and overdue commitments stand out. A
//! milestone's action line is a button (`data-reveal` holds the milestone's index) for
//! the region's click handler.

use dsii_core::changes::ItemKind;
use dsii_core::i18n::{format_day, messages, period_label};
use dsii_core::timeline::{month_span, TimelineItem, YearGroup};

use crate::badges::{change_badges, state_badge};
use crate::node::{Node, KEEP_OPEN};
use crate::scene::Scene;
use crate::sources::source_list;
use crate::text::text_span;

/// A milestone's "show details" toggle, by the milestone's index: it keeps focus
/// across a redraw.
pub const SUMMARY_KEY: &str = "data-summary";

/// Where the date lies from the reference date: a class for the stylesheet.
fn timing(scene: &Scene, index: usize) -> &'static str {
    let date = scene.prepared.snapshot.milestones[index].date;
    if date.ended_before(scene.today) {
        "past"
    } else if date.contains(scene.today) {
        "current"
    } else {
        "upcoming"
    }
}

/// A milestone with its date, state and action line; its description, note and
/// sources are there in full when `folded` is false, else behind "Show details".
pub fn milestone_item(scene: &Scene, index: usize, folded: bool) -> Node {
    let (prepared, language) = (scene.prepared, scene.language);
    let milestone = &prepared.snapshot.milestones[index];
    let line = &prepared.snapshot.action_lines[prepared.milestone_line(index)];
    let state = prepared.milestone_state(index, scene.today);
    let (first, last) = month_span(milestone.date);
    let words = messages(language);
    let description = milestone.description.as_ref().map(|description| {
        Node::with_class("p", "dsii-tl__description").localized(description, language)
    });
    let note = milestone
        .note
        .as_ref()
        .map(|note| Node::with_class("p", "dsii-tl__note").localized(note, language));
    // The months of the year the date spans, drawn by one element whose first month
    // and width are CSS variables.
    let span = Node::with_class("span", "dsii-span")
        .attr("aria-hidden", "true")
        .style("--dsii-span-from", &(first - 1).to_string())
        .style("--dsii-span-months", &(last + 1 - first).to_string());
    // Unfolded (the drawing's chosen mark), the details are open and their toggle hidden.
    let toggle = Node::with_class("summary", "dsii-tl__more-toggle")
        .attr(SUMMARY_KEY, &index.to_string())
        .text(words.show_details);
    let more = Node::with_class("details", "dsii-tl__more").attr(KEEP_OPEN, &index.to_string());
    let more = match folded {
        true => more.child(toggle),
        false => more.attr("open", "").child(toggle.attr("hidden", "")),
    };
    Node::with_class(
        "li",
        &format!(
            "dsii-tl__item dsii-tl__item--{} dsii-tl__item--{}",
            state.as_str(),
            timing(scene, index)
        ),
    )
    .child(
        Node::with_class("p", "dsii-tl__when")
            .child(Node::with_class("span", "dsii-date").text(&milestone.date.display(language)))
            .child(span),
    )
    .child(
        Node::with_class(scene.headings.tag(4), "dsii-tl__title")
            .localized(&milestone.title, language),
    )
    .child(state_badge(
        state,
        prepared.milestone_checked(index),
        language,
    ))
    .child(change_badges(scene, ItemKind::Milestone, index))
    .child(
        Node::with_class("p", "dsii-tl__line")
            .text(&format!("{}: ", words.of_action_line))
            .child(
                Node::with_class("button", "dsii-link-button")
                    .attr("type", "button")
                    .attr("data-reveal", &index.to_string())
                    .child(text_span(&line.title, language)),
            ),
    )
    .child(more.children(description).children(note).child(source_list(
        prepared,
        &milestone.sources,
        language,
    )))
}

fn today_item(scene: &Scene) -> Node {
    Node::with_class("li", "dsii-tl__today")
        .text(&format!("{}: ", messages(scene.language).reference_date))
        .child(
            Node::new("time")
                .attr("datetime", &scene.today.to_string())
                .text(&format_day(scene.today, scene.language)),
        )
}

/// The list's years, each with its periods and their milestones.
pub fn timeline_years(scene: &Scene, years: &[YearGroup]) -> Vec<Node> {
    let headings = scene.headings;
    years
        .iter()
        .map(|year| {
            let periods = year.periods.iter().map(|period| {
                let items = period.items.iter().map(|item| match item {
                    TimelineItem::Milestone(index) => milestone_item(scene, *index, true),
                    TimelineItem::Today => today_item(scene),
                });
                Node::with_class("li", "dsii-tl__period")
                    .child(
                        Node::with_class(headings.tag(3), "dsii-tl__period-title")
                            .text(&period_label(period.period, year.year, scene.language)),
                    )
                    .child(Node::with_class("ol", "dsii-tl__items").children(items))
            });
            Node::with_class("li", "dsii-tl__year")
                .child(
                    Node::with_class(headings.tag(2), "dsii-tl__year-title")
                        .text(&year.year.to_string()),
                )
                .child(Node::with_class("ol", "dsii-tl__periods").children(periods))
        })
        .collect()
}
