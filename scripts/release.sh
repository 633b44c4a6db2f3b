#!/usr/bin/env bash
# Builds the release for the deploy folder DSII_BASE_URL names and copies it into
# DEPLOY_DIR/<release>/, beside the releases before it (scripts/release.mjs).
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
if [ $# -ne 1 ]; then
  echo "usage: DSII_BASE_URL=https://cdn.example.org/dsii-monitor/ $0 DEPLOY_DIR" >&2
  exit 2
fi
ensure_build_tools
build_release >&2
node "$ROOT/scripts/release.mjs" publish "$1" "$ROOT/dist"
