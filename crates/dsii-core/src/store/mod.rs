//! Everything a reader changes in one monitor, and the one function that changes it.
//! The view (kept in the URL) and what is open on screen live in one [`Store`]; every
//! change is a named [`Action`] applied by [`Store::apply`], so the view layer never
//! edits state by hand, and every change is tested here without a browser.

mod chip;
mod limits;

pub use chip::Chip;
pub use limits::{List, PRINT_LIMIT};

use crate::model::{ActionLineStatus, Language};
use crate::progress::MilestoneState;
use crate::view_state::{ViewMode, ViewState};

use limits::Limits;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Store {
    /// What the URL holds: filters, view, language, reference date and so on.
    pub view: ViewState,
    /// The glance lists every action line below its cards.
    pub glance_lines: bool,
    /// The filters are unfolded on a narrow screen.
    pub filters_open: bool,
    /// Action lines whose details are open, in the order they were opened.
    pub open_lines: Vec<usize>,
    /// The drawing's chosen mark: its milestones.
    pub chosen: Option<Vec<usize>>,
    /// The page is printing: lists say what they left out.
    pub printing: bool,
    limits: Limits,
}

/// A change a reader (or the browser) asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// A snapshot is shown (the first, or another after a retry): what was open on
    /// screen named items of the one before.
    ShowSnapshot,
    /// Back or Forward brought another view from the URL.
    Restore(ViewState),
    ShowView(ViewMode),
    /// The glance's "what changed" button: into the changes view, or back to both.
    ToggleChangesView,
    ChooseLanguage(Language),
    ToggleStatus(ActionLineStatus),
    /// A status total: only action lines of that status.
    ShowStatusOnly(ActionLineStatus),
    /// A milestone total: only milestones in that state (late or not checked).
    ShowStateOnly(MilestoneState),
    /// The "late only" or "not checked only" checkbox.
    SetStateOnly(MilestoneState, bool),
    /// The pillar menu: a pillar's id, or every pillar.
    ChoosePillar(Option<String>),
    /// A glance card: its pillar, or every pillar again when it was the chosen one.
    TogglePillar(String),
    Search(String),
    RemoveFilter(Chip),
    ClearFilters,
    /// The glance's "show all action lines" button.
    ToggleGlanceLines,
    /// The filters' fold button on a narrow screen.
    ToggleFilters,
    ToggleLine(usize),
    /// A milestone's line button: opens the line and shows the cards.
    RevealLine(usize),
    ChooseMark(Vec<usize>),
    CloseMark,
    ShowMore(List),
    /// `beforeprint` (true) and `afterprint` (false).
    Print(bool),
}

impl Store {
    pub fn new(view: ViewState) -> Self {
        Store {
            view,
            ..Store::default()
        }
    }

    /// How many items `list` draws.
    pub fn limit(&self, list: List) -> usize {
        self.limits.of(list)
    }

    pub fn apply(&mut self, action: Action) {
        let filter = &mut self.view.filter;
        match action {
            Action::ShowSnapshot => {
                self.open_lines.clear();
                self.chosen = None;
                self.limits.forget_extended();
            }
            Action::Restore(view) => self.view = view,
            Action::ShowView(view) => self.view.view = view,
            Action::ToggleChangesView => {
                self.view.view = match self.view.view {
                    ViewMode::Changes => ViewMode::Both,
                    _ => ViewMode::Changes,
                }
            }
            Action::ChooseLanguage(language) => self.view.lang = Some(language),
            Action::ToggleStatus(status) => filter.toggle_status(status),
            Action::ShowStatusOnly(status) => {
                filter.statuses = [status].into_iter().collect();
                filter.overdue_only = false;
                filter.unchecked_only = false;
            }
            Action::ShowStateOnly(state) => {
                filter.statuses.clear();
                filter.overdue_only = false;
                filter.unchecked_only = false;
                filter.set_only(state, true);
            }
            Action::SetStateOnly(state, on) => filter.set_only(state, on),
            Action::ChoosePillar(pillar) => filter.pillar = pillar.filter(|id| !id.is_empty()),
            Action::TogglePillar(pillar) => {
                filter.pillar = match filter.pillar.as_ref() == Some(&pillar) {
                    true => None,
                    false => Some(pillar),
                }
            }
            Action::Search(query) => filter.query = query,
            Action::RemoveFilter(chip) => chip.remove(filter),
            Action::ClearFilters => *filter = Default::default(),
            Action::ToggleGlanceLines => self.glance_lines = !self.glance_lines,
            Action::ToggleFilters => self.filters_open = !self.filters_open,
            Action::ToggleLine(line) => match self.open_lines.iter().position(|&open| open == line)
            {
                Some(index) => {
                    self.open_lines.remove(index);
                }
                None => self.open_lines.push(line),
            },
            Action::RevealLine(line) => {
                if !self.open_lines.contains(&line) {
                    self.open_lines.push(line);
                }
                if !self.view.view.shows_cards() {
                    self.view.view = ViewMode::Both;
                }
            }
            Action::ChooseMark(members) => {
                self.limits.reset(List::Chosen);
                self.chosen = Some(members);
            }
            Action::CloseMark => self.chosen = None,
            Action::ShowMore(list) => self.limits.grow(list),
            Action::Print(printing) => {
                self.printing = printing;
                if printing {
                    self.limits.print();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
