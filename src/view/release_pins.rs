//! The release's integrity values for the Embed panel, from the `release.json` the build
//! writes beside the widget's files.

use gloo_net::http::Request;
use web_sys::RequestCredentials;

use crate::release_pins::ReleasePins;

/// The pins of the release at `base`; none where the file is missing or unreadable,
/// and the snippets then go without integrity.
pub async fn fetch_release_pins(base: &str) -> Option<ReleasePins> {
    let response = Request::get(&format!("{base}release.json"))
        .credentials(RequestCredentials::Omit)
        .send()
        .await
        .ok()
        .filter(|response| response.ok())?;
    ReleasePins::from_manifest(&response.binary().await.ok()?).ok()
}
