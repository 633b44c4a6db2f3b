//! The active filters as chips, each removable on its own.

use leptos::prelude::*;

use super::context::use_monitor;
use super::localized::localized;
use crate::filter::Filter;
use crate::i18n::{messages, status_label};

/// One active filter, and how to take it away.
enum Chip {
    Status(crate::model::ActionLineStatus),
    Pillar(String),
    OverdueOnly,
    UncheckedOnly,
    Query(String),
}

impl Chip {
    fn all(filter: &Filter) -> Vec<Chip> {
        let statuses = filter.statuses.iter().map(Chip::Status);
        let pillar = filter.pillar.clone().map(Chip::Pillar);
        let overdue = filter.overdue_only.then_some(Chip::OverdueOnly);
        let unchecked = filter.unchecked_only.then_some(Chip::UncheckedOnly);
        let query = (!filter.query.is_empty()).then(|| Chip::Query(filter.query.clone()));
        statuses
            .chain(pillar)
            .chain(overdue)
            .chain(unchecked)
            .chain(query)
            .collect()
    }

    fn remove(&self, filter: &mut Filter) {
        match self {
            Chip::Status(status) => filter.toggle_status(*status),
            Chip::Pillar(_) => filter.pillar = None,
            Chip::OverdueOnly => filter.overdue_only = false,
            Chip::UncheckedOnly => filter.unchecked_only = false,
            Chip::Query(_) => filter.query.clear(),
        }
    }
}

#[component]
pub fn FilterChips() -> impl IntoView {
    let context = use_monitor();
    let (state, language) = (context.state, context.language);
    let chips = move || {
        let language = language.get();
        let remove_label = messages(language).remove_filter;
        let chips = state.with(|state| Chip::all(&state.filter));
        chips
            .into_iter()
            .map(|chip| {
                let label = match &chip {
                    Chip::Status(status) => status_label(*status, language).into_any(),
                    Chip::Pillar(id) => {
                        let snapshot = &context.prepared.snapshot;
                        match snapshot.pillars.iter().find(|pillar| pillar.id == *id) {
                            Some(pillar) => localized(&pillar.title, language).into_any(),
                            None => id.clone().into_any(),
                        }
                    }
                    Chip::OverdueOnly => messages(language).overdue_only.into_any(),
                    Chip::UncheckedOnly => messages(language).unchecked_only.into_any(),
                    Chip::Query(query) => {
                        format!("{} “{query}”", messages(language).search_for).into_any()
                    }
                };
                view! {
                    <li>
                        <button type="button" class="dsii-chip"
                            on:click=move |_| state.update(|state| chip.remove(&mut state.filter))>
                            <span class="dsii-visually-hidden">{remove_label} " "</span>
                            {label}
                            <span class="dsii-chip__x" aria-hidden="true">" ×"</span>
                        </button>
                    </li>
                }
            })
            .collect::<Vec<_>>()
    };
    view! {
        <ul class="dsii-chips">{chips}</ul>
    }
}
