//! "What changed": the changes since the previous snapshot, fetched when the document
//! names one, or since a chosen date from the document's own dated facts. When the
//! previous snapshot cannot be loaded the reader still gets the dated facts, and why.

use std::sync::Arc;

use leptos::html::custom;
use leptos::html::Div;
use leptos::prelude::*;

use super::change_badges::ShownChanges;
use super::change_list::change_groups;
use super::context::use_monitor;
use super::dom::replace_children;
use super::load_error::LoadError;
use super::previous_snapshot::{fetch_previous, Predecessor};
use super::show_more::{use_render_limit, ShowMore, PAGE_SIZE};
use crate::changes::{changes_between, changes_within, comparison, ChangeSet, Comparison};
use crate::i18n::{changes_since, count_changes, format_day, messages};
use crate::model::CalendarDate;

/// What the panel can show at a given moment.
#[derive(Clone, PartialEq)]
enum Shown {
    Loading,
    /// Compared with the previous snapshot, of this date.
    Compared(Arc<ChangeSet>),
    /// From the document's dated facts; with the reason when the comparison failed.
    Dated(Arc<ChangeSet>, Option<LoadError>),
}

#[component]
pub fn ChangesPanel() -> impl IntoView {
    let context = use_monitor();
    let (state, language) = (context.state, context.language);
    let prepared = context.prepared.clone();
    let wanted = Memo::new(move |_| comparison(&prepared.snapshot, state.with(|s| s.since)));
    // Fetched as soon as the view opens when the document names a predecessor; the
    // same resource type as the snapshot's own, so the two share their code.
    let snapshot = &context.prepared.snapshot;
    let previous = match (snapshot.previous.as_ref(), context.origin.clone()) {
        (Some(previous), Some(origin)) => {
            let (url, as_of, strategy) =
                (previous.url.clone(), previous.as_of, snapshot.id.clone());
            Some(LocalResource::new(move || {
                let predecessor = Predecessor {
                    url: url.clone(),
                    as_of,
                    strategy: strategy.clone(),
                };
                fetch_previous(origin.clone(), predecessor)
            }))
        }
        _ => None,
    };
    let current = context.prepared.clone();
    let shown = Memo::new(move |_| {
        let snapshot = &current.snapshot;
        let dated = |since: CalendarDate| Arc::new(changes_within(snapshot, since));
        match wanted.get() {
            Comparison::Within(since) => Shown::Dated(dated(since), None),
            Comparison::WithPrevious => {
                let since = snapshot
                    .previous
                    .as_ref()
                    .map_or(snapshot.as_of, |p| p.as_of);
                match previous.map(|previous| previous.get()) {
                    // Without an origin (a component test) the dated facts are all there is.
                    None => Shown::Dated(dated(since), None),
                    Some(None) => Shown::Loading,
                    Some(Some(Ok(old))) => {
                        Shown::Compared(Arc::new(changes_between(&old.prepared.snapshot, snapshot)))
                    }
                    Some(Some(Err(error))) => Shown::Dated(dated(since), Some(error)),
                }
            }
        }
    });
    let set = move || match shown.get() {
        Shown::Loading => None,
        Shown::Compared(set) | Shown::Dated(set, _) => Some(set),
    };
    let heading = move || {
        let language = language.get();
        match set() {
            Some(set) => format!(
                "{} {}",
                changes_since(language),
                format_day(set.since, language)
            ),
            None => messages(language).view_changes.to_owned(),
        }
    };
    let basis = move || {
        let (language, words) = (language.get(), messages(language.get()));
        match shown.get() {
            Shown::Loading => words.loading_previous.to_owned(),
            Shown::Compared(set) => format!(
                "{} {} · {}",
                words.compared_with_version_of,
                format_day(set.since, language),
                count_changes(set.changes.len(), language)
            ),
            Shown::Dated(set, _) => format!(
                "{} {} · {}",
                words.from_dated_facts,
                format_day(set.until, language),
                count_changes(set.changes.len(), language)
            ),
        }
    };
    let failure = move || match shown.get() {
        Shown::Dated(_, Some(error)) => Some(view! {
            <p class="dsii-changes__failure" role="alert">
                {messages(language.get()).previous_unavailable} " (" {error.to_string()} ")"
            </p>
        }),
        _ => None,
    };
    let empty = move || set().is_some_and(|set| set.changes.is_empty());
    // Cards and timeline items carry badges while this view is open.
    let badges = context.changes;
    Effect::new(move |_| badges.set(set().map(|set| Arc::new(ShownChanges::new(set)))));
    on_cleanup(move || badges.set(None));
    let groups = NodeRef::<Div>::new();
    let headings = context.headings;
    let limit = use_render_limit(PAGE_SIZE);
    Effect::new(move |_| {
        let (language, limit) = (language.get(), limit.get());
        if let (Some(set), Some(groups)) = (set(), groups.get()) {
            replace_children(
                &groups,
                "data-change",
                change_groups(&set, limit, language, headings.tag(2)),
            );
        }
    });
    let total = Signal::derive(move || set().map_or(0, |set| set.changes.len()));
    view! {
        <section class="dsii-changes" aria-labelledby="dsii-changes-title">
            {custom(context.headings.tag(1)).id("dsii-changes-title").class("dsii-changes__title").child(heading)}
            <p class="dsii-changes__basis" role="status">{basis}</p>
            {failure}
            <Show when=empty>
                <p class="dsii-changes__none">{move || messages(language.get()).no_changes}</p>
            </Show>
            <div class="dsii-changes__groups" node_ref=groups></div>
            <ShowMore total limit page=PAGE_SIZE />
        </section>
    }
}
