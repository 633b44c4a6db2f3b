//! Everything a shared link restores: filters, view, language, reference date, theme
//! and snapshot URL, read from and written to a query string.

use std::collections::BTreeSet;

use crate::filter::Filter;
use crate::model::{CalendarDate, Language};

/// Which parts of the monitor are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ViewMode {
    #[default]
    Both,
    Cards,
    Timeline,
}

impl ViewMode {
    pub const ALL: [ViewMode; 3] = [ViewMode::Both, ViewMode::Cards, ViewMode::Timeline];

    pub fn as_str(self) -> &'static str {
        match self {
            ViewMode::Both => "both",
            ViewMode::Cards => "cards",
            ViewMode::Timeline => "timeline",
        }
    }

    pub fn shows_cards(self) -> bool {
        self != ViewMode::Timeline
    }

    pub fn shows_timeline(self) -> bool {
        self != ViewMode::Cards
    }
}

/// Colour scheme: follow the reader's system, or force one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ViewState {
    pub filter: Filter,
    pub view: ViewMode,
    /// The interface language chosen by the reader, if any.
    pub lang: Option<Language>,
    /// The reference date, when not today.
    pub today: Option<CalendarDate>,
    /// The snapshot URL, when not the bundled one.
    pub src: Option<String>,
    pub theme: Theme,
}

fn non_empty(value: &str) -> Option<String> {
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_owned())
}

impl ViewState {
    /// Reads a query string (with or without `?`); unknown or malformed values are
    /// ignored so an old or hand-edited link still opens.
    pub fn from_query(query: &str) -> Self {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut state = ViewState::default();
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            match key.as_ref() {
                "lang" => state.lang = Language::from_tag(&value),
                "pillar" => state.filter.pillar = non_empty(&value),
                "status" => {
                    state.filter.statuses = value
                        .split(',')
                        .filter_map(|status| status.trim().parse().ok())
                        .collect::<BTreeSet<_>>();
                }
                "overdue" => {
                    state.filter.overdue_only = matches!(value.as_ref(), "1" | "true" | "yes")
                }
                "q" => state.filter.query = value.into_owned(),
                "view" => {
                    state.view = ViewMode::ALL
                        .into_iter()
                        .find(|mode| mode.as_str() == value)
                        .unwrap_or_default();
                }
                "today" => state.today = value.parse().ok(),
                "src" => state.src = non_empty(&value),
                "theme" => {
                    state.theme = [Theme::Light, Theme::Dark]
                        .into_iter()
                        .find(|theme| theme.as_str() == value)
                        .unwrap_or_default();
                }
                _ => {}
            }
        }
        state
    }

    /// The canonical query string, without `?`; defaults are left out.
    pub fn to_query(&self) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        if let Some(src) = &self.src {
            query.append_pair("src", src);
        }
        if let Some(lang) = self.lang {
            query.append_pair("lang", lang.tag());
        }
        if self.view != ViewMode::Both {
            query.append_pair("view", self.view.as_str());
        }
        if let Some(pillar) = &self.filter.pillar {
            query.append_pair("pillar", pillar);
        }
        if !self.filter.statuses.is_empty() {
            let statuses: Vec<&str> = self.filter.statuses.iter().map(|s| s.as_str()).collect();
            query.append_pair("status", &statuses.join(","));
        }
        if self.filter.overdue_only {
            query.append_pair("overdue", "1");
        }
        if !self.filter.query.is_empty() {
            query.append_pair("q", &self.filter.query);
        }
        if let Some(today) = self.today {
            query.append_pair("today", &today.to_string());
        }
        if self.theme != Theme::Auto {
            query.append_pair("theme", self.theme.as_str());
        }
        query.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ActionLineStatus;

    #[test]
    fn a_shared_link_restores_the_exact_view() {
        let query = "src=https%3A%2F%2Fexample.org%2Fs.json&lang=en&view=timeline&pillar=slim\
                     &status=delayed%2Cin_progress&overdue=1&q=Oekra%C3%AFne+drones&today=2026-04-01&theme=dark";
        let state = ViewState::from_query(query);
        assert_eq!(state.src.as_deref(), Some("https://example.org/s.json"));
        assert_eq!(state.lang, Some(Language::En));
        assert_eq!(state.view, ViewMode::Timeline);
        assert_eq!(state.filter.pillar.as_deref(), Some("slim"));
        assert_eq!(
            state.filter.statuses.iter().copied().collect::<Vec<_>>(),
            [ActionLineStatus::InProgress, ActionLineStatus::Delayed]
        );
        assert!(state.filter.overdue_only);
        assert_eq!(state.filter.query, "Oekraïne drones");
        assert_eq!(
            state.today.map(|d| d.to_string()).as_deref(),
            Some("2026-04-01")
        );
        assert_eq!(state.theme, Theme::Dark);
        assert_eq!(ViewState::from_query(&state.to_query()), state);
    }

    #[test]
    fn defaults_make_an_empty_query() {
        assert_eq!(ViewState::default().to_query(), "");
        assert_eq!(ViewState::from_query("?"), ViewState::default());
    }

    #[test]
    fn malformed_values_are_ignored() {
        let state = ViewState::from_query(
            "lang=fr&view=grid&status=doing,achieved&today=2026-02-30&theme=pink&pillar=",
        );
        assert_eq!(state.lang, None);
        assert_eq!(state.view, ViewMode::Both);
        assert_eq!(
            state.filter.statuses.iter().copied().collect::<Vec<_>>(),
            [ActionLineStatus::Achieved]
        );
        assert_eq!(state.today, None);
        assert_eq!(state.theme, Theme::Auto);
        assert_eq!(state.filter.pillar, None);
    }
}
