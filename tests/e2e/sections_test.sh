# A handout that uses every part of the data format: subtitle, author, date, language, intro
# paragraphs, two figures (JPEG and PNG with alpha) and titled sections.
source "$(dirname "$0")/lib.sh"

data="$SOURCE_DIR/tests/fixtures/workshop/workshop.yaml"
pdf="$WORK/workshop.pdf"
expect_exit 0 "render the workshop handout" -- "$HANDOUT" render "$data" -o "$pdf"
qpdf --check "$pdf" >/dev/null 2>&1 && pass "qpdf --check" || fail "qpdf --check: $(qpdf --check "$pdf" 2>&1)"

pdfinfo "$pdf" >"$WORK/info"
expect_in "$WORK/info" "Author:          Zoë Ångström" "Author metadata"
expect_in "$WORK/info" "Subject:         Hands-on typesetting with handout" "Subject metadata"
expect_in "$WORK/info" "CreationDate:" "CreationDate from the data's date"

pdftotext "$pdf" - 2>"$WORK/err" | tr -s ' \n' ' ' >"$WORK/text"
[ -s "$WORK/err" ] && fail "pdftotext warnings: $(cat "$WORK/err")"
expect_in "$WORK/text" "Notes for the afternoon session" "subtitle"
expect_in "$WORK/text" "Zoë Ångström · 2026-11-24" "byline: author and date"
expect_in "$WORK/text" "Greek (αβγ), Cyrillic (Привет) and accents (café, naïve)" "non-Latin text"
expect_in "$WORK/text" "Warming up Install the tool Run scripts/run.sh" "section, heading, description"

[ "$(pdfimages -list "$pdf" | awk '$3 == "image"' | wc -l)" -eq 2 ] && pass "two figures" \
  || fail "expected two figures: $(pdfimages -list "$pdf")"
pdfimages -list "$pdf" | has_line " jpeg " && pass "the JPEG is passed through" \
  || fail "the JPEG was re-encoded"
pdfimages -list "$pdf" | has_line "smask" && pass "the PNG keeps its transparency" \
  || fail "no soft mask for the PNG"

# Outline: two sections with two items each.
qpdf --json --json-key=outlines "$pdf" >"$WORK/outline.json"
[ "$(grep -c '"title":' "$WORK/outline.json")" -eq 6 ] && pass "outline: 2 sections + 4 items" \
  || fail "outline entries: $(grep '"title":' "$WORK/outline.json")"
finish
