//! Status toggles with live counts, pillar, "late only", "deadline passed, not checked
//! only", search, view and language: one panel that drives cards and timeline together.
//! The controls that each set one value are regions drawn by
//! `dsii_render::filter_controls`, with one click and one change handler for them all;
//! the search field and the live result count stay in place while a reader uses them.

use leptos::html::{custom, Div};
use leptos::prelude::*;

use dsii_render::filter_controls::{
    pillar_and_checks, status_toggles, view_and_language, LANGUAGE_KEY, ONLY_KEY, ONLY_STATES,
    PILLAR_KEY, STATUS_KEY, VIEW_KEY,
};

use super::context::use_monitor;
use super::dom::closest_data;
use super::erased::{on_click, on_event};
use super::region::use_controls;
use crate::filter::status_counts;
use crate::i18n::{active_filters, result_count};
use crate::model::{ActionLineStatus, Language};
use crate::store::Action;
use crate::view_state::ViewMode;

/// The position a control's attribute `key` names, at or above the event's target.
fn position(event: &web_sys::Event, key: &str) -> Option<usize> {
    closest_data(event, key)?.parse().ok()
}

/// What a click on one of the drawn buttons asks for.
fn clicked(event: &web_sys::Event) -> Option<Action> {
    if let Some(at) = position(event, STATUS_KEY) {
        return ActionLineStatus::ALL
            .get(at)
            .copied()
            .map(Action::ToggleStatus);
    }
    if let Some(at) = position(event, VIEW_KEY) {
        return ViewMode::ALL.get(at).copied().map(Action::ShowView);
    }
    Language::ALL
        .get(position(event, LANGUAGE_KEY)?)
        .copied()
        .map(Action::ChooseLanguage)
}

/// What a change of the pillar choice or an "only" check asks for.
fn changed(event: &web_sys::Event) -> Option<Action> {
    if closest_data(event, PILLAR_KEY).is_some() {
        return Some(Action::ChoosePillar(Some(event_target_value(event))));
    }
    let state = ONLY_STATES.get(position(event, ONLY_KEY)?)?;
    Some(Action::SetStateOnly(*state, event_target_checked(event)))
}

#[component]
pub fn FilterPanel() -> impl IntoView {
    let context = use_monitor();
    let dispatch = context.dispatch;
    let (state, language, selection, today) = (
        context.state,
        context.language,
        context.selection,
        context.today,
    );
    let filter = Memo::new(move |_| state.with(|state| state.filter.clone()));
    let prepared = context.prepared.clone();
    let counts =
        Memo::new(move |_| filter.with(|filter| status_counts(&prepared, filter, today.get())));
    let draw = context.clone();
    let toggles = use_controls::<Div>(move || {
        let scene = draw.scene(None, false);
        filter.with(|filter| counts.with(|counts| status_toggles(&scene, filter, counts)))
    });
    let draw = context.clone();
    let fields = use_controls::<Div>(move || {
        let scene = draw.scene(None, false);
        filter.with(|filter| pillar_and_checks(&scene, filter))
    });
    let draw = context.clone();
    let view = context.select(|store| store.view.view);
    let choices =
        use_controls::<Div>(move || view_and_language(&draw.scene(None, false), view.get()));
    let count = move || {
        selection.with(|selection| {
            result_count(
                selection.lines.len(),
                selection.milestones.len(),
                language.get(),
            )
        })
    };
    let open = context.select(|store| store.filters_open);
    let fold_label = move || {
        let count = filter.with(|filter| filter.active_count());
        active_filters(count, language.get())
    };
    let click = move |event: web_sys::MouseEvent| {
        if let Some(action) = clicked(&event) {
            dispatch.send(action);
        }
    };
    let change = move |event: web_sys::Event| {
        if let Some(action) = changed(&event) {
            dispatch.send(action);
        }
    };
    view! {
        <section class="dsii-filters" class:dsii-filters--open=move || open.get()
            aria-labelledby="dsii-filters-title" on:click=on_click(click) on:change=on_event(change)>
            {custom(context.headings.tag(1)).id("dsii-filters-title").class("dsii-visually-hidden").child(context.message(|m| m.filters))}
            <button type="button" class="dsii-button dsii-filters__fold"
                aria-expanded=move || open.get().to_string() aria-controls="dsii-filters-body"
                on:click=on_click(move |_| dispatch.send(Action::ToggleFilters))>
                {fold_label}
            </button>
            <div class="dsii-filters__body" id="dsii-filters-body">
            <fieldset class="dsii-filters__group">
                <legend>{context.message(|m| m.status)}</legend>
                <div class="dsii-filters__toggles" node_ref=toggles></div>
            </fieldset>
            <div class="dsii-filters__row">
                <div class="dsii-slot" node_ref=fields></div>
                <label class="dsii-filters__field dsii-filters__field--search">
                    <span class="dsii-filters__label">{context.message(|m| m.search)}</span>
                    <input type="search" class="dsii-input"
                        prop:value=move || filter.with(|filter| filter.query.clone())
                        on:input=on_event(move |event| {
                            let query = event_target_value(&event);
                            dispatch.send(Action::Search(query));
                        }) />
                    <span class="dsii-filters__hint">{context.message(|m| m.search_hint)}</span>
                </label>
            </div>
            <div class="dsii-filters__row" node_ref=choices></div>
            <div class="dsii-filters__result">
                <p class="dsii-filters__count" role="status" aria-live="polite">{count}</p>
                <button type="button" class="dsii-button" disabled=move || !filter.with(|filter| filter.is_active())
                    on:click=on_click(move |_| dispatch.send(Action::ClearFilters))>
                    {context.message(|m| m.clear_all)}
                </button>
            </div>
            </div>
        </section>
    }
}
