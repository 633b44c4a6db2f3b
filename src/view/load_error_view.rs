//! What a reader sees when the snapshot cannot be shown: a plain message, a retry when
//! one could help, and the technical detail on request.

use leptos::prelude::*;

use dsii_render::Node;

use super::bind::bind_text;
use super::listen::on;
use super::load_error::LoadError;
use crate::i18n::{messages, Messages};
use crate::model::Language;

/// An interface string in the language `language` gives.
fn said(node: &Node, language: Signal<Language>, pick: fn(&Messages) -> &'static str) {
    bind_text(node, move || pick(messages(language.get())));
}

/// `retry`, when given, is offered where trying again could help.
pub fn load_error_view(
    error: LoadError,
    language: Signal<Language>,
    retry: Option<Box<dyn Fn()>>,
) -> Node {
    let details: Vec<String> = match &error {
        LoadError::Invalid(invalid) => invalid
            .diagnostics()
            .iter()
            .map(ToString::to_string)
            .collect(),
        other => vec![other.to_string()],
    };
    let headline = Node::with_class("p", "dsii-error__headline");
    // A refusal by the rules ends the same way every time: no retry is offered.
    let retry = retry.filter(|_| error.may_pass_on_retry()).map(|retry| {
        let button = Node::with_class("button", "dsii-button").attr("type", "button");
        said(&button, language, |m| m.retry);
        on(&button, "click", move |_| retry());
        button
    });
    bind_text(&headline, move || error.headline(messages(language.get())));
    let summary = Node::new("summary");
    said(&summary, language, |m| m.technical_details);
    let list = Node::with_class("ul", "dsii-error__list")
        .children(details.iter().map(|line| Node::new("li").text(line)));
    let alert = Node::with_class("div", "dsii-error")
        .attr("role", "alert")
        .child(headline);
    let alert = match retry {
        Some(retry) => alert.child(retry),
        None => alert,
    };
    alert.child(
        Node::with_class("details", "dsii-error__details")
            .child(summary)
            .child(list),
    )
}
