# The data contract: a template declares the data it reads; data that breaks it is reported in
# full (every violation at its data file:line:col, naming the record and the declaration's
# template line), with exit code 1 and no output file.
source "$(dirname "$0")/lib.sh"

fixtures="$SOURCE_DIR/tests/fixtures/contract"
template="$WORK/contract-template.yaml"
# The bundled handout template with the fixture's data section in place of its own: drop the
# top-level `data:` block (up to the next top-level key) and append the fixture's.
awk '/^data:/ {skip = 1; next} skip && /^[^ #]/ {skip = 0} !skip' \
  "$SOURCE_DIR/templates/handout.yaml" >"$template"
cat "$fixtures/data-section.yaml" >>"$template"
data_line() { grep -n "^$1" "$fixtures/data-section.yaml" | head -1 | cut -d: -f1; }
# The template line of a field declared at the top of the fixture's data section.
offset=$(($(wc -l <"$template") - $(wc -l <"$fixtures/data-section.yaml")))
declared() { echo "contract-template.yaml:$((offset + $(data_line "$1"))):$2"; }

cp "$SOURCE_DIR/data/rust-is-used-for.png" "$WORK/"
cp "$fixtures/good.yaml" "$fixtures/violations.yaml" "$WORK/"

# Data that keeps the contract renders.
expect_exit 0 "data that keeps the contract" -- "$HANDOUT" render "$WORK/good.yaml" \
  -t "$template" -o "$WORK/good.pdf"
pdftotext "$WORK/good.pdf" - | tr -s ' \n' ' ' >"$WORK/good.txt"
expect_in "$WORK/good.txt" "A glossary with a contract" "the title is rendered"
expect_in "$WORK/good.txt" "Rust is safe enough for money." "the items are rendered"

# Data that breaks it: every violation at once, exit 1, no PDF.
expect_exit 1 "data that breaks the contract" -- "$HANDOUT" render "$WORK/violations.yaml" \
  -t "$template" -o "$WORK/violations.pdf"
[ -e "$WORK/violations.pdf" ] && fail "an output file was written for data that breaks the contract"
errors="$WORK/stderr"
expect_in "$errors" "violations.yaml:3:10: error: 'edition' must be a number, but this is the text '2'" \
  "a quoted number"
expect_in "$errors" "hint: remove the quotes: a number in quotes is text" "a quoted number: hint"
expect_in "$errors" "hint: declared at $WORK/$(declared "  edition" 3)" \
  "a quoted number: the declaration's template line"
expect_in "$errors" "violations.yaml:4:10: error: 'website' must be a URL starting with http://, https:// or mailto:, but this is the text 'example.org'" \
  "not a URL"
expect_in "$errors" "violations.yaml:5:12: error: 'published' must be a date written YYYY-MM-DD, but this is the text '24.11.2026'" \
  "not a date"
expect_in "$errors" "violations.yaml:6:1: error: unknown field 'colour' in the data file" \
  "an unknown top-level field"
expect_in "$errors" "violations.yaml:10:5: error: unknown field 'levle' in the 1st item ('Audio programming')" \
  "a misspelt field of an item"
expect_in "$errors" "hint: did you mean 'level'?" "a misspelt field: the closest declared name"
expect_in "$errors" "violations.yaml:13:12: error: 'level' of the 2nd item ('Blockchain') must be a number, but this is the text 'high'" \
  "a field of the wrong type in an item"
expect_in "$errors" "violations.yaml:14:20: error: the 2nd element of 'tags' of the 2nd item ('Blockchain') must be text, but this is a list" \
  "a list element of the wrong shape"
expect_in "$errors" "violations.yaml:15:5: error: the 3rd item ('Web services') has no 'description'" \
  "a missing required field"
expect_in "$errors" "violations.yaml:16:11: error: 'tags' of the 3rd item ('Web services') must be a list, but this is the text 'web'" \
  "a scalar where a list belongs"
count=$(grep -c ": error: " "$errors" || true)
[ "$count" -eq 9 ] && pass "all nine violations reported" \
  || fail "expected 9 errors, got $count: $(cat "$errors")"

# `handout check` reports the same, and writes nothing.
expect_exit 1 "check data that breaks the contract" -- "$HANDOUT" check "$WORK/violations.yaml" \
  -t "$template"
[ "$(grep -c ": error: " "$WORK/stderr")" -eq 9 ] && pass "check: all nine violations" \
  || fail "check: $(cat "$WORK/stderr")"

# The bundled template's contract: misspelt and missing fields of the bundled example's shape.
printf 'title: T\nsubtitel: S\nitems:\n  - heading: Audio\n    descripton: Rust is fast.\n' \
  >"$WORK/misspelt.yaml"
expect_exit 1 "the bundled contract" -- "$HANDOUT" render "$WORK/misspelt.yaml" \
  -o "$WORK/misspelt.pdf"
expect_in "$WORK/stderr" "misspelt.yaml:2:1: error: unknown field 'subtitel' in the data file" \
  "bundled contract: a misspelt document key"
expect_in "$WORK/stderr" "misspelt.yaml:5:5: error: unknown field 'descripton' in the 1st item ('Audio')" \
  "bundled contract: a misspelt item field"
grep -q "has no 'description'" "$WORK/stderr" \
  && fail "a misspelt field is reported as missing too: $(cat "$WORK/stderr")" \
  || pass "a misspelt field is not reported as missing too"
[ -e "$WORK/misspelt.pdf" ] && fail "an output file was written for the misspelt data"

# The bundled example keeps the bundled contract.
expect_exit 0 "the bundled example" -- "$HANDOUT" check "$SOURCE_DIR/data/rust-is-used-for.yaml"

# A data section with an unknown type is a template error at its position.
sed 's/level: number/level: nubmer/' "$template" >"$WORK/bad-contract.yaml"
expect_exit 1 "a template with a misspelt type" -- "$HANDOUT" check "$WORK/good.yaml" \
  -t "$WORK/bad-contract.yaml"
expect_in "$WORK/stderr" "bad-contract.yaml:$(( offset + $(grep -n 'level: number' "$fixtures/data-section.yaml" | cut -d: -f1) )):14: error: the type of 'level' must be" \
  "a misspelt type: its position"
expect_in "$WORK/stderr" "did you mean 'number'?" "a misspelt type: the closest type"

finish
