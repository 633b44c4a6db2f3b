use super::*;

fn applied(actions: impl IntoIterator<Item = Action>) -> Store {
    let mut store = Store::default();
    for action in actions {
        store.apply(action);
    }
    store
}

#[test]
fn a_status_total_shows_only_that_status_and_drops_the_milestone_filters() {
    let store = applied([
        Action::ToggleStatus(ActionLineStatus::Planned),
        Action::SetStateOnly(MilestoneState::Overdue, true),
        Action::ShowStatusOnly(ActionLineStatus::Delayed),
    ]);
    let filter = &store.view.filter;
    assert_eq!(
        filter.statuses.iter().collect::<Vec<_>>(),
        [ActionLineStatus::Delayed]
    );
    assert!(!filter.overdue_only && !filter.unchecked_only);
}

#[test]
fn a_milestone_total_shows_only_that_state_and_every_status() {
    let store = applied([
        Action::ToggleStatus(ActionLineStatus::Planned),
        Action::SetStateOnly(MilestoneState::Overdue, true),
        Action::ShowStateOnly(MilestoneState::Unchecked),
    ]);
    let filter = &store.view.filter;
    assert!(filter.statuses.is_empty());
    assert!(filter.unchecked_only && !filter.overdue_only);
}

#[test]
fn choosing_the_chosen_pillar_card_again_shows_every_pillar() {
    let chosen = applied([Action::TogglePillar("slim".into())]);
    assert_eq!(chosen.view.filter.pillar.as_deref(), Some("slim"));
    let other = applied([
        Action::TogglePillar("slim".into()),
        Action::TogglePillar("sterk".into()),
    ]);
    assert_eq!(other.view.filter.pillar.as_deref(), Some("sterk"));
    let again = applied([
        Action::TogglePillar("slim".into()),
        Action::TogglePillar("slim".into()),
    ]);
    assert_eq!(again.view.filter.pillar, None);
}

#[test]
fn the_pillar_menus_empty_choice_means_every_pillar() {
    let store = applied([
        Action::ChoosePillar(Some("slim".into())),
        Action::ChoosePillar(Some(String::new())),
    ]);
    assert_eq!(store.view.filter.pillar, None);
}

#[test]
fn a_chip_takes_away_its_own_filter_and_no_other() {
    let store = applied([
        Action::ToggleStatus(ActionLineStatus::Planned),
        Action::Search("drone".into()),
        Action::ChoosePillar(Some("slim".into())),
    ]);
    let chips = Chip::all(&store.view.filter);
    assert_eq!(
        chips,
        [
            Chip::Status(ActionLineStatus::Planned),
            Chip::Pillar("slim".into()),
            Chip::Query("drone".into())
        ]
    );
    let mut store = store;
    store.apply(Action::RemoveFilter(Chip::Query("drone".into())));
    assert_eq!(
        Chip::all(&store.view.filter),
        [
            Chip::Status(ActionLineStatus::Planned),
            Chip::Pillar("slim".into())
        ]
    );
    store.apply(Action::ClearFilters);
    assert!(!store.view.filter.is_active());
}

#[test]
fn a_line_opens_and_closes_and_the_others_stay_open_in_their_order() {
    let store = applied([
        Action::ToggleLine(3),
        Action::ToggleLine(1),
        Action::ToggleLine(7),
        Action::ToggleLine(1),
    ]);
    assert_eq!(store.open_lines, [3, 7]);
}

#[test]
fn revealing_a_line_from_the_timeline_opens_it_once_and_shows_the_cards() {
    let store = applied([
        Action::ShowView(ViewMode::Timeline),
        Action::RevealLine(4),
        Action::RevealLine(4),
    ]);
    assert_eq!(store.open_lines, [4]);
    assert_eq!(store.view.view, ViewMode::Both);
    let in_cards = applied([Action::ShowView(ViewMode::Cards), Action::RevealLine(2)]);
    assert_eq!(in_cards.view.view, ViewMode::Cards);
}

