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
# Cards with backs: a front too long for its card at full size makes the fronts two sheets;
# --fit-pages 1 shrinks the text, and the backs shrink with it, so that they match their fronts.
sentence="Every value has exactly one owner, which frees it when it goes out of scope."
{
  echo "title: Fitted cards"
  echo "items:"
  echo "  - {heading: Ownership, description: \"$(for _ in 1 2 3 4 5 6 7; do printf '%s ' "$sentence"; done)\","
  echo "     back: Backword one owner frees it.}"
  for card in 2 3 4 5 6 7 8; do
    echo "  - {heading: Card $card, description: \"A short question?\", back: Answer $card.}"
  done
} >"$WORK/cards.yaml"
# The height of the first word TEXT's box in PDF: the font size times the face's box height.
word_height() {
  pdftotext -bbox "$1" "$WORK/bbox.html" 2>/dev/null
  awk -v text="$2" -F'"' '$0 ~ ">" text "<" { print $8 - $4; exit }' "$WORK/bbox.html"
}
expect_exit 0 "cards at full size" -- "$HANDOUT" render "$WORK/cards.yaml" -t cards \
  --impose cards -o "$WORK/cards-full.pdf"
expect_exit 0 "cards fitted to one sheet" -- "$HANDOUT" render "$WORK/cards.yaml" -t cards \
  --impose cards --fit-pages 1 -o "$WORK/cards-fitted.pdf" &&
  expect_in "$WORK/stdout" "fitted: text size" "cards: the text size step was taken"
percent=$(sed -n 's/.*fitted: text size \([0-9]*\)%.*/\1/p' "$WORK/stdout")
[ "$(pages_of "$WORK/cards-fitted.pdf")" = 2 ] && pass "fitted cards: one sheet of fronts, one of backs" ||
  fail "fitted cards: $(pages_of "$WORK/cards-fitted.pdf") pages, expected 2"
full=$(word_height "$WORK/cards-full.pdf" Backword)
fitted=$(word_height "$WORK/cards-fitted.pdf" Backword)
# The back's words are as much smaller as the front's text size step says (within 1%).
if python3 -c 'import sys; full, fitted, percent = map(float, sys.argv[1:])
sys.exit(not (percent < 100 and abs(fitted / full - percent / 100) < 0.01))' \
  "$full" "$fitted" "${percent:-100}"; then
  pass "the back's text shrank with the front's ($fitted of $full, $percent%)"
else
  fail "the back's text: $fitted of $full, expected $percent%"
fi
finish
