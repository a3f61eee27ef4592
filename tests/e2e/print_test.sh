# Print production (docs/printing.md): imposition read back from the sheets, page boxes, crop
# marks and bleed seen in pixels, duplex blank pages and outer page numbers, card backs.
source "$(dirname "$0")/lib.sh"

# A copy, so that the documents written into $WORK may read the fixtures' templates and figures
# under their own root folder.
fixtures="$WORK/print"
cp -R "$SOURCE_DIR/tests/fixtures/print" "$fixtures"
facts() { python3 "$SOURCE_DIR/tests/e2e/print_facts.py" "$@"; }
words() { python3 "$SOURCE_DIR/tests/e2e/pdf_facts.py" words "$@"; }
# expect_equal ACTUAL EXPECTED DESCRIPTION
expect_equal() {
  if [ "$1" = "$2" ]; then pass "$3"; else fail "$3: got '$1', expected '$2'"; fi
}
# expect_between VALUE LOW HIGH DESCRIPTION (whole numbers)
expect_between() {
  if [ "$1" -ge "$2" ] && [ "$1" -le "$3" ]; then pass "$4 ($1)"; else fail "$4: $1 not in $2..$3"; fi
}
# The x of the first word TEXT on PAGE of PDF.
x_of() { words "$1" "$2" | awk -v text="$3" '$3 == text { print int($1); exit }'; }

# --- imposition: page order read back from the text positions --------------------------------
pages="$fixtures/pages.yaml"  # eight A5 pages, the heading of page N is pN
expect_exit 0 "booklet of 8 pages" -- "$HANDOUT" render "$pages" --impose booklet -o "$WORK/booklet.pdf"
expect_equal "$(facts halves "$WORK/booklet.pdf" | tr '\n' ' ')" "8|1 2|7 6|3 4|5 " \
  "booklet sheet sides in saddle-stitch order"
pdfinfo "$WORK/booklet.pdf" >"$WORK/info"
expect_in "$WORK/info" "Page size:       839.055 x 595.276 pts" "a booklet sheet holds two A5 pages"

expect_exit 0 "2-up" -- "$HANDOUT" render "$pages" --impose 2up -o "$WORK/2up.pdf"
expect_equal "$(facts halves "$WORK/2up.pdf" | tr '\n' ' ')" "1|2 3|4 5|6 7|8 " "2-up in reading order"

# --page-size: the same eight pages at Half-Letter, two to a Letter sheet; the 2-up of
# a landscape size goes one above the other.
expect_exit 0 "2-up at --page-size Half-Letter" -- \
  "$HANDOUT" render "$pages" --page-size half-letter --impose 2up -o "$WORK/letter-2up.pdf"
pdfinfo "$WORK/letter-2up.pdf" >"$WORK/info"
expect_in "$WORK/info" "Page size:       792 x 612 pts (letter)" "two Half-Letter pages make a Letter sheet"
expect_equal "$(facts halves "$WORK/letter-2up.pdf" | tr '\n' ' ')" "1|2 3|4 5|6 7|8 " \
  "the pages still in reading order"
expect_exit 0 "--page-size A4" -- "$HANDOUT" render "$pages" --page-size A4 -o "$WORK/a4.pdf"
pdfinfo "$WORK/a4.pdf" >"$WORK/info"
expect_in "$WORK/info" "Page size:       595.276 x 841.89 pts (A4)" "the A5 template's pages at A4"

cat >"$WORK/five.yaml" <<YAML
template: $fixtures/pages-template.yaml
title: Five pages
items: [{heading: p1, description: a}, {heading: p2, description: b}, {heading: p3, description: c},
        {heading: p4, description: d}, {heading: p5, description: e}]
YAML
expect_exit 0 "2-up of an odd count" -- "$HANDOUT" render "$WORK/five.yaml" --impose 2up -o "$WORK/five.pdf"
expect_equal "$(facts halves "$WORK/five.pdf" | tr '\n' ' ')" "1|2 3|4 5|- " \
  "2-up: the last sheet has a blank half"
expect_exit 0 "booklet of 5 pages" -- "$HANDOUT" render "$WORK/five.yaml" --impose booklet \
  -o "$WORK/five-booklet.pdf"
expect_equal "$(facts halves "$WORK/five-booklet.pdf" | tr '\n' ' ')" "-|1 2|- -|3 4|5 " \
  "booklet: padded to 8 with blank pages"

