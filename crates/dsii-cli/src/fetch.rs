//! Reads a snapshot from a file or an http(s) URL, a URL no further than the size the
//! validator accepts (one byte more, so an oversized document is still refused as such).

use dsii_core::validate::limits::MAX_BYTES;

#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("{location}: {source}")]
    Http {
        location: String,
        source: ureq::Error,
    },
    #[error("{location}: {source}")]
    File {
        location: String,
        source: std::io::Error,
    },
}

fn is_url(location: &str) -> bool {
    location.starts_with("http://") || location.starts_with("https://")
}

pub fn read(location: &str) -> Result<Vec<u8>, FetchError> {
    if !is_url(location) {
        return std::fs::read(location).map_err(|source| FetchError::File {
            location: location.to_owned(),
            source,
        });
    }
    let http = |source| FetchError::Http {
        location: location.to_owned(),
        source,
    };
    ureq::get(location)
        .call()
        .map_err(http)?
        .body_mut()
        .with_config()
        .limit(MAX_BYTES as u64 + 1)
        .read_to_vec()
        .map_err(http)
}
