# Warnings: each reported once with its position; --werror makes them errors that stop their own
# document before anything is written (render, check, build per document, watch).
source "$(dirname "$0")/lib.sh"
cd "$WORK"

long_word=$(printf '0123456789%.0s' $(seq 20))
# A figure stretched far past its pixels, a word wider than the column (twice in one text) and
# the same missing character in two items.
python3 "$SOURCE_DIR/tests/e2e/grey_png.py" small.png 96 48
cat >warned.yaml <<EOF
title: Warnings
figure:
  path: small.png
items:
  - heading: One
    description: The key $long_word and again $long_word, in 中.
  - heading: Two
    description: More 中 here.
EOF
printf 'title: Clean\nitems:\n  - heading: One\n    description: Nothing to say.\n' >clean.yaml

# count TEXT FILE: how many lines of FILE hold TEXT.
count() { grep -cF -- "$1" "$2" || true; }

expect_exit 0 "warnings alone do not fail a render" -- "$HANDOUT" render warned.yaml -o out/warned.pdf
[ -s out/warned.pdf ] && pass "the PDF is written" || fail "no PDF despite only warnings"
expect_in stderr "warned.yaml:3:9: warning: figure 'small.png' is printed at 15 dpi" \
  "figure below print resolution, at the figure's path"
expect_in stderr "hint: use an image at least 981 pixels wide" "the pixels needed"
expect_in stderr "warned.yaml:6:18: warning: the word '0123456789" "broken word, at its text"
expect_in stderr "warned.yaml:6:18: warning: the font 'NotoSans-Regular' has no glyph for U+4E2D" \
  "missing glyph, at its first text"
[ "$(count "warning: the word" stderr)" -eq 1 ] && pass "a word broken twice: one warning" \
  || fail "the broken word was reported $(count "warning: the word" stderr) times"
[ "$(count "no glyph for U+4E2D" stderr)" -eq 1 ] && pass "a glyph missing twice: one warning" \
  || fail "the missing glyph was reported $(count "no glyph for U+4E2D" stderr) times"
[ "$(count "is printed at" stderr)" -eq 1 ] && pass "one figure: one resolution warning" \
  || fail "the figure was reported $(count "is printed at" stderr) times"

# --werror: the same warnings as errors, exit 1, the earlier PDF left as it was.
cp out/warned.pdf earlier.pdf
expect_exit 1 "render --werror fails on warnings" -- \
  "$HANDOUT" render warned.yaml -o out/warned.pdf --werror
expect_in stderr "warned.yaml:3:9: error: figure 'small.png' is printed at 15 dpi: its 96 pixels" \
  "the warning is printed as an error"
expect_in stderr "(a warning, an error under --werror)" "and says why it is one"
grep -q ": warning:" stderr && fail "a warning was left a warning under --werror" \
  || pass "no warning is left"
cmp -s out/warned.pdf earlier.pdf && pass "the earlier PDF is unchanged" \
  || fail "render --werror changed the earlier PDF"
expect_exit 0 "--werror passes a clean document" -- \
  "$HANDOUT" render clean.yaml -o out/clean.pdf --werror
[ -s out/clean.pdf ] && pass "the clean PDF is written" || fail "no clean PDF under --werror"
expect_exit 1 "check --werror" -- "$HANDOUT" check warned.yaml --werror
expect_exit 0 "check without --werror" -- "$HANDOUT" check warned.yaml

# build --werror: per document; the clean one is built, the warned one fails and is not written.
expect_exit 1 "build --werror" -- \
  "$HANDOUT" build clean.yaml warned.yaml -o batch --werror --report report.json
[ -s batch/clean.pdf ] && pass "build: the clean document is written" || fail "no batch/clean.pdf"
[ -e batch/warned.pdf ] && fail "build: the warned document was written" \
  || pass "build: the warned document is not written"
expect_in stderr "FAIL warned.yaml" "build: the warned document failed"
python3 - report.json <<'PY' && pass "report: warnings listed as errors" || fail "report content"
import json, sys
documents = {d["source"]: d for d in json.load(open(sys.argv[1]))["documents"]}
warned, clean = documents["warned.yaml"], documents["clean.yaml"]
assert warned["status"] == "failed" and warned["warnings"] == [], warned
assert all(e["message"].endswith("(a warning, an error under --werror)") for e in warned["errors"])
assert len(warned["errors"]) == 3, warned["errors"]  # dpi, missing character, word
assert clean["status"] == "ok" and clean["errors"] == [], clean
PY
expect_exit 0 "build without --werror" -- "$HANDOUT" build clean.yaml warned.yaml -o batch2
[ -s batch2/warned.pdf ] && pass "build: warnings alone do not fail a document" \
  || fail "no batch2/warned.pdf"

# watch --werror: the render fails, nothing is written, and watching goes on.
"$HANDOUT" watch warned.yaml -o out/watched.pdf --werror >watch.out 2>watch.err &
watcher=$!
for _ in $(seq 100); do grep -q "watching for changes" watch.out && break; sleep 0.1; done
grep -qF "(a warning, an error under --werror)" watch.err && pass "watch --werror: reported" \
  || fail "watch --werror: no error in $(cat watch.err)"
[ -e out/watched.pdf ] && fail "watch --werror: a PDF was written" \
  || pass "watch --werror: nothing written"
kill -0 "$watcher" 2>/dev/null && pass "watch --werror: still watching" \
  || fail "watch --werror: stopped"
kill -INT "$watcher"
wait "$watcher" || true

finish
