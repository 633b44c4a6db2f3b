//! The glance: a region of pillar cards drawn by `dsii_render::glance_cards` whenever
//! the counts, the chosen pillar, the language or the limit change, and the sentence
//! of totals beside them. A card chooses its pillar.

use leptos::html::{custom, Ul};
use leptos::prelude::*;

use dsii_render::glance_cards::glance_card;

use super::context::use_monitor;
use super::dom::closest_data;
use super::erased::on_click;
use super::region::use_region;
use super::show_more::ShowMore;
use crate::filter::pillar_tallies;
use crate::i18n::milestone_total;
use crate::progress::StateTally;
use crate::store::{Action, List};

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
    let draw = context.clone();
    let limit = context.limit(List::GlanceCards);
    let list = use_region::<Ul>(&["data-pillar"], move || {
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
    let total = move || {
        let sum = tallies.with(|tallies| {
            tallies.iter().fold(StateTally::default(), |sum, tally| {
                sum.merged(tally.milestones)
            })
        });
        milestone_total(&sum, language.get())
    };
    let act = context.clone();
    let choose = move |event: web_sys::MouseEvent| {
        let pillars = &act.prepared.snapshot.pillars;
        let pillar = closest_data(&event, "data-pillar")
            .and_then(|index| index.parse::<usize>().ok())
            .and_then(|index| pillars.get(index));
        if let Some(pillar) = pillar {
            act.dispatch.send(Action::TogglePillar(pillar.id.clone()));
        }
    };
    view! {
        <section class="dsii-glance" aria-labelledby="dsii-glance-title">
            {custom(context.headings.tag(1)).id("dsii-glance-title").class("dsii-visually-hidden").child(context.message(|m| m.pillars))}
            <ul class="dsii-glance__cards" node_ref=list on:click=on_click(choose)></ul>
            <p class="dsii-glance__total">{total}</p>
            <ShowMore total=Signal::stored(context.prepared.snapshot.pillars.len()) list=List::GlanceCards />
        </section>
    }
}
