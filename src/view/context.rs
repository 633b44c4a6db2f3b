//! What every part of a mounted monitor shares: the snapshot, the reader's view state,
//! and what derives from them.

use std::sync::Arc;

use leptos::prelude::*;

use crate::filter::{select, Selection};
use crate::i18n::{messages, Messages};
use crate::model::{CalendarDate, Language, Text};
use crate::prepared::PreparedSnapshot;
use crate::view_state::ViewState;

use super::localized::localized;

#[derive(Clone)]
pub struct MonitorContext {
    pub prepared: Arc<PreparedSnapshot>,
    pub state: RwSignal<ViewState>,
    pub language: Memo<Language>,
    pub today: Memo<CalendarDate>,
    pub selection: Memo<Selection>,
}

impl MonitorContext {
    pub fn new(
        prepared: Arc<PreparedSnapshot>,
        state: RwSignal<ViewState>,
        browser_language: Option<Language>,
        clock_today: CalendarDate,
    ) -> Self {
        let snapshot_language = prepared
            .snapshot
            .default_language
            .as_deref()
            .and_then(Language::from_tag);
        // The reader's choice wins, then the snapshot's language, then the browser's.
        let language = Memo::new(move |_| {
            state
                .with(|state| state.lang)
                .or(snapshot_language)
                .or(browser_language)
                .unwrap_or_default()
        });
        let today = Memo::new(move |_| state.with(|state| state.today).unwrap_or(clock_today));
        let for_selection = prepared.clone();
        let selection = Memo::new(move |_| {
            state.with(|state| select(&for_selection, &state.filter, today.get()))
        });
        Self {
            prepared,
            state,
            language,
            today,
            selection,
        }
    }

    /// A snapshot text that follows the reader's language.
    pub fn text(&self, text: &Text) -> impl IntoView + use<> {
        let text = text.clone();
        let language = self.language;
        move || {
            let language = language.get();
            localized(&text, language, language.other())
        }
    }

    /// An interface string that follows the reader's language.
    pub fn message(
        &self,
        pick: fn(&Messages) -> &'static str,
    ) -> impl Fn() -> &'static str + Copy + use<> {
        let language = self.language;
        move || pick(messages(language.get()))
    }

    pub fn update_state(&self, change: impl FnOnce(&mut ViewState)) {
        self.state.update(change);
    }
}

pub fn use_monitor() -> MonitorContext {
    expect_context::<MonitorContext>()
}
