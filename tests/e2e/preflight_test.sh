# handout check --preflight: the print report, as text and as JSON, on the bundled example and on
# crafted inputs; its findings checked against the rendered PDF where the PDF can show them.
source "$(dirname "$0")/lib.sh"
cd "$WORK"
EXAMPLE="$SOURCE_DIR/data/rust-is-used-for.yaml"
CHEAT_SHEET="$SOURCE_DIR/data/cli-cheat-sheet.yaml"

# json_check FILE DESCRIPTION <<'PY' ... PY: runs the Python on stdin with `report` loaded from
# FILE (the report's JSON); an assertion that fails fails the check.
json_check() {
  local file=$1 description=$2
  if python3 -c "import json, sys
report = json.load(open(sys.argv[1]))
exec(sys.stdin.read())" "$file" >"$WORK/python.out" 2>&1; then
    pass "$description"
  else
    fail "$description:"
    sed 's/^/    /' "$WORK/python.out" >&2
  fi
}

# The bundled example: clean, so --werror passes; the figure, fonts and summary are reported.
expect_exit 0 "the example's preflight" -- "$HANDOUT" check "$EXAMPLE" --preflight --werror
cp stdout example.txt
expect_in example.txt "rust-is-used-for.yaml: 2 pages" "one block per document, with its pages"
expect_in example.txt \
  "  page 1: $EXAMPLE:9:9: info: figure '$SOURCE_DIR/data/rust-is-used-for.png' is printed at 291 dpi (1900 pixels over 166mm) [figure-resolution]" \
  "the figure's resolution at its printed size, at the figure's position"
expect_in example.txt "info: font 'NotoSans-Regular' is embedded, subset (" "fonts: embedded, subset"
expect_in example.txt "rust-is-used-for.yaml: preflight: 0 errors, 0 warnings, 4 info" "summary line"
grep -q ": warning:" example.txt && fail "the example has a preflight warning" \
  || pass "the example has no warning"

# Imposed, the report still counts the document's pages, not the sheets.
expect_exit 0 "the example as a booklet" -- \
  "$HANDOUT" check "$EXAMPLE" --preflight --impose booklet --marks --bleed 3mm
expect_in stdout "rust-is-used-for.yaml: 2 pages" "a booklet's report counts its pages"
expect_in stdout "  page 1: $EXAMPLE:9:9: info: figure" "and finds the figure on page 1"

expect_exit 0 "the example's preflight as JSON" -- "$HANDOUT" check "$EXAMPLE" --preflight --json
cp stdout example.json
"$HANDOUT" render "$EXAMPLE" -o example.pdf >/dev/null
pdffonts example.pdf | tail -n +3 | awk '{print $1, $(NF-4), $(NF-3)}' >fonts.txt
json_check example.json "JSON: pages, findings, totals; fonts as pdffonts lists them" <<'PY'
document, = report["documents"]
assert document["status"] == "ok" and document["pages"] == 2 and document["budget"] is None
keys = {"page", "kind", "severity", "message", "file", "line", "column"}
assert all(set(finding) == keys for finding in document["findings"]), document["findings"]
assert document["totals"] == {"errors": 0, "warnings": 0, "info": 4}, document["totals"]
assert report["totals"] == {"documents": 1, "failed": 0, "errors": 0, "warnings": 0, "info": 4}
figure = [f for f in document["findings"] if f["kind"] == "figure-resolution"]
assert [(f["page"], f["line"], f["column"]) for f in figure] == [(1, 9, 9)], figure
embedded = {f["message"].split(" as ")[1].split(")")[0] for f in document["findings"]
            if f["kind"] == "font"}
listed = {line.split()[0] for line in open("fonts.txt") if line.split()[1:] == ["yes", "yes"]}
assert embedded == listed, (embedded, listed)
assert all(f["page"] is None and f["line"] is None for f in document["findings"]
           if f["kind"] == "font")
PY

# A heading moved to keep with its text: the report says on which page, and the PDF agrees.
expect_exit 0 "cheat sheet in the handout template" -- \
  "$HANDOUT" check "$CHEAT_SHEET" -t handout --preflight
expect_in stdout \
  "page 3: $CHEAT_SHEET:76:18: info: the heading 'git reflog' moved on to the next page to stay with its text" \
  "a heading moved on, at its position"
