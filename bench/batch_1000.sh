#!/usr/bin/env bash
# Batch benchmark: 1,000 generated handouts sharing the bundled template and one figure, built by
# one `handout build ... -j JOBS` process, RUNS times (default 5, after one warm-up run). Prints
# the median and best documents per second (wall time of the whole process, bash's microsecond
# clock) and the largest peak RSS (/usr/bin/time).
# Usage: HANDOUT=build/handout bench/batch_1000.sh [RUNS] [JOBS] [DOCUMENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jobs=${2:-2}
documents=${3:-1000}
binary=${HANDOUT:-build/handout}
[ -x "$binary" ] || { echo "build first: scripts/setup.sh (or set HANDOUT)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Each document: the example's figure and a different title and 6 of its 24 items.
mkdir -p "$work/data"
cp data/rust-is-used-for.png "$work/data/figure.png"
python3 - "$work/data" "$documents" <<'PY'
import sys, yaml  # PyYAML: python3-yaml
folder, count = sys.argv[1], int(sys.argv[2])
source = yaml.safe_load(open("data/rust-is-used-for.yaml"))
for n in range(count):
    items = [source["items"][(n + k) % len(source["items"])] for k in range(6)]
    doc = {"title": f"Handout {n + 1}: {items[0]['heading']}", "lang": "en-US",
           "template": "handout", "figure": dict(source["figure"], path="figure.png"),
           "items": items}
    with open(f"{folder}/handout-{n + 1:04d}.yaml", "w") as out:
        yaml.safe_dump(doc, out, allow_unicode=True, sort_keys=False)
PY

"$binary" build "$work/data" -o "$work/out" -j "$jobs" --quiet  # warm the page cache
for i in $(seq "$runs"); do
  rm -rf "$work/out"
  start=$EPOCHREALTIME
  /usr/bin/time -f '%M' -o "$work/rss.$i" "$binary" build "$work/data" -o "$work/out" -j "$jobs" --quiet
  end=$EPOCHREALTIME
  echo "$start $end $(cat "$work/rss.$i")" >>"$work/times"
done
built=$(find "$work/out" -name '*.pdf' | wc -l)
[ "$built" -eq "$documents" ] || { echo "built $built of $documents documents" >&2; exit 1; }
awk -v docs="$documents" '{ printf "%.6f %d\n", $2 - $1, $3 }' "$work/times" | sort -n | awk \
  -v docs="$documents" -v jobs="$jobs" '
  { wall[NR] = $1; if ($2 > rss) rss = $2 }
  END {
    m = NR % 2 ? wall[(NR + 1) / 2] : (wall[NR / 2] + wall[NR / 2 + 1]) / 2
    printf "documents: %d, -j %d, runs: %d\n", docs, jobs, NR
    printf "wall median: %.2f s (%.0f documents/s), best %.2f s (%.0f documents/s)\n", m, docs / m, wall[1], docs / wall[1]
    printf "peak RSS: %.1f MiB\n", rss / 1024
  }'
echo "output: $(du -sk "$work/out" | cut -f1) KiB in $built PDFs"
