//! Counts, string lengths and amounts within the limits in `limits`. A list over its
//! limit is refused without reading its entries, so the work and the messages stay
//! bounded whatever the document holds.

use super::capped::Capped;
use super::diagnostic::Diagnostic;

use super::limits::{
    MAX_ACTION_LINES, MAX_AMOUNT_EUR, MAX_ID_CHARS, MAX_ITEM_ENTRIES, MAX_LANGUAGES,
    MAX_MILESTONES, MAX_PILLARS, MAX_SOURCES, MAX_TEXT_CHARS,
};
use crate::model::{ActionLine, Milestone, Pillar, Snapshot, Source, Text};

/// Paths are built only for the entries that break a limit.
#[derive(Default)]
struct Bounds<'a> {
    errors: Capped,
    /// The language tags the texts use, at most `MAX_LANGUAGES`.
    /// At most `MAX_LANGUAGES`: a list serves.
    languages: Vec<&'a str>,
}

impl<'a> Bounds<'a> {
    fn refuse(&mut self, path: &dyn Fn() -> String, message: String) {
        self.errors.push_with(|| Diagnostic::new(path(), message));
    }

    /// Checks a list's length, then, when it is within `max`, each entry.
    fn entries<T>(
        &mut self,
        items: &'a [T],
        max: usize,
        path: &dyn Fn() -> String,
        mut each: impl FnMut(&mut Self, usize, &'a T),
    ) {
        if items.len() > max {
            let message = format!("{} entries; at most {max} are allowed", items.len());
            return self.refuse(path, message);
        }
        for (index, item) in items.iter().enumerate() {
            each(self, index, item);
        }
    }

    /// Whether a string, when present, has at most `max` characters.
    fn string<'s>(
        &mut self,
        value: impl Into<Option<&'s str>>,
        max: usize,
        path: &dyn Fn() -> String,
    ) -> bool {
        // A string has no more characters than bytes, so most need no counting.
        let Some(value) = value.into().filter(|value| value.len() > max) else {
            return true;
        };
        let chars = value.chars().count();
        if chars > max {
            self.refuse(
                path,
                format!("{chars} characters; at most {max} are allowed"),
            );
        }
        chars <= max
    }

