//! The timeline's structure: milestones grouped by year and by the period their date
//! spans, with a marker for the reference date.

use crate::model::{CalendarDate, FuzzyDate};
use crate::prepared::PreparedSnapshot;
use crate::sort::sort_by;

/// The part of a year a group covers. Wider spans come before the quarters they cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Period {
    Year,
    Half(u8),
    Quarter(u8),
}

impl Period {
    /// The quarter a day falls in.
    pub fn quarter_of(day: CalendarDate) -> Period {
        Period::Quarter((day.month() - 1) / 3 + 1)
    }

    /// A date's period: days and months fall in their quarter.
    pub fn of(date: FuzzyDate) -> (i32, Period) {
        let start = date.start();
        let period = match date {
            FuzzyDate::Year(_) => Period::Year,
            FuzzyDate::Half { half, .. } => Period::Half(half),
            _ => Period::quarter_of(start),
        };
        (start.year(), period)
    }

    /// Sort rank inside a year: the year, H1, Q1, Q2, H2, Q3, Q4.
    fn rank(self) -> u8 {
        match self {
            Period::Year => 0,
            Period::Half(half) => (half - 1) * 3 + 1,
            Period::Quarter(quarter) => quarter + u8::from(quarter > 2),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimelineItem {
    Milestone(usize),
    /// The reference date, between what is past and what is to come.
    Today,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodGroup {
    pub period: Period,
    pub items: Vec<TimelineItem>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearGroup {
    pub year: i32,
    pub periods: Vec<PeriodGroup>,
}

/// Groups `milestones` (indices in date order) by year and period, and places the
/// reference date in its quarter, before the first milestone that starts after it.
pub fn group(
    prepared: &PreparedSnapshot,
    milestones: &[usize],
    today: CalendarDate,
) -> Vec<YearGroup> {
    // Sorted by (year, period) with a stable sort: date order within each period, and
    // no tree in the wasm.
    let mut keyed: Vec<(i32, u8, Period, usize)> = milestones
        .iter()
        .map(|&index| {
            let (year, period) = Period::of(prepared.snapshot.milestones[index].date);
            (year, period.rank(), period, index)
        })
        .collect();
    sort_by(&mut keyed, |a, b| (a.0, a.1, a.2).cmp(&(b.0, b.1, b.2)));
    let mut years: Vec<YearGroup> = Vec::new();
    for (year, _, period, index) in keyed {
        periods_of(&mut years, year, period)
            .items
            .push(TimelineItem::Milestone(index));
    }
    let today_period = Period::quarter_of(today);
    let items = &mut periods_of(&mut years, today.year(), today_period).items;
    let position = items
        .iter()
        .position(|item| match item {
            TimelineItem::Milestone(index) => {
                prepared.snapshot.milestones[*index].date.start() > today
            }
            TimelineItem::Today => false,
        })
        .unwrap_or(items.len());
    items.insert(position, TimelineItem::Today);
    years
}

/// The group of `period` in `year`, made where it belongs when there is none yet.
fn periods_of(years: &mut Vec<YearGroup>, year: i32, period: Period) -> &mut PeriodGroup {
    let at = match years.binary_search_by_key(&year, |group| group.year) {
        Ok(at) => at,
        Err(at) => {
            years.insert(
                at,
                YearGroup {
                    year,
                    periods: Vec::new(),
                },
            );
            at
        }
    };
    let periods = &mut years[at].periods;
    let key = (period.rank(), period);
    let at = match periods.binary_search_by_key(&key, |group| (group.period.rank(), group.period)) {
        Ok(at) => at,
        Err(at) => {
            periods.insert(
                at,
                PeriodGroup {
                    period,
                    items: Vec::new(),
                },
            );
            at
        }
    };
    &mut periods[at]
}

/// First and last month (1-12) a date covers within its year, for drawing its span.
pub fn month_span(date: FuzzyDate) -> (u8, u8) {
    (date.start().month(), date.end().month())
}
