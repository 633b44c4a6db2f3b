//! Lists looked up by id. One map type for every list (id to position), so the wasm
//! carries one copy of the map code, shared with the validator's.

use std::collections::BTreeMap;

/// The position of each id's first entry; the first of a duplicated id wins, as in the
/// validator.
pub fn first_positions<'a>(ids: impl Iterator<Item = &'a str>) -> BTreeMap<&'a str, usize> {
    let mut positions = BTreeMap::new();
    for (position, id) in ids.enumerate() {
        positions.entry(id).or_insert(position);
    }
    positions
}
