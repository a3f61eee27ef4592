# A crash in one document (an abort, SIGSEGV, SIGBUS or the OOM killer's SIGKILL, in any library
# or in handout) never takes a batch down: the other documents are built, the report and the
# dependency file are written as a run without the crash would write them, with the crashed
# document failed (exit 4, one message naming it and the signal), and no temporary file is left.
# `render` ends with one message and exit 4, and `watch` goes on watching.
#
# There is no crashing input to use (every one found is a bug, fixed), so the crash is made by a
# test-only LD_PRELOAD library (tests/e2e/crash_on_open.cc, built next to the binary) that ends
# the process when it opens a path holding a marker ("crash-me" unless
# HANDOUT_TEST_CRASH_MARKER says otherwise), with HANDOUT_TEST_CRASH_SIGNAL's signal.
source "$(dirname "$0")/lib.sh"

PRELOAD="$(dirname "$HANDOUT")/libcrash_on_open.so"
[ -f "$PRELOAD" ] || { echo "FAIL: $PRELOAD is not built" >&2; exit 1; }
ulimit -c 0  # no core files from the crashes made on purpose
# Under the sanitizers: let the crash signals through, and the preloaded library come first
# (added to the options the caller gave, which they override).
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0:handle_segv=0:handle_sigbus=0:handle_abort=0"

# crashing COMMAND...: runs the command with the crashing library preloaded.
crashing() { LD_PRELOAD="$PRELOAD" "$@"; }

# make_batch FOLDER COUNT CRASHING...: COUNT copies of the example in FOLDER (doc01.yaml ...),
# the ones numbered in CRASHING named docNN-crash-me.yaml.
make_batch() {
  local folder=$1 count=$2 i name
  shift 2
  mkdir -p "$folder"
  cp "$SOURCE_DIR/data/rust-is-used-for.png" "$folder/"
  for i in $(seq -f %02g 1 "$count"); do
    name="doc$i"
    for crashing_one in "$@"; do [ "$i" = "$crashing_one" ] && name="doc$i-crash-me"; done
    sed "s/^title: .*/title: Handout $i/" "$SOURCE_DIR/data/rust-is-used-for.yaml" \
      >"$folder/$name.yaml"
  done
}

# no_temporary_files FOLDER... DESCRIPTION
no_temporary_files() {
  local description=${*: -1} leftovers
  leftovers=$(find "${@:1:$#-1}" -name '.*.tmp-*' 2>/dev/null)
  [ -z "$leftovers" ] && pass "$description: no temporary file left" \
    || fail "$description: temporary files left: $leftovers"
}

# every_pdf_complete FOLDER COUNT DESCRIPTION
every_pdf_complete() {
  local count broken=0 pdf
  count=$(find "$1" -name '*.pdf' | wc -l)
  [ "$count" -eq "$2" ] && pass "$3: $count PDFs built" || fail "$3: $count PDFs built, not $2"
  for pdf in $(find "$1" -name '*.pdf'); do
    qpdf --check "$pdf" >/dev/null 2>&1 || { broken=$((broken + 1)); fail "$3: $pdf is broken"; }
  done
  [ "$broken" -eq 0 ] && pass "$3: every PDF is complete"
}

# count_of TEXT FILE: how many lines of FILE hold TEXT.
count_of() { grep -cF -- "$1" "$2" || true; }

cd "$WORK"

# --- 40 documents, -j 2, one of them crashes (SIGABRT) ---------------------------------------
make_batch data 40 17
# The same batch without the crash, for what a crash-free run prints and writes.
"$HANDOUT" build data -o clean -j 2 --report clean.json --depfile clean.d >clean.stdout \
  2>clean.stderr || fail "the crash-free run failed: $(head -c 300 clean.stderr)"
expect_exit 4 "a batch with a crashing document ends with exit 4" -- \
  crashing "$HANDOUT" build data -o out -j 2 --report report.json --depfile deps.d
cp "$WORK/stdout" batch.stdout
cp "$WORK/stderr" batch.stderr
every_pdf_complete out 39 "40 documents, one crashing"
[ ! -e out/doc17-crash-me.pdf ] && pass "no PDF for the crashed document" \
  || fail "a PDF for the crashed document"
expect_in batch.stderr "FAIL data/doc17-crash-me.yaml" "the crashed document is named"
expect_in batch.stderr \
  "data/doc17-crash-me.yaml: error: internal error: handout crashed (SIGABRT, Aborted) while building this document" \
  "the message names the document and the signal"
