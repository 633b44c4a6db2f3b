//! The validation's remarks, folded, for whoever wants them. Remarks beyond a bound are
//! counted, not listed: a hostile document can carry millions.

use dsii_core::i18n::{messages, more_remarks};

use crate::node::Node;
use crate::scene::Scene;

const SHOWN_WARNINGS: usize = 50;

/// The summary and the list inside the remarks' `<details>`.
pub fn data_warnings(scene: &Scene) -> Vec<Node> {
    let prepared = scene.prepared;
    let (warnings, omitted) = (&prepared.warnings, prepared.warnings_omitted);
    let count = warnings.len() + omitted;
    let items = warnings
        .iter()
        .take(SHOWN_WARNINGS)
        .map(|warning| Node::new("li").text(&warning.to_string()));
    let rest = count - warnings.len().min(SHOWN_WARNINGS);
    let more = (rest > 0).then(|| Node::new("p").text(&more_remarks(rest, scene.language)));
    [
        Node::new("summary").text(&format!(
            "{} ({count})",
            messages(scene.language).data_warnings
        )),
        Node::new("ul").children(items),
    ]
    .into_iter()
    .chain(more)
    .collect()
}