#[test]
fn the_glances_line_button_and_the_filters_fold_open_and_close_on_their_own() {
    let mut store = applied([Action::ToggleGlanceLines]);
    assert!(store.glance_lines && !store.filters_open);
    store.apply(Action::ToggleFilters);
    store.apply(Action::ToggleGlanceLines);
    assert!(!store.glance_lines && store.filters_open);
    store.apply(Action::ToggleFilters);
    assert!(!store.filters_open);
}

#[test]
fn the_changes_button_goes_into_the_changes_view_and_back_to_both() {
    let store = applied([Action::ShowView(ViewMode::Cards), Action::ToggleChangesView]);
    assert_eq!(store.view.view, ViewMode::Changes);
    let back = applied([Action::ToggleChangesView, Action::ToggleChangesView]);
    assert_eq!(back.view.view, ViewMode::Both);
}

#[test]
fn show_more_adds_a_page_to_that_list_only() {
    let store = applied([
        Action::ShowMore(List::Timeline),
        Action::ShowMore(List::Timeline),
        Action::ShowMore(List::Lines(2)),
    ]);
    assert_eq!(store.limit(List::Timeline), 75);
    assert_eq!(store.limit(List::Lines(2)), 16);
    assert_eq!(store.limit(List::Lines(1)), 8);
    assert_eq!(store.limit(List::Changes), 25);
}

#[test]
fn printing_draws_every_list_to_the_print_limit_and_keeps_longer_ones() {
    let mut store = Store::default();
    for _ in 0..10 {
        store.apply(Action::ShowMore(List::Changes));
    }
    store.apply(Action::Print(true));
    assert!(store.printing);
    assert_eq!(store.limit(List::Timeline), PRINT_LIMIT);
    assert_eq!(store.limit(List::Changes), 275);
    store.apply(Action::Print(false));
    assert!(!store.printing);
    assert_eq!(store.limit(List::Timeline), PRINT_LIMIT);
}

#[test]
fn a_newly_chosen_mark_starts_at_its_first_page_and_closing_forgets_it() {
    let mut store = applied([
        Action::ChooseMark(vec![1, 2, 3]),
        Action::ShowMore(List::Chosen),
    ]);
    assert_eq!(store.limit(List::Chosen), 50);
    store.apply(Action::ChooseMark(vec![4]));
    assert_eq!(store.chosen.as_deref(), Some(&[4][..]));
    assert_eq!(store.limit(List::Chosen), 25);
    store.apply(Action::CloseMark);
    assert_eq!(store.chosen, None);
}

#[test]
fn restoring_a_view_from_the_url_keeps_what_is_open_on_screen() {
    let mut store = applied([Action::ToggleLine(5), Action::Search("x".into())]);
    store.apply(Action::Restore(ViewState::default()));
    assert_eq!(store.view, ViewState::default());
    assert_eq!(store.open_lines, [5]);
}

#[test]
fn another_snapshot_starts_with_nothing_open_and_every_list_at_its_first_page() {
    let mut store = applied([
        Action::Search("x".into()),
        Action::ToggleLine(5),
        Action::ChooseMark(vec![3, 4]),
        Action::ShowMore(List::Timeline),
    ]);
    store.apply(Action::ShowSnapshot);
    assert!(store.open_lines.is_empty());
    assert_eq!(store.chosen, None);
    assert_eq!(store.limit(List::Timeline), 25);
    assert_eq!(store.view.filter.query, "x");
}

#[test]
fn language_and_search_are_set_as_given() {
    let store = applied([
        Action::ChooseLanguage(Language::En),
        Action::Search("Drone".into()),
    ]);
    assert_eq!(store.view.lang, Some(Language::En));
    assert_eq!(store.view.filter.query, "Drone");
}

#[test]
fn every_list_is_found_again_by_its_key_and_nothing_else_names_one() {
    let lists = [
        List::GlanceCards,
        List::PillarCards,
        List::Lines(0),
        List::Lines(12),
        List::Lanes,
        List::Timeline,
        List::Changes,
        List::Chosen,
    ];
    for list in lists {
        assert_eq!(List::from_key(&list.key()), Some(list), "{}", list.key());
    }
    for key in [
        "", "lines.", "lines.x", "lines.-1", "lines.+1", "lines.01", "Pillars", "more",
    ] {
        assert_eq!(List::from_key(key), None, "{key}");
    }
}
