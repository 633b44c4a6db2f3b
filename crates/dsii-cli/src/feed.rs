//! `dsii feed`: an Atom feed (RFC 4287) that follows a strategy through its snapshots,
//! one entry per snapshot, so readers learn what changed without visiting the monitor.

mod command;
mod entry;
mod html;
mod ids;
mod markup_escape;
mod order;
mod site;
pub(crate) mod xml;

pub use command::FeedArgs;
pub use ids::Ids;
pub use order::{check_order, OrderError};
pub use site::Site;

use dsii_core::model::{link_target, CalendarDate, Language, Snapshot};

/// The Atom namespace.
pub const ATOM_NS: &str = "http://www.w3.org/2005/Atom";

/// How a feed names and links itself.
pub struct FeedOptions {
    pub ids: Ids,
    /// The feed's own public URL, when known.
    pub self_link: Option<String>,
    /// The monitor page the feed follows (`--site`), when known: the feed's and every
    /// entry's `alternate` link (RFC 4287 §4.2.7.2), where a reader sees it in full.
    pub page: Option<String>,
    pub language: Language,
}

/// An RFC 3339 time: the start of the day in UTC.
fn timestamp(day: CalendarDate) -> String {
    format!("{day}T00:00:00Z")
}

/// The feed of `snapshots` of one strategy, oldest first (see `check_order`); its
/// entries come newest first, as feed readers list them. `None` when there is no
/// snapshot.
pub fn atom(snapshots: &[Snapshot], options: &FeedOptions) -> Option<String> {
    let (first, newest) = (snapshots.first()?, snapshots.last()?);
    let language = options.language;
    let mut entries = vec![entry::first(first, language)];
    for pair in snapshots.windows(2) {
        entries.push(entry::later(&pair[0], &pair[1], language));
    }

    let mut xml = xml::Writer::document();
    xml.open("feed", &[("xmlns", ATOM_NS), ("xml:lang", language.tag())]);
    xml.text("id", &[], &options.ids.feed());
    xml.text("title", &[], newest.title.resolve(language).text);
    xml.text("updated", &[], &timestamp(newest.as_of));
    write_author(&mut xml, newest, language);
    if let Some(url) = &options.self_link {
        let attributes = [
            ("rel", "self"),
            ("type", "application/atom+xml"),
            ("href", url),
        ];
        xml.empty("link", &attributes);
    }
    write_alternate(&mut xml, options);
    xml.text("generator", &[], "dsii-monitor");
    for entry in entries.iter().rev() {
        xml.open("entry", &[]);
        xml.text("id", &[], &options.ids.entry(entry.as_of));
        xml.text("title", &[], &entry.title);
        xml.text("updated", &[], &timestamp(entry.as_of));
        write_alternate(&mut xml, options);
        for url in &entry.related {
            xml.empty("link", &[("rel", "related"), ("href", url)]);
        }
        xml.text("content", &[("type", "html")], &entry.html);
        xml.close("entry");
    }
    xml.close("feed");
    Some(xml.finish())
}

/// The link to the monitor page, when the feed knows it.
fn write_alternate(xml: &mut xml::Writer, options: &FeedOptions) {
    if let Some(page) = &options.page {
        let attributes = [("rel", "alternate"), ("type", "text/html"), ("href", page)];
        xml.empty("link", &attributes);
    }
}

/// The publisher, else the strategy's title: RFC 4287 §4.1.1 wants an author.
fn write_author(xml: &mut xml::Writer, snapshot: &Snapshot, language: Language) {
    xml.open("author", &[]);
    match &snapshot.publisher {
        Some(publisher) => {
            xml.text("name", &[], &publisher.name);
            if let Some(url) = publisher.url.as_deref().and_then(link_target) {
                xml.text("uri", &[], url);
            }
        }
        None => xml.text("name", &[], snapshot.title.resolve(language).text),
    }
    xml.close("author");
}
