//! The key under the drawing: every state's mark, then what a dot, a bar and a
//! numbered box stand for. Each sample is drawn by the rules that draw the marks.

use dsii_core::i18n::{messages, state_label};
use dsii_core::progress::MilestoneState;

use crate::node::Node;
use crate::scene::Scene;

fn item(class: &str, sample: &str, label: &str) -> Node {
    Node::with_class("li", class)
        .child(
            Node::with_class("span", "dsii-mark__shape dsii-legend__sample")
                .attr("aria-hidden", "true")
                .text(sample),
        )
        .text(label)
}

pub fn legend(scene: &Scene) -> Vec<Node> {
    let (language, words) = (scene.language, messages(scene.language));
    let states = MilestoneState::ALL.map(|state| {
        item(
            &format!("dsii-legend__item dsii-mark--{}", state.as_str()),
            "",
            state_label(state, language),
        )
        .attr("data-state", state.as_str())
    });
    let shapes = [
        ("day", words.legend_day, ""),
        ("period", words.legend_period, ""),
        ("cluster", words.legend_cluster, "3"),
    ]
    .map(|(kind, label, sample)| {
        item(
            &format!("dsii-legend__item dsii-mark--pending dsii-legend__item--{kind}"),
            sample,
            label,
        )
        .attr("data-shape", kind)
    });
    vec![
        Node::with_class(scene.headings.tag(2), "dsii-legend__title")
            .attr("id", "dsii-legend-title")
            .text(words.legend),
        Node::with_class("ul", "dsii-legend__list")
            .attr("aria-labelledby", "dsii-legend-title")
            .children(states)
            .children(shapes),
    ]
}
