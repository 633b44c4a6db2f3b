//! Which snapshot URLs a widget may load. A page anyone can link to with `?src=` (the
//! standalone page, the iframe page) shows data only from the widget's own origin and
//! the origins its publisher allows; a script embed shows what its host page chose.
//! No placement loads `data:`, `blob:` or any other non-http(s) URL, and whatever is
//! not the bundled snapshot is labelled with its host.

/// Why a snapshot URL is not loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SourceRefusal {
    #[error("{url}: not a URL")]
    Unreadable { url: String },
    #[error("{url}: only http(s) snapshot URLs are loaded, not {scheme}")]
    Scheme { url: String, scheme: String },
    #[error("{url}: this monitor shows data only from {allowed}, not from {origin}")]
    Origin {
        url: String,
        origin: String,
        allowed: String,
    },
}

/// A snapshot URL, resolved by the browser against the widget's folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedUrl<'a> {
    pub href: &'a str,
    /// `https:`, as `URL.protocol` gives it.
    pub protocol: &'a str,
    /// `https://example.org`, as `URL.origin` gives it.
    pub origin: &'a str,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourcePolicy {
    /// The origin the widget's own files come from.
    pub own_origin: String,
    /// Further origins the publisher allows, e.g. `https://data.example.org`.
    pub allowed: Vec<String>,
    /// The URL was chosen by the host page's markup, not by whoever wrote the link.
    pub chosen_by_host: bool,
}

impl SourcePolicy {
    pub fn check(&self, url: &ResolvedUrl) -> Result<(), SourceRefusal> {
        if !matches!(url.protocol, "http:" | "https:") {
            return Err(SourceRefusal::Scheme {
                url: url.href.to_owned(),
                scheme: url.protocol.to_owned(),
            });
        }
        let admitted = self.chosen_by_host
            || url.origin == self.own_origin
            || self.allowed.iter().any(|origin| origin == url.origin);
        if admitted {
            return Ok(());
        }
        // Each origin once: a snapshot on the widget's own origin adds that origin again.
        let mut allowed = vec![self.own_origin.as_str()];
        for origin in &self.allowed {
            if !allowed.contains(&origin.as_str()) {
                allowed.push(origin);
            }
        }
        Err(SourceRefusal::Origin {
            url: url.href.to_owned(),
            origin: url.origin.to_owned(),
            allowed: allowed.join(", "),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url<'a>(href: &'a str, protocol: &'a str, origin: &'a str) -> ResolvedUrl<'a> {
        ResolvedUrl {
            href,
            protocol,
            origin,
        }
    }

    fn publisher() -> SourcePolicy {
        SourcePolicy {
            own_origin: "https://monitor.example".into(),
            allowed: vec!["https://data.example".into()],
            chosen_by_host: false,
        }
    }

    #[test]
    fn a_linked_page_loads_only_its_own_and_the_allowed_origins() {
        let policy = publisher();
        let own = url(
            "https://monitor.example/x.json",
            "https:",
            "https://monitor.example",
        );
        let allowed = url(
            "https://data.example/s.json",
            "https:",
            "https://data.example",
        );
        let foreign = url(
            "https://evil.example/fake.json",
            "https:",
            "https://evil.example",
        );
        assert_eq!(policy.check(&own), Ok(()));
        assert_eq!(policy.check(&allowed), Ok(()));
        assert_eq!(
            policy
                .check(&foreign)
                .map_err(|refusal| refusal.to_string()),
            Err(
                "https://evil.example/fake.json: this monitor shows data only from \
                 https://monitor.example, https://data.example, not from https://evil.example"
                    .to_owned()
            )
        );
    }

    #[test]
    fn a_refusal_names_each_allowed_origin_once() {
        let policy = SourcePolicy {
            allowed: vec![
                "https://data.example".into(),
                "https://monitor.example".into(),
                "https://data.example".into(),
            ],
            ..publisher()
        };
        let foreign = url(
            "https://evil.example/fake.json",
            "https:",
            "https://evil.example",
        );
        assert!(matches!(
            policy.check(&foreign),
            Err(SourceRefusal::Origin { allowed, .. })
                if allowed == "https://monitor.example, https://data.example"
        ));
    }

    #[test]
    fn data_and_blob_urls_are_refused_even_when_the_host_chose_them() {
        let host = SourcePolicy {
            chosen_by_host: true,
            ..publisher()
        };
        for (href, protocol) in [("data:application/json,{}", "data:"), ("blob:x", "blob:")] {
            assert!(matches!(
                host.check(&url(href, protocol, "null")),
                Err(SourceRefusal::Scheme { .. })
            ));
        }
        let other = url(
            "https://other.example/s.json",
            "https:",
            "https://other.example",
        );
        assert_eq!(host.check(&other), Ok(()));
    }
}
