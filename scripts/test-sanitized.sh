#!/usr/bin/env bash
# Builds handout and its tests with AddressSanitizer and UndefinedBehaviorSanitizer in
# build-sanitize/ and runs every ctest suite there (unit, end-to-end, fuzz corpus replays); any
# memory error, leak or undefined behaviour fails the test that hit it. Exits with ctest's status.
#
# With clang (scripts/setup.sh installs it) the build is also the fuzz build (HANDOUT_FUZZ=ON:
# the same sanitizers plus libFuzzer's coverage instrumentation), so that scripts/test.sh runs
# the fuzzers from it (FUZZ_BUILD_DIR=build-sanitize) without compiling everything a third time.
# Without clang it is a GCC build with HANDOUT_SANITIZE=ON.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

build=${SANITIZE_BUILD_DIR:-build-sanitize}
if command -v clang++ >/dev/null; then
  options=(-DCMAKE_CXX_COMPILER=clang++ -DHANDOUT_FUZZ=ON)
else
  options=(-DHANDOUT_SANITIZE=ON)
fi
echo "test-sanitized: configuring and building in $build/ (${options[*]})"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${options[@]}" >/dev/null
cmake --build "$build" -j2
# The first report stops the process with exit code 86, which no test expects: an end-to-end
# test that expects exit code 1 (bad input) must not pass because a sanitizer also used 1.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1:exitcode=86}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:exitcode=86}
exec ctest --test-dir "$build" --output-on-failure -j2
