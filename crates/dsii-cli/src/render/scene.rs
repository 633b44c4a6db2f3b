//! What the picture of a monitor shows, in words and numbers, from the core's own
//! counts and timeline layout: the glance as the widget draws it, for one language and
//! one day, with no filter set.

use dsii_core::chart::{lay_out, Axis, Lane};
use dsii_core::filter::{pillar_tallies, select, Filter};
use dsii_core::i18n::{
    count_action_lines, count_in_state, format_day, messages, milestone_total, state_label,
    status_label, tally_states,
};
use dsii_core::model::{ActionLineStatus, CalendarDate, Language};
use dsii_core::prepared::PreparedSnapshot;
use dsii_core::progress::{MilestoneState, StateTally};

/// One pillar's card: its title, its action lines per status, its milestones per state.
pub struct Card {
    pub title: String,
    pub lines: String,
    /// Statuses with at least one action line: the status, its count and its words.
    pub statuses: Vec<(ActionLineStatus, usize, String)>,
    /// Every state, as the widget lists them: the state, its count and its words.
    pub states: Vec<(MilestoneState, usize, String)>,
}

/// A lane of the drawn timeline: its pillar's title and its marks.
pub struct DrawnLane {
    pub title: String,
    pub lane: Lane,
}

pub struct Scene {
    pub language: Language,
    pub title: String,
    /// "Gegevens per 6 okt. 2025".
    pub as_of: String,
    pub cards: Vec<Card>,
    /// "21 mijlpalen: 6 gedaan · …".
    pub total: String,
    pub timeline_title: String,
    pub axis: Axis,
    pub lanes: Vec<DrawnLane>,
    /// Where `today` lies on the axis, from 0 to 1.
    pub today: f64,
    /// The states present, with their labels, for the legend.
    pub legend: Vec<(MilestoneState, String)>,
}

fn card(
    prepared: &PreparedSnapshot,
    pillar: usize,
    lines: &[usize; 5],
    milestones: &StateTally,
    language: Language,
) -> Card {
    let statuses = ActionLineStatus::ALL
        .iter()
        .zip(lines)
        .filter(|(_, count)| **count > 0)
        .map(|(&status, &count)| {
            let words = format!(
                "{count} {}",
                status_label(status, language).to_ascii_lowercase()
            );
            (status, count, words)
        })
        .collect();
    let states = tally_states(milestones)
        .into_iter()
        .map(|(state, count)| (state, count, count_in_state(count, state, language)))
        .collect();
    Card {
        title: prepared.snapshot.pillars[pillar]
            .title
            .resolve(language)
            .text
            .to_owned(),
        lines: count_action_lines(lines.iter().sum(), language),
        statuses,
        states,
    }
}

impl Scene {
    pub fn new(prepared: &PreparedSnapshot, language: Language, today: CalendarDate) -> Self {
        let snapshot = &prepared.snapshot;
        let filter = Filter::default();
        let shown = select(prepared, &filter, today);
        let tallies = pillar_tallies(prepared, &filter, today, &shown);
        let cards = tallies
            .iter()
            .enumerate()
            .map(|(pillar, tally)| {
                card(prepared, pillar, &tally.lines, &tally.milestones, language)
            })
            .collect();
        let sum = tallies.iter().fold(StateTally::default(), |sum, tally| {
            sum.merged(tally.milestones)
        });
        let axis = Axis::spanning(snapshot.milestones.iter().map(|m| m.date), today);
        let lanes = lay_out(prepared, &shown.milestones, None, axis, today)
            .into_iter()
            .map(|lane| {
                let index = match lane.key {
                    dsii_core::chart::LaneKey::Pillar(index)
                    | dsii_core::chart::LaneKey::ActionLine(index) => index,
                };
                DrawnLane {
                    title: snapshot.pillars[index]
                        .title
                        .resolve(language)
                        .text
                        .to_owned(),
                    lane,
                }
            })
            .collect();
        let legend = MilestoneState::ALL
            .into_iter()
            .filter(|&state| sum.count(state) > 0)
            .map(|state| (state, state_label(state, language).to_owned()))
            .collect();
        let words = messages(language);
        Self {
            language,
            title: snapshot.title.resolve(language).text.to_owned(),
            as_of: format!(
                "{} {}",
                words.data_as_of,
                format_day(snapshot.as_of, language)
            ),
            cards,
            total: milestone_total(&sum, language),
            timeline_title: words.timeline.to_owned(),
            axis,
            lanes,
            today: axis.position(today),
            legend,
        }
    }
}
