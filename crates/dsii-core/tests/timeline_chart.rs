//! The drawn timeline's lanes and clusters, and the pillar cards' counts, without a browser.

use dsii_core::chart::{lay_out, Axis, LaneKey, ROWS_PER_LANE};
use dsii_core::filter::{pillar_tallies, select, status_counts, Filter};
use dsii_core::model::{ActionLineStatus, CalendarDate};
use dsii_core::prepared::PreparedSnapshot;
use dsii_core::progress::MilestoneState;
use dsii_core::validate::load;

fn small() -> PreparedSnapshot {
    PreparedSnapshot::new(
        load(include_bytes!("../../../tests/fixtures/small_monitor.json")).unwrap(),
    )
}

fn day(text: &str) -> CalendarDate {
    text.parse().unwrap()
}

fn axis_of(prepared: &PreparedSnapshot, today: CalendarDate) -> Axis {
    Axis::spanning(prepared.snapshot.milestones.iter().map(|m| m.date), today)
}

/// One pillar with one action line, holding `milestones` (JSON objects).
fn one_lane(milestones: &[String]) -> PreparedSnapshot {
    let json = format!(
        r#"{{"schema_version":1,"id":"x","title":"X","as_of":"2026-01-01",
        "sources":[{{"id":"s","title":"S","url":"https://example.org/"}}],
        "pillars":[{{"id":"p","title":"P"}}],
        "action_lines":[{{"id":"a","pillar":"p","title":"A","status":"in_progress","sources":["s"]}}],
        "milestones":[{}]}}"#,
        milestones.join(",")
    );
    PreparedSnapshot::new(load(json.as_bytes()).unwrap())
}

/// One pillar, one action line, and `count` pending milestones all in 2026-Q1.
fn crowded(count: usize) -> PreparedSnapshot {
    let milestones: Vec<String> = (0..count)
        .map(|n| {
            format!(
                r#"{{"id":"m{n}","action_line":"a","title":"M {n}","date":"2026-01-{:02}","status":"pending","sources":["s"]}}"#,
                n % 28 + 1
            )
        })
        .collect();
    one_lane(&milestones)
}

#[test]
fn lanes_follow_the_pillars_and_every_shown_milestone_is_drawn_once() {
    let prepared = small();
    let today = day("2026-01-15");
    let shown = select(&prepared, &Filter::default(), today).milestones;
    let lanes = lay_out(&prepared, &shown, None, axis_of(&prepared, today), today);
    let keys: Vec<_> = lanes.iter().map(|lane| lane.key).collect();
    assert_eq!(keys, [LaneKey::Pillar(0), LaneKey::Pillar(1)]);
    let mut drawn: Vec<usize> = lanes
        .iter()
        .flat_map(|lane| lane.marks.iter().flat_map(|mark| mark.milestones.clone()))
        .collect();
    drawn.sort();
    let mut expected = shown.clone();
    expected.sort();
    assert_eq!(drawn, expected);
}

#[test]
fn with_one_pillar_chosen_the_lanes_are_its_action_lines() {
    let prepared = small();
    let today = day("2026-01-15");
    let filter = Filter {
        pillar: Some("safe".into()),
        ..Filter::default()
    };
    let shown = select(&prepared, &filter, today).milestones;
    let lanes = lay_out(
        &prepared,
        &shown,
        Some("safe"),
        axis_of(&prepared, today),
        today,
    );
    let keys: Vec<_> = lanes.iter().map(|lane| lane.key).collect();
    assert_eq!(keys, [LaneKey::ActionLine(2), LaneKey::ActionLine(3)]);
}

#[test]
fn a_year_and_the_quarter_inside_it_stack_in_two_rows_instead_of_overlapping() {
    let prepared = small();
    let today = day("2026-01-15");
    let shown = select(&prepared, &Filter::default(), today).milestones;
    let lanes = lay_out(&prepared, &shown, None, axis_of(&prepared, today), today);
    for lane in &lanes {
        for (i, a) in lane.marks.iter().enumerate() {
            for b in &lane.marks[i + 1..] {
                let overlap = a.from < b.from + b.width && b.from < a.from + a.width;
                assert!(!(overlap && a.row == b.row), "{a:?} overlaps {b:?}");
            }
        }
    }
}

