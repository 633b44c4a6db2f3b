//! What the changes view shows, derived from the store: the changes since the previous
//! snapshot, fetched each time the view opens when the document names one, or
//! since a chosen date from the document's own dated facts. When the previous snapshot
//! cannot be loaded the reader still gets the dated facts, and why.

use std::sync::Arc;

use leptos::prelude::*;

use super::derived::Derived;
use super::fetched::use_fetched;
use super::load_error::LoadError;
use super::previous_snapshot::{fetch_previous, Predecessor, SnapshotOrigin};
use crate::changes::{changes_between, changes_within, comparison, Comparison, ShownChanges};
use crate::model::CalendarDate;
use crate::prepared::PreparedSnapshot;
use crate::view_state::{ViewMode, ViewState};

/// What the changes view can show at a given moment.
#[derive(Clone, PartialEq)]
pub enum Shown {
    Loading,
    /// Compared with the previous snapshot.
    Compared(Arc<ShownChanges>),
    /// From the document's dated facts; with the reason when the comparison failed.
    Dated(Arc<ShownChanges>, Option<LoadError>),
}

impl Shown {
    pub fn changes(&self) -> Option<&Arc<ShownChanges>> {
        match self {
            Shown::Loading => None,
            Shown::Compared(changes) | Shown::Dated(changes, _) => Some(changes),
        }
    }
}

/// The changes view's content while it is open; `None` outside it.
pub fn use_shown_changes(
    prepared: Arc<PreparedSnapshot>,
    state: Derived<ViewState>,
    origin: Option<SnapshotOrigin>,
) -> Derived<Option<Shown>> {
    let open = Derived::new(move || state.with(|state| state.view == ViewMode::Changes));
    // Counts the view's openings: the predecessor is fetched on each, as the panel
    // mounts, so a failed fetch is tried again when the reader comes back.
    let openings = Memo::new(move |before: Option<&u32>| {
        let before = before.copied().unwrap_or(0);
        match open.get() {
            true => before + 1,
            false => before,
        }
    });
    let snapshot = &prepared.snapshot;
    let previous = match (snapshot.previous.as_ref(), origin) {
        (Some(previous), Some(origin)) => {
            let (url, as_of, strategy) =
                (previous.url.clone(), previous.as_of, snapshot.id.clone());
            Some(use_fetched(move || {
                let wanted = openings.get() > 0;
                let predecessor = Predecessor {
                    url: url.clone(),
                    as_of,
                    strategy: strategy.clone(),
                };
                let origin = origin.clone();
                Box::pin(async move {
                    match wanted {
                        true => Some(fetch_previous(origin, predecessor).await),
                        false => None,
                    }
                })
            }))
        }
        _ => None,
    };
    let wanted = {
        let prepared = prepared.clone();
        Derived::new(move || comparison(&prepared.snapshot, state.with(|s| s.since)))
    };
    Derived::new(move || {
        if !open.get() {
            return None;
        }
        let snapshot = &prepared.snapshot;
        let dated = |since: CalendarDate| {
            Arc::new(ShownChanges::new(Arc::new(changes_within(snapshot, since))))
        };
        Some(match wanted.get() {
            Comparison::Within(since) => Shown::Dated(dated(since), None),
            Comparison::WithPrevious => {
                let since = snapshot
                    .previous
                    .as_ref()
                    .map_or(snapshot.as_of, |p| p.as_of);
                match previous.map(|previous| previous.get().flatten()) {
                    // Without an origin (a component test) the dated facts are all there is.
                    None => Shown::Dated(dated(since), None),
                    Some(None) => Shown::Loading,
                    Some(Some(Ok(old))) => Shown::Compared(Arc::new(ShownChanges::new(Arc::new(
                        changes_between(&old.prepared.snapshot, snapshot),
                    )))),
                    Some(Some(Err(error))) => Shown::Dated(dated(since), Some(error)),
                }
            }
        })
    })
}
