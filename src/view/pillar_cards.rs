//! One card per pillar, listing the action lines that pass the filters.

use leptos::html::custom;
use leptos::prelude::*;

use super::action_line_card::ActionLineCard;
use super::context::use_monitor;
use super::show_more::{use_render_limit, ShowMore};

/// Action lines a pillar card renders before "show more".
const LINES_PER_PAGE: usize = 8;

/// Pillar cards rendered before "show more": a format may have up to 100 pillars.
const PILLARS_PER_PAGE: usize = 6;

#[component]
fn PillarCard(pillar: usize) -> impl IntoView {
    let context = use_monitor();
    let prepared = context.prepared.clone();
    let selection = context.selection;
    let pillar_id = prepared.snapshot.pillars[pillar].id.clone();
    let all_lines = Memo::new(move |_| {
        selection.with(|selection| {
            selection
                .lines
                .iter()
                .copied()
                .filter(|&line| prepared.snapshot.action_lines[line].pillar == pillar_id)
                .collect::<Vec<_>>()
        })
    });
    let limit = use_render_limit(LINES_PER_PAGE);
    let lines =
        Memo::new(move |_| all_lines.with(|lines| lines[..lines.len().min(limit.get())].to_vec()));
    let total = Signal::derive(move || all_lines.with(Vec::len));
    let title = &context.prepared.snapshot.pillars[pillar].title;
    let summary = context.prepared.snapshot.pillars[pillar]
        .summary
        .as_ref()
        .map(|summary| view! { <p class="dsii-pillar__summary">{context.text(summary)}</p> });
    let heading_id = format!("dsii-pillar-{pillar}");
    let labelled_by = heading_id.clone();
    view! {
        <section class="dsii-pillar" aria-labelledby=labelled_by
            hidden=move || lines.with(|lines| lines.is_empty())>
            {custom(context.headings.tag(2)).class("dsii-pillar__title").id(heading_id).child(context.text(title))}
            {summary}
            <ul class="dsii-pillar__lines">
                <For each=move || lines.get() key=|line| *line let:line>
                    <ActionLineCard line />
                </For>
            </ul>
            <ShowMore total limit page=LINES_PER_PAGE />
        </section>
    }
}

#[component]
pub fn PillarCards() -> impl IntoView {
    let context = use_monitor();
    let prepared = context.prepared.clone();
    let selection = context.selection;
    // Pillars with at least one action line that passes the filters, in their order.
    let with_lines = Memo::new(move |_| {
        let mut used = vec![false; prepared.snapshot.pillars.len()];
        selection.with(|selection| {
            for &line in &selection.lines {
                used[prepared.line_pillar(line)] = true;
            }
        });
        (0..used.len())
            .filter(|&pillar| used[pillar])
            .collect::<Vec<_>>()
    });
    let limit = use_render_limit(PILLARS_PER_PAGE);
    let shown =
        move || with_lines.with(|pillars| pillars[..pillars.len().min(limit.get())].to_vec());
    let total = Signal::derive(move || with_lines.with(Vec::len));
    view! {
        <section class="dsii-cards" aria-labelledby="dsii-cards-title">
            {custom(context.headings.tag(1)).id("dsii-cards-title").class("dsii-section-title").child(context.message(|m| m.action_lines))}
            <div class="dsii-pillars">
                <For each=shown key=|pillar| *pillar let:pillar>
                    <PillarCard pillar />
                </For>
            </div>
            <ShowMore total limit page=PILLARS_PER_PAGE />
        </section>
    }
}
