//! The snapshot a snapshot names as its predecessor: found relative to the snapshot's
//! own URL, admitted by the same source policy and limits as `src`, and refused when it
//! monitors another strategy.

use std::sync::Arc;

use web_sys::Url;

use super::fetch_snapshot::{fetch_snapshot, LoadedSnapshot};
use super::load_error::LoadError;
use super::snapshot_source::snapshot_target;
use crate::source_policy::{SourcePolicy, SourceRefusal};

/// Where the shown snapshot came from: what its predecessor's URL is relative to, and
/// the rules any further document must pass.
#[derive(Clone)]
pub struct SnapshotOrigin {
    /// The snapshot's absolute URL.
    pub href: String,
    /// The widget's folder URL.
    pub base: String,
    pub policy: Arc<SourcePolicy>,
}

impl SnapshotOrigin {
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

/// Fetches the predecessor at `url` of the snapshot with id `strategy`.
pub async fn fetch_previous(
    origin: SnapshotOrigin,
    url: String,
    strategy: String,
) -> Result<LoadedSnapshot, LoadError> {
    let href = origin.admit(&url)?;
    let admit_redirect = move |to: &str| origin.admit(to).map(drop);
    let loaded = fetch_snapshot(href.clone(), &admit_redirect).await?;
    let found = &loaded.prepared.snapshot.id;
    if *found != strategy {
        return Err(LoadError::OtherStrategy {
            url: href,
            expected: strategy,
            found: found.clone(),
        });
    }
    Ok(loaded)
}