    fn id<'s>(&mut self, value: impl Into<Option<&'s str>>, path: &dyn Fn() -> String) {
        self.string(value, MAX_ID_CHARS, path);
    }

    fn text(&mut self, text: impl Into<Option<&'a Text>>, path: &dyn Fn() -> String) {
        match text.into() {
            None => {}
            Some(Text::Plain(value)) => {
                self.string(value.as_str(), MAX_TEXT_CHARS, path);
            }
            Some(Text::Localized(texts)) => {
                for (tag, value) in texts {
                    // An overlong tag is named by its text's path, never quoted in one.
                    let tag_path = || format!("{} (a language tag)", path());
                    if !self.languages.contains(&tag.as_str()) {
                        if self.languages.len() == MAX_LANGUAGES {
                            let message = format!(
                                "one language more than the {MAX_LANGUAGES} a snapshot may use"
                            );
                            self.refuse(&tag_path, message);
                            continue;
                        }
                        self.languages.push(tag.as_str());
                    }
                    if self.string(tag.as_str(), MAX_ID_CHARS, &tag_path) {
                        let value_path = || format!("{}.{tag}", path());
                        self.string(value.as_str(), MAX_TEXT_CHARS, &value_path);
                    }
                }
            }
        }
    }

    fn source(&mut self, index: usize, source: &'a Source) {
        let at = |field: &str| format!("sources[{index}].{field}");
        self.id(source.id.as_str(), &|| at("id"));
        self.text(&source.title, &|| at("title"));
        self.string(source.url.as_deref(), MAX_TEXT_CHARS, &|| at("url"));
        let reference = source.reference.as_deref();
        self.string(reference, MAX_TEXT_CHARS, &|| at("reference"));
        self.string(source.kind.as_deref(), MAX_TEXT_CHARS, &|| at("kind"));
    }

    /// The ids of the sources an item cites, at `path`.
    fn cited_sources(&mut self, ids: &'a [String], path: &dyn Fn() -> String) {
        self.entries(ids, MAX_ITEM_ENTRIES, path, |b, k, id| {
            b.id(id.as_str(), &|| format!("{}[{k}]", path()));
        });
    }

    fn pillar(&mut self, index: usize, pillar: &'a Pillar) {
        let at = |field: &str| format!("pillars[{index}].{field}");
        self.id(pillar.id.as_str(), &|| at("id"));
        self.text(&pillar.title, &|| at("title"));
        self.text(pillar.summary.as_ref(), &|| at("summary"));
    }

    fn action_line(&mut self, index: usize, line: &'a ActionLine) {
        let at = |field: &str| format!("action_lines[{index}].{field}");
        self.id(line.id.as_str(), &|| at("id"));
        self.id(line.pillar.as_str(), &|| at("pillar"));
        self.text(&line.title, &|| at("title"));
        self.text(line.summary.as_ref(), &|| at("summary"));
        self.entries(
            &line.owners,
            MAX_ITEM_ENTRIES,
            &|| at("owners"),
            |b, k, owner| {
                b.string(owner.as_str(), MAX_TEXT_CHARS, &|| {
                    at(&format!("owners[{k}]"))
                });
            },
        );
        self.entries(
            &line.budget,
            MAX_ITEM_ENTRIES,
            &|| at("budget"),
            |b, k, item| {
                let at = |field: &str| at(&format!("budget[{k}].{field}"));
                if item.amount_eur > MAX_AMOUNT_EUR {
                    let message = format!(
                        "{} euros; at most {MAX_AMOUNT_EUR} (a quadrillion) are allowed",
                        item.amount_eur
                    );
                    b.refuse(&|| at("amount_eur"), message);
                }
                b.text(item.label.as_ref(), &|| at("label"));
                b.id(item.source.as_str(), &|| at("source"));
                b.text(item.note.as_ref(), &|| at("note"));
            },
        );
        self.cited_sources(&line.sources, &|| at("sources"));
        self.text(line.notes.as_ref(), &|| at("notes"));
        self.entries(
            &line.history,
            MAX_ITEM_ENTRIES,
            &|| at("history"),
            |b, k, entry| {
                let at = |field: &str| at(&format!("history[{k}].{field}"));
                b.text(entry.note.as_ref(), &|| at("note"));
                b.id(entry.source.as_str(), &|| at("source"));
            },
        );
    }

    fn milestone(&mut self, index: usize, milestone: &'a Milestone) {
        let at = |field: &str| format!("milestones[{index}].{field}");
        self.id(milestone.id.as_str(), &|| at("id"));
        self.id(milestone.action_line.as_str(), &|| at("action_line"));
        self.text(&milestone.title, &|| at("title"));
        self.text(milestone.description.as_ref(), &|| at("description"));
        self.cited_sources(&milestone.sources, &|| at("sources"));
        self.text(milestone.note.as_ref(), &|| at("note"));
        self.entries(
            &milestone.history,
            MAX_ITEM_ENTRIES,
            &|| at("history"),
            |b, k, change| {
                let at = |field: &str| at(&format!("history[{k}].{field}"));
                b.text(change.note.as_ref(), &|| at("note"));
                b.id(change.source.as_str(), &|| at("source"));
            },
        );
    }
}

/// Every way the snapshot exceeds a limit; empty when it keeps to all of them.
pub fn check(snapshot: &Snapshot) -> Capped {
    let mut bounds = Bounds::default();
    bounds.id(snapshot.id.as_str(), &|| "id".into());
    bounds.text(&snapshot.title, &|| "title".into());
    bounds.text(snapshot.summary.as_ref(), &|| "summary".into());
    let language = snapshot.default_language.as_deref();
    bounds.id(language, &|| "default_language".into());
    if let Some(publisher) = &snapshot.publisher {
        let name = publisher.name.as_str();
        bounds.string(name, MAX_TEXT_CHARS, &|| "publisher.name".into());
        let url = publisher.url.as_deref();
        bounds.string(url, MAX_TEXT_CHARS, &|| "publisher.url".into());
    }
    if let Some(previous) = &snapshot.previous {
        let url = previous.url.as_str();
        bounds.string(url, MAX_TEXT_CHARS, &|| "previous.url".into());
    }
    let sources = &snapshot.sources;
    bounds.entries(sources, MAX_SOURCES, &|| "sources".into(), Bounds::source);
    let pillars = &snapshot.pillars;
    bounds.entries(pillars, MAX_PILLARS, &|| "pillars".into(), Bounds::pillar);
    let lines = &snapshot.action_lines;
    bounds.entries(
        lines,
        MAX_ACTION_LINES,
        &|| "action_lines".into(),
        |b, k, line| {
            b.action_line(k, line);
        },
    );
    let milestones = &snapshot.milestones;
    bounds.entries(
        milestones,
        MAX_MILESTONES,
        &|| "milestones".into(),
        |b, k, m| {
            b.milestone(k, m);
        },
    );
    bounds.errors
}
