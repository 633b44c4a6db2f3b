# Sourced by serve.sh, test.sh and size.sh: installs what is missing, quickly does
# nothing when everything is there, and exports the environment for wasm builds.
#
# wasm32 standard library, in order of preference:
#   1. rustup's wasm32-unknown-unknown target (installed with `rustup target add`);
#   2. where rustup cannot download it: Debian's rustc-web with std built from source.
# Set DSII_WASM_TOOLCHAIN=rustup or =debian to force one route.

set -euo pipefail

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/dsii-monitor"
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$CARGO_BIN:$PATH"

say() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

APT_UPDATED=""
ensure_apt() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null || { echo "install these packages: ${missing[*]}" >&2; exit 1; }
  say "installing ${missing[*]} (apt)"
  [ -n "$APT_UPDATED" ] || { as_root apt-get update -qq; APT_UPDATED=1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# ensure_cargo_tool BINARY CRATE VERSION [cargo install flags…]
ensure_cargo_tool() {
  local binary=$1 crate=$2 version=$3
  shift 3
  if "$binary" --version 2>/dev/null | grep -qF "$version"; then return 0; fi
  say "installing $crate $version (cargo install; a few minutes, once)"
  cargo install "$crate" --version "$version" --force "$@"
}

rustup_has_std_source() {
  [ -d "$(rustc --print sysroot)/lib/rustlib/src/rust/library/std" ]
}

rustup_has_wasm_std() {
  local libdir
  libdir="$(rustc --print target-libdir --target wasm32-unknown-unknown 2>/dev/null)" || return 1
  compgen -G "$libdir/libstd-*.rlib" >/dev/null
}

# Release flags for size, where std is rebuilt: no panic machinery, derived Debug as type
# names only, no source locations. Debug of strings stays: parse errors quote what they
# found.
SMALLEST_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=shallow -Zlocation-detail=none"

choose_wasm_toolchain() {
  local route="${DSII_WASM_TOOLCHAIN:-}"
  if [ -z "$route" ]; then
    if rustup_has_wasm_std; then
      route=rustup
    elif command -v rustup >/dev/null && timeout 300 rustup target add wasm32-unknown-unknown >&2 && rustup_has_wasm_std; then
      route=rustup
    else
      route=debian
    fi
  fi
  WASM_ROUTE=$route
  if [ "$route" = debian ]; then
    ensure_apt rustc-web cargo-web rust-web-src lld-22
    # Debian's toolchain first, with std compiled from its source.
    WASM_PATH_PREFIX="/usr/bin:"
    WASM_ENV=(RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort)
    WASM_RELEASE_ENV=()
    # Smaller release builds; needs build-std, drops panic messages and Debug formatting.
    WASM_RELEASE_RUSTFLAGS="$SMALLEST_RUSTFLAGS"
  else
    rustup_has_wasm_std || { echo "rustup has no wasm32-unknown-unknown std" >&2; exit 1; }
    WASM_PATH_PREFIX=""
    WASM_ENV=()
    WASM_RELEASE_ENV=()
    WASM_RELEASE_RUSTFLAGS=""
    # With the std source, release builds rebuild std to abort without panic machinery.
    if rustup_has_std_source || { timeout 300 rustup component add rust-src >&2 && rustup_has_std_source; }; then
      WASM_RELEASE_ENV=(RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort)
      WASM_RELEASE_RUSTFLAGS="$SMALLEST_RUSTFLAGS"
    fi
  fi
  # Separate target dirs per toolchain, outside the checkout, so fresh clones reuse builds.
  WASM_ENV+=(CARGO_TARGET_DIR="$CACHE/target-wasm-$route")
  # trunk runs cargo offline, so fetch the crates (and with build-std, std's own) first.
  (cd "$ROOT" && with_wasm env "${WASM_RELEASE_ENV[@]}" cargo fetch --quiet --target wasm32-unknown-unknown)
}

# Runs a command with the wasm toolchain's environment.
with_wasm() {
  env PATH="$WASM_PATH_PREFIX$PATH" "${WASM_ENV[@]}" "$@"
}

ensure_node_modules() {
  command -v npm >/dev/null || ensure_apt nodejs npm
  local stamp="$ROOT/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$ROOT/package-lock.json" -nt "$stamp" ]; then
    say "installing node packages (npm ci)"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
  export PATH="$ROOT/node_modules/.bin:$PATH"
}

chromium_path() {
  local candidate
  for candidate in "${CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    [ -n "$candidate" ] && [ -x "$candidate" ] && { echo "$candidate"; return 0; }
  done
  return 1
}

# Everything needed to build and serve the widget.
ensure_build_tools() {
  command -v cargo >/dev/null || { echo "install Rust with rustup first: https://rustup.rs" >&2; exit 1; }
  export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$CACHE/target-host}"
  choose_wasm_toolchain
  ensure_cargo_tool trunk trunk "$TRUNK_VERSION" --locked
  # Not --locked: its lock file names a dependency version the registry no longer has.
  ensure_cargo_tool wasm-bindgen wasm-bindgen-cli "$WASM_BINDGEN_VERSION"
  ensure_node_modules
}

# Plus a browser and its driver for the browser tests.
ensure_test_tools() {
  ensure_build_tools
  if ! chromium_path >/dev/null || ! command -v chromedriver >/dev/null; then
    ensure_apt chromium chromium-driver
  fi
  # The only fonts the end-to-end browser sees (tests/e2e/fonts.conf), so layouts
  # measure the same on every machine.
  ensure_apt fonts-liberation2
  CHROMIUM="$(chromium_path)"
  export CHROMIUM
}

# The size-tuned release build into dist/.
build_release() {
  say "release build (trunk, wasm-opt passes as index.html orders them, $WASM_ROUTE toolchain)"
  (cd "$ROOT" && with_wasm env "${WASM_RELEASE_ENV[@]}" \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$WASM_RELEASE_RUSTFLAGS" trunk build --release)
}
