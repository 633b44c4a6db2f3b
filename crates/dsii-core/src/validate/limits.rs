//! Every limit on a snapshot, in one place, so hostile documents fail fast and clearly.
//! Size and depth are checked here, before parsing; counts, lengths and amounts after
//! parsing, in `bounds`. docs/snapshot-format.md lists them for authors.

use super::diagnostic::SnapshotError;

/// Larger documents are refused before parsing.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// The format nests at most six levels (document, list, item, history, entry, text);
/// unknown keys may add a few more, but nothing needs sixteen.
pub const MAX_DEPTH: usize = 16;

/// A strategy has a handful of pillars; each becomes a card and a filter option.
pub const MAX_PILLARS: usize = 100;

/// The lists below leave room for far larger monitors than real ones (the
/// 10,000-milestone benchmark has 1,000 action lines and 20 sources) while bounding
/// what the widget indexes and renders.
pub const MAX_ACTION_LINES: usize = 5_000;
pub const MAX_MILESTONES: usize = 20_000;
pub const MAX_SOURCES: usize = 10_000;

/// Lists inside one item: owners, budget entries, history entries, cited sources.
pub const MAX_ITEM_ENTRIES: usize = 500;

/// Languages one document uses, over all its texts: enough for every official language
/// of the EU twice over, few enough that a spreadsheet export keeps a column per language.
pub const MAX_LANGUAGES: usize = 50;

/// Characters of any string, counted as JSON Schema's `maxLength` counts them.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// Characters of ids, references to ids and language tags, which messages quote.
pub const MAX_ID_CHARS: usize = 200;

/// A quadrillion euros: far above any budget, far below where arithmetic strains.
pub const MAX_AMOUNT_EUR: u64 = 1_000_000_000_000_000;

/// Errors, and warnings, kept for the reader; the rest are only counted.
pub const MAX_DIAGNOSTICS: usize = 1_000;

pub fn check_size(bytes: &[u8]) -> Result<(), SnapshotError> {
    if bytes.len() > MAX_BYTES {
        return Err(SnapshotError::TooLarge {
            size: bytes.len(),
            limit: MAX_BYTES,
        });
    }
    Ok(())
}

/// Scans brackets outside strings without recursion, so any depth is safe to check.
pub fn check_depth(bytes: &[u8]) -> Result<(), SnapshotError> {
    let (mut depth, mut line, mut column) = (0usize, 1usize, 0usize);
    let (mut in_string, mut escaped) = (false, false);
    for &byte in bytes {
        if byte == b'\n' {
            line += 1;
            column = 0;
        } else {
            column += 1;
        }
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'{' | b'[' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(SnapshotError::TooDeep {
                        line,
                        column,
                        limit: MAX_DEPTH,
                    });
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_inside_strings_do_not_count() {
        let text = format!("{{\"a\": \"{}\\\"{}\"}}", "[".repeat(100), "{".repeat(100));
        assert_eq!(check_depth(text.as_bytes()), Ok(()));
    }

    #[test]
    fn deep_nesting_is_refused_where_it_happens() {
        let text = format!("{{\"a\":\n{}", "[".repeat(10_000));
        assert_eq!(
            check_depth(text.as_bytes()),
            Err(SnapshotError::TooDeep {
                line: 2,
                column: MAX_DEPTH,
                limit: MAX_DEPTH
            })
        );
    }

    #[test]
    fn oversized_documents_are_refused() {
        let big = vec![b' '; MAX_BYTES + 1];
        assert!(matches!(
            check_size(&big),
            Err(SnapshotError::TooLarge { .. })
        ));
        assert_eq!(check_size(b"{}"), Ok(()));
    }
}
