//! One action line: status, owners, budget and milestone progress at a glance, and in
//! place on request its summary, milestones, notes, history, sources and a citation.
//! The toggle (`data-line-toggle`) and the copy button (`data-copy-cite`) carry the
//! line's index for the region's click handler.

use dsii_core::changes::ItemKind;
use dsii_core::export::citation;
use dsii_core::i18n::{format_eur, messages, milestone_tally, Messages};
use dsii_core::progress::StateTally;
use web_sys::Element;

use crate::badges::{change_badges, state_badge, status_badge};
use crate::node::{flag_value, replace_children, Node};
use crate::scene::Scene;
use crate::sources::source_list;
use crate::text::text_span;

/// A subsection heading in the details.
fn subtitle(scene: &Scene, title: fn(&Messages) -> &'static str) -> Node {
    Node::with_class(scene.headings.tag(4), "dsii-line__subtitle")
        .text(title(messages(scene.language)))
}

/// A subsection heading with its list; nothing at all when the list is empty.
fn titled_list(
    scene: &Scene,
    title: fn(&Messages) -> &'static str,
    class: &str,
    items: Vec<Node>,
) -> Vec<Node> {
    match items.is_empty() {
        true => Vec::new(),
        false => vec![
            subtitle(scene, title),
            Node::with_class("ul", class).children(items),
        ],
    }
}

/// "Label: value" under the line's title.
fn meta(label: &str, value: &str) -> Node {
    Node::with_class("p", "dsii-line__meta")
        .child(Node::with_class("span", "dsii-line__meta-label").text(&format!("{label}: ")))
        .text(value)
}

/// What the details panel holds; `view_link` is what the citation links to.
fn details(scene: &Scene, line: usize, view_link: &str) -> Vec<Node> {
    let (prepared, language) = (scene.prepared, scene.language);
    let snapshot = &prepared.snapshot;
    let action_line = &snapshot.action_lines[line];
    let summary = action_line
        .summary
        .as_ref()
        .map(|summary| Node::with_class("p", "dsii-line__summary").localized(summary, language));
    let milestones = prepared
        .line_milestones(line)
        .iter()
        .map(|&index| {
            let milestone = &snapshot.milestones[index];
            let state = prepared.milestone_state(index, scene.today);
            let note = milestone.note.as_ref().map(|note| {
                Node::with_class("span", "dsii-line__note")
                    .text(" — ")
                    .child(text_span(note, language))
            });
            Node::with_class("li", "dsii-line__milestone")
                .child(
                    Node::with_class("span", "dsii-date").text(&milestone.date.display(language)),
                )
                .text(" ")
                .child(text_span(&milestone.title, language))
                .text(" ")
                .child(state_badge(
                    state,
                    prepared.milestone_checked(index),
                    language,
                ))
                .children(note)
        })
        .collect();
    let notes = action_line.notes.as_ref().map(|notes| {
        [
            subtitle(scene, |m| m.notes),
            Node::with_class("p", "dsii-line__notes").localized(notes, language),
        ]
    });
    let history = action_line
        .history
        .iter()
        .map(|entry| {
            let note = entry.note.as_ref().map(|note| {
                Node::new("span")
                    .text(" — ")
                    .child(text_span(note, language))
            });
            Node::new("li")
                .child(Node::with_class("span", "dsii-date").text(&entry.date.display(language)))
                .text(" ")
                .child(status_badge(entry.status, language))
                .children(note)
        })
        .collect();
    let words = messages(language);
    summary
        .into_iter()
        .chain(titled_list(
            scene,
            |m| m.milestones,
            "dsii-line__milestones",
            milestones,
        ))
        .chain(notes.into_iter().flatten())
        .chain(titled_list(
            scene,
            |m| m.history,
            "dsii-line__history",
            history,
        ))
        .chain([
            subtitle(scene, |m| m.sources),
            source_list(prepared, &action_line.sources, language),
            subtitle(scene, |m| m.cite),
            Node::with_class("p", "dsii-line__cite")
                .text(&citation(prepared, line, language, view_link)),
            Node::with_class("button", "dsii-button dsii-button--small")
                .attr("type", "button")
                .attr("data-copy-cite", &line.to_string())
                .text(words.cite),
            Node::with_class("span", "dsii-copy-status").attr("role", "status"),
        ])
        .collect()
}

