//! Yields to the browser until a later task, so that long work split at these points
//! lets the page paint and respond in between.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// Resolves once `schedule` has called back, or at once when it could not schedule.
async fn called_back(schedule: fn(&web_sys::Window, &js_sys::Function) -> bool) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let scheduled = web_sys::window().is_some_and(|window| schedule(&window, &resolve));
        if !scheduled {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
}

pub async fn next_task() {
    called_back(|window, resolve| window.set_timeout_with_callback(resolve).is_ok()).await;
}

/// Waits until the browser has painted what changed so far: the next animation frame,
/// then a task after it. Work done then never delays that paint.
async fn after_paint() {
    called_back(|window, resolve| window.request_animation_frame(resolve).is_ok()).await;
    next_task().await;
}

/// A flag that stays `true` until the current reactive owner is cleaned up (an effect
/// running again, a component leaving the page). Work deferred past a paint checks it
/// before it touches signals or nodes, which may be disposed by then; the flag itself
/// lives outside the reactive arena, so reading it never panics.
pub fn cancel_on_cleanup() -> Arc<AtomicBool> {
    let live = Arc::new(AtomicBool::new(true));
    let flag = live.clone();
    leptos::prelude::on_cleanup(move || flag.store(false, Ordering::Relaxed));
    live
}

/// Runs `work` once the browser has painted what changed so far ([`after_paint`]),
/// unless the current owner is cleaned up before: a newer change, or the part leaving
/// the page. The flag lives outside the reactive arena, so the task never reads a
/// disposed value.
pub fn after_paint_unless_cleaned(work: impl FnOnce() + 'static) {
    defer(cancel_on_cleanup(), Box::new(work));
}

/// The task behind every [`after_paint_unless_cleaned`], its code in the wasm once.
fn defer(live: Arc<AtomicBool>, work: Box<dyn FnOnce()>) {
    wasm_bindgen_futures::spawn_local(async move {
        after_paint().await;
        if live.load(Ordering::Relaxed) {
            work();
        }
    });
}
