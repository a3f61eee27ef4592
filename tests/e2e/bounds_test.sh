# Resource limits: each refuses an input over it with a message naming the option, and raising
# the option lets the same input through. Inputs at the edges of layout (a word wider than the
# column, a figure taller than the page, a table row taller than a page, an empty document, a
# huge spacer) each end in a PDF or a clear error.
source "$(dirname "$0")/lib.sh"

cd "$WORK"
mkdir -p out

# A template without a data contract, so that data may have any keys, with the bundled font.
plain_template() {
  printf 'fonts:\n  sans: {regular: NotoSans-Regular.ttf}\n'
  printf 'styles:\n  body: {font: sans, size: 10pt, leading: 12pt}\n'
  printf 'body:\n%s\n' "$1"
}

# limit_case NAME OPTION LOW HIGH FRAGMENT -- ARGS...: the render fails with FRAGMENT under
# OPTION LOW, and succeeds under OPTION HIGH, writing a PDF qpdf finds sound.
limit_case() {
  local name=$1 option=$2 low=$3 high=$4 fragment=$5
  shift 6
  expect_exit 1 "$name: $option $low refuses" -- "$HANDOUT" render "$@" -o "out/$name.pdf" \
    "$option" "$low" && expect_in "$WORK/stderr" "$fragment" "$name: message"
  expect_in "$WORK/stderr" "raise the limit with $option" "$name: the hint names $option"
  [ -e "out/$name.pdf" ] && fail "$name: a PDF was written over the limit"
  expect_exit 0 "$name: $option $high renders" -- "$HANDOUT" render "$@" -o "out/$name.pdf" \
    "$option" "$high"
  qpdf --check "out/$name.pdf" >/dev/null 2>&1 || fail "$name: qpdf --check fails"
}

# --max-pages: sixty items take about six pages.
{
  printf 'title: Many items\nitems:\n'
  for i in $(seq 60); do
    printf '  - heading: Item %s\n    description: %s\n' "$i" "$(printf 'word %.0s' $(seq 40))"
  done
} >many.yaml
limit_case pages --max-pages 2 10 "the document needs more than 2 pages" -- many.yaml
pages=$(pdfinfo out/pages.pdf | awk '/^Pages:/ {print $2}')
[ "$pages" -gt 2 ] && [ "$pages" -le 10 ] && pass "pages: $pages pages" || fail "pages: $pages pages"

# --max-megapixels: a 3000 x 2000 grey PNG (6 megapixels, a few hundred bytes).
python3 - <<'EOF'
import struct, zlib
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
rows = zlib.compress((b"\0" + b"\x80" * 3000) * 2000, 9)
png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 3000, 2000, 8, 0, 0, 0, 0))
       + chunk(b"IDAT", rows) + chunk(b"IEND", b""))
open("wide.png", "wb").write(png)
EOF
printf 'title: A wide figure\nfigure:\n  path: wide.png\n' >wide.yaml
limit_case pixels --max-megapixels 5 6 \
  "wide.yaml:3:9: error: figure 'wide.png' is 3000 x 2000 pixels (6.0 megapixels), more than the 5 megapixels" \
  -- wide.yaml

# --max-image-size: the same figure file is 8.5 KiB.
limit_case image-size --max-image-size 100 16K \
  "figure 'wide.png' is 8.5 KiB, more than the 100 bytes handout reads from an image file" \
  -- wide.yaml

# --max-input-size: a 40 KiB data file, and a template too.
{
  printf 'title: A long file\nnotes:\n'
  for i in $(seq 1000); do printf '  - note number %s of many\n' "$i"; done
} >long.yaml
plain_template '  - paragraph: "{{title}}"' >plain.yaml
limit_case input-size --max-input-size 16K 64K "'long.yaml' is " -- long.yaml -t plain.yaml
expect_exit 1 "input-size: a template over the limit" -- \
  "$HANDOUT" render wide.yaml -t plain.yaml --max-input-size 100 -o out/template-size.pdf \
  && expect_in "$WORK/stderr" "'plain.yaml' is " "input-size: the template is named"

# --max-yaml-depth: lists 70 deep.
printf 'title: Deep\nx: %s%s\n' "$(printf '%*s' 70 '' | tr ' ' '[')" \
  "$(printf '%*s' 70 '' | tr ' ' ']')" >deep.yaml
