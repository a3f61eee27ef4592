# Shared helpers for the end-to-end tests: each test script is run by ctest as
#   bash tests/e2e/<name>_test.sh <path to the handout binary> <source folder>
# and fails (non-zero exit, with a message) at the first broken expectation.
set -euo pipefail

HANDOUT=$(realpath "$1")
SOURCE_DIR=$(realpath "$2")
WORK=$(mktemp -d "${TMPDIR:-/tmp}/handout-e2e.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
failures=0

fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

pass() { echo "ok: $*"; }

# COMMAND | has_line [GREP OPTIONS] PATTERN: grep -q that reads all of its input first. grep -q
# stops at the first match, and a command still writing then dies of SIGPIPE, which pipefail
# turns into a failed pipeline: a check that passes or fails by timing.
has_line() {
  local input
  input=$(cat)
  grep -q "$@" <<<"$input"
}

# expect_exit CODE DESCRIPTION -- COMMAND...: runs COMMAND, keeps its stderr in $WORK/stderr.
expect_exit() {
  local expected=$1 description=$2
  shift 3
  local status=0
  "$@" >"$WORK/stdout" 2>"$WORK/stderr" || status=$?
  if [ "$status" -ne "$expected" ]; then
    fail "$description: exit $status, expected $expected; stderr:"
    sed 's/^/    /' "$WORK/stderr" >&2
    return 1
  fi
  pass "$description (exit $status)"
}

# expect_in FILE TEXT DESCRIPTION: FILE contains TEXT (fixed string).
expect_in() {
  if grep -qF -- "$2" "$1"; then
    pass "$3"
  else
    fail "$3: '$2' not found in:"
    sed 's/^/    /' "$1" >&2
  fi
}

finish() {
  if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
  fi
  echo "all checks passed"
}
