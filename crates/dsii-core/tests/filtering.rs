//! Filters, counts, timeline grouping and exports on a small snapshot, without a browser.

use dsii_core::export::{citation, selection_csv};
use dsii_core::filter::{select, status_counts, Filter, Selection};
use dsii_core::model::{ActionLineStatus, CalendarDate, Language};
use dsii_core::prepared::PreparedSnapshot;
use dsii_core::timeline::{group, Period, TimelineItem};
use dsii_core::validate::load;

fn small() -> PreparedSnapshot {
    PreparedSnapshot::new(
        load(include_bytes!("../../../tests/fixtures/small_monitor.json")).unwrap(),
    )
}

fn day(text: &str) -> CalendarDate {
    text.parse().unwrap()
}

fn ids(prepared: &PreparedSnapshot, selection: &Selection) -> (Vec<String>, Vec<String>) {
    let snapshot = &prepared.snapshot;
    (
        selection
            .lines
            .iter()
            .map(|&i| snapshot.action_lines[i].id.clone())
            .collect(),
        selection
            .milestones
            .iter()
            .map(|&i| snapshot.milestones[i].id.clone())
            .collect(),
    )
}

fn filter(
    statuses: &[ActionLineStatus],
    pillar: Option<&str>,
    overdue_only: bool,
    query: &str,
) -> Filter {
    Filter {
        statuses: statuses.iter().copied().collect(),
        pillar: pillar.map(str::to_owned),
        overdue_only,
        query: query.to_owned(),
        ..Filter::default()
    }
}

#[test]
fn no_filter_shows_everything_with_milestones_in_date_order() {
    let prepared = small();
    let (lines, milestones) = ids(
        &prepared,
        &select(&prepared, &Filter::default(), day("2026-01-15")),
    );
    assert_eq!(lines, ["drones", "desk", "stock", "plan"]);
    assert_eq!(
        milestones,
        ["m-day", "m-month", "m-q1", "m-h1", "m-year", "m-cancel"]
    );
}

#[test]
fn status_and_pillar_filters_combine() {
    let prepared = small();
    let chosen = filter(
        &[ActionLineStatus::InProgress, ActionLineStatus::Delayed],
        Some("safe"),
        false,
        "",
    );
    let (lines, milestones) = ids(&prepared, &select(&prepared, &chosen, day("2026-01-15")));
    assert_eq!(lines, ["stock"]);
    assert_eq!(milestones, ["m-month", "m-year"]);
}

#[test]
fn search_ignores_case_and_diacritics_and_reaches_milestones() {
    let prepared = small();
    let today = day("2026-01-15");
    let (lines, milestones) = ids(
        &prepared,
        &select(&prepared, &filter(&[], None, false, "OEKRAINE"), today),
    );
    assert_eq!(lines, ["drones"]);
    assert_eq!(milestones, ["m-q1", "m-cancel"]);
    let (lines, milestones) = ids(
        &prepared,
        &select(&prepared, &filter(&[], None, false, "contract"), today),
    );
    assert_eq!(
        (lines, milestones),
        (vec!["stock".to_owned()], vec!["m-month".to_owned()])
    );
    let (lines, _) = ids(
        &prepared,
        &select(&prepared, &filter(&[], None, false, "rvo"), today),
    );
    assert_eq!(lines, ["desk"], "owners are searched");
    let (lines, _) = ids(
        &prepared,
        &select(&prepared, &filter(&[], None, false, "zweden"), today),
    );
    assert_eq!(lines, ["stock"], "notes are searched");
}

