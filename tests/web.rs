//! Component tests in a real browser: each test mounts a component into its own
//! wrapper and reads what a reader would see.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use dsii_monitor::model::Language;
use dsii_monitor::prepared::PreparedSnapshot;
use dsii_monitor::store::{Action, Store};
use dsii_monitor::validate::{load, SnapshotError};
use dsii_monitor::view::fetch_snapshot::LoadedSnapshot;
use dsii_monitor::view::{load_error_view, monitor, mount_into, LoadError, MonitorSetup};
use dsii_monitor::view_state::{Layout, ViewMode, ViewState};
use dsii_render::Node;
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const BUNDLED: &[u8] = include_bytes!("../data/dsii.json");

fn wrapper() -> Element {
    let document = document();
    let wrapper = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&wrapper).unwrap();
    wrapper
}

fn mount(view: impl FnOnce() -> Node) -> Element {
    let wrapper = wrapper();
    mount_into(&wrapper, view);
    wrapper
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .filter_map(|index| nodes.item(index))
        .map(|node| node.text_content().unwrap_or_default().trim().to_owned())
        .collect()
}

/// Visible action-line titles (hidden pillars and lines excluded).
fn visible_lines(root: &Element) -> Vec<String> {
    let nodes = root.query_selector_all(".dsii-line__toggle").unwrap();
    (0..nodes.length())
        .filter_map(|index| nodes.item(index))
        .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
        .filter(|element| element.offset_parent().is_some())
        .map(|element| element.text_content().unwrap_or_default().trim().to_owned())
        .collect()
}

fn monitor_of(document: &[u8], store: RwSignal<Store>) -> Node {
    let loaded = LoadedSnapshot {
        prepared: Arc::new(PreparedSnapshot::new(load(document).unwrap())),
        json: Arc::from(String::from_utf8_lossy(document)),
        url: "https://monitor.example/data/dsii.json".to_owned(),
    };
    monitor(MonitorSetup {
        loaded,
        store,
        data_host: None,
        browser_language: Some(Language::En),
        clock_today: "2026-11-28".parse().unwrap(),
        base: Arc::from("/"),
        owns_url: false,
        default_layout: Layout::Full,
        origin: None,
    })
}

fn mount_monitor(document: &[u8], state: ViewState) -> (Element, RwSignal<Store>) {
    let store = RwSignal::new(Store::new(state));
    let document = document.to_vec();
    let wrapper = mount(move || monitor_of(&document, store));
    (wrapper, store)
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into::<HtmlElement>()
        .click();
}

#[wasm_bindgen_test]
async fn the_monitor_shows_its_title_every_pillar_and_every_action_line() {
    let (wrapper, _) = mount_monitor(BUNDLED, ViewState::default());
    // Read-only regions are drawn by an effect, after the mount and before a paint.
    tick().await;
    assert_eq!(
        texts(&wrapper, ".dsii-header__title"),
        ["Monitor Defensie Strategie voor Industrie en Innovatie (D-SII)"]
    );
    let pillars = texts(&wrapper, ".dsii-pillar__title");
    assert_eq!(pillars.len(), 3);
    assert!(pillars[0].starts_with("Sterk"), "{pillars:?}");
    assert_eq!(visible_lines(&wrapper).len(), 17);
    assert_eq!(
        texts(&wrapper, ".dsii-filters__count"),
        ["17 actielijnen en 21 mijlpalen"]
    );
}

#[wasm_bindgen_test]
async fn an_action_line_expands_in_place_and_says_so() {
    let (wrapper, _) = mount_monitor(BUNDLED, ViewState::default());
    tick().await;
    let toggle = wrapper
        .query_selector(".dsii-line__toggle")
        .unwrap()
        .unwrap();
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    toggle.unchecked_ref::<HtmlElement>().click();
    tick().await;
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let panel_id = toggle.get_attribute("aria-controls").unwrap();
    let panel = wrapper
        .query_selector(&format!("#{panel_id}"))
        .unwrap()
        .unwrap();
    assert!(!panel.has_attribute("hidden"));
    let details = panel.text_content().unwrap_or_default();
    assert!(details.contains("Bronnen"), "{details}");
    assert!(details.contains("Kamerstuk 36 800 X, nr. 11"), "{details}");
}

#[wasm_bindgen_test]
async fn a_status_toggle_filters_the_cards_and_updates_the_count() {
    let (wrapper, state) = mount_monitor(BUNDLED, ViewState::default());
    tick().await;
    click(&wrapper, ".dsii-toggle--planned");
    tick().await;
    assert_eq!(visible_lines(&wrapper).len(), 1);
    assert_eq!(
        texts(&wrapper, ".dsii-filters__count"),
        ["1 actielijn en 1 mijlpaal"]
    );
    assert!(state.with_untracked(|store| store.view.filter.is_active()));
}