# --- boxes: MediaBox, BleedBox and TrimBox --------------------------------------------------
sections="$fixtures/booklet.yaml"  # A5, 3mm bleed and a page colour in its template
expect_exit 0 "bleed from the template, with marks" -- "$HANDOUT" render "$sections" --marks \
  -o "$WORK/marks.pdf"
pdfinfo -box "$WORK/marks.pdf" >"$WORK/boxes"
# Trim 419.53 x 595.28; bleed 3mm (8.50pt); marks 3mm off the trim, 6mm long, 1mm to spare.
expect_in "$WORK/boxes" "MediaBox:            0.00     0.00   476.22   651.97" "MediaBox: trim + 10mm a side"
expect_in "$WORK/boxes" "BleedBox:           19.84    19.84   456.38   632.13" "BleedBox: trim + 3mm"
expect_in "$WORK/boxes" "TrimBox:            28.35    28.35   447.87   623.62" "TrimBox: the A5 page"
page_object=$(qpdf --show-pages "$WORK/marks.pdf" | awk '/^page 1:/ { print $3; exit }')
qpdf --show-object="$page_object" "$WORK/marks.pdf" >"$WORK/page-object"
expect_in "$WORK/page-object" "/TrimBox [ 28.34646 28.34646 447.87402 623.62207 ]" \
  "the page dictionary has its /TrimBox"
expect_in "$WORK/page-object" "/BleedBox [ 19.84252 19.84252 456.37796 632.12598 ]" \
  "the page dictionary has its /BleedBox"

expect_exit 0 "--bleed overrides the template" -- "$HANDOUT" render "$sections" --bleed 5mm \
  -o "$WORK/bleed5.pdf"
pdfinfo -box "$WORK/bleed5.pdf" >"$WORK/boxes5"
expect_in "$WORK/boxes5" "TrimBox:            14.17    14.17   433.70   609.45" "TrimBox 5mm in"
expect_in "$WORK/boxes5" "BleedBox:            0.00     0.00   447.87   623.62" "BleedBox = MediaBox"

expect_exit 0 "no print options" -- "$HANDOUT" render "$pages" -o "$WORK/plain.pdf"
pdfinfo -box "$WORK/plain.pdf" >"$WORK/plain-boxes"
expect_in "$WORK/plain-boxes" "TrimBox:             0.00     0.00   419.53   595.28" \
  "without bleed or marks the trim is the media"

# --- crop marks and bleed, in pixels (72 dpi: one pixel per point of the media) -------------
# The vertical mark above the top-left corner: at x 28.35, from 2.83 to 19.84 down.
expect_between "$(facts darkest "$WORK/marks.pdf" 1 26 4 5 14)" 0 100 "a crop mark above the trim"
expect_between "$(facts darkest "$WORK/marks.pdf" 1 4 26 14 5)" 0 100 "a crop mark left of the trim"
expect_equal "$(facts darkest "$WORK/marks.pdf" 1 0 0 18 18)" 255 "nothing else in the slug corner"
expect_equal "$(facts darkest "$WORK/plain.pdf" 1 0 0 30 30)" 255 "no marks without --marks"

expect_exit 0 "bleed without marks" -- "$HANDOUT" render "$sections" -o "$WORK/bleed.pdf"
# The banner bleeds off the top-left corner (its dark frame fills the bleed there); the page
# colour fills the bleed at the bottom.
expect_between "$(facts darkest "$WORK/bleed.pdf" 1 0 0 6 6)" 0 100 "the bleed figure reaches the media's corner"
expect_between "$(facts darkest "$WORK/bleed.pdf" 1 0 605 6 6)" 200 250 "the page colour reaches the bleed edge"

# --- duplex: blank pages before right-hand starts, page numbers on the outer edge -----------
expect_exit 0 "sections one-sided" -- "$HANDOUT" render "$sections" -o "$WORK/simplex.pdf"
expect_equal "$(pdfinfo "$WORK/simplex.pdf" | awk '/^Pages:/ { print $2 }')" 3 "one-sided: 3 pages"
expect_exit 0 "sections --duplex" -- "$HANDOUT" render "$sections" --duplex -o "$WORK/duplex.pdf"
expect_equal "$(pdfinfo "$WORK/duplex.pdf" | awk '/^Pages:/ { print $2 }')" 5 "duplex: 5 pages"
for page in 2 4; do
  expect_equal "$(pdftotext -f $page -l $page "$WORK/duplex.pdf" - | tr -d ' \n\f')" "" \
    "page $page is left blank (no footer either)"
