#!/usr/bin/env bash
# Renders every data file of the repository (data/, tests/fixtures/) with two handout binaries, in
# every print variant and with every bundled template, and runs the bad-input corpus
# (tests/bad) with both: the PDFs must be byte-identical, and every message and exit code the
# same. This is the proof that a change meant to keep behaviour (a refactoring) kept it.
#
#   scripts/compare-outputs.sh OLD_HANDOUT NEW_HANDOUT
#
# OLD_SOURCE (default: this repository) is the source folder the old binary was built from: its
# bundled templates and fonts appear in messages under that path, which is replaced by the new
# one's before messages are compared. Timings ("12 ms", "0.03 s", "64 documents/s") are removed.
# Prints one line per difference and a summary; exits 1 when anything differs.
set -uo pipefail

old=$(realpath "${1:?usage: compare-outputs.sh OLD_HANDOUT NEW_HANDOUT}")
new=$(realpath "${2:?usage: compare-outputs.sh OLD_HANDOUT NEW_HANDOUT}")
source_dir=$(cd "$(dirname "$0")/.." && pwd)
old_source=$(realpath "${OLD_SOURCE:-$source_dir}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1700000000

runs=0
differences=0

# normalise FILE: the old source folder as the new one, timings removed, the work folder named.
normalise() {
  sed -e "s#$old_source#$source_dir#g" -e "s#$work#WORK#g" \
    -e 's/[0-9.]\+ ms\b/N ms/g' -e 's/in [0-9.]\+ s\b/in N s/g' \
    -e 's/([0-9.]\+ documents\/s)/(N documents\/s)/g' "$1"
}

# run_with BINARY SIDE FOLDER ARGS...: runs BINARY in FOLDER (a fresh copy per side when the run
# writes next to its inputs), keeping the exit code, the normalised output streams and the PDFs.
run_with() {
  local binary=$1 side=$2 folder=$3
  shift 3
  local out="$work/$side"
  rm -rf "$out" && mkdir -p "$out/pdf"
  (cd "$folder" && timeout -s KILL 60 "$binary" "$@" </dev/null >"$out/stdout" 2>"$out/stderr")
  echo $? >"$out/exit"
  normalise "$out/stdout" >"$out/stdout.n" && normalise "$out/stderr" >"$out/stderr.n"
  if [ -d "$work/target" ]; then
    (cd "$work/target" && find . -name '*.pdf' -type f | sort | while read -r pdf; do
      mkdir -p "$out/pdf/$(dirname "$pdf")" && mv "$pdf" "$out/pdf/$pdf"
    done)
  fi
}

# compare LABEL FOLDER ARGS...: runs ARGS with both binaries and reports what differs.
compare() {
  local label=$1 folder=$2
  shift 2
  runs=$((runs + 1))
  rm -rf "$work/target" && mkdir -p "$work/target"
  run_with "$old" old "$folder" "$@"
  rm -rf "$work/target" && mkdir -p "$work/target"
  run_with "$new" new "$folder" "$@"
  local what
  for what in exit stdout.n stderr.n; do
    if ! cmp -s "$work/old/$what" "$work/new/$what"; then
      echo "DIFFERS ($what): $label"
      diff "$work/old/$what" "$work/new/$what" | head -8 | sed 's/^/    /'
      differences=$((differences + 1))
    fi
  done
  if ! diff -r -q "$work/old/pdf" "$work/new/pdf" >"$work/pdf-diff"; then
    echo "DIFFERS (pdf): $label"
    sed 's/^/    /' "$work/pdf-diff" | head -8
    differences=$((differences + 1))
  fi
}

cd "$source_dir" || exit 1
mapfile -t data_files < <(find data tests/fixtures -name '*.yaml' -not -path '*/partials/*' \
  -not -path '*/parts/*' | sort)
variants=(
  ""
  "--page-size A5"
  "--page-size Letter"
  "--impose 2up"
  "--impose booklet"
  "--impose cards"
  "--bleed 3mm --marks"
  "--duplex"
  "--grayscale"
  "--fit-pages 1"
)
for data in "${data_files[@]}"; do
  for variant in "${variants[@]}"; do
    read -r -a extra <<<"$variant"
    compare "render $data $variant" "$source_dir" render "$data" -o "$work/target/out.pdf" \
      "${extra[@]}"
  done
  for template in handout reference-sheet cards; do
    compare "render $data -t $template" "$source_dir" render "$data" -t "$template" \
      -o "$work/target/out.pdf"
  done
  compare "check $data --preflight --json" "$source_dir" check "$data" --preflight --json
done
compare "build data tests/fixtures" "$source_dir" build data tests/fixtures -o "$work/target" \
  -j 1 --verbose
compare "handout (no arguments: the example)" "$work/target"
compare "templates" "$source_dir" templates

# The bad-input corpus: each case in a fresh copy per binary (some write next to their inputs).
for case_file in tests/bad/*/case; do
  case_dir=$(dirname "$case_file")
  run=$(sed -n 's/^run://p' "$case_file")
  read -r -a args <<<"$run"
  for side in old new; do
    rm -rf "$work/case-$side" && mkdir -p "$work/case-$side" && cp -R "$case_dir/." \
      "$work/case-$side/"
    mkdir -p "$work/case-$side/out" && printf 'an earlier output\n' >"$work/case-$side/out/existing.pdf"
    [ -f "$work/case-$side/prepare.sh" ] &&
      (cd "$work/case-$side" && SOURCE_DIR="$source_dir" bash prepare.sh >/dev/null 2>&1)
  done
  runs=$((runs + 1))
  rm -rf "$work/target"
  run_with "$old" old "$work/case-old" "${args[@]}"
  run_with "$new" new "$work/case-new" "${args[@]}"
  sed -i "s#WORK/case-old#CASE#g" "$work/old/stdout.n" "$work/old/stderr.n"
  sed -i "s#WORK/case-new#CASE#g" "$work/new/stdout.n" "$work/new/stderr.n"
  if [ "${args[0]}" = build ]; then  # documents of a batch finish in any order
    for side in old new; do sort -o "$work/$side/stderr.n" "$work/$side/stderr.n"; done
  fi
  for what in exit stdout.n stderr.n; do
    if ! cmp -s "$work/old/$what" "$work/new/$what"; then
      echo "DIFFERS ($what): tests/bad/$(basename "$case_dir")"
      diff "$work/old/$what" "$work/new/$what" | head -8 | sed 's/^/    /'
      differences=$((differences + 1))
    fi
  done
  (cd "$work/case-old" && find . -type f -name '*.pdf' -print0 | sort -z | xargs -0 -r sha256sum) \
    >"$work/old-files"
  (cd "$work/case-new" && find . -type f -name '*.pdf' -print0 | sort -z | xargs -0 -r sha256sum) \
    >"$work/new-files"
  if ! cmp -s "$work/old-files" "$work/new-files"; then
    echo "DIFFERS (pdf): tests/bad/$(basename "$case_dir")"
    differences=$((differences + 1))
  fi
done

echo "$runs runs, $differences differences"
[ "$differences" -eq 0 ]
