# handout build: many documents in one process, keep-going, report, depfile, shards, --each.
source "$(dirname "$0")/lib.sh"

# A batch of 12 good documents in two folders and 2 bad ones. The ones in data/sub reach the
# figure in data/ (../rust-is-used-for.png), so the builds that include them pass --root data.
mkdir -p "$WORK/data/sub"
cp "$SOURCE_DIR/data/rust-is-used-for.png" "$WORK/data/"
for i in 01 02 03 04 05 06 07 08; do
  sed "s/^title: .*/title: Handout $i/" "$SOURCE_DIR/data/rust-is-used-for.yaml" >"$WORK/data/doc$i.yaml"
done
for i in 1 2 3 4; do
  sed "s/^title: .*/title: Sub $i/; s|path: rust-is-used-for.png|path: ../rust-is-used-for.png|" \
    "$SOURCE_DIR/data/rust-is-used-for.yaml" >"$WORK/data/sub/s$i.yaml"
done
printf 'title: [unclosed\n' >"$WORK/data/bad1.yaml"
printf 'title: Broken figure\nfigure:\n  path: missing.png\n  caption: x\nitems: []\n' \
  >"$WORK/data/bad2.yaml"
cd "$WORK"

# Keep going: the good ones are built, the bad ones reported, exit 1 (bad input).
expect_exit 1 "build with bad documents keeps going" -- \
  "$HANDOUT" build data -j 3 --report report.json --depfile deps.d --root data
count=$(find output -name '*.pdf' | wc -l)
[ "$count" -eq 12 ] && pass "12 good documents built" || fail "built $count documents, not 12"
[ -s output/sub/s3.pdf ] && pass "folder structure kept" || fail "no output/sub/s3.pdf"
expect_in "$WORK/stderr" "FAIL data/bad1.yaml" "failed document named"
expect_in "$WORK/stderr" "data/bad1.yaml:1:8: error:" "its diagnostics as render prints them"
expect_in "$WORK/stderr" "data/bad2.yaml:3:9: error: cannot read figure" "the second failure too"
expect_in "$WORK/stdout" "ok  output/doc01.pdf  2 pages" "non-TTY: one line per document"
expect_in "$WORK/stdout" "built 12 of 14 documents, 2 failed" "summary line"
grep -q $'\033' stdout stderr && fail "colour codes when not on a terminal" || pass "no colour when piped"

# The report is valid JSON with every document in input order and the totals.
python3 -m json.tool report.json >/dev/null && pass "report is valid JSON" || fail "report is not JSON"
python3 - report.json <<'PY' && pass "report content" || fail "report content"
import json, sys
r = json.load(open(sys.argv[1]))
docs = r["documents"]
assert [d["source"] for d in docs][:3] == ["data/bad1.yaml", "data/bad2.yaml", "data/doc01.yaml"], docs
assert r["totals"]["documents"] == 14 and r["totals"]["ok"] == 12 and r["totals"]["failed"] == 2
ok = docs[2]
assert ok["status"] == "ok" and ok["pages"] == 2 and ok["bytes"] > 1000 and ok["output"] == "output/doc01.pdf"
assert any(i.endswith("handout.yaml") for i in ok["inputs"]) and any(i.endswith(".ttf") for i in ok["inputs"])
assert "data/rust-is-used-for.png" in ok["inputs"]
bad = docs[1]
assert bad["status"] == "failed" and bad["errors"][0]["line"] == 3 and bad["errors"][0]["file"] == "data/bad2.yaml"
assert r["totals"]["pages"] == sum(d["pages"] for d in docs)
PY

# Depfile: one rule per built output, with data, template, figure and fonts.
grep -q '^output/sub/s1.pdf: data/sub/s1.yaml .*handout.yaml .*data/rust-is-used-for.png .*NotoSans-Regular.ttf' deps.d \
  && pass "depfile rule" || fail "depfile: $(head -c 400 deps.d)"
[ "$(wc -l <deps.d)" -eq 12 ] && pass "depfile: one rule per output" || fail "depfile lines: $(wc -l <deps.d)"
grep -q "bad1" deps.d && fail "depfile names a failed document" || pass "depfile leaves out failures"

# Batch output is byte-identical to single renders.
"$HANDOUT" render data/doc03.yaml -o single.pdf -q
cmp -s single.pdf output/doc03.pdf && pass "batch output identical to a single render" \
  || fail "batch and single render differ"
"$HANDOUT" build data/doc0*.yaml -o one-thread -j 1 -q >/dev/null
cmp -s one-thread/doc05.pdf output/doc05.pdf && pass "-j 1 and -j 3 identical" || fail "-j changes bytes"

# --fail-fast: stops starting documents after the first failure (one worker: deterministic).
expect_exit 1 "--fail-fast" -- "$HANDOUT" build data -j 1 --fail-fast -o ff --report ff.json
python3 -c "
import json; r = json.load(open('ff.json'))
assert r['totals']['failed'] == 1 and r['totals']['ok'] == 0 and r['totals']['skipped'] == 13, r['totals']
" && pass "fail-fast started nothing after the failure" || fail "fail-fast totals"

# --quiet: only errors and the summary.
expect_exit 1 "--quiet" -- "$HANDOUT" build data -q -o quiet --root data
[ "$(wc -l <stdout)" -eq 1 ] && pass "--quiet prints just the summary" || fail "--quiet printed: $(cat stdout)"