limit_case depth --max-yaml-depth 64 80 "deep.yaml:2:" -- deep.yaml -t plain.yaml

# --max-yaml-values: three levels of ten aliases, 1,111 values and more.
{
  printf 'title: Aliases\na0: &a0 [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n'
  printf 'a1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]\n'
  printf 'a2: [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]\n'
} >aliases.yaml
limit_case values --max-yaml-values 1000 2000 \
  "the YAML expands to more than 1000 values through aliases" -- aliases.yaml -t plain.yaml

# --max-blocks counts table cells and section repetitions: a table of ten columns over ten
# items is 110 cells (the header's too), and a section over the items in each of the 100 cells
# repeats 1,000 times.
{
  printf 'title: Cells\nitems:\n'
  for i in $(seq 10); do printf '  - n: %s\n' "$i"; done
} >cells.yaml
plain_template "  - table: items
    columns:
$(for i in $(seq 10); do printf '      - {header: C%s, text: "{{n}}"}\n' "$i"; done)" >cells-template.yaml
limit_case cells --max-blocks 100 200 \
  "cells-template.yaml:8:28: error: the template makes more than 100 blocks" \
  -- cells.yaml -t cells-template.yaml
sed 's/{{n}}/{{#items}}{{n}} {{\/items}}/' cells-template.yaml >sections-template.yaml
limit_case sections --max-blocks 1000 2000 "a {{#section}} over a list repeats once per element" \
  -- cells.yaml -t sections-template.yaml

# --max-text-size: a section repeating a kilobyte for each of ten items, in a paragraph filled
# once per item: 100 KiB of text from a 100-byte data file.
plain_template "  - each: items
    blocks:
      - paragraph: \"{{#items}}$(printf 'kilobyte %.0s' $(seq 114)){{/items}}\"" >text-template.yaml
limit_case text-size --max-text-size 64K 200K \
  "text-template.yaml:8:21: error: the template's text expands to more than 64 KiB from this data" \
  -- cells.yaml -t text-template.yaml

# A batch holds each document to the limits on its own: one over, one under.
expect_exit 1 "batch: the long document fails, the short one is built" -- \
  "$HANDOUT" build many.yaml wide.yaml -o out/batch --max-pages 2
expect_in "$WORK/stderr" "the document needs more than 2 pages" "batch: the message"
[ -e out/batch/wide.pdf ] && pass "batch: wide.pdf written" || fail "batch: wide.pdf missing"
[ -e out/batch/many.pdf ] && fail "batch: many.pdf written over the limit"

# Edges of layout, each a sound PDF.
# edge NAME DATA BODY [OPTION...]: renders DATA with a template of BODY (and the options).
edge() {
  local name=$1 data=$2 body=$3
  shift 3
  printf '%s\n' "$data" >"$name.yaml"
  plain_template "$body" >"$name-template.yaml"
  expect_exit 0 "edge: $name" -- timeout 30 "$HANDOUT" render "$name.yaml" \
    -t "$name-template.yaml" -o "out/$name.pdf" "$@" \
    && { qpdf --check "out/$name.pdf" >/dev/null 2>&1 || fail "edge: $name: qpdf --check"; }
}
edge long-word "title: $(printf 'W%.0s' $(seq 400))" '  - paragraph: "a {{title}} b"'
edge empty-document 'title: Nothing to list' '  - each: items
    blocks:
      - paragraph: "{{.}}"'
# 5000mm: taller than any page, yet within the 14400pt (200in) no template length may pass.
edge huge-spacer 'title: T' '  - paragraph: before
  - spacer: 5000mm
  - paragraph: after'
cp "$SOURCE_DIR/tests/fixtures/images/rgb.png" rgb.png
edge tall-figure "title: T
caption: $(printf 'caption %.0s' $(seq 500))" '  - paragraph: before
  - figure: rgb.png
    fit: width
    placement: pinned
    caption: "{{caption}}"
  - paragraph: after'
edge tall-table-row "title: T
rows:
  - {name: short, notes: one}
  - {name: tall, notes: $(printf 'line %.0s' $(seq 2000))}
  - {name: last, notes: two}" '  - table: rows
    columns:
      - {header: Name, text: "{{name}}", width: 30%}
      - {header: Notes, text: "{{notes}}"}'