/// The bar and the words for the line's milestones; nothing for a line without any.
fn progress(scene: &Scene, line: usize) -> Vec<Node> {
    let prepared = scene.prepared;
    let milestones = prepared.line_milestones(line);
    if milestones.is_empty() {
        return Vec::new();
    }
    let tally = StateTally::of(
        milestones
            .iter()
            .map(|&index| prepared.milestone_state(index, scene.today)),
    );
    let counted = (tally.total() - tally.cancelled).max(1);
    let part = |class: &str, count: usize| {
        Node::with_class("span", class).style("width", &format!("{}%", count * 100 / counted))
    };
    vec![
        Node::with_class("div", "dsii-progress")
            .attr("aria-hidden", "true")
            .child(part("dsii-progress__done", tally.done))
            .child(part("dsii-progress__overdue", tally.overdue))
            .child(part("dsii-progress__unchecked", tally.unchecked)),
        meta(
            messages(scene.language).milestones,
            &milestone_tally(&tally, scene.language),
        ),
    ]
}

/// The card; its details are drawn when `open`.
pub fn action_line_card(scene: &Scene, line: usize, open: bool, view_link: &str) -> Node {
    let (prepared, language) = (scene.prepared, scene.language);
    let action_line = &prepared.snapshot.action_lines[line];
    let words = messages(language);
    let panel_id = format!("dsii-line-{line}-details");
    let owners = (!action_line.owners.is_empty())
        .then(|| meta(words.owners, &action_line.owners.join(", ")));
    let budget = (!action_line.budget.is_empty()).then(|| {
        let total: u64 = action_line.budget.iter().map(|item| item.amount_eur).sum();
        meta(words.budget, &format_eur(total, language))
    });
    let panel = Node::with_class("div", "dsii-line__details").attr("id", &panel_id);
    let panel = match open {
        true => panel.children(details(scene, line, view_link)),
        false => panel.attr("hidden", ""),
    };
    Node::with_class("li", "dsii-line")
        .attr("id", &format!("dsii-line-{line}"))
        .child(
            Node::with_class(scene.headings.tag(3), "dsii-line__title").child(
                Node::with_class("button", "dsii-line__toggle")
                    .attr("type", "button")
                    .flag("aria-expanded", open)
                    .attr("aria-controls", &panel_id)
                    .attr("data-line-toggle", &line.to_string())
                    .child(
                        Node::with_class("span", "dsii-line__chevron").attr("aria-hidden", "true"),
                    )
                    .child(text_span(&action_line.title, language)),
            ),
        )
        .child(status_badge(action_line.status, language))
        .child(change_badges(scene, ItemKind::ActionLine, line))
        .children(owners)
        .children(budget)
        .children(progress(scene, line))
        .child(panel)
}

/// Opens or closes a drawn card in place: the toggle stays the same element, so a
/// screen reader hears its new state and focus stays on it.
pub fn set_line_open(region: &Element, scene: &Scene, line: usize, open: bool, view_link: &str) {
    let find = |selector: String| region.query_selector(&selector).ok().flatten();
    let (Some(toggle), Some(panel)) = (
        find(format!("#dsii-line-{line} .dsii-line__toggle")),
        find(format!("#dsii-line-{line}-details")),
    ) else {
        return;
    };
    let _ = toggle.set_attribute("aria-expanded", flag_value(open));
    let _ = panel.toggle_attribute_with_force("hidden", !open);
    let content = match open {
        true => details(scene, line, view_link),
        false => Vec::new(),
    };
    replace_children(&panel, &["data-copy-cite"], content);
}
