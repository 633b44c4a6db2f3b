//! Rules the types cannot express: unique ids, references that resolve, safe links.
//! Every check is linear, or n log n, in the size of the snapshot.

use super::capped::Findings;
use super::chronology;
use super::diagnostic::Diagnostic;
use crate::ids::{first_positions, FirstPositions};
use crate::model::{host_concerns, link_target, CalendarDate, Language, Snapshot};

/// Ids of one list, mapped to the index of their first use: sorted ids, not a hash
/// map (in the browser, wasm32-unknown-unknown, hash keys come from predictable
/// addresses, so crafted ids could all collide).
struct IdIndex<'a> {
    list: &'static str,
    first_use: FirstPositions<'a>,
}

impl<'a> IdIndex<'a> {
    fn build(
        list: &'static str,
        ids: impl Iterator<Item = &'a str>,
        findings: &mut Findings,
    ) -> Self {
        let ids: Vec<&'a str> = ids.collect();
        let named = ids
            .iter()
            .enumerate()
            .filter(|(_, id)| !id.trim().is_empty());
        let first_use = FirstPositions::from_pairs(named.map(|(index, &id)| (id, index)));
        for (index, id) in ids.iter().enumerate() {
            let path = || format!("{list}[{index}].id");
            if id.trim().is_empty() {
                let error = || Diagnostic::new(path(), "expected a non-empty id");
                findings.errors.push_with(error);
            } else if let Some(first) = first_use.get(id).filter(|&first| first != index) {
                findings.errors.push_with(|| {
                    let message = format!("duplicate id \"{id}\"; already used by {list}[{first}]");
                    Diagnostic::new(path(), message)
                });
            }
        }
        Self { list, first_use }
    }

    /// The index of the first entry with `id`.
    fn position(&self, id: &str) -> Option<usize> {
        self.first_use.get(id)
    }

    /// Reports `id` unless it names an entry; `path` is built only then.
    fn require(&self, id: &str, path: impl FnOnce() -> String, findings: &mut Findings) {
        if !self.first_use.contains(id) {
            findings.errors.push_with(|| {
                Diagnostic::new(
                    path(),
                    format!("\"{id}\" is not the id of any entry in {}", self.list),
                )
            });
        }
    }
}

/// A `checked` day after `as_of` would claim a look the snapshot does not contain.
fn check_checked(
    path: impl FnOnce() -> String,
    checked: Option<CalendarDate>,
    as_of: CalendarDate,
    findings: &mut Findings,
) {
    if let Some(day) = checked.filter(|&day| day > as_of) {
        findings.errors.push_with(|| {
            let message =
                format!("expected a day on or before the snapshot's as_of ({as_of}), found {day}");
            Diagnostic::new(path(), message)
        });
    }
}

fn check_link(path: &str, url: Option<&str>, findings: &mut Findings) {
    let Some(url) = url else {
        return;
    };
    if link_target(url).is_none() {
        findings.warnings.push_with(|| {
            let message = format!(
                "\"{url}\" is not an absolute http(s) URL; it is shown as text, not as a link"
            );
            Diagnostic::new(path, message)
        });
        return;
    }
    for concern in host_concerns(url) {
        findings
            .warnings
            .push_with(|| Diagnostic::new(path, format!("\"{url}\": {concern}")));
    }
}

