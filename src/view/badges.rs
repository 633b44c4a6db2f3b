//! Status badges: an icon and a word, in a colour that only supports them.

use leptos::prelude::*;

use super::context::use_monitor;
use super::icons::{state_icon, status_icon};
use crate::i18n::{state_since, status_label};
use crate::model::{ActionLineStatus, CalendarDate};
use crate::progress::MilestoneState;

#[component]
pub fn StatusBadge(status: ActionLineStatus) -> impl IntoView {
    let language = use_monitor().language;
    view! {
        <span class=format!("dsii-badge dsii-badge--{}", status.as_str())>
            <span class="dsii-badge__icon" aria-hidden="true">{status_icon(status)}</span>
            {move || status_label(status, language.get())}
        </span>
    }
}

#[component]
pub fn StateBadge(
    #[prop(into)] state: Signal<MilestoneState>,
    /// The day the milestone was last checked: a passed deadline says since when.
    checked: CalendarDate,
) -> impl IntoView {
    let language = use_monitor().language;
    view! {
        <span class=move || format!("dsii-badge dsii-badge--{}", state.get().as_str())>
            <span class="dsii-badge__icon" aria-hidden="true">{move || state_icon(state.get())}</span>
            {move || state_since(state.get(), checked, language.get())}
        </span>
    }
}
