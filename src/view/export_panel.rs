//! Take the data away: the filtered selection as CSV, the snapshot as JSON, a link to
//! exactly this view, and the embed snippets for it. Buttons and snippets are regions
//! drawn by `dsii_render::export_panel`; the copy status stays in place for screen
//! readers.

use std::sync::Arc;

use leptos::prelude::*;

use dsii_render::export_panel::{embed_snippets, export_buttons, Embedded, EXPORT_KEY};
use dsii_render::Node;

use super::clipboard::copy_reporting;
use super::context::MonitorContext;
use super::dom::closest_data;
use super::download::download_text;
use super::fetched::use_fetched;
use super::listen::on;
use super::region::controls;
use super::release_pins::fetch_release_pins;
use crate::export::selection_csv;
use crate::i18n::messages;

/// `json`: the snapshot as it arrived, downloaded from memory, so the button never
/// navigates (a cross-origin link with `download` would, and in an iframe).
pub fn export_panel(context: &MonitorContext, json: Arc<str>) -> Node {
    let (language, today, selection) = (context.language, context.today, context.selection);
    let status = Node::with_class("span", "dsii-copy-status").attr("role", "status");
    let status_element = status.element();
    let export_context = context.clone();
    let buttons = Node::with_class("div", "dsii-slot");
    on(&buttons, "click", move |event| {
        let prepared = &export_context.prepared;
        let file_stem = &prepared.snapshot.id;
        match closest_data(&event, EXPORT_KEY).as_deref() {
            Some("csv") => {
                let csv = selection.with(|selection| {
                    selection_csv(prepared, selection, language.get(), today.get())
                });
                download_text(&format!("{file_stem}.csv"), "text/csv;charset=utf-8", &csv);
            }
            Some("json") => download_text(
                &format!("{file_stem}.json"),
                "application/json;charset=utf-8",
                &json,
            ),
            Some("link") => {
                if let Some(status) = status_element.clone() {
                    let language = language.get_untracked();
                    let copied = messages(language).link_copied;
                    copy_reporting(&export_context.view_link(), status, copied, language);
                }
            }
            _ => {}
        }
    });
    let draw = context.clone();
    controls(&buttons, move || export_buttons(&draw.scene(None, false)));
    let base = context.base.clone();
    let pins = {
        let base = base.clone();
        use_fetched(move || {
            let base = base.clone();
            Box::pin(async move { fetch_release_pins(&base).await })
        })
    };
    let (draw, state) = (context.clone(), context.state);
    let snippets = Node::with_class("details", "dsii-embed");
    controls(&snippets, move || {
        let pins = pins.get().flatten();
        state.with(|state| {
            let embedded = Embedded {
                base: &base,
                state,
                pins: pins.as_ref(),
            };
            embed_snippets(&draw.scene(None, false), &embedded)
        })
    });
    let title = ("dsii-export-title", "dsii-section-title");
    context
        .section("dsii-export", title, |m| m.export)
        .child(
            Node::with_class("div", "dsii-export__actions")
                .child(buttons)
                .child(status),
        )
        .child(snippets)
}
