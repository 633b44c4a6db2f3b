//! Everything a shared link restores: filters, view, language, reference date, theme
//! and snapshot URL, read from and written to a query string.

use crate::status_set::StatusSet;

use crate::filter::Filter;
use crate::headings::Headings;
use crate::model::{CalendarDate, Language};
use crate::search::bounded;

/// Which parts of the monitor are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ViewMode {
    #[default]
    Both,
    Cards,
    Timeline,
    /// What changed over a period first, then cards and timeline with change badges.
    Changes,
}

impl ViewMode {
    pub const ALL: [ViewMode; 4] = [
        ViewMode::Both,
        ViewMode::Cards,
        ViewMode::Timeline,
        ViewMode::Changes,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ViewMode::Both => "both",
            ViewMode::Cards => "cards",
            ViewMode::Timeline => "timeline",
            ViewMode::Changes => "changes",
        }
    }

    pub fn shows_cards(self) -> bool {
        self != ViewMode::Timeline
    }

    pub fn shows_timeline(self) -> bool {
        self != ViewMode::Cards
    }
}

/// How much the monitor shows before the reader asks: the glance (cards, drawn
/// timeline, a link to the rest) or the long form with every line and milestone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    Glance,
    Full,
}

impl Layout {
    pub const ALL: [Layout; 2] = [Layout::Glance, Layout::Full];

    pub fn as_str(self) -> &'static str {
        match self {
            Layout::Glance => "glance",
            Layout::Full => "full",
        }
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
    /// The layout, when chosen; else the placement's own (glance when embedded).
    pub layout: Option<Layout>,
    /// Where the changes view starts, when not at the previous snapshot.
    pub since: Option<CalendarDate>,
    /// The title's heading level, when chosen; else the placement's own.
    pub heading: Option<Headings>,
}

/// A flag's value in a link: `1`, `true` or `yes` set it.
fn is_yes(value: &str) -> bool {
    matches!(value, "1" | "true" | "yes")
}

fn non_empty(value: &str) -> Option<String> {
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_owned())
}

/// The keys a view state reads and writes; anything else in a URL belongs to the host.
pub const KEYS: [&str; 13] = [
    "src",
    "lang",
    "view",
    "pillar",
    "status",
    "overdue",
    "unchecked",
    "q",
    "today",
    "theme",
    "layout",
    "since",
    "heading",
];

/// Where a widget keeps its view in a page URL. A standalone page owns the plain keys;
/// an embed opts in with a prefix of its own (`a.pillar=slim`), so two widgets on one
/// host page never share keys, and it never takes `src` from the host URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlKeys {
    prefix: String,
}

impl UrlKeys {
    /// The plain keys of a page the widget owns.
    pub fn page() -> Self {
        Self {
            prefix: String::new(),
        }
    }

    /// Keys `{prefix}.{key}` for one embedded widget; an empty prefix becomes `dsii`.
    pub fn embedded(prefix: &str) -> Self {
        let prefix = prefix.trim();
        let prefix = if prefix.is_empty() { "dsii" } else { prefix };
        Self {
            prefix: format!("{prefix}."),
        }
    }

    fn owns_src(&self) -> bool {
        self.prefix.is_empty()
    }

    /// The view to start with: the placeholder's settings, unless the page URL holds
    /// a view of this widget (a reload, a shared link). An embed keeps its host's `src`.
    pub fn restore(&self, placeholder: ViewState, query: &str) -> ViewState {
        match self.read(query) {
            Some(mut from_url) => {
                if !self.owns_src() {
                    from_url.src = placeholder.src;
                }
                from_url
            }
            None => placeholder,
        }
    }

    /// Whether a URL key is in this widget's namespace (read or not).
    fn is_own(&self, url_key: &str) -> bool {
        url_key
            .strip_prefix(self.prefix.as_str())
            .is_some_and(|key| KEYS.contains(&key))
    }

    /// The view key behind a URL key, if the key is one of this widget's.
    fn view_key<'a>(&self, url_key: &'a str) -> Option<&'a str> {
        let key = url_key.strip_prefix(self.prefix.as_str())?;
        let readable = KEYS.contains(&key) && (key != "src" || self.owns_src());
        readable.then_some(key)
    }

    /// The view this widget left in a page URL's query (with or without `?`), or `None`
    /// when the URL holds none of its keys.
    pub fn read(&self, query: &str) -> Option<ViewState> {
        let mut found = false;
        let mut state = ViewState::default();
        for (key, value) in pairs(query) {
            if let Some(key) = self.view_key(&key) {
                found = true;
                state.apply(key, &value);
            }
        }
        found.then_some(state)
    }

    /// The page URL's query with this widget's keys replaced by `state`, without `?`.
    /// The host's other parameters keep their order and every byte: only a pair's key
    /// is decoded, to recognise this widget's own. Empty pairs (`a&&b`) are dropped.
    pub fn write(&self, query: &str, state: &ViewState) -> String {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut merged: Vec<&str> = query
            .split('&')
            .filter(|pair| !pair.is_empty() && !self.is_own(&decoded_key(pair)))
            .collect();
        let mut own = form_urlencoded::Serializer::new(String::new());
        for (key, value) in pairs(&state.to_query()) {
            if key != "src" || self.owns_src() {
                own.append_pair(&format!("{}{key}", self.prefix), &value);
            }
        }
        let own = own.finish();
        if !own.is_empty() {
            merged.push(&own);
        }
        merged.join("&")
    }
}

