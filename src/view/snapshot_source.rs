//! From the `src` setting to the URL the widget fetches, checked against the source
//! policy, and the host name a reader is shown for data that is not the bundled one.

use web_sys::Url;

use super::fetch_snapshot::DEFAULT_SNAPSHOT_URL;
use crate::source_policy::{ResolvedUrl, SourcePolicy, SourceRefusal};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnapshotTarget {
    pub href: String,
    /// Whether this is the bundled snapshot, which needs no "Data from".
    pub bundled: bool,
}

/// The origin of the widget's folder URL, e.g. `https://example.org`.
pub fn origin_of(base: &str) -> String {
    Url::new(base).map(|url| url.origin()).unwrap_or_default()
}

/// The host a reader is shown for data from `href`, e.g. `data.example.org`.
pub fn host_of(href: &str) -> String {
    Url::new(href).map(|url| url.host()).unwrap_or_default()
}

pub fn snapshot_target(
    src: Option<&str>,
    base: &str,
    policy: &SourcePolicy,
) -> Result<SnapshotTarget, SourceRefusal> {
    let Some(src) = src else {
        return Ok(SnapshotTarget {
            href: format!("{base}{DEFAULT_SNAPSHOT_URL}"),
            bundled: true,
        });
    };
    let url = Url::new_with_base(src, base).map_err(|_| SourceRefusal::Unreadable {
        url: src.to_owned(),
    })?;
    let (href, protocol, origin) = (url.href(), url.protocol(), url.origin());
    policy.check(&ResolvedUrl {
        href: &href,
        protocol: &protocol,
        origin: &origin,
    })?;
    Ok(SnapshotTarget {
        href,
        bundled: false,
    })
}
