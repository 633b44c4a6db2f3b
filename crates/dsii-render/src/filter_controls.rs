//! The filter panel's controls that each set one value: status toggles with their live
//! counts, the pillar choice, the "only" checks, the view and the language. Each names
//! what it sets by a `data-` attribute holding a position in the list it chooses from;
//! the search field and the result count stay with the view, which keeps them in place
//! while a reader types and a screen reader listens.

use dsii_core::filter::Filter;
use dsii_core::i18n::{messages, status_label};
use dsii_core::model::{ActionLineStatus, Language};
use dsii_core::progress::MilestoneState;
use dsii_core::view_state::ViewMode;

use crate::icons::status_icon;
use crate::node::Node;
use crate::scene::Scene;

/// On a status toggle: its position in [`ActionLineStatus::ALL`].
pub const STATUS_KEY: &str = "data-status-toggle";
/// On the pillar `<select>`, whose option values are pillar ids ("" for all).
pub const PILLAR_KEY: &str = "data-pillar-choice";
/// On an "only" checkbox: its position in [`ONLY_STATES`].
pub const ONLY_KEY: &str = "data-only";
/// On a view choice: its position in [`ViewMode::ALL`].
pub const VIEW_KEY: &str = "data-view-choice";
/// On a language choice: its position in [`Language::ALL`].
pub const LANGUAGE_KEY: &str = "data-language-choice";

/// The states a reader can show alone, in the order of their checkboxes.
pub const ONLY_STATES: [MilestoneState; 2] = [MilestoneState::Overdue, MilestoneState::Unchecked];

/// The status toggles, each with how many action lines it would show.
pub fn status_toggles(
    scene: &Scene,
    filter: &Filter,
    counts: &[(ActionLineStatus, usize)],
) -> Vec<Node> {
    ActionLineStatus::ALL
        .iter()
        .enumerate()
        .map(|(index, &status)| {
            let count = counts
                .iter()
                .find(|(counted, _)| *counted == status)
                .map_or(0, |(_, count)| *count);
            let class = format!("dsii-toggle dsii-toggle--{}", status.as_str());
            Node::with_class("button", &class)
                .flag("aria-pressed", filter.statuses.contains(status))
                .attr("type", "button")
                .attr(STATUS_KEY, &index.to_string())
                .child(
                    Node::new("span")
                        .attr("aria-hidden", "true")
                        .text(&format!("{} ", status_icon(status))),
                )
                .text(status_label(status, scene.language))
                .text(" ")
                .child(Node::with_class("span", "dsii-toggle__count").text(&format!("({count})")))
        })
        .collect()
}

/// The pillar choice and the "only" checks.
pub fn pillar_and_checks(scene: &Scene, filter: &Filter) -> Vec<Node> {
    let (language, words) = (scene.language, messages(scene.language));
    let option = |value: &str, selected: bool| {
        Node::new("option")
            .attr("value", value)
            .attr_if("selected", selected.then_some(""))
    };
    let all = option("", filter.pillar.is_none()).text(words.all_pillars);
    let pillars = scene.prepared.snapshot.pillars.iter().map(|pillar| {
        option(
            &pillar.id,
            filter.pillar.as_deref() == Some(pillar.id.as_str()),
        )
        .localized(&pillar.title, language)
    });
    let select = Node::with_class("select", "dsii-select")
        .attr(PILLAR_KEY, "")
        .child(all)
        .children(pillars);
    let pillar = Node::with_class("label", "dsii-filters__field")
        .child(Node::with_class("span", "dsii-filters__label").text(words.pillar))
        .child(select);
    let checks = ONLY_STATES.iter().enumerate().map(|(index, &state)| {
        let label = match state {
            MilestoneState::Overdue => words.overdue_only,
            _ => words.unchecked_only,
        };
        let input = Node::new("input")
            .attr("type", "checkbox")
            .attr(ONLY_KEY, &index.to_string())
            .attr_if("checked", filter.only(state).then_some(""));
        Node::with_class("label", "dsii-filters__check")
            .child(input)
            .text(label)
    });
    std::iter::once(pillar).chain(checks).collect()
}

/// A group of buttons of which one is pressed.
fn choices<'a>(
    legend: &str,
    key: &str,
    labelled: impl Iterator<Item = (&'a str, Option<&'a str>, bool)>,
) -> Node {
    let buttons = labelled.enumerate().map(|(index, (label, lang, chosen))| {
        Node::with_class("button", "dsii-choice")
            .flag("aria-pressed", chosen)
            .attr("type", "button")
            .attr(key, &index.to_string())
            .attr_if("lang", lang)
            .text(label)
    });
    Node::with_class("fieldset", "dsii-filters__group")
        .child(Node::new("legend").text(legend))
        .child(Node::with_class("div", "dsii-filters__choices").children(buttons))
}

/// The view and language choices.
pub fn view_and_language(scene: &Scene, view: ViewMode) -> Vec<Node> {
    let words = messages(scene.language);
    let views = ViewMode::ALL.iter().map(|&mode| {
        let label = match mode {
            ViewMode::Both => words.view_both,
            ViewMode::Cards => words.view_cards,
            ViewMode::Timeline => words.view_timeline,
            ViewMode::Changes => words.view_changes,
        };
        (label, None, mode == view)
    });
    let languages = Language::ALL.iter().map(|&language| {
        let name = match language {
            Language::Nl => "Nederlands",
            Language::En => "English",
        };
        (name, Some(language.tag()), language == scene.language)
    });
    vec![
        choices(words.view, VIEW_KEY, views),
        choices(words.language, LANGUAGE_KEY, languages),
    ]
}