#[test]
fn late_is_what_the_snapshot_saw_and_deadlines_after_it_are_not_checked() {
    let prepared = small();
    let overdue = filter(&[], None, true, "");
    let unchecked = Filter {
        unchecked_only: true,
        ..Filter::default()
    };
    // The snapshot is as of 15 January 2026: only what fell due before then can be late.
    for today in ["2026-01-15", "2026-07-01", "2027-01-01"] {
        let (lines, milestones) = ids(&prepared, &select(&prepared, &overdue, day(today)));
        assert_eq!(
            (lines, milestones),
            (vec!["stock".to_owned()], vec!["m-month".to_owned()]),
            "{today}"
        );
    }
    let (_, milestones) = ids(&prepared, &select(&prepared, &unchecked, day("2026-01-15")));
    assert!(milestones.is_empty());
    let (lines, milestones) = ids(&prepared, &select(&prepared, &unchecked, day("2026-07-01")));
    assert_eq!(lines, ["drones", "plan"]);
    assert_eq!(milestones, ["m-q1", "m-h1"]);
    let (_, milestones) = ids(&prepared, &select(&prepared, &unchecked, day("2027-01-01")));
    assert_eq!(milestones, ["m-q1", "m-h1", "m-year"], "cancelled never is");
    let either = Filter {
        overdue_only: true,
        ..unchecked
    };
    let (_, milestones) = ids(&prepared, &select(&prepared, &either, day("2027-01-01")));
    assert_eq!(milestones, ["m-month", "m-q1", "m-h1", "m-year"]);
}

#[test]
fn status_counts_follow_the_other_filters() {
    let prepared = small();
    let today = day("2026-01-15");
    let counts = status_counts(
        &prepared,
        &filter(&[ActionLineStatus::Planned], Some("fast"), false, ""),
        today,
    );
    assert_eq!(
        counts,
        [
            (ActionLineStatus::Planned, 0),
            (ActionLineStatus::InProgress, 1),
            (ActionLineStatus::Achieved, 1),
            (ActionLineStatus::Delayed, 0),
            (ActionLineStatus::Cancelled, 0),
        ]
    );
    for (status, count) in status_counts(&prepared, &Filter::default(), today) {
        let only = filter(&[status], None, false, "");
        assert_eq!(
            select(&prepared, &only, today).lines.len(),
            count,
            "{status}"
        );
    }
}

#[test]
fn the_timeline_groups_by_year_and_period_and_marks_the_reference_date() {
    let prepared = small();
    let selection = select(&prepared, &Filter::default(), day("2026-01-15"));
    let years = group(&prepared, &selection.milestones, day("2026-01-15"));
    let outline: Vec<(i32, Vec<Period>)> = years
        .iter()
        .map(|year| (year.year, year.periods.iter().map(|p| p.period).collect()))
        .collect();
    assert_eq!(
        outline,
        [
            (2025, vec![Period::Quarter(4)]),
            (
                2026,
                vec![
                    Period::Year,
                    Period::Half(1),
                    Period::Quarter(1),
                    Period::Quarter(3)
                ]
            ),
        ]
    );
    let q1 = &years[1].periods[2].items;
    assert_eq!(q1, &[TimelineItem::Milestone(1), TimelineItem::Today]);
}

#[test]
fn the_reference_date_gets_its_own_year_when_nothing_falls_in_it() {
    let prepared = small();
    let years = group(&prepared, &[], day("2030-05-05"));
    assert_eq!(years.len(), 1);
    assert_eq!(years[0].year, 2030);
    assert_eq!(years[0].periods[0].period, Period::Quarter(2));
    assert_eq!(years[0].periods[0].items, [TimelineItem::Today]);
}

#[test]
fn the_csv_export_holds_the_selection_with_derived_states() {
    let prepared = small();
    let today = day("2026-04-01");
    let selection = select(&prepared, &filter(&[], Some("fast"), false, ""), today);
    let csv = selection_csv(&prepared, &selection, Language::En, today);
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(
        rows[0],
        "type,id,pillar,action_line,title,status,date,date_start,date_end,sources"
    );
    assert_eq!(
        rows[1],
        "action_line,drones,fast,drones,Drones for Ukraine,In progress,,,,memo"
    );
    assert!(rows.contains(
        &"milestone,m-q1,fast,drones,Eerste levering,\"Deadline passed, not checked\",2026-Q1,2026-01-01,2026-03-31,memo"
    ));
    assert_eq!(rows.len(), 1 + 2 + 3);
}

#[test]
fn a_citation_names_status_snapshot_date_and_source() {
    let prepared = small();
    let line = citation(
        &prepared,
        2,
        Language::En,
        "https://example.org/monitor?q=x",
    );
    assert_eq!(
        line,
        "“Munitievoorraad” (status: delayed). Small monitor, data as of 15 Jan 2026. Source: Memo, Doc 1, Jan 2026. https://example.org/monitor?q=x"
    );
}
