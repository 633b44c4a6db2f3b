//! Take the data away: the filtered selection as CSV, the snapshot as JSON, and a link
//! to exactly this view.

use leptos::prelude::*;

use super::clipboard::copy_text;
use super::context::use_monitor;
use super::download::download_text;
use crate::embed_snippet::{iframe_snippet, script_snippet};
use crate::export::selection_csv;
use crate::model::link_target;

/// The snapshot URL as a download link: absolute http(s) or a path on this site.
fn snapshot_href(src: &str) -> Option<String> {
    let relative = !src.contains(':') && !src.starts_with("//");
    (relative || link_target(src).is_some()).then(|| src.to_owned())
}

#[component]
pub fn ExportPanel(snapshot_url: String) -> impl IntoView {
    let context = use_monitor();
    let (language, today, selection) = (context.language, context.today, context.selection);
    let prepared = context.prepared.clone();
    let file_stem = prepared.snapshot.id.clone();
    let download_csv = move |_| {
        let csv = selection
            .with(|selection| selection_csv(&prepared, selection, language.get(), today.get()));
        download_text(&format!("{file_stem}.csv"), "text/csv;charset=utf-8", &csv);
    };
    let copied = RwSignal::new(false);
    let link_copied = context.message(|m| m.link_copied);
    let link_context = context.clone();
    let copy_link = move |_| copy_text(&link_context.view_link(), copied);
    let json_link = snapshot_href(&snapshot_url).map(|href| {
        view! {
            <a class="dsii-button" href=href download="">{context.message(|m| m.download_json)}</a>
        }
    });
    let (state, base) = (context.state, context.base.clone());
    let title = context.prepared.snapshot.title.clone();
    let script = {
        let base = base.clone();
        move || state.with(|state| script_snippet(&base, state))
    };
    let iframe = move || {
        let language = language.get();
        let title = title.resolve(language).text.to_owned();
        state.with(|state| iframe_snippet(&base, state, &title))
    };
    view! {
        <section class="dsii-export" aria-labelledby="dsii-export-title">
            <h2 id="dsii-export-title" class="dsii-section-title">{context.message(|m| m.export)}</h2>
            <div class="dsii-export__actions">
                <button type="button" class="dsii-button" on:click=download_csv>
                    {context.message(|m| m.download_csv)}
                </button>
                {json_link}
                <button type="button" class="dsii-button" on:click=copy_link>
                    {context.message(|m| m.copy_link)}
                </button>
                <span role="status">{move || copied.get().then(link_copied)}</span>
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
