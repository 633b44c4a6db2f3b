//! What a reader sees when the snapshot cannot be shown: a plain message, a retry when
//! one could help, and the technical detail on request.

use leptos::prelude::*;

use super::erased::on_click;
use super::load_error::LoadError;
use crate::i18n::messages;
use crate::model::Language;

#[component]
pub fn LoadErrorView(
    error: LoadError,
    #[prop(into)] language: Signal<Language>,
    #[prop(optional)] on_retry: Option<Callback<()>>,
) -> impl IntoView {
    let details: Vec<String> = match &error {
        LoadError::Invalid(invalid) => invalid
            .diagnostics()
            .iter()
            .map(ToString::to_string)
            .collect(),
        other => vec![other.to_string()],
    };
    let headline_error = error.clone();
    // A refusal by the rules ends the same way every time: no retry is offered.
    let retry = on_retry.filter(|_| error.may_pass_on_retry()).map(|retry| {
        view! {
            <button type="button" class="dsii-button" on:click=on_click(move |_| retry.run(()))>
                {move || messages(language.get()).retry}
            </button>
        }
    });
    view! {
        <div class="dsii-error" role="alert">
            <p class="dsii-error__headline">{move || headline_error.headline(messages(language.get()))}</p>
            {retry}
            <details class="dsii-error__details">
                <summary>{move || messages(language.get()).technical_details}</summary>
                <ul class="dsii-error__list">
                    {details.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                </ul>
            </details>
        </div>
    }
}
