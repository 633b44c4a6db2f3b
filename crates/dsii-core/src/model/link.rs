//! Which snapshot URLs may become links: absolute http(s) only, taken as written.

/// Returns the URL when it is safe to use as a link target, `None` when it must be
/// shown as text (`javascript:`, `data:`, relative, protocol-relative, padded…).
pub fn link_target(url: &str) -> Option<&str> {
    let (scheme, rest) = url.split_once("://")?;
    let scheme_ok = scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https");
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let clean = url
        .chars()
        .all(|c| !c.is_whitespace() && !c.is_control() && !is_invisible(c));
    (scheme_ok && !host.is_empty() && clean).then_some(url)
}

/// Zero-width and bidirectional formatting characters, which can disguise a link (or,
/// in an export, a formula).
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::link_target;

    #[test]
    fn absolute_http_urls_become_links() {
        for url in [
            "https://www.tweedekamer.nl/kamerstukken?id=1",
            "HTTP://example.org",
            "http://127.0.0.1:8080/x",
        ] {
            assert_eq!(link_target(url), Some(url));
        }
    }

    #[test]
    fn everything_else_stays_text() {
        for url in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            " https://example.org",
            "https://exa mple.org",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "//example.org/x",
            "/relative/path",
            "https:///nohost",
            "ftp://example.org",
            "https://example.org/\u{202e}",
            "https://exa\u{200b}mple.org",
            "",
        ] {
            assert_eq!(link_target(url), None, "{url:?}");
        }
    }
}
