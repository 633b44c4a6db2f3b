//! A plain proleptic Gregorian calendar date: enough for intervals, ordering and day
//! counts, without pulling a date crate into the wasm build.

use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CalendarDate {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a `YYYY-MM-DD` string is not a calendar date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CalendarDateError {
    #[error("expected a date as YYYY-MM-DD")]
    Shape,
    #[error("month {0} does not exist; expected 01 to 12")]
    Month(u8),
    #[error("{year}-{month:02} has {days} days, not {day}")]
    Day {
        year: i32,
        month: u8,
        day: u8,
        days: u8,
    },
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl CalendarDate {
    pub fn new(year: i32, month: u8, day: u8) -> Result<Self, CalendarDateError> {
        if !(1..=12).contains(&month) {
            return Err(CalendarDateError::Month(month));
        }
        let days = days_in_month(year, month);
        if day == 0 || day > days {
            return Err(CalendarDateError::Day {
                year,
                month,
                day,
                days,
            });
        }
        Ok(Self { year, month, day })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// The first day of a month; `month` is clamped to 1..=12.
    pub fn first_of_month(year: i32, month: u8) -> Self {
        let month = month.clamp(1, 12);
        Self {
            year,
            month,
            day: 1,
        }
    }

    /// The last day of a month; `month` is clamped to 1..=12.
    pub fn last_of_month(year: i32, month: u8) -> Self {
        let month = month.clamp(1, 12);
        let day = days_in_month(year, month);
        Self { year, month, day }
    }

    /// Days since 1970-01-01 (negative before), after Howard Hinnant's `days_from_civil`.
    pub fn days_since_epoch(self) -> i64 {
        let month = i64::from(self.month);
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `days` after 1970-01-01, after Howard Hinnant's `civil_from_days`.
    pub fn from_days_since_epoch(days: i64) -> Self {
        let shifted = days + 719_468;
        let era = shifted.div_euclid(146_097);
        let day_of_era = shifted - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let month_index = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * month_index + 2) / 5 + 1;
        let month = if month_index < 10 {
            month_index + 3
        } else {
            month_index - 9
        };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Self {
            year: i32::try_from(year).unwrap_or(i32::MAX),
            month: u8::try_from(month).unwrap_or(1),
            day: u8::try_from(day).unwrap_or(1),
        }
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: CalendarDate) -> i64 {
        later.days_since_epoch() - self.days_since_epoch()
    }
}

/// Parses a run of ASCII digits of exactly `len` characters.
pub(crate) fn parse_digits<T: FromStr>(text: &str, len: usize) -> Option<T> {
    (text.len() == len && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

impl FromStr for CalendarDate {
    type Err = CalendarDateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let mut parts = text.split('-');
        let (Some(year), Some(month), Some(day), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(CalendarDateError::Shape);
        };
        match (
            parse_digits(year, 4),
            parse_digits(month, 2),
            parse_digits(day, 2),
        ) {
            (Some(year), Some(month), Some(day)) => Self::new(year, month, day),
            _ => Err(CalendarDateError::Shape),
        }
    }
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> CalendarDate {
        text.parse().unwrap()
    }

    #[test]
    fn counts_days_across_a_leap_day() {
        assert_eq!(date("2024-02-28").days_until(date("2024-03-01")), 2);
        assert_eq!(date("2025-02-28").days_until(date("2025-03-01")), 1);
    }

    #[test]
    fn counts_the_days_from_the_letter_to_late_november_2026() {
        assert_eq!(date("2025-10-06").days_until(date("2026-11-28")), 418);
    }

    #[test]
    fn day_numbers_round_trip() {
        for days in (-800_000..800_000).step_by(997) {
            let date = CalendarDate::from_days_since_epoch(days);
            assert_eq!(date.days_since_epoch(), days, "{date}");
            assert_eq!(
                CalendarDate::new(date.year(), date.month(), date.day()),
                Ok(date)
            );
        }
    }

    #[test]
    fn the_epoch_is_day_zero() {
        assert_eq!(date("1970-01-01").days_since_epoch(), 0);
        assert_eq!(date("1969-12-31").days_since_epoch(), -1);
        assert_eq!(date("2000-03-01").days_since_epoch(), 11_017);
    }

    #[test]
    fn rejects_days_that_do_not_exist() {
        assert_eq!(
            "2025-02-30".parse::<CalendarDate>(),
            Err(CalendarDateError::Day {
                year: 2025,
                month: 2,
                day: 30,
                days: 28
            })
        );
        assert!("2024-02-29".parse::<CalendarDate>().is_ok());
        assert!("1900-02-29".parse::<CalendarDate>().is_err());
        assert_eq!(
            "2025-13-01".parse::<CalendarDate>(),
            Err(CalendarDateError::Month(13))
        );
    }

    #[test]
    fn rejects_other_shapes() {
        for text in [
            "2025-1-01",
            "25-01-01",
            "2025-01-01T00:00",
            "",
            "2025/01/01",
            "+202-01-01",
        ] {
            assert_eq!(
                text.parse::<CalendarDate>(),
                Err(CalendarDateError::Shape),
                "{text}"
            );
        }
    }
}
