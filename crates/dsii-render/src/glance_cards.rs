//! The glance's pillar cards: one card per pillar with its action lines per status as a
//! stacked bar and its milestones as done, pending and overdue. Each card's title is a
//! button (`data-pillar`, the pillar's index) that chooses its pillar.

use dsii_core::filter::PillarTally;
use dsii_core::i18n::{count_action_lines, count_in_state, status_label, tally_states};
use dsii_core::model::ActionLineStatus;

use crate::icons::{state_icon, status_icon};
use crate::node::Node;
use crate::scene::Scene;

/// A count with its icon and words: the bar is drawn for the eye, the words carry it.
/// `phrase` starts with the count ("6 toezeggingen te laat"), which is set apart so the
/// stylesheet can weigh it.
fn counted(class: &str, icon: &str, count: usize, phrase: &str) -> Node {
    let (number, rest) = phrase.split_once(' ').unwrap_or((phrase, ""));
    let class = match count {
        0 => format!("{class} dsii-pcard__zero"),
        _ => class.to_owned(),
    };
    Node::with_class("li", &class)
        .child(
            Node::new("span")
                .attr("aria-hidden", "true")
                .text(icon)
                .text(" "),
        )
        .child(Node::with_class("span", "dsii-pcard__count").text(number))
        .text(" ")
        .text(rest)
}

/// A pillar's card; `chosen` when the filters show only that pillar.
pub fn glance_card(scene: &Scene, pillar: usize, tally: &PillarTally, chosen: bool) -> Node {
    let language = scene.language;
    let title = scene.prepared.snapshot.pillars[pillar]
        .title
        .resolve(language)
        .text;
    let present = || {
        ActionLineStatus::ALL
            .iter()
            .zip(tally.lines)
            .filter(|(_, count)| *count > 0)
    };
    let bar = present().map(|(status, count)| {
        Node::with_class(
            "span",
            &format!("dsii-stack__part dsii-stack__part--{}", status.as_str()),
        )
        .style("flex-grow", &count.to_string())
    });
    let statuses = present().map(|(&status, count)| {
        counted(
            &format!("dsii-pcard__status dsii-pcard__status--{}", status.as_str()),
            status_icon(status),
            count,
            &format!(
                "{count} {}",
                status_label(status, language).to_ascii_lowercase()
            ),
        )
    });
    let states = tally_states(&tally.milestones)
        .into_iter()
        .map(|(state, count)| {
            counted(
                &format!("dsii-pcard__state dsii-pcard__state--{}", state.as_str()),
                state_icon(state),
                count,
                &count_in_state(count, state, language),
            )
        });
    let class = if chosen {
        "dsii-pcard dsii-pcard--chosen"
    } else {
        "dsii-pcard"
    };
    Node::with_class("li", class)
        .child(
            Node::with_class(scene.headings.tag(2), "dsii-pcard__title").child(
                Node::with_class("button", "dsii-pcard__choose")
                    .attr("type", "button")
                    .attr("data-pillar", &pillar.to_string())
                    .attr("aria-pressed", if chosen { "true" } else { "false" })
                    .text(title),
            ),
        )
        .child(
            Node::with_class("p", "dsii-pcard__lines")
                .text(&count_action_lines(tally.line_total(), language)),
        )
        .child(
            Node::with_class("div", "dsii-stack")
                .attr("aria-hidden", "true")
                .children(bar),
        )
        .child(Node::with_class("ul", "dsii-pcard__statuses").children(statuses))
        .child(Node::with_class("ul", "dsii-pcard__states").children(states))
}
