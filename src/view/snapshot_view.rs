//! A loaded snapshot: its title, its date and its pillars.

use leptos::prelude::*;

use super::localized::localized;
use crate::model::{fuzzy_date::format_day, Language, Pillar, Snapshot};
use crate::validate::ValidSnapshot;

fn pillar_card(
    pillar: &Pillar,
    snapshot: &Snapshot,
    language: Language,
    fallback: Language,
) -> impl IntoView {
    let lines: Vec<_> = snapshot
        .action_lines
        .iter()
        .filter(|line| line.pillar == pillar.id)
        .map(|line| {
            let status = line.status.as_str();
            view! {
                <li class="dsii-line">
                    {localized(&line.title, language, fallback)}
                    " "
                    <span class=format!("dsii-badge dsii-badge--{status}")>{status}</span>
                </li>
            }
        })
        .collect();
    view! {
        <section class="dsii-pillar" aria-label=pillar.title.resolve(language, fallback).text.to_owned()>
            <h2 class="dsii-pillar__title">{localized(&pillar.title, language, fallback)}</h2>
            <ul class="dsii-pillar__lines">{lines}</ul>
        </section>
    }
}

#[component]
pub fn SnapshotView(valid: ValidSnapshot) -> impl IntoView {
    let snapshot = valid.snapshot;
    let language = snapshot
        .default_language
        .as_deref()
        .and_then(Language::from_tag)
        .unwrap_or_default();
    let fallback = Language::ALL
        .into_iter()
        .find(|&other| other != language)
        .unwrap_or_default();
    let pillars: Vec<_> = snapshot
        .pillars
        .iter()
        .map(|pillar| pillar_card(pillar, &snapshot, language, fallback))
        .collect();
    view! {
        <article class="dsii-snapshot" lang=language.tag()>
            <header class="dsii-header">
                <h1 class="dsii-header__title">{localized(&snapshot.title, language, fallback)}</h1>
                <p class="dsii-header__as-of">"Data as of " {format_day(snapshot.as_of, Language::En)}</p>
            </header>
            <div class="dsii-pillars">{pillars}</div>
        </article>
    }
}
