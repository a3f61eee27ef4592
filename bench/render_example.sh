#!/usr/bin/env bash
# Whole-process benchmark of one render: runs `handout render` on the bundled example RUNS times
# (default 21) and prints the median and minimum wall time (bash's microsecond clock around each
# run, which includes /usr/bin/time's own fork) and the largest peak RSS (/usr/bin/time), plus the
# PDF's page count and size.
# Usage: bench/render_example.sh [RUNS] [DATA.yaml]    HANDOUT=path/to/handout overrides build/handout
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-21}
data=${2:-data/rust-is-used-for.yaml}
binary=${HANDOUT:-build/handout}
[ -x "$binary" ] || { echo "build first: scripts/setup.sh" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

source bench/measure_render.sh
measure_render "$binary" "$data" "$runs" "$out"
