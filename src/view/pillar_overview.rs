//! The glance: one card per pillar with its action lines per status as a stacked bar
//! and its milestones as done, pending and overdue. A card chooses its pillar.

use leptos::html::custom;
use leptos::html::Ul;
use leptos::prelude::*;

use super::context::{use_monitor, MonitorContext};
use super::dom::{closest_data, replace_children, Node};
use super::icons::{state_icon, status_icon};
use super::show_more::{use_render_limit, ShowMore};
use crate::filter::{pillar_tallies, PillarTally};
use crate::i18n::{
    count_action_lines, count_in_state, milestone_total, status_label, tally_states,
};
use crate::model::{ActionLineStatus, Language};
use crate::progress::StateTally;

/// Cards drawn before "show more": a format may have a hundred pillars.
const CARDS_PER_PAGE: usize = 12;

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

fn card(
    context: &MonitorContext,
    pillar: usize,
    tally: &PillarTally,
    chosen: bool,
    language: Language,
) -> Node {
    let title = context.prepared.snapshot.pillars[pillar]
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
            Node::with_class(context.headings.tag(2), "dsii-pcard__title").child(
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

#[component]
pub fn PillarOverview() -> impl IntoView {
    let context = use_monitor();
    let (state, today, language) = (context.state, context.today, context.language);
    let prepared = context.prepared.clone();
    let selection = context.selection;
    let tallies = Memo::new(move |_| {
        selection.with(|shown| {
            state.with(|state| pillar_tallies(&prepared, &state.filter, today.get(), shown))
        })
    });
    let list = NodeRef::<Ul>::new();
    let card_context = context.clone();
    let limit = use_render_limit(CARDS_PER_PAGE);
    Effect::new(move |_| {
        let (language, limit) = (language.get(), limit.get());
        let chosen_id = state.with(|state| state.filter.pillar.clone());
        let pillars = &card_context.prepared.snapshot.pillars;
        tallies.with(|tallies| {
            if let Some(list) = list.get() {
                let cards = tallies
                    .iter()
                    .take(limit)
                    .enumerate()
                    .map(|(index, tally)| {
                        let chosen = chosen_id.as_ref() == Some(&pillars[index].id);
                        card(&card_context, index, tally, chosen, language)
                    });
                replace_children(&list, "data-pillar", cards);
            }
        });
    });
    // What the cards add up to, beside them: the glance's one sentence of totals.
    let total = move || {
        let sum = tallies.with(|tallies| {
            tallies.iter().fold(StateTally::default(), |sum, tally| {
                sum.merged(tally.milestones)
            })
        });
        milestone_total(&sum, language.get())
    };
    let pillars = context.prepared.clone();
    let choose = move |event: web_sys::MouseEvent| {
        let Some(index) = closest_data(&event, "data-pillar").and_then(|i| i.parse::<usize>().ok())
        else {
            return;
        };
        let Some(pillar) = pillars.snapshot.pillars.get(index) else {
            return;
        };
        state.update(|state| {
            let filter = &mut state.filter;
            filter.pillar = match filter.pillar.as_ref() == Some(&pillar.id) {
                true => None,
                false => Some(pillar.id.clone()),
            };
        });
    };
    view! {
        <section class="dsii-glance" aria-labelledby="dsii-glance-title">
            {custom(context.headings.tag(1)).id("dsii-glance-title").class("dsii-visually-hidden").child(context.message(|m| m.pillars))}
            <ul class="dsii-glance__cards" node_ref=list on:click=choose></ul>
            <p class="dsii-glance__total">{total}</p>
            <ShowMore total=Signal::stored(context.prepared.snapshot.pillars.len()) limit page=CARDS_PER_PAGE />
        </section>
    }
}
