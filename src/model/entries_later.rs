//! The snapshot's top-level lists are read entry by entry by
//! `validate::parse::StagedParse`, so that a large document is read in steps. The
//! document itself is read with those lists empty (`[]`); this checks only that each
//! is a list, so the entries' parsing code is in the wasm once, not twice.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{Error, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};

/// An entry where none is expected: the staged parse reads entries itself.
struct EntryReadElsewhere;

impl<'de> Deserialize<'de> for EntryReadElsewhere {
    fn deserialize<D: Deserializer<'de>>(_: D) -> Result<Self, D::Error> {
        Err(D::Error::custom(
            "this list's entries are read one by one; the document could not be split into them",
        ))
    }
}

struct EmptyList<T>(PhantomData<T>);

impl<'de, T> Visitor<'de> for EmptyList<T> {
    type Value = Vec<T>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a list")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        match seq.next_element::<EntryReadElsewhere>()? {
            None => Ok(Vec::new()),
            Some(EntryReadElsewhere) => Err(A::Error::custom("unreachable: entries always fail")),
        }
    }
}

pub(crate) fn entries_later<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
{
    deserializer.deserialize_seq(EmptyList(PhantomData))
}
