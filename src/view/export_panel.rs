//! Take the data away: the filtered selection as CSV, the snapshot as JSON, and a link
//! to exactly this view.

use leptos::html::{custom, Span};
use leptos::prelude::*;

use std::sync::Arc;

use super::clipboard::copy_reporting;
use super::context::use_monitor;
use super::download::download_text;
use super::erased::on_click;
use super::fetched::use_fetched;
use super::release_pins::fetch_release_pins;
use crate::embed_snippet::{iframe_snippet, script_snippet};
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
    let prepared = context.prepared.clone();
    let file_stem = prepared.snapshot.id.clone();
    let json_file = format!("{file_stem}.json");
    let download_csv = move |_| {
        let csv = selection
            .with(|selection| selection_csv(&prepared, selection, language.get(), today.get()));
        download_text(&format!("{file_stem}.csv"), "text/csv;charset=utf-8", &csv);
    };
    let download_json = move |_| download_text(&json_file, "application/json;charset=utf-8", &json);
    let status = NodeRef::<Span>::new();
    let link_context = context.clone();
    let copy_link = move |_| {
        if let Some(status) = status.get_untracked() {
            let language = language.get_untracked();
            let copied = messages(language).link_copied;
            copy_reporting(&link_context.view_link(), status.into(), copied, language);
        }
    };
    let (state, base) = (context.state, context.base.clone());
    let pins = {
        let base = base.clone();
        use_fetched(move || {
            let base = base.clone();
            Box::pin(async move { fetch_release_pins(&base).await })
        })
    };
    let title = context.prepared.snapshot.title.clone();
    let script = {
        let (base, title) = (base.clone(), title.clone());
        move || {
            let title = title.resolve(language.get()).text.to_owned();
            let pins = pins.get().flatten();
            state.with(|state| script_snippet(&base, state, &title, pins.as_ref()))
        }
    };
    let iframe = move || {
        let language = language.get();
        let title = title.resolve(language).text.to_owned();
        let pins = pins.get().flatten();
        state.with(|state| iframe_snippet(&base, state, &title, pins.as_ref()))
    };
    view! {
        <section class="dsii-export" aria-labelledby="dsii-export-title">
            {custom(context.headings.tag(1)).id("dsii-export-title").class("dsii-section-title").child(context.message(|m| m.export))}
            <div class="dsii-export__actions">
                <button type="button" class="dsii-button" on:click=on_click(download_csv)>
                    {context.message(|m| m.download_csv)}
                </button>
                <button type="button" class="dsii-button" on:click=on_click(download_json)>
                    {context.message(|m| m.download_json)}
                </button>
                <button type="button" class="dsii-button" on:click=on_click(copy_link)>
                    {context.message(|m| m.copy_link)}
                </button>
                <span class="dsii-copy-status" role="status" node_ref=status></span>
            </div>
            <details class="dsii-embed">
                <summary>{context.message(|m| m.embed)}</summary>
                <p>{context.message(|m| m.embed_script)}</p>
                <pre class="dsii-embed__code"><code>{script}</code></pre>
                <p>{context.message(|m| m.embed_iframe)}</p>
                <pre class="dsii-embed__code"><code>{iframe}</code></pre>
            </details>
        </section>
    }
}
