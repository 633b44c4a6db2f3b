//! Status symbols: shape and text carry the meaning, colour only supports it.

use dsii_core::model::ActionLineStatus;
use dsii_core::progress::MilestoneState;

pub fn status_icon(status: ActionLineStatus) -> &'static str {
    match status {
        ActionLineStatus::Planned => "○",
        ActionLineStatus::InProgress => "◐",
        ActionLineStatus::Achieved => "✔",
        ActionLineStatus::Delayed => "⚠",
        ActionLineStatus::Cancelled => "✕",
    }
}

pub fn state_icon(state: MilestoneState) -> &'static str {
    match state {
        MilestoneState::Done => "✔",
        MilestoneState::Pending => "○",
        MilestoneState::Overdue => "!",
        MilestoneState::Unchecked => "?",
        MilestoneState::Cancelled => "✕",
    }
}
