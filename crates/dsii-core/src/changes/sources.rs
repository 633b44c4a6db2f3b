//! The sources a change cites, looked up by id in the document that states it. Each
//! source is shared, not copied, by the changes that cite it, and a change lists at most
//! `MAX_CITED` of them: a document may cite hundreds per item, a reader needs a few.

use std::sync::Arc;

use crate::ids::{first_positions, FirstPositions};
use crate::model::{Snapshot, Source};

/// The most sources one change lists; it counts the rest.
pub const MAX_CITED: usize = 20;

/// What a change cites: the first `MAX_CITED` sources, and how many more there are.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cited {
    pub sources: Vec<Arc<Source>>,
    pub more: usize,
}

pub struct SourceIndex<'a> {
    sources: Vec<Arc<Source>>,
    by_id: FirstPositions<'a>,
}

impl<'a> SourceIndex<'a> {
    pub fn of(snapshot: &'a Snapshot) -> Self {
        let sources = snapshot.sources.iter().cloned().map(Arc::new).collect();
        let ids = snapshot.sources.iter().map(|source| source.id.as_str());
        Self {
            sources,
            by_id: first_positions(ids),
        }
    }

    /// The sources with these ids, in order, once each; ids that name none are skipped
    /// (the validator has reported them).
    pub fn cite<'i>(&self, ids: impl IntoIterator<Item = &'i str>) -> Cited {
        let mut seen = vec![false; self.sources.len()];
        let mut cited = Cited::default();
        for position in ids.into_iter().filter_map(|id| self.by_id.get(id)) {
            match seen.get_mut(position) {
                Some(seen) if !*seen => *seen = true,
                _ => continue,
            }
            match self.sources.get(position) {
                Some(source) if cited.sources.len() < MAX_CITED => {
                    cited.sources.push(source.clone());
                }
                Some(_) => cited.more += 1,
                None => {}
            }
        }
        cited
    }
}
