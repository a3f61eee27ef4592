#!/usr/bin/env bash
# Whole-process benchmark of a long document: the example's 24 items repeated 100 times (2,400
# items, about 190 pages, one figure; written by bench/make_layout_2400.py into a temporary
# folder), rendered RUNS times (default 11). Prints the median and minimum wall time (bash's
# microsecond clock around each run, which includes /usr/bin/time's own fork), the largest peak
# RSS, and the PDF's page count and size. Target (issue 3): under 150 ms on the 2-core machine.
# Usage: bench/layout_2400.sh [RUNS] [COPIES]     HANDOUT=path/to/handout overrides build/handout
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
copies=${2:-100}
binary=${HANDOUT:-build/handout}
[ -x "$binary" ] || { echo "build first: scripts/setup.sh (or set HANDOUT)" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

python3 bench/make_layout_2400.py "$out/long.yaml" "$copies"
echo "items: $((24 * copies))"
source bench/measure_render.sh
measure_render "$binary" "$out/long.yaml" "$runs" "$out"
