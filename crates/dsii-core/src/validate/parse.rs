//! Turns bytes into a typed snapshot, or into an error that names the place and the
//! expectation. Unknown keys are collected as warnings, not refused.

use super::capped::{Capped, Findings};
use super::diagnostic::{Diagnostic, SnapshotError};
use super::json::{self, Json, SyntaxError};
use super::limits::{check_depth, check_size};
use super::spans::{self, ListSpans};
use super::walk::{self, Walk, Walked};
use crate::model::snapshot::{Snapshot, SCHEMA_VERSION};

const BYTE_ORDER_MARK: &[u8] = b"\xEF\xBB\xBF";

fn malformed(error: &SyntaxError, locate: impl Fn(usize) -> (usize, usize)) -> SnapshotError {
    let (line, column) = locate(error.at);
    // Columns from 1, at the byte where reading stopped.
    SnapshotError::Malformed {
        line,
        column: column + 1,
        reason: error.reason.to_owned(),
    }
}

/// The format's document is an object; say what it is instead.
fn check_top_level_object(bytes: &[u8]) -> Result<(), SnapshotError> {
    let found = match bytes.iter().find(|byte| !spans::is_json_whitespace(byte)) {
        Some(b'{') | None => return Ok(()),
        Some(b'[') => "an array",
        Some(b'"') => "a string",
        Some(b'0'..=b'9' | b'-') => "a number",
        Some(b't' | b'f') => "a boolean",
        Some(b'n') => "null",
        Some(_) => return Ok(()), // not JSON at all: the parser says where
    };
    Err(Diagnostic::new("", format!("expected a JSON object, found {found}")).into())
}

/// Reads only `schema_version`, so a document of another version is refused by its
/// version rather than by whatever else changed.
fn check_version(bytes: &[u8]) -> Result<(), SnapshotError> {
    let Some(range) = spans::top_level_value(bytes, "schema_version") else {
        return Ok(()); // missing or unreadable: the typed parse says so with its path
    };
    let Ok(node) = json::parse(&bytes[range]) else {
        return Ok(());
    };
    match &node.value {
        Json::Number(raw) if raw.parse::<u64>() == Ok(SCHEMA_VERSION) => Ok(()),
        Json::Number(raw) => Err(SnapshotError::UnsupportedVersion {
            found: raw.clone(),
            supported: SCHEMA_VERSION,
        }),
        Json::String(text) => Err(SnapshotError::UnsupportedVersion {
            found: format!("{text:?}"),
            supported: SCHEMA_VERSION,
        }),
        _ => Ok(()),
    }
}

/// Parses a snapshot; the warnings name the keys the format does not know.
pub fn parse(bytes: &[u8]) -> Result<(Snapshot, Capped), SnapshotError> {
    parse_preflighted(preflight(bytes)?)
}

/// The cheap checks that refuse a hostile document before it is parsed: size, depth,
/// shape and format version. Returns the document without a byte-order mark.
pub fn preflight(bytes: &[u8]) -> Result<&[u8], SnapshotError> {
    let bytes = bytes.strip_prefix(BYTE_ORDER_MARK).unwrap_or(bytes);
    check_size(bytes)?;
    check_depth(bytes)?;
    check_top_level_object(bytes)?;
    check_version(bytes)?;
    Ok(bytes)
}

/// Parses a document that passed [`preflight`].
pub fn parse_preflighted(bytes: &[u8]) -> Result<(Snapshot, Capped), SnapshotError> {
    let mut parse = StagedParse::start(bytes)?;
    while !parse.advance(usize::MAX)? {}
    parse.finish()
}

/// The lists that hold a snapshot's bulk, parsed a few entries at a time.
const LISTS: [&str; 4] = ["sources", "pillars", "action_lines", "milestones"];

/// A parse in steps, so a browser can let the page breathe in between: first all but
/// the entries of the top-level lists, then those entries, as many as asked at a time.
/// Paths, positions and unknown keys are reported as by a parse in one go, and a
/// mistake does not stop it: every entry is walked for its mistakes.
pub struct StagedParse<'a> {
    doc: &'a [u8],
    /// `None` once the document's own fields had a mistake.
    snapshot: Option<Snapshot>,
    /// Mistakes, and unknown keys as warnings.
    findings: Findings,
    lists: Vec<ListSpans>,
    /// The next entry to parse: which list, which entry.
    next: (usize, usize),
}

impl<'a> StagedParse<'a> {
    /// Parses the document with its lists read as empty; every byte keeps its place,
    /// so positions in errors stay those of the document.
    pub fn start(doc: &'a [u8]) -> Result<Self, SnapshotError> {
        let lists = spans::top_level_lists(doc, &LISTS).unwrap_or_default();
        // The document with `[]` for each list, and where each piece of it came from.
        let mut head = Vec::new();
        let mut pieces = Vec::new();
        let mut copied = 0;
        for list in &lists {
            pieces.push((head.len(), copied));
            head.extend_from_slice(&doc[copied..list.value.start]);
            pieces.push((head.len(), list.value.start));
            head.extend_from_slice(b"[]");
            copied = list.value.end;
        }
        pieces.push((head.len(), copied));
        head.extend_from_slice(&doc[copied..]);
        let in_doc = |offset: usize| {
            let piece = pieces.partition_point(|&(start, _)| start <= offset);
            let (head_start, doc_start) = pieces[piece.saturating_sub(1)];
            doc_start + (offset - head_start)
        };
        let locate = |offset: usize| spans::position(doc, in_doc(offset));
        let node = json::parse(&head).map_err(|error| malformed(&error, locate))?;
        let mut findings = Findings::default();
        let snapshot = walk::snapshot(&mut Walk::new("", &mut findings, &locate), &node).ok();
        Ok(Self {
            doc,
            snapshot,
            findings,
            lists,
            next: (0, 0),
        })
    }

