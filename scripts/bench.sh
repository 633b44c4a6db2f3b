#!/usr/bin/env bash
# Builds the release and benchmarks it against TimelineJS in headless Chromium.
# Writes bench/results/latest.{json,md} and the table in README.md.
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
ensure_test_tools
build_release
# BENCH_BASELINE=<git revision>: that build is measured in the same run, for comparison.
if [ -n "${BENCH_BASELINE:-}" ]; then
  worktree="$CACHE/bench-baseline"
  git -C "$ROOT" worktree remove --force "$worktree" 2>/dev/null || rm -rf "$worktree"
  git -C "$ROOT" worktree add --detach "$worktree" "$BENCH_BASELINE" >&2
  # Built by its own scripts, with the flags it was released with, into its own target
  # dir: cargo tells the two checkouts apart only by file times.
  (
    source "$worktree/scripts/toolchain.sh"
    choose_wasm_toolchain
    WASM_ENV+=(CARGO_TARGET_DIR="$CACHE/target-bench-baseline")
    build_release
  )
  export BENCH_BASELINE_DIST="$worktree/dist"
fi
say "core on large documents (the budgets that were once tests, printed, not enforced)"
(cd "$ROOT" && cargo bench --quiet -p dsii-core --bench large_documents) | tee "$ROOT/bench/results/core.txt"
say "benchmark (headless Chromium; takes a few minutes)"
node "$ROOT/bench/run.mjs"
say "phone start-up (375 x 667, 4x CPU, 1.6 Mbps / 150 ms)"
node "$ROOT/bench/phone_start.mjs" | tee "$ROOT/bench/results/phone.md"
