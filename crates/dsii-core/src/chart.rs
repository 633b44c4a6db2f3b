//! The drawn timeline's geometry: a time axis over whole years, lanes per pillar (or per
//! action line inside one pillar), and marks placed by the interval their date covers.
//! Marks that would overlap stack in two rows; what finds no room there joins a third
//! row of clusters, one per quarter, that carry a count: ten thousand milestones stay
//! at most a dozen marks per lane and year.

use crate::model::{CalendarDate, FuzzyDate};
use crate::prepared::PreparedSnapshot;
use crate::progress::{MilestoneState, StateTally};

/// Rows of single milestones in a lane; the row after them holds clusters.
pub const SINGLE_ROWS: usize = 2;

/// Rows a lane can have: the single rows and the cluster row.
pub const ROWS_PER_LANE: usize = SINGLE_ROWS + 1;

/// The narrowest a mark is drawn, and the span of one cluster: a quarter of a year.
/// The drawing is at least 6em wide per year, so a day is still a 1.5em target.
const QUARTERS_PER_YEAR: usize = 4;

/// Whole calendar years from the first milestone (or the reference date, if earlier)
/// to the last one (or the reference date, if later).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Axis {
    pub first_year: i32,
    pub last_year: i32,
}

impl Axis {
    /// The axis over every milestone of a snapshot, so it stays put while filters change.
    pub fn spanning(dates: impl IntoIterator<Item = FuzzyDate>, today: CalendarDate) -> Self {
        let (mut first_year, mut last_year) = (today.year(), today.year());
        for date in dates {
            first_year = first_year.min(date.start().year());
            last_year = last_year.max(date.end().year());
        }
        Axis {
            first_year,
            last_year,
        }
    }

    pub fn years(self) -> usize {
        usize::try_from(self.last_year - self.first_year + 1).unwrap_or(1)
    }

    fn first_day(self) -> i64 {
        CalendarDate::first_of_month(self.first_year, 1).days_since_epoch()
    }

    fn days(self) -> i64 {
        CalendarDate::first_of_month(self.last_year + 1, 1).days_since_epoch() - self.first_day()
    }

    /// Where the start of `day` lies, from 0 (the axis start) to 1 (its end).
    pub fn position(self, day: CalendarDate) -> f64 {
        (day.days_since_epoch() - self.first_day()) as f64 / self.days() as f64
    }

    /// The share of the axis from the start of `date` to the end of its last day.
    pub fn extent(self, date: FuzzyDate) -> (f64, f64) {
        let from = self.position(date.start());
        let after_end = CalendarDate::from_days_since_epoch(date.end().days_since_epoch() + 1);
        (from, self.position(after_end))
    }

    /// Year starts after the first one, for the axis ticks, with their position.
    pub fn year_ticks(self) -> impl Iterator<Item = (i32, f64)> {
        (self.first_year..=self.last_year)
            .map(move |year| (year, self.position(CalendarDate::first_of_month(year, 1))))
    }

    /// A quarter of a year as a share of the axis.
    fn quarter(self) -> f64 {
        1.0 / (self.years() * QUARTERS_PER_YEAR) as f64
    }
}

/// What a lane groups: a pillar, or an action line when one pillar is selected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LaneKey {
    Pillar(usize),
    ActionLine(usize),
}

/// One drawn mark: a milestone, or a cluster of milestones that would overlap.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// Left edge and width as shares of the axis; at least a quarter of a year wide.
    pub from: f64,
    pub width: f64,
    /// How much of that width the date itself covers, from 0 to 1: a quarter fills
    /// its mark, a day is a dot at its left edge. A cluster fills its mark.
    pub covered: f64,
    pub row: usize,
    /// Milestone indices, in date order.
    pub milestones: Vec<usize>,
    pub tally: StateTally,
}

impl Mark {
    /// Clusters stand for the milestones starting in one quarter: two or more. A
    /// cluster that stayed alone is drawn as its milestone (see `lay_out`).
    pub fn is_cluster(&self) -> bool {
        self.row == SINGLE_ROWS && self.milestones.len() > 1
    }

    /// A lone milestone's state; a cluster takes the most pressing of its members'
    /// (late, then deadline passed unchecked, then open, then done).
    pub fn state(&self) -> MilestoneState {
        let tally = self.tally;
        if tally.overdue > 0 {
            MilestoneState::Overdue
        } else if tally.unchecked > 0 {
            MilestoneState::Unchecked
        } else if tally.pending > 0 {
            MilestoneState::Pending
        } else if tally.done > 0 {
            MilestoneState::Done
        } else {
            MilestoneState::Cancelled
        }
    }

