#!/usr/bin/env bash
# Redraws the pictures of printed sheets in docs/ (README.md and docs/printing.md show them):
# the example printed three ways (docs/example-print-*.png) and the imposition examples
# (docs/print-*.png). Each picture is one PDF page at 40 dpi (or as given), its colours reduced by pngquant
# and its file packed by optipng, so that it stays well under 150 KB.
#
#   scripts/make-print-pictures.sh [HANDOUT]    HANDOUT: the binary, build/handout by default
#
# Needs poppler-utils (pdftoppm), pngquant and optipng. Look at every picture before committing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

handout=$(realpath "${1:-build/handout}")
for tool in pdftoppm pngquant optipng; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install $tool)" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# framed PPM PNG: the PPM image (as pdftoppm writes it) in a one-pixel grey frame, as a PNG, so
# that a sheet's blank half shows against a white page.
framed() {
  python3 - "$1" "$2" <<'PY'
import struct, sys, zlib
magic, width, height, _, pixels = open(sys.argv[1], "rb").read().split(maxsplit=4)
width, height, grey = int(width), int(height), b"\xb4\xb4\xb4"
row = 3 * width
rows = [grey * (width + 2)]
rows += [grey + pixels[y * row:(y + 1) * row] + grey for y in range(height)]
rows += [grey * (width + 2)]
raw = b"".join(b"\x00" + r for r in rows)  # filter type 0 on every row
chunk = lambda kind, data: (struct.pack(">I", len(data)) + kind + data +
                            struct.pack(">I", zlib.crc32(kind + data)))
header = struct.pack(">IIBBBBB", width + 2, height + 2, 8, 2, 0, 0, 0)
open(sys.argv[2], "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) +
                              chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
PY
}

# picture PDF PAGE NAME [DPI]: docs/NAME.png from PAGE of PDF, at 40 dpi unless given.
picture() {
  pdftoppm -r "${4:-40}" -singlefile -f "$2" -l "$2" "$1" "$work/page"
  framed "$work/page.ppm" "$work/framed.png"
  pngquant --force --quality 60-90 --output "docs/$3.png" "$work/framed.png"
  optipng -quiet -o5 "docs/$3.png"
  echo "docs/$3.png: $(stat -c %s "docs/$3.png") bytes"
}

# render NAME ARGUMENTS...: $work/NAME.pdf from `handout render ARGUMENTS...`.
render() {
  local name=$1
  shift
  "$handout" render "$@" -o "$work/$name.pdf" --quiet
}

# The example printed three ways: the commands are those of README.md, "Printing the example".
example=data/rust-is-used-for.yaml
render reference "$example" -t reference-sheet
picture "$work/reference.pdf" 1 example-print-reference-sheet 50  # dense: a little larger
render booklet "$example" --page-size A5 --impose booklet
picture "$work/booklet.pdf" 1 example-print-booklet-1
picture "$work/booklet.pdf" 2 example-print-booklet-2
render cards "$example" -t cards --impose cards
picture "$work/cards.pdf" 1 example-print-cards

# Imposition as docs/printing.md shows it.
render 2up "$example" --impose 2up --marks
picture "$work/2up.pdf" 1 print-2up
render print-booklet tests/fixtures/print/booklet.yaml --impose booklet --marks
picture "$work/print-booklet.pdf" 1 print-booklet
render flash-cards tests/fixtures/print/flash-cards.yaml -t cards --impose cards
picture "$work/flash-cards.pdf" 1 print-cards
picture "$work/flash-cards.pdf" 2 print-cards-back
