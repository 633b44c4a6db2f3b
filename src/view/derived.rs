//! Values derived from the store, behind one memo type. Leptos compiles its memo code
//! once per value type, and the widget derives a dozen types. Here a `Memo<u32>` per
//! value counts the value's changes, which is all its readers subscribe to, and the
//! value waits beside it: the memo code is in the wasm once.

use std::sync::{Arc, PoisonError, RwLock};

use leptos::prelude::*;

/// A derived value and how to work it out.
struct Slot<T> {
    value: RwLock<Option<T>>,
    compute: Box<dyn Fn() -> T + Send + Sync>,
}

/// A memo of `compute`: worked out when first read and again when what it read changes;
/// readers run again only when the value differs.
pub struct Derived<T: Send + Sync + 'static> {
    changes: Memo<u32>,
    slot: StoredValue<Arc<Slot<T>>>,
}

impl<T: Send + Sync + 'static> Clone for Derived<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Derived<T> {}

impl<T: PartialEq + Send + Sync + 'static> Derived<T> {
    pub fn new(compute: impl Fn() -> T + Send + Sync + 'static) -> Self {
        let slot = Arc::new(Slot {
            value: RwLock::new(None),
            compute: Box::new(compute),
        });
        Self {
            changes: count_changes(slot.clone()),
            slot: StoredValue::new(slot),
        }
    }
}

/// The memo behind a [`Derived`]: works the value out, keeps it when it differs from
/// the one before, and counts how often it did.
fn count_changes<T: PartialEq + Send + Sync + 'static>(slot: Arc<Slot<T>>) -> Memo<u32> {
    Memo::new(move |count: Option<&u32>| {
        let next = (slot.compute)();
        let count = count.copied().unwrap_or(0);
        let mut value = slot.value.write().unwrap_or_else(PoisonError::into_inner);
        if value.as_ref() == Some(&next) {
            return count;
        }
        *value = Some(next);
        count.wrapping_add(1)
    })
}

impl<T: Send + Sync + 'static> Derived<T> {
    /// Reads the value, and runs the reader again when it changes.
    pub fn with<U>(&self, read: impl FnOnce(&T) -> U) -> U {
        self.changes.get();
        self.read(read)
    }

    /// Reads the value without following it.
    pub fn with_untracked<U>(&self, read: impl FnOnce(&T) -> U) -> U {
        self.changes.get_untracked();
        self.read(read)
    }

    /// Reads the value the memo, just brought up to date, keeps.
    fn read<U>(&self, read: impl FnOnce(&T) -> U) -> U {
        let slot = self.slot.get_value();
        let value = slot.value.read().unwrap_or_else(PoisonError::into_inner);
        match value.as_ref() {
            Some(value) => read(value),
            // Only before the memo's first run, which reading it has just made.
            None => read(&untrack(&slot.compute)),
        }
    }

    pub fn track(&self) {
        self.changes.track();
    }
}

impl<T: Clone + Send + Sync + 'static> Derived<T> {
    pub fn get(&self) -> T {
        self.with(T::clone)
    }

    pub fn get_untracked(&self) -> T {
        self.with_untracked(T::clone)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use leptos::reactive::owner::Owner;

    use super::*;

    #[test]
    fn a_derived_value_follows_its_source_and_its_readers_run_again_only_when_it_differs() {
        let owner = Owner::new();
        owner.set();
        let source = RwSignal::new(3);
        let parity = Derived::new(move || source.get() % 2);
        let runs = Arc::new(AtomicUsize::new(0));
        let counted = runs.clone();
        let reader = Derived::new(move || {
            counted.fetch_add(1, Ordering::Relaxed);
            parity.get() * 10
        });
        assert_eq!(reader.get(), 10);
        source.set(5);
        assert_eq!(parity.get(), 1);
        assert_eq!(reader.get(), 10);
        assert_eq!(runs.load(Ordering::Relaxed), 1, "the parity did not change");
        source.set(6);
        assert_eq!(reader.get(), 0);
        assert_eq!(runs.load(Ordering::Relaxed), 2);
        assert_eq!(reader.with_untracked(|value| value + 1), 1);
    }
}
