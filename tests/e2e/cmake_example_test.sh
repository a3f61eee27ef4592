# examples/cmake, built with cmake/Handout.cmake and Ninja: the PDF is made, a touched figure,
# template or data file renders it again (through handout's --depfile), an untouched build does
# nothing. Works on a copy, so the source tree is never touched.
source "$(dirname "$0")/lib.sh"

command -v cmake >/dev/null && command -v ninja >/dev/null || { echo "needs cmake and ninja"; exit 1; }
mkdir -p "$WORK/src/examples"
cp -r "$SOURCE_DIR/cmake" "$WORK/src/"
cp -r "$SOURCE_DIR/examples/cmake" "$WORK/src/examples/"
example="$WORK/src/examples/cmake"
build="$WORK/build"

expect_exit 0 "configure the example with -G Ninja" -- \
  cmake -S "$example" -B "$build" -G Ninja -DHANDOUT_EXECUTABLE="$HANDOUT"
expect_exit 0 "build the example" -- cmake --build "$build"
expect_in "$WORK/stdout" "Rendering notes.pdf with handout" "the first build renders the PDF"

pdf="$build/notes.pdf"
pdfinfo "$pdf" >"$WORK/info" 2>&1 || fail "pdfinfo cannot read $pdf"
expect_in "$WORK/info" "Title:           Build notes" "the PDF has the data's title"
pdftotext "$pdf" "$WORK/text"
expect_in "$WORK/text" "Left alone otherwise" "the PDF holds the data's items"
[ "$(pdfimages -list "$pdf" | tail -n +3 | wc -l)" -eq 1 ] && pass "the PDF holds the figure" \
  || fail "the figure is missing: $(pdfimages -list "$pdf")"
expect_in "$build/CMakeFiles/notes.handout.d" "stripes.png" "the depfile lists the figure"

# rebuild DESCRIPTION: a build that must (or, with "nothing", must not) render again.
rebuild() {
  local what=$1 expected=$2
  expect_exit 0 "build after $what" -- cmake --build "$build"
  if [ "$expected" = renders ]; then
    expect_in "$WORK/stdout" "Rendering notes.pdf with handout" "$what renders the PDF again"
  elif grep -q "Rendering" "$WORK/stdout"; then
    fail "$what rendered the PDF again: $(cat "$WORK/stdout")"
  else
    expect_in "$WORK/stdout" "no work to do" "$what: nothing to do"
  fi
}

rebuild "touching nothing" nothing
for input in stripes.png notes-template.yaml notes.yaml; do
  sleep 0.01
  touch "$example/$input"
  rebuild "touching $input" renders
  rebuild "touching nothing after $input" nothing
done

# An edited data file gives another PDF.
cp "$pdf" "$WORK/before.pdf"
sed -i 's/^title: Build notes$/title: Build notes, edited/' "$example/notes.yaml"
rebuild "editing notes.yaml" renders
cmp -s "$pdf" "$WORK/before.pdf" && fail "the edited data gave the same PDF"
pdfinfo "$pdf" >"$WORK/info"
expect_in "$WORK/info" "Title:           Build notes, edited" "the edit is in the PDF"

finish
