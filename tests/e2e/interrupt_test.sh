# Ctrl-C, SIGTERM and SIGHUP in the middle of a batch build: the exit status is the signal's
# (128 + N), no temporary file is left, every PDF present is complete, and an earlier output that
# was not rewritten yet is still there, byte for byte. (A temporary file lives for about a
# millisecond of each document's time, so a missing clean-up is caught in most runs, not all;
# tests/unit/app_interrupt_cleanup_test.cc checks the registry itself.)
source "$(dirname "$0")/lib.sh"

# 300 documents: a few seconds of work, so a signal sent once the first PDFs appear comes
# mid-way.
mkdir -p "$WORK/data"
cp "$SOURCE_DIR/data/rust-is-used-for.png" "$WORK/data/"
for i in $(seq -w 1 300); do
  sed "s/^title: .*/title: Handout $i/" "$SOURCE_DIR/data/rust-is-used-for.yaml" \
    >"$WORK/data/doc$i.yaml"
done
cd "$WORK"

# wait_for_pdf FOLDER: up to 10 s for a first PDF in FOLDER.
wait_for_pdf() {
  for _ in $(seq 400); do
    [ -n "$(find "$1" -name 'doc0*.pdf' -print -quit 2>/dev/null)" ] && return 0
    sleep 0.025
  done
  return 1
}

# interrupt SIGNAL STATUS: builds into out-SIGNAL/, sends SIGNAL once a PDF is there, and checks
# what it left.
interrupt() {
  local signal=$1 expected=$2 out="out-$1" status=0
  mkdir -p "$out" && printf 'an earlier output\n' >"$out/doc300.pdf"
  # A script's background job has SIGINT ignored; handout keeps ignored signals ignored, so
  # restore the defaults as an interactive shell's job would have them.
  env --default-signal=INT,TERM,HUP "$HANDOUT" build data -o "$out" -j 2 --report "$out.json" \
    >"$out.stdout" 2>"$out.stderr" &
  local pid=$!
  wait_for_pdf "$out" || fail "$signal: no PDF within 10 s"
  kill -s "$signal" "$pid"
  wait "$pid" || status=$?
  [ "$status" -eq "$expected" ] && pass "$signal: exit status $status" \
    || fail "$signal: exit status $status, expected $expected: $(head -c 300 "$out.stderr")"
  local written
  written=$(find "$out" -name 'doc*.pdf' ! -name doc300.pdf | wc -l)
  [ "$written" -ge 1 ] && [ "$written" -lt 299 ] && pass "$signal: stopped mid-way ($written PDFs)" \
    || fail "$signal: $written PDFs written, not a build stopped mid-way"
  local leftovers
  leftovers=$(find "$out" -name '.*.tmp-*')
  [ -z "$leftovers" ] && pass "$signal: no temporary file left" \
    || fail "$signal: temporary files left: $leftovers"
  [ ! -e "$out.json" ] && pass "$signal: no report of an unfinished build" \
    || fail "$signal: a report was written"
  local broken=0 pdf
  for pdf in "$out"/doc*.pdf; do
    [ "$pdf" = "$out/doc300.pdf" ] && continue
    qpdf --check "$pdf" >/dev/null 2>&1 || { broken=$((broken + 1)); fail "$signal: $pdf is broken"; }
  done
  [ "$broken" -eq 0 ] && pass "$signal: every PDF present is complete"
  [ "$(cat "$out/doc300.pdf")" = "an earlier output" ] \
    && pass "$signal: the earlier output not rebuilt yet is kept" \
    || fail "$signal: the earlier output was lost or replaced"
}

interrupt INT 130
interrupt TERM 143
interrupt HUP 129

# An ignored signal stays ignored (nohup, a script's background job): the build goes on.
(trap '' INT && exec "$HANDOUT" build 'data/doc0*.yaml' -o ignored -j 2 -q) &
pid=$!
wait_for_pdf ignored || fail "ignored: no PDF within 10 s"
kill -INT "$pid"
status=0
wait "$pid" || status=$?
built=$(find ignored -name '*.pdf' | wc -l)
[ "$status" -eq 0 ] && [ "$built" -eq 99 ] && pass "an ignored SIGINT is left ignored" \
  || fail "with SIGINT ignored: exit $status, $built of 99 PDFs"

finish
