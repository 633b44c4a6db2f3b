//! The Leptos view layer: thin components over the pure core.

pub mod fetch_snapshot;
pub mod load_error;
pub mod load_error_view;
pub mod localized;
pub mod query;
pub mod snapshot_view;

use leptos::prelude::*;

pub use load_error::LoadError;
pub use load_error_view::LoadErrorView;
pub use snapshot_view::SnapshotView;

use fetch_snapshot::{fetch_snapshot, DEFAULT_SNAPSHOT_URL};

/// The widget: fetches the snapshot named by `?src=` (default: the bundled one).
#[component]
pub fn App() -> impl IntoView {
    let url = query::query_param("src").unwrap_or_else(|| DEFAULT_SNAPSHOT_URL.to_owned());
    let snapshot = LocalResource::new(move || fetch_snapshot(url.clone()));
    view! {
        <main class="dsii">
            <Suspense fallback=|| view! { <p class="dsii-loading" role="status">"Loading the snapshot…"</p> }>
                {move || {
                    snapshot
                        .get()
                        .map(|result| match result {
                            Ok(valid) => view! { <SnapshotView valid /> }.into_any(),
                            Err(error) => view! { <LoadErrorView error /> }.into_any(),
                        })
                }}
            </Suspense>
        </main>
    }
}