    /// Parses up to `count` more entries; `true` once every entry is parsed.
    pub fn advance(&mut self, count: usize) -> Result<bool, SnapshotError> {
        let mut parsed = 0;
        while parsed < count {
            let (list, entry) = self.next;
            let Some(spans) = self.lists.get(list) else {
                return Ok(true);
            };
            let Some(range) = spans.entries.get(entry).cloned() else {
                self.next = (list + 1, 0);
                continue;
            };
            let path = format!("{}[{entry}]", spans.key);
            let doc = self.doc;
            let start = range.start;
            let locate = |offset: usize| spans::position(doc, start + offset);
            // One tree per entry, walked as the list's type.
            let node = json::parse(&doc[range]).map_err(|error| malformed(&error, locate))?;
            let mut walk = Walk::new(&path, &mut self.findings, &locate);
            let snapshot = self.snapshot.as_mut();
            match spans.key {
                "sources" => add(
                    snapshot.map(|s| &mut s.sources),
                    walk::source(&mut walk, &node),
                ),
                "pillars" => add(
                    snapshot.map(|s| &mut s.pillars),
                    walk::pillar(&mut walk, &node),
                ),
                "action_lines" => add(
                    snapshot.map(|s| &mut s.action_lines),
                    walk::action_line(&mut walk, &node),
                ),
                _ => add(
                    snapshot.map(|s| &mut s.milestones),
                    walk::milestone(&mut walk, &node),
                ),
            }
            self.next = (list, entry + 1);
            parsed += 1;
        }
        Ok(self.next.0 >= self.lists.len())
    }

    /// The snapshot and its unknown keys, or every mistake the parse found.
    pub fn finish(self) -> Result<(Snapshot, Capped), SnapshotError> {
        match self.snapshot {
            Some(snapshot) if self.findings.errors.is_empty() => {
                Ok((snapshot, self.findings.warnings))
            }
            _ => Err(self.findings.errors.into()),
        }
    }
}

/// Keeps a walked entry while there is a snapshot to keep it in.
fn add<T>(list: Option<&mut Vec<T>>, entry: Walked<T>) {
    if let (Some(list), Ok(entry)) = (list, entry) {
        list.push(entry);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = include_str!("../../../../tests/fixtures/small_monitor.json");

    #[test]
    fn an_error_in_a_list_entry_names_its_path_and_its_place_in_the_document() {
        // Places as serde_json names them when it parses the whole document in one go.
        for (from, to, path, (line, column)) in [
            (
                r#""status": "delayed""#,
                r#""status": "doing""#,
                "action_lines[2].status",
                (16, 84),
            ),
            (
                r#""date": "2026-H1""#,
                r#""date": 2026"#,
                "milestones[3].date",
                (23, 75),
            ),
            (
                r#"{ "id": "safe", "#,
                r#"{ "id": ["safe"], "#,
                "pillars[1].id",
                (11, 12),
            ),
        ] {
            let doc = SMALL.replacen(from, to, 1);
            let Err(SnapshotError::Invalid { errors, .. }) = parse(doc.as_bytes()) else {
                panic!("{to} should be refused");
            };
            assert_eq!(errors[0].path, path);
            assert!(
                errors[0]
                    .message
                    .ends_with(&format!("(line {line}, column {column})")),
                "{}",
                errors[0].message
            );
        }
    }

    #[test]
    fn an_error_after_a_list_on_the_same_line_names_its_place_in_the_document() {
        // Keys in alphabetical order on one line: `as_of` follows `action_lines`.
        let value: serde_json::Value = serde_json::from_str(SMALL).unwrap_or_default();
        let doc = value.to_string().replace("2026-01-15", "2026-13-01");
        let column = 523; // where a parse in one go names it
        let Err(SnapshotError::Invalid { errors, .. }) = parse(doc.as_bytes()) else {
            panic!("a 13th month should be refused");
        };
        assert_eq!(errors[0].path, "as_of");
        assert!(
            errors[0]
                .message
                .ends_with(&format!("(line 1, column {column})")),
            "{}",
            errors[0].message
        );
    }

    #[test]
    fn unknown_keys_in_list_entries_are_named_with_their_entry() {
        let doc = SMALL.replacen(r#""id": "m-h1","#, r#""id": "m-h1", "owner": "x","#, 1);
        let Ok((snapshot, unknown)) = parse(doc.as_bytes()) else {
            panic!("the document is valid");
        };
        assert_eq!(snapshot.milestones.len(), 6);
        let (warnings, _) = unknown.into_parts();
        assert_eq!(
            warnings.iter().map(|w| w.path.as_str()).collect::<Vec<_>>(),
            ["milestones[3].owner"]
        );
    }

    #[test]
    fn a_staged_parse_gives_the_same_snapshot_as_one_step() {
        let mut staged = StagedParse::start(SMALL.as_bytes()).map_err(|e| e.to_string());
        let mut steps = 0;
        while let Ok(parse) = staged.as_mut() {
            steps += 1;
            if parse.advance(2).unwrap_or(true) {
                break;
            }
        }
        let staged = staged.and_then(|parse| parse.finish().map_err(|e| e.to_string()));
        let staged = staged.map(|(snapshot, _)| format!("{snapshot:?}"));
        let whole = parse(SMALL.as_bytes()).map(|(snapshot, _)| format!("{snapshot:?}"));
        assert!(whole.as_ref().is_ok_and(|whole| whole.contains("m-cancel")));
        assert_eq!(staged.ok(), whole.ok());
        assert_eq!(steps, 7, "13 entries, two at a time");
    }
}
