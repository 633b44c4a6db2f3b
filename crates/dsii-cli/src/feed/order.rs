//! A feed follows one strategy through time: its snapshots must share an `id` and come
//! oldest first, each after the one before (two of one day would share an entry id).

use dsii_core::model::{CalendarDate, Snapshot};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrderError {
    /// The snapshot at `index` is of another strategy than the first.
    OtherStrategy {
        index: usize,
        expected: String,
        found: String,
    },
    /// The snapshot at `index` is not later than the one before it.
    NotLater {
        index: usize,
        before: CalendarDate,
        found: CalendarDate,
    },
}

pub fn check_order(snapshots: &[Snapshot]) -> Result<(), OrderError> {
    let Some(first) = snapshots.first() else {
        return Ok(());
    };
    for (index, pair) in snapshots.windows(2).enumerate() {
        let (before, snapshot) = (&pair[0], &pair[1]);
        let index = index + 1;
        if snapshot.id != first.id {
            return Err(OrderError::OtherStrategy {
                index,
                expected: first.id.clone(),
                found: snapshot.id.clone(),
            });
        }
        if snapshot.as_of <= before.as_of {
            return Err(OrderError::NotLater {
                index,
                before: before.as_of,
                found: snapshot.as_of,
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsii_core::validate::load;

    const PREVIOUS: &[u8] = include_bytes!("../../../../tests/fixtures/policy_v1.json");
    const CURRENT: &[u8] = include_bytes!("../../../../tests/fixtures/policy_v2.json");

    fn pair() -> (Snapshot, Snapshot) {
        let load = |bytes| load(bytes).unwrap().snapshot;
        (load(PREVIOUS), load(CURRENT))
    }

    #[test]
    fn consecutive_versions_oldest_first_are_in_order() {
        let (old, new) = pair();
        assert_eq!(check_order(&[old, new]), Ok(()));
    }

    #[test]
    fn newest_first_is_refused() {
        let (old, new) = pair();
        assert_eq!(
            check_order(&[new.clone(), old.clone()]),
            Err(OrderError::NotLater {
                index: 1,
                before: new.as_of,
                found: old.as_of
            })
        );
    }

    #[test]
    fn the_same_day_twice_is_refused() {
        let (old, _) = pair();
        assert!(matches!(
            check_order(&[old.clone(), old]),
            Err(OrderError::NotLater { index: 1, .. })
        ));
    }

    #[test]
    fn another_strategy_is_refused() {
        let (old, mut new) = pair();
        new.id = "other".to_owned();
        assert_eq!(
            check_order(&[old, new]),
            Err(OrderError::OtherStrategy {
                index: 1,
                expected: "test-policy".to_owned(),
                found: "other".to_owned()
            })
        );
    }
}
