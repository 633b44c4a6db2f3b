//! Title, publisher and how fresh the data is.

use leptos::html::custom;
use leptos::prelude::*;

use super::context::use_monitor;
use super::page_feed::page_feed;
use crate::i18n::{count_days_ago, count_in_state, format_day};
use crate::progress::MilestoneState;

use crate::model::link_target;

/// Older data than this gets a visible notice.
const STALE_AFTER_DAYS: i64 = 90;

#[component]
pub fn Header(
    /// The data's host, when it is not the bundled snapshot: whose data this is.
    data_host: Option<String>,
) -> impl IntoView {
    let context = use_monitor();
    let snapshot = &context.prepared.snapshot;
    let (language, today, as_of) = (context.language, context.today, snapshot.as_of);
    let age = move || as_of.days_until(today.get());
    let clock_today = context.clock_today;
    let reference_notice = context.message(|m| m.reference_date_notice);
    // Beside the date of the data: how many deadlines that data cannot speak for.
    let tally = context.tally;
    let unchecked = move || tally.get().unchecked;
    // The page's feed follows the bundled snapshot, not data a link brought in.
    let feed = (context.is_standalone_page() && data_host.is_none())
        .then(page_feed)
        .flatten()
        .map(|href| {
            view! {
                <p class="dsii-header__follow">
                    <a href=href type="application/atom+xml">{context.message(|m| m.follow)}</a>
                </p>
            }
        });
    let data_host = data_host.map(|host| {
        view! {
            <p class="dsii-header__data-host">{context.message(|m| m.data_from)} " " <strong>{host}</strong></p>
        }
    });
    let publisher = snapshot.publisher.clone().map(|publisher| {
        let name = match publisher.url.as_deref().and_then(link_target) {
            Some(url) => view! { <a href=url.to_owned() rel="noopener noreferrer" target="_blank">{publisher.name.clone()}</a> }.into_any(),
            None => view! { <span>{publisher.name.clone()}</span> }.into_any(),
        };
        view! { <p class="dsii-header__publisher">{context.message(|m| m.published_by)} " " {name}</p> }
    });
    let summary = snapshot.summary.as_ref().map(|summary| {
        view! { <p class="dsii-header__summary">{context.text(summary)}</p> }
    });
    view! {
        <header class="dsii-header">
            {custom(context.headings.tag(0)).class("dsii-header__title").child(context.text(&snapshot.title))}
            {summary}
            {publisher}
            <p class="dsii-header__as-of">
                {context.message(|m| m.data_as_of)} " "
                <time datetime=as_of.to_string()>{move || format_day(as_of, language.get())}</time>
                " (" {move || count_days_ago(age(), language.get())} ")"
                <Show when=move || { unchecked() > 0 }>
                    ": " <strong class="dsii-header__unchecked">
                        {move || count_in_state(unchecked(), MilestoneState::Unchecked, language.get())}
                    </strong>
                </Show>
            </p>
            {data_host}
            {feed}
            <Show when=move || today.get() != clock_today>
                <p class="dsii-header__reference-date" role="note">
                    {reference_notice} " "
                    <time datetime=move || today.get().to_string()>{move || format_day(today.get(), language.get())}</time>
                    "."
                </p>
            </Show>
            <Show when=move || { age() > STALE_AFTER_DAYS }>
                <p class="dsii-header__stale">
                    <span aria-hidden="true">"⚠ "</span>
                    {context.message(|m| m.stale_notice)}
                </p>
            </Show>
        </header>
    }
}
