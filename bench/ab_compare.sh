#!/usr/bin/env bash
# Interleaved A/B timing of two handout binaries on one data file, for a noisy shared machine:
# runs A, B, A, B... PAIRS times (after one warm-up each) and prints each binary's median and
# minimum wall time (bash's microsecond clock around the run) and its largest peak RSS
# (/usr/bin/time). Both PDFs are written to a temporary folder.
# Usage: bench/ab_compare.sh BINARY_A BINARY_B [PAIRS] [DATA.yaml]
set -euo pipefail
cd "$(dirname "$0")/.."
a=$1 b=$2 pairs=${3:-21} data=${4:-data/rust-is-used-for.yaml}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for binary in "$a" "$b"; do "$binary" render "$data" -o "$out/warm.pdf" --quiet; done
for i in $(seq "$pairs"); do
  for side in a b; do
    binary=$a
    [ "$side" = b ] && binary=$b
    start=$EPOCHREALTIME
    /usr/bin/time -f '%M' -o "$out/rss" "$binary" render "$data" -o "$out/$side.pdf" --quiet
    end=$EPOCHREALTIME
    echo "$start $end $(cat "$out/rss")" >>"$out/$side.times"
  done
done
for side in a b; do
  rss=$(awk '$3 > m { m = $3 } END { print m }' "$out/$side.times")
  awk '{ printf "%.3f\n", ($2 - $1) * 1000 }' "$out/$side.times" | sort -n | awk -v name="$side" \
    -v rss="$rss" '
    { wall[NR] = $1 }
    END {
      m = NR % 2 ? wall[(NR + 1) / 2] : (wall[NR / 2] + wall[NR / 2 + 1]) / 2
      printf "%s: median %.1f ms, min %.1f ms, peak RSS %.1f MiB (%d runs)\n", name, m, wall[1], rss / 1024, NR
    }'
done
