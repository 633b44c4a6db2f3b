//! Limits checked before parsing, so hostile documents fail fast and clearly.

use super::diagnostic::SnapshotError;

/// Larger documents are refused before parsing.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// The format nests at most six levels (document, list, item, history, entry, text);
/// unknown keys may add a few more, but nothing needs sixteen.
pub const MAX_DEPTH: usize = 16;

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
