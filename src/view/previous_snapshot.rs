//! The snapshot a snapshot names as its predecessor: found relative to the snapshot's
//! own URL, admitted by the source policy, fetched without following redirects, and
//! refused when it monitors another strategy or is not the version the snapshot names.

use std::sync::Arc;

use web_sys::Url;

use super::fetch_snapshot::{fetch_snapshot, LoadedSnapshot};
use super::load_error::LoadError;
use super::snapshot_source::{origin_of, snapshot_target};
use crate::model::CalendarDate;
use crate::source_policy::{SourcePolicy, SourceRefusal};

/// Where the shown snapshot came from: what its predecessor's URL is relative to, and
/// the rules that URL must pass.
#[derive(Clone)]
pub struct SnapshotOrigin {
    /// The snapshot's absolute URL, as the server that answered named it.
    href: String,
    /// The widget's folder URL.
    base: String,
    policy: Arc<SourcePolicy>,
}

impl SnapshotOrigin {
    /// The rules are the page's, with the snapshot's own origin added. An embed's host
    /// chose the snapshot, not the URLs inside it: a predecessor elsewhere is refused
    /// unless the publisher lists its origin.
    pub fn new(href: String, base: String, page_policy: &SourcePolicy) -> Self {
        let mut allowed = page_policy.allowed.clone();
        allowed.push(origin_of(&href));
        let policy = SourcePolicy {
            own_origin: page_policy.own_origin.clone(),
            allowed,
            chosen_by_host: false,
        };
        Self {
            href,
            base,
            policy: Arc::new(policy),
        }
    }

    /// The absolute, admitted URL of `url` read relative to the snapshot.
    fn admit(&self, url: &str) -> Result<String, LoadError> {
        let absolute = Url::new_with_base(url, &self.href)
            .map_err(|_| SourceRefusal::Unreadable {
                url: url.to_owned(),
            })?
            .href();
        Ok(snapshot_target(Some(&absolute), &self.base, &self.policy)?.href)
    }
}

/// What the snapshot says of its predecessor.
pub struct Predecessor {
    pub url: String,
    pub as_of: CalendarDate,
    /// The id of the strategy both monitor.
    pub strategy: String,
}

/// Fetches the predecessor a snapshot names.
pub async fn fetch_previous(
    origin: SnapshotOrigin,
    predecessor: Predecessor,
) -> Result<LoadedSnapshot, LoadError> {
    let href = origin.admit(&predecessor.url)?;
    // No redirect is followed: its request would leave before its origin is checked.
    let loaded = fetch_snapshot(href.clone(), None, None).await?;
    let snapshot = &loaded.prepared.snapshot;
    if snapshot.id != predecessor.strategy {
        return Err(LoadError::OtherStrategy {
            url: href,
            expected: predecessor.strategy,
            found: snapshot.id.clone(),
        });
    }
    if snapshot.as_of != predecessor.as_of {
        return Err(LoadError::OtherVersion {
            url: href,
            expected: predecessor.as_of,
            found: snapshot.as_of,
        });
    }
    Ok(loaded)
}
