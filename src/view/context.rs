//! What every part of a mounted monitor shares: the snapshot, the reader's view state,
//! and what derives from them.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use dsii_render::{Node, Scene};

use crate::changes::ShownChanges;
use crate::filter::{select, Selection};
use crate::headings::Headings;
use crate::i18n::{interface_language, messages, Messages};
use crate::model::{CalendarDate, Language};
use crate::prepared::PreparedSnapshot;
use crate::progress::StateTally;
use crate::store::{Action, List, Store};
use crate::view_state::ViewState;

use super::bind::bind_text;
use super::derived::Derived;
use super::previous_snapshot::SnapshotOrigin;
use super::shown_changes::{use_shown_changes, Shown};
use super::url_sync::current_href;

/// Applies a reader's changes to the store; `Copy`, for event handlers.
#[derive(Clone, Copy)]
pub struct Dispatch(RwSignal<Store>);

impl Dispatch {
    pub fn send(self, action: Action) {
        // A handler may outlive the monitor it belonged to: then there is nothing to change.
        self.0.try_update(|store| store.apply(action));
    }
}

#[derive(Clone)]
pub struct MonitorContext {
    pub prepared: Arc<PreparedSnapshot>,
    /// Everything the reader changes; changed only through `dispatch`.
    store: RwSignal<Store>,
    pub dispatch: Dispatch,
    /// The view as the URL holds it.
    pub state: Derived<ViewState>,
    pub language: Derived<Language>,
    pub today: Derived<CalendarDate>,
    /// Today by the reader's clock, which `today` differs from when the view sets one.
    pub clock_today: CalendarDate,
    pub selection: Derived<Selection>,
    /// Every milestone's state on the reference date, counted: the header's and the
    /// summary's totals.
    pub tally: Derived<StateTally>,
    /// Action lines whose details are open.
    pub open_lines: Derived<Vec<usize>>,
    pub printing: Derived<bool>,
    /// The widget's folder URL (ends in `/`): where the embed snippets point.
    pub base: Arc<str>,
    /// The view is kept in the page URL, so the page URL links to it.
    owns_url: bool,
    /// What the changes view shows while it is open.
    pub shown_changes: Derived<Option<Shown>>,
    /// The changes the changes view shows, for the badges on cards and timeline items.
    pub changes: Derived<Option<Arc<ShownChanges>>>,
    /// Heading levels: the title's as the page asks, or `h1` on the standalone page and
    /// `h2` inside someone else's.
    pub headings: Headings,
}

impl MonitorContext {
    pub fn new(
        prepared: Arc<PreparedSnapshot>,
        store: RwSignal<Store>,
        browser_language: Option<Language>,
        clock_today: CalendarDate,
        base: Arc<str>,
        owns_url: bool,
        origin: Option<SnapshotOrigin>,
    ) -> Self {
        store.update_untracked(|store| store.apply(Action::ShowSnapshot));
        let state = Derived::new(move || store.with(|store| store.view.clone()));
        let snapshot_language = prepared
            .snapshot
            .default_language
            .as_deref()
            .and_then(Language::from_tag);
        let language = Derived::new(move || {
            interface_language(
                state.with(|state| state.lang),
                snapshot_language,
                browser_language,
            )
        });
        let today = Derived::new(move || state.with(|state| state.today).unwrap_or(clock_today));
        let for_selection = prepared.clone();
        let selection = Derived::new(move || {
            state.with(|state| select(&for_selection, &state.filter, today.get()))
        });
        let for_tally = prepared.clone();
        let tally = Derived::new(move || {
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
        let shown_changes = use_shown_changes(prepared.clone(), state, origin);
        let changes = Derived::new(move || {
            shown_changes.with(|shown| shown.as_ref().and_then(Shown::changes).cloned())
        });
        Self {
            headings,
            prepared,
            store,
            dispatch: Dispatch(store),
            state,
            language,
            today,
            clock_today,
            selection,
            tally,
            open_lines: Derived::new(move || store.with(|store| store.open_lines.clone())),
            printing: Derived::new(move || store.with(|store| store.printing)),
            base,
            owns_url,
            shown_changes,
            changes,
        }
    }

    /// A part of the store, followed on its own: readers of one part are not run again
    /// when another changes.
    pub fn select<T: PartialEq + Send + Sync + 'static>(
        &self,
        part: impl Fn(&Store) -> T + Send + Sync + 'static,
    ) -> Derived<T> {
        let store = self.store;
        Derived::new(move || store.with(|store| part(store)))
    }

    /// How many items `list` draws.
    pub fn limit(&self, list: List) -> Derived<usize> {
        self.select(move |store| store.limit(list))
    }

    /// Whether the monitor is the standalone page (it owns the page and its URL).
    pub fn is_standalone_page(&self) -> bool {
        self.owns_url
    }

    /// What the render layer draws from, read (and tracked) now: `changes` for the
    /// badges, `printing` for the lists' counts.
    pub fn scene<'a>(&'a self, changes: Option<&'a ShownChanges>, printing: bool) -> Scene<'a> {
        Scene {
            prepared: &self.prepared,
            language: self.language.get(),
            today: self.today.get(),
            headings: self.headings,
            changes,
            printing,
        }
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

    /// An interface string that follows the reader's language.
    pub fn message(
        &self,
        pick: fn(&Messages) -> &'static str,
    ) -> impl Fn() -> &'static str + Copy + use<> {
        let language = self.language;
        move || pick(messages(language.get()))
    }

    /// A `<section>` named by its heading, one level below the title, in the reader's
    /// language: `heading` is the heading's id and class.
    pub fn section(
        &self,
        class: &str,
        heading: (&str, &str),
        pick: fn(&Messages) -> &'static str,
    ) -> Node {
        let (id, heading_class) = heading;
        let title = Node::with_class(self.headings.tag(1), heading_class).attr("id", id);
        bind_text(&title, self.message(pick));
        Node::with_class("section", class)
            .attr("aria-labelledby", id)
            .child(title)
    }

    /// Opens an action line's card, showing the cards if needed, and moves focus to it.
    /// `origin` is an element of this widget: the search stays inside it, which also
    /// works in a shadow root and with several widgets on one page.
    pub fn reveal_line(&self, line: usize, origin: web_sys::Element) {
        self.dispatch.send(Action::RevealLine(line));
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
