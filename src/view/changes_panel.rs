//! "What changed": the store's changes (see `shown_changes`) as a heading, the basis of
//! the comparison, and a region of lists drawn by `dsii_render::change_list`.

use dsii_render::change_list::change_groups;
use dsii_render::Node;

use super::bind::bind_text;
use super::context::MonitorContext;
use super::region::region;
use super::show::show_if;
use super::show_more::show_more;
use super::shown_changes::Shown;
use crate::i18n::{changes_since, count_changes, format_day, messages};
use crate::store::List;

pub fn changes_panel(context: &MonitorContext) -> Node {
    let language = context.language;
    let shown = context.shown_changes;
    let changes = context.changes;
    let heading = Node::with_class(context.headings.tag(1), "dsii-changes__title")
        .attr("id", "dsii-changes-title");
    bind_text(&heading, move || {
        let language = language.get();
        match changes.get() {
            Some(shown) => format!(
                "{} {}",
                changes_since(language),
                format_day(shown.set.since, language)
            ),
            None => messages(language).view_changes.to_owned(),
        }
    });
    let basis = Node::with_class("p", "dsii-changes__basis").attr("role", "status");
    bind_text(&basis, move || {
        let (language, words) = (language.get(), messages(language.get()));
        shown.with(|shown| match shown {
            None | Some(Shown::Loading) => words.loading_previous.to_owned(),
            Some(Shown::Compared(shown)) => format!(
                "{} {} · {}",
                words.compared_with_version_of,
                format_day(shown.set.since, language),
                count_changes(shown.set.changes.len(), language)
            ),
            Some(Shown::Dated(shown, _)) => format!(
                "{} {} · {}",
                words.from_dated_facts,
                format_day(shown.set.until, language),
                count_changes(shown.set.changes.len(), language)
            ),
        })
    });
    let headings = context.headings;
    let limit = context.limit(List::Changes);
    let groups = Node::with_class("div", "dsii-changes__groups");
    region(&groups, &["data-change"], move || {
        let (language, limit) = (language.get(), limit.get());
        changes.with(|shown| match shown {
            Some(shown) => change_groups(&shown.set, limit, language, headings.tag(2)),
            None => Vec::new(),
        })
    });
    let total = move || changes.with(|shown| shown.as_ref().map_or(0, |s| s.set.changes.len()));
    let panel = Node::with_class("section", "dsii-changes")
        .attr("aria-labelledby", "dsii-changes-title")
        .child(heading)
        .child(basis);
    // Why the comparison gave way to the dated facts.
    let failure = move || {
        shown.with(|shown| match shown {
            Some(Shown::Dated(_, Some(error))) => Some(error.to_string()),
            _ => None,
        })
    };
    show_if(
        &panel,
        move || failure().is_some(),
        move || {
            let failed = Node::with_class("p", "dsii-changes__failure").attr("role", "alert");
            bind_text(&failed, move || {
                let words = messages(language.get());
                let error = failure().unwrap_or_default();
                format!("{} ({error})", words.previous_unavailable)
            });
            failed
        },
    );
    let empty =
        move || changes.with(|shown| shown.as_ref().is_some_and(|s| s.set.changes.is_empty()));
    show_if(&panel, empty, move || {
        let none = Node::with_class("p", "dsii-changes__none");
        bind_text(&none, move || messages(language.get()).no_changes);
        none
    });
    panel
        .child(groups)
        .child(show_more(context, total, List::Changes))
}
