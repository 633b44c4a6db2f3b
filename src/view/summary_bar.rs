//! Totals at a glance; each one a shortcut to the matching filter.

use leptos::html::custom;
use leptos::prelude::*;

use super::context::use_monitor;
use super::icons::{state_icon, status_icon};
use crate::i18n::{messages, status_label, Messages};
use crate::model::ActionLineStatus;
use crate::progress::{action_line_counts, MilestoneState};

#[component]
pub fn SummaryBar() -> impl IntoView {
    let context = use_monitor();
    let language = context.language;
    let counts = action_line_counts(&context.prepared.snapshot);
    let tally = context.tally;
    let state = context.state;
    let show_status = move |status: ActionLineStatus| {
        state.update(|state| {
            state.filter.statuses = [status].into_iter().collect();
            state.filter.overdue_only = false;
            state.filter.unchecked_only = false;
        });
    };
    // A total of milestones in one state; a zero is never drawn in a warning's colour.
    let state_item = move |only: MilestoneState, label: fn(&Messages) -> &'static str| {
        let count = move || tally.get().count(only);
        let class = move || match count() {
            0 => format!("dsii-total dsii-total--{} dsii-total--zero", only.as_str()),
            _ => format!("dsii-total dsii-total--{}", only.as_str()),
        };
        let show = move |_| {
            state.update(|state| {
                state.filter.overdue_only = false;
                state.filter.unchecked_only = false;
                state.filter.set_only(only, true);
                state.filter.statuses.clear();
            });
        };
        view! {
            <li>
                <button type="button" class=class on:click=show>
                    <span class="dsii-total__count">{count}</span>
                    <span class="dsii-total__label">
                        <span aria-hidden="true">{state_icon(only)} " "</span>
                        {move || label(messages(language.get()))}
                    </span>
                </button>
            </li>
        }
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
            {custom(context.headings.tag(1)).id("dsii-summary-title").class("dsii-visually-hidden").child(context.message(|m| m.overview))}
            <ul class="dsii-summary__totals">
                {status_items}
                {state_item(MilestoneState::Overdue, |m| m.overdue_commitments)}
                {state_item(MilestoneState::Unchecked, |m| m.unchecked_commitments)}
            </ul>
        </section>
    }
}
