# Printed sheets compared with committed references (tests/references/print-*.png): the example
# 2-up, two sheet sides of a booklet with bleed, a page colour and crop marks, and the first card
# sheet with its backs. After an intended change of the look: UPDATE_REFERENCES=1 ctest -R
# visual, then look at the new sheets before committing them.
source "$(dirname "$0")/lib.sh"

fixtures="$SOURCE_DIR/tests/fixtures/print"
mkdir "$WORK/sheets"
expect_exit 0 "the example 2-up" -- "$HANDOUT" render "$SOURCE_DIR/data/rust-is-used-for.yaml" \
  --impose 2up -o "$WORK/2up.pdf"
pdftoppm -r 40 -gray -png "$WORK/2up.pdf" "$WORK/sheets/print-2up"
expect_exit 0 "a booklet with bleed and marks" -- "$HANDOUT" render "$fixtures/booklet.yaml" \
  --impose booklet --marks -o "$WORK/booklet.pdf"
for sheet in 1 3; do  # 8|1 (blank padding and the banner page) and 6|3
  pdftoppm -r 40 -gray -png -f $sheet -l $sheet "$WORK/booklet.pdf" "$WORK/sheets/print-booklet"
done
expect_exit 0 "flash cards with backs" -- "$HANDOUT" render "$fixtures/flash-cards.yaml" -t cards \
  --impose cards -o "$WORK/cards.pdf"
pdftoppm -r 40 -gray -png -f 1 -l 2 "$WORK/cards.pdf" "$WORK/sheets/print-cards"
python3 "$SOURCE_DIR/tests/e2e/compare_pages.py" "$WORK/sheets" "$SOURCE_DIR/tests/references" \
  print-2up print-booklet print-cards || fail "sheet images differ from the references"
finish
