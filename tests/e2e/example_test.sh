# The bundled example, rendered by the real binary and read back with poppler-utils and qpdf.
source "$(dirname "$0")/lib.sh"

pdf="$WORK/rust.pdf"
expect_exit 0 "render the example" -- "$HANDOUT" render "$SOURCE_DIR/data/rust-is-used-for.yaml" -o "$pdf"

qpdf --check "$pdf" >"$WORK/qpdf" 2>&1 || fail "qpdf --check: $(cat "$WORK/qpdf")"
expect_in "$WORK/qpdf" "No syntax or stream encoding errors found" "qpdf --check is clean"

pdftotext "$pdf" "$WORK/text" 2>"$WORK/pdftotext.err"
[ -s "$WORK/pdftotext.err" ] && fail "pdftotext printed warnings: $(cat "$WORK/pdftotext.err")"
python3 "$SOURCE_DIR/tests/e2e/check_text_order.py" "$WORK/text" \
  "$SOURCE_DIR/tests/fixtures/rust-is-used-for.expected.tsv" "Rust is used for..." \
  || fail "pdftotext does not show the title and the 24 items in order"

pdffonts "$pdf" >"$WORK/fonts"
fonts=$(tail -n +3 "$WORK/fonts")
[ -n "$fonts" ] || fail "pdffonts lists no fonts"
# Columns from the right: object id, generation, uni, sub, emb.
echo "$fonts" | awk '$(NF-4) != "yes" || $(NF-3) != "yes" || $(NF-2) != "yes" {bad=1} END {exit bad}' \
  || fail "a font is not embedded, subset and mapped to Unicode: $(cat "$WORK/fonts")"
echo "$fonts" | awk '$1 !~ /^[A-Z][A-Z][A-Z][A-Z][A-Z][A-Z]\+/ {bad=1} END {exit bad}' \
  || fail "a font has no subset tag"
pass "pdffonts: $(echo "$fonts" | wc -l) faces, all embedded and subset"

pdfimages -list "$pdf" >"$WORK/images"
[ "$(tail -n +3 "$WORK/images" | awk '$3 == "image"' | wc -l)" -eq 1 ] \
  || fail "pdfimages should list the figure once: $(cat "$WORK/images")"
pass "pdfimages lists the figure"

pdfinfo "$pdf" >"$WORK/info"
expect_in "$WORK/info" "Title:           Rust is used for..." "Title metadata"
expect_in "$WORK/info" "Subject:         Application areas of the Rust programming language" \
  "Subject metadata"
expect_in "$WORK/info" "Keywords:        Rust, programming languages" "Keywords metadata"
expect_in "$WORK/info" "Creator:         handout" "Creator metadata"
expect_in "$WORK/info" "Page size:       595.276 x 841.89 pts (A4)" "A4 pages"

outline_entries=$(qpdf --json --json-key=outlines "$pdf" | grep -c '"title":' || true)
[ "$outline_entries" -eq 24 ] || fail "the outline has $outline_entries entries, expected 24"
pass "the outline has 24 entries"

finish
