//! Every interface string in Dutch and English, and the formats that differ by
//! language: amounts, counts and day spans here; dates, change badges and citations
//! in their own files. The loader's few words (embed/embed.js) show before the wasm
//! does, so they stay in the loader; `loader` tests keep them in step with these.

mod changes;
mod citation;
mod dates;
#[cfg(test)]
mod loader;

pub use changes::{
    change_badge, change_detail, changes_heading, changes_since, changes_since_day, count_changes,
    count_units, more_sources, no_changes_in_period, snapshot_size_as_of, source_label,
};
pub use citation::citation_line;
pub use dates::{format_day, format_fuzzy_date, period_label};

use crate::model::{ActionLineStatus, CalendarDate, Language};
use crate::progress::{MilestoneState, StateTally};

pub struct Messages {
    pub loading: &'static str,
    pub data_as_of: &'static str,
    pub published_by: &'static str,
    pub stale_notice: &'static str,
    pub overview: &'static str,
    pub overdue_commitments: &'static str,
    pub filters: &'static str,
    pub status: &'static str,
    pub pillar: &'static str,
    pub all_pillars: &'static str,
    pub overdue_only: &'static str,
    pub unchecked_only: &'static str,
    pub unchecked_commitments: &'static str,
    pub legend: &'static str,
    pub legend_day: &'static str,
    pub legend_period: &'static str,
    pub legend_cluster: &'static str,
    pub search: &'static str,
    pub search_hint: &'static str,
    pub clear_all: &'static str,
    pub nothing_matches: &'static str,
    pub view: &'static str,
    pub view_both: &'static str,
    pub view_cards: &'static str,
    pub view_timeline: &'static str,
    pub view_changes: &'static str,
    pub compared_with_version_of: &'static str,
    pub from_dated_facts: &'static str,
    pub loading_previous: &'static str,
    pub previous_unavailable: &'static str,
    pub no_changes: &'static str,
    pub follow: &'static str,
    pub language: &'static str,
    pub action_lines: &'static str,
    pub owners: &'static str,
    pub budget: &'static str,
    pub milestones: &'static str,
    pub summary: &'static str,
    pub notes: &'static str,
    pub history: &'static str,
    pub sources: &'static str,
    pub show_details: &'static str,
    pub hide_details: &'static str,
    pub cite: &'static str,
    pub timeline: &'static str,
    pub reference_date: &'static str,
    pub of_action_line: &'static str,
    pub export: &'static str,
    pub download_csv: &'static str,
    pub download_json: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub retry: &'static str,
    pub technical_details: &'static str,
    pub error_network: &'static str,
    pub error_timeout: &'static str,
    pub error_not_found: &'static str,
    pub error_http: &'static str,
    pub error_invalid: &'static str,
    pub error_too_large: &'static str,
    pub error_refused: &'static str,
    pub data_from: &'static str,
    pub reference_date_notice: &'static str,
    pub pillars: &'static str,
    pub open_full_monitor: &'static str,
    pub timeline_drawing: &'static str,
    pub close: &'static str,
    pub hide_action_lines: &'static str,
    pub remove_filter: &'static str,
    pub search_for: &'static str,

    pub copy_failed: &'static str,
    pub data_warnings: &'static str,
    pub opens_in_new_tab: &'static str,
    pub copied: &'static str,
    pub show_more: &'static str,
    pub embed: &'static str,
    pub embed_script: &'static str,
    pub embed_iframe: &'static str,
}

