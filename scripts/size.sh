#!/usr/bin/env bash
# Builds the release and prints the size of every file the page loads, raw and gzip.
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
ensure_build_tools
build_release >&2
cd "$ROOT/dist"
total_raw=0
total_gzip=0
printf '%-44s %10s %10s\n' file raw gzip
while IFS= read -r file; do
  raw=$(wc -c <"$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  printf '%-44s %10d %10d\n' "$file" "$raw" "$gz"
  case "$file" in data/* | *.txt) ;; *) total_raw=$((total_raw + raw)); total_gzip=$((total_gzip + gz)) ;; esac
done < <(find . -type f | sed 's|^\./||' | sort)
printf '%-44s %10d %10d\n' "total without data/" "$total_raw" "$total_gzip"
