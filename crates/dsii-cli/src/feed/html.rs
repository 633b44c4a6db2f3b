//! The HTML of an entry's content: a paragraph, then the changes grouped as in the other
//! formats, each source a link when its URL is a safe http(s) one. Data is HTML-escaped
//! here; the XML writer escapes the whole again as the `<content type="html">` text.

use std::fmt::Write as _;

use dsii_core::changes::ChangeSet;
use dsii_core::model::Language;

use super::markup_escape::escape_markup;
use crate::diff_output::describe;
use crate::diff_output::markup_line::{change_line, Markup};
use dsii_core::model::link::is_invisible;

/// `text` safe as HTML text or a quoted attribute value, without invisible format
/// characters: a bidirectional override in a title must not reorder the rest of its item.
pub fn escape(text: &str) -> String {
    escape_markup(text, "&#39;", |c, escaped| {
        if !is_invisible(c) {
            escaped.push(c);
        }
    })
}

/// A paragraph of the entry's own words (no data in it needs escaping beyond `escape`).
pub fn paragraph(text: &str) -> String {
    format!("<p>{}</p>", escape(text))
}

/// The changes as a heading and a list per kind of item.
pub fn changes(set: &ChangeSet, language: Language) -> String {
    let mut html = String::new();
    for (item, changes) in describe::groups(set) {
        let _ = write!(
            html,
            "<h3>{}</h3><ul>",
            escape(describe::group_title(item, language))
        );
        for change in changes {
            let _ = write!(html, "<li>{}</li>", change_line::<Html>(change, language));
        }
        html.push_str("</ul>");
    }
    html
}

/// HTML's bold, links and escaping, for the change lines.
struct Html;

impl Markup for Html {
    fn escape(text: &str) -> String {
        escape(text)
    }

    fn strong(escaped: &str) -> String {
        format!("<strong>{escaped}</strong>")
    }

    fn link(escaped_title: &str, url: &str) -> String {
        format!("<a href=\"{}\">{escaped_title}</a>", escape(url))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsii_core::changes::{Change, ChangeKind, Cited, ItemKind};
    use dsii_core::model::{Source, Text};
    use std::sync::Arc;

    fn set_with(title: &str, url: &str) -> ChangeSet {
        ChangeSet {
            since: "2026-01-01".parse().unwrap(),
            until: "2026-02-01".parse().unwrap(),
            changes: vec![Change {
                item: ItemKind::ActionLine,
                id: "a".to_owned(),
                title: Arc::new(Text::Plain(title.to_owned())),
                kind: ChangeKind::Added,
                date: None,
                cited: Cited {
                    sources: vec![Arc::new(Source {
                        id: "s".to_owned(),
                        title: Text::Plain("Brief".to_owned()),
                        date: None,
                        url: Some(url.to_owned()),
                        reference: None,
                        kind: None,
                    })],
                    more: 0,
                },
            }],
        }
    }

    #[test]
    fn a_hostile_title_is_text_and_a_safe_source_a_link() {
        let html = changes(
            &set_with("<script>x</script> & 'q'", "https://e.org/?a=1&b=\"2\""),
            Language::En,
        );
        assert_eq!(
            html,
            "<h3>Action lines</h3><ul><li><strong>new</strong>: \
             &lt;script&gt;x&lt;/script&gt; &amp; &#39;q&#39; \
             (<a href=\"https://e.org/?a=1&amp;b=&quot;2&quot;\">Brief</a>)</li></ul>"
        );
    }

    #[test]
    fn a_source_with_another_scheme_is_not_a_link() {
        let html = changes(&set_with("x", "javascript:alert(1)"), Language::En);
        assert!(!html.contains("<a "), "{html}");
        assert!(html.contains("(Brief)"), "{html}");
    }
}
