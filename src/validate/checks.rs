//! Rules the types cannot express: unique ids, references that resolve, safe links.

use std::collections::HashMap;

use super::diagnostic::Diagnostic;
use crate::model::{link_target, Language, Snapshot};

/// Errors make the snapshot unshowable; warnings are shown beside it.
#[derive(Debug, Default)]
pub struct Findings {
    pub errors: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
}

/// Ids of one list, mapped to the index of their first use.
struct IdIndex<'a> {
    list: &'static str,
    first_use: HashMap<&'a str, usize>,
}

impl<'a> IdIndex<'a> {
    fn build(
        list: &'static str,
        ids: impl Iterator<Item = &'a str>,
        findings: &mut Findings,
    ) -> Self {
        let mut first_use = HashMap::new();
        for (index, id) in ids.enumerate() {
            let path = format!("{list}[{index}].id");
            if id.trim().is_empty() {
                findings
                    .errors
                    .push(Diagnostic::new(path, "expected a non-empty id"));
            } else if let Some(first) = first_use.get(id) {
                findings.errors.push(Diagnostic::new(
                    path,
                    format!("duplicate id \"{id}\"; already used by {list}[{first}]"),
                ));
            } else {
                first_use.insert(id, index);
            }
        }
        Self { list, first_use }
    }

    /// The index of the first entry with `id`.
    fn position(&self, id: &str) -> Option<usize> {
        self.first_use.get(id).copied()
    }

    fn require(&self, path: String, id: &str, findings: &mut Findings) {
        if !self.first_use.contains_key(id) {
            findings.errors.push(Diagnostic::new(
                path,
                format!("\"{id}\" is not the id of any entry in {}", self.list),
            ));
        }
    }
}

fn check_link(path: &str, url: Option<&str>, findings: &mut Findings) {
    if let Some(url) = url.filter(|url| link_target(url).is_none()) {
        findings.warnings.push(Diagnostic::new(
            path,
            format!("\"{url}\" is not an absolute http(s) URL; it is shown as text, not as a link"),
        ));
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
            findings.warnings.push(Diagnostic::new(
                "default_language",
                format!("\"{tag}\" is not an interface language; the widget speaks nl and en"),
            ));
        }
    }
    check_link(
        "publisher.url",
        snapshot.publisher.as_ref().and_then(|p| p.url.as_deref()),
        &mut findings,
    );
    for (index, source) in snapshot.sources.iter().enumerate() {
        check_link(
            &format!("sources[{index}].url"),
            source.url.as_deref(),
            &mut findings,
        );
    }

    for (index, line) in snapshot.action_lines.iter().enumerate() {
        let at = format!("action_lines[{index}]");
        pillars.require(format!("{at}.pillar"), &line.pillar, &mut findings);
        for (k, id) in line.sources.iter().enumerate() {
            sources.require(format!("{at}.sources[{k}]"), id, &mut findings);
        }
        for (k, item) in line.budget.iter().enumerate() {
            sources.require(
                format!("{at}.budget[{k}].source"),
                &item.source,
                &mut findings,
            );
        }
        for (k, entry) in line.history.iter().enumerate() {
            sources.require(
                format!("{at}.history[{k}].source"),
                &entry.source,
                &mut findings,
            );
        }
        if line.sources.is_empty() {
            findings
                .warnings
                .push(Diagnostic::new(format!("{at}.sources"), "cites no source"));
        }
    }

    for (index, milestone) in snapshot.milestones.iter().enumerate() {
        let at = format!("milestones[{index}]");
        lines.require(
            format!("{at}.action_line"),
            &milestone.action_line,
            &mut findings,
        );
        for (k, id) in milestone.sources.iter().enumerate() {
            sources.require(format!("{at}.sources[{k}]"), id, &mut findings);
        }
        if milestone.sources.is_empty() {
            findings
                .warnings
                .push(Diagnostic::new(format!("{at}.sources"), "cites no source"));
        }
        // Through the index: a scan per milestone is quadratic on large snapshots.
        let line = lines
            .position(&milestone.action_line)
            .map(|index| &snapshot.action_lines[index]);
        if line.is_some_and(|line| line.sources.is_empty()) {
            findings.warnings.push(Diagnostic::new(
                format!("{at}.action_line"),
                format!(
                    "its action line \"{}\" cites no source",
                    milestone.action_line
                ),
            ));
        }
    }

    for (index, pillar) in snapshot.pillars.iter().enumerate() {
        if !snapshot
            .action_lines
            .iter()
            .any(|line| line.pillar == pillar.id)
        {
            findings.warnings.push(Diagnostic::new(
                format!("pillars[{index}]"),
                "has no action lines",
            ));
        }
    }
    findings
}