static NL: Messages = Messages {
    loading: "De gegevens worden geladen…",
    data_as_of: "Gegevens per",
    published_by: "Uitgegeven door",
    stale_notice: "Deze gegevens zijn niet recent; er kan sindsdien meer gebeurd zijn.",
    overview: "Overzicht",
    overdue_commitments: "Te late toezeggingen",
    filters: "Filters",
    status: "Status",
    pillar: "Pijler",
    all_pillars: "Alle pijlers",
    overdue_only: "Alleen te laat",
    unchecked_only: "Alleen deadline verstreken, niet gecontroleerd",
    unchecked_commitments: "Deadlines verstreken sinds de laatste controle, status onbekend",
    legend: "Legenda",
    legend_day: "Punt: een dag",
    legend_period: "Balk: een periode (maand, kwartaal, jaar)",
    legend_cluster: "Genummerd vak: zoveel mijlpalen in één kwartaal",
    search: "Zoeken",
    search_hint: "Titels, toelichting, notities en eigenaren",
    clear_all: "Alle filters wissen",
    nothing_matches: "Niets voldoet aan deze filters.",
    view: "Weergave",
    view_both: "Kaarten en tijdlijn",
    view_cards: "Kaarten",
    view_timeline: "Tijdlijn",
    view_changes: "Wat is er veranderd",
    compared_with_version_of: "Vergeleken met de versie van",
    from_dated_facts: "Volgens de gedateerde feiten in deze versie, tot",
    loading_previous: "De vorige versie wordt geladen…",
    previous_unavailable: "De vorige versie kon niet worden geladen; dit zijn de gedateerde feiten uit deze versie.",
    no_changes: "Geen wijzigingen in deze periode.",
    follow: "Volgen (Atom-feed)",
    language: "Taal",
    action_lines: "Actielijnen",
    owners: "Eigenaren",
    budget: "Budget",
    milestones: "Mijlpalen",
    summary: "Toelichting",
    notes: "Notities",
    history: "Statusverloop",
    sources: "Bronnen",
    show_details: "Details tonen",
    hide_details: "Details verbergen",
    cite: "Citeren",
    timeline: "Tijdlijn",
    reference_date: "Peildatum",
    of_action_line: "Actielijn",
    export: "Exporteren en delen",
    download_csv: "Selectie als CSV",
    download_json: "Gegevens als JSON",
    copy_link: "Link naar deze weergave kopiëren",
    link_copied: "Link gekopieerd",
    retry: "Opnieuw proberen",
    technical_details: "Technische details",
    error_network: "De gegevens konden niet worden opgehaald. Controleer de verbinding; als de gegevens op een ander domein staan, moet die server CORS toestaan.",
    error_timeout: "Het ophalen van de gegevens duurde te lang.",
    error_not_found: "De gegevens zijn niet gevonden.",
    error_http: "De server leverde de gegevens niet.",
    error_invalid: "De gegevens zijn ongeldig en kunnen niet worden getoond.",
    error_too_large: "Het gegevensbestand is te groot om te tonen.",
    error_refused: "Deze monitor toont alleen gegevens van zijn uitgever en de adressen die die toestaat; de gevraagde gegevens staan elders en worden niet geladen.",
    data_from: "Gegevens van",
    reference_date_notice: "Peildatum is niet vandaag: welke deadlines verstreken zijn, geldt per",
    pillars: "Pijlers",
    open_full_monitor: "Open de volledige monitor",
    timeline_drawing: "Getekende tijdlijn",
    close: "Sluiten",
    hide_action_lines: "Actielijnen verbergen",
    remove_filter: "Filter weghalen:",
    search_for: "Zoekterm",

    copy_failed: "Kopiëren lukte niet; selecteer en kopieer de tekst zelf.",
    data_warnings: "Opmerkingen bij de gegevens",
    opens_in_new_tab: "opent in een nieuw tabblad",
    copied: "Gekopieerd",
    show_more: "Meer tonen",
    embed: "Insluiten op een andere site",
    embed_script: "Met een script (past zich aan de pagina aan):",
    embed_iframe: "Met een iframe (hoogte past zich aan met het tweede script):",
};

