//! Title, publisher and how fresh the data is: a region drawn by `dsii_render::header`.

use dsii_render::header::{header as draw_header, HeaderFacts};
use dsii_render::Node;

use super::context::MonitorContext;
use super::page_feed::page_feed;
use super::region::region;

/// `data_host`: the data's host, when it is not the bundled snapshot (whose data this is).
pub fn header(context: &MonitorContext, data_host: Option<String>) -> Node {
    // The page's feed follows the bundled snapshot, not data a link brought in.
    let feed = (context.is_standalone_page() && data_host.is_none())
        .then(page_feed)
        .flatten();
    let element = Node::with_class("header", "dsii-header");
    let context = context.clone();
    region(&element, &[], move || {
        let facts = HeaderFacts {
            clock_today: context.clock_today,
            data_host: data_host.as_deref(),
            feed: feed.as_deref(),
            unchecked: context.tally.get().unchecked,
        };
        draw_header(&context.scene(None, false), &facts)
    });
    element
}
