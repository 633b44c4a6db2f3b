//! How long the core takes on the largest documents, printed beside the budget each once
//! had as a test (a wall-clock budget flakes on a busy machine; here it is only reported).
//! Each figure is also shown against the same work on a tenth of the input: near 10x is
//! linear, near 100x quadratic. Run by `scripts/bench.sh`, or `cargo bench -p dsii-core`.

#[path = "../tests/common/citations.rs"]
mod citations;
#[path = "../tests/common/sized.rs"]
mod sized;

use std::hint::black_box;
use std::time::{Duration, Instant};

use dsii_core::changes::changes_between;
use dsii_core::validate::{checks, limits, load, parse};

const POLICY: &[u8] = include_bytes!("../../../tests/fixtures/policy_v1.json");

/// The fastest of three runs, which is the least disturbed by the rest of the machine.
fn fastest(work: &dyn Fn()) -> Duration {
    (0..3)
        .map(|_| {
            let started = Instant::now();
            work();
            started.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Times `work` on the input `make` builds at full size and at a tenth of it.
fn report<T>(name: &str, budget: Duration, make: impl Fn(usize) -> T, work: impl Fn(&T)) {
    let (big, small) = (make(1), make(10));
    let (full, tenth) = (fastest(&|| work(&big)), fastest(&|| work(&small)));
    let ratio = full.as_secs_f64() / tenth.as_secs_f64().max(1e-9);
    let verdict = if full <= budget { "within" } else { "OVER" };
    println!(
        "{name}: {:.0} ms ({verdict} the {} ms budget); {ratio:.1}x the work on a tenth of the input",
        full.as_secs_f64() * 1e3,
        budget.as_millis()
    );
}

fn main() {
    println!("# core on large documents (release build, fastest of 3)");
    report(
        "refusing 60,000 pillars",
        Duration::from_secs(10),
        |scale| sized::sized(60_000 / scale, 30_000 / scale, 0, 1),
        |document| drop(black_box(load(document.as_bytes()))),
    );
    report(
        "checking 120,000 items beyond the limits",
        Duration::from_secs(5),
        |scale| {
            let document = sized::sized(60_000 / scale, 30_000 / scale, 30_000 / scale, 1);
            parse::parse_preflighted(document.as_bytes()).map(|(snapshot, _)| snapshot)
        },
        |parsed| {
            if let Ok(snapshot) = parsed {
                drop(black_box(checks::check(snapshot)));
            }
        },
    );
    report(
        "accepting the largest allowed snapshot",
        Duration::from_secs(10),
        |scale| {
            sized::sized(
                limits::MAX_PILLARS / scale,
                limits::MAX_ACTION_LINES / scale,
                limits::MAX_MILESTONES / scale,
                limits::MAX_SOURCES / scale,
            )
        },
        |document| drop(black_box(load(document.as_bytes()))),
    );
    if let Ok(valid) = load(POLICY) {
        report(
            "comparing 1,000 milestones citing 500 sources each",
            Duration::from_secs(4),
            |scale| citations::many_citations(&valid.snapshot, 1_000 / scale, 500),
            |(old, new)| drop(black_box(changes_between(old, new))),
        );
    }
}
