//! Title, publisher and how fresh the data is: a region drawn by `dsii_render::header`.

use leptos::html::Header as HeaderElement;
use leptos::prelude::*;

use dsii_render::header::{header, HeaderFacts};

use super::context::use_monitor;
use super::page_feed::page_feed;
use super::region::use_region;

#[component]
pub fn Header(
    /// The data's host, when it is not the bundled snapshot: whose data this is.
    data_host: Option<String>,
) -> impl IntoView {
    let context = use_monitor();
    // The page's feed follows the bundled snapshot, not data a link brought in.
    let feed = (context.is_standalone_page() && data_host.is_none())
        .then(page_feed)
        .flatten();
    let region = use_region::<HeaderElement>(&[], move || {
        let facts = HeaderFacts {
            clock_today: context.clock_today,
            data_host: data_host.as_deref(),
            feed: feed.as_deref(),
            unchecked: context.tally.get().unchecked,
        };
        header(&context.scene(None, false), &facts)
    });
    view! { <header class="dsii-header" node_ref=region></header> }
}
