# Every block kind and binding feature of the template language, rendered from the fixture
# template tests/fixtures/blocks/blocks.yaml and read back from the PDF: interpolation with a
# default, if/else, unless, each (index, number, first, last, alias, {{.}}), include (nested),
# lists, tables, contents, spacer, rule, callout, group, column and page breaks, QR codes.
source "$(dirname "$0")/lib.sh"
FACTS=(python3 "$SOURCE_DIR/tests/e2e/pdf_facts.py")
FIXTURES="$SOURCE_DIR/tests/fixtures/blocks"
PDF="$WORK/blocks.pdf"

expect_equal() {
  if [ "$1" = "$2" ]; then pass "$3 ($1)"; else fail "$3: got '$1', expected '$2'"; fi
}

# y (top) and x (left) of the first word WORD on PAGE
word_at() { "${FACTS[@]}" words "$PDF" "$1" | awk -F'\t' -v w="$2" '$3 == w {print $'"$3"'; exit}'; }

if ! expect_exit 0 "the blocks fixture renders" -- "$HANDOUT" render "$FIXTURES/data.yaml" \
  -t "$FIXTURES/blocks.yaml" -o "$PDF"; then
  finish
fi
qpdf --check "$PDF" >/dev/null 2>&1 && pass "qpdf --check" || fail "qpdf --check"
pdftotext -f 1 -l 1 -layout "$PDF" "$WORK/page1.txt"
pdftotext -f 2 -l 2 -layout "$PDF" "$WORK/page2.txt"

# Binding: each marker is on page 1 in the order of the body; the wrong branches are not.
expected="DEFAULT-FALLBACK|IF-SHOWN Ada Lovelace|ELSE-SHOWN|UNLESS-SHOWN|EACH-1-0-alpha|FIRST-alpha"
expected+="|EACH-2-1-beta|EACH-3-2-gamma|LAST-gamma|GROUP-HEAD|GROUP-BODY"
expected+="|INCLUDED-PARTIAL for Ada Lovelace|NESTED-INCLUDE"
found=$(grep -oE "$expected" "$WORK/page1.txt" | paste -sd'|')
expect_equal "$found" "$expected" \
  "default, if/else, unless, each (number, index, alias, first, last, .), group, include"
for wrong in IF-WRONG IF-ELSE-WRONG FIRST-beta LAST-beta; do
  grep -q "$wrong" "$WORK/page1.txt" "$WORK/page2.txt" && fail "'$wrong' was shown" \
    || pass "'$wrong' is not shown"
done

# Lists: numbered from a data path, bulleted from fixed entries.
for entry in "1. alpha" "2. beta" "3. gamma" "• FIXED-ONE" "• FIXED-TWO"; do
  grep -qF -- "$entry" "$WORK/page1.txt" && pass "list entry '$entry'" \
    || fail "list entry '$entry' not found"
done

# Table: the header row, then one row per element, cells side by side.
grep -qE "NAME-HEADER +COLOUR-HEADER" "$WORK/page1.txt" && pass "table header row" \
  || fail "no table header row"
grep -qE "Apple +red" "$WORK/page1.txt" && grep -qE "Banana +yellow" "$WORK/page1.txt" \
  && pass "table rows" || fail "table rows not found"

# Spacer: at least its 20mm between the paragraphs around it.
gap=$(awk -v a="$(word_at 1 BEFORE-SPACER 2)" -v b="$(word_at 1 AFTER-SPACER 2)" \
  'BEGIN { print (b - a >= 20 * 72 / 25.4) ? "20mm or more" : b - a }')
expect_equal "$gap" "20mm or more" "spacer: the space between the paragraphs"

# Rule and callout: a red 1pt line and a grey filled, bordered box in the page's content.
qpdf --qdf --object-streams=disable "$PDF" "$WORK/blocks-qdf.pdf"
grep -aqE "^1 0 0 RG" "$WORK/blocks-qdf.pdf" && pass "rule: stroked in red" \
  || fail "rule: no red stroke colour in the content stream"
grep -aqE "^0\.93[0-9]* 0\.93[0-9]* 0\.93[0-9]* rg" "$WORK/blocks-qdf.pdf" \
  && pass "callout: grey background" || fail "callout: no #eeeeee fill in the content stream"

# Column break: the next paragraph starts the second column; page break: the next page.
x=$(word_at 1 AFTER-COLUMN-BREAK 1)
awk -v x="$x" 'BEGIN { exit !(x > 595.28 / 2) }' && pass "column-break: second column (x $x)" \
  || fail "column-break: AFTER-COLUMN-BREAK at x '$x', not in the second column"
grep -q AFTER-PAGE-BREAK "$WORK/page2.txt" && ! grep -q AFTER-PAGE-BREAK "$WORK/page1.txt" \
  && pass "page-break: the rest is on page 2" || fail "page-break: AFTER-PAGE-BREAK not on page 2"

# Contents: each entry's number is its heading's page, and each entry is a link there.
if "${FACTS[@]}" toc "$PDF" 1 >"$WORK/toc" 2>"$WORK/toc-error"; then
  expect_equal "$(paste -sd'|' "$WORK/toc")" "$(printf '1\tLists|1\tTables|2\tLast page')" \
    "toc: entries and page numbers"
else
  fail "toc: $(cat "$WORK/toc-error")"
fi
expect_equal "$("${FACTS[@]}" links "$PDF" | awk -F'\t' '$1 == 1 {print $2}' | paste -sd' ')" \
  "goto 1 goto 1 goto 2" "toc: entries link to their headings' pages"

# QR code: decoded back to the data's URL.
QR_PDF="$WORK/qr.pdf"
if expect_exit 0 "a QR code renders" -- "$HANDOUT" render "$FIXTURES/data.yaml" \
  -t "$FIXTURES/qr-code.yaml" -o "$QR_PDF"; then
  pdftoppm -r 150 -png -f 1 -l 1 "$QR_PDF" "$WORK/qr"
  if command -v zbarimg >/dev/null; then
    decoded=$(zbarimg -q --raw "$WORK"/qr-1.png 2>/dev/null || true)
    expect_equal "$decoded" "https://example.org/handout" "qr-code: decodes to the URL"
  else
    fail "qr-code: zbarimg (zbar-tools) is needed to decode the code"
  fi
fi

finish
