# Colour for the printer at hand: CMYK colours from a template reach the PDF as DeviceCMYK inks
# (k/K), and --grayscale (or the template's `page: grayscale: true`) leaves nothing but DeviceGray
# in the PDF, images included, and warns about colours that look alike in grey.
# Fixture: tests/fixtures/colour/print.yaml with data.yaml.
source "$(dirname "$0")/lib.sh"
FIXTURES="$SOURCE_DIR/tests/fixtures/colour"
TEMPLATE="$FIXTURES/print.yaml"
DATA="$FIXTURES/data.yaml"
FACTS=(python3 "$SOURCE_DIR/tests/e2e/pdf_facts.py")

expect_equal() {
  if [ "$1" = "$2" ]; then pass "$3 ($1)"; else fail "$3: got '$1', expected '$2'"; fi
}

# The colour of one pixel of page 1 at (X, Y) points from the top left, rendered at 72 dpi.
pixel() {
  pdftoppm -r 72 -f 1 -l 1 -x "$2" -y "$3" -W 1 -H 1 "$1" \
    | python3 -c 'import sys; print(*sys.stdin.buffer.read()[-3:])'
}

# "yes" when every pixel of every page, rendered at 30 dpi, is grey (red = green = blue).
all_pixels_grey() {
  rm -f "$WORK"/page-*.ppm
  pdftoppm -r 30 "$1" "$WORK/page"
  python3 - "$WORK"/page-*.ppm <<'PY'
import sys
for path in sys.argv[1:]:
    data = open(path, "rb").read()
    # P6 header: magic, width, height, maximum, then the samples
    fields = data.split(maxsplit=4)
    samples = fields[4]
    for at in range(0, len(samples) - 2, 3):
        if not samples[at] == samples[at + 1] == samples[at + 2]:
            print("no: %s pixel %d is %s" % (path, at // 3, tuple(samples[at:at + 3])))
            sys.exit()
print("yes")
PY
}

# The colour column of every image pdfimages lists, sorted and without repeats.
image_colours() { pdfimages -list "$1" | awk 'NR > 2 {print $6}' | sort -u | paste -sd' '; }

# Colour-setting operators in the page content (qpdf --qdf writes each on its own line).
colour_operators() {
  qpdf --qdf --object-streams=disable "$1" "$WORK/qdf.pdf"
  grep -aoE "^[0-9. ]+ (rg|RG|k|K|g|G)$" "$WORK/qdf.pdf" | awk '{print $NF}' | sort -u | paste -sd' '
}

# CMYK: inks in the content stream, and on screen the colour their approximation promises.
CMYK_PDF="$WORK/cmyk.pdf"
if ! expect_exit 0 "a template with CMYK colours renders" -- \
  "$HANDOUT" render --root "$SOURCE_DIR/tests/fixtures" "$DATA" -t "$TEMPLATE" -o "$CMYK_PDF"; then
  finish
fi
qpdf --check "$CMYK_PDF" >/dev/null 2>&1 && pass "qpdf --check" || fail "qpdf --check"
qpdf --qdf --object-streams=disable "$CMYK_PDF" "$WORK/cmyk-qdf.pdf"
for line in "0 0 0 1 k" "1 0.6 0 0.1 k" "0.6 0.2 0 0.3 k" "0 1 1 0 K" "0 0.4 1 0 k" "1 0 0 rg"; do
  grep -aqx "$line" "$WORK/cmyk-qdf.pdf" && pass "content sets '$line'" \
    || fail "content has no '$line'"
done
expect_equal "$(image_colours "$CMYK_PDF")" "index rgb" "without --grayscale, images keep colour"
callout_y=$("${FACTS[@]}" words "$CMYK_PDF" 1 | awk -F'\t' '$3 == "CALLOUT-TEXT" {print int($2) + 4}')
orange=$(pixel "$CMYK_PDF" 45 "$callout_y")
close=$(echo "$orange" | awk '{d = ($1 - 255)^2 + ($2 - 153)^2 + ($3 - 0)^2; print (d < 400) ? "yes" : "no"}')
expect_equal "$close" "yes" "the callout's cmyk(0%, 40%, 100%, 0%) shows as orange ($orange)"
expect_equal "$(all_pixels_grey "$CMYK_PDF" | cut -c1-2)" "no" "in colour, not every pixel is grey"

# --grayscale: DeviceGray only, images too, and the warning at both colours' positions.
GRAY_PDF="$WORK/gray.pdf"
if expect_exit 0 "--grayscale renders" -- \
  "$HANDOUT" render --root "$SOURCE_DIR/tests/fixtures" "$DATA" -t "$TEMPLATE" -o "$GRAY_PDF" --grayscale; then
  expect_in "$WORK/stderr" "$TEMPLATE:20:12: warning: under --grayscale, the colours of style 'title' (#ff0000) and style 'link' (cmyk(60%, 20%, 0%, 30%), $TEMPLATE:23:12) become nearly the same grey (50% and 47% black); they will look alike" \
    "the warning names both colours and their positions"
  expect_in "$WORK/stderr" "hint: make one of them lighter or darker" "the warning's hint"
  expect_equal "$(grep -c "warning: under --grayscale" "$WORK/stderr")" "2" "each look-alike pair is reported once"
  qpdf --check "$GRAY_PDF" >/dev/null 2>&1 && pass "qpdf --check (grey)" || fail "qpdf --check (grey)"
  expect_equal "$(colour_operators "$GRAY_PDF")" "G g" "the content sets greys only"
  grep -aqE "/Device(RGB|CMYK)" "$WORK/qdf.pdf" && fail "an RGB or CMYK colour space is left" \
    || pass "no RGB or CMYK colour space anywhere"
  grep -azqE "/Indexed\s+/DeviceGray" "$WORK/qdf.pdf" && pass "the palette PNG has a grey palette" \
    || fail "no grey palette for the palette PNG"
  expect_equal "$(image_colours "$GRAY_PDF")" "gray index" "the JPEG is grey, the palette indexed"
  expect_equal "$(pixel "$GRAY_PDF" 45 "$callout_y")" "177 177 177" \
    "the callout's orange becomes its luminance, 69% (177)"
  expect_equal "$(all_pixels_grey "$GRAY_PDF")" "yes" "every pixel of the page is grey"
fi

# The template can ask for grey itself.
sed 's/^  margins: 15mm$/  margins: 15mm\n  grayscale: true/' "$TEMPLATE" >"$WORK/print-gray.yaml"
if expect_exit 0 "page: grayscale: true renders" -- \
  "$HANDOUT" render --root "$SOURCE_DIR/tests/fixtures" "$DATA" -t "$WORK/print-gray.yaml" -o "$WORK/template-gray.pdf"; then
  expect_equal "$(colour_operators "$WORK/template-gray.pdf")" "G g" "the template's grayscale"
  expect_in "$WORK/stderr" "$WORK/print-gray.yaml:21:12: warning: under --grayscale" \
    "the template's grayscale warns too"
fi

# check and build take --grayscale as render does.
expect_exit 0 "check --grayscale" -- "$HANDOUT" check --root "$SOURCE_DIR/tests/fixtures" "$DATA" -t "$TEMPLATE" --grayscale &&
  expect_in "$WORK/stderr" "warning: under --grayscale" "check --grayscale warns"
if expect_exit 0 "build --grayscale" -- \
  "$HANDOUT" build --root "$SOURCE_DIR/tests/fixtures" "$DATA" -t "$TEMPLATE" -o "$WORK/built" --grayscale --quiet; then
  expect_equal "$(colour_operators "$WORK/built/data.pdf")" "G g" "build --grayscale prints grey"
fi
expect_exit 2 "templates takes no --grayscale" -- "$HANDOUT" templates --grayscale
"$HANDOUT" --help >"$WORK/help.txt"
expect_in "$WORK/help.txt" "--grayscale" "--help lists --grayscale"

# The bundled example in grey: its palette figure and coloured headings.
if expect_exit 0 "the example renders with --grayscale" -- \
  "$HANDOUT" render "$SOURCE_DIR/data/rust-is-used-for.yaml" -o "$WORK/example.pdf" --grayscale; then
  expect_equal "$(image_colours "$WORK/example.pdf")" "index" "the example's figure"
  expect_equal "$(colour_operators "$WORK/example.pdf")" "g" "the example's colours (text only)"
  expect_equal "$(all_pixels_grey "$WORK/example.pdf")" "yes" "every pixel of the example is grey"
fi

# The bundled templates keep their colours apart in grey: strict CI can print them grey.
for bundled in handout reference-sheet cards; do
  expect_exit 0 "$bundled passes --grayscale --werror" -- \
    "$HANDOUT" check "$SOURCE_DIR/data/rust-is-used-for.yaml" -t "$bundled" --grayscale --werror
done

# A malformed CMYK colour is an error at its position, with a hint.
sed 's/"cmyk(0, 1, 1, 0)"/"cmyk(0, 100, 100, 0)"/' "$TEMPLATE" >"$WORK/bad.yaml"
if expect_exit 1 "an ink out of range is refused" -- \
  "$HANDOUT" render --root "$SOURCE_DIR/tests/fixtures" "$DATA" -t "$WORK/bad.yaml" -o "$WORK/bad.pdf"; then
  expect_in "$WORK/stderr" "$WORK/bad.yaml:31:31: error: color 'cmyk(0, 100, 100, 0)' has magenta 100, which is out of range; inks are fractions from 0 to 1 or percentages from 0% to 100%" \
    "the error names the ink and the ranges"
  expect_in "$WORK/stderr" "hint: did you mean cmyk(0%, 100%, 100%, 0%)?" "the hint writes percentages"
fi

finish
