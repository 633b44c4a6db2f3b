//! Fetches and validates a snapshot in the browser.

use gloo_net::http::Request;

use super::load_error::LoadError;
use crate::validate::{self, ValidSnapshot};

/// The bundled snapshot, relative to the page.
pub const DEFAULT_SNAPSHOT_URL: &str = "data/dsii.json";

pub async fn fetch_snapshot(url: String) -> Result<ValidSnapshot, LoadError> {
    let response = Request::get(&url)
        .send()
        .await
        .map_err(|error| LoadError::Network {
            url: url.clone(),
            detail: error.to_string(),
        })?;
    if !response.ok() {
        return Err(LoadError::Http {
            url,
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let bytes = response.binary().await.map_err(|error| LoadError::Body {
        url: url.clone(),
        detail: error.to_string(),
    })?;
    Ok(validate::load(&bytes)?)
}
