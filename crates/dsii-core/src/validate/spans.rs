//! Where the entries of a document's top-level lists lie, found by a scan that reads
//! no value, so a large document can be parsed a few entries at a time. The scan
//! gives up (`None`) on anything unexpected; the caller then parses in one go.

use std::ops::Range;

/// One top-level list: the byte range of its value, and of each entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListSpans {
    pub key: &'static str,
    pub value: Range<usize>,
    pub entries: Vec<Range<usize>>,
}

/// JSON's whitespace only: a form feed, which `is_ascii_whitespace` allows, is not.
pub(crate) fn is_json_whitespace(byte: &u8) -> bool {
    matches!(byte, b' ' | b'\n' | b'\r' | b'\t')
}

fn skip_whitespace(doc: &[u8], mut at: usize) -> usize {
    while doc.get(at).is_some_and(is_json_whitespace) {
        at += 1;
    }
    at
}

/// `at` is on a key's opening quote: the key, its escapes decoded
/// (`"mil\u0065stones"` is `milestones`), and the index after its closing quote.
fn read_key(doc: &[u8], at: usize) -> Option<(Vec<u8>, usize)> {
    let end = skip_string(doc, at)?;
    let raw = doc.get(at + 1..end - 1)?;
    let key = match raw.contains(&b'\\') {
        true => super::json::parse_string(&doc[at..end]).ok()?.into_bytes(),
        false => raw.to_vec(),
    };
    Some((key, end))
}

/// `at` is on an opening quote; returns the index after the closing one.
fn skip_string(doc: &[u8], mut at: usize) -> Option<usize> {
    at += 1;
    loop {
        at += memchr::memchr2(b'"', b'\\', doc.get(at..)?)?;
        match doc.get(at)? {
            b'\\' => at += 2,
            _ => return Some(at + 1),
        }
    }
}

/// Returns the index after the value that starts at `at`.
fn skip_value(doc: &[u8], mut at: usize) -> Option<usize> {
    match doc.get(at)? {
        b'"' => skip_string(doc, at),
        b'{' | b'[' => {
            let mut depth = 0usize;
            loop {
                match doc.get(at)? {
                    b'"' => {
                        at = skip_string(doc, at)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(at + 1);
                        }
                    }
                    _ => {}
                }
                at += 1;
            }
        }
        _ => {
            while doc.get(at).is_some_and(|byte| {
                !matches!(byte, b',' | b']' | b'}') && !byte.is_ascii_whitespace()
            }) {
                at += 1;
            }
            Some(at)
        }
    }
}

fn entries_of(doc: &[u8], open: usize) -> Option<(Vec<Range<usize>>, usize)> {
    let mut entries = Vec::new();
    let mut at = skip_whitespace(doc, open + 1);
    if doc.get(at) == Some(&b']') {
        return Some((entries, at + 1));
    }
    loop {
        let start = at;
        at = skip_value(doc, at)?;
        let end = at;
        entries.push(start..end);
        at = skip_whitespace(doc, at);
        match doc.get(at)? {
            b',' => at = skip_whitespace(doc, at + 1),
            b']' => return Some((entries, at + 1)),
            _ => return None,
        }
    }
}

/// The lists among `keys` that the top-level object holds as arrays, in document order.
pub fn top_level_lists(doc: &[u8], keys: &[&'static str]) -> Option<Vec<ListSpans>> {
    let mut lists = Vec::new();
    let mut at = skip_whitespace(doc, 0);
    if doc.get(at) != Some(&b'{') {
        return None;
    }
    at = skip_whitespace(doc, at + 1);
    if doc.get(at) == Some(&b'}') {
        return Some(lists);
    }
    loop {
        let (key, after_key) = read_key(doc, at)?;
        at = skip_whitespace(doc, after_key);
        if doc.get(at) != Some(&b':') {
            return None;
        }
        at = skip_whitespace(doc, at + 1);
        let list_key = keys.iter().find(|name| name.as_bytes() == key.as_slice());
        match (list_key, doc.get(at)) {
            (Some(&key), Some(b'[')) => {
                let (entries, end) = entries_of(doc, at)?;
                lists.push(ListSpans {
                    key,
                    value: at..end,
                    entries,
                });
                at = end;
            }
            _ => at = skip_value(doc, at)?,
        }
        at = skip_whitespace(doc, at);
        match doc.get(at)? {
            b',' => at = skip_whitespace(doc, at + 1),
            b'}' => return Some(lists),
            _ => return None,
        }
    }
}

/// The byte range of the value of top-level key `key`, if the document has it.
pub fn top_level_value(doc: &[u8], key: &str) -> Option<Range<usize>> {
    let mut at = skip_whitespace(doc, 0);
    if doc.get(at) != Some(&b'{') {
        return None;
    }
    at = skip_whitespace(doc, at + 1);
    loop {
        let (found, after_key) = read_key(doc, at)?;
        let found = found == key.as_bytes();
        at = skip_whitespace(doc, after_key);
        if doc.get(at) != Some(&b':') {
            return None;
        }
        let start = skip_whitespace(doc, at + 1);
        at = skip_value(doc, start)?;
        if found {
            return Some(start..at);
        }
        at = skip_whitespace(doc, at);
        match doc.get(at)? {
            b',' => at = skip_whitespace(doc, at + 1),
            _ => return None,
        }
    }
}

/// Line (from 1) and byte column (from 0) of `offset`.
pub fn position(doc: &[u8], offset: usize) -> (usize, usize) {
    let before = &doc[..offset.min(doc.len())];
    let line = 1 + before.iter().filter(|&&byte| byte == b'\n').count();
    let column = before
        .iter()
        .rev()
        .take_while(|&&byte| byte != b'\n')
        .count();
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_entries_of_the_named_lists_only() {
        let doc = br#" { "id": "x", "a": [ {"s": "]}"}, 2 ,"t" ], "b": {"a": [1]}, "c": [] } "#;
        let lists = top_level_lists(doc, &["a", "c"]).unwrap_or_default();
        let text = |range: &Range<usize>| std::str::from_utf8(&doc[range.clone()]).unwrap_or("");
        assert_eq!(lists.len(), 2);
        assert_eq!(
            lists[0].entries.iter().map(text).collect::<Vec<_>>(),
            [r#"{"s": "]}"}"#, "2", r#""t""#]
        );
        assert_eq!(text(&lists[0].value), r#"[ {"s": "]}"}, 2 ,"t" ]"#);
        assert_eq!((lists[1].key, lists[1].entries.len()), ("c", 0));
    }

    #[test]
    fn keys_written_with_escapes_are_found() {
        let doc = br#"{"mil\u0065stones": [1, 2]}"#;
        let lists = top_level_lists(doc, &["milestones"]).unwrap_or_default();
        assert_eq!(lists.first().map(|list| list.entries.len()), Some(2));
    }

    #[test]
    fn gives_up_on_what_is_not_a_json_object() {
        for doc in [
            &b"[1, 2]"[..],
            b"{\"a\": [1, 2",
            b"{\"a\" 1}",
            b"{\"a\": \"open",
        ] {
            assert_eq!(top_level_lists(doc, &["a"]), None, "{doc:?}");
        }
    }

    #[test]
    fn positions_count_lines_from_one_and_bytes_from_zero() {
        assert_eq!(position(b"ab\ncd", 4), (2, 1));
        assert_eq!(position(b"abc", 0), (1, 0));
    }
}