pub fn check(snapshot: &Snapshot) -> Findings {
    let mut findings = Findings::default();
    let sources = IdIndex::build(
        "sources",
        snapshot.sources.iter().map(|s| s.id.as_str()),
        &mut findings,
    );
    let pillars = IdIndex::build(
        "pillars",
        snapshot.pillars.iter().map(|p| p.id.as_str()),
        &mut findings,
    );
    let lines = IdIndex::build(
        "action_lines",
        snapshot.action_lines.iter().map(|a| a.id.as_str()),
        &mut findings,
    );
    IdIndex::build(
        "milestones",
        snapshot.milestones.iter().map(|m| m.id.as_str()),
        &mut findings,
    );

    if let Some(tag) = &snapshot.default_language {
        if Language::from_tag(tag).is_none() {
            findings.warnings.push_with(|| {
                Diagnostic::new(
                    "default_language",
                    format!("\"{tag}\" is not an interface language; the widget speaks nl and en"),
                )
            });
        }
    }
    check_link(
        "publisher.url",
        snapshot.publisher.as_ref().and_then(|p| p.url.as_deref()),
        &mut findings,
    );
    if let Some(previous) = snapshot.previous.as_ref() {
        if previous.as_of >= snapshot.as_of {
            findings.errors.push_with(|| {
                let message = format!(
                    "expected a date before this snapshot's as_of ({}), found {}",
                    snapshot.as_of, previous.as_of
                );
                Diagnostic::new("previous.as_of", message)
            });
        }
    }
    for (index, source) in snapshot.sources.iter().enumerate() {
        check_link(
            &format!("sources[{index}].url"),
            source.url.as_deref(),
            &mut findings,
        );
    }

    for (index, line) in snapshot.action_lines.iter().enumerate() {
        let at = |field: &str| format!("action_lines[{index}].{field}");
        pillars.require(&line.pillar, || at("pillar"), &mut findings);
        for (k, id) in line.sources.iter().enumerate() {
            sources.require(id, || at(&format!("sources[{k}]")), &mut findings);
        }
        for (k, item) in line.budget.iter().enumerate() {
            let path = || at(&format!("budget[{k}].source"));
            sources.require(&item.source, path, &mut findings);
        }
        for (k, entry) in line.history.iter().enumerate() {
            let path = || at(&format!("history[{k}].source"));
            sources.require(&entry.source, path, &mut findings);
        }
        check_checked(
            || at("checked"),
            line.checked,
            snapshot.as_of,
            &mut findings,
        );
        if line.sources.is_empty() {
            let warning = || Diagnostic::new(at("sources"), "cites no source");
            findings.warnings.push_with(warning);
        }
    }

    for (index, milestone) in snapshot.milestones.iter().enumerate() {
        let at = |field: &str| format!("milestones[{index}].{field}");
        lines.require(&milestone.action_line, || at("action_line"), &mut findings);
        for (k, id) in milestone.sources.iter().enumerate() {
            sources.require(id, || at(&format!("sources[{k}]")), &mut findings);
        }
        for (k, change) in milestone.history.iter().enumerate() {
            let at = |field: &str| at(&format!("history[{k}].{field}"));
            sources.require(&change.source, || at("source"), &mut findings);
            if change.status.is_none() && change.rescheduled.is_none() {
                let message = "expected a status, a rescheduling or both: it records no change";
                findings
                    .errors
                    .push_with(|| Diagnostic::new(at("status"), message));
            }
        }
        check_checked(
            || at("checked"),
            milestone.checked,
            snapshot.as_of,
            &mut findings,
        );
        if milestone.sources.is_empty() {
            let warning = || Diagnostic::new(at("sources"), "cites no source");
            findings.warnings.push_with(warning);
        }
        // Through the index: a scan per milestone is quadratic on large snapshots.
        let line = lines
            .position(&milestone.action_line)
            .and_then(|index| snapshot.action_lines.get(index));
        if line.is_some_and(|line| line.sources.is_empty()) {
            findings.warnings.push_with(|| {
                let message = format!(
                    "its action line \"{}\" cites no source",
                    milestone.action_line
                );
                Diagnostic::new(at("action_line"), message)
            });
        }
    }

    // One set of the pillars in use: a scan of the lines per pillar is quadratic.
    let used = first_positions(
        snapshot
            .action_lines
            .iter()
            .map(|line| line.pillar.as_str()),
    );
    for (index, pillar) in snapshot.pillars.iter().enumerate() {
        if !used.contains(pillar.id.as_str()) {
            let warning = || Diagnostic::new(format!("pillars[{index}]"), "has no action lines");
            findings.warnings.push_with(warning);
        }
    }
    chronology::check(snapshot, &mut findings.warnings);
    findings
}
