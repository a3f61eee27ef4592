# Page images of the example compared with committed references (tests/references/*.png).
# After an intended change of the look: UPDATE_REFERENCES=1 ctest -R visual, then look at the
# new pages (pdftoppm -png) before committing them.
source "$(dirname "$0")/lib.sh"

expect_exit 0 "render the example" -- "$HANDOUT" render "$SOURCE_DIR/data/rust-is-used-for.yaml" \
  -o "$WORK/example.pdf"
mkdir "$WORK/pages"
pdftoppm -r 40 -gray -png "$WORK/example.pdf" "$WORK/pages/rust-is-used-for"
python3 "$SOURCE_DIR/tests/e2e/compare_pages.py" "$WORK/pages" "$SOURCE_DIR/tests/references" \
  rust-is-used-for || fail "page images differ from the references"
finish
