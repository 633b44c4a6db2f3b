//! One action line: status, owners, budget and milestone progress at a glance, and in
//! place on request its summary, milestones, notes, history, sources and a citation.

use leptos::html::custom;
use leptos::prelude::*;

use super::badges::{StateBadge, StatusBadge};
use super::change_badges::ChangeBadges;
use super::clipboard::{Copier, CopyStatus};
use super::context::use_monitor;
use super::source_list::SourceList;
use crate::changes::ItemKind;
use crate::export::citation;
use crate::i18n::{format_eur, milestone_tally};
use crate::progress::StateTally;

/// A subsection heading with its list; nothing at all when the list is empty.
fn titled_list<V: IntoView>(
    title: impl Fn() -> &'static str + Send + 'static,
    class: &'static str,
    items: Vec<V>,
) -> Option<impl IntoView> {
    let tag = use_monitor().headings.tag(4);
    (!items.is_empty()).then(|| {
        view! {
            {custom(tag).class("dsii-line__subtitle").child(title)}
            <ul class=class>{items}</ul>
        }
    })
}

#[component]
fn Details(line: usize) -> impl IntoView {
    let context = use_monitor();
    let snapshot = &context.prepared.snapshot;
    let action_line = &snapshot.action_lines[line];
    let language = context.language;
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
            let date = milestone.date;
            let note = milestone.note.as_ref().map(
                |note| view! { <span class="dsii-line__note">" — " {context.text(note)}</span> },
            );
            view! {
                <li class="dsii-line__milestone">
                    <span class="dsii-date">{move || date.display(language.get())}</span>
                    " " {context.text(&milestone.title)} " "
                    <StateBadge state=context.milestone_state(index)
                        checked=context.prepared.milestone_checked(index) />
                    {note}
                </li>
            }
        })
        .collect();
    let milestones = titled_list(
        context.message(|m| m.milestones),
        "dsii-line__milestones",
        milestones,
    );
    let notes = action_line.notes.as_ref().map(|notes| {
        view! {
            {custom(context.headings.tag(4)).class("dsii-line__subtitle").child(context.message(|m| m.notes))}
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
    let history = titled_list(
        context.message(|m| m.history),
        "dsii-line__history",
        history,
    );
    let prepared = context.prepared.clone();
    let link_context = context.clone();
    let cite_text = move || citation(&prepared, line, language.get(), &link_context.view_link());
    let copier = Copier::default();
    view! {
        {summary}
        {milestones}
        {notes}
        {history}
        {custom(context.headings.tag(4)).class("dsii-line__subtitle").child(context.message(|m| m.sources))}
        <SourceList ids=action_line.sources.clone() />
        {custom(context.headings.tag(4)).class("dsii-line__subtitle").child(context.message(|m| m.cite))}
        <p class="dsii-line__cite">{cite_text.clone()}</p>
        <button type="button" class="dsii-button dsii-button--small"
            on:click=move |_| copier.copy(&cite_text())>
            {context.message(|m| m.cite)}
        </button>
        <CopyStatus copier copied=|m| m.copied />
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
        open_lines.update(|open| match open.iter().position(|&open| open == line) {
            Some(index) => {
                open.swap_remove(index);
            }
            None => open.push(line),
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
    let (prepared, today) = (context.prepared.clone(), context.today);
    let counts = Memo::new(move |_| {
        let today = today.get();
        let milestones = prepared.line_milestones(line).iter();
        StateTally::of(milestones.map(|&index| prepared.milestone_state(index, today)))
    });
    let has_milestones = !context.prepared.line_milestones(line).is_empty();
    let progress = has_milestones.then(|| {
        // Set through the CSSOM (style:), which a strict style-src allows.
        let width = move |part: fn(&StateTally) -> usize| {
            let tally = counts.get();
            let counted = tally.total() - tally.cancelled;
            format!("{}%", part(&tally) * 100 / counted.max(1))
        };
        view! {
            <div class="dsii-progress" aria-hidden="true">
                <span class="dsii-progress__done" style:width=move || width(|tally| tally.done)></span>
                <span class="dsii-progress__overdue" style:width=move || width(|tally| tally.overdue)></span>
                <span class="dsii-progress__unchecked" style:width=move || width(|tally| tally.unchecked)></span>
            </div>
            <p class="dsii-line__meta">
                <span class="dsii-line__meta-label">{context.message(|m| m.milestones)} ": "</span>
                {move || milestone_tally(&counts.get(), language.get())}
            </p>
        }
    });
    view! {
        <li class="dsii-line" id=format!("dsii-line-{line}")>
            {custom(context.headings.tag(3)).class("dsii-line__title").child(view! {
                <button type="button" class="dsii-line__toggle"
                    aria-expanded=move || expanded.get().to_string()
                    aria-controls=panel_id.clone()
                    on:click=toggle>
                    <span class="dsii-line__chevron" aria-hidden="true"></span>
                    {context.text(&action_line.title)}
                </button>
            })}
            <StatusBadge status=action_line.status />
            <ChangeBadges item=ItemKind::ActionLine id=action_line.id.clone() />
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
