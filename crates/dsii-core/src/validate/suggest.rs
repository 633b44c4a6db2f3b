//! "Did you mean": the known key nearest to an unknown one, when it is near enough to
//! be a slip of the keyboard (`asof` for `as_of`, `titel` for `title`).

/// Longer keys are never a slip of any key of the format; they are not compared at all,
/// so a hostile key costs nothing.
const MAX_KEY_CHARS: usize = 64;

/// A known key allows one edit per this many of its characters, and at least one.
const CHARS_PER_EDIT: usize = 3;

/// The first of `known` nearest to `key`, ignoring ASCII case, if near enough.
pub fn nearest<'k>(key: &str, known: &[&'k str]) -> Option<&'k str> {
    let key = lowercase_chars(key)?;
    let mut best: Option<(usize, &'k str)> = None;
    for &candidate in known {
        let Some(chars) = lowercase_chars(candidate) else {
            continue;
        };
        let allowed = (chars.len() / CHARS_PER_EDIT).max(1);
        // No alignment is shorter than the difference in length.
        if key.len().abs_diff(chars.len()) > allowed {
            continue;
        }
        let distance = distance(&key, &chars);
        if distance <= allowed && best.is_none_or(|(nearest, _)| distance < nearest) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

fn lowercase_chars(text: &str) -> Option<Vec<char>> {
    let chars: Vec<char> = text
        .chars()
        .take(MAX_KEY_CHARS + 1)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    (chars.len() <= MAX_KEY_CHARS).then_some(chars)
}

/// Edits from `a` to `b`: insertions, deletions, substitutions and swaps of two
/// neighbours (the optimal string alignment distance), in three rows of the table.
fn distance(a: &[char], b: &[char]) -> usize {
    let mut before = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, &from) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, &to) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(from != to);
            let mut best = substitute.min(previous[j + 1] + 1).min(current[j] + 1);
            if i > 0 && j > 0 && from == b[j - 1] && a[i - 1] == to {
                best = best.min(before[j - 1] + 1);
            }
            current[j + 1] = best;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEYS: [&str; 6] = ["id", "title", "as_of", "sources", "milestones", "summary"];

    #[test]
    fn a_slip_of_the_keyboard_gets_the_key_it_missed() {
        for (slip, key) in [
            ("asof", "as_of"),
            ("titel", "title"),
            ("Title", "title"),
            ("source", "sources"),
            ("milestnoes", "milestones"),
            ("mile_stones", "milestones"),
            ("AS-OF", "as_of"),
        ] {
            assert_eq!(nearest(slip, &KEYS), Some(key), "{slip}");
        }
    }

    #[test]
    fn a_different_word_gets_no_suggestion() {
        for other in ["x0", "theme_colour", "priority", "owner", "", "s"] {
            assert_eq!(nearest(other, &KEYS), None, "{other}");
        }
        assert_eq!(nearest(&"a".repeat(100_000), &KEYS), None);
    }

    #[test]
    fn distances_count_swaps_as_one_edit() {
        let chars = |text: &str| text.chars().collect::<Vec<_>>();
        assert_eq!(distance(&chars("ab"), &chars("ba")), 1);
        assert_eq!(distance(&chars("kitten"), &chars("sitting")), 3);
        assert_eq!(distance(&chars(""), &chars("abc")), 3);
        assert_eq!(distance(&chars("ca"), &chars("abc")), 3);
    }
}
