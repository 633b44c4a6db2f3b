//! Component tests in a real browser: each test mounts a component into its own
//! wrapper and reads what a reader would see.
#![cfg(target_arch = "wasm32")]

use dsii_monitor::validate::{load, SnapshotError};
use dsii_monitor::view::{LoadError, LoadErrorView, SnapshotView};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const BUNDLED: &[u8] = include_bytes!("../data/dsii.json");

fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> Element {
    let document = document();
    let wrapper = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&wrapper).unwrap();
    leptos::mount::mount_to(wrapper.clone().unchecked_into::<HtmlElement>(), view).forget();
    wrapper
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .filter_map(|index| nodes.item(index))
        .map(|node| node.text_content().unwrap_or_default().trim().to_owned())
        .collect()
}

#[wasm_bindgen_test]
fn the_snapshot_view_shows_its_title_and_every_pillar() {
    let valid = load(BUNDLED).unwrap();
    let wrapper = mount(move || view! { <SnapshotView valid /> });
    assert_eq!(
        texts(&wrapper, "h1"),
        ["Monitor Defensie Strategie voor Industrie en Innovatie (D-SII)"]
    );
    let pillars = texts(&wrapper, "h2");
    assert_eq!(pillars.len(), 3);
    assert!(pillars[0].starts_with("Sterk"), "{pillars:?}");
    assert!(pillars[1].starts_with("Slim"), "{pillars:?}");
    assert!(pillars[2].starts_with("Samen"), "{pillars:?}");
    assert_eq!(texts(&wrapper, ".dsii-line").len(), 17);
}

#[wasm_bindgen_test]
fn snapshot_text_is_shown_as_text_never_as_markup() {
    let payload = r#"<img src=x onerror="document.title='pwned'">"#;
    let document = String::from_utf8(BUNDLED.to_vec()).unwrap().replace(
        "Monitor Defensie Strategie voor Industrie en Innovatie (D-SII)",
        &payload.replace('"', "\\\""),
    );
    let valid = load(document.as_bytes()).unwrap();
    let wrapper = mount(move || view! { <SnapshotView valid /> });
    assert_eq!(texts(&wrapper, "h1"), [payload]);
    assert!(wrapper.query_selector("img").unwrap().is_none());
}

#[wasm_bindgen_test]
fn an_error_is_announced_with_a_headline_and_its_detail() {
    let error = LoadError::Invalid(SnapshotError::Malformed {
        line: 3,
        column: 7,
        reason: "EOF while parsing an object".into(),
    });
    let wrapper = mount(move || view! { <LoadErrorView error /> });
    let alert = wrapper
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an alert");
    let text = alert.text_content().unwrap_or_default();
    assert!(text.contains("The snapshot is not valid"), "{text}");
    assert!(text.contains("line 3, column 7"), "{text}");
}
