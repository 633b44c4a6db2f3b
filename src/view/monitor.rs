//! A loaded snapshot as the reader sees it: header, totals, filters, cards, timeline,
//! export, and the validation remarks for whoever wants them.

use std::sync::Arc;

use leptos::html::{Details, Div};
use leptos::prelude::*;

use dsii_render::data_warnings::data_warnings;
use dsii_render::glance_foot::{glance_foot, FootFacts, FOOT_KEY};

use super::changes_panel::ChangesPanel;
use super::clock::mark;
use super::context::{use_monitor, MonitorContext};
use super::dom::closest_data;
use super::erased::{on_click, show_if, show_if_else, when};
use super::export_panel::ExportPanel;
use super::fetch_snapshot::LoadedSnapshot;
use super::filter_chips::FilterChips;
use super::filter_panel::FilterPanel;
use super::header::Header;
use super::pillar_cards::PillarCards;
use super::pillar_overview::PillarOverview;
use super::previous_snapshot::SnapshotOrigin;
use super::region::{use_controls, use_region};
use super::show_more::follow_printing;
use super::summary_bar::SummaryBar;
use super::timeline_chart::TimelineChart;
use super::timeline_view::TimelineView;
use crate::model::{CalendarDate, Language};
use crate::store::{Action, Store};
use crate::view_state::{Layout, ViewMode, ViewState};

#[component]
fn EmptyResult() -> impl IntoView {
    let context = use_monitor();
    let selection = context.selection;
    let dispatch = context.dispatch;
    let empty = move || {
        selection.with(|selection| selection.lines.is_empty() && selection.milestones.is_empty())
    };
    view! {
        {show_if(when(empty), move || view! {
            <div class="dsii-empty">
                <p>{context.message(|m| m.nothing_matches)}</p>
                <button type="button" class="dsii-button"
                    on:click=on_click(move |_| dispatch.send(Action::ClearFilters))>
                    {context.message(|m| m.clear_all)}
                </button>
            </div>
        }.into_any())}
    }
}

/// The validation's remarks, for whoever wants them.
#[component]
fn DataWarnings() -> impl IntoView {
    let context = use_monitor();
    let any = !context.prepared.warnings.is_empty();
    let region = use_region::<Details>(&[], move || data_warnings(&context.scene(None, false)));
    any.then(|| view! { <details class="dsii-warnings" node_ref=region></details> })
}

/// The glance's foot, a region drawn by `dsii_render::glance_foot`, and every action
/// line on request.
#[component]
fn GlanceFoot() -> impl IntoView {
    let context = use_monitor();
    let (state, selection, dispatch) = (context.state, context.selection, context.dispatch);
    let open = context.select(|store| store.glance_lines);
    let draw = context.clone();
    let foot = use_controls::<Div>(move || {
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
        glance_foot(&draw.scene(None, false), &facts)
    });
    let toggle = move |event: web_sys::MouseEvent| match closest_data(&event, FOOT_KEY).as_deref() {
        Some("lines") => dispatch.send(Action::ToggleGlanceLines),
        Some("changes") => dispatch.send(Action::ToggleChangesView),
        _ => {}
    };
    view! {
        <div class="dsii-foot" node_ref=foot on:click=on_click(toggle)></div>
        {show_if(when(move || open.get()), || view! { <PillarCards /> }.into_any())}
    }
}

#[component]
pub fn Monitor(
    loaded: LoadedSnapshot,
    store: RwSignal<Store>,
    /// The data's host, when it is not the bundled snapshot.
    data_host: Option<String>,
    browser_language: Option<Language>,
    clock_today: CalendarDate,
    base: Arc<str>,
    /// Whether the view lives in the page URL (see `WidgetOptions::sync_url`).
    #[prop(optional)]
    owns_url: bool,
    /// The layout unless the view state names one.
    default_layout: Layout,
    /// Where the snapshot came from; without it the changes view uses dated facts only.
    #[prop(default = None)]
    origin: Option<SnapshotOrigin>,
) -> impl IntoView {
    let LoadedSnapshot { prepared, json, .. } = loaded;
    let context = MonitorContext::new(
        prepared,
        store,
        browser_language,
        clock_today,
        base,
        owns_url,
        origin,
    );
    let (language, state, printing) = (context.language, context.state, context.printing);
    follow_printing(&context);
    provide_context(context);
    let view_mode = move || state.with(|state| state.view);
    let layout = move || state.with(|state| state.layout).unwrap_or(default_layout);
    let glance = move || layout() == Layout::Glance;
    let in_changes_view = Memo::new(move |_| view_mode() == ViewMode::Changes);
    // Once the first render is in the DOM: the regions draw in effects, which all run
    // before the next animation frame.
    Effect::new(move |_| request_animation_frame(|| mark("dsii:rendered")));
    view! {
        <article class=move || format!("dsii-monitor dsii-monitor--{}", layout().as_str())
            lang=move || language.get().tag()>
            <Header data_host />
            {show_if(when(move || in_changes_view.get()), || view! { <ChangesPanel /> }.into_any())}
            // The glance shows the part its view names: cards, the drawing, or both.
            {show_if(when(move || !glance() || view_mode().shows_cards()), || view! { <PillarOverview /> }.into_any())}
            <FilterPanel />
            <FilterChips />
            <EmptyResult />
            {show_if_else(when(glance), move || view! {
                {show_if(when(move || view_mode().shows_timeline()), move || view! {
                    <TimelineChart title=|m| m.timeline />
                    // Paper cannot scroll the drawing: it gets the milestones as a list.
                    {show_if(when(move || printing.get()), || view! { <TimelineView /> }.into_any())}
                }.into_any())}
                <GlanceFoot />
            }.into_any(), move || {
                let json = json.clone();
                view! {
                    <SummaryBar />
                    <div class=move || format!("dsii-body dsii-body--{}", view_mode().as_str())>
                        {show_if(when(move || view_mode().shows_cards()), || view! { <PillarCards /> }.into_any())}
                        {show_if(when(move || view_mode().shows_timeline()), || view! { <TimelineView /> }.into_any())}
                    </div>
                    <ExportPanel json />
                }
                .into_any()
            })}
            <DataWarnings />
        </article>
    }
}
