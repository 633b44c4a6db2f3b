//! Status toggles with live counts, pillar, "late only", "deadline passed, not checked
//! only", search, view and language: one panel that drives cards and timeline together.

use leptos::html::custom;
use leptos::prelude::*;

use super::context::use_monitor;
use super::erased::{on_click, on_event};
use crate::filter::status_counts;
use crate::i18n::{active_filters, result_count, status_label, Messages};
use crate::model::{ActionLineStatus, Language};
use crate::progress::MilestoneState;
use crate::store::Action;
use crate::view_state::ViewMode;
use dsii_render::icons::status_icon;

/// A checkbox that shows only the milestones in one state (late, or not checked).
#[component]
fn StateCheck(only: MilestoneState, label: fn(&Messages) -> &'static str) -> impl IntoView {
    let context = use_monitor();
    let dispatch = context.dispatch;
    let state = context.state;
    view! {
        <label class="dsii-filters__check">
            <input type="checkbox"
                prop:checked=move || state.with(|state| state.filter.only(only))
                on:change=on_event(move |event| {
                    let checked = event_target_checked(&event);
                    dispatch.send(Action::SetStateOnly(only, checked));
                }) />
            {context.message(label)}
        </label>
    }
}

#[component]
fn StatusToggles() -> impl IntoView {
    let context = use_monitor();
    let dispatch = context.dispatch;
    let (state, language, today) = (context.state, context.language, context.today);
    let prepared = context.prepared.clone();
    let counts = Memo::new(move |_| {
        state.with(|state| status_counts(&prepared, &state.filter, today.get()))
    });
    let toggles: Vec<_> = ActionLineStatus::ALL
        .iter()
        .map(|&status| {
            let pressed = move || state.with(|state| state.filter.statuses.contains(status));
            let count = move || {
                counts.with(|counts| {
                    counts
                        .iter()
                        .find(|(s, _)| *s == status)
                        .map_or(0, |(_, n)| *n)
                })
            };
            view! {
                <button type="button" class=format!("dsii-toggle dsii-toggle--{}", status.as_str())
                    aria-pressed=move || pressed().to_string()
                    on:click=on_click(move |_| dispatch.send(Action::ToggleStatus(status)))>
                    <span aria-hidden="true">{status_icon(status)} " "</span>
                    {move || status_label(status, language.get())}
                    " " <span class="dsii-toggle__count">"(" {count} ")"</span>
                </button>
            }
        })
        .collect();
    view! {
        <fieldset class="dsii-filters__group">
            <legend>{context.message(|m| m.status)}</legend>
            <div class="dsii-filters__toggles">{toggles}</div>
        </fieldset>
    }
}

#[component]
fn PillarSelect() -> impl IntoView {
    let context = use_monitor();
    let dispatch = context.dispatch;
    let state = context.state;
    let options: Vec<_> = context
        .prepared
        .snapshot
        .pillars
        .iter()
        .map(|pillar| {
            let id = pillar.id.clone();
            let selected_id = id.clone();
            let selected = move || {
                state.with(|state| state.filter.pillar.as_deref() == Some(selected_id.as_str()))
            };
            view! { <option value=id prop:selected=selected>{context.text(&pillar.title)}</option> }
        })
        .collect();
    view! {
        <label class="dsii-filters__field">
            <span class="dsii-filters__label">{context.message(|m| m.pillar)}</span>
            <select class="dsii-select" on:change=on_event(move |event| {
                let value = event_target_value(&event);
                dispatch.send(Action::ChoosePillar(Some(value)));
            })>
                <option value="" prop:selected=move || state.with(|state| state.filter.pillar.is_none())>
                    {context.message(|m| m.all_pillars)}
                </option>
                {options}
            </select>
        </label>
    }
}

