//! Lists looked up by id: the ids sorted with the position of their first entry, and a
//! binary search. One type for every list (and for sets of ids), so the wasm carries one
//! copy of the code, shared with the validator's; not a hash map, since in the browser
//! (wasm32-unknown-unknown) hash keys come from predictable addresses and crafted ids
//! could all collide; not a B-tree, whose code costs the wasm more.

use crate::sort::sort_by;

/// Each id with the position of its first entry, sorted by id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FirstPositions<'a>(Vec<(&'a str, usize)>);

impl<'a> FirstPositions<'a> {
    /// From `(id, position)` pairs; where an id repeats, its first position wins.
    pub fn from_pairs(pairs: impl Iterator<Item = (&'a str, usize)>) -> Self {
        let mut pairs: Vec<(&'a str, usize)> = pairs.collect();
        sort_by(&mut pairs, Ord::cmp);
        pairs.dedup_by(|later, first| later.0 == first.0);
        Self(pairs)
    }

    /// The position of the first entry with `id`.
    pub fn get(&self, id: &str) -> Option<usize> {
        self.0
            .binary_search_by(|(known, _)| (*known).cmp(id))
            .ok()
            .map(|at| self.0[at].1)
    }

    pub fn contains(&self, id: &str) -> bool {
        self.get(id).is_some()
    }
}

/// The position of each id's first entry; the first of a duplicated id wins, as in the
/// validator.
pub fn first_positions<'a>(ids: impl Iterator<Item = &'a str>) -> FirstPositions<'a> {
    FirstPositions::from_pairs(ids.enumerate().map(|(position, id)| (id, position)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_of_a_repeated_id_wins_and_unknown_ids_are_absent() {
        let positions = first_positions(["b", "a", "b", "c", "a"].into_iter());
        assert_eq!(positions.get("a"), Some(1));
        assert_eq!(positions.get("b"), Some(0));
        assert_eq!(positions.get("c"), Some(3));
        assert!(!positions.contains("d"));
        assert!(!positions.contains(""));
    }
}
