//! Validates a snapshot file or URL: prints errors, warnings and a summary.
//! Exit status 0 when the snapshot is valid, 1 when it is not, 2 on a usage error.

use std::fmt::Write as _;
use std::io::Write as _;
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use dsii_core::model::{CalendarDate, Language, Snapshot};
use dsii_core::progress::{action_line_counts, milestone_counts, overdue_milestones};
use dsii_core::schema::snapshot_schema_json;
use dsii_core::validate::{self, limits::MAX_BYTES};

const USAGE: &str = "usage: dsii-validate [--today YYYY-MM-DD] <snapshot.json | http(s)://…>
       dsii-validate --schema   (prints the JSON Schema of the format)";

struct Options {
    location: String,
    today: CalendarDate,
}

fn today_from_clock() -> CalendarDate {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs());
    CalendarDate::from_days_since_epoch(i64::try_from(seconds / 86_400).unwrap_or(0))
}

fn parse_options(mut args: impl Iterator<Item = String>) -> Result<Options, String> {
    let (mut location, mut today) = (None, None);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--today" => {
                let value = args.next().ok_or("--today needs a date, YYYY-MM-DD")?;
                today = Some(
                    value
                        .parse()
                        .map_err(|error| format!("--today {value}: {error}"))?,
                );
            }
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg}")),
            _ if location.is_none() => location = Some(arg),
            _ => return Err(format!("unexpected argument {arg}")),
        }
    }
    Ok(Options {
        location: location.ok_or("name a snapshot file or URL")?,
        today: today.unwrap_or_else(today_from_clock),
    })
}

fn read(location: &str) -> Result<Vec<u8>, String> {
    if location.starts_with("http://") || location.starts_with("https://") {
        let mut response = ureq::get(location)
            .call()
            .map_err(|error| format!("{location}: {error}"))?;
        response
            .body_mut()
            .with_config()
            .limit(MAX_BYTES as u64 + 1)
            .read_to_vec()
            .map_err(|error| format!("{location}: {error}"))
    } else {
        std::fs::read(location).map_err(|error| format!("{location}: {error}"))
    }
}

fn summary(snapshot: &Snapshot, today: CalendarDate, out: &mut String) {
    let title = snapshot.title.resolve(Language::En).text;
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
    let states: Vec<String> = milestone_counts(snapshot, today)
        .iter()
        .map(|(state, count)| format!("{} {count}", state.as_str()))
        .collect();
    let _ = writeln!(
        out,
        "milestones ({}) on {today}: {}",
        snapshot.milestones.len(),
        states.join(", ")
    );
    for milestone in overdue_milestones(snapshot, today) {
        let title = milestone.title.resolve(Language::En).text;
        let _ = writeln!(
            out,
            "  overdue: {:<10} {}  {title}",
            milestone.date.to_string(),
            milestone.id
        );
    }
}

/// Says how many findings the validator counted but did not keep.
fn more(out: &mut String, omitted: usize, what: &str) {
    if omitted > 0 {
        let _ = writeln!(out, "… and {omitted} more {what}");
    }
}

/// Writes the report in one go; a closed pipe (`| head`) is not an error worth a panic.
fn emit(report: &str) {
    let _ = std::io::stdout().lock().write_all(report.as_bytes());
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1).peekable();
    if args.peek().map(String::as_str) == Some("--schema") {
        emit(&snapshot_schema_json());
        return ExitCode::SUCCESS;
    }
    let options = match parse_options(args) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("dsii-validate: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let bytes = match read(&options.location) {
        Ok(bytes) => bytes,
        Err(message) => {
            emit(&format!("error: {message}\n"));
            return ExitCode::FAILURE;
        }
    };
    let mut report = String::new();
    let status = match validate::load(&bytes) {
        Ok(valid) => {
            for warning in &valid.warnings {
                let _ = writeln!(report, "warning: {warning}");
            }
            more(&mut report, valid.warnings_omitted, "warnings");
            let count = valid.warnings.len() + valid.warnings_omitted;
            let _ = writeln!(report, "valid: {} ({count} warnings)", options.location);
            summary(&valid.snapshot, options.today, &mut report);
            ExitCode::SUCCESS
        }
        Err(error) => {
            for diagnostic in error.diagnostics() {
                let _ = writeln!(report, "error: {diagnostic}");
            }
            more(&mut report, error.omitted(), "errors");
            let _ = writeln!(report, "invalid: {}", options.location);
            ExitCode::FAILURE
        }
    };
    emit(&report);
    status
}