static EN: Messages = Messages {
    loading: "Loading the data…",
    data_as_of: "Data as of",
    published_by: "Published by",
    stale_notice: "This data is not recent; more may have happened since.",
    overview: "Overview",
    overdue_commitments: "Late commitments",
    filters: "Filters",
    status: "Status",
    pillar: "Pillar",
    all_pillars: "All pillars",
    overdue_only: "Late only",
    unchecked_only: "Only deadline passed, not checked",
    unchecked_commitments: "Deadlines passed since the last check, status not known",
    legend: "Key",
    legend_day: "Dot: one day",
    legend_period: "Bar: a period (month, quarter, year)",
    legend_cluster: "Numbered box: that many milestones in one quarter",
    search: "Search",
    search_hint: "Titles, summaries, notes and owners",
    clear_all: "Clear all filters",
    nothing_matches: "Nothing matches these filters.",
    view: "View",
    view_both: "Cards and timeline",
    view_cards: "Cards",
    view_timeline: "Timeline",
    view_changes: "What changed",
    compared_with_version_of: "Compared with the version of",
    from_dated_facts: "From the dated facts in this version, up to",
    loading_previous: "Loading the previous version…",
    previous_unavailable: "The previous version could not be loaded; these are the dated facts in this version.",
    no_changes: "No changes in this period.",
    follow: "Follow (Atom feed)",
    language: "Language",
    action_lines: "Action lines",
    owners: "Owners",
    budget: "Budget",
    milestones: "Milestones",
    summary: "Summary",
    notes: "Notes",
    history: "Status history",
    sources: "Sources",
    show_details: "Show details",
    hide_details: "Hide details",
    cite: "Cite",
    timeline: "Timeline",
    reference_date: "Reference date",
    of_action_line: "Action line",
    export: "Export and share",
    download_csv: "Selection as CSV",
    download_json: "Data as JSON",
    copy_link: "Copy a link to this view",
    link_copied: "Link copied",
    retry: "Try again",
    technical_details: "Technical details",
    error_network: "The data could not be fetched. Check the connection; if the data lives on another domain, that server must allow CORS.",
    error_timeout: "Fetching the data took too long.",
    error_not_found: "The data was not found.",
    error_http: "The server did not deliver the data.",
    error_invalid: "The data is not valid, so it cannot be shown.",
    error_too_large: "The data file is too large to show.",
    error_refused: "This monitor shows data only from its publisher and the addresses it allows; the requested data is elsewhere and is not loaded.",
    data_from: "Data from",
    reference_date_notice: "The reference date is not today: which deadlines have passed is as of",
    pillars: "Pillars",
    open_full_monitor: "Open the full monitor",
    timeline_drawing: "Timeline drawing",
    close: "Close",
    hide_action_lines: "Hide action lines",
    remove_filter: "Remove filter:",
    search_for: "Search",

    copy_failed: "Copying failed; select and copy the text yourself.",
    data_warnings: "Remarks on the data",
    opens_in_new_tab: "opens in a new tab",
    copied: "Copied",
    show_more: "Show more",
    embed: "Embed on another site",
    embed_script: "With a script (fits the page):",
    embed_iframe: "With an iframe (the second script fits its height):",
};

/// The interface language: the reader's choice wins, then the snapshot's language
/// (unknown before it loads), then the browser's, then Dutch.
pub fn interface_language(
    chosen: Option<Language>,
    snapshot: Option<Language>,
    browser: Option<Language>,
) -> Language {
    chosen.or(snapshot).or(browser).unwrap_or_default()
}

pub fn messages(language: Language) -> &'static Messages {
    match language {
        Language::Nl => &NL,
        Language::En => &EN,
    }
}

/// Status and state labels are ASCII, so `to_ascii_lowercase` lowers them without
/// Unicode tables (a test holds this).
pub fn status_label(status: ActionLineStatus, language: Language) -> &'static str {
    use ActionLineStatus::*;
    match (status, language) {
        (Planned, Language::Nl) => "Gepland",
        (Planned, Language::En) => "Planned",
        (InProgress, Language::Nl) => "In uitvoering",
        (InProgress, Language::En) => "In progress",
        (Achieved, Language::Nl) => "Gerealiseerd",
        (Achieved, Language::En) => "Achieved",
        (Delayed, Language::Nl) => "Vertraagd",
        (Delayed, Language::En) => "Delayed",
        (Cancelled, Language::Nl) => "Geschrapt",
        (Cancelled, Language::En) => "Cancelled",
    }
}

