//! Documents of any size, each item as small as allowed; shared by the limit tests and
//! the core benchmark (`crates/dsii-core/benches/large_documents.rs`).

/// A document of `pillars` pillars, `lines` action lines spread over them, `milestones`
/// milestones spread over the lines and `sources` sources, each as small as allowed.
pub fn sized(pillars: usize, lines: usize, milestones: usize, sources: usize) -> String {
    let list = |count: usize, item: &dyn Fn(usize) -> String| {
        (0..count).map(item).collect::<Vec<_>>().join(",")
    };
    let pillar_list = list(pillars, &|i| format!(r#"{{"id":"p{i}","title":"P"}}"#));
    let line_list = list(lines, &|i| {
        let pillar = i % pillars.max(1);
        format!(
            r#"{{"id":"l{i}","pillar":"p{pillar}","title":"L","status":"planned","sources":["s0"]}}"#
        )
    });
    let milestone_list = list(milestones, &|i| {
        let line = i % lines.max(1);
        format!(
            r#"{{"id":"m{i}","action_line":"l{line}","title":"M","date":"2026-Q1","status":"pending","sources":["s0"]}}"#
        )
    });
    let source_list = list(sources, &|i| format!(r#"{{"id":"s{i}","title":"S"}}"#));
    format!(
        r#"{{"schema_version":1,"id":"sized","title":"Sized","as_of":"2026-01-01","sources":[{source_list}],"pillars":[{pillar_list}],"action_lines":[{line_list}],"milestones":[{milestone_list}]}}"#
    )
}
