#!/usr/bin/env bash
# Soak test: one `handout build` of 10,000 documents, one in ten of them broken in one of ten
# ways (YAML syntax, wrong types, unknown keys, missing/corrupt/truncated/oversized figures, empty
# and binary files, alias bombs). Builds the first 1,000 of them the same way, then all 10,000,
# and prints for each the peak RSS, the wall time and the documents per second. Fails unless
# every good document became a PDF, every broken one was reported, and the peak RSS of 10,000
# documents stays within 1.2 times that of 1,000 (memory does not grow with the batch; measured
# 1.08-1.15, the rest is the allocator's noise). Without --report or --depfile, a batch keeps
# nothing of a document once it is printed but its slot in the list of documents (80 bytes) and
# counts; the shaping caches are bounded, and each message carries its own excerpt of at most
# about 100 bytes while the source texts go with their document (bench/README.md). With a report,
# each document's inputs and messages are kept for it.
# Usage: HANDOUT=build/handout bench/soak_10000.sh [DOCUMENTS] [JOBS]
set -euo pipefail
cd "$(dirname "$0")/.."
documents=${1:-10000}
jobs=${2:-2}
binary=${HANDOUT:-build/handout}
[ -x "$binary" ] || { echo "build first: scripts/setup.sh (or set HANDOUT)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The same mix twice: the first 1,000 documents, for the memory comparison, and all of them.
python3 bench/make_soak_inputs.py "$work/first" 1000 >/dev/null
python3 bench/make_soak_inputs.py "$work/all" "$documents" >/dev/null

# soak FOLDER LABEL: builds FOLDER, checks the outcome, prints one result line.
soak() {
  local folder=$1 label=$2 status=0 start end
  local total bad
  total=$(find "$folder" -name '*.yaml' | wc -l)
  bad=$(find "$folder" -name 'bad-*.yaml' | wc -l)
  start=$EPOCHREALTIME
  /usr/bin/time -f '%M' -o "$work/rss.$label" "$binary" build "$folder" -o "$work/out.$label" \
    -j "$jobs" --quiet >"$work/stdout.$label" 2>"$work/stderr.$label" || status=$?
  end=$EPOCHREALTIME
  local built summary
  built=$(find "$work/out.$label" -name '*.pdf' | wc -l)
  summary=$(cat "$work/stdout.$label" "$work/stderr.$label" | grep -E '^built [0-9]+ of' | tail -n 1)
  echo "$summary"
  local expected="built $((total - bad)) of $total documents, $bad failed"
  [[ "$summary" == "$expected"* ]] || { echo "soak: '$summary', expected '$expected'" >&2; exit 1; }
  [ "$built" -eq $((total - bad)) ] || { echo "soak: $built PDFs, expected $((total - bad))" >&2; exit 1; }
  [ "$status" -eq 1 ] || { echo "soak: exit $status, expected 1" >&2; exit 1; }
  awk -v s="$start" -v e="$end" -v n="$total" -v b="$bad" -v rss="$(tail -n 1 "$work/rss.$label")" \
    -v label="$label" 'BEGIN { printf "%s: %d documents (%d broken): %.1f s, %.0f documents/s, peak RSS %.1f MiB\n", label, n, b, e - s, n / (e - s), rss / 1024 }'
}

soak "$work/first" first-1000
soak "$work/all" "all-$documents"
awk -v a="$(tail -n 1 "$work/rss.first-1000")" -v b="$(tail -n 1 "$work/rss.all-$documents")" \
  'BEGIN { printf "peak RSS ratio (all / first 1000): %.2f\n", b / a; exit (b > 1.2 * a) }' \
  || { echo "soak: memory grew with the batch" >&2; exit 1; }
