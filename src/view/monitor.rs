//! A loaded snapshot as the reader sees it: header, totals, filters, cards, timeline,
//! export, and the validation remarks for whoever wants them.

use std::sync::Arc;

use leptos::prelude::*;

use dsii_render::data_warnings::data_warnings as draw_warnings;
use dsii_render::glance_foot::{glance_foot as draw_foot, FootFacts, FOOT_KEY};
use dsii_render::Node;

use super::bind::{bind_attr, bind_text};
use super::changes_panel::changes_panel;
use super::clock::mark;
use super::context::MonitorContext;
use super::dom::closest_data;
use super::effect::effect;
use super::export_panel::export_panel;
use super::fetch_snapshot::LoadedSnapshot;
use super::filter_chips::filter_chips;
use super::filter_panel::filter_panel;
use super::header::header;
use super::listen::on;
use super::pillar_cards::pillar_cards;
use super::pillar_overview::pillar_overview;
use super::previous_snapshot::SnapshotOrigin;
use super::region::{controls, region};
use super::show::{show_if, show_if_else};
use super::show_more::follow_printing;
use super::summary_bar::summary_bar;
use super::timeline_chart::timeline_chart;
use super::timeline_view::{printed_timeline, timeline_view};
use crate::model::{CalendarDate, Language};
use crate::store::{Action, Store};
use crate::view_state::{Layout, ViewMode, ViewState};

/// What a filter left nothing of, with the way back.
fn empty_result(parent: &Node, context: &MonitorContext) {
    let (selection, dispatch) = (context.selection, context.dispatch);
    let empty = move || {
        selection.with(|selection| selection.lines.is_empty() && selection.milestones.is_empty())
    };
    let context = context.clone();
    show_if(parent, empty, move || {
        let said = Node::new("p");
        bind_text(&said, context.message(|m| m.nothing_matches));
        let clear = Node::with_class("button", "dsii-button").attr("type", "button");
        bind_text(&clear, context.message(|m| m.clear_all));
        on(&clear, "click", move |_| {
            dispatch.send(Action::ClearFilters)
        });
        Node::with_class("div", "dsii-empty")
            .child(said)
            .child(clear)
    });
}

/// The validation's remarks, for whoever wants them.
fn data_warnings(context: &MonitorContext) -> Option<Node> {
    if context.prepared.warnings.is_empty() {
        return None;
    }
    let remarks = Node::with_class("details", "dsii-warnings");
    let context = context.clone();
    region(&remarks, &[], move || {
        draw_warnings(&context.scene(None, false))
    });
    Some(remarks)
}

/// The glance's foot, a region drawn by `dsii_render::glance_foot`, and every action
/// line on request, at the end of `parent`.
fn glance_foot(parent: Node, context: &MonitorContext) -> Node {
    let (state, selection, dispatch) = (context.state, context.selection, context.dispatch);
    let open = context.select(|store| store.glance_lines);
    let draw = context.clone();
    let foot = Node::with_class("div", "dsii-foot");
    controls(&foot, move || {
        // The full monitor keeps the view, in its own layout and with its own heading.
        let query = state.with(|state| {
            ViewState {
                layout: None,
                heading: None,
                ..state.clone()
            }
            .to_query()
        });
        let separator = if query.is_empty() { "" } else { "?" };
        let facts = FootFacts {
            lines_open: open.get(),
            lines: selection.with(|selection| selection.lines.len()),
            in_changes: state.with(|state| state.view == ViewMode::Changes),
            full_href: &format!("{}{separator}{query}", draw.base),
        };
        draw_foot(&draw.scene(None, false), &facts)
    });
    on(&foot, "click", move |event| {
        match closest_data(&event, FOOT_KEY).as_deref() {
            Some("lines") => dispatch.send(Action::ToggleGlanceLines),
            Some("changes") => dispatch.send(Action::ToggleChangesView),
            _ => {}
        }
    });
    let parent = parent.child(foot);
    let cards = context.clone();
    show_if(&parent, move || open.get(), move || pillar_cards(&cards));
    parent
}