expect_in "$WORK/stderr" "tall-table-row-template.yaml:6:5: warning: part of this block (a table row, or a line) is" \
  "edge: tall-table-row warns that the row is cut off"
pdftotext out/tall-table-row.pdf - | tr '\n' ' ' | has_line "short.*tall.*last" \
  && pass "edge: tall-table-row keeps its rows in order" \
  || fail "edge: tall-table-row lost the order of its rows"

# Inline markup costs what its text does: emphasis nested 50,000 deep (before: quadratic, a
# minute), a link whose label has 100,000 pieces (before: the address copied into each, gigabytes)
# and 100,000 stray asterisks (before: a warning each, each finding its line from the start).
# Each is one paragraph of 100,000 marks or more: over the default --max-paragraph-size and
# --max-blocks, which are raised so that the markup itself is what is tried.
huge_markup=(--max-blocks 1000000 --max-paragraph-size 1M)
edge nested-emphasis "title: T
text: \"$(printf '*a %.0s' $(seq 50000))b$(printf ' a*%.0s' $(seq 50000))\"" \
  '  - paragraph: "{{text}}"' "${huge_markup[@]}"
edge long-link-label "title: T
text: \"[$(printf '* %.0s' $(seq 100000))](https://example.org/$(head -c 16000 /dev/zero | tr '\0' p))\"" \
  '  - paragraph: "{{text}}"' "${huge_markup[@]}"
# Its peak memory (3.2 GB before); sanitizers' shadow memory would swamp the figure.
if [ -z "${ASAN_OPTIONS:-}" ]; then
  /usr/bin/time -f '%M' -o rss.txt "$HANDOUT" render long-link-label.yaml \
    -t long-link-label-template.yaml -o out/long-link-label.pdf "${huge_markup[@]}" 2>/dev/null
  rss=$(tail -n 1 rss.txt)
  [ "$rss" -lt 400000 ] && pass "edge: long-link-label peaks at $rss KB" \
    || fail "edge: long-link-label peaks at $rss KB, more than 400 MB"
fi
edge stray-asterisks "title: T
text: \"$(printf 'a* %.0s' $(seq 100000))\"" '  - paragraph: "{{text}}"' "${huge_markup[@]}"
warnings=$(grep -c ": warning: " "$WORK/stderr" || true)
[ "$warnings" -le 21 ] && pass "edge: stray-asterisks gives $warnings warnings" \
  || fail "edge: stray-asterisks gives $warnings warnings"
expect_in "$WORK/stderr" "99980 more problems with the markup of this text are not shown" \
  "edge: stray-asterisks says how many warnings were left out"

# Binding costs what the data does, not its square: a tag inside a loop finding a key among
# 200,000 (each lookup walked them all: minutes), a contract's tag positions in a text of 100,000
# tags (each counted from the start: 108 s), 30,000 records against a contract of 30,000 fields
# (each record walked every field: 40 s).
edge many-keys "title: T
$(seq 200000 | sed 's/^/k/; s/$/: v/')
items:
$(seq 20000 | sed 's/^/  - /')
final: v" '  - each: items
    blocks:
      - paragraph: "{{final}}"' --max-yaml-values 1000000
edge many-tags "title: T" "  - paragraph: \"$(printf '{{title}} %.0s' $(seq 100000))\"
data:
  title: text" "${huge_markup[@]}"
edge many-declared-fields "title: T
items:
$(seq 30000 | sed 's/.*/  - {f1: v}/')" "  - paragraph: \"{{title}}\"
data:
  items:
    type: list
    of:
$(seq 30000 | sed 's/^/      f/; s/$/: text/')"

# A figure of no size is an error in the template, not an empty box.
plain_template '  - figure: rgb.png
    width: 0%' >zero-figure.yaml
expect_exit 1 "edge: a zero-width figure is refused" -- \
  "$HANDOUT" render wide.yaml -t zero-figure.yaml -o out/zero.pdf \
  && expect_in "$WORK/stderr" "zero-figure.yaml:7:12: error: width must be greater than 0" \
    "edge: zero-width figure message"

finish