pub fn state_label(state: MilestoneState, language: Language) -> &'static str {
    use MilestoneState::*;
    match (state, language) {
        (Done, Language::Nl) => "Gedaan",
        (Done, Language::En) => "Done",
        (Pending, Language::Nl) => "Open",
        (Pending, Language::En) => "Pending",
        (Overdue, Language::Nl) => "Te laat",
        (Overdue, Language::En) => "Late",
        (Unchecked, Language::Nl) => "Deadline verstreken, niet gecontroleerd",
        (Unchecked, Language::En) => "Deadline passed, not checked",
        (Cancelled, Language::Nl) => "Geschrapt",
        (Cancelled, Language::En) => "Cancelled",
    }
}

/// A milestone's state as its badge says it: a passed deadline names the last check,
/// "Deadline verstreken, niet gecontroleerd sinds 6 okt. 2025".
pub fn state_since(state: MilestoneState, checked: CalendarDate, language: Language) -> String {
    let label = state_label(state, language);
    match (state, language) {
        (MilestoneState::Unchecked, Language::Nl) => {
            format!("{label} sinds {}", format_day(checked, language))
        }
        (MilestoneState::Unchecked, Language::En) => {
            format!("{label} since {}", format_day(checked, language))
        }
        _ => label.to_owned(),
    }
}

/// Groups thousands: "1.234.567" (nl) or "1,234,567" (en).
pub fn format_integer(value: u64, language: Language) -> String {
    let separator = match language {
        Language::Nl => '.',
        Language::En => ',',
    };
    let digits = value.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            grouped.push(separator);
        }
        grouped.push(digit);
    }
    grouped
}

/// A scaled amount with at most two decimals and no trailing zeros: 13.8, 1.15, 35.
fn scaled(amount: u64, unit: u64, language: Language) -> String {
    // Widened: `amount * 100` overflows u64 above 184 quadrillion.
    let unit = u128::from(unit);
    let hundredths = (u128::from(amount) * 100 + unit / 2) / unit;
    // At most `amount`, so it fits again.
    let whole = u64::try_from(hundredths / 100).unwrap_or(u64::MAX);
    let fraction = hundredths % 100;
    let decimal = match language {
        Language::Nl => ',',
        Language::En => '.',
    };
    match fraction {
        0 => format_integer(whole, language),
        _ if fraction % 10 == 0 => format!(
            "{}{decimal}{}",
            format_integer(whole, language),
            fraction / 10
        ),
        _ => format!("{}{decimal}{fraction:02}", format_integer(whole, language)),
    }
}

/// "€ 35 mln" / "€35 million", "€ 1,15 mld" / "€1.15 billion", "€ 500.000" / "€500,000".
/// Whole euros, every digit: "€ 2.004.000" (nl) or "€2,004,000" (en).
pub fn format_eur_exact(amount: u64, language: Language) -> String {
    match language {
        Language::Nl => format!("€ {}", format_integer(amount, language)),
        Language::En => format!("€{}", format_integer(amount, language)),
    }
}

pub fn format_eur(amount: u64, language: Language) -> String {
    const MILLION: u64 = 1_000_000;
    const BILLION: u64 = 1_000_000_000;
    match language {
        Language::Nl if amount >= BILLION => format!("€ {} mld", scaled(amount, BILLION, language)),
        Language::Nl if amount >= MILLION => format!("€ {} mln", scaled(amount, MILLION, language)),
        Language::Nl => format_eur_exact(amount, language),
        Language::En if amount >= BILLION => {
            format!("€{} billion", scaled(amount, BILLION, language))
        }
        Language::En if amount >= MILLION => {
            format!("€{} million", scaled(amount, MILLION, language))
        }
        Language::En => format_eur_exact(amount, language),
    }
}

