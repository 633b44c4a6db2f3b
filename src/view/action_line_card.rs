//! One action line: status, owners, budget and milestone progress at a glance, and in
//! place on request its summary, milestones, notes, history, sources and a citation.

use leptos::prelude::*;

use super::badges::{StateBadge, StatusBadge};
use super::clipboard::copy_text;
use super::context::{use_monitor, MonitorContext};
use super::source_list::SourceList;
use crate::export::citation;
use crate::i18n::{format_eur, milestone_tally};
use crate::progress::MilestoneState;

/// Done, pending and overdue milestones of one action line on the reference date.
fn tally(context: &MonitorContext, line: usize) -> (usize, usize, usize) {
    let today = context.today.get();
    let snapshot = &context.prepared.snapshot;
    let mut counts = (0, 0, 0);
    for &index in context.prepared.line_milestones(line) {
        match MilestoneState::of(&snapshot.milestones[index], today) {
            MilestoneState::Done => counts.0 += 1,
            MilestoneState::Pending => counts.1 += 1,
            MilestoneState::Overdue => counts.2 += 1,
            MilestoneState::Cancelled => {}
        }
    }
    counts
}

#[component]
fn Details(line: usize) -> impl IntoView {
    let context = use_monitor();
    let snapshot = &context.prepared.snapshot;
    let action_line = &snapshot.action_lines[line];
    let (language, today) = (context.language, context.today);
    let summary = action_line
        .summary
        .as_ref()
        .map(|summary| view! { <p class="dsii-line__summary">{context.text(summary)}</p> });
    let milestones: Vec<_> = context
        .prepared
        .line_milestones(line)
        .iter()
        .map(|&index| {
            let milestone = &snapshot.milestones[index];
            let for_state = context.prepared.clone();
            let date = milestone.date;
            let note = milestone.note.as_ref().map(|note| view! { <span class="dsii-line__note">" — " {context.text(note)}</span> });
            view! {
                <li class="dsii-line__milestone">
                    <span class="dsii-date">{move || date.display(language.get())}</span>
                    " " {context.text(&milestone.title)} " "
                    <StateBadge state=Signal::derive(move || MilestoneState::of(&for_state.snapshot.milestones[index], today.get())) />
                    {note}
                </li>
            }
        })
        .collect();
    let milestones = (!milestones.is_empty()).then(|| {
        view! {
            <h5 class="dsii-line__subtitle">{context.message(|m| m.milestones)}</h5>
            <ul class="dsii-line__milestones">{milestones}</ul>
        }
    });
    let notes = action_line.notes.as_ref().map(|notes| {
        view! {
            <h5 class="dsii-line__subtitle">{context.message(|m| m.notes)}</h5>
            <p class="dsii-line__notes">{context.text(notes)}</p>
        }
    });
    let history: Vec<_> = action_line
        .history
        .iter()
        .map(|entry| {
            let date = entry.date;
            let note = entry
                .note
                .as_ref()
                .map(|note| view! { " — " {context.text(note)} });
            view! {
                <li>
                    <span class="dsii-date">{move || date.display(language.get())}</span> " "
                    <StatusBadge status=entry.status />
                    {note}
                </li>
            }
        })
        .collect();
    let history = (!history.is_empty()).then(|| {
        view! {
            <h5 class="dsii-line__subtitle">{context.message(|m| m.history)}</h5>
            <ul class="dsii-line__history">{history}</ul>
        }
    });
    let prepared = context.prepared.clone();
    let cite_text = move || {
        let page = web_sys::window()
            .and_then(|window| window.location().href().ok())
            .unwrap_or_default();
        citation(&prepared, line, language.get(), &page)
    };
    let copied = RwSignal::new(false);
    view! {
        {summary}
        {milestones}
        {notes}
        {history}
        <h5 class="dsii-line__subtitle">{context.message(|m| m.sources)}</h5>
        <SourceList ids=action_line.sources.clone() />
        <h5 class="dsii-line__subtitle">{context.message(|m| m.cite)}</h5>
        <p class="dsii-line__cite">{cite_text.clone()}</p>
        <button type="button" class="dsii-button dsii-button--small"
            on:click=move |_| copy_text(&cite_text(), copied)>
            {context.message(|m| m.cite)}
        </button>
        <span class="dsii-line__copied" role="status">
            {move || copied.get().then(context.message(|m| m.copied))}
        </span>
    }
}

#[component]
pub fn ActionLineCard(line: usize) -> impl IntoView {
    let context = use_monitor();
    let action_line = &context.prepared.snapshot.action_lines[line];
    let language = context.language;
    let open_lines = context.expanded;
    let expanded = Signal::derive(move || open_lines.with(|open| open.contains(&line)));
    let toggle = move |_| {
        open_lines.update(|open| {
            if !open.remove(&line) {
                open.insert(line);
            }
        })
    };
    let panel_id = format!("dsii-line-{line}-details");
    let owners = (!action_line.owners.is_empty()).then(|| {
        view! {
            <p class="dsii-line__meta">
                <span class="dsii-line__meta-label">{context.message(|m| m.owners)} ": "</span>
                {action_line.owners.join(", ")}
            </p>
        }
    });
    let budget_total: u64 = action_line.budget.iter().map(|item| item.amount_eur).sum();
    let budget = (!action_line.budget.is_empty()).then(|| {
        view! {
            <p class="dsii-line__meta">
                <span class="dsii-line__meta-label">{context.message(|m| m.budget)} ": "</span>
                {move || format_eur(budget_total, language.get())}
            </p>
        }
    });
    let tally_context = context.clone();
    let counts = Memo::new(move |_| tally(&tally_context, line));
    let has_milestones = !context.prepared.line_milestones(line).is_empty();
    let progress = has_milestones.then(|| {
        // Set through the CSSOM (style:), which a strict style-src allows.
        let width = move |part: usize| {
            let (done, pending, overdue) = counts.get();
            format!("{}%", part * 100 / (done + pending + overdue).max(1))
        };
        view! {
            <div class="dsii-progress" aria-hidden="true">
                <span class="dsii-progress__done" style:width=move || width(counts.get().0)></span>
                <span class="dsii-progress__overdue" style:width=move || width(counts.get().2)></span>
            </div>
            <p class="dsii-line__meta">
                <span class="dsii-line__meta-label">{context.message(|m| m.milestones)} ": "</span>
                {move || { let (d, p, o) = counts.get(); milestone_tally(d, p, o, language.get()) }}
            </p>
        }
    });
    view! {
        <li class="dsii-line" id=format!("dsii-line-{line}")>
            <h4 class="dsii-line__title">
                <button type="button" class="dsii-line__toggle"
                    aria-expanded=move || expanded.get().to_string()
                    aria-controls=panel_id.clone()
                    on:click=toggle>
                    <span class="dsii-line__chevron" aria-hidden="true"></span>
                    {context.text(&action_line.title)}
                </button>
            </h4>
            <StatusBadge status=action_line.status />
            {owners}
            {budget}
            {progress}
            <div class="dsii-line__details" id=panel_id hidden=move || !expanded.get()>
                <Show when=move || expanded.get()>
                    <Details line />
                </Show>
            </div>
        </li>
    }
}