    fn end(&self) -> f64 {
        self.from + self.width
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    pub key: LaneKey,
    pub marks: Vec<Mark>,
    /// Rows in use, 1 to `ROWS_PER_LANE`.
    pub rows: usize,
}

/// Lays out `milestones` (indices in date order, as filtered) on `axis`. With
/// `pillar` set, lanes are that pillar's action lines; otherwise pillars. Lanes keep
/// the document's order and only lanes with a milestone appear.
pub fn lay_out(
    prepared: &PreparedSnapshot,
    milestones: &[usize],
    pillar: Option<&str>,
    axis: Axis,
    today: CalendarDate,
) -> Vec<Lane> {
    let snapshot = &prepared.snapshot;
    let lane_of = |milestone: usize| {
        let line = prepared.milestone_line(milestone);
        match pillar {
            Some(_) => LaneKey::ActionLine(line),
            None => LaneKey::Pillar(prepared.line_pillar(line)),
        }
    };
    let lane_count = match pillar {
        Some(_) => snapshot.action_lines.len(),
        None => snapshot.pillars.len(),
    };
    let index_of = |key: LaneKey| match key {
        LaneKey::Pillar(index) | LaneKey::ActionLine(index) => index,
    };
    let mut lanes: Vec<Option<Lane>> = vec![None; lane_count];
    for &milestone in milestones {
        let key = lane_of(milestone);
        let lane = lanes[index_of(key)].get_or_insert_with(|| Lane {
            key,
            marks: Vec::new(),
            rows: 1,
        });
        place(lane, milestone, prepared, axis, today);
    }
    let mut lanes: Vec<Lane> = lanes.into_iter().flatten().collect();
    for mark in lanes.iter_mut().flat_map(|lane| lane.marks.iter_mut()) {
        if let [alone] = mark.milestones[..] {
            (mark.from, mark.width, mark.covered) =
                span(axis, prepared.snapshot.milestones[alone].date);
        }
    }
    lanes
}

/// Where a milestone's own mark lies: its left edge, its width (at least a quarter, so
/// it can be chosen) and the share of that width its date covers.
fn span(axis: Axis, date: FuzzyDate) -> (f64, f64, f64) {
    let (from, to) = axis.extent(date);
    let width = (to - from).max(axis.quarter());
    (from, width, (to - from) / width)
}

/// Puts a milestone in the first single row where it overlaps nothing; when both are
/// taken there, it joins the cluster of the quarter it starts in.
fn place(
    lane: &mut Lane,
    milestone: usize,
    prepared: &PreparedSnapshot,
    axis: Axis,
    today: CalendarDate,
) {
    let (from, width, covered) = span(axis, prepared.snapshot.milestones[milestone].date);
    let quarter = axis.quarter();
    let mut tally = StateTally::default();
    tally.add(prepared.milestone_state(milestone, today));
    // Marks arrive in start order, so only each row's last mark can overlap.
    let last_in = |lane: &Lane, row: usize| {
        lane.marks
            .iter()
            .rev()
            .find(|mark| mark.row == row)
            .map(Mark::end)
    };
    let free_row = (0..SINGLE_ROWS).find(|&row| last_in(lane, row).is_none_or(|end| end <= from));
    if let Some(row) = free_row {
        lane.rows = lane.rows.max(row + 1);
        lane.marks.push(Mark {
            from,
            width,
            covered,
            row,
            milestones: vec![milestone],
            tally,
        });
        return;
    }
    lane.rows = ROWS_PER_LANE;
    let cluster_from = (from / quarter).floor() * quarter;
    let same_quarter = |mark: &&mut Mark| {
        mark.row == SINGLE_ROWS && (mark.from - cluster_from).abs() < quarter / 2.0
    };
    match lane
        .marks
        .iter_mut()
        .rev()
        .find(|mark| mark.row == SINGLE_ROWS)
        .filter(same_quarter)
    {
        Some(cluster) => {
            cluster.milestones.push(milestone);
            cluster.tally = cluster.tally.merged(tally);
        }
        None => lane.marks.push(Mark {
            from: cluster_from,
            width: quarter,
            covered: 1.0,
            row: SINGLE_ROWS,
            milestones: vec![milestone],
            tally,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> CalendarDate {
        text.parse().unwrap()
    }

    fn date(text: &str) -> FuzzyDate {
        text.parse().unwrap()
    }

    #[test]
    fn the_axis_covers_whole_years_from_the_first_date_to_the_last_and_today() {
        let axis = Axis::spanning([date("2025-10-06"), date("2027")], day("2026-11-28"));
        assert_eq!((axis.first_year, axis.last_year), (2025, 2027));
        let later = Axis::spanning([date("2025-Q1")], day("2028-02-01"));
        assert_eq!((later.first_year, later.last_year), (2025, 2028));
    }

    #[test]
    fn the_reference_date_lies_at_its_share_of_the_axis() {
        let axis = Axis::spanning([date("2025"), date("2026")], day("2026-11-28"));
        // 2025 has 365 days; 28 November 2026 is day 331 of 2026.
        let expected = (365.0 + 331.0) / (365.0 + 365.0);
        assert!((axis.position(day("2026-11-28")) - expected).abs() < 1e-9);
        assert_eq!(axis.position(day("2025-01-01")), 0.0);
    }

    #[test]
    fn a_quarter_is_drawn_over_its_quarter() {
        let axis = Axis::spanning([date("2026")], day("2026-06-01"));
        let (from, to) = axis.extent(date("2026-Q2"));
        assert!((from - 90.0 / 365.0).abs() < 1e-9, "{from}");
        assert!((to - 181.0 / 365.0).abs() < 1e-9, "{to}");
    }

    #[test]
    fn year_ticks_start_at_zero_and_step_by_year() {
        let axis = Axis::spanning([date("2024"), date("2026")], day("2025-01-01"));
        let ticks: Vec<_> = axis.year_ticks().map(|(year, _)| year).collect();
        assert_eq!(ticks, [2024, 2025, 2026]);
        assert_eq!(axis.year_ticks().next().map(|(_, x)| x), Some(0.0));
    }
}
