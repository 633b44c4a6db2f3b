//! Badges on cards and timeline items while the changes view shows a change set:
//! "nieuw", "gepland → in uitvoering", "2 kwartalen later".

use std::sync::Arc;

use leptos::prelude::*;

use super::context::use_monitor;
use crate::changes::{ChangeSet, ChangesByItem, ItemKind};
use crate::i18n::change_badge;
use crate::view_state::ViewMode;

/// A change set with the positions of each item's changes.
#[derive(Debug, PartialEq)]
pub struct ShownChanges {
    pub set: Arc<ChangeSet>,
    by_item: ChangesByItem,
}

impl ShownChanges {
    pub fn new(set: Arc<ChangeSet>) -> Self {
        let by_item = set.by_item();
        Self { set, by_item }
    }
}

/// Outside the changes view a card carries no badge and no reactive node either, so
/// long lists stay as cheap to filter as before: `Monitor` draws the cards and the
/// timeline again when the view changes.
#[component]
pub fn ChangeBadges(item: ItemKind, id: String) -> impl IntoView {
    let context = use_monitor();
    let in_changes_view = context
        .state
        .with_untracked(|state| state.view == ViewMode::Changes);
    let (changes, language) = (context.changes, context.language);
    in_changes_view.then_some(move || {
        let language = language.get();
        changes.with(|shown| {
            let shown = shown.as_ref()?;
            let positions = shown.by_item.positions(item, &id);
            if positions.is_empty() {
                return None;
            }
            let badges: Vec<_> = positions
                .iter()
                .filter_map(|&position| shown.set.changes.get(position))
                .map(|change| {
                    let keyword = change.kind.as_str();
                    view! {
                        <span class=format!("dsii-change__badge dsii-change__badge--{keyword}")>
                            {change_badge(&change.kind, change.item, language)}
                        </span>
                    }
                })
                .collect();
            Some(view! { <span class="dsii-change-badges">{badges}</span> })
        })
    })
}
