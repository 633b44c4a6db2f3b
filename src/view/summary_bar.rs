//! Totals at a glance; each one a shortcut to the matching filter.

use leptos::prelude::*;

use super::context::use_monitor;
use super::icons::{state_icon, status_icon};
use crate::i18n::status_label;
use crate::model::ActionLineStatus;
use crate::progress::{action_line_counts, MilestoneState, StateTally};

#[component]
pub fn SummaryBar() -> impl IntoView {
    let context = use_monitor();
    let language = context.language;
    let counts = action_line_counts(&context.prepared.snapshot);
    let prepared = context.prepared.clone();
    let today = context.today;
    let overdue =
        Memo::new(move |_| StateTally::of(&prepared.snapshot.milestones, today.get()).overdue);
    let state = context.state;
    let show_status = move |status: ActionLineStatus| {
        state.update(|state| {
            state.filter.statuses = [status].into_iter().collect();
            state.filter.overdue_only = false;
        });
    };
    let status_items: Vec<_> = counts
        .into_iter()
        .filter(|(_, count)| *count > 0)
        .map(|(status, count)| {
            view! {
                <li>
                    <button type="button" class=format!("dsii-total dsii-total--{}", status.as_str())
                        on:click=move |_| show_status(status)>
                        <span class="dsii-total__count">{count}</span>
                        <span class="dsii-total__label">
                            <span aria-hidden="true">{status_icon(status)} " "</span>
                            {move || status_label(status, language.get())}
                        </span>
                    </button>
                </li>
            }
        })
        .collect();
    view! {
        <section class="dsii-summary" aria-labelledby="dsii-summary-title">
            <h2 id="dsii-summary-title" class="dsii-visually-hidden">{context.message(|m| m.overview)}</h2>
            <ul class="dsii-summary__totals">
                {status_items}
                <li>
                    <button type="button" class="dsii-total dsii-total--overdue"
                        on:click=move |_| state.update(|state| {
                            state.filter.overdue_only = true;
                            state.filter.statuses.clear();
                        })>
                        <span class="dsii-total__count">{overdue}</span>
                        <span class="dsii-total__label">
                            <span aria-hidden="true">{state_icon(MilestoneState::Overdue)} " "</span>
                            {context.message(|m| m.overdue_commitments)}
                        </span>
                    </button>
                </li>
            </ul>
        </section>
    }
}
