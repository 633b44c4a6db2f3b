//! Status toggles with live counts, pillar, "late only", "deadline passed, not checked
//! only", search, view and language: one panel that drives cards and timeline together.
//! The controls that each set one value are regions drawn by
//! `dsii_render::filter_controls`, with one click and one change handler for them all;
//! the search field and the live result count stay in place while a reader uses them.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use dsii_render::filter_controls::{
    pillar_and_checks, status_toggles, view_and_language, LANGUAGE_KEY, ONLY_KEY, ONLY_STATES,
    PILLAR_KEY, STATUS_KEY, VIEW_KEY,
};
use dsii_render::node::flag_value;
use dsii_render::Node;

use super::bind::{bind, bind_attr, bind_presence, bind_text};
use super::context::MonitorContext;
use super::derived::Derived;
use super::dom::closest_data;
use super::listen::on;
use super::region::controls;
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

/// A button of the panel's own.
fn button(class: &str) -> Node {
    Node::with_class("button", class).attr("type", "button")
}

/// The search field: it keeps what the reader types, and follows the store when the
/// view changes otherwise (Back, "clear all").
fn search_field(context: &MonitorContext, query: impl Fn() -> String + 'static) -> Node {
    let dispatch = context.dispatch;
    let input = Node::with_class("input", "dsii-input").attr("type", "search");
    bind(&input, move |input| {
        let query = query();
        if let Some(input) = input.dyn_ref::<web_sys::HtmlInputElement>() {
            if input.value() != query {
                input.set_value(&query);
            }
        }
    });
    on(&input, "input", move |event| {
        dispatch.send(Action::Search(event_target_value(&event)));
    });
    let label = Node::with_class("span", "dsii-filters__label");
    bind_text(&label, context.message(|m| m.search));
    let hint = Node::with_class("span", "dsii-filters__hint");
    bind_text(&hint, context.message(|m| m.search_hint));
    Node::with_class("label", "dsii-filters__field dsii-filters__field--search")
        .child(label)
        .child(input)
        .child(hint)
}

pub fn filter_panel(context: &MonitorContext) -> Node {
    let dispatch = context.dispatch;
    let (state, language, selection, today) = (
        context.state,
        context.language,
        context.selection,
        context.today,
    );
    let filter = Derived::new(move || state.with(|state| state.filter.clone()));
    let prepared = context.prepared.clone();
    let counts =
        Derived::new(move || filter.with(|filter| status_counts(&prepared, filter, today.get())));
    let draw = context.clone();
    let toggles = Node::with_class("div", "dsii-filters__toggles");
    controls(&toggles, move || {
        let scene = draw.scene(None, false);
        filter.with(|filter| counts.with(|counts| status_toggles(&scene, filter, counts)))
    });
    let draw = context.clone();
    let fields = Node::with_class("div", "dsii-slot");
    controls(&fields, move || {
        let scene = draw.scene(None, false);
        filter.with(|filter| pillar_and_checks(&scene, filter))
    });
    let draw = context.clone();
    let view = context.select(|store| store.view.view);
    let choices = Node::with_class("div", "dsii-filters__row");
    controls(&choices, move || {
        view_and_language(&draw.scene(None, false), view.get())
    });
    let count = Node::with_class("p", "dsii-filters__count")
        .attr("role", "status")
        .attr("aria-live", "polite");
    bind_text(&count, move || {
        selection.with(|selection| {
            result_count(
                selection.lines.len(),
                selection.milestones.len(),
                language.get(),
            )
        })
    });
    let open = context.select(|store| store.filters_open);
    let fold = button("dsii-button dsii-filters__fold").attr("aria-controls", "dsii-filters-body");
    bind_attr(&fold, "aria-expanded", move || flag_value(open.get()));
    bind_text(&fold, move || {
        let count = filter.with(|filter| filter.active_count());
        active_filters(count, language.get())
    });
    on(&fold, "click", move |_| {
        dispatch.send(Action::ToggleFilters)
    });
    let clear = button("dsii-button");
    bind_presence(&clear, "disabled", move || {
        !filter.with(|filter| filter.is_active())
    });
    bind_text(&clear, context.message(|m| m.clear_all));
    on(&clear, "click", move |_| {
        dispatch.send(Action::ClearFilters)
    });
    let legend = Node::new("legend");
    bind_text(&legend, context.message(|m| m.status));
    let title = ("dsii-filters-title", "dsii-visually-hidden");
    let panel = context.section("dsii-filters", title, |m| m.filters);
    bind_attr(&panel, "class", move || match open.get() {
        true => "dsii-filters dsii-filters--open",
        false => "dsii-filters",
    });
    on(&panel, "click", move |event| {
        if let Some(action) = clicked(&event) {
            dispatch.send(action);
        }
    });
    on(&panel, "change", move |event| {
        if let Some(action) = changed(&event) {
            dispatch.send(action);
        }
    });
    let body = Node::with_class("div", "dsii-filters__body")
        .attr("id", "dsii-filters-body")
        .child(
            Node::with_class("fieldset", "dsii-filters__group")
                .child(legend)
                .child(toggles),
        )
        .child(
            Node::with_class("div", "dsii-filters__row")
                .child(fields)
                .child(search_field(context, move || {
                    filter.with(|filter| filter.query.clone())
                })),
        )
        .child(choices)
        .child(
            Node::with_class("div", "dsii-filters__result")
                .child(count)
                .child(clear),
        );
    panel.child(fold).child(body)
}
