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
"$binary" render "$out/long.yaml" -o "$out/warm.pdf" --quiet  # warm the page cache
for i in $(seq "$runs"); do
  start=$EPOCHREALTIME
  /usr/bin/time -f '%M' -o "$out/rss.$i" "$binary" render "$out/long.yaml" -o "$out/run.pdf" --quiet
  end=$EPOCHREALTIME
  echo "$start $end $(cat "$out/rss.$i")" >>"$out/times"
done
awk -v items=$((24 * copies)) '
  { wall[NR] = $2 - $1; if ($3 > rss) rss = $3 }
  function median(a, n,   i, j, t) {
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  END {
    m = median(wall, NR)
    printf "items: %d, runs: %d\nwall median: %.1f ms (min %.1f ms)\n", items, NR, m * 1000, wall[1] * 1000
    printf "peak RSS: %.1f MiB\n", rss / 1024
  }' "$out/times"
pages=$(pdfinfo "$out/run.pdf" | awk '/^Pages:/ {print $2}')
echo "pdf: $pages pages, $(stat -c %s "$out/run.pdf") bytes"