/// A part of the monitor made of several sections, which keep their places in its
/// layout.
fn slot() -> Node {
    Node::with_class("div", "dsii-slot")
}

/// Everything a monitor is set up from.
pub struct MonitorSetup {
    pub loaded: LoadedSnapshot,
    pub store: RwSignal<Store>,
    /// The data's host, when it is not the bundled snapshot.
    pub data_host: Option<String>,
    pub browser_language: Option<Language>,
    pub clock_today: CalendarDate,
    pub base: Arc<str>,
    /// Whether the view lives in the page URL (the standalone page).
    pub owns_url: bool,
    /// The layout unless the view state names one.
    pub default_layout: Layout,
    /// Where the snapshot came from; without it the changes view uses dated facts only.
    pub origin: Option<SnapshotOrigin>,
}

pub fn monitor(setup: MonitorSetup) -> Node {
    let LoadedSnapshot { prepared, json, .. } = setup.loaded;
    let default_layout = setup.default_layout;
    let context = MonitorContext::new(
        prepared,
        setup.store,
        setup.browser_language,
        setup.clock_today,
        setup.base,
        setup.owns_url,
        setup.origin,
    );
    let (language, state, printing) = (context.language, context.state, context.printing);
    follow_printing(&context);
    let view_mode = move || state.with(|state| state.view);
    let layout = move || state.with(|state| state.layout).unwrap_or(default_layout);
    let glance = move || layout() == Layout::Glance;
    // Once the first render is in the DOM: the regions draw in effects, which all run
    // before the next animation frame.
    effect(|| request_animation_frame(|| mark("dsii:rendered")));
    let article = Node::new("article");
    bind_attr(&article, "class", move || {
        format!("dsii-monitor dsii-monitor--{}", layout().as_str())
    });
    bind_attr(&article, "lang", move || language.get().tag());
    let article = article.child(header(&context, setup.data_host));
    let part = context.clone();
    show_if(
        &article,
        move || view_mode() == ViewMode::Changes,
        move || changes_panel(&part),
    );
    // The glance shows the part its view names: cards, the drawing, or both.
    let part = context.clone();
    show_if(
        &article,
        move || !glance() || view_mode().shows_cards(),
        move || pillar_overview(&part),
    );
    let article = article
        .child(filter_panel(&context))
        .child(filter_chips(&context));
    empty_result(&article, &context);
    let (glance_part, full_part) = (context.clone(), context.clone());
    show_if_else(
        &article,
        glance,
        move || {
            let context = &glance_part;
            let drawing = slot();
            let part = context.clone();
            show_if(
                &drawing,
                move || view_mode().shows_timeline(),
                move || {
                    let drawing = slot().child(timeline_chart(&part, |m| m.timeline));
                    // Paper cannot scroll the drawing: it gets the milestones as a list.
                    let list = part.clone();
                    show_if(
                        &drawing,
                        move || printing.get(),
                        move || printed_timeline(&list),
                    );
                    drawing
                },
            );
            glance_foot(drawing, context)
        },
        move || {
            let context = &full_part;
            let body = Node::new("div");
            bind_attr(&body, "class", move || {
                format!("dsii-body dsii-body--{}", view_mode().as_str())
            });
            let (cards, list) = (context.clone(), context.clone());
            show_if(
                &body,
                move || view_mode().shows_cards(),
                move || pillar_cards(&cards),
            );
            show_if(
                &body,
                move || view_mode().shows_timeline(),
                move || timeline_view(&list),
            );
            Some(
                slot()
                    .child(summary_bar(context))
                    .child(body)
                    .child(export_panel(context, json.clone())),
            )
        },
    );
    match data_warnings(&context) {
        Some(remarks) => article.child(remarks),
        None => article,
    }
}
