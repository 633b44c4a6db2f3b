#!/usr/bin/env bash
# Builds the release and benchmarks it against TimelineJS in headless Chromium.
# Writes bench/results/latest.{json,md} and the table in README.md.
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
ensure_test_tools
build_release
say "benchmark (headless Chromium; takes a few minutes)"
node "$ROOT/bench/run.mjs"
