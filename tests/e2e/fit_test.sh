# Copyfitting: a template's `fit` and --fit-pages shrink a document just enough to fit its page
# budget and say which steps they took; a document that cannot fit fails, saying by how much.
source "$(dirname "$0")/lib.sh"

# The cheat sheet with its sections repeated TIMES: more than one sheet at full size.
repeated_cheat_sheet() {
  python3 - "$SOURCE_DIR/data/cli-cheat-sheet.yaml" "$1" "$2" <<'PY'
import sys, yaml
source, times, target = sys.argv[1], int(sys.argv[2]), sys.argv[3]
data = yaml.safe_load(open(source))
data["sections"] = data["sections"] * times
yaml.safe_dump(data, open(target, "w"), sort_keys=False)
PY
}
pages_of() { pdfinfo "$1" | awk '/^Pages:/ { print $2 }'; }

repeated_cheat_sheet 3 "$WORK/three.yaml"
expect_exit 0 "reference sheet: three times the cheat sheet" -- \
  "$HANDOUT" render "$WORK/three.yaml" -t reference-sheet -o "$WORK/three.pdf" &&
  expect_in "$WORK/stdout" "fitted: text size" "reference sheet: the steps taken are printed"
[ "$(pages_of "$WORK/three.pdf")" = 2 ] && pass "reference sheet: one sheet, both sides" ||
  fail "reference sheet: $(pages_of "$WORK/three.pdf") pages, expected 2"
# The same without the budget's shrinking is longer: the fit did the work.
sed '/^fit:/,/^$/d' "$SOURCE_DIR/templates/reference-sheet.yaml" >"$WORK/unfitted.yaml"
cp -r "$SOURCE_DIR/templates/partials" "$WORK/partials" 2>/dev/null || true
expect_exit 0 "reference sheet without fit" -- "$HANDOUT" render "$WORK/three.yaml" \
  -t "$WORK/unfitted.yaml" -o "$WORK/unfitted.pdf"
[ "$(pages_of "$WORK/unfitted.pdf")" -gt 2 ] && pass "without fit: more than 2 pages" ||
  fail "without fit: $(pages_of "$WORK/unfitted.pdf") pages"

repeated_cheat_sheet 6 "$WORK/six.yaml"
expect_exit 1 "reference sheet: six times the cheat sheet cannot fit" -- \
  "$HANDOUT" render "$WORK/six.yaml" -t reference-sheet -o "$WORK/six.pdf" &&
  expect_in "$WORK/stderr" "more than the template's fit (2) allows, even with every fit step at its limit (text size 85%, leading 92%, figures 60%, 4 columns)" \
    "over budget: the steps at their limits" &&
  expect_in "$WORK/stderr" "reference-sheet.yaml:" "over budget: the template's position"
[ -e "$WORK/six.pdf" ] && fail "over budget: a PDF was written"

# --fit-pages over a template without fit: the default steps.
expect_exit 0 "--fit-pages 3 on the cheat sheet's three pages" -- "$HANDOUT" render \
  "$SOURCE_DIR/data/cli-cheat-sheet.yaml" -t handout --fit-pages 3 -o "$WORK/three-pages.pdf"
grep -q "fitted" "$WORK/stdout" && fail "--fit-pages 3: steps taken where none were needed"
expect_exit 1 "--fit-pages 1 on the example" -- "$HANDOUT" render \
  "$SOURCE_DIR/data/rust-is-used-for.yaml" --fit-pages 1 -o "$WORK/one.pdf" &&
  expect_in "$WORK/stderr" "more than --fit-pages 1 allows" "--fit-pages: named in the error"
expect_exit 2 "--fit-pages 0" -- "$HANDOUT" render "$SOURCE_DIR/data/rust-is-used-for.yaml" \
  --fit-pages 0 && expect_in "$WORK/stderr" "--fit-pages takes a number of pages" "--fit-pages 0"

# A batch report lists the steps per document.
mkdir -p "$WORK/batch" && cp "$WORK/three.yaml" "$WORK/batch/"
expect_exit 0 "build with a fitted document" -- "$HANDOUT" build "$WORK/batch" \
  -t reference-sheet -o "$WORK/batch-out" --report "$WORK/report.json" --quiet
python3 - "$WORK/report.json" <<'PY' && pass "report: fit steps" || fail "report: no fit steps"
import json, sys
document = json.load(open(sys.argv[1]))["documents"][0]
assert any(step.startswith("text size") for step in document["fit"]), document["fit"]
PY
finish
