#!/usr/bin/env bash
# Builds handout (see setup.sh) and runs every test registered with CTest, then the same suites
# under AddressSanitizer and UndefinedBehaviorSanitizer (test-sanitized.sh), then each fuzz target
# from that sanitized build for a fixed number of executions (about 20 s each; at most
# FUZZ_SECONDS, default 60) with the fixed seed FUZZ_SEED (default 1), so that CI repeats the
# same search, input for input (fuzz.sh). Stops at the first
# step that fails, with its status. Each step prints how long it took.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# step NAME COMMAND...: runs COMMAND and reports its wall time.
step() {
  local name=$1 start=$SECONDS
  shift
  "$@"
  echo "test: $name took $((SECONDS - start)) s"
}

step "set-up and build" scripts/setup.sh
step "tests" ctest --test-dir build --output-on-failure -j2
step "sanitized build and tests" scripts/test-sanitized.sh
if command -v clang++ >/dev/null; then
  step "fuzzing" env FUZZ_BUILD_DIR=build-sanitize FUZZ_SEED="${FUZZ_SEED:-1}" FUZZ_FIXED_RUNS=1 \
    scripts/fuzz.sh "${FUZZ_SECONDS:-60}"
else
  echo "test: clang++ not found, fuzzing skipped (scripts/setup.sh installs it)"
fi