/// The decoded key of one raw `key=value` pair.
fn decoded_key(pair: &str) -> String {
    form_urlencoded::parse(pair.as_bytes())
        .next()
        .map(|(key, _)| key.into_owned())
        .unwrap_or_default()
}

fn pairs(query: &str) -> form_urlencoded::Parse<'_> {
    form_urlencoded::parse(query.strip_prefix('?').unwrap_or(query).as_bytes())
}

impl ViewState {
    /// Reads a query string (with or without `?`); unknown or malformed values are
    /// ignored so an old or hand-edited link still opens.
    pub fn from_query(query: &str) -> Self {
        let mut state = ViewState::default();
        for (key, value) in pairs(query) {
            state.apply(&key, &value);
        }
        state
    }

    fn apply(&mut self, key: &str, value: &str) {
        match key {
            "lang" => self.lang = Language::from_tag(value),
            "pillar" => self.filter.pillar = non_empty(value),
            "status" => {
                self.filter.statuses = value
                    .split(',')
                    .filter_map(|status| status.trim().parse().ok())
                    .collect::<StatusSet>();
            }
            "overdue" => self.filter.overdue_only = is_yes(value),
            "unchecked" => self.filter.unchecked_only = is_yes(value),
            // A link may carry megabytes here; the search reads no more than this.
            "q" => self.filter.query = bounded(value).to_owned(),
            "view" => {
                self.view = ViewMode::ALL
                    .into_iter()
                    .find(|mode| mode.as_str() == value)
                    .unwrap_or_default();
            }
            "today" => self.today = value.parse().ok(),
            "since" => self.since = value.parse().ok(),
            "src" => self.src = non_empty(value),
            "theme" => {
                self.theme = [Theme::Light, Theme::Dark]
                    .into_iter()
                    .find(|theme| theme.as_str() == value)
                    .unwrap_or_default();
            }
            "layout" => {
                self.layout = Layout::ALL
                    .into_iter()
                    .find(|layout| layout.as_str() == value);
            }
            "heading" => self.heading = value.parse().ok().and_then(Headings::from_level),
            _ => {}
        }
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
        if self.filter.unchecked_only {
            query.append_pair("unchecked", "1");
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
        if let Some(layout) = self.layout {
            query.append_pair("layout", layout.as_str());
        }
        if let Some(since) = self.since {
            query.append_pair("since", &since.to_string());
        }
        if let Some(heading) = self.heading {
            query.append_pair("heading", &heading.level().to_string());
        }
        query.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ActionLineStatus;
    use crate::search::MAX_QUERY_CHARS;

    #[test]
    fn a_heading_level_from_one_to_six_is_kept_and_written_back_anything_else_is_ignored() {
        let state = ViewState::from_query("heading=3");
        assert_eq!(state.heading.map(Headings::level), Some(3));
        assert_eq!(state.to_query(), "heading=3");
        for ignored in ["heading=0", "heading=7", "heading=h2", "heading="] {
            assert_eq!(ViewState::from_query(ignored).heading, None, "{ignored}");
        }
    }

    #[test]
    fn a_shared_link_restores_the_exact_view() {
        let query = "src=https%3A%2F%2Fexample.org%2Fs.json&lang=en&view=timeline&pillar=slim\
                     &status=delayed%2Cin_progress&overdue=1&q=Oekra%C3%AFne+drones&today=2026-04-01&theme=dark&layout=full&since=2025-11-15";
        let state = ViewState::from_query(query);
        assert_eq!(state.src.as_deref(), Some("https://example.org/s.json"));
        assert_eq!(state.lang, Some(Language::En));
        assert_eq!(state.view, ViewMode::Timeline);
        assert_eq!(state.filter.pillar.as_deref(), Some("slim"));
        assert_eq!(
            state.filter.statuses.iter().collect::<Vec<_>>(),
            [ActionLineStatus::InProgress, ActionLineStatus::Delayed]
        );
        assert!(state.filter.overdue_only);
        assert_eq!(state.filter.query, "Oekraïne drones");
        assert_eq!(
            state.today.map(|d| d.to_string()).as_deref(),
            Some("2026-04-01")
        );
        assert_eq!(state.theme, Theme::Dark);
        assert_eq!(state.layout, Some(Layout::Full));
        assert_eq!(
            state.since.map(|d| d.to_string()).as_deref(),
            Some("2025-11-15")
        );
        assert_eq!(ViewState::from_query(&state.to_query()), state);
        let changes = ViewState::from_query("view=changes");
        assert_eq!(changes.view, ViewMode::Changes);
    }

    #[test]
    fn defaults_make_an_empty_query() {
        assert_eq!(ViewState::default().to_query(), "");
        assert_eq!(ViewState::from_query("?"), ViewState::default());
    }

    #[test]
    fn malformed_values_are_ignored() {
        let state = ViewState::from_query(
            "lang=fr&view=grid&status=doing,achieved&today=2026-02-30&theme=pink&pillar=&layout=tall",
        );
        assert_eq!(state.lang, None);
        assert_eq!(state.view, ViewMode::Both);
        assert_eq!(
            state.filter.statuses.iter().collect::<Vec<_>>(),
            [ActionLineStatus::Achieved]
        );
        assert_eq!(state.today, None);
        assert_eq!(state.theme, Theme::Auto);
        assert_eq!(state.layout, None);
        assert_eq!(state.filter.pillar, None);
    }

    #[test]
    fn an_embed_never_reads_src_from_the_host_url() {
        let keys = UrlKeys::embedded("a");
        let state = keys
            .read("a.src=https%3A%2F%2Fevil.example%2Ffake.json&a.pillar=slim&src=x")
            .unwrap_or_default();
        assert_eq!(state.src, None);
        assert_eq!(state.filter.pillar.as_deref(), Some("slim"));
    }

    #[test]
    fn an_embed_reads_only_its_own_prefixed_keys() {
        let query = "pillar=sterk&a.pillar=slim&b.view=timeline";
        assert_eq!(
            UrlKeys::embedded("b").read(query).map(|s| s.view),
            Some(ViewMode::Timeline)
        );
        assert_eq!(
            UrlKeys::embedded("a")
                .read(query)
                .and_then(|s| s.filter.pillar),
            Some("slim".to_owned())
        );
        assert_eq!(UrlKeys::embedded("c").read(query), None);
    }

    #[test]
    fn writing_an_embed_view_keeps_the_host_parameters_and_the_other_widget() {
        let state =
            ViewState::from_query("pillar=samen&view=cards&src=https%3A%2F%2Fd.example%2Fs.json");
        let written = UrlKeys::embedded("b").write(
            "?utm_source=x&a.pillar=slim&b.pillar=sterk&b.q=old&page=2",
            &state,
        );
        assert_eq!(
            written,
            "utm_source=x&a.pillar=slim&page=2&b.view=cards&b.pillar=samen"
        );
    }

    #[test]
    fn writing_an_embed_view_keeps_every_byte_of_the_host_parameters() {
        let state = ViewState::from_query("pillar=slim");
        let keys = UrlKeys::embedded("dsii1");
        assert_eq!(
            keys.write("?flag&a=%20b&bad=%zz&dsii1.pillar=x&c=d+e", &state),
            "flag&a=%20b&bad=%zz&c=d+e&dsii1.pillar=slim"
        );
        assert_eq!(
            keys.write("flag&dsii1%2Eview=cards&x=%C3%AF;y", &ViewState::default()),
            "flag&x=%C3%AF;y"
        );
        assert_eq!(keys.write("", &ViewState::default()), "");
    }

    #[test]
    fn a_huge_search_in_a_link_is_cut_and_the_rest_of_the_link_still_counts() {
        let query = format!("view=cards&q={}&pillar=slim", "drones+".repeat(120_000));
        let state = ViewState::from_query(&query);
        assert_eq!(state.filter.query.chars().count(), MAX_QUERY_CHARS);
        assert!(state.filter.query.starts_with("drones drones"));
        assert_eq!(state.view, ViewMode::Cards);
        assert_eq!(state.filter.pillar.as_deref(), Some("slim"));
    }

    #[test]
    fn a_standalone_page_keeps_unknown_parameters_and_owns_src() {
        let state = ViewState::from_query("src=%2Fother.json&q=drones");
        let written = UrlKeys::page().write("utm_campaign=x&q=old&lang=en", &state);
        assert_eq!(written, "utm_campaign=x&src=%2Fother.json&q=drones");
        assert_eq!(UrlKeys::page().read(&written), Some(state));
    }

    #[test]
    fn a_reload_restores_the_view_from_the_url_but_an_embed_keeps_its_source() {
        let placeholder = ViewState::from_query("src=https%3A%2F%2Fd.example%2Fs.json&view=cards");
        let restored = UrlKeys::embedded("a").restore(placeholder.clone(), "a.view=timeline");
        assert_eq!(restored.view, ViewMode::Timeline);
        assert_eq!(restored.src.as_deref(), Some("https://d.example/s.json"));
        assert_eq!(
            UrlKeys::embedded("a").restore(placeholder.clone(), "b.view=timeline"),
            placeholder
        );
        let page = UrlKeys::page().restore(ViewState::default(), "src=%2Fx.json");
        assert_eq!(page.src.as_deref(), Some("/x.json"));
    }
}
