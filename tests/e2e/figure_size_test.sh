# A figure's lengths are lengths: `width: 80mm` prints 80mm and `max-height: 60mm` at most 60mm
# high whatever the page size, the imposition or the bleed (docs/templates.md, "figure";
# docs/printing.md). The sizes are read back from the images' placement in the PDF.
source "$(dirname "$0")/lib.sh"

python3 "$SOURCE_DIR/tests/e2e/grey_png.py" "$WORK/wide.png" 400 100
python3 "$SOURCE_DIR/tests/e2e/grey_png.py" "$WORK/tall.png" 100 400
cat >"$WORK/template.yaml" <<'YAML'
name: figure-sizes
page: {size: A4, margins: 20mm}
fonts:
  sans: {regular: NotoSans-Regular.ttf}
styles:
  body: {font: sans, size: 10pt, leading: 13pt}
body:
  - title: "{{title}}"
  - figure: wide.png
    width: 80mm
  - figure: tall.png
    max-height: 60mm
YAML
printf 'title: Figure sizes\n' >"$WORK/data.yaml"

# 80mm x 20mm (the wide image at its width), then 15mm x 60mm (the tall one at its max-height).
expected="80.00x20.00 15.00x60.00"
# Within 0.1mm of the expected sizes.
check_sizes() {
  local description=$1 pdf=$2 placed
  placed=$(python3 "$SOURCE_DIR/tests/e2e/placed_images.py" "$pdf" | paste -sd' ')
  if python3 - "$placed" "$expected" <<'PY'; then
import sys
got, want = sys.argv[1].split(), sys.argv[2].split()
close = len(got) == len(want) and all(
    abs(float(g) - float(w)) <= 0.1
    for got_size, want_size in zip(got, want)
    for g, w in zip(got_size.split("x"), want_size.split("x")))
sys.exit(0 if close else 1)
PY
    pass "$description: $placed"
  else
    fail "$description: the figures are $placed, expected $expected (mm)"
  fi
}

run=0
render_and_check() {
  local description=$1
  shift
  run=$((run + 1))
  local pdf="$WORK/figures-$run.pdf"
  if expect_exit 0 "$description renders" -- "$HANDOUT" render "$WORK/data.yaml" \
    -t "$WORK/template.yaml" -o "$pdf" "$@"; then
    check_sizes "$description" "$pdf"
  fi
}

render_and_check "A4 (the template's size)"
render_and_check "--page-size A5" --page-size A5
render_and_check "--page-size Letter" --page-size Letter
render_and_check "--impose 2up" --impose 2up
render_and_check "--bleed 3mm" --bleed 3mm
render_and_check "--page-size A5 --impose 2up" --page-size A5 --impose 2up

# A length longer than the real frame is an error at the value, not a figure cut to the frame.
expect_exit 1 "80mm in an A6 page's 65mm frame" -- "$HANDOUT" render "$WORK/data.yaml" \
  -t "$WORK/template.yaml" -o "$WORK/a6.pdf" --page-size A6
expect_in "$WORK/stderr" "template.yaml:10:12: error: width must be at most 100% of the frame (184.25pt), but this is 80mm" \
  "the error names the value and the real frame"
[ -e "$WORK/a6.pdf" ] && fail "a PDF was written for the A6 error" || pass "no PDF for the A6 error"

# In a card the frame is the card inside its padding: the lengths are still lengths.
sed -i 's/^page: .*/page: {size: A4, margins: 10mm, cards: {columns: 1, rows: 1}}/' \
  "$WORK/template.yaml"
render_and_check "a card"
render_and_check "a card, --page-size A5" --page-size A5
finish
