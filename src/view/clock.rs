//! The browser's idea of today and of the reader's language; the core never reads them.

use crate::model::{CalendarDate, Language};

/// Today in the reader's time zone.
pub fn today_from_clock() -> CalendarDate {
    let now = js_sys::Date::new_0();
    let days = (now.get_time() / 86_400_000.0 - now.get_timezone_offset() / 1440.0).floor();
    CalendarDate::from_days_since_epoch(days as i64)
}

pub fn browser_language() -> Option<Language> {
    web_sys::window()?
        .navigator()
        .language()
        .as_deref()
        .and_then(Language::from_tag)
}

/// Records a User Timing mark, for the benchmark and for anyone profiling an embed.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        let _ = performance.mark(name);
    }
}