/// Picks the singular or plural form for a count: "1 actielijn", "3 actielijnen".
pub(crate) fn counted(
    count: usize,
    language: Language,
    nl: (&str, &str),
    en: (&str, &str),
) -> String {
    let (one, many) = match language {
        Language::Nl => nl,
        Language::En => en,
    };
    let noun = if count == 1 { one } else { many };
    format!("{} {noun}", format_integer(count as u64, language))
}

pub fn count_action_lines(count: usize, language: Language) -> String {
    counted(
        count,
        language,
        ("actielijn", "actielijnen"),
        ("action line", "action lines"),
    )
}

pub fn count_milestones(count: usize, language: Language) -> String {
    counted(
        count,
        language,
        ("mijlpaal", "mijlpalen"),
        ("milestone", "milestones"),
    )
}

pub fn count_days_ago(days: i64, language: Language) -> String {
    let days = usize::try_from(days.max(0)).unwrap_or(usize::MAX);
    let span = counted(days, language, ("dag", "dagen"), ("day", "days"));
    match language {
        Language::Nl => format!("{span} geleden"),
        Language::En => format!("{span} ago"),
    }
}

/// "en nog 12 opmerkingen" / "and 12 more remarks", after a list that was cut short.
pub fn more_remarks(count: usize, language: Language) -> String {
    let remarks = counted(
        count,
        language,
        ("opmerking", "opmerkingen"),
        ("remark", "remarks"),
    );
    match language {
        Language::Nl => format!("… en nog {remarks}"),
        Language::En => {
            let (number, noun) = remarks.split_once(' ').unwrap_or((&remarks, ""));
            format!("… and {number} more {noun}")
        }
    }
}

/// "12 actielijnen en 9 mijlpalen" for the live result count.
pub fn result_count(lines: usize, milestones: usize, language: Language) -> String {
    let and = match language {
        Language::Nl => "en",
        Language::En => "and",
    };
    format!(
        "{} {and} {}",
        count_action_lines(lines, language),
        count_milestones(milestones, language)
    )
}

/// "200 van 10.000 getoond" / "Showing 200 of 10,000".
pub fn shown_of(shown: usize, total: usize, language: Language) -> String {
    let (shown, total) = (
        format_integer(shown.min(total) as u64, language),
        format_integer(total as u64, language),
    );
    match language {
        Language::Nl => format!("{shown} van {total} getoond"),
        Language::En => format!("Showing {shown} of {total}"),
    }
}

/// What a printed list says of the items it left out.
pub fn not_printed(rest: usize, language: Language) -> String {
    let rest = format_integer(rest as u64, language);
    match language {
        Language::Nl => {
            format!("Nog {rest} niet afgedrukt; de volledige monitor en de export tonen alles.")
        }
        Language::En => {
            format!("{rest} more not printed; the full monitor and the export show everything.")
        }
    }
}

/// A count of milestones in one state, with its noun: "6 toezeggingen te laat",
/// "13 deadlines verstreken, status onbekend" / "6 commitments late".
pub fn count_in_state(count: usize, state: MilestoneState, language: Language) -> String {
    use MilestoneState::*;
    let (nl, en, nl_word, en_word) = match state {
        Done => (
            ("mijlpaal", "mijlpalen"),
            ("milestone", "milestones"),
            "gedaan",
            "done",
        ),
        Pending => (
            ("toezegging", "toezeggingen"),
            ("commitment", "commitments"),
            "open",
            "pending",
        ),
        Overdue => (
            ("toezegging", "toezeggingen"),
            ("commitment", "commitments"),
            "te laat",
            "late",
        ),
        Unchecked => {
            let deadlines = counted(
                count,
                language,
                ("deadline", "deadlines"),
                ("deadline", "deadlines"),
            );
            return match language {
                Language::Nl => {
                    format!("{deadlines} verstreken sinds de laatste controle, status onbekend")
                }
                Language::En => {
                    format!("{deadlines} passed since the last check, status not known")
                }
            };
        }
        Cancelled => (
            ("mijlpaal", "mijlpalen"),
            ("milestone", "milestones"),
            "geschrapt",
            "cancelled",
        ),
    };
    let counted = counted(count, language, nl, en);
    match language {
        Language::Nl => format!("{counted} {nl_word}"),
        Language::En => format!("{counted} {en_word}"),
    }
}

