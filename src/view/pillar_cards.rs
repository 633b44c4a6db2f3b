//! The action lines by pillar: a region drawn by `dsii_render::pillar_cards` whenever
//! the selection, the language, the reference date, the changes or a render limit
//! changes. Opening a line changes its card in place. One click handler serves every
//! toggle, copy and "show more" button by their `data-` attributes.

use leptos::prelude::*;

use dsii_render::action_line::set_line_open;
use dsii_render::pillar_cards::{pillar_cards as draw_cards, CardLimits};
use dsii_render::show_more::MORE_KEY;
use dsii_render::Node;

use super::clipboard::copy_reporting;
use super::context::MonitorContext;
use super::dom::closest_data_element;
use super::effect::effect;
use super::listen::on;
use super::region::{follow_changes, region};
use super::show_more::more_clicked;
use crate::export::citation;
use crate::i18n::messages;
use crate::store::{Action, List};

/// The buttons whose focus survives a redraw.
const FOCUS_KEYS: [&str; 3] = ["data-line-toggle", "data-copy-cite", MORE_KEY];

pub fn pillar_cards(context: &MonitorContext) -> Node {
    let (selection, open_lines, language) =
        (context.selection, context.open_lines, context.language);
    let pillar_count = context.prepared.snapshot.pillars.len();
    let pillars = context.limit(List::PillarCards);
    let lines = context.select(move |store| {
        (0..pillar_count)
            .map(|pillar| store.limit(List::Lines(pillar)))
            .collect::<Vec<_>>()
    });
    let printing = context.printing;
    let draw = context.clone();
    let cards =
        Node::with_class("section", "dsii-cards").attr("aria-labelledby", "dsii-cards-title");
    region(&cards, &FOCUS_KEYS, move || {
        // The badges change in place (`follow_changes`).
        let changes = draw.changes.get_untracked();
        let scene = draw.scene(changes.as_deref(), printing.get());
        let view_link = draw.view_link();
        let open = open_lines.get_untracked();
        selection.with(|selection| {
            lines.with(|lines| {
                let limits = CardLimits {
                    pillars: pillars.get(),
                    lines,
                };
                draw_cards(&scene, &selection.lines, &limits, &open, &view_link)
            })
        })
    });
    follow_changes(&cards, context);
    // Lines opened or closed since the last run change in place.
    let (patch, region) = (context.clone(), cards.element());
    let mut before: Option<Vec<usize>> = None;
    effect(move || {
        let open = open_lines.get();
        if let (Some(before), Some(region)) = (before.take(), &region) {
            let changes = patch.changes.get_untracked();
            let scene = untrack(|| patch.scene(changes.as_deref(), printing.get()));
            let view_link = patch.view_link();
            let flipped = open
                .iter()
                .chain(&before)
                .filter(|line| open.contains(line) != before.contains(line));
            for &line in flipped {
                set_line_open(region, &scene, line, open.contains(&line), &view_link);
            }
        }
        before = Some(open);
    });
    let (act, dispatch) = (context.clone(), context.dispatch);
    let lines_total = context.prepared.snapshot.action_lines.len();
    on(&cards, "click", move |event| {
        let line = |name: &str| {
            closest_data_element(&event, name).and_then(|(line, button)| {
                let line = line
                    .parse::<usize>()
                    .ok()
                    .filter(|&line| line < lines_total)?;
                Some((line, button))
            })
        };
        if let Some((line, _)) = line("data-line-toggle") {
            dispatch.send(Action::ToggleLine(line));
        } else if let Some((line, button)) = line("data-copy-cite") {
            if let Some(status) = button.next_element_sibling() {
                let language = language.get_untracked();
                let text = citation(&act.prepared, line, language, &act.view_link());
                copy_reporting(&text, status, messages(language).copied, language);
            }
        } else if let Some(action) = more_clicked(&event) {
            dispatch.send(action);
        }
    });
    cards
}
