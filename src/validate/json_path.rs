//! Renders the paths that serde wrappers report as `action_lines[3].status`.

use std::fmt::Write;

fn push_key(path: &mut String, key: &str) {
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(key);
}

fn push_index(path: &mut String, index: usize) {
    let _ = write!(path, "[{index}]");
}

/// The path of a deserialization error.
pub fn from_tracked(tracked: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut path = String::new();
    for segment in tracked.iter() {
        match segment {
            Segment::Seq { index } => push_index(&mut path, *index),
            Segment::Map { key } => push_key(&mut path, key),
            Segment::Enum { variant } => push_key(&mut path, variant),
            Segment::Unknown => {}
        }
    }
    path
}

/// The path of a key the model does not know.
pub fn from_ignored(ignored: &serde_ignored::Path) -> String {
    use serde_ignored::Path;
    let mut path = match ignored {
        Path::Root => return String::new(),
        Path::Seq { parent, .. }
        | Path::Map { parent, .. }
        | Path::Some { parent }
        | Path::NewtypeStruct { parent }
        | Path::NewtypeVariant { parent } => from_ignored(parent),
    };
    match ignored {
        Path::Seq { index, .. } => push_index(&mut path, *index),
        Path::Map { key, .. } => push_key(&mut path, key),
        _ => {}
    }
    path
}
