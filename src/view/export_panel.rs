//! Take the data away: the filtered selection as CSV, the snapshot as JSON, a link to
//! exactly this view, and the embed snippets for it. Buttons and snippets are regions
//! drawn by `dsii_render::export_panel`; the copy status stays in place for screen
//! readers.

use std::sync::Arc;

use leptos::html::{custom, Details, Div, Span};
use leptos::prelude::*;

use dsii_render::export_panel::{embed_snippets, export_buttons, Embedded, EXPORT_KEY};

use super::clipboard::copy_reporting;
use super::context::use_monitor;
use super::dom::closest_data;
use super::download::download_text;
use super::erased::on_click;
use super::fetched::use_fetched;
use super::region::use_controls;
use super::release_pins::fetch_release_pins;
use crate::export::selection_csv;
use crate::i18n::messages;

#[component]
pub fn ExportPanel(
    /// The snapshot as it arrived: downloaded from memory, so the button never
    /// navigates (a cross-origin link with `download` would, and in an iframe).
    json: Arc<str>,
) -> impl IntoView {
    let context = use_monitor();
    let (language, today, selection) = (context.language, context.today, context.selection);
    let status = NodeRef::<Span>::new();
    let export_context = context.clone();
    let export = move |event: web_sys::MouseEvent| {
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
                if let Some(status) = status.get_untracked() {
                    let language = language.get_untracked();
                    let copied = messages(language).link_copied;
                    copy_reporting(&export_context.view_link(), status.into(), copied, language);
                }
            }
            _ => {}
        }
    };
    let draw = context.clone();
    let buttons = use_controls::<Div>(move || export_buttons(&draw.scene(None, false)));
    let base = context.base.clone();
    let pins = {
        let base = base.clone();
        use_fetched(move || {
            let base = base.clone();
            Box::pin(async move { fetch_release_pins(&base).await })
        })
    };
    let (draw, state) = (context.clone(), context.state);
    let snippets = use_controls::<Details>(move || {
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
    view! {
        <section class="dsii-export" aria-labelledby="dsii-export-title">
            {custom(context.headings.tag(1)).id("dsii-export-title").class("dsii-section-title").child(context.message(|m| m.export))}
            <div class="dsii-export__actions">
                <div class="dsii-slot" node_ref=buttons on:click=on_click(export)></div>
                <span class="dsii-copy-status" role="status" node_ref=status></span>
            </div>
            <details class="dsii-embed" node_ref=snippets></details>
        </section>
    }
}
