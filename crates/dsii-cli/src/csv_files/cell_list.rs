//! A list of strings (source ids, owners) in one cell: `a;b;c`. Ids may themselves hold
//! `;`, so a `;` or `\` inside an entry is written behind a backslash: `a\;b` is one id.
//! An empty list is an absent cell; a list of one empty string is a present, empty one.

const SEPARATOR: char = ';';
const ESCAPE: char = '\\';

/// The cell value of a list; `None` for an empty list.
pub fn join(entries: &[String]) -> Option<String> {
    if entries.is_empty() {
        return None;
    }
    let mut value = String::new();
    for (index, entry) in entries.iter().enumerate() {
        if index > 0 {
            value.push(SEPARATOR);
        }
        for c in entry.chars() {
            if c == SEPARATOR || c == ESCAPE {
                value.push(ESCAPE);
            }
            value.push(c);
        }
    }
    Some(value)
}

/// The entries of a cell value; a backslash keeps the character after it as it is.
pub fn split(value: Option<&str>) -> Vec<String> {
    let Some(value) = value else {
        return Vec::new();
    };
    let (mut entries, mut current) = (Vec::new(), String::new());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match c {
            ESCAPE => current.push(chars.next().unwrap_or(ESCAPE)),
            SEPARATOR => entries.push(std::mem::take(&mut current)),
            _ => current.push(c),
        }
    }
    entries.push(current);
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(entries: &[&str]) -> Vec<String> {
        entries.iter().map(|entry| (*entry).to_owned()).collect()
    }

    #[test]
    fn separators_and_backslashes_inside_ids_survive() {
        for entries in [
            strings(&["a", "b"]),
            strings(&["a;b", "c\\", "\\;"]),
            strings(&[""]),
            strings(&["", ""]),
            strings(&["x;"]),
        ] {
            let value = join(&entries);
            assert_eq!(split(value.as_deref()), entries, "{value:?}");
        }
    }

    #[test]
    fn an_empty_list_is_an_absent_cell() {
        assert_eq!(join(&[]), None);
        assert!(split(None).is_empty());
    }

    #[test]
    fn a_trailing_backslash_typed_by_hand_is_kept() {
        assert_eq!(split(Some("a\\")), ["a\\"]);
    }
}
