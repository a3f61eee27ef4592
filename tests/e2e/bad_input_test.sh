# Bad input: one clear message naming the file (and line), the documented exit code, and no
# output file created or changed.
source "$(dirname "$0")/lib.sh"

cp "$SOURCE_DIR/data/rust-is-used-for.png" "$WORK/figure.png"
good_items='items:
  - heading: Audio programming
    description: Rust is fast.'

# bad_data NAME EXPECTED_CODE FRAGMENT YAML: renders YAML and checks the exit code, that stderr
# holds FRAGMENT, and that no PDF appeared.
bad_data() {
  local name=$1 code=$2 fragment=$3 yaml=$4
  printf '%s\n' "$yaml" >"$WORK/$name.yaml"
  expect_exit "$code" "$name" -- "$HANDOUT" render "$WORK/$name.yaml" -o "$WORK/out/$name.pdf" \
    && expect_in "$WORK/stderr" "$fragment" "$name: message"
  [ -e "$WORK/out/$name.pdf" ] && fail "$name: an output file was created"
  return 0
}

bad_data syntax 1 "syntax.yaml:2:" 'title: Broken
items: [unclosed'
bad_data missing-title 1 "missing-title.yaml:1:1: error:" "$good_items"
bad_data items-not-list 1 "items-not-list.yaml:2:8: error:" 'title: A
items: just some text'
# A number is fine text for the bundled templates' contract; a list is not.
bad_data description-list 1 "description-list.yaml:4:18: error:" 'title: A
items:
  - heading: Answer
    description: [42]'
bad_data unknown-key 1 "did you mean 'description'?" 'title: A
items:
  - heading: Audio
    descripton: Rust is fast.'
grep -qF "unknown-key.yaml:4:5:" "$WORK/stderr" && pass "unknown key: position" \
  || fail "unknown key: no file:line:col in $(cat "$WORK/stderr")"
bad_data missing-figure 1 "nothere.png" "title: A
figure:
  path: nothere.png
$good_items"
grep -qF "missing-figure.yaml:3:9:" "$WORK/stderr" && pass "missing figure: position" \
  || fail "missing figure: no file:line:col in $(cat "$WORK/stderr")"
printf 'not an image at all' >"$WORK/corrupt.png"
bad_data corrupt-figure 1 "corrupt.png" "title: A
figure:
  path: corrupt.png
$good_items"
head -c 3000 "$WORK/figure.png" >"$WORK/truncated.png"
bad_data truncated-figure 1 "truncated.png" "title: A
figure: {path: truncated.png}
$good_items"

# A template whose font file does not exist.
sed 's/NotoSans-Bold.ttf/Missing-Font.ttf/' "$SOURCE_DIR/templates/handout.yaml" >"$WORK/nofont.yaml"
printf 'title: A\n%s\n' "$good_items" >"$WORK/plain.yaml"
expect_exit 1 "missing font" -- "$HANDOUT" render "$WORK/plain.yaml" -t "$WORK/nofont.yaml" \
  -o "$WORK/out/nofont.pdf" && expect_in "$WORK/stderr" "Missing-Font.ttf" "missing font: message"
grep -qE "nofont.yaml:[0-9]+:[0-9]+:" "$WORK/stderr" && pass "missing font: position" \
  || fail "missing font: no file:line:col in $(cat "$WORK/stderr")"
[ -e "$WORK/out/nofont.pdf" ] && fail "missing font: an output file was created"

# An output path that cannot be written: exit 3, naming the path.
touch "$WORK/blocker"
expect_exit 3 "unwritable output" -- "$HANDOUT" render "$WORK/plain.yaml" -o "$WORK/blocker/x.pdf" \
  && expect_in "$WORK/stderr" "$WORK/blocker/x.pdf" "unwritable output: message names the path"

# A failed run leaves the earlier PDF untouched.
expect_exit 0 "render a good file" -- "$HANDOUT" render "$WORK/plain.yaml" -o "$WORK/keep.pdf"
cp "$WORK/keep.pdf" "$WORK/keep.before"
expect_exit 1 "render a bad file over it" -- "$HANDOUT" render "$WORK/syntax.yaml" -o "$WORK/keep.pdf"
cmp -s "$WORK/keep.pdf" "$WORK/keep.before" && pass "earlier output unchanged" \
  || fail "a failed run changed the earlier output"
[ -z "$(find "$WORK" -name '.keep.pdf.*')" ] || fail "a temporary file was left behind"

# Usage errors: exit 2.
expect_exit 2 "unknown command" -- "$HANDOUT" rendr "$WORK/plain.yaml" \
  && expect_in "$WORK/stderr" "did you mean 'render'?" "unknown command: hint"
expect_exit 2 "unknown option" -- "$HANDOUT" render "$WORK/plain.yaml" --outptu x.pdf
expect_exit 2 "missing data file" -- "$HANDOUT" render
expect_exit 1 "data file that does not exist" -- "$HANDOUT" render "$WORK/absent.yaml" \
  && expect_in "$WORK/stderr" "absent.yaml" "absent data file: message names it"
expect_exit 1 "unknown bundled template" -- "$HANDOUT" render "$WORK/plain.yaml" -t handuot \
  -o "$WORK/out/t.pdf" && expect_in "$WORK/stderr" "did you mean 'handout'?" "template hint"

finish
