//! A loaded snapshot as the reader sees it: header, totals, filters, cards, timeline,
//! export, and the validation remarks for whoever wants them.

use std::sync::Arc;

use leptos::prelude::*;

use super::clock::mark;
use super::context::{use_monitor, MonitorContext};
use super::export_panel::ExportPanel;
use super::fetch_snapshot::LoadedSnapshot;
use super::filter_panel::FilterPanel;
use super::header::Header;
use super::pillar_cards::PillarCards;
use super::summary_bar::SummaryBar;
use super::timeline_view::TimelineView;
use crate::i18n::more_remarks;
use crate::model::{CalendarDate, Language};
use crate::view_state::ViewState;

/// Remarks beyond these are counted, not listed: a hostile document can carry millions.
const SHOWN_WARNINGS: usize = 50;

#[component]
fn EmptyResult() -> impl IntoView {
    let context = use_monitor();
    let (state, selection) = (context.state, context.selection);
    let empty = move || {
        selection.with(|selection| selection.lines.is_empty() && selection.milestones.is_empty())
    };
    view! {
        <Show when=empty>
            <div class="dsii-empty">
                <p>{context.message(|m| m.nothing_matches)}</p>
                <button type="button" class="dsii-button"
                    on:click=move |_| state.update(|state| state.filter = Default::default())>
                    {context.message(|m| m.clear_all)}
                </button>
            </div>
        </Show>
    }
}

#[component]
fn DataWarnings() -> impl IntoView {
    let context = use_monitor();
    let (warnings, omitted) = (
        &context.prepared.warnings,
        context.prepared.warnings_omitted,
    );
    (!warnings.is_empty()).then(|| {
        let items: Vec<_> = warnings
            .iter()
            .take(SHOWN_WARNINGS)
            .map(|warning| view! { <li>{warning.to_string()}</li> })
            .collect();
        let count = warnings.len() + omitted;
        let rest = count - items.len();
        let language = context.language;
        let more =
            (rest > 0).then(|| view! { <p>{move || more_remarks(rest, language.get())}</p> });
        view! {
            <details class="dsii-warnings">
                <summary>{context.message(|m| m.data_warnings)} " (" {count} ")"</summary>
                <ul>{items}</ul>
                {more}
            </details>
        }
    })
}

#[component]
pub fn Monitor(
    loaded: LoadedSnapshot,
    state: RwSignal<ViewState>,
    /// The data's host, when it is not the bundled snapshot.
    data_host: Option<String>,
    browser_language: Option<Language>,
    clock_today: CalendarDate,
    base: Arc<str>,
    /// Whether the view lives in the page URL (see `WidgetOptions::sync_url`).
    #[prop(optional)]
    owns_url: bool,
) -> impl IntoView {
    let LoadedSnapshot { prepared, json } = loaded;
    let context = MonitorContext::new(
        prepared,
        state,
        browser_language,
        clock_today,
        base,
        owns_url,
    );
    let language = context.language;
    provide_context(context);
    let view_mode = move || state.with(|state| state.view);
    // Runs once the first render is in the DOM.
    Effect::new(move |_| mark("dsii:rendered"));
    view! {
        <article class="dsii-monitor" lang=move || language.get().tag()>
            <Header data_host />
            <SummaryBar />
            <FilterPanel />
            <EmptyResult />
            <div class=move || format!("dsii-body dsii-body--{}", view_mode().as_str())>
                <Show when=move || view_mode().shows_cards()>
                    <PillarCards />
                </Show>
                <Show when=move || view_mode().shows_timeline()>
                    <TimelineView />
                </Show>
            </div>
            <ExportPanel json />
            <DataWarnings />
        </article>
    }
}