"$HANDOUT" render "$CHEAT_SHEET" -t handout -o cheat.pdf >/dev/null
[ "$(pdftotext -f 3 -l 3 cheat.pdf - | head -1)" = "git reflog" ] \
  && pass "the moved heading heads page 3 of the PDF" || fail "page 3 does not start with it"

# Crafted: a figure at 15 dpi without alt text, a word wider than the line, and a character the
# fonts lack on the first page and on a later one.
python3 "$SOURCE_DIR/tests/e2e/grey_png.py" small.png 96 48
long_word=$(printf '0123456789%.0s' $(seq 20))
{
  printf 'title: Crafted\nfigure:\n  path: small.png\nitems:\n'
  printf '  - heading: First\n    description: The key %s and 中.\n' "$long_word"
  for i in $(seq 2 39); do
    printf '  - heading: Item %d\n    description: Filler text for item number %d.\n' "$i" "$i"
  done
  printf '  - heading: Last\n    description: Marker40 with 中 again.\n'
} >crafted.yaml
expect_exit 0 "crafted: warnings alone do not fail" -- "$HANDOUT" check crafted.yaml --preflight
cp stdout crafted.txt
expect_in crafted.txt \
  "  page 1: crafted.yaml:3:9: warning: figure 'small.png' is printed at 15 dpi: its 96 pixels are stretched over 166mm, so it looks blurred on paper [figure-resolution]" \
  "a figure under 150 dpi"
expect_in crafted.txt \
  "  page 1: crafted.yaml:3:9: warning: figure 'small.png' has no alt text" "a figure without alt"
expect_in crafted.txt \
  "  page 1: crafted.yaml:6:18: warning: the word '0123456789012345678901234567890123456789...' is wider than the line, so it is broken inside, without a hyphen [broken-word]" \
  "a word broken inside"
expect_in crafted.txt \
  "  page 1: crafted.yaml:6:18: warning: the font 'NotoSans-Regular' has no glyph for U+4E2D '中' [missing-glyph]" \
  "a missing glyph on the first page, at its text"
expect_in crafted.txt "crafted.yaml: preflight: 0 errors, 5 warnings" "crafted: the warnings counted"
[ "$(grep -c "missing-glyph" crafted.txt)" -eq 2 ] \
  && pass "a missing glyph once per page it is on" \
  || fail "missing-glyph findings: $(grep -c "missing-glyph" crafted.txt), expected 2"

