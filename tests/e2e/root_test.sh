# The root folder (--root): what the data and template may read by default, what --root DIR
# allows, and that a template shared by a batch is confined by each document's own root. The
# refusals themselves are cases of the bad-input corpus (tests/bad/root-*).
source "$(dirname "$0")/lib.sh"

cd "$WORK"
REAL=$(pwd -P)  # the roots named in messages are resolved paths
mkdir -p project/figures secret shared/partials shared/fonts common sub
cp "$SOURCE_DIR/tests/fixtures/images/rgb.png" secret/photo.png
cp "$SOURCE_DIR/tests/fixtures/images/rgb.png" project/photo.png
cp "$SOURCE_DIR/fonts/NotoSans-Regular.ttf" shared/fonts/Own-Regular.ttf
cat >project/data.yaml <<'EOF'
title: A figure beside the project
figure:
  path: ../secret/photo.png
  caption: Outside the data's folder.
items:
  - heading: One
    description: An item.
EOF

# image_count PDF: how many images the PDF places.
image_count() { pdfimages -list "$1" | tail -n +3 | wc -l; }

expect_exit 1 "a figure outside the data's folder is refused by default" -- \
  "$HANDOUT" render project/data.yaml -o out/refused.pdf
expect_in "$WORK/stderr" "figure '../secret/photo.png' is outside the root folder $REAL/project" \
  "the message names the figure and the root"
[ ! -e out/refused.pdf ] && pass "nothing written" || fail "a PDF was written"
expect_exit 0 "--root DIR allows it" -- \
  "$HANDOUT" render project/data.yaml -o out/allowed.pdf --root .
[ "$(image_count out/allowed.pdf)" -eq 1 ] && pass "the figure is in the PDF" \
  || fail "the PDF places $(image_count out/allowed.pdf) images"
expect_exit 0 "--root=DIR, absolute" -- \
  "$HANDOUT" render project/data.yaml -o out/allowed2.pdf "--root=$WORK"

# A link inside the root to a file inside it is followed.
ln -s ../photo.png project/figures/alias.png
sed 's|path: ../secret/photo.png|path: figures/alias.png|' project/data.yaml >project/alias.yaml
expect_exit 0 "a symbolic link that stays inside the root is followed" -- \
  "$HANDOUT" render project/alias.yaml -o out/alias.pdf
[ "$(image_count out/alias.pdf)" -eq 1 ] && pass "the linked figure is in the PDF" \
  || fail "the linked figure is missing"

# A template file given with -t reads its partials and fonts beside it, wherever it is; the same
# template named by the data must lie inside the root.
cat >shared/layout.yaml <<'EOF'
fonts:
  own: {regular: fonts/Own-Regular.ttf}
styles:
  body: {size: 10pt}
body:
  - title: "{{title}}"
  - include: partials/items.yaml
EOF
printf -- '- paragraph: "{{title}}, from a partial beside the template."\n' >shared/partials/items.yaml
printf 'title: Shared layout\nitems: []\n' >project/plain.yaml
expect_exit 0 "-t: the template's own partials and fonts are readable" -- \
  "$HANDOUT" render project/plain.yaml -t shared/layout.yaml -o out/shared.pdf
pdftotext out/shared.pdf - | has_line "from a partial beside the template" \
  && pass "the partial was included" || fail "the partial's text is missing"
printf 'title: Shared layout\ntemplate: ../shared/layout.yaml\nitems: []\n' >project/named.yaml
expect_exit 1 "the data may not name a template outside the root" -- \
  "$HANDOUT" render project/named.yaml -o out/named.pdf
expect_in "$WORK/stderr" "template '../shared/layout.yaml' is outside the root folder" \
  "the template named by the data is refused"
expect_exit 0 "... unless --root allows it" -- \
  "$HANDOUT" render project/named.yaml -o out/named.pdf --root .

# In a batch each document has its own root (its data file's folder), also when documents
# share a template: here shared/layout2.yaml includes ../common/items.yaml, which is inside the
# root of top.yaml (the working folder) but not inside that of sub/below.yaml.
sed 's|include: partials/items.yaml|include: ../common/items.yaml|' shared/layout.yaml \
  >shared/layout2.yaml
cp shared/partials/items.yaml common/items.yaml
printf 'title: Top\nitems: []\n' >top.yaml
printf 'title: Below\nitems: []\n' >sub/below.yaml
expect_exit 1 "batch: a shared template is confined by each document's root" -- \
  "$HANDOUT" build top.yaml sub/below.yaml -t shared/layout2.yaml -o batch -j 1
[ -s batch/top.pdf ] && pass "the document whose root holds the partial is built" \
  || fail "top.pdf was not built"
[ ! -e batch/below.pdf ] && pass "the other is not" || fail "below.pdf was built"
expect_in "$WORK/stderr" "include '../common/items.yaml' is outside the root folder $REAL/sub" \
  "the second document's refusal names its own root"
expect_exit 0 "batch: --root covers every document" -- \
  "$HANDOUT" build top.yaml sub/below.yaml -t shared/layout2.yaml -o batch2 --root .

# --root is not for commands that read no data.
expect_exit 2 "templates takes no --root" -- "$HANDOUT" templates --root .

finish
