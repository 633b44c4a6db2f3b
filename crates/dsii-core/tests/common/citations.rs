//! Two versions of a document whose milestones cite hundreds of sources; shared by the
//! change tests and the core benchmark (`crates/dsii-core/benches/large_documents.rs`).

use dsii_core::model::{Snapshot, Source, Text};

/// Two versions of `base`: the older with `milestones` milestones that each cite all of
/// `sources` sources, the newer retitling every one and citing them in reverse order.
pub fn many_citations(base: &Snapshot, milestones: usize, sources: usize) -> (Snapshot, Snapshot) {
    let mut old = base.clone();
    let template = old.milestones[0].clone();
    old.sources = (0..sources)
        .map(|n| Source {
            id: format!("s{n}"),
            title: Text::Plain(format!("Source {n}")),
            date: None,
            url: None,
            reference: None,
            kind: None,
        })
        .collect();
    let cited: Vec<String> = old.sources.iter().map(|s| s.id.clone()).collect();
    old.milestones = (0..milestones)
        .map(|n| {
            let mut milestone = template.clone();
            milestone.id = format!("m{n}");
            milestone.sources = cited.clone();
            milestone
        })
        .collect();
    let mut new = old.clone();
    new.as_of = "2026-03-20".parse().expect("a valid date");
    for milestone in &mut new.milestones {
        milestone.sources.reverse();
        milestone.title = Text::Plain("Renamed".into());
    }
    (old, new)
}
