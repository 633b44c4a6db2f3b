//! Milestones name their action line with a button (`data-reveal`, the milestone's
//! index): pressing it opens the line's card and moves focus there.

use dsii_render::timeline_list::SUMMARY_KEY;

use super::context::MonitorContext;
use super::dom::closest_data_element;

/// The controls of a milestone whose focus survives a redraw: its line button and its
/// "show details".
pub const MILESTONE_KEYS: [&str; 2] = ["data-reveal", SUMMARY_KEY];

/// A click handler for a region holding milestones: their line buttons
/// (`data-reveal`, the milestone's index) open and focus the line's card.
pub fn reveal_on_click(context: &MonitorContext) -> impl Fn(web_sys::Event) + 'static {
    let context = context.clone();
    move |event| {
        let Some((milestone, button)) = closest_data_element(&event, "data-reveal") else {
            return;
        };
        let milestones = &context.prepared.snapshot.milestones;
        if let Some(milestone) = milestone
            .parse::<usize>()
            .ok()
            .filter(|&i| i < milestones.len())
        {
            context.reveal_line(context.prepared.milestone_line(milestone), button);
        }
    }
}