/// The states a tally shows, in reading order: the plain ones, then the two a reader
/// must weigh; cancelled only when there is one.
pub fn tally_states(tally: &StateTally) -> Vec<(MilestoneState, usize)> {
    MilestoneState::ALL
        .into_iter()
        .map(|state| (state, tally.count(state)))
        .filter(|&(state, count)| count > 0 || state != MilestoneState::Cancelled)
        .collect()
}

/// "6 gedaan · 0 te laat · 2 open · 13 deadline verstreken, niet gecontroleerd".
pub fn milestone_tally(tally: &StateTally, language: Language) -> String {
    let parts: Vec<String> = tally_states(tally)
        .into_iter()
        .map(|(state, count)| {
            let label = state_label(state, language).to_ascii_lowercase();
            format!("{} {label}", format_integer(count as u64, language))
        })
        .collect();
    parts.join(" · ")
}

/// The total line of a glance: "21 mijlpalen: 6 gedaan · 0 te laat · …".
pub fn milestone_total(tally: &StateTally, language: Language) -> String {
    format!(
        "{}: {}",
        count_milestones(tally.total(), language),
        milestone_tally(tally, language)
    )
}

/// "Alle 17 actielijnen tonen" / "Show all 17 action lines".
pub fn show_all_lines(count: usize, language: Language) -> String {
    let lines = count_action_lines(count, language);
    match language {
        Language::Nl => format!("Alle {lines} tonen"),
        Language::En => format!("Show all {lines}"),
    }
}

/// "Filters · 2 actief" / "Filters · 2 active"; just "Filters" when none is.
pub fn active_filters(count: usize, language: Language) -> String {
    let filters = messages(language).filters;
    match (count, language) {
        (0, _) => filters.to_owned(),
        (_, Language::Nl) => format!("{filters} · {count} actief"),
        (_, Language::En) => format!("{filters} · {count} active"),
    }
}

