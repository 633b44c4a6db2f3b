//! The glance: a region of pillar cards drawn by `dsii_render::glance_cards` whenever
//! the counts, the chosen pillar, the language or the limit change, and the sentence
//! of totals beside them. A card chooses its pillar.

use dsii_render::glance_cards::glance_card;
use dsii_render::Node;

use super::bind::bind_text;
use super::context::MonitorContext;
use super::derived::Derived;
use super::dom::closest_data;
use super::listen::on;
use super::region::region;
use super::show_more::show_more;
use crate::filter::pillar_tallies;
use crate::i18n::milestone_total;
use crate::progress::StateTally;
use crate::store::{Action, List};

pub fn pillar_overview(context: &MonitorContext) -> Node {
    let (state, today, language) = (context.state, context.today, context.language);
    let prepared = context.prepared.clone();
    let selection = context.selection;
    let tallies = Derived::new(move || {
        selection.with(|shown| {
            state.with(|state| pillar_tallies(&prepared, &state.filter, today.get(), shown))
        })
    });
    let draw = context.clone();
    let limit = context.limit(List::GlanceCards);
    let list = Node::with_class("ul", "dsii-glance__cards");
    region(&list, &["data-pillar"], move || {
        let scene = draw.scene(None, false);
        let chosen_id = state.with(|state| state.filter.pillar.clone());
        let pillars = &draw.prepared.snapshot.pillars;
        tallies.with(|tallies| {
            let cards = tallies.iter().take(limit.get()).enumerate();
            cards
                .map(|(index, tally)| {
                    let chosen = chosen_id.as_ref() == Some(&pillars[index].id);
                    glance_card(&scene, index, tally, chosen)
                })
                .collect()
        })
    });
    // What the cards add up to, beside them: the glance's one sentence of totals.
    let total = Node::with_class("p", "dsii-glance__total");
    bind_text(&total, move || {
        let sum = tallies.with(|tallies| {
            tallies.iter().fold(StateTally::default(), |sum, tally| {
                sum.merged(tally.milestones)
            })
        });
        milestone_total(&sum, language.get())
    });
    let act = context.clone();
    on(&list, "click", move |event| {
        let pillars = &act.prepared.snapshot.pillars;
        let pillar = closest_data(&event, "data-pillar")
            .and_then(|index| index.parse::<usize>().ok())
            .and_then(|index| pillars.get(index));
        if let Some(pillar) = pillar {
            act.dispatch.send(Action::TogglePillar(pillar.id.clone()));
        }
    });
    let pillar_count = context.prepared.snapshot.pillars.len();
    let title = ("dsii-glance-title", "dsii-visually-hidden");
    context
        .section("dsii-glance", title, |m| m.pillars)
        .child(list)
        .child(total)
        .child(show_more(context, move || pillar_count, List::GlanceCards))
}
