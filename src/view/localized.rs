//! Renders snapshot text as text (never HTML), marking its language when it differs
//! from the reader's.

use leptos::prelude::*;

use crate::model::{Language, Text};

/// A `<span>` holding the text in the reader's language, or a fallback with its own
/// `lang` attribute so screen readers pronounce it right.
pub fn localized(text: &Text, language: Language) -> impl IntoView {
    let resolved = text.resolve(language);
    let lang = resolved.foreign_lang(language).map(str::to_owned);
    let content = resolved.text.to_owned();
    view! { <span lang=lang>{content}</span> }
}
