//! Copy-paste snippets that embed the current view on another site.

use crate::view_state::ViewState;

/// Escapes text for an HTML attribute value in double quotes.
fn attribute(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The script embed: a placeholder whose data attributes carry the view, and the
/// module that turns it into a widget there and nowhere else (`data-dsii-root`, which
/// user content on the host page cannot forge). Inside the placeholder, a link to the
/// full monitor with the same view, titled `title`: what readers get where scripts do
/// not run or the widget cannot start. `base` is the widget's folder URL, ending in `/`.
pub fn script_snippet(base: &str, state: &ViewState, title: &str) -> String {
    let query = state.to_query();
    let settings: String = form_urlencoded::parse(query.as_bytes())
        .map(|(key, value)| format!(" data-{key}=\"{}\"", attribute(&value)))
        .collect();
    let separator = if query.is_empty() { "" } else { "?" };
    format!(
        "<div id=\"dsii-monitor\" data-dsii-monitor{settings}><a href=\"{base}{separator}{query}\">{title}</a></div>\n<script type=\"module\" src=\"{base}embed.js\" data-dsii-root=\"#dsii-monitor\"></script>",
        base = attribute(base),
        query = attribute(&query),
        title = attribute(title),
    )
}

/// The iframe embed, with the optional host script that fits its height to the content.
/// `clipboard-write` lets the copy buttons work inside the frame.
pub fn iframe_snippet(base: &str, state: &ViewState, title: &str) -> String {
    let query = state.to_query();
    let separator = if query.is_empty() { "" } else { "?" };
    format!(
        "<iframe data-dsii-frame src=\"{base}embed.html{separator}{query}\" title=\"{title}\" width=\"100%\" height=\"900\" style=\"border:0\" loading=\"lazy\" allow=\"clipboard-write\"></iframe>\n<script type=\"module\" src=\"{base}frame-host.js\"></script>",
        base = attribute(base),
        query = attribute(&query),
        title = attribute(title),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_snippet_carries_the_view_as_data_attributes() {
        let state = ViewState::from_query("lang=en&status=delayed,planned&q=a\"b<c");
        assert_eq!(
            script_snippet("https://example.org/monitor/", &state, "D-SII <monitor>"),
            "<div id=\"dsii-monitor\" data-dsii-monitor data-lang=\"en\" data-status=\"planned,delayed\" data-q=\"a&quot;b&lt;c\">\
             <a href=\"https://example.org/monitor/?lang=en&amp;status=planned%2Cdelayed&amp;q=a%22b%3Cc\">D-SII &lt;monitor&gt;</a></div>\n\
             <script type=\"module\" src=\"https://example.org/monitor/embed.js\" data-dsii-root=\"#dsii-monitor\"></script>"
        );
    }

    #[test]
    fn the_iframe_snippet_links_the_embed_page_with_the_view() {
        let state = ViewState::from_query("view=timeline&pillar=slim");
        let snippet = iframe_snippet("https://example.org/m/", &state, "D-SII \"monitor\"");
        assert!(snippet.starts_with(
            "<iframe data-dsii-frame src=\"https://example.org/m/embed.html?view=timeline&amp;pillar=slim\" title=\"D-SII &quot;monitor&quot;\""
        ));
        assert!(snippet.contains(" allow=\"clipboard-write\"></iframe>"));
        assert!(snippet.ends_with(
            "<script type=\"module\" src=\"https://example.org/m/frame-host.js\"></script>"
        ));
    }
}
