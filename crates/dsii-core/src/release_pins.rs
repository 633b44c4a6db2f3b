//! The integrity of the scripts a snippet loads, read from the build's `release.json`
//! (scripts/release.mjs), so the Embed panel pins them as the build's own file does.

use thiserror::Error;

use crate::validate::json::{self, Json, Node};
use crate::validate::limits;

/// The Subresource Integrity of the two scripts the snippets load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReleasePins {
    pub embed_js: String,
    pub frame_host_js: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PinsError {
    #[error("release.json is not a JSON document the widget can read")]
    Unreadable,
    #[error("release.json: files[\"{file}\"] should be a SHA-384 integrity (sha384-…)")]
    Missing { file: &'static str },
}

fn member<'n>(node: &'n Node, key: &str) -> Option<&'n Node> {
    let Json::Object(members) = &node.value else {
        return None;
    };
    members
        .iter()
        .find(|(name, _)| name == key)
        .map(|(_, value)| value)
}

/// `sha384-` and the 64 base64 characters of a SHA-384 digest.
fn is_sha384(value: &str) -> bool {
    value.strip_prefix("sha384-").is_some_and(|digest| {
        digest.len() == 64
            && digest
                .bytes()
                .all(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'+' | b'/' | b'='))
    })
}

impl ReleasePins {
    /// Reads `{ "files": { "embed.js": "sha384-…", "frame-host.js": "sha384-…", … } }`.
    pub fn from_manifest(text: &[u8]) -> Result<Self, PinsError> {
        limits::check_size(text)
            .and_then(|()| limits::check_depth(text))
            .map_err(|_| PinsError::Unreadable)?;
        let root = json::parse(text).map_err(|_| PinsError::Unreadable)?;
        let pin = |file: &'static str| match member(&root, "files")
            .and_then(|files| member(files, file))
            .map(|node| &node.value)
        {
            Some(Json::String(value)) if is_sha384(value) => Ok(value.clone()),
            _ => Err(PinsError::Missing { file }),
        };
        Ok(Self {
            embed_js: pin("embed.js")?,
            frame_host_js: pin("frame-host.js")?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EMBED: &str = "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb";
    const FRAME: &str = "sha384-Li9vy3DqF8tnTXuiaAJuML3ky+er10rcgNR/VqsVpcw+ThHmYcwiB1pbOxEbzJr7";

    #[test]
    fn the_pins_come_from_the_files_the_build_listed() {
        let manifest = format!(
            r#"{{"release":"0.1.0-abc","files":{{"data/dsii.json":"sha384-x","embed.js":"{EMBED}","frame-host.js":"{FRAME}"}}}}"#
        );
        let pins = ReleasePins::from_manifest(manifest.as_bytes());
        assert_eq!(
            pins,
            Ok(ReleasePins {
                embed_js: EMBED.to_owned(),
                frame_host_js: FRAME.to_owned(),
            })
        );
    }

    #[test]
    fn a_value_that_is_no_sha384_integrity_is_refused_by_the_file_it_names() {
        let manifest = format!(
            r#"{{"files":{{"embed.js":"{EMBED}","frame-host.js":"sha384-\" onload=\"alert(1)"}}}}"#
        );
        assert_eq!(
            ReleasePins::from_manifest(manifest.as_bytes()),
            Err(PinsError::Missing {
                file: "frame-host.js"
            })
        );
    }

    #[test]
    fn a_document_that_is_not_json_or_nests_too_deep_is_unreadable() {
        assert_eq!(
            ReleasePins::from_manifest(b"<!doctype html>"),
            Err(PinsError::Unreadable)
        );
        let deep = "[".repeat(100_000);
        assert_eq!(
            ReleasePins::from_manifest(deep.as_bytes()),
            Err(PinsError::Unreadable)
        );
    }
}
