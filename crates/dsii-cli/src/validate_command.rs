//! `dsii validate`: prints errors, warnings and a summary of a snapshot on standard
//! output, and says by the exit status whether it is valid.

use std::fmt::Write as _;
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use dsii_core::model::{CalendarDate, Language, Snapshot};
use dsii_core::progress::{
    action_line_counts, checked_days, date_order, milestone_counts, milestone_states,
    MilestoneState,
};
use dsii_core::validate;

use crate::cli::ValidateArgs;
use crate::fetch;
use crate::output::emit;
use crate::visible::visible;

/// Today in UTC, from the system clock.
pub fn today_from_clock() -> CalendarDate {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs());
    CalendarDate::from_days_since_epoch(i64::try_from(seconds / 86_400).unwrap_or(0))
}

fn summary(snapshot: &Snapshot, today: CalendarDate, out: &mut String) {
    let title = visible(snapshot.title.resolve(Language::En).text);
    let _ = writeln!(out, "{title}: data as of {}", snapshot.as_of);
    let statuses: Vec<String> = action_line_counts(snapshot)
        .iter()
        .map(|(status, count)| format!("{status} {count}"))
        .collect();
    let _ = writeln!(
        out,
        "action lines ({}): {}",
        snapshot.action_lines.len(),
        statuses.join(", ")
    );
    let (states, checked) = (milestone_states(snapshot, today), checked_days(snapshot));
    let counts: Vec<String> = milestone_counts(&states)
        .iter()
        .map(|(state, count)| format!("{} {count}", state.as_str()))
        .collect();
    let _ = writeln!(
        out,
        "milestones ({}) on {today}: {}",
        snapshot.milestones.len(),
        counts.join(", ")
    );
    // Late ones, then the ones nobody checked since their deadline, each in date order.
    let order = date_order(&snapshot.milestones);
    for (wanted, label) in [
        (MilestoneState::Overdue, "overdue"),
        (MilestoneState::Unchecked, "unchecked"),
    ] {
        for &index in order.iter().filter(|&&index| states[index] == wanted) {
            let milestone = &snapshot.milestones[index];
            let title = visible(milestone.title.resolve(Language::En).text);
            let since = match wanted {
                MilestoneState::Unchecked => {
                    format!("  (deadline passed, not checked since {})", checked[index])
                }
                _ => String::new(),
            };
            let _ = writeln!(
                out,
                "  {:<10} {:<10} {}  {title}{since}",
                format!("{label}:"),
                milestone.date.to_string(),
                visible(&milestone.id)
            );
        }
    }
}

/// Says how many findings the validator counted but did not keep.
pub fn more(out: &mut String, omitted: usize, what: &str) {
    if omitted > 0 {
        let _ = writeln!(out, "… and {omitted} more {what}");
    }
}

pub fn run(args: &ValidateArgs) -> ExitCode {
    let bytes = match fetch::read(&args.location) {
        Ok(bytes) => bytes,
        Err(error) => {
            emit(&format!("error: {error}\n"));
            return ExitCode::FAILURE;
        }
    };
    let today = args.today.unwrap_or_else(today_from_clock);
    let mut report = String::new();
    let status = match validate::load(&bytes) {
        Ok(valid) => {
            // Messages quote the document's keys and values: shown by `visible`.
            for warning in &valid.warnings {
                let _ = writeln!(report, "warning: {}", visible(&warning.to_string()));
            }
            more(&mut report, valid.warnings_omitted, "warnings");
            let count = valid.warnings.len() + valid.warnings_omitted;
            let _ = writeln!(report, "valid: {} ({count} warnings)", args.location);
            summary(&valid.snapshot, today, &mut report);
            ExitCode::SUCCESS
        }
        Err(error) => {
            for diagnostic in error.diagnostics() {
                let _ = writeln!(report, "error: {}", visible(&diagnostic.to_string()));
            }
            more(&mut report, error.omitted(), "errors");
            let _ = writeln!(report, "invalid: {}", args.location);
            ExitCode::FAILURE
        }
    };
    emit(&report);
    status
}
