//! What every part of a mounted monitor shares: the snapshot, the reader's view state,
//! and what derives from them.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::filter::{select, Selection};
use crate::headings::Headings;
use crate::i18n::{interface_language, messages, Messages};
use crate::model::{CalendarDate, Language, Text};
use crate::prepared::PreparedSnapshot;
use crate::progress::{MilestoneState, StateTally};
use crate::view_state::{ViewMode, ViewState};

use super::change_badges::ShownChanges;
use super::localized::localized;
use super::previous_snapshot::SnapshotOrigin;
use super::url_sync::current_href;

#[derive(Clone)]
pub struct MonitorContext {
    pub prepared: Arc<PreparedSnapshot>,
    pub state: RwSignal<ViewState>,
    pub language: Memo<Language>,
    pub today: Memo<CalendarDate>,
    /// Today by the reader's clock, which `today` differs from when the view sets one.
    pub clock_today: CalendarDate,
    pub selection: Memo<Selection>,
    /// Every milestone's state on the reference date, counted: the header's and the
    /// summary's totals.
    pub tally: Memo<StateTally>,
    /// Action lines whose details are open, shared so the timeline can open one.
    pub expanded: RwSignal<Vec<usize>>,
    /// The widget's folder URL (ends in `/`): where the embed snippets point.
    pub base: Arc<str>,
    /// The view is kept in the page URL, so the page URL links to it.
    owns_url: bool,
    /// Where the snapshot came from, for finding its predecessor.
    pub origin: Option<SnapshotOrigin>,
    /// The changes the changes view shows, for the badges on cards and timeline items.
    pub changes: RwSignal<Option<Arc<ShownChanges>>>,
    /// Heading levels: the title's as the page asks, or `h1` on the standalone page and
    /// `h2` inside someone else's.
    pub headings: Headings,
}

impl MonitorContext {
    pub fn new(
        prepared: Arc<PreparedSnapshot>,
        state: RwSignal<ViewState>,
        browser_language: Option<Language>,
        clock_today: CalendarDate,
        base: Arc<str>,
        owns_url: bool,
        origin: Option<SnapshotOrigin>,
    ) -> Self {
        let snapshot_language = prepared
            .snapshot
            .default_language
            .as_deref()
            .and_then(Language::from_tag);
        let language = Memo::new(move |_| {
            interface_language(
                state.with(|state| state.lang),
                snapshot_language,
                browser_language,
            )
        });
        let today = Memo::new(move |_| state.with(|state| state.today).unwrap_or(clock_today));
        let for_selection = prepared.clone();
        let selection = Memo::new(move |_| {
            state.with(|state| select(&for_selection, &state.filter, today.get()))
        });
        let for_tally = prepared.clone();
        let tally = Memo::new(move |_| {
            let today = today.get();
            let milestones = 0..for_tally.snapshot.milestones.len();
            StateTally::of(milestones.map(|index| for_tally.milestone_state(index, today)))
        });
        let default_headings = match owns_url {
            true => Headings::PAGE,
            false => Headings::EMBEDDED,
        };
        let headings = state
            .with_untracked(|state| state.heading)
            .unwrap_or(default_headings);
        Self {
            headings,
            prepared,
            state,
            language,
            today,
            clock_today,
            selection,
            tally,
            expanded: RwSignal::new(Vec::new()),
            base,
            owns_url,
            origin,
            changes: RwSignal::new(None),
        }
    }

    /// Whether the monitor is the standalone page (it owns the page and its URL).
    pub fn is_standalone_page(&self) -> bool {
        self.owns_url
    }

    /// A snapshot text that follows the reader's language.
    pub fn text(&self, text: &Text) -> impl IntoView + use<> {
        let text = text.clone();
        let language = self.language;
        move || localized(&text, language.get())
    }

    /// A link to exactly this view: the page URL when the widget keeps its view there,
    /// else the widget's own page with the view in its query (an embed on a host page).
    pub fn view_link(&self) -> String {
        if self.owns_url {
            return current_href();
        }
        let query = self.state.with_untracked(ViewState::to_query);
        let separator = if query.is_empty() { "" } else { "?" };
        format!("{}{separator}{query}", self.base)
    }

    /// A milestone's state on the reference date, as it moves.
    pub fn milestone_state(&self, milestone: usize) -> Signal<MilestoneState> {
        let (prepared, today) = (self.prepared.clone(), self.today);
        Signal::derive(move || prepared.milestone_state(milestone, today.get()))
    }

    /// An interface string that follows the reader's language.
    pub fn message(
        &self,
        pick: fn(&Messages) -> &'static str,
    ) -> impl Fn() -> &'static str + Copy + use<> {
        let language = self.language;
        move || pick(messages(language.get()))
    }

    /// Opens an action line's card, showing the cards if needed, and moves focus to it.
    /// `origin` is an element of this widget: the search stays inside it, which also
    /// works in a shadow root and with several widgets on one page.
    pub fn reveal_line(&self, line: usize, origin: web_sys::Element) {
        self.expanded.update(|open| {
            if !open.contains(&line) {
                open.push(line);
            }
        });
        if !self.state.with_untracked(|state| state.view.shows_cards()) {
            self.state.update(|state| state.view = ViewMode::Both);
        }
        request_animation_frame(move || {
            let toggle = origin
                .closest(".dsii")
                .ok()
                .flatten()
                .and_then(|root| {
                    root.query_selector(&format!("#dsii-line-{line} .dsii-line__toggle"))
                        .ok()
                })
                .flatten()
                .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(toggle) = toggle {
                toggle.scroll_into_view();
                let _ = toggle.focus();
            }
        });
    }
}

pub fn use_monitor() -> MonitorContext {
    expect_context::<MonitorContext>()
}