#[wasm_bindgen_test]
async fn choosing_a_pillar_card_filters_to_that_pillar_and_choosing_it_again_shows_all() {
    let (wrapper, state) = mount_monitor(BUNDLED, ViewState::default());
    tick().await;
    click(&wrapper, ".dsii-pcard__choose[data-pillar='1']");
    tick().await;
    assert_eq!(
        state.with_untracked(|store| store.view.filter.pillar.clone()),
        Some("slim".to_owned())
    );
    assert_eq!(visible_lines(&wrapper).len(), 8);
    let chosen = wrapper
        .query_selector(".dsii-pcard__choose[data-pillar='1']")
        .unwrap()
        .unwrap();
    assert_eq!(
        chosen.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    click(&wrapper, ".dsii-pcard__choose[data-pillar='1']");
    tick().await;
    assert_eq!(
        state.with_untracked(|store| store.view.filter.pillar.clone()),
        None
    );
    assert_eq!(visible_lines(&wrapper).len(), 17);
}

#[wasm_bindgen_test]
async fn switching_language_changes_the_interface_and_the_texts() {
    let (wrapper, state) = mount_monitor(BUNDLED, ViewState::default());
    state.update(|store| store.apply(Action::ChooseLanguage(Language::En)));
    tick().await;
    assert_eq!(
        texts(&wrapper, ".dsii-header__title"),
        ["Monitor of the Defence Strategy for Industry and Innovation (D-SII)"]
    );
    assert_eq!(
        texts(&wrapper, ".dsii-filters__count"),
        ["17 action lines and 21 milestones"]
    );
}

#[wasm_bindgen_test]
async fn snapshot_text_is_shown_as_text_never_as_markup() {
    let payload = r#"<img src=x onerror="document.title='pwned'">"#;
    let document = String::from_utf8(BUNDLED.to_vec()).unwrap().replace(
        "Monitor Defensie Strategie voor Industrie en Innovatie (D-SII)",
        &payload.replace('"', "\\\""),
    );
    let (wrapper, _) = mount_monitor(document.as_bytes(), ViewState::default());
    tick().await;
    assert_eq!(texts(&wrapper, ".dsii-header__title"), [payload]);
    assert!(wrapper.query_selector("img").unwrap().is_none());
}

#[wasm_bindgen_test]
fn an_error_is_announced_with_a_headline_and_its_detail() {
    let error = LoadError::Invalid(SnapshotError::Malformed {
        line: 3,
        column: 7,
        reason: "EOF while parsing an object".into(),
    });
    let wrapper = mount(move || load_error_view(error, Signal::stored(Language::En), None));
    let alert = wrapper
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an alert");
    let text = alert.text_content().unwrap_or_default();
    assert!(text.contains("The data is not valid"), "{text}");
    assert!(text.contains("line 3, column 7"), "{text}");
}

const POLICY_V2: &[u8] = include_bytes!("fixtures/policy_v2.json");

#[wasm_bindgen_test]
async fn the_changes_view_lists_dated_changes_with_badges_and_hostile_titles_stay_text() {
    let payload = "<b>Northern</b> depot open";
    let document = String::from_utf8(POLICY_V2.to_vec())
        .unwrap()
        .replace("Northern depot open", payload);
    let state = ViewState {
        view: dsii_monitor::view_state::ViewMode::Changes,
        lang: Some(Language::En),
        ..ViewState::default()
    };
    // Mounted without an origin, the view reads the document's own dated facts.
    let (wrapper, _) = mount_monitor(document.as_bytes(), state);
    tick().await;
    assert_eq!(
        texts(&wrapper, ".dsii-changes__title"),
        ["What changed since 15 Nov 2025"]
    );
    let badges = texts(&wrapper, ".dsii-changes .dsii-change__badge");
    assert!(
        badges.contains(&"slipped 2 quarters".to_owned()),
        "{badges:?}"
    );
    assert!(badges.contains(&"now overdue".to_owned()), "{badges:?}");
    assert!(texts(&wrapper, ".dsii-change__title").contains(&payload.to_owned()));
    assert!(wrapper.query_selector(".dsii-changes b").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_host_attribute_above_the_widget_never_reads_as_one_of_its_controls() {
    let (wrapper, store) = mount_monitor(BUNDLED, ViewState::default());
    // A host page that happens to use the widget's attribute names on an ancestor.
    wrapper.set_attribute("data-view-choice", "3").unwrap();
    tick().await;
    click(&wrapper, ".dsii-filters__group legend");
    tick().await;
    assert_eq!(
        store.with_untracked(|store| store.view.view),
        ViewMode::Both
    );
    click(&wrapper, "[data-view-choice='2']");
    tick().await;
    assert_eq!(
        store.with_untracked(|store| store.view.view),
        ViewMode::Timeline
    );
}

#[wasm_bindgen_test]
async fn mounting_into_the_same_element_again_ends_the_widget_that_was_there() {
    let (wrapper, first) = mount_monitor(BUNDLED, ViewState::default());
    tick().await;
    let second = RwSignal::new(Store::new(ViewState::default()));
    mount_into(&wrapper, move || monitor_of(BUNDLED, second));
    tick().await;
    assert_eq!(texts(&wrapper, ".dsii-header__title").len(), 1);
    // Only the widget on the page still follows the page: the first one's listeners
    // went with it.
    let window = web_sys::window().unwrap();
    window
        .dispatch_event(&web_sys::Event::new("beforeprint").unwrap())
        .unwrap();
    tick().await;
    assert!(second.with_untracked(|store| store.printing));
    assert!(!first.with_untracked(|store| store.printing));
    window
        .dispatch_event(&web_sys::Event::new("afterprint").unwrap())
        .unwrap();
}