#[component]
fn ChoiceButtons<T: Copy + PartialEq + Send + Sync + 'static>(
    legend: Signal<&'static str>,
    choices: Vec<(T, Signal<&'static str>, Option<&'static str>)>,
    current: Signal<T>,
    choose: Callback<T>,
) -> impl IntoView {
    let buttons: Vec<_> = choices
        .into_iter()
        .map(|(value, label, lang)| {
            view! {
                <button type="button" class="dsii-choice" lang=lang
                    aria-pressed=move || (current.get() == value).to_string()
                    on:click=on_click(move |_| choose.run(value))>
                    {label}
                </button>
            }
        })
        .collect();
    view! {
        <fieldset class="dsii-filters__group">
            <legend>{legend}</legend>
            <div class="dsii-filters__choices">{buttons}</div>
        </fieldset>
    }
}

#[component]
pub fn FilterPanel() -> impl IntoView {
    let context = use_monitor();
    let dispatch = context.dispatch;

    let (state, language, selection) = (context.state, context.language, context.selection);
    let message = |pick: fn(&Messages) -> &'static str| Signal::derive(context.message(pick));
    let views = vec![
        (ViewMode::Both, message(|m| m.view_both), None),
        (ViewMode::Cards, message(|m| m.view_cards), None),
        (ViewMode::Timeline, message(|m| m.view_timeline), None),
        (ViewMode::Changes, message(|m| m.view_changes), None),
    ];
    let languages = vec![
        (Language::Nl, Signal::stored("Nederlands"), Some("nl")),
        (Language::En, Signal::stored("English"), Some("en")),
    ];
    let count = move || {
        selection.with(|selection| {
            result_count(
                selection.lines.len(),
                selection.milestones.len(),
                language.get(),
            )
        })
    };
    let active = move || state.with(|state| state.filter.is_active());
    let open = context.select(|store| store.filters_open);
    let fold_label = move || {
        let count = state.with(|state| state.filter.active_count());
        active_filters(count, language.get())
    };
    view! {
        <section class="dsii-filters" class:dsii-filters--open=move || open.get()
            aria-labelledby="dsii-filters-title">
            {custom(context.headings.tag(1)).id("dsii-filters-title").class("dsii-visually-hidden").child(context.message(|m| m.filters))}
            <button type="button" class="dsii-button dsii-filters__fold"
                aria-expanded=move || open.get().to_string() aria-controls="dsii-filters-body"
                on:click=on_click(move |_| dispatch.send(Action::ToggleFilters))>
                {fold_label}
            </button>
            <div class="dsii-filters__body" id="dsii-filters-body">
            <StatusToggles />
            <div class="dsii-filters__row">
                <PillarSelect />
                <StateCheck only=MilestoneState::Overdue label=|m| m.overdue_only />
                <StateCheck only=MilestoneState::Unchecked label=|m| m.unchecked_only />
                <label class="dsii-filters__field dsii-filters__field--search">
                    <span class="dsii-filters__label">{context.message(|m| m.search)}</span>
                    <input type="search" class="dsii-input"
                        prop:value=move || state.with(|state| state.filter.query.clone())
                        on:input=on_event(move |event| {
                            let query = event_target_value(&event);
                            dispatch.send(Action::Search(query));
                        }) />
                    <span class="dsii-filters__hint">{context.message(|m| m.search_hint)}</span>
                </label>
            </div>
            <div class="dsii-filters__row">
                <ChoiceButtons legend=message(|m| m.view) choices=views
                    current=Signal::derive(move || state.with(|state| state.view))
                    choose=Callback::new(move |view| dispatch.send(Action::ShowView(view))) />
                <ChoiceButtons legend=message(|m| m.language) choices=languages
                    current=Signal::derive(move || language.get())
                    choose=Callback::new(move |lang| dispatch.send(Action::ChooseLanguage(lang))) />
            </div>
            <div class="dsii-filters__result">
                <p class="dsii-filters__count" role="status" aria-live="polite">{count}</p>
                <button type="button" class="dsii-button" disabled=move || !active()
                    on:click=on_click(move |_| dispatch.send(Action::ClearFilters))>
                    {context.message(|m| m.clear_all)}
                </button>
            </div>
            </div>
        </section>
    }
}
