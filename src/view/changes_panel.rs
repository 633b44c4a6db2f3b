//! "What changed": the store's changes (see `shown_changes`) as a heading, the basis of
//! the comparison, and a region of lists drawn by `dsii_render::change_list`.

use leptos::html::custom;
use leptos::html::Div;
use leptos::prelude::*;

use dsii_render::change_list::change_groups;

use super::context::use_monitor;
use super::erased::{show_if, when};
use super::region::use_region;
use super::show_more::ShowMore;
use super::shown_changes::Shown;
use crate::i18n::{changes_since, count_changes, format_day, messages};
use crate::store::List;

#[component]
pub fn ChangesPanel() -> impl IntoView {
    let context = use_monitor();
    let language = context.language;
    let shown = context.shown_changes;
    let changes = context.changes;
    let heading = move || {
        let language = language.get();
        match changes.get() {
            Some(shown) => format!(
                "{} {}",
                changes_since(language),
                format_day(shown.set.since, language)
            ),
            None => messages(language).view_changes.to_owned(),
        }
    };
    let basis = move || {
        let (language, words) = (language.get(), messages(language.get()));
        shown.with(|shown| match shown {
            None | Some(Shown::Loading) => words.loading_previous.to_owned(),
            Some(Shown::Compared(shown)) => format!(
                "{} {} · {}",
                words.compared_with_version_of,
                format_day(shown.set.since, language),
                count_changes(shown.set.changes.len(), language)
            ),
            Some(Shown::Dated(shown, _)) => format!(
                "{} {} · {}",
                words.from_dated_facts,
                format_day(shown.set.until, language),
                count_changes(shown.set.changes.len(), language)
            ),
        })
    };
    let failure = move || {
        shown.with(|shown| match shown {
            Some(Shown::Dated(_, Some(error))) => Some(view! {
                <p class="dsii-changes__failure" role="alert">
                    {messages(language.get()).previous_unavailable} " (" {error.to_string()} ")"
                </p>
            }),
            _ => None,
        })
    };
    let empty =
        move || changes.with(|shown| shown.as_ref().is_some_and(|s| s.set.changes.is_empty()));
    let headings = context.headings;
    let limit = context.limit(List::Changes);
    let groups = use_region::<Div>(&["data-change"], move || {
        let (language, limit) = (language.get(), limit.get());
        changes.with(|shown| match shown {
            Some(shown) => change_groups(&shown.set, limit, language, headings.tag(2)),
            None => Vec::new(),
        })
    });
    let total = Signal::derive(move || {
        changes.with(|shown| shown.as_ref().map_or(0, |s| s.set.changes.len()))
    });
    view! {
        <section class="dsii-changes" aria-labelledby="dsii-changes-title">
            {custom(context.headings.tag(1)).id("dsii-changes-title").class("dsii-changes__title").child(heading)}
            <p class="dsii-changes__basis" role="status">{basis}</p>
            {failure}
            {show_if(when(empty), move || view! {
                <p class="dsii-changes__none">{move || messages(language.get()).no_changes}</p>
            }.into_any())}
            <div class="dsii-changes__groups" node_ref=groups></div>
            <ShowMore total list=List::Changes />
        </section>
    }
}
