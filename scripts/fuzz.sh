#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, docs/fuzzing.md) with clang and runs each for SECONDS
# (default 60) on one core, on a copy of its seed corpus, then prints a table: per target the
# random seed, executions, executions per second, coverage, corpus size and findings. Fails,
# printing each reproducer's path, when a target finds a crash, a leak, a timeout or an
# out-of-memory input.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default: all four targets)
#
# FUZZ_BUILD_DIR chooses the build folder (default build-fuzz/; scripts/test.sh shares its
# sanitized build). The grown corpora and any findings stay in FUZZ_BUILD_DIR/fuzz-runs/.
# FUZZ_SEED fixes libFuzzer's random seed (scripts/test.sh uses 1, so that the short run in CI
# tries the same mutations every time); unset, each run draws its own (printed in the table).
# FUZZ_PARALLEL=N runs N targets at once, each on one core (default 1: one after another).
# FUZZ_KEEP_GOING=1 keeps a target searching after a finding (libFuzzer's fork mode, one worker)
# until its time is up, and counts every finding, instead of stopping at the first: for the long
# runs, e.g. FUZZ_KEEP_GOING=1 FUZZ_PARALLEL=2 scripts/fuzz.sh 1800 (30 minutes per target).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds=${1:-60}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(fuzz_load_bind fuzz_layout_write fuzz_image fuzz_cli)
build=${FUZZ_BUILD_DIR:-build-fuzz}
parallel=${FUZZ_PARALLEL:-1}

# The longest input each target tries: the largest seed is about 12 KiB of YAML.
max_len_of() {
  case "$1" in
    fuzz_image) echo 16384 ;;
    *) echo 20000 ;;
  esac
}

# With FUZZ_FIXED_RUNS=1 (scripts/test.sh) each target stops after this many executions, about
# 20 s each on the 2-core machine (SECONDS still caps it), from the seeds alone: with the fixed
# seed, a CI run on a faster machine searches no further than a local scripts/test.sh did (only
# handout's threads make the coverage, and so the search, differ a little between runs).
fixed_runs_of() {
  case "$1" in
    fuzz_load_bind) echo 20000 ;;
    fuzz_layout_write) echo 5000 ;;
    fuzz_image) echo 25000 ;;
    fuzz_cli) echo 1500 ;;
  esac
}

dictionary_of() {
  case "$1" in
    fuzz_image) echo fuzz/image.dict ;;
    fuzz_cli) echo fuzz/cli.dict ;;
    *) echo fuzz/yaml.dict ;;
  esac
}

build_targets() {
  if ! command -v clang++ >/dev/null; then
    echo "fuzz: clang++ not found (scripts/setup.sh installs it)" >&2
    exit 1
  fi
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DHANDOUT_FUZZ=ON >/dev/null
  cmake --build "$build" -j2 --target "${targets[@]}"
}

# The last value of a libFuzzer statistic in a log ("stat::number_of_executed_units: 1234").
final_stat() {
  grep -o "^stat::$2: *[0-9]*" "$1" | tail -1 | grep -o '[0-9]*$' || true
}

# The coverage ("cov: 1234") of the last status line libFuzzer printed.
final_coverage() {
  grep -o ' cov: [0-9]*' "$1" | tail -1 | grep -o '[0-9]*$' || echo "?"
}

# Executions and executions per second: from the final statistics, or in fork mode (which prints
# none) from its last status line ("#1234: cov: ... exec/s 56 ..."). Fork mode's "cov" counts
# the features of every worker's runs, so it is not comparable with a plain run's.
executions_of() {
  local value
  value=$(final_stat "$1" number_of_executed_units)
  [ -n "$value" ] || value=$(grep -o '^#[0-9]*' "$1" | tail -1 | tr -d '#')
  echo "${value:-?}"
}
speed_of() {
  local value
  value=$(final_stat "$1" average_exec_per_sec)
  [ -n "$value" ] || value=$(grep -o 'exec/s:\? [0-9]*' "$1" | tail -1 | grep -o '[0-9]*$')
  echo "${value:-?}"
}

# run_target NAME: fuzzes one target; writes its table row to fuzz-runs/NAME/row and its exit
# status to fuzz-runs/NAME/status; returns non-zero when it found something.
run_target() {
  # Absolute: fuzz_cli runs each input in a folder of its own.
  local target=$1 run status=0
  run="$(realpath -m "$build")/fuzz-runs/$1"
  rm -rf "$run/artifacts" "$run/row" "$run/status"
  # The fixed run starts from the seeds alone, as on a clean clone; the others grow the corpus.
  [ "${FUZZ_FIXED_RUNS:-}" = 1 ] && rm -rf "$run/corpus"
  mkdir -p "$run/corpus" "$run/artifacts"
  cp fuzz/corpus/"$target"/* "$run/corpus/"
  local options=()
  if [ "${FUZZ_FIXED_RUNS:-}" = 1 ]; then
    options+=(-runs="$(fixed_runs_of "$target")")
    echo "fuzz: $target for ${options[0]#-runs=} executions, at most ${seconds} s"
  else
    echo "fuzz: $target for ${seconds} s"
  fi
  if [ "${FUZZ_KEEP_GOING:-}" = 1 ]; then
    options+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
  fi
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
    UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1} \
    "$build/fuzz/$target" "$run/corpus" -dict="$(dictionary_of "$target")" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$(max_len_of "$target")" \
    -artifact_prefix="$run/artifacts/" -print_final_stats=1 ${FUZZ_SEED:+-seed="$FUZZ_SEED"} \
    "${options[@]}" >"$run/log" 2>&1 || status=$?
  local findings seed
  findings=$(find "$run/artifacts" -type f | wc -l)
  seed=$(grep -m1 -o 'Seed: [0-9]*' "$run/log" | grep -o '[0-9]*$' || echo "?")
  printf 'fuzz: %-18s %10s %12s %8s %9s %7s %9s\n' "$target" "$seed" "$(executions_of "$run/log")" \
    "$(speed_of "$run/log")" "$(final_coverage "$run/log")" \
    "$(find "$run/corpus" -type f | wc -l)" "$findings" >"$run/row"
  if ((status != 0)) || ((findings > 0)); then
    {
      echo "fuzz: $target FAILED (exit $status, seed $seed, $findings findings);" \
        "the end of its log ($run/log):"
      grep -v '^#' "$run/log" | tail -40 | sed 's/^/    /'
      local finding
      for finding in $(find "$run/artifacts" -type f | head -20); do
        echo "fuzz: reproducer: $finding"
      done
      echo "fuzz: reproduce with: $build/fuzz/$target REPRODUCER"
    } >&2
    status=1
  fi
  echo "$status" >"$run/status"
  return "$status"
}

build_targets
for target in "${targets[@]}"; do
  while (($(jobs -rp | wc -l) >= parallel)); do wait -n || true; done
  run_target "$target" &
done
wait || true

failed=0
printf 'fuzz: %-18s %10s %12s %8s %9s %7s %9s\n' target seed executions exec/s coverage corpus \
  findings
for target in "${targets[@]}"; do
  cat "$build/fuzz-runs/$target/row" 2>/dev/null || echo "fuzz: $target: no result"
  [ "$(cat "$build/fuzz-runs/$target/status" 2>/dev/null)" = 0 ] || failed=1
done
exit "$failed"
