//! The sources a change cites, looked up by id in the document that states it.

use std::collections::BTreeMap;

use crate::model::{Snapshot, Source};

pub struct SourceIndex<'a>(BTreeMap<&'a str, &'a Source>);

impl<'a> SourceIndex<'a> {
    /// The first source of a duplicated id wins, as in the validator.
    pub fn of(snapshot: &'a Snapshot) -> Self {
        let mut index = BTreeMap::new();
        for source in &snapshot.sources {
            index.entry(source.id.as_str()).or_insert(source);
        }
        Self(index)
    }

    /// The sources with these ids, in order, once each; ids that name none are skipped
    /// (the validator has reported them).
    pub fn cite<'i>(&self, ids: impl IntoIterator<Item = &'i str>) -> Vec<Source> {
        let mut cited: Vec<Source> = Vec::new();
        for id in ids {
            if let Some(source) = self.0.get(id) {
                if !cited.iter().any(|seen| seen.id == source.id) {
                    cited.push((*source).clone());
                }
            }
        }
        cited
    }
}
