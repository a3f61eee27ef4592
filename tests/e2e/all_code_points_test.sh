# Every Unicode code point but the surrogates, U+0000..U+10FFFF, as text: eight documents hold
# them between them in order (tests/e2e/make_all_code_points.py), as headings (so bookmarks) and
# paragraphs, under titles of characters that broke text libraries before (flags, U+FFFF, NUL).
# check and build succeed, the PDFs pass qpdf --check, poppler reads them without a complaint, the
# Titles and bookmarks are the titles and headings, and pdftotext gives back every character the
# fonts draw (tests/e2e/check_all_code_points.py).
source "$(dirname "$0")/lib.sh"

cd "$WORK"
mkdir data
python3 "$SOURCE_DIR/tests/e2e/make_all_code_points.py" data 8

# The first part holds the controls, NUL, U+FFFE and U+FFFF; the last U+10FFFF.
expect_exit 0 "check the document with U+0000..U+1FFFF" -- timeout 300 "$HANDOUT" check data/part-01.yaml
expect_exit 0 "build the eight documents" -- timeout 600 "$HANDOUT" build data -o pdf -j 2 -q \
  --report report.json
count=$(find pdf -name '*.pdf' | wc -l)
[ "$count" -eq 8 ] && pass "eight PDFs" || fail "$count PDFs, not 8"

: >poppler.txt
for pdf in pdf/*.pdf; do
  qpdf --check "$pdf" >/dev/null 2>&1 && pass "qpdf --check $pdf" || fail "qpdf --check $pdf"
  pdftotext "$pdf" "${pdf%.pdf}.txt" 2>>poppler.txt || fail "pdftotext $pdf"
done
if [ -s poppler.txt ]; then
  fail "poppler complained:"
  sort poppler.txt | uniq -c | head -5 >&2
else
  pass "poppler reads every PDF without a complaint"
fi

# Titles and bookmarks (PDF text strings) hold every character, also above U+FFFF and after NUL.
if python3 "$SOURCE_DIR/tests/e2e/check_all_code_points.py" --titles pdf >titles.txt; then
  pass "every Title and bookmark is its title or heading"
else
  fail "titles or bookmarks differ:"
  sed 's/^/    /' titles.txt | head -20 >&2
fi

# The faces the default template sets headings and paragraphs in, and its fallback.
fonts="$SOURCE_DIR/fonts"
if python3 "$SOURCE_DIR/tests/e2e/check_all_code_points.py" pdf "$fonts/NotoSans-Regular.ttf" \
  "$fonts/NotoSans-Bold.ttf" "$fonts/DejaVuSans.ttf" >back.txt; then
  pass "$(head -1 back.txt)"
else
  fail "characters the fonts draw are not read back:"
  sed 's/^/    /' back.txt >&2
fi
finish
