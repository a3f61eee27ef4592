#!/usr/bin/env bash
# Soak test: one `handout build` of 10,000 documents, one in ten of them broken in one of ten
# ways (YAML syntax, wrong types, unknown keys, missing/corrupt/truncated/oversized figures, empty
# and binary files, alias bombs) and one in twenty hostile (bench/make_soak_inputs.py: nested
# mustache sections, a 2,000 x 2,000 table, deep `each`, a 60 KiB and a 1 MiB word, 22,000
# aliases, escape sequences in a key, in text and in a file name, flags and emoji, noncharacters).
#
# First each hostile kind is rendered alone (`handout render`, default limits) under /usr/bin/time:
# it must build or fail as bench/make_soak_inputs.py expects (hostile.tsv), with exit code 0 or 1
# (never a crash, a hang or an internal error), within the per-document memory bound (peak RSS at
# most MEMORY_BOUND_MIB), and print no control character. Then it builds the first 1,000 documents,
# then all of them, and prints for each the peak RSS, the wall time and the documents per second. A
# batch fails the soak unless every good and every hostile document that should build became a PDF,
# every broken or hostile one that should fail was reported with an error and has none, the batch
# ended with exit code 1 within SOAK_TIMEOUT, its error stream holds no control character, and its
# peak RSS stays within JOBS x MEMORY_BOUND_MIB + 64 MiB (what the documents share). Last, the peak
# RSS of all the documents must stay within 1.2 times that of 1,000 (memory does not grow with the
# batch; measured 1.08-1.15, the rest is the allocator's noise). Without --report or --depfile, a
# batch keeps nothing of a document once it is printed but its slot in the list of documents (80
# bytes) and counts; the shaping caches are bounded, and each message carries its own excerpt of at
# most about 100 bytes while the source texts go with their document (bench/README.md). With a
# report, each document's inputs and messages are kept for it.
#
# Usage: HANDOUT=build/handout bench/soak_10000.sh [DOCUMENTS] [JOBS] [MEMORY_BOUND_MIB]
#   MEMORY_BOUND_MIB: one document's peak RSS at the default limits (default 512, docs/ci.md).
#   SOAK_TIMEOUT: seconds a batch may take (default 1800); SOAK_PROBE_TIMEOUT: one hostile
#   document alone (default 60). Every run is also capped at 4 times its memory bound of address
#   space (ulimit -v), so that a runaway document fails instead of taking the machine's memory.
set -euo pipefail
cd "$(dirname "$0")/.."
documents=${1:-10000}
jobs=${2:-2}
bound_mib=${3:-512}
shared_mib=64 # what the documents of a batch share: fonts, templates, caches (docs/ci.md, "Memory")
binary=$(realpath "${HANDOUT:-build/handout}")
batch_timeout=${SOAK_TIMEOUT:-1800}
probe_timeout=${SOAK_PROBE_TIMEOUT:-60}
[ -x "$binary" ] || { echo "build first: scripts/setup.sh (or set HANDOUT)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

# The same mix twice: the first 1,000 documents, for the memory comparison, and all of them.
python3 bench/make_soak_inputs.py "$work/first" 1000 >/dev/null
python3 bench/make_soak_inputs.py "$work/all" "$documents" >/dev/null

problem() {
  echo "soak: $*" >&2
  failures=$((failures + 1))
}

# Whether a file holds a control character other than tab and newline (an escape sequence from
# the input reaching the terminal).
has_control_characters() {
  LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f]' "$1"
}

# measured LIMIT_MIB TIMEOUT LABEL COMMAND...: runs COMMAND capped at LIMIT_MIB of address space
# and TIMEOUT seconds; its output in $work/LABEL.{out,err,rss,status}, the time in .seconds.
measured() {
  local limit_mib=$1 seconds=$2 label=$3 start end status=0
  shift 3
  start=$EPOCHREALTIME
  (
    ulimit -v $((limit_mib * 1024))
    /usr/bin/time -f '%M' -o "$work/$label.rss" timeout "$seconds" "$@"
  ) >"$work/$label.out" 2>"$work/$label.err" || status=$?
  end=$EPOCHREALTIME
  echo "$status" >"$work/$label.status"
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f\n", e - s }' >"$work/$label.seconds"
}

# What an exit status means, for a message.
status_text() {
  case "$1" in
    0 | 1 | 2 | 3) echo "exit $1" ;;
    4) echo "exit 4 (internal error)" ;;
    124) echo "hung (stopped after its time)" ;;
    *) echo "exit $1 (killed by signal $(($1 - 128)))" ;;
  esac
}

# probe KIND EXPECTED: renders the first document of one hostile kind alone.
probe() {
  local kind=$1 expected=$2 file label status rss verdict=ok
  file=$(find "$work/first" "$work/first.names" -maxdepth 1 -name "hostile-$kind-*.yaml" \
    2>/dev/null | sort | head -1)
  label="probe-$kind"
  measured $((4 * bound_mib)) "$probe_timeout" "$label" "$binary" render "$file" \
    -o "$work/probe.pdf" --quiet
  status=$(cat "$work/$label.status")
  rss=$(($(tail -n 1 "$work/$label.rss" 2>/dev/null || echo 0) / 1024))
  if [ "$expected" = build ] && [ "$status" != 0 ]; then
    verdict="should build, $(status_text "$status")"
  elif [ "$expected" = fail ] && { [ "$status" != 1 ] || ! grep -q 'error:' "$work/$label.err"; }; then
    verdict="should fail with an error, $(status_text "$status")"
  elif ((rss > bound_mib)); then
    verdict="over the memory bound"
  elif has_control_characters "$work/$label.err"; then
    verdict="a control character reached the error stream"
  fi
  printf 'soak: hostile %-16s expected %-5s  %-26s peak RSS %5d MiB  %6s s  %s\n' "$kind" \
    "$expected" "$(status_text "$status")" "$rss" "$(cat "$work/$label.seconds")" "$verdict"
  [ "$verdict" = ok ] || problem "hostile $kind alone: $verdict: $(grep -m1 -aE 'error|Assert' \
    "$work/$label.err" | cut -c1-160 | cat -v)"
}

