# The body language end to end: a template using every block kind (tests/fixtures/body)
# rendered by the real binary and read back from the PDF.
source "$(dirname "$0")/lib.sh"

fixtures="$SOURCE_DIR/tests/fixtures/body"
pdf="$WORK/blocks.pdf"
expect_exit 0 "render every block kind" -- \
  "$HANDOUT" render "$fixtures/data.yaml" -t "$fixtures/blocks.yaml" -o "$pdf"
qpdf --check "$pdf" >/dev/null 2>&1 && pass "qpdf --check" || fail "qpdf --check"

pdftotext -f 1 -l 1 "$pdf" - | tr -s ' \n' ' ' >"$WORK/page1"
pdftotext -f 2 -l 2 "$pdf" - | tr -s ' \n' ' ' >"$WORK/page2"
expect_in "$WORK/page1" "• alpha • beta" "bulleted list from a list of scalars"
expect_in "$WORK/page1" "1. Audio: Sound processing. 2. Web: Pages and services." "numbered list"
expect_in "$WORK/page1" "Area What for" "table header"
expect_in "$WORK/page1" "Note: callouts box their text." "callout"
expect_in "$WORK/page1" "first page of Block language" "first page's own footer slot"
expect_in "$WORK/page1" "Items" "contents lists the headings"
expect_in "$WORK/page2" "1. Audio Sound processing. 2. Web Pages and services." "each with number"
expect_in "$WORK/page2" "That was the last of Block language." "if: last"
expect_in "$WORK/page2" "Nothing is missing." "unless"
expect_in "$WORK/page2" "The end, included from a partial." "include"
expect_in "$WORK/page2" "Items | 2/2" "footer with section and page numbers"

if command -v zbarimg >/dev/null; then
  pdftoppm -f 1 -l 1 -r 150 -png "$pdf" "$WORK/page"
  zbarimg --quiet --raw "$WORK"/page-1.png >"$WORK/qr" 2>/dev/null || true
  expect_in "$WORK/qr" "https://example.org/handout" "the QR code decodes to the url"
fi

# A misspelt path in the body is an error at the tag, against the template's contract.
sed 's/{{item.heading}}/{{item.headng}}/' "$fixtures/blocks.yaml" >"$WORK/bad.yaml"
mkdir -p "$WORK/partials" && cp "$fixtures/partials/closing.yaml" "$WORK/partials/"
expect_exit 1 "a data path the contract lacks" -- \
  "$HANDOUT" render "$fixtures/data.yaml" -t "$WORK/bad.yaml" -o "$WORK/bad.pdf"
expect_in "$WORK/stderr" "bad.yaml:62:35: error: 'item.headng' is not a field the template's 'data:' declares" \
  "the error points at the tag"
expect_in "$WORK/stderr" "did you mean 'heading'?" "with the closest field"
finish
