//! Everything that can go wrong between a snapshot URL and a shown snapshot.

use crate::validate::SnapshotError;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    /// No HTTP answer at all: offline, DNS, refused, or blocked by CORS.
    #[error("no answer from {url}: {detail}")]
    Network { url: String, detail: String },
    #[error("{url} answered HTTP {status} {status_text}")]
    Http {
        url: String,
        status: u16,
        status_text: String,
    },
    #[error("{url} could not be read: {detail}")]
    Body { url: String, detail: String },
    #[error("{0}")]
    Invalid(#[from] SnapshotError),
}

impl LoadError {
    /// A plain-language headline for readers; the `Display` text is the technical detail.
    pub fn headline(&self) -> &'static str {
        match self {
            LoadError::Network { .. } => "The snapshot could not be reached.",
            LoadError::Http { status: 404, .. } => "The snapshot was not found.",
            LoadError::Http { .. } | LoadError::Body { .. } => {
                "The server did not deliver the snapshot."
            }
            LoadError::Invalid(_) => "The snapshot is not valid, so it cannot be shown.",
        }
    }
}
