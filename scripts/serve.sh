#!/usr/bin/env bash
# Serves the widget with the bundled snapshot at http://127.0.0.1:8080, rebuilding on
# change. Installs whatever is missing first. Extra arguments go to `trunk serve`.
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
ensure_build_tools
cd "$ROOT"
say "serving on http://127.0.0.1:8080 ($WASM_ROUTE toolchain)"
with_wasm trunk serve "$@"
