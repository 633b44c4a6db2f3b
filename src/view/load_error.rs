//! Everything that can go wrong between a snapshot URL and a shown snapshot.

use crate::i18n::Messages;
use crate::model::CalendarDate;
use crate::source_policy::SourceRefusal;
use crate::validate::SnapshotError;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    /// No HTTP answer at all: offline, DNS, refused, or blocked by CORS.
    #[error("no answer from {url}: {detail}")]
    Network { url: String, detail: String },
    #[error("no complete answer from {url} within {seconds} seconds")]
    Timeout { url: String, seconds: u32 },
    #[error("{url} answered HTTP {status} {status_text}")]
    Http {
        url: String,
        status: u16,
        status_text: String,
    },
    #[error("{url} could not be read: {detail}")]
    Body { url: String, detail: String },
    #[error(
        "{url} is larger than {limit} bytes, the most a snapshot may be; the download was stopped"
    )]
    TooLarge { url: String, limit: usize },
    #[error("{0}")]
    Refused(#[from] SourceRefusal),
    /// A predecessor's URL that redirects: where to is hidden until the request is
    /// sent, so it is not followed.
    #[error("{url} redirects elsewhere; a previous version is loaded only from the URL the snapshot names")]
    Redirected { url: String },
    #[error("{0}")]
    Invalid(#[from] SnapshotError),
    /// A previous version that turns out to monitor another strategy.
    #[error("{url} is a snapshot of \"{found}\", not of \"{expected}\"")]
    OtherStrategy {
        url: String,
        expected: String,
        found: String,
    },
    /// A previous version whose date is not the one the snapshot names: the snapshot
    /// itself, a newer one, or another.
    #[error("{url} is the version of {found}, not the version of {expected} this snapshot names as its predecessor")]
    OtherVersion {
        url: String,
        expected: CalendarDate,
        found: CalendarDate,
    },
}

impl LoadError {
    /// A plain-language headline for readers; the `Display` text is the technical detail.
    pub fn headline(&self, messages: &Messages) -> &'static str {
        match self {
            LoadError::Network { .. } => messages.error_network,
            LoadError::Timeout { .. } => messages.error_timeout,
            LoadError::Http { status: 404, .. } => messages.error_not_found,
            LoadError::Http { .. } | LoadError::Body { .. } => messages.error_http,
            LoadError::Invalid(_)
            | LoadError::OtherStrategy { .. }
            | LoadError::OtherVersion { .. } => messages.error_invalid,
            LoadError::TooLarge { .. } => messages.error_too_large,
            LoadError::Refused(_) | LoadError::Redirected { .. } => messages.error_refused,
        }
    }

    /// Whether trying again could end otherwise: a refusal by the rules never does.
    pub fn may_pass_on_retry(&self) -> bool {
        !matches!(self, LoadError::Refused(_) | LoadError::Redirected { .. })
    }
}