#[test]
fn thousands_of_milestones_in_one_quarter_become_a_few_marks_that_count_them_all() {
    let prepared = crowded(10_000);
    let today = day("2026-11-28");
    let shown = select(&prepared, &Filter::default(), today).milestones;
    let lanes = lay_out(&prepared, &shown, None, axis_of(&prepared, today), today);
    assert_eq!(lanes.len(), 1);
    let marks = &lanes[0].marks;
    assert!(marks.len() <= 50, "{} marks", marks.len());
    assert!(lanes[0].rows <= ROWS_PER_LANE);
    let counted: usize = marks.iter().map(|mark| mark.milestones.len()).sum();
    assert_eq!(counted, 10_000);
    // Due in January 2026, checked on 1 January: passed since, not known to be late.
    let cluster = marks.iter().find(|mark| mark.is_cluster()).unwrap();
    assert_eq!(cluster.tally.unchecked, cluster.milestones.len());
    assert_eq!(cluster.state(), MilestoneState::Unchecked);
}

#[test]
fn a_cluster_of_one_is_drawn_as_its_milestone() {
    // Two year-long milestones fill both single rows; a day in March joins no one.
    let milestones = [
        r#"{"id":"y1","action_line":"a","title":"Y1","date":"2026","status":"pending","sources":["s"]}"#,
        r#"{"id":"y2","action_line":"a","title":"Y2","date":"2026","status":"pending","sources":["s"]}"#,
        r#"{"id":"d","action_line":"a","title":"D","date":"2026-03-15","status":"done","sources":["s"]}"#,
    ]
    .map(str::to_owned);
    let prepared = one_lane(&milestones);
    let today = day("2026-01-01");
    let shown = select(&prepared, &Filter::default(), today).milestones;
    let axis = axis_of(&prepared, today);
    let lanes = lay_out(&prepared, &shown, None, axis, today);
    let alone = lanes[0]
        .marks
        .iter()
        .find(|mark| mark.milestones == [2])
        .unwrap();
    assert_eq!(alone.row, ROWS_PER_LANE - 1, "it sits in the cluster row");
    assert!(!alone.is_cluster());
    assert_eq!(alone.from, axis.position(day("2026-03-15")));
    assert!(alone.covered < 0.1, "a day is a dot, not a quarter's box");
    assert_eq!(alone.state(), MilestoneState::Done);
}

#[test]
fn a_pillar_cards_counts_equal_what_the_filters_show_for_that_pillar() {
    let prepared = small();
    let today = day("2026-11-28");
    for query in ["", "drone", "zzz"] {
        let filter = Filter {
            query: query.into(),
            statuses: [ActionLineStatus::InProgress].into_iter().collect(),
            ..Filter::default()
        };
        let tallies = pillar_tallies(
            &prepared,
            &filter,
            today,
            &select(&prepared, &filter, today),
        );
        for (index, pillar) in prepared.snapshot.pillars.iter().enumerate() {
            let chosen = Filter {
                pillar: Some(pillar.id.clone()),
                ..filter.clone()
            };
            let toggles: Vec<usize> = status_counts(&prepared, &chosen, today)
                .into_iter()
                .map(|(_, count)| count)
                .collect();
            assert_eq!(
                tallies[index].lines.to_vec(),
                toggles,
                "{query} {}",
                pillar.id
            );
            let shown = select(&prepared, &chosen, today).milestones.len();
            assert_eq!(
                tallies[index].milestones.total(),
                shown,
                "{query} {}",
                pillar.id
            );
        }
    }
}

/// `count` milestones over six years, every day of the month, in one pillar.
fn spread(count: usize) -> PreparedSnapshot {
    let milestones: Vec<String> = (0..count)
        .map(|n| {
            format!(
                r#"{{"id":"m{n}","action_line":"a","title":"M {n}","date":"{}-{:02}-{:02}","status":"done","sources":["s"]}}"#,
                2023 + n % 6,
                n % 12 + 1,
                n % 28 + 1
            )
        })
        .collect();
    one_lane(&milestones)
}

#[test]
fn ten_thousand_milestones_over_six_years_stay_a_dozen_marks_a_year_that_never_overlap() {
    let prepared = spread(10_000);
    let today = day("2026-11-28");
    let shown = select(&prepared, &Filter::default(), today).milestones;
    let axis = axis_of(&prepared, today);
    let lanes = lay_out(&prepared, &shown, None, axis, today);
    let marks = &lanes[0].marks;
    assert!(marks.len() <= 12 * axis.years(), "{} marks", marks.len());
    for (i, a) in marks.iter().enumerate() {
        for b in &marks[i + 1..] {
            let overlap = a.from + 1e-9 < b.from + b.width && b.from + 1e-9 < a.from + a.width;
            assert!(!(overlap && a.row == b.row), "{a:?} overlaps {b:?}");
        }
    }
    let counted: usize = marks.iter().map(|mark| mark.milestones.len()).sum();
    assert_eq!(counted, 10_000);
}
