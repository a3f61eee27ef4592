#!/usr/bin/env bash
# Soak test: one `handout build` of 10,000 documents, one in ten of them broken in one of ten
# ways (YAML syntax, wrong types, unknown keys, missing/corrupt/truncated/oversized figures, empty
# and binary files, alias bombs). Builds the first 1,000 of them the same way, then all 10,000,
# and prints for each the peak RSS, the wall time and the documents per second. Fails unless
# every good document became a PDF, every broken one was reported, and the peak RSS of 10,000
# documents stays within 1.5 times that of 1,000 (memory does not grow with the batch).
# Usage: HANDOUT=build/handout bench/soak_10000.sh [DOCUMENTS] [JOBS]
set -euo pipefail
cd "$(dirname "$0")/.."
documents=${1:-10000}
jobs=${2:-2}
binary=${HANDOUT:-build/handout}
[ -x "$binary" ] || { echo "build first: scripts/setup.sh (or set HANDOUT)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 bench/make_soak_inputs.py "$work/all" "$documents" >"$work/bad_count"
# The first thousand: the same mix, for the memory comparison.
mkdir -p "$work/first"
(cd "$work/all" && ls | sort | head -n 1000 | grep -v '\.yaml$' | xargs -r cp -t "$work/first")
(cd "$work/all" && ls | sort | grep '\.yaml$' | head -n 1000 | xargs -r cp -t "$work/first")

# soak FOLDER LABEL: builds FOLDER, checks the outcome, prints one result line.
soak() {
  local folder=$1 label=$2 status=0 start end
  local total bad
  total=$(find "$folder" -name '*.yaml' | wc -l)
  bad=$(find "$folder" -name 'bad-*.yaml' | wc -l)
  start=$EPOCHREALTIME
  /usr/bin/time -f '%M' -o "$work/rss.$label" "$binary" build "$folder" -o "$work/out.$label" \
    -j "$jobs" --quiet --report "$work/report.$label.json" 2>"$work/stderr.$label" || status=$?
  end=$EPOCHREALTIME
  local built
  built=$(find "$work/out.$label" -name '*.pdf' | wc -l)
  python3 - "$work/report.$label.json" "$total" "$bad" "$built" "$status" <<'PY'
import json, sys
report, total, bad, built, status = sys.argv[1], *map(int, sys.argv[2:])
totals = json.load(open(report))["totals"]
problems = []
if totals["documents"] != total: problems.append(f"report has {totals['documents']} documents")
if totals["ok"] != total - bad: problems.append(f"{totals['ok']} ok, expected {total - bad}")
if totals["failed"] != bad: problems.append(f"{totals['failed']} failed, expected {bad}")
if built != total - bad: problems.append(f"{built} PDFs, expected {total - bad}")
if status != 1: problems.append(f"exit {status}, expected 1")
if problems: sys.exit("soak: " + "; ".join(problems))
PY
  awk -v s="$start" -v e="$end" -v n="$total" -v b="$bad" -v rss="$(cat "$work/rss.$label")" \
    -v label="$label" 'BEGIN { printf "%s: %d documents (%d broken): %.1f s, %.0f documents/s, peak RSS %.1f MiB\n", label, n, b, e - s, n / (e - s), rss / 1024 }'
}

soak "$work/first" first-1000
soak "$work/all" "all-$documents"
awk -v a="$(cat "$work/rss.first-1000")" -v b="$(cat "$work/rss.all-$documents")" \
  'BEGIN { printf "peak RSS ratio (all / first 1000): %.2f\n", b / a; exit (b > 1.5 * a) }' \
  || { echo "soak: memory grew with the batch" >&2; exit 1; }
