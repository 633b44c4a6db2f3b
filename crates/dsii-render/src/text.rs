//! Snapshot text goes in as text, never HTML, and an element whose text is not in the
//! reader's language says its own, so screen readers pronounce it right.

use dsii_core::model::{Language, Text};

use crate::node::Node;

impl Node {
    /// Appends `text` in the reader's language, or its fallback with its `lang`.
    pub fn localized(self, text: &Text, language: Language) -> Self {
        let resolved = text.resolve(language);
        self.attr_if("lang", resolved.foreign_lang(language))
            .text(resolved.text)
    }
}

/// `<span>` holding a snapshot text, for text beside other content.
pub fn text_span(text: &Text, language: Language) -> Node {
    Node::new("span").localized(text, language)
}