# check over a batch validates everything and writes nothing.
mkdir checkdir && cd checkdir
expect_exit 1 "check over a batch" -- "$HANDOUT" check ../data --root ../data
expect_in "$WORK/stdout" "checked 12 of 14 documents, 2 failed" "check summary"
[ -z "$(find . -type f)" ] && pass "check wrote nothing" || fail "check wrote: $(find . -type f)"
cd "$WORK"

# Globs handout expands itself (quoted), and a pattern that matches nothing.
expect_exit 0 "quoted glob" -- "$HANDOUT" build 'data/doc0[12].yaml' -o globbed
[ -s globbed/doc01.pdf ] && [ -s globbed/doc02.pdf ] && [ ! -e globbed/doc03.pdf ] \
  && pass "glob expanded" || fail "glob: $(ls globbed)"
expect_exit 1 "glob without matches" -- "$HANDOUT" build 'data/none*.yaml'

# Shards 1..N for N = 1..4 are disjoint and cover the good documents.
for n in 1 2 3 4; do
  rm -rf shards && mkdir shards
  for k in $(seq 1 "$n"); do
    "$HANDOUT" build data/doc*.yaml data/sub --shard "$k/$n" -o "shards/$k" -q --root data \
      >shard.out
    grep -q "shard $k/$n" shard.out || fail "summary does not name shard $k/$n: $(cat shard.out)"
  done
  all=$(cd shards && find . -name '*.pdf' | sed 's|^\./[0-9]*/||' | sort)
  unique=$(echo "$all" | sort -u | wc -l)
  total=$(echo "$all" | wc -l)
  [ "$total" -eq 12 ] && [ "$unique" -eq 12 ] && pass "N=$n shards disjoint and covering" \
    || fail "N=$n: $total outputs, $unique distinct"
done
CI_NODE_INDEX=2 CI_NODE_TOTAL=3 "$HANDOUT" build data/doc*.yaml --shard auto -o auto -q \
  --report auto.json >auto.out
[ "$(find auto -name '*.pdf' | wc -l)" -eq 3 ] && pass "--shard auto from GitLab variables" \
  || fail "auto shard built $(find auto -name '*.pdf' | wc -l)"
python3 -c "import json; s = json.load(open('auto.json'))['shard']; assert s['index'] == 2 and s['total'] == 3" \
  && pass "report names the shard" || fail "report shard"
expect_exit 2 "--shard auto without variables" -- env -u CI_NODE_INDEX -u JOB_COMPLETION_INDEX \
  "$HANDOUT" build data --shard auto
expect_in "$WORK/stderr" "CI_NODE_INDEX" "the error names the variables"
JOB_COMPLETION_INDEX=0 "$HANDOUT" build data/doc*.yaml --shard auto --shard-total 4 -o k8s -q >/dev/null
[ "$(find k8s -name '*.pdf' | wc -l)" -eq 2 ] && pass "Kubernetes index with --shard-total" \
  || fail "k8s shard"

# --each: one PDF per record, named by --name; collisions refused before rendering.
cat >course.yaml <<'YAML'
title: Course
author: Ann Example
items: []
lessons:
  - title: "Intro: Why Rust?"
    items: [{heading: A, description: a}]
  - title: Ownership & Borrowing
    items: [{heading: B, description: b}]
YAML
expect_exit 0 "--each" -- "$HANDOUT" build course.yaml --each lessons --name "{{slug title}}" -o each
[ -s each/intro-why-rust.pdf ] && [ -s each/ownership-borrowing.pdf ] && pass "--each names" \
  || fail "--each outputs: $(ls each)"
pdfinfo each/ownership-borrowing.pdf | has_line "Author: *Ann Example" \
  && pass "records inherit top-level fields" || fail "author not inherited"
printf '  - title: intro why rust\n' >>course.yaml
expect_exit 2 "--each collision" -- "$HANDOUT" build course.yaml --each lessons --name "{{slug title}}" -o collide
expect_in "$WORK/stderr" "two documents would be written to 'collide/intro-why-rust.pdf'" "collision named"
expect_in "$WORK/stderr" "(record 1) and course.yaml (record 3)" "both sources named"
[ ! -e collide ] && pass "nothing rendered on a collision" || fail "rendered despite collision"

# On a terminal: a progress bar and colour; NO_COLOR (any value, even empty) turns colour off.
if command -v script >/dev/null; then
  script -qec "$HANDOUT build data -o tty" /dev/null >tty.out 2>&1 || true
  grep -q 'docs/s' tty.out && pass "progress bar on a terminal" || fail "no bar: $(cat -v tty.out | head -5)"
  grep -q $'\033\\[1;31mFAIL' tty.out && pass "colour on a terminal" || fail "no colour on a TTY"
  NO_COLOR= script -qec "$HANDOUT build data -o tty2" /dev/null >tty2.out 2>&1 || true
  grep -q $'\033\\[[0-9;]*m' tty2.out && fail "colour despite NO_COLOR" || pass "NO_COLOR honoured"
fi

# render --depfile.
expect_exit 0 "render --depfile" -- "$HANDOUT" render data/doc01.yaml -o "out dir/a#1.pdf" --depfile one.d
grep -q '^out\\ dir/a\\#1.pdf: data/doc01.yaml ' one.d && pass "render depfile, escaped" \
  || fail "render depfile: $(cat one.d)"

finish
