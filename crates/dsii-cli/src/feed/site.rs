//! `--site`: the public URL of the folder a feed is published in. The feed's ids and its
//! self link derive from it, so it is normalized (RFC 3986 §6.2.2–6.2.3: scheme and host
//! in lower case, no default port, a folder ends with `/`) and the same site always
//! gives the same ids.

use std::fmt;
use std::str::FromStr;

use dsii_core::model::link_target;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site(String);

impl Site {
    /// The URL of a file in the folder.
    pub fn file(&self, name: &str) -> String {
        format!("{}{}", self.0, percent_encode(name))
    }
}

impl fmt::Display for Site {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Characters an IRI may hold outside percent-encoding: unreserved, sub-delims, `:`, `@`,
/// `/`, `%`, and non-ASCII (RFC 3987 `ucschar`, which `link_target` already keeps free of
/// invisible and control characters).
fn is_iri_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=:@/%".contains(c) || !c.is_ascii()
}

impl FromStr for Site {
    type Err = String;

    fn from_str(url: &str) -> Result<Self, Self::Err> {
        let expected = "expected the public http(s) URL of the folder the feed is published in";
        if link_target(url).is_none() || !url.chars().all(is_iri_char) {
            return Err(format!("{url}: {expected}"));
        }
        if url.contains(['?', '#']) {
            return Err(format!("{url}: {expected}, without a query or fragment"));
        }
        let (scheme, rest) = url.split_once("://").ok_or_else(|| expected.to_owned())?;
        let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        if authority.contains('@') {
            return Err(format!("{url}: {expected}, without a user name"));
        }
        let scheme = scheme.to_ascii_lowercase();
        let mut authority = authority.to_ascii_lowercase();
        let default_port = if scheme == "https" { ":443" } else { ":80" };
        if let Some(host) = authority.strip_suffix(default_port) {
            authority = host.to_owned();
        }
        let mut path = if path.is_empty() { "/" } else { path }.to_owned();
        if !path.ends_with('/') {
            path.push('/');
        }
        Ok(Site(format!("{scheme}://{authority}{path}")))
    }
}

/// `text` with every byte but the unreserved characters (RFC 3986 §2.3) percent-encoded,
/// so it fits in any part of a URL.
pub fn percent_encode(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(url: &str) -> Result<String, String> {
        url.parse::<Site>().map(|site| site.to_string())
    }

    #[test]
    fn a_site_is_normalized_to_one_spelling() {
        for url in [
            "https://example.org/monitor",
            "HTTPS://Example.ORG/monitor/",
            "https://example.org:443/monitor",
        ] {
            assert_eq!(
                site(url).as_deref(),
                Ok("https://example.org/monitor/"),
                "{url}"
            );
        }
        assert_eq!(site("http://e.org").as_deref(), Ok("http://e.org/"));
        assert_eq!(
            site("http://e.org:8080").as_deref(),
            Ok("http://e.org:8080/")
        );
    }

    #[test]
    fn only_plain_http_folder_urls_are_sites() {
        for url in [
            "ftp://e.org/",
            "e.org/feeds",
            "javascript:alert(1)",
            "https://e.org/a b",
            "https://e.org/<x>",
            "https://e.org/?page=1",
            "https://e.org/#top",
            "https://user@e.org/",
        ] {
            assert!(site(url).is_err(), "{url}");
        }
    }

    #[test]
    fn a_file_name_is_percent_encoded_into_the_folder() {
        let site: Site = "https://e.org/f".parse().unwrap();
        assert_eq!(site.file("feed.xml"), "https://e.org/f/feed.xml");
        assert_eq!(site.file("a b#ë.xml"), "https://e.org/f/a%20b%23%C3%AB.xml");
    }
}
