# The bundled example printed three ways, as README.md and docs/printing.md ("Printing the
# example") show it: a one-sheet reference, a booklet and cards. Read back: page counts and sizes,
# the booklet's page order from the footers' positions, the cards on each sheet, the cut marks.
source "$(dirname "$0")/lib.sh"

example="$SOURCE_DIR/data/rust-is-used-for.yaml"
facts() { python3 "$SOURCE_DIR/tests/e2e/print_facts.py" "$@"; }
# expect_equal ACTUAL EXPECTED DESCRIPTION
expect_equal() {
  if [ "$1" = "$2" ]; then pass "$3"; else fail "$3: got '$1', expected '$2'"; fi
}
# The "Page N size: W x H pts" lines of PDF's pages 1..N, as "W x H" each on one line.
sizes_of() {
  pdfinfo -f 1 -l "$2" "$1" | sed -n 's/^Page *[0-9]* size: *\([0-9.]* x [0-9.]*\) pts.*/\1/p' |
    tr '\n' ' '
}
pages_of() { pdfinfo "$1" | awk '/^Pages:/ { print $2 }'; }
qpdf_clean() {
  qpdf --check "$1" >/dev/null 2>&1 && pass "$2: qpdf --check" || fail "$2: $(qpdf --check "$1" 2>&1)"
}
# Every item's heading of the example is somewhere in the text of PDF (lines joined).
expect_all_headings() {
  pdftotext "$1" - | tr -s ' \n' ' ' >"$WORK/text"
  python3 - "$example" "$WORK/text" <<'PY' && pass "$2: all 24 headings" || fail "$2: headings missing"
import sys, yaml
headings = [item["heading"] for item in yaml.safe_load(open(sys.argv[1]))["items"]]
text = open(sys.argv[2]).read()
missing = [heading for heading in headings if heading not in text]
if missing: print("missing:", ", ".join(missing), file=sys.stderr)
sys.exit(len(headings) != 24 or bool(missing))
PY
}

# --- a one-sheet reference: within the template's fit (2 pages), in fact on one side --------
expect_exit 0 "reference sheet" -- "$HANDOUT" render "$example" -t reference-sheet \
  -o "$WORK/reference.pdf"
grep -q "fitted" "$WORK/stdout" && fail "reference sheet: a fit step was taken: $(cat "$WORK/stdout")"
expect_equal "$(pages_of "$WORK/reference.pdf")" 1 "reference sheet: one side of the 2-page budget"
expect_equal "$(sizes_of "$WORK/reference.pdf" 1)" "841.89 x 595.276 " "reference sheet: A4 landscape"
expect_all_headings "$WORK/reference.pdf" "reference sheet"
expect_equal "$(python3 "$SOURCE_DIR/tests/e2e/pdf_facts.py" columns "$WORK/reference.pdf" 28 34)" \
  3 "reference sheet: three columns"
qpdf_clean "$WORK/reference.pdf" "reference sheet"

# --- a booklet: the handout on A5 pages, four of them, on one A4 sheet -----------------------
expect_exit 0 "booklet" -- "$HANDOUT" render "$example" --page-size A5 --impose booklet \
  -o "$WORK/booklet.pdf"
expect_equal "$(pages_of "$WORK/booklet.pdf")" 2 "booklet: one sheet, two sides"
expect_equal "$(sizes_of "$WORK/booklet.pdf" 2)" "839.055 x 595.276 839.055 x 595.276 " \
  "booklet: two A5 pages to an A4 landscape side (2 x 148 mm)"
# 4|1 then 2|3, read from the footers "Page N of 4".
expect_equal "$(facts page-numbers "$WORK/booklet.pdf" | tr '\n' ' ')" "4|1 2|3 " \
  "booklet: saddle-stitch order read from the footers"
words() { python3 "$SOURCE_DIR/tests/e2e/pdf_facts.py" words "$WORK/booklet.pdf" "$1"; }
title_x=$(words 1 | awk '$3 == "Rust" && $2 < 60 { print int($1); exit }')  # the title, at the top
last_x=$(words 1 | awk '$3 == "WebAssembly" { x = int($1) } END { print x }')
[ "${title_x:-0}" -gt 420 ] && pass "booklet: the title on the front cover, the right half" ||
  fail "booklet: the title at x=$title_x"
[ -n "$last_x" ] && [ "$last_x" -lt 420 ] &&
  pass "booklet: the last item on page 4, the back cover, the left half" ||
  fail "booklet: the last item at x=$last_x"
expect_all_headings "$WORK/booklet.pdf" "booklet"
qpdf_clean "$WORK/booklet.pdf" "booklet"

# --- cards: 24 items, eight to a sheet, cut marks in the margins ----------------------------
expect_exit 0 "cards" -- "$HANDOUT" render "$example" -t cards --impose cards -o "$WORK/cards.pdf"
expect_equal "$(sizes_of "$WORK/cards.pdf" 3)" "595.276 x 841.89 595.276 x 841.89 595.276 x 841.89 " \
  "cards: three A4 sheets, no back sheets (no item has a back)"
expect_equal "$(pages_of "$WORK/cards.pdf")" 3 "cards: three sheets in all"
# The card grid: 10mm margins left and right, 12mm top and bottom, 2 x 4 cards.
expect_equal "$(python3 "$SOURCE_DIR/tests/e2e/pdf_facts.py" cells "$WORK/cards.pdf" \
  28.35 34.02 28.35 34.02 2 4)" "8 8 8" "cards: eight cards holding text on each sheet"
expect_all_headings "$WORK/cards.pdf" "cards"
# A cut mark in the left margin where the first and second rows meet (y = 12mm + one card's
# 68.25mm = 227.5pt); none halfway down a card. Unimposed, the margin is empty.
expect_equal "$(facts darkest "$WORK/cards.pdf" 1 2 222 24 12)" 0 "cards: a cut mark at a card edge"
expect_equal "$(facts darkest "$WORK/cards.pdf" 1 2 120 24 12)" 255 "cards: none inside a card"
expect_exit 0 "cards unimposed" -- "$HANDOUT" render "$example" -t cards -o "$WORK/plain.pdf"
expect_equal "$(facts darkest "$WORK/plain.pdf" 1 2 222 24 12)" 255 "cards unimposed: no cut marks"
qpdf_clean "$WORK/cards.pdf" "cards"
finish
