//! A list of findings that stops growing at a cap and counts the rest: a hostile
//! document must not make the validator build millions of messages.

use super::diagnostic::{Diagnostic, SnapshotError};
use super::limits::MAX_DIAGNOSTICS;

#[derive(Debug, Default)]
pub struct Capped {
    kept: Vec<Diagnostic>,
    omitted: usize,
}

impl Capped {
    /// Adds a finding; `make` runs only when the finding is kept.
    pub fn push_with(&mut self, make: impl FnOnce() -> Diagnostic) {
        if self.kept.len() < MAX_DIAGNOSTICS {
            self.kept.push(make());
        } else {
            self.omitted += 1;
        }
    }

    /// Adds another list's findings after these, under the same cap.
    pub fn append(&mut self, other: Capped) {
        for diagnostic in other.kept {
            self.push_with(|| diagnostic);
        }
        self.omitted += other.omitted;
    }

    pub fn is_empty(&self) -> bool {
        self.kept.is_empty()
    }

    /// The kept findings, and how many more there were.
    pub fn into_parts(self) -> (Vec<Diagnostic>, usize) {
        (self.kept, self.omitted)
    }
}

/// Errors make the snapshot unshowable; warnings are shown beside it.
#[derive(Debug, Default)]
pub struct Findings {
    pub errors: Capped,
    pub warnings: Capped,
}

impl From<Capped> for SnapshotError {
    fn from(errors: Capped) -> Self {
        let (errors, omitted) = errors.into_parts();
        SnapshotError::Invalid { errors, omitted }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn findings(count: usize) -> Capped {
        let mut capped = Capped::default();
        for index in 0..count {
            capped.push_with(|| Diagnostic::new(format!("x{index}"), "unknown key, ignored"));
        }
        capped
    }

    #[test]
    fn keeps_the_first_findings_and_counts_the_rest() {
        let (kept, omitted) = findings(MAX_DIAGNOSTICS + 5).into_parts();
        assert_eq!((kept.len(), omitted), (MAX_DIAGNOSTICS, 5));
        assert_eq!(kept[0].path, "x0");
    }

    #[test]
    fn appending_keeps_the_cap_and_the_counts() {
        let mut first = findings(MAX_DIAGNOSTICS - 1);
        first.append(findings(MAX_DIAGNOSTICS + 2));
        let (kept, omitted) = first.into_parts();
        assert_eq!(
            (kept.len(), omitted),
            (MAX_DIAGNOSTICS, MAX_DIAGNOSTICS + 1)
        );
    }
}
