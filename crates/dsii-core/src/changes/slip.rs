//! How far a date moved, counted in the date's own precision: a quarter that moved to a
//! later quarter slipped "2 quarters", not "182 days".

use crate::model::{CalendarDate, FuzzyDate};

/// The precision of a fuzzy date, finest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DateUnit {
    Day,
    Month,
    Quarter,
    Half,
    Year,
}

impl DateUnit {
    pub fn of(date: FuzzyDate) -> Self {
        match date {
            FuzzyDate::Day(_) => DateUnit::Day,
            FuzzyDate::Month { .. } => DateUnit::Month,
            FuzzyDate::Quarter { .. } => DateUnit::Quarter,
            FuzzyDate::Half { .. } => DateUnit::Half,
            FuzzyDate::Year(_) => DateUnit::Year,
        }
    }

    /// The number of the unit that contains `day`, counted from a fixed origin.
    fn index(self, day: CalendarDate) -> i64 {
        let year = i64::from(day.year());
        let month = i64::from(day.month()) - 1;
        match self {
            DateUnit::Day => day.days_since_epoch(),
            DateUnit::Month => year * 12 + month,
            DateUnit::Quarter => year * 4 + month / 3,
            DateUnit::Half => year * 2 + month / 6,
            DateUnit::Year => year,
        }
    }
}

/// A deadline that moved later: by `amount` whole `unit`s.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slip {
    pub amount: u32,
    pub unit: DateUnit,
}

/// How far the deadline moved from `from` to `to`, when it moved later; `None` when it
/// stayed or moved earlier. A deadline is the last day its date covers, so "2026" to
/// "2026-Q4" is a sharper date, not a slip, and "2026-Q2" to "2026" is.
///
/// The amount is counted in the coarser of the two precisions, or in the finer one
/// when the coarser does not show the move (Q2 to the end of the same year: 2 quarters).
pub fn slip(from: FuzzyDate, to: FuzzyDate) -> Option<Slip> {
    let (before, after) = (from.end(), to.end());
    if after <= before {
        return None;
    }
    let (finer, coarser) = {
        let (a, b) = (DateUnit::of(from), DateUnit::of(to));
        (a.min(b), a.max(b))
    };
    [coarser, finer].into_iter().find_map(|unit| {
        let amount = unit.index(after) - unit.index(before);
        let amount = u32::try_from(amount).ok().filter(|&amount| amount > 0)?;
        Some(Slip { amount, unit })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> FuzzyDate {
        text.parse().unwrap()
    }

    fn slipped(from: &str, to: &str) -> Option<(u32, DateUnit)> {
        slip(date(from), date(to)).map(|slip| (slip.amount, slip.unit))
    }

    #[test]
    fn a_quarter_that_moves_two_quarters_later_slips_two_quarters() {
        assert_eq!(slipped("2025-Q4", "2026-Q2"), Some((2, DateUnit::Quarter)));
    }

    #[test]
    fn a_month_and_a_quarter_are_compared_in_quarters() {
        assert_eq!(slipped("2025-Q4", "2026-06"), Some((2, DateUnit::Quarter)));
        assert_eq!(slipped("2026-03", "2026-09"), Some((6, DateUnit::Month)));
    }

    #[test]
    fn days_slip_in_days_and_years_in_years() {
        assert_eq!(
            slipped("2026-03-10", "2026-04-09"),
            Some((30, DateUnit::Day))
        );
        assert_eq!(slipped("2026", "2028"), Some((2, DateUnit::Year)));
    }

    #[test]
    fn a_sharper_date_inside_the_old_one_is_not_a_slip() {
        assert_eq!(slipped("2026", "2026-Q4"), None);
        assert_eq!(slipped("2026", "2026-03"), None);
        assert_eq!(slipped("2026-H2", "2026-12-31"), None);
    }

    #[test]
    fn a_vaguer_date_that_ends_later_slips_by_the_finer_unit_when_the_coarser_shows_nothing() {
        assert_eq!(slipped("2026-Q2", "2026"), Some((2, DateUnit::Quarter)));
        assert_eq!(slipped("2026-Q2", "2027"), Some((1, DateUnit::Year)));
    }

    #[test]
    fn a_date_moved_earlier_or_kept_is_not_a_slip() {
        assert_eq!(slipped("2026-Q2", "2025-Q4"), None);
        assert_eq!(slipped("2026-Q2", "2026-Q2"), None);
    }
}
