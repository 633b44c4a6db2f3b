//! Dates as a reader sees them: month names, days, quarters and halves, and the
//! timeline's period headings.

use crate::model::{CalendarDate, FuzzyDate, Language};
use crate::timeline::Period;

const MONTHS_NL: [&str; 12] = [
    "jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec.",
];
const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The short month name, e.g. "okt." or "Oct".
fn month_name(month: u8, language: Language) -> &'static str {
    let names = match language {
        Language::Nl => &MONTHS_NL,
        Language::En => &MONTHS_EN,
    };
    names[usize::from(month.clamp(1, 12) - 1)]
}

/// "Q1 2026" in both languages.
fn quarter_label(quarter: u8, year: i32) -> String {
    format!("Q{quarter} {year}")
}

/// "6 okt. 2025" / "6 Oct 2025".
pub fn format_day(date: CalendarDate, language: Language) -> String {
    format!(
        "{} {} {}",
        date.day(),
        month_name(date.month(), language),
        date.year()
    )
}

/// A date as precise as its source: "6 okt. 2025", "okt. 2025", "Q1 2026",
/// "1e helft 2026" / "H1 2026", "2026".
pub fn format_fuzzy_date(date: FuzzyDate, language: Language) -> String {
    match (date, language) {
        (FuzzyDate::Day(day), _) => format_day(day, language),
        (FuzzyDate::Month { year, month }, _) => {
            format!("{} {year}", month_name(month, language))
        }
        (FuzzyDate::Quarter { year, quarter }, _) => quarter_label(quarter, year),
        (FuzzyDate::Half { year, half }, Language::Nl) => format!("{half}e helft {year}"),
        (FuzzyDate::Half { year, half }, Language::En) => format!("H{half} {year}"),
        (FuzzyDate::Year(year), _) => year.to_string(),
    }
}

/// A timeline period's heading: "2026 · Heel het jaar", "2026 · Eerste helft",
/// "Q3 2026".
pub fn period_label(period: Period, year: i32, language: Language) -> String {
    let words = match (period, language) {
        (Period::Quarter(quarter), _) => return quarter_label(quarter, year),
        (Period::Year, Language::Nl) => "Heel het jaar",
        (Period::Year, Language::En) => "Whole year",
        (Period::Half(1), Language::Nl) => "Eerste helft",
        (Period::Half(1), Language::En) => "First half",
        (Period::Half(_), Language::Nl) => "Tweede helft",
        (Period::Half(_), Language::En) => "Second half",
    };
    format!("{year} · {words}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fuzzy(text: &str) -> FuzzyDate {
        text.parse().unwrap()
    }

    #[test]
    fn every_month_has_its_short_name_in_each_language() {
        let nl = (1..=12).map(|month| month_name(month, Language::Nl));
        let en = (1..=12).map(|month| month_name(month, Language::En));
        assert_eq!(
            nl.collect::<Vec<_>>().join(" "),
            "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec."
        );
        assert_eq!(
            en.collect::<Vec<_>>().join(" "),
            "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"
        );
    }

    #[test]
    fn a_day_reads_as_day_month_and_year() {
        let day = "2025-10-06".parse().unwrap();
        assert_eq!(format_day(day, Language::Nl), "6 okt. 2025");
        assert_eq!(format_day(day, Language::En), "6 Oct 2025");
    }

    #[test]
    fn dates_display_without_inventing_precision() {
        let cases = [
            ("2025-10-06", "6 okt. 2025", "6 Oct 2025"),
            ("2025-05", "mei 2025", "May 2025"),
            ("2025-10", "okt. 2025", "Oct 2025"),
            ("2026-Q1", "Q1 2026", "Q1 2026"),
            ("2026-H1", "1e helft 2026", "H1 2026"),
            ("2026-H2", "2e helft 2026", "H2 2026"),
            ("2026", "2026", "2026"),
        ];
        for (text, nl, en) in cases {
            assert_eq!(format_fuzzy_date(fuzzy(text), Language::Nl), nl);
            assert_eq!(format_fuzzy_date(fuzzy(text), Language::En), en);
        }
    }

    #[test]
    fn period_headings_name_the_year_and_the_part_of_it() {
        let cases = [
            (Period::Year, "2026 · Heel het jaar", "2026 · Whole year"),
            (Period::Half(1), "2026 · Eerste helft", "2026 · First half"),
            (Period::Half(2), "2026 · Tweede helft", "2026 · Second half"),
            (Period::Quarter(3), "Q3 2026", "Q3 2026"),
        ];
        for (period, nl, en) in cases {
            assert_eq!(period_label(period, 2026, Language::Nl), nl);
            assert_eq!(period_label(period, 2026, Language::En), en);
        }
    }
}