done
pdftotext -f 3 -l 3 "$WORK/duplex.pdf" - >"$WORK/page3"
expect_in "$WORK/page3" "Second section" "the second section starts on page 3"
python3 "$SOURCE_DIR/tests/e2e/pdf_facts.py" outline "$WORK/duplex.pdf" >"$WORK/outline"
expect_in "$WORK/outline" "5	1	Third section" "the bookmark of the third section points at page 5"

expect_exit 0 "pages --duplex" -- "$HANDOUT" render "$pages" --duplex -o "$WORK/pages-duplex.pdf"
# A5 is 419.5pt wide: "Page N" ends at the right margin on odd pages, starts at the left on even.
expect_between "$(x_of "$WORK/pages-duplex.pdf" 1 Page)" 300 419 "page 1's number on the right (outer)"
expect_between "$(x_of "$WORK/pages-duplex.pdf" 2 Page)" 0 100 "page 2's number on the left (outer)"
expect_between "$(x_of "$WORK/pages-duplex.pdf" 1 p1)" 55 58 "page 1: the 20mm inner margin on the left"
expect_between "$(x_of "$WORK/pages-duplex.pdf" 2 p2)" 33 36 "page 2: mirrored, the 12mm outer margin on the left"

# --- booklet with links and bookmarks following their pages --------------------------------
expect_exit 0 "sections as a booklet" -- "$HANDOUT" render "$sections" --impose booklet \
  -o "$WORK/sections-booklet.pdf"
python3 "$SOURCE_DIR/tests/e2e/pdf_facts.py" outline "$WORK/sections-booklet.pdf" >"$WORK/outline"
# Pages 1..5 (+3 blank) on sides 8|1, 2|7, 6|3, 4|5: page 3 on sheet 3, page 5 on sheet 4.
expect_in "$WORK/outline" "3	1	Second section" "booklet: bookmark on the sheet of page 3"
expect_in "$WORK/outline" "4	1	Third section" "booklet: bookmark on the sheet of page 5"
qpdf --check "$WORK/sections-booklet.pdf" >/dev/null 2>&1 && pass "qpdf --check booklet" \
  || fail "qpdf --check: $(qpdf --check "$WORK/sections-booklet.pdf" 2>&1)"

# --- cards with backs -----------------------------------------------------------------------
cards="$fixtures/flash-cards.yaml"  # ten cards with backs: two sheets of eight
expect_exit 0 "flash cards imposed" -- "$HANDOUT" render "$cards" -t cards --impose cards \
  -o "$WORK/cards.pdf"
expect_equal "$(pdfinfo "$WORK/cards.pdf" | awk '/^Pages:/ { print $2 }')" 4 \
  "each front sheet is followed by its back sheet"
# Ownership is the first card: top left on the front, top right on the back (long-edge flip).
expect_between "$(x_of "$WORK/cards.pdf" 1 Ownership)" 28 60 "front: card 1 at the left"
expect_between "$(x_of "$WORK/cards.pdf" 2 Ownership)" 298 330 "back: card 1's back at the right"
expect_between "$(x_of "$WORK/cards.pdf" 2 Borrowing)" 28 60 "back: card 2's back at the left"
pdftotext -f 4 -l 4 "$WORK/cards.pdf" - | tr -s ' \n' ' ' >"$WORK/back2"
expect_in "$WORK/back2" "That together they cover every possible value." "the second back sheet"
expect_exit 0 "cards without backs" -- "$HANDOUT" render "$SOURCE_DIR/data/rust-is-used-for.yaml" \
  -t cards --impose cards -o "$WORK/cards-fronts.pdf"
expect_equal "$(pdfinfo "$WORK/cards-fronts.pdf" | awk '/^Pages:/ { print $2 }')" 3 \
  "no back sheets when no item has a back"

expect_exit 1 "cards need a card grid" -- "$HANDOUT" check "$pages" --impose cards
expect_in "$WORK/stderr" "--impose cards places the cards of a card grid, but the template's page has none" \
  "the message says why"
expect_exit 2 "a misspelt imposition" -- "$HANDOUT" render "$pages" --impose 2-up
expect_in "$WORK/stderr" "hint: did you mean '2up'?" "with a hint"
finish
