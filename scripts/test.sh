#!/usr/bin/env bash
# Runs every test layer: lints, native tests, component tests in headless Chromium,
# and end-to-end tests against the release build. Installs whatever is missing first.
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
ensure_test_tools
cd "$ROOT"

say "format and lints"
cargo fmt --check
cargo clippy --workspace --all-targets --quiet -- -D warnings

say "native tests (core, validator, schema)"
cargo test --workspace

say "component tests (wasm-bindgen-test in headless Chromium)"
with_wasm env CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  CHROMEDRIVER="$(command -v chromedriver)" \
  cargo test --target wasm32-unknown-unknown --test web

build_release

say "end-to-end tests (Playwright, headless Chromium, release build)"
node --test --test-concurrency=1 tests/build/ tests/e2e/ tests/schema/
