//! Dates as precise as their source: a day, a month, a quarter, a half year or a year.
//! Each is an interval of calendar days, and is shown without inventing precision.

use std::fmt;
use std::str::FromStr;

use super::calendar::{parse_digits, CalendarDate, CalendarDateError};
use super::language::Language;
use crate::i18n::format_fuzzy_date;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FuzzyDate {
    Day(CalendarDate),
    Month { year: i32, month: u8 },
    Quarter { year: i32, quarter: u8 },
    Half { year: i32, half: u8 },
    Year(i32),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FuzzyDateError {
    #[error("expected a date as YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY")]
    Shape,
    #[error("quarter {0} does not exist; expected Q1 to Q4")]
    Quarter(u8),
    #[error("half {0} does not exist; expected H1 or H2")]
    Half(u8),
    #[error(transparent)]
    Calendar(#[from] CalendarDateError),
}

impl FuzzyDate {
    /// The first day of the interval.
    pub fn start(self) -> CalendarDate {
        let (year, month) = match self {
            FuzzyDate::Day(date) => return date,
            FuzzyDate::Month { year, month } => (year, month),
            FuzzyDate::Quarter { year, quarter } => (year, quarter * 3 - 2),
            FuzzyDate::Half { year, half } => (year, half * 6 - 5),
            FuzzyDate::Year(year) => (year, 1),
        };
        CalendarDate::first_of_month(year, month)
    }

    /// The last day of the interval.
    pub fn end(self) -> CalendarDate {
        let (year, month) = match self {
            FuzzyDate::Day(date) => return date,
            FuzzyDate::Month { year, month } => (year, month),
            FuzzyDate::Quarter { year, quarter } => (year, quarter * 3),
            FuzzyDate::Half { year, half } => (year, half * 6),
            FuzzyDate::Year(year) => (year, 12),
        };
        CalendarDate::last_of_month(year, month)
    }

    /// Orders by start, then the narrower interval first.
    pub fn sort_key(self) -> (CalendarDate, CalendarDate) {
        (self.start(), self.end())
    }

    /// True when the whole interval lies before `today`.
    pub fn ended_before(self, today: CalendarDate) -> bool {
        self.end() < today
    }

    /// True when `today` falls inside the interval.
    pub fn contains(self, today: CalendarDate) -> bool {
        self.start() <= today && today <= self.end()
    }

    /// The date as a reader sees it: "6 okt. 2025", "okt. 2025", "Q1 2026",
    /// "1e helft 2026" / "H1 2026", "2026" (worded in `i18n`).
    pub fn display(self, language: Language) -> String {
        format_fuzzy_date(self, language)
    }
}

impl FromStr for FuzzyDate {
    type Err = FuzzyDateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (year_text, rest) = text.split_once('-').unwrap_or((text, ""));
        let year: i32 = parse_digits(year_text, 4).ok_or(FuzzyDateError::Shape)?;
        if text.len() == 4 {
            return Ok(FuzzyDate::Year(year));
        }
        if let Some(quarter) = rest.strip_prefix('Q') {
            let quarter: u8 = parse_digits(quarter, 1).ok_or(FuzzyDateError::Shape)?;
            return if (1..=4).contains(&quarter) {
                Ok(FuzzyDate::Quarter { year, quarter })
            } else {
                Err(FuzzyDateError::Quarter(quarter))
            };
        }
        if let Some(half) = rest.strip_prefix('H') {
            let half: u8 = parse_digits(half, 1).ok_or(FuzzyDateError::Shape)?;
            return if (1..=2).contains(&half) {
                Ok(FuzzyDate::Half { year, half })
            } else {
                Err(FuzzyDateError::Half(half))
            };
        }
        if let Some(month) = parse_digits::<u8>(rest, 2) {
            CalendarDate::new(year, month, 1)?;
            return Ok(FuzzyDate::Month { year, month });
        }
        match text.parse::<CalendarDate>() {
            Ok(date) => Ok(FuzzyDate::Day(date)),
            Err(CalendarDateError::Shape) => Err(FuzzyDateError::Shape),
            Err(other) => Err(other.into()),
        }
    }
}

impl fmt::Display for FuzzyDate {
    /// The canonical snapshot notation.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FuzzyDate::Day(date) => write!(f, "{date}"),
            FuzzyDate::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            FuzzyDate::Quarter { year, quarter } => write!(f, "{year:04}-Q{quarter}"),
            FuzzyDate::Half { year, half } => write!(f, "{year:04}-H{half}"),
            FuzzyDate::Year(year) => write!(f, "{year:04}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fuzzy(text: &str) -> FuzzyDate {
        text.parse().unwrap()
    }

    fn day(text: &str) -> CalendarDate {
        text.parse().unwrap()
    }

    #[test]
    fn every_notation_is_an_interval() {
        let cases = [
            ("2025-10-06", "2025-10-06", "2025-10-06"),
            ("2025-02", "2025-02-01", "2025-02-28"),
            ("2024-02", "2024-02-01", "2024-02-29"),
            ("2026-Q1", "2026-01-01", "2026-03-31"),
            ("2025-Q4", "2025-10-01", "2025-12-31"),
            ("2026-H1", "2026-01-01", "2026-06-30"),
            ("2026-H2", "2026-07-01", "2026-12-31"),
            ("2026", "2026-01-01", "2026-12-31"),
        ];
        for (text, start, end) in cases {
            let date = fuzzy(text);
            assert_eq!((date.start(), date.end()), (day(start), day(end)), "{text}");
            assert_eq!(date.to_string(), text);
        }
    }

    #[test]
    fn a_date_displays_in_the_readers_language() {
        assert_eq!(fuzzy("2026-H1").display(Language::Nl), "1e helft 2026");
        assert_eq!(fuzzy("2025-10-06").display(Language::En), "6 Oct 2025");
    }

    #[test]
    fn a_quarter_has_ended_only_after_its_last_day() {
        let q1 = fuzzy("2026-Q1");
        assert!(!q1.ended_before(day("2026-03-31")));
        assert!(q1.ended_before(day("2026-04-01")));
        assert!(q1.contains(day("2026-02-15")));
    }

    #[test]
    fn rejects_impossible_dates_with_the_reason() {
        assert_eq!(
            "2025-Q5".parse::<FuzzyDate>(),
            Err(FuzzyDateError::Quarter(5))
        );
        assert_eq!("2025-H3".parse::<FuzzyDate>(), Err(FuzzyDateError::Half(3)));
        assert_eq!(
            "2025-02-30".parse::<FuzzyDate>().unwrap_err().to_string(),
            "2025-02 has 28 days, not 30"
        );
        assert_eq!(
            "2025-00".parse::<FuzzyDate>(),
            Err(FuzzyDateError::Calendar(CalendarDateError::Month(0)))
        );
        for text in [
            "",
            "25",
            "2025-",
            "2025-Q",
            "2025-Q10",
            "2025-1",
            "Q1 2026",
            "2025-10-6",
        ] {
            assert_eq!(
                text.parse::<FuzzyDate>(),
                Err(FuzzyDateError::Shape),
                "{text}"
            );
        }
    }

    #[test]
    fn sorts_by_start_then_narrower_first() {
        let mut dates = [
            fuzzy("2026"),
            fuzzy("2026-01-01"),
            fuzzy("2025-Q4"),
            fuzzy("2026-Q1"),
        ];
        dates.sort_by_key(|date| date.sort_key());
        let texts: Vec<String> = dates.iter().map(ToString::to_string).collect();
        assert_eq!(texts, ["2025-Q4", "2026-01-01", "2026-Q1", "2026"]);
    }
}