while IFS=$'\t' read -r kind expected _; do
  probe "$kind" "$expected"
done <"$work/first/hostile.tsv"

# The numbers (NNNNN of *-NNNNN.yaml) of the documents a batch reported as failed ("FAIL path",
# followed by its errors).
numbers_reported_failed() {
  { grep -a '^FAIL ' "$1" || true; } | grep -ao -- '-[0-9]\{5\}\.yaml' | tr -dc '0-9\n' | sort -u
}

# soak FOLDER LABEL: builds FOLDER, checks the outcome, prints one result line.
soak() {
  local folder=$1 label=$2 total status
  total=$(find "$folder" -name '*.yaml' | wc -l)
  measured $((4 * jobs * bound_mib)) "$batch_timeout" "$label" "$binary" build "$folder" \
    -o "$work/out.$label" -j "$jobs" --quiet
  status=$(cat "$work/$label.status")
  # What each document should become: a PDF (good ones, hostile kinds that build), or an error.
  local should_build=() should_fail=() kind expected
  should_build+=("$folder"/doc-*.yaml)
  should_fail+=("$folder"/bad-*.yaml)
  while IFS=$'\t' read -r kind expected _; do
    # escape-name is tried alone (bench/make_soak_inputs.py): it is not in the batch.
    compgen -G "$folder/hostile-$kind-*.yaml" >/dev/null || continue
    if [ "$expected" = build ]; then
      should_build+=("$folder/hostile-$kind-"*.yaml)
    else
      should_fail+=("$folder/hostile-$kind-"*.yaml)
    fi
  done <"$folder/hostile.tsv"
  local missing=0 unexpected=0 unreported=0 file pdf
  for file in "${should_build[@]}"; do
    pdf="$work/out.$label/$(basename "${file%.yaml}").pdf"
    [ -s "$pdf" ] || missing=$((missing + 1))
  done
  numbers_reported_failed "$work/$label.err" >"$work/$label.reported"
  for file in "${should_fail[@]}"; do
    pdf="$work/out.$label/$(basename "${file%.yaml}").pdf"
    [ ! -e "$pdf" ] || unexpected=$((unexpected + 1))
    file=${file%.yaml}
    grep -qx "${file##*-}" "$work/$label.reported" || unreported=$((unreported + 1))
  done
  local rss summary
  rss=$(($(tail -n 1 "$work/$label.rss" 2>/dev/null || echo 0) / 1024))
  summary=$(cat "$work/$label.out" "$work/$label.err" | { grep -aE '^built [0-9]+ of' || true; } |
    tail -n 1)
  echo "soak: $label: ${summary:-no summary}"
  awk -v t="$(cat "$work/$label.seconds")" -v n="$total" -v f="${#should_fail[@]}" -v rss="$rss" \
    -v label="$label" 'BEGIN { printf "soak: %s: %d documents (%d to fail): %.1f s, %.0f documents/s, peak RSS %d MiB\n", label, n, f, t, n / t, rss }'
  [ "$status" = 1 ] || problem "$label: $(status_text "$status"), expected exit 1; the end of" \
    "its error stream: $(tail -n 3 "$work/$label.err" | cut -c1-160 | cat -v)"
  ((missing == 0)) || problem "$label: $missing of ${#should_build[@]} documents that should build have no PDF"
  ((unexpected == 0)) || problem "$label: $unexpected documents that should fail have a PDF"
  ((unreported == 0)) || problem "$label: $unreported of ${#should_fail[@]} documents that should fail were not reported as failed"
  ((rss <= jobs * bound_mib + shared_mib)) ||
    problem "$label: peak RSS $rss MiB, over $jobs x $bound_mib MiB + $shared_mib MiB shared"
  ! has_control_characters "$work/$label.err" ||
    problem "$label: a control character reached the error stream: $(LC_ALL=C grep -am1 \
      $'[\x01-\x08\x0b-\x1f\x7f]' "$work/$label.err" | cut -c1-160 | cat -v)"
}

soak "$work/first" first-1000
soak "$work/all" "all-$documents"
# Memory that grows with the batch, when both batches ran to their end.
if [ "$(cat "$work/first-1000.status")" = 1 ] && [ "$(cat "$work/all-$documents.status")" = 1 ]; then
  first_rss=$(tail -n 1 "$work/first-1000.rss")
  all_rss=$(tail -n 1 "$work/all-$documents.rss")
  awk -v a="$first_rss" -v b="$all_rss" \
    'BEGIN { printf "soak: peak RSS ratio (all / first 1000): %.2f\n", b / a; exit (b > 1.2 * a) }' ||
    problem "memory grew with the batch"
fi
((failures == 0)) || { echo "soak: $failures problems" >&2; exit 1; }
echo "soak: passed"
