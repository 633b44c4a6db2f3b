//! The widget root: holds the view state, fetches the snapshot, and shows the monitor,
//! a loading state or an error with a retry.

use std::cell::Cell;
use std::sync::Arc;

use leptos::prelude::*;

use dsii_render::Node;

use super::bind::{bind_attr, bind_text};
use super::clock::{browser_language, today_from_clock};
use super::derived::Derived;
use super::fetch_snapshot::fetch_snapshot;
use super::fetched::use_fetched;
use super::load_error::LoadError;
use super::load_error_view::load_error_view;
use super::monitor::{monitor, MonitorSetup};
use super::prefetch::Prefetch;
use super::previous_snapshot::SnapshotOrigin;
use super::show::place;
use super::snapshot_source::{host_of, origin_of, snapshot_target};
use super::url_sync::{use_store, HistoryMode};
use crate::i18n::{interface_language, messages};
use crate::source_policy::SourcePolicy;
use crate::view_state::{Layout, UrlKeys, ViewState};

/// Where a widget lives, which decides whose settings count and what it may touch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Placement {
    /// The standalone page: its URL is the widget's, and anyone can link to it.
    Page,
    /// The iframe page: like `Page`, with compact chrome and without adding entries to
    /// the top page's Back history.
    Frame,
    /// A script embed: its host page's markup chose the settings. With `url_keys` the
    /// host lets it keep its view in the host URL.
    Embed { url_keys: Option<UrlKeys> },
}

impl Default for Placement {
    fn default() -> Self {
        Placement::Embed { url_keys: None }
    }
}

/// How one widget instance is set up.
#[derive(Debug, Clone, Default)]
pub struct WidgetOptions {
    /// The placeholder's settings.
    pub placeholder: ViewState,
    pub placement: Placement,
    /// The widget's folder URL, ending in `/`: the bundled snapshot and the embed
    /// snippets are relative to it.
    pub base: String,
    /// Origins besides the widget's own that a linked page may load snapshots from.
    pub snapshot_origins: Vec<String>,
    /// The loader's request for the snapshot, read by the first load instead of a new one.
    pub prefetch: Option<Prefetch>,
}

/// The widget's root element, for `options`.
pub fn widget(options: WidgetOptions) -> Node {
    let WidgetOptions {
        placeholder,
        placement,
        base,
        snapshot_origins,
        prefetch,
    } = options;
    let (url_keys, history, compact) = match &placement {
        Placement::Page => (Some(UrlKeys::page()), HistoryMode::Push, false),
        Placement::Frame => (Some(UrlKeys::page()), HistoryMode::Replace, true),
        Placement::Embed { url_keys } => (url_keys.clone(), HistoryMode::Push, false),
    };
    let owns_url = matches!(placement, Placement::Page);
    // A page is read on its own; an embed gives a glance inside someone's article.
    let default_layout = match placement {
        Placement::Page => Layout::Full,
        Placement::Frame | Placement::Embed { .. } => Layout::Glance,
    };
    let store = use_store(placeholder, url_keys, history);
    let state = Derived::new(move || store.with(|store| store.view.clone()));
    let attempt = RwSignal::new(0u32);
    let policy = SourcePolicy {
        own_origin: origin_of(&base),
        allowed: snapshot_origins,
        chosen_by_host: matches!(placement, Placement::Embed { .. }),
    };
    let policy = Arc::new(policy);
    let target = {
        let (base, policy) = (base.clone(), policy.clone());
        Derived::new(move || {
            state.with(|state| snapshot_target(state.src.as_deref(), &base, &policy))
        })
    };
    let redirect_base = base.clone();
    let (origin_base, origin_policy) = (base.clone(), policy.clone());
    let prefetch = Cell::new(prefetch);
    let snapshot = use_fetched(move || {
        attempt.track();
        let target = target.get();
        let prefetch = prefetch.take();
        let (base, policy) = (redirect_base.clone(), policy.clone());
        let admit = move |url: &str| {
            snapshot_target(Some(url), &base, &policy)
                .map(drop)
                .map_err(LoadError::from)
        };
        Box::pin(async move {
            let href = match target {
                Ok(target) => target.href,
                Err(refusal) => {
                    if let Some(prefetch) = prefetch {
                        prefetch.abort();
                    }
                    return Err(refusal.into());
                }
            };
            fetch_snapshot(href, Some(&admit), prefetch).await
        })
    });
    let browser_language = browser_language();
    let clock_today = today_from_clock();
    let base: Arc<str> = base.into();
    // Before a snapshot names its language, the reader's choice or the browser's counts.
    let early_language = Signal::derive(move || {
        interface_language(state.with(|state| state.lang), None, browser_language)
    });
    let root = Node::with_class(
        "div",
        match compact {
            true => "dsii dsii--compact",
            false => "dsii",
        },
    );
    bind_attr(&root, "data-theme", move || {
        state.with(|state| state.theme.as_str())
    });
    // The part follows each outcome: loading, the monitor, or the error.
    let outcome = move || {
        snapshot.with(|outcome| outcome.as_ref().map_or(0, |o| 1 + usize::from(o.is_err())))
    };
    place(
        &root,
        Box::new(outcome),
        Box::new(move |_| {
            let base = base.clone();
            Some(match snapshot.get() {
                None => {
                    let loading = Node::with_class("p", "dsii-loading").attr("role", "status");
                    bind_text(&loading, move || messages(early_language.get()).loading);
                    loading
                }
                Some(Ok(loaded)) => {
                    // Whose data this is, and what its predecessor's URL is
                    // relative to: the server that answered, after redirects.
                    let bundled = target.get().map_or(true, |target| target.bundled);
                    let origin = Some(SnapshotOrigin::new(
                        loaded.url.clone(),
                        origin_base.clone(),
                        &origin_policy,
                    ));
                    let data_host = (!bundled).then(|| host_of(&loaded.url));
                    monitor(MonitorSetup {
                        loaded,
                        store,
                        data_host,
                        browser_language,
                        clock_today,
                        base,
                        owns_url,
                        default_layout,
                        origin,
                    })
                }
                Some(Err(error)) => load_error_view(
                    error,
                    early_language,
                    Some(Box::new(move || attempt.update(|n| *n += 1))),
                ),
            })
        }),
    );
    root
}
