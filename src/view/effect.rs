//! Every effect of the widget behind one type: Leptos compiles its effect code once per
//! closure type it is given, so the widget gives it one. An effect that needs what it
//! did last time keeps that in its closure.

use leptos::prelude::*;

/// Runs `run` on the next tick and again whenever what it read changes, until the
/// current owner is cleaned up.
pub fn effect(run: impl FnMut() + 'static) {
    run_each_time(Box::new(run));
}

fn run_each_time(mut run: Box<dyn FnMut()>) {
    Effect::new(move |_| run());
}
