//! The message a reader sees when the snapshot cannot be shown.

use leptos::prelude::*;

use super::load_error::LoadError;

#[component]
pub fn LoadErrorView(error: LoadError) -> impl IntoView {
    let detail = error.to_string();
    view! {
        <div class="dsii-error" role="alert">
            <p class="dsii-error__headline">{error.headline()}</p>
            <p class="dsii-error__detail">{detail}</p>
        </div>
    }
}
