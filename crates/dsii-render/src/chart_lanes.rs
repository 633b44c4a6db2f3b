//! The drawing's lanes: a lane per pillar (or per action line inside a chosen pillar)
//! and one mark per milestone over the interval its date covers; crowded stretches
//! are one mark with a count. Marks carry their place (`data-mark`, "lane.mark") for
//! the drawing's one click handler.

use dsii_core::chart::{Axis, Lane, LaneKey, Mark};
use dsii_core::i18n::{count_milestones, milestone_tally, state_label};

use crate::node::Node;
use crate::scene::Scene;

/// A non-negative number to three decimals, printed as integers: float printing would
/// cost the wasm its code.
fn decimal(value: f64) -> String {
    let thousandths = (value.max(0.0) * 1000.0).round() as u64;
    format!("{}.{:03}", thousandths / 1000, thousandths % 1000)
}

/// A share of the axis as a CSS length of the drawing's width, to a thousandth of a
/// percent.
pub fn percent(share: f64) -> String {
    format!("{}%", decimal(share.clamp(0.0, 1.0) * 100.0))
}

fn lane_title<'a>(scene: &Scene<'a>, key: LaneKey) -> &'a str {
    let snapshot = &scene.prepared.snapshot;
    let title = match key {
        LaneKey::Pillar(index) => &snapshot.pillars[index].title,
        LaneKey::ActionLine(index) => &snapshot.action_lines[index].title,
    };
    title.resolve(scene.language).text
}

/// What a mark says to a screen reader.
fn mark_label(scene: &Scene, mark: &Mark) -> String {
    let language = scene.language;
    let milestones = &scene.prepared.snapshot.milestones;
    match mark.milestones.as_slice() {
        [index] => {
            let milestone = &milestones[*index];
            format!(
                "{}: {} ({})",
                milestone.date.display(language),
                milestone.title.resolve(language).text,
                state_label(mark.state(), language).to_ascii_lowercase()
            )
        }
        members => {
            let date = |index: Option<&usize>| {
                index
                    .map(|&i| milestones[i].date.display(language))
                    .unwrap_or_default()
            };
            format!(
                "{} ({} – {}): {}",
                count_milestones(members.len(), language),
                date(members.first()),
                date(members.last()),
                milestone_tally(&mark.tally, language)
            )
        }
    }
}

/// One lane, drawn once per change of the filters or language. Marks carry their
/// place (`lane.mark`) for the one click handler on the drawing.
pub fn lane_node(scene: &Scene, lane_index: usize, lane: &Lane) -> Node {
    let marks = lane.marks.iter().enumerate().map(|(mark_index, mark)| {
        let kind = if mark.is_cluster() {
            "cluster"
        } else {
            "single"
        };
        let shape = Node::with_class("span", "dsii-mark__shape").attr("aria-hidden", "true");
        let shape = match mark.is_cluster() {
            true => shape.text(&mark.milestones.len().to_string()),
            false => shape,
        };
        Node::with_class(
            "button",
            &format!(
                "dsii-mark dsii-mark--{} dsii-mark--{kind}",
                mark.state().as_str()
            ),
        )
        .attr("type", "button")
        .attr("data-mark", &format!("{lane_index}.{mark_index}"))
        .attr("aria-label", &mark_label(scene, mark))
        .style("left", &percent(mark.from))
        .style("width", &percent(mark.width))
        .style("--dsii-row", &mark.row.to_string())
        .style("--dsii-covered", &decimal(mark.covered))
        .child(shape)
    });
    Node::with_class("li", "dsii-lane")
        .style("--dsii-rows", &lane.rows.to_string())
        .child(Node::with_class("p", "dsii-lane__title").text(lane_title(scene, lane.key)))
        .child(Node::with_class("div", "dsii-lane__track").children(marks))
}

/// The axis's year labels, each at its place.
pub fn year_ticks(axis: &Axis) -> Vec<Node> {
    axis.year_ticks()
        .map(|(year, share)| {
            let year = year.to_string();
            Node::with_class("span", "dsii-chart__tick")
                .attr("data-year", &year)
                .style("left", &percent(share))
                .text(&year)
        })
        .collect()
}