expect_in batch.stderr "hint: this is a bug in handout: please report it with this document's files" \
  "the message says what to do"
[ "$(count_of "crashed (SIGABRT" batch.stderr)" -eq 1 ] && pass "the crash is reported once" \
  || fail "the crash is reported $(count_of "crashed (SIGABRT" batch.stderr) times"
[ "$(grep -c . batch.stderr)" -eq 3 ] && pass "nothing else on the error stream" \
  || fail "the error stream: $(cat batch.stderr)"
expect_in batch.stdout "built 39 of 40 documents, 1 failed" "the summary counts the crash"
# Every other document printed once, as the crash-free run printed it.
sed 's/  [0-9]* ms$//; s|  clean/|  out/|' clean.stdout | grep '^ok ' | grep -v crash-me | sort \
  >clean.lines
sed 's/  [0-9]* ms$//' batch.stdout | grep '^ok ' | sort >batch.lines
cmp -s clean.lines batch.lines && pass "each built document printed once, as without the crash" \
  || fail "the documents' lines differ from a crash-free run: $(diff clean.lines batch.lines | head)"
no_temporary_files out . "40 documents, one crashing"
# The dependency file: the crash-free run's, without the crashed document's rule.
sed 's|^clean/|out/|' clean.d | grep -v '^out/doc17-crash-me.pdf:' >clean.expected.d
cmp -s clean.expected.d deps.d && pass "the dependency file is the crash-free run's, less the crash" \
  || fail "the dependency file differs: $(diff clean.expected.d deps.d | head -c 600)"
python3 - clean.json report.json <<'PY' && pass "the report: as without the crash, the crashed document failed" \
  || fail "the report is not what a crash-free run would write"
import json, sys
clean, crashed = (json.load(open(path)) for path in sys.argv[1:3])
def comparable(document):
    document = dict(document)
    document.pop("milliseconds")
    if document["output"]:
        document["output"] = document["output"].split("/", 1)[1]
    return document
assert len(crashed["documents"]) == 40
for before, after in zip(clean["documents"], crashed["documents"]):
    assert before["source"] == after["source"]
    if "crash-me" in after["source"]:
        assert after["status"] == "failed" and after["output"] is None and after["pages"] == 0
        assert after["inputs"] == [after["source"]], after["inputs"]
        [error] = after["errors"]
        assert error["file"] == after["source"] and "crashed (SIGABRT, Aborted)" in error["message"]
    else:
        assert comparable(before) == comparable(after), (before, after)
totals = crashed["totals"]
assert (totals["documents"], totals["ok"], totals["failed"], totals["skipped"]) == (40, 39, 1, 0)
assert totals["pages"] == clean["totals"]["pages"] - 2
PY

# --- the crash comes while another document is in flight (-j 2: the first two start together) ----
make_batch first 6 01
expect_exit 4 "a crash with an innocent document in flight" -- \
  crashing "$HANDOUT" build first -o first-out -j 2 --report first.json
every_pdf_complete first-out 5 "a crash beside an innocent document"
[ "$(count_of "first-out/doc02.pdf" "$WORK/stdout")" -eq 1 ] \
  && pass "the innocent document is built and printed once" \
  || fail "the innocent document's lines: $(cat "$WORK/stdout")"
[ "$(count_of "while building this document" "$WORK/stderr")" -eq 1 ] \
  && pass "only the crashing document is failed" || fail "reports: $(cat "$WORK/stderr")"

# --- two crashing documents, both in flight together (-j 2, the first two documents) -------------
make_batch pair 8 01 02
expect_exit 4 "two crashing documents in flight at once" -- \
  crashing "$HANDOUT" build pair -o pair-out -j 2 --report pair.json
every_pdf_complete pair-out 6 "two crashing documents"
[ "$(count_of "while building this document" "$WORK/stderr")" -eq 2 ] \
  && pass "each crashing document reported once" || fail "reports: $(cat "$WORK/stderr")"
expect_in "$WORK/stderr" "pair/doc01-crash-me.yaml: error: internal error: handout crashed" "the first pinpointed"
expect_in "$WORK/stderr" "pair/doc02-crash-me.yaml: error: internal error: handout crashed" "the second pinpointed"
python3 -c '
import json, sys
r = json.load(open("pair.json"))
failed = [d["source"] for d in r["documents"] if d["status"] == "failed"]
assert failed == ["pair/doc01-crash-me.yaml", "pair/doc02-crash-me.yaml"], failed
' && pass "the report fails exactly the two" || fail "pair.json: $(head -c 400 pair.json)"

# --- other signals: SIGSEGV, SIGBUS, and SIGKILL as the OOM killer sends it ----------------------
make_batch small 6 04
for signal in SEGV BUS KILL; do
  rm -rf small-out
  expect_exit 4 "SIG$signal in one document" -- \
    env HANDOUT_TEST_CRASH_SIGNAL=$signal LD_PRELOAD="$PRELOAD" \
    "$HANDOUT" build small -o small-out -j 2
  every_pdf_complete small-out 5 "SIG$signal"
  expect_in "$WORK/stderr" "small/doc04-crash-me.yaml: error: internal error: handout" "SIG$signal: named"
  expect_in "$WORK/stderr" "(SIG$signal, " "SIG$signal: the signal named"
done
expect_in "$WORK/stderr" "killed (SIGKILL, Killed) while building this document" \
  "SIGKILL is told as a kill, not a crash"

# --- check over a batch, and --fail-fast ---------------------------------------------------------
expect_exit 4 "check over a batch with a crashing document" -- \
  crashing "$HANDOUT" check small -j 2
expect_in "$WORK/stderr" "crashed (SIGABRT, Aborted) while checking this document" "check: named"
expect_in "$WORK/stdout" "checked 5 of 6 documents, 1 failed" "check: the others checked"
"$HANDOUT" check small -j 2 --preflight --json >clean-preflight.json 2>/dev/null \
  || fail "the crash-free preflight run failed"
expect_exit 4 "check --preflight with a crashing document" -- \
  crashing "$HANDOUT" check small -j 2 --preflight --json
python3 - clean-preflight.json "$WORK/stdout" <<'PY' \
  && pass "the preflight report: as without the crash, the crashed document failed" \
  || fail "the preflight report is not what a crash-free run prints"
import json, sys
clean, crashed = (json.load(open(path)) for path in sys.argv[1:3])
assert len(crashed["documents"]) == 6
for before, after in zip(clean["documents"], crashed["documents"]):
    if "crash-me" in after["source"]:
        assert after["status"] == "failed", after
    else:
        assert before == after, (before, after)
PY
expect_exit 4 "--fail-fast with a crashing document" -- \
  crashing "$HANDOUT" build small -o fail-fast -j 1 --fail-fast
expect_in "$WORK/stdout" "built 3 of 6 documents, 1 failed, 2 not started (--fail-fast)" \
  "--fail-fast: the crash is the first failure"

# --- a crash while the output is being written: its temporary file is removed ---------------------
make_batch writing 6
mkdir -p writing-out && printf 'an earlier output\n' >writing-out/doc05.pdf
expect_exit 4 "a crash while writing a PDF" -- \
  env HANDOUT_TEST_CRASH_MARKER=.doc05.pdf.tmp- LD_PRELOAD="$PRELOAD" \
  "$HANDOUT" build writing -o writing-out -j 2
no_temporary_files writing-out "a crash while writing"
[ "$(cat writing-out/doc05.pdf)" = "an earlier output" ] \
  && pass "a crash while writing keeps the earlier output" || fail "the earlier output was replaced"
mv writing-out/doc05.pdf writing-earlier.pdf
every_pdf_complete writing-out 5 "a crash while writing"

# --- a PDF over the file size limit (ulimit -f): that document cannot be written, no more ------
mkdir -p sized
cp "$SOURCE_DIR/data/rust-is-used-for.png" sized/
for i in 1 2 3; do sed '/^figure:/,/^items:/{/^items:/!d}' "$SOURCE_DIR/data/rust-is-used-for.yaml" \
  >"sized/small$i.yaml"; done
cp "$SOURCE_DIR/data/rust-is-used-for.yaml" sized/big.yaml
status=0
(ulimit -f 64 && exec "$HANDOUT" build sized -o sized-out -j 2 --report sized.json) \
  >"$WORK/stdout" 2>"$WORK/stderr" || status=$?
[ "$status" -eq 3 ] && pass "a PDF over the file size limit: exit 3" \
  || fail "a PDF over the file size limit: exit $status: $(cat "$WORK/stderr")"
expect_in "$WORK/stderr" "sized-out/big.pdf: error: cannot write the output file: File too large" \
  "the document over the limit is named"
every_pdf_complete sized-out 3 "the documents under the file size limit"
python3 -m json.tool sized.json >/dev/null && pass "the report is written" || fail "no report"
no_temporary_files sized-out "a PDF over the file size limit"
printf 'an earlier output\n' >sized.pdf
status=0
(ulimit -f 64 && exec "$HANDOUT" render sized/big.yaml -o sized.pdf) 2>"$WORK/stderr" || status=$?
[ "$status" -eq 3 ] && pass "render over the file size limit: exit 3" \
  || fail "render over the file size limit: exit $status"
no_temporary_files . "render over the file size limit"
[ "$(cat sized.pdf)" = "an earlier output" ] && pass "render over the limit keeps the earlier output" \
  || fail "render over the limit replaced the earlier output"

# --- render and check of one document -------------------------------------------------------------
cp data/doc17-crash-me.yaml talk-crash-me.yaml
printf 'an earlier output\n' >talk.pdf
expect_exit 4 "render of a crashing document" -- \
  crashing "$HANDOUT" render talk-crash-me.yaml -o talk.pdf
expect_in "$WORK/stderr" \
  "handout: internal error: crashed (SIGABRT, Aborted) while rendering talk-crash-me.yaml" \
  "render: one message naming the data and the signal"
[ "$(grep -c 'internal error' "$WORK/stderr")" -eq 1 ] && pass "render: said once" \
  || fail "render: $(cat "$WORK/stderr")"
[ "$(cat talk.pdf)" = "an earlier output" ] && pass "render: the earlier output is kept" \
  || fail "render: the earlier output was replaced"
expect_exit 4 "render crashing while it writes" -- \
  env HANDOUT_TEST_CRASH_MARKER=.talk.pdf.tmp- HANDOUT_TEST_CRASH_SIGNAL=SEGV \
  LD_PRELOAD="$PRELOAD" "$HANDOUT" render data/doc01.yaml -o talk.pdf
expect_in "$WORK/stderr" "crashed (SIGSEGV, Segmentation fault) while rendering data/doc01.yaml" \
  "render: SIGSEGV named"
no_temporary_files . "render crashing while it writes"
[ "$(cat talk.pdf)" = "an earlier output" ] && pass "render: the earlier output is kept, again" \
  || fail "render: the earlier output was replaced"
expect_exit 4 "check of a crashing document" -- \
  crashing "$HANDOUT" check talk-crash-me.yaml
expect_in "$WORK/stderr" "crashed (SIGABRT, Aborted) while checking talk-crash-me.yaml" "check: named"

# --- watch goes on after a crashing render ---------------------------------------------------------
mkdir -p watched
cp "$SOURCE_DIR/data/rust-is-used-for.png" watched/crash-me.png
cp "$SOURCE_DIR/data/rust-is-used-for.png" watched/figure.png
sed 's|path: rust-is-used-for.png|path: crash-me.png|' "$SOURCE_DIR/data/rust-is-used-for.yaml" \
  >watched/talk.yaml
LD_PRELOAD="$PRELOAD" env --default-signal=INT "$HANDOUT" watch watched/talk.yaml -o watched.pdf \
  >watch.stdout 2>watch.stderr &
watcher=$!
for _ in $(seq 200); do grep -q "watching for changes" watch.stdout 2>/dev/null && break; sleep 0.05; done
expect_in watch.stderr "crashed (SIGABRT, Aborted) while rendering watched/talk.yaml" \
  "watch: the crash is reported"
sed -i 's|path: crash-me.png|path: figure.png|' watched/talk.yaml
for _ in $(seq 200); do [ -s watched.pdf ] && break; sleep 0.05; done
kill -INT "$watcher"
status=0
wait "$watcher" || status=$?
[ "$status" -eq 0 ] && pass "watch: stopped by Ctrl-C with exit 0" || fail "watch: exit $status"
qpdf --check watched.pdf >/dev/null 2>&1 && pass "watch: rendered again after the crash" \
  || fail "watch: no PDF after the crash: $(cat watch.stdout watch.stderr)"
no_temporary_files . "watch"

# --- Ctrl-C still stops a batch (tests/e2e/interrupt_test.sh checks the rest) --------------------
make_batch long 200
env --default-signal=INT "$HANDOUT" build long -o long-out -j 2 >/dev/null 2>&1 &
builder=$!
for _ in $(seq 400); do [ -n "$(find long-out -name '*.pdf' -print -quit 2>/dev/null)" ] && break; sleep 0.025; done
kill -INT "$builder"
status=0
wait "$builder" || status=$?
[ "$status" -eq 130 ] && pass "Ctrl-C: exit 130" || fail "Ctrl-C: exit $status"
no_temporary_files long-out "Ctrl-C"
[ "$(find long-out -name '*.pdf' | wc -l)" -lt 200 ] && pass "Ctrl-C: stopped mid-way" \
  || fail "Ctrl-C: the batch was finished"

finish