/// A drawing's text alternative: "Tijdlijn van 2025 tot 2030 met 21 mijlpalen".
pub fn drawing_summary(
    count: usize,
    first_year: i32,
    last_year: i32,
    language: Language,
) -> String {
    let milestones = count_milestones(count, language);
    match language {
        Language::Nl => format!("Tijdlijn van {first_year} tot {last_year} met {milestones}"),
        Language::En => format!("Timeline from {first_year} to {last_year} with {milestones}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_and_state_labels_are_ascii_so_ascii_lowercase_lowers_them() {
        for language in Language::ALL {
            for &status in ActionLineStatus::ALL {
                assert!(status_label(status, language).is_ascii(), "{status:?}");
            }
            for state in MilestoneState::ALL {
                assert!(state_label(state, language).is_ascii(), "{state:?}");
            }
        }
    }

    #[test]
    fn amounts_read_naturally_in_each_language() {
        let cases = [
            (35_000_000, "€ 35 mln", "€35 million"),
            (13_800_000, "€ 13,8 mln", "€13.8 million"),
            (1_150_000_000, "€ 1,15 mld", "€1.15 billion"),
            (500_000, "€ 500.000", "€500,000"),
            (0, "€ 0", "€0"),
        ];
        for (amount, nl, en) in cases {
            assert_eq!(format_eur(amount, Language::Nl), nl);
            assert_eq!(format_eur(amount, Language::En), en);
        }
    }

    #[test]
    fn the_largest_amount_formats_without_overflow() {
        assert_eq!(
            format_eur(u64::MAX, Language::En),
            "€18,446,744,073.71 billion"
        );
        assert_eq!(
            format_eur(u64::MAX, Language::Nl),
            "€ 18.446.744.073,71 mld"
        );
    }

    #[test]
    fn the_readers_choice_wins_then_the_snapshot_then_the_browser() {
        use Language::{En, Nl};
        assert_eq!(interface_language(Some(En), Some(Nl), Some(Nl)), En);
        assert_eq!(interface_language(None, Some(En), Some(Nl)), En);
        assert_eq!(interface_language(None, None, Some(En)), En);
        assert_eq!(interface_language(None, None, None), Nl);
    }

    #[test]
    fn counts_agree_with_their_number() {
        assert_eq!(
            result_count(1, 2, Language::Nl),
            "1 actielijn en 2 mijlpalen"
        );
        assert_eq!(
            result_count(12, 1, Language::En),
            "12 action lines and 1 milestone"
        );
        assert_eq!(count_days_ago(418, Language::En), "418 days ago");
        assert_eq!(count_days_ago(1, Language::Nl), "1 dag geleden");
        assert_eq!(format_integer(1_234_567, Language::Nl), "1.234.567");
        assert_eq!(shown_of(200, 10_000, Language::En), "Showing 200 of 10,000");
        assert_eq!(shown_of(400, 350, Language::Nl), "350 van 350 getoond");
        assert_eq!(
            not_printed(9_800, Language::En),
            "9,800 more not printed; the full monitor and the export show everything."
        );
        assert_eq!(
            not_printed(9_800, Language::Nl),
            "Nog 9.800 niet afgedrukt; de volledige monitor en de export tonen alles."
        );
    }

    #[test]
    fn every_count_of_milestones_carries_its_noun_and_a_passed_deadline_says_it_is_not_known() {
        use MilestoneState::*;
        assert_eq!(
            count_in_state(6, Overdue, Language::Nl),
            "6 toezeggingen te laat"
        );
        assert_eq!(
            count_in_state(1, Overdue, Language::En),
            "1 commitment late"
        );
        assert_eq!(
            count_in_state(0, Pending, Language::En),
            "0 commitments pending"
        );
        assert_eq!(count_in_state(3, Done, Language::Nl), "3 mijlpalen gedaan");
        assert_eq!(
            count_in_state(13, Unchecked, Language::Nl),
            "13 deadlines verstreken sinds de laatste controle, status onbekend"
        );
        assert_eq!(
            count_in_state(1, Unchecked, Language::En),
            "1 deadline passed since the last check, status not known"
        );
        let checked = "2025-10-06".parse().unwrap();
        assert_eq!(
            state_since(Unchecked, checked, Language::En),
            "Deadline passed, not checked since 6 Oct 2025"
        );
        assert_eq!(state_since(Overdue, checked, Language::Nl), "Te laat");
    }

    #[test]
    fn the_total_line_sums_done_late_open_and_not_checked_and_names_cancelled_only_when_there_is_one(
    ) {
        let tally = StateTally {
            done: 8,
            unchecked: 13,
            ..StateTally::default()
        };
        assert_eq!(
            milestone_total(&tally, Language::Nl),
            "21 mijlpalen: 8 gedaan · 0 te laat · 0 open · 13 deadline verstreken, niet gecontroleerd"
        );
        let tally = StateTally {
            cancelled: 1,
            ..tally
        };
        assert_eq!(
            milestone_total(&tally, Language::En),
            "22 milestones: 8 done · 0 late · 0 pending · 13 deadline passed, not checked · 1 cancelled"
        );
    }

    #[test]
    fn the_folded_filter_bar_counts_active_filters_in_each_language() {
        assert_eq!(active_filters(0, Language::Nl), "Filters");
        assert_eq!(active_filters(2, Language::Nl), "Filters · 2 actief");
        assert_eq!(active_filters(1, Language::En), "Filters · 1 active");
        assert_eq!(
            show_all_lines(17, Language::Nl),
            "Alle 17 actielijnen tonen"
        );
        assert_eq!(show_all_lines(1, Language::En), "Show all 1 action line");
    }
}
