//! What every region is drawn from: the snapshot and the reader's view of it.

use dsii_core::changes::ShownChanges;
use dsii_core::headings::Headings;
use dsii_core::model::{CalendarDate, Language};
use dsii_core::prepared::PreparedSnapshot;

#[derive(Clone, Copy)]
pub struct Scene<'a> {
    pub prepared: &'a PreparedSnapshot,
    pub language: Language,
    /// The reference date.
    pub today: CalendarDate,
    pub headings: Headings,
    /// The changes the changes view shows: cards and timeline items carry their badges.
    pub changes: Option<&'a ShownChanges>,
    /// The page is printing: lists say how much they left out, not how to see more.
    pub printing: bool,
}
