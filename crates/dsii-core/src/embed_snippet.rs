//! Copy-paste snippets that embed the current view on another site.

use crate::release_pins::ReleasePins;
use crate::view_state::ViewState;

/// Escapes text for an HTML attribute value in double quotes.
fn attribute(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// ` integrity="…" crossorigin="anonymous"` for a script pinned by `pin`; nothing
/// without one (a build that did not describe itself).
fn pinned(pin: Option<&str>) -> String {
    pin.map(|pin| {
        format!(
            " integrity=\"{}\" crossorigin=\"anonymous\"",
            attribute(pin)
        )
    })
    .unwrap_or_default()
}

/// The origin of an absolute http(s) URL, as written (`https://data.example.org`).
fn origin_of(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    Some(&url[..url.len() - rest.len() + host_end])
}

/// The picture of the bundled snapshot's glance that every release ships (`dsii render`).
pub const PREVIEW_PICTURE: &str = "data/preview.png";

/// The picture, for a link to the bundled snapshot; lazy, so a mounted widget (whose
/// shadow root hides it) never loads it.
fn picture(base: &str, state: &ViewState) -> String {
    match state.src {
        Some(_) => String::new(),
        None => format!(
            "<img src=\"{base}{PREVIEW_PICTURE}\" alt=\"\" loading=\"lazy\" style=\"display:block;max-width:100%;height:auto\">"
        ),
    }
}

/// The script embed: a placeholder whose data attributes carry the view, and the
/// module that turns it into a widget there and nowhere else (`data-dsii-root`, which
/// user content on the host page cannot forge). Inside the placeholder, a link to the
/// full monitor with the same view, titled `title`, with the picture of the glance when
/// the data is the bundled snapshot: what readers get where scripts do not run or the
/// widget cannot start. `base` is the widget's folder URL, ending in `/`; `pins` the
/// release's integrity, as scripts/release.mjs prints the same snippet.
pub fn script_snippet(
    base: &str,
    state: &ViewState,
    title: &str,
    pins: Option<&ReleasePins>,
) -> String {
    let query = state.to_query();
    let settings: String = form_urlencoded::parse(query.as_bytes())
        .map(|(key, value)| format!(" data-{key}=\"{}\"", attribute(&value)))
        .collect();
    let separator = if query.is_empty() { "" } else { "?" };
    format!(
        "<div id=\"dsii-monitor\" data-dsii-monitor{settings}><a href=\"{base}{separator}{query}\">{picture}{title}</a></div>\n<script type=\"module\" src=\"{base}embed.js\"{pin} data-dsii-root=\"#dsii-monitor\" data-dsii-data-origins=\"{origins}\"></script>",
        base = attribute(base),
        query = attribute(&query),
        title = attribute(title),
        picture = picture(&attribute(base), state),
        // Only the widget's own data, or the origin the view names: a forged placeholder
        // in a comment cannot bring data of its own.
        origins = attribute(state.src.as_deref().and_then(origin_of).unwrap_or_default()),
        pin = pinned(pins.map(|pins| pins.embed_js.as_str())),
    )
}

/// The iframe embed, with the optional host script that fits its height to the content.
/// `clipboard-write` lets the copy buttons work inside the frame.
pub fn iframe_snippet(
    base: &str,
    state: &ViewState,
    title: &str,
    pins: Option<&ReleasePins>,
) -> String {
    let query = state.to_query();
    let separator = if query.is_empty() { "" } else { "?" };
    format!(
        "<iframe data-dsii-frame src=\"{base}embed.html{separator}{query}\" title=\"{title}\" width=\"100%\" height=\"900\" style=\"border:0\" loading=\"lazy\" allow=\"clipboard-write\"></iframe>\n<script type=\"module\" src=\"{base}frame-host.js\"{pin}></script>",
        base = attribute(base),
        query = attribute(&query),
        title = attribute(title),
        pin = pinned(pins.map(|pins| pins.frame_host_js.as_str())),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_snippet_carries_the_view_as_data_attributes() {
        let state = ViewState::from_query("lang=en&status=delayed,planned&q=a\"b<c");
        assert_eq!(
            script_snippet("https://example.org/monitor/", &state, "D-SII <monitor>", None),
            "<div id=\"dsii-monitor\" data-dsii-monitor data-lang=\"en\" data-status=\"planned,delayed\" data-q=\"a&quot;b&lt;c\">\
             <a href=\"https://example.org/monitor/?lang=en&amp;status=planned%2Cdelayed&amp;q=a%22b%3Cc\">\
             <img src=\"https://example.org/monitor/data/preview.png\" alt=\"\" loading=\"lazy\" style=\"display:block;max-width:100%;height:auto\">\
             D-SII &lt;monitor&gt;</a></div>\n\
             <script type=\"module\" src=\"https://example.org/monitor/embed.js\" data-dsii-root=\"#dsii-monitor\" data-dsii-data-origins=\"\"></script>"
        );
    }

    #[test]
    fn the_picture_of_the_bundled_snapshot_stays_out_of_a_link_to_other_data() {
        let state = ViewState::from_query("src=https%3A%2F%2Fdata.example.org%2Fs.json");
        let snippet = script_snippet("https://example.org/m/", &state, "Other", None);
        assert!(!snippet.contains("<img"), "{snippet}");
        assert!(snippet.contains(">Other</a>"), "{snippet}");
        assert!(
            snippet.contains(" data-dsii-data-origins=\"https://data.example.org\">"),
            "{snippet}"
        );
    }

    #[test]
    fn the_iframe_snippet_links_the_embed_page_with_the_view() {
        let state = ViewState::from_query("view=timeline&pillar=slim");
        let snippet = iframe_snippet("https://example.org/m/", &state, "D-SII \"monitor\"", None);
        assert!(snippet.starts_with(
            "<iframe data-dsii-frame src=\"https://example.org/m/embed.html?view=timeline&amp;pillar=slim\" title=\"D-SII &quot;monitor&quot;\""
        ));
        assert!(snippet.contains(" allow=\"clipboard-write\"></iframe>"));
        assert!(snippet.ends_with(
            "<script type=\"module\" src=\"https://example.org/m/frame-host.js\"></script>"
        ));
    }

    #[test]
    fn with_the_release_pins_both_scripts_carry_integrity_and_crossorigin() {
        let pins = ReleasePins {
            embed_js: "sha384-embed".to_owned(),
            frame_host_js: "sha384-frame".to_owned(),
        };
        let state = ViewState::default();
        let script = script_snippet(
            "https://cdn.example.org/m/0.1.0-abc/",
            &state,
            "D-SII monitor",
            Some(&pins),
        );
        assert_eq!(
            script,
            "<div id=\"dsii-monitor\" data-dsii-monitor><a href=\"https://cdn.example.org/m/0.1.0-abc/\">\
             <img src=\"https://cdn.example.org/m/0.1.0-abc/data/preview.png\" alt=\"\" loading=\"lazy\" style=\"display:block;max-width:100%;height:auto\">\
             D-SII monitor</a></div>\n\
             <script type=\"module\" src=\"https://cdn.example.org/m/0.1.0-abc/embed.js\" integrity=\"sha384-embed\" crossorigin=\"anonymous\" data-dsii-root=\"#dsii-monitor\" data-dsii-data-origins=\"\"></script>"
        );
        let iframe = iframe_snippet(
            "https://cdn.example.org/m/0.1.0-abc/",
            &state,
            "D-SII monitor",
            Some(&pins),
        );
        assert!(iframe.ends_with(
            "<script type=\"module\" src=\"https://cdn.example.org/m/0.1.0-abc/frame-host.js\" integrity=\"sha384-frame\" crossorigin=\"anonymous\"></script>"
        ));
    }
}