expect_exit 0 "crafted as JSON" -- "$HANDOUT" check crafted.yaml --preflight --json
cp stdout crafted.json
"$HANDOUT" render crafted.yaml -o crafted.pdf >/dev/null 2>&1
last_glyph_page=$(python3 -c "import json, sys
print([f['page'] for f in json.load(open('crafted.json'))['documents'][0]['findings']
       if f['kind'] == 'missing-glyph'][-1])")
pdftotext -f "$last_glyph_page" -l "$last_glyph_page" crafted.pdf page.txt
expect_in page.txt "Marker40" "the second missing glyph's page is the one its text is on"
json_check crafted.json "crafted JSON: kinds, severities and positions" <<'PY'
document, = report["documents"]
found = [(f["page"], f["kind"], f["severity"], f["line"], f["column"]) for f in document["findings"]
         if f["kind"] != "font" and f["kind"] != "loose-line"]
last = found[-1][0]
assert last > 1, found
assert found == [(1, "broken-word", "warning", 6, 18),
                 (1, "figure-resolution", "warning", 3, 9),
                 (1, "missing-alt", "warning", 3, 9),
                 (1, "missing-glyph", "warning", 6, 18),
                 (last, "missing-glyph", "warning", 84, 18)], found
assert document["totals"]["warnings"] == 5, document["totals"]
assert len(document["warnings"]) == 3  # the run's own: figure, glyph, word
PY

# --werror: every warning of the report fails the document, including those that are no
# warning of their own (a figure without alt text).
expect_exit 1 "crafted: --werror fails on the report's warnings" -- \
  "$HANDOUT" check crafted.yaml --preflight --werror
expect_in stderr "crafted.yaml: error: the preflight report has 5 warnings, which --werror makes errors" \
  "--werror names the report's warnings"
cp "$SOURCE_DIR/data/rust-is-used-for.png" sharp.png
printf 'title: No alt\nfigure:\n  path: sharp.png\nitems:\n  - heading: One\n    description: Fine.\n' \
  >alt.yaml
expect_exit 1 "--werror fails on a missing alt text alone" -- \
  "$HANDOUT" check alt.yaml --preflight --werror
expect_in stderr "alt.yaml: error: the preflight report has 1 warning, which --werror makes errors" \
  "the one warning is the missing alt text"
expect_exit 0 "the same without --werror" -- "$HANDOUT" check alt.yaml --preflight

# Over the page budget: an error on the first page past it, and the pages still reported.
expect_exit 1 "over the page budget" -- \
  "$HANDOUT" check "$CHEAT_SHEET" -t handout --fit-pages 2 --preflight --json
cp stdout over.json
json_check over.json "over budget: status, budget and the error on page 3" <<'PY'
document, = report["documents"]
assert document["status"] == "failed" and document["pages"] == 3, document
assert document["budget"] == {"pages": 2, "fit": ["text size 85%", "leading 90%", "figures 50%"]}
budget, = [f for f in document["findings"] if f["kind"] == "page-budget"]
assert budget["page"] == 3 and budget["severity"] == "error", budget
assert budget["message"].startswith("the document takes 3 pages, 1 more than the 2 pages "
                                    "--fit-pages allows"), budget
assert document["totals"]["errors"] == 1 and report["totals"]["failed"] == 1
assert not any(f["kind"] == "font" for f in document["findings"])  # not written: not known
PY
expect_exit 0 "within the page budget" -- \
  "$HANDOUT" check "$CHEAT_SHEET" --preflight
expect_in stdout "document: $SOURCE_DIR/templates/reference-sheet.yaml:36:3: info: the document takes 1 page of the 2 pages the template's fit allows, with no fit step [page-budget]" \
  "the template's budget, at its fit"

# Colour: a template that gives CMYK inks makes a CMYK job, in which its sRGB title and its RGB
# figures are reported; under --grayscale everything is printed grey and nothing is.
COLOUR=(check "$SOURCE_DIR/tests/fixtures/colour/data.yaml" --root "$SOURCE_DIR/tests/fixtures"
        -t "$SOURCE_DIR/tests/fixtures/colour/print.yaml" --preflight)
expect_exit 0 "a CMYK job's preflight" -- "$HANDOUT" "${COLOUR[@]}"
expect_in stdout "  page 1: $SOURCE_DIR/tests/fixtures/colour/print.yaml:20:12: warning: text in the sRGB colour #ff0000 (style 'title'), in a CMYK job: the press converts it to inks as it sees fit [rgb-color]" \
  "the sRGB title in a CMYK job, at the template's colour"
expect_in stdout "images/rgb.jpg' is an RGB image, in a CMYK job" "an RGB photo in it"
[ "$(grep -c "\[rgb-" stdout)" -eq 3 ] && pass "nothing else is off its colour mode" \
  || fail "$(grep -c "\[rgb-" stdout) colour findings, expected 3"
expect_exit 0 "a grey job's preflight" -- "$HANDOUT" "${COLOUR[@]}" --grayscale
grep -q "\[rgb-" stdout && fail "colour findings under --grayscale" \
  || pass "under --grayscale nothing is off its colour mode"

# A batch: one JSON document on the standard output, the progress on the error stream.
mkdir batch
cp crafted.yaml small.png batch/
cp "$EXAMPLE" "$SOURCE_DIR/data/rust-is-used-for.png" batch/
expect_exit 0 "a batch's preflight as JSON" -- "$HANDOUT" check batch --preflight --json
cp stdout batch.json
expect_in stderr "checked 2 of 2 documents" "the batch's progress goes to the error stream"
json_check batch.json "batch JSON: each document and the totals" <<'PY'
sources = [d["source"] for d in report["documents"]]
assert sorted(sources) == ["batch/crafted.yaml", "batch/rust-is-used-for.yaml"], sources
assert report["totals"]["documents"] == 2 and report["totals"]["warnings"] == 5, report["totals"]
PY
expect_exit 0 "a batch's preflight as text" -- "$HANDOUT" check batch --preflight
expect_in stdout "preflight of 2 documents (0 failed): 0 errors, 5 warnings" "the batch's total line"

# Usage.
expect_exit 2 "--preflight is check's" -- "$HANDOUT" render "$EXAMPLE" --preflight
expect_in stderr "'handout render' takes no --preflight: it is an option of 'handout check'" \
  "render --preflight is refused"
expect_exit 2 "--json needs --preflight" -- "$HANDOUT" check "$EXAMPLE" --json
expect_in stderr "handout: error: --json goes with --preflight" "check --json alone is refused"

finish
