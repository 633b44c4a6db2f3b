//! Taking the data away: the export buttons (`data-export`: `csv`, `json` or `link`)
//! and the embed snippets for this exact view.

use dsii_core::embed_snippet::{iframe_snippet, script_snippet};
use dsii_core::i18n::messages;
use dsii_core::release_pins::ReleasePins;
use dsii_core::view_state::ViewState;

use crate::node::Node;
use crate::scene::Scene;

/// On an export button: what it exports.
pub const EXPORT_KEY: &str = "data-export";

pub fn export_buttons(scene: &Scene) -> Vec<Node> {
    let words = messages(scene.language);
    [
        ("csv", words.download_csv),
        ("json", words.download_json),
        ("link", words.copy_link),
    ]
    .into_iter()
    .map(|(export, label)| {
        Node::with_class("button", "dsii-button")
            .attr("type", "button")
            .attr(EXPORT_KEY, export)
            .text(label)
    })
    .collect()
}

/// What the embed snippets embed: the widget's folder URL, the view, and the release's
/// integrity values when they are known.
pub struct Embedded<'a> {
    pub base: &'a str,
    pub state: &'a ViewState,
    pub pins: Option<&'a ReleasePins>,
}

/// The content of the embed snippets' `<details>`.
pub fn embed_snippets(scene: &Scene, embedded: &Embedded) -> Vec<Node> {
    let words = messages(scene.language);
    let title = scene.prepared.snapshot.title.resolve(scene.language).text;
    let code = |snippet: String| {
        Node::with_class("pre", "dsii-embed__code").child(Node::new("code").text(&snippet))
    };
    let Embedded { base, state, pins } = *embedded;
    vec![
        Node::new("summary").text(words.embed),
        Node::new("p").text(words.embed_script),
        code(script_snippet(base, state, title, pins)),
        Node::new("p").text(words.embed_iframe),
        code(iframe_snippet(base, state, title, pins)),
    ]
}
