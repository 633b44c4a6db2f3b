#!/usr/bin/env bash
# Builds the release and photographs the monitor for the README: the glance (as an
# embed shows it) and the long form, at 375 and 1280 px, light and dark.
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
ensure_test_tools
build_release
say "screenshots into docs/screenshots/"
node "$ROOT/scripts/screenshots.mjs"
