//! Reads a snapshot from a file or an http(s) URL, no further than the size the
//! validator accepts (one byte more, so an oversized document is still refused as such;
//! `/dev/zero` is not read for ever), and a URL no longer than the command's timeout: a
//! server that trickles must not hang a scheduled `dsii feed`.

use std::io::Read as _;
use std::sync::OnceLock;
use std::time::Duration;

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

/// The timeout when the command sets none.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

static TIMEOUT: OnceLock<Duration> = OnceLock::new();

/// Sets how long a URL may take, once, before anything is read.
pub fn wait_at_most(timeout: Duration) {
    let _ = TIMEOUT.set(timeout);
}

fn timeout() -> Duration {
    TIMEOUT.get().copied().unwrap_or(DEFAULT_TIMEOUT)
}

fn is_url(location: &str) -> bool {
    location.starts_with("http://") || location.starts_with("https://")
}

/// The most bytes read from any snapshot.
const READ_LIMIT: u64 = MAX_BYTES as u64 + 1;

fn read_file(location: &str) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::fs::File::open(location)?
        .take(READ_LIMIT)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

pub fn read(location: &str) -> Result<Vec<u8>, FetchError> {
    if !is_url(location) {
        return read_file(location).map_err(|source| FetchError::File {
            location: location.to_owned(),
            source,
        });
    }
    let http = |source| FetchError::Http {
        location: location.to_owned(),
        source,
    };
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(timeout()))
        .build()
        .into();
    agent
        .get(location)
        .call()
        .map_err(http)?
        .body_mut()
        .with_config()
        .limit(READ_LIMIT)
        .read_to_vec()
        .map_err(http)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_endless_file_is_read_one_byte_past_the_limit_and_no_further() {
        let bytes = read("/dev/zero").unwrap();
        assert_eq!(bytes.len(), MAX_BYTES + 1);
    }
}
