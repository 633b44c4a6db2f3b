//! One sort for the whole core. The standard library's sort is compiled once per element
//! type and comparison, about 3 KB of wasm each; every list here is ordered through one
//! sort of positions, with its comparison behind a reference, so the wasm carries it once.

use std::cmp::Ordering;

/// The positions `0..len` in the order `compare` gives them; equal ones keep their order.
pub fn sorted_positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    positions.sort_by(|&a, &b| compare(a, b));
    positions
}

/// Sorts `items` by `compare`, stably.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|position| slots.get_mut(position)?.take()),
    );
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn equal_items_keep_their_order() {
        let mut items = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd')];
        sort_by(&mut items, |a, b| a.0.cmp(&b.0));
        assert_eq!(items, [(1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
    }

    #[test]
    fn an_empty_list_stays_empty() {
        let mut items: Vec<u8> = Vec::new();
        sort_by(&mut items, Ord::cmp);
        assert!(items.is_empty());
        assert!(sorted_positions(0, &|_, _| Ordering::Equal).is_empty());
    }

    proptest! {
        #[test]
        fn sorts_as_the_standard_stable_sort(items in proptest::collection::vec((0u8..4, any::<u16>()), 0..64)) {
            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut standard = items;
            standard.sort_by_key(|item| item.0);
            prop_assert_eq!(ours, standard);
        }
    }
}
