//! The one entry point the browser calls: `embed.js` mounts a widget per placeholder,
//! on the standalone page, the iframe page and host pages alike. Nothing starts by
//! itself, so a host element that happens to share an id is never taken over.

use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::app::{widget, Placement, WidgetOptions};
use super::prefetch::Prefetch;
use super::show::mount_into;
use crate::view_state::{UrlKeys, ViewState};

fn string_field(options: &JsValue, name: &str) -> Option<String> {
    Reflect::get(options, &name.into()).ok()?.as_string()
}

/// Reads `{ settings, base, placement, urlState, snapshotOrigins, prefetch }` (see
/// embed/embed.js).
fn widget_options(options: &JsValue) -> Result<WidgetOptions, JsError> {
    let base = string_field(options, "base")
        .ok_or_else(|| JsError::new("mount: options.base, the widget's folder URL, is missing"))?;
    let placement = match string_field(options, "placement").as_deref() {
        Some("page") => Placement::Page,
        Some("frame") => Placement::Frame,
        Some("embed") | None => Placement::Embed {
            url_keys: string_field(options, "urlState").map(|prefix| UrlKeys::embedded(&prefix)),
        },
        Some(other) => {
            return Err(JsError::new(&format!(
                "mount: options.placement is \"{other}\"; expected page, frame or embed"
            )))
        }
    };
    let snapshot_origins = Reflect::get(options, &"snapshotOrigins".into())
        .ok()
        .filter(Array::is_array)
        .map(|origins| {
            Array::from(&origins)
                .iter()
                .filter_map(|origin| origin.as_string())
                .collect()
        })
        .unwrap_or_default();
    Ok(WidgetOptions {
        placeholder: ViewState::from_query(&string_field(options, "settings").unwrap_or_default()),
        placement,
        base,
        snapshot_origins,
        prefetch: Reflect::get(options, &"prefetch".into())
            .ok()
            .as_ref()
            .and_then(Prefetch::from_js),
    })
}

/// Mounts an independent widget into `host`, replacing its content. `options.settings`
/// is a query string with the same keys as the page URL (`src`, `lang`, `pillar`, …).
#[wasm_bindgen]
pub fn mount(host: HtmlElement, options: JsValue) -> Result<(), JsError> {
    let options = widget_options(&options)?;
    mount_into(&host, move || widget(options));
    Ok(())
}
