//! A value fetched in the background, as a signal: the widget's loads (the snapshot, its
//! predecessor, the release's pins) without Leptos's resources and suspense, whose code
//! costs the wasm far more than this.

use std::future::{poll_fn, Future};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::Poll;

use leptos::prelude::*;
use leptos::reactive::computed::ScopedFuture;
use leptos::task::spawn_local;

use super::effect::effect;
use super::next_task::cancel_on_cleanup;

/// A fetch under way.
pub type Fetching<T> = Pin<Box<dyn Future<Output = T>>>;

/// The outcome of the latest fetch `start` began; `None` until the first is in.
///
/// `start` runs again whenever a signal it read changes. The earlier outcome stays
/// until the new one is in, so the page never flashes back to a loading state; the
/// overtaken fetch's owner is cleaned up (a snapshot's request is aborted there) and
/// its outcome dropped.
pub fn use_fetched<T: Send + Sync + 'static>(
    start: impl Fn() -> Fetching<T> + 'static,
) -> ReadSignal<Option<T>> {
    let (outcome, set_outcome) = signal(None);
    fetch_each_time(Box::new(move |live| {
        let fetching = start();
        Box::pin(async move {
            let value = fetching.await;
            if live.load(Ordering::Relaxed) {
                set_outcome.set(Some(value));
            }
        })
    }));
    outcome
}

/// Starts a fetch that reports while `live` holds.
type Start = Box<dyn Fn(Arc<AtomicBool>) -> Fetching<()>>;

/// The effect behind every [`use_fetched`], its code in the wasm once.
fn fetch_each_time(start: Start) {
    effect(move || {
        let live = cancel_on_cleanup();
        let fetching = start(live.clone());
        // Run inside this effect's owner: the fetch's cleanup (its abort) is tied to it.
        spawn_local(ScopedFuture::new_untracked(while_live(live, fetching)));
    });
}

/// Runs `fetching` until it ends or `live` no longer holds: an overtaken fetch is
/// dropped the next time it wakes (a large document yields between its stages), so it
/// stops reading, parsing and validating what nobody will see.
async fn while_live(live: Arc<AtomicBool>, mut fetching: Fetching<()>) {
    poll_fn(move |context| match live.load(Ordering::Relaxed) {
        true => fetching.as_mut().poll(context),
        false => Poll::Ready(()),
    })
    .await
}
