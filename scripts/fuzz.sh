#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, docs/fuzzing.md) with clang and runs each for SECONDS
# (default 60) on one core, on a copy of its seed corpus. Fails, printing the reproducer's path,
# when a target finds a crash, a leak, a timeout or an out-of-memory input.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# FUZZ_BUILD_DIR chooses the build folder (default build-fuzz/; scripts/test.sh shares its
# sanitized build). The grown corpora and any findings stay in FUZZ_BUILD_DIR/fuzz-runs/.
# FUZZ_SEED fixes libFuzzer's random seed (scripts/test.sh uses 1, so that the short run in CI
# tries the same mutations every time); unset, each run draws its own.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds=${1:-60}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(fuzz_load_bind fuzz_layout_write fuzz_image)
build=${FUZZ_BUILD_DIR:-build-fuzz}

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
  esac
}

dictionary_of() {
  case "$1" in
    fuzz_image) echo fuzz/image.dict ;;
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
  grep -o "^stat::$2: *[0-9]*" "$1" | tail -1 | grep -o '[0-9]*$' || echo "?"
}

# The coverage ("cov: 1234") of the last status line libFuzzer printed.
final_coverage() {
  grep -o ' cov: [0-9]*' "$1" | tail -1 | grep -o '[0-9]*$' || echo "?"
}

# run_target NAME: fuzzes one target; returns non-zero when it found something.
run_target() {
  local target=$1 run="$build/fuzz-runs/$1" status=0
  rm -rf "$run/artifacts"
  # The fixed run starts from the seeds alone, as on a clean clone; the others grow the corpus.
  [ "${FUZZ_FIXED_RUNS:-}" = 1 ] && rm -rf "$run/corpus"
  mkdir -p "$run/corpus" "$run/artifacts"
  cp fuzz/corpus/"$target"/* "$run/corpus/"
  local runs=()
  if [ "${FUZZ_FIXED_RUNS:-}" = 1 ]; then
    runs=(-runs="$(fixed_runs_of "$target")")
    echo "fuzz: $target for ${runs[0]#-runs=} executions, at most ${seconds} s"
  else
    echo "fuzz: $target for ${seconds} s"
  fi
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
    UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1} \
    "$build/fuzz/$target" "$run/corpus" -dict="$(dictionary_of "$target")" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$(max_len_of "$target")" \
    -artifact_prefix="$run/artifacts/" -print_final_stats=1 ${FUZZ_SEED:+-seed="$FUZZ_SEED"} "${runs[@]}" \
    >"$run/log" 2>&1 || status=$?
  local executions speed
  executions=$(final_stat "$run/log" number_of_executed_units)
  speed=$(final_stat "$run/log" average_exec_per_sec)
  printf 'fuzz: %-18s %10s executions %6s exec/s  coverage %6s  corpus %5s files\n' \
    "$target" "$executions" "$speed" "$(final_coverage "$run/log")" \
    "$(find "$run/corpus" -type f | wc -l)"
  local finding
  finding=$(find "$run/artifacts" -type f | head -1)
  if ((status != 0)) || [ -n "$finding" ]; then
    echo "fuzz: $target FAILED (exit $status, $(grep -m1 -o 'Seed: [0-9]*' "$run/log"));" \
      "the end of its log ($run/log):" >&2
    grep -v '^#' "$run/log" | tail -40 | sed 's/^/    /' >&2
    if [ -n "$finding" ]; then
      echo "fuzz: reproducer: $finding" >&2
      echo "fuzz: reproduce with: $build/fuzz/$target $finding" >&2
    fi
    return 1
  fi
}

build_targets
failed=0
for target in "${targets[@]}"; do
  run_target "$target" || failed=1
done
exit "$failed"
