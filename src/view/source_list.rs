//! Cited sources: links only for absolute http(s) URLs, always with their reference
//! and date so a reader can find them without the link.

use leptos::prelude::*;

use super::context::use_monitor;
use crate::model::link_target;

#[component]
pub fn SourceList(ids: Vec<String>) -> impl IntoView {
    let context = use_monitor();
    let language = context.language;
    let new_tab = context.message(|m| m.opens_in_new_tab);
    let items: Vec<_> = ids
        .iter()
        .filter_map(|id| {
            context
                .prepared
                .snapshot
                .sources
                .iter()
                .find(|source| &source.id == id)
        })
        .map(|source| {
            let title = context.text(&source.title);
            let title = match source.url.as_deref().and_then(link_target) {
                Some(url) => view! {
                    <a href=url.to_owned() target="_blank" rel="noopener noreferrer">
                        {title}
                        <span class="dsii-visually-hidden">" (" {new_tab} ")"</span>
                    </a>
                }
                .into_any(),
                None => view! { <span>{title}</span> }.into_any(),
            };
            let reference = source
                .reference
                .clone()
                .map(|reference| format!(", {reference}"));
            let date = source.date;
            view! {
                <li class="dsii-sources__item">
                    {title}
                    {reference}
                    {move || date.map(|date| format!(", {}", date.display(language.get())))}
                </li>
            }
        })
        .collect();
    view! { <ul class="dsii-sources">{items}</ul> }
}
