# The bundled templates with both bundled data sets: each renders, is a valid PDF, has the page
# size, orientation, columns or card grid its template declares, an outline of its headings and
# its links; a contents page whose numbers are the pages the headings land on; and the
# `handout templates`, `handout init` and `handout watch` commands.
source "$(dirname "$0")/lib.sh"
FACTS=(python3 "$SOURCE_DIR/tests/e2e/pdf_facts.py")
MM=2.834645669

page_size() { pdfinfo "$1" | sed -n 's/^Page size: *\([0-9.]*\) x \([0-9.]*\) pts.*/\1 \2/p'; }

# expect_page_size PDF WIDTH HEIGHT DESCRIPTION (points, within 1pt)
expect_page_size() {
  read -r width height <<<"$(page_size "$1")"
  if awk -v w="$width" -v h="$height" -v W="$2" -v H="$3" \
    'BEGIN { exit !((w - W) ^ 2 < 1 && (h - H) ^ 2 < 1) }'; then
    pass "$4: $width x $height pt"
  else
    fail "$4: page is $width x $height pt, expected $2 x $3"
  fi
}

# expect_equal ACTUAL EXPECTED DESCRIPTION
expect_equal() {
  if [ "$1" = "$2" ]; then pass "$3 ($1)"; else fail "$3: got '$1', expected '$2'"; fi
}

declare -A ITEMS=([rust-is-used-for]=24 [cli-cheat-sheet]=40)
declare -A SECTIONS=([rust-is-used-for]=0 [cli-cheat-sheet]=6)

render() {  # render TEMPLATE DATA -> $WORK/TEMPLATE-DATA.pdf
  local pdf="$WORK/$1-$2.pdf"
  expect_exit 0 "$2 renders with $1" -- "$HANDOUT" render "$SOURCE_DIR/data/$2.yaml" -t "$1" \
    -o "$pdf" || return 1
  qpdf --check "$pdf" >/dev/null 2>&1 && pass "$1/$2: qpdf --check" || fail "$1/$2: qpdf --check"
}

outline_count() { "${FACTS[@]}" outline "$1" | awk -F'\t' -v l="$2" '$2 == l' | wc -l; }

for data in rust-is-used-for cli-cheat-sheet; do
  items=${ITEMS[$data]}
  sections=${SECTIONS[$data]}

  # handout: A4 portrait, one column on every page, every item heading in the outline.
  if render handout "$data"; then
    pdf="$WORK/handout-$data.pdf"
    expect_page_size "$pdf" 595.276 841.89 "handout/$data: A4 portrait"
    columns=$("${FACTS[@]}" columns "$pdf" $(echo "20 * $MM" | bc) $(echo "22 * $MM" | bc))
    expect_equal "$(tr ' ' '\n' <<<"$columns" | sort -u | tr '\n' ' ')" "1 " \
      "handout/$data: one column on every page"
    expect_equal "$("${FACTS[@]}" outline "$pdf" | wc -l)" "$((items + sections))" \
      "handout/$data: an outline entry per heading"
    pdftotext -f 1 -l 1 "$pdf" - | has_line "Page 1 of" && pass "handout/$data: footer" \
      || fail "handout/$data: no 'Page 1 of' footer on page 1"
  fi

  # reference-sheet: A4 landscape, three columns, sections at level 1 and items at level 2.
  if render reference-sheet "$data"; then
    pdf="$WORK/reference-sheet-$data.pdf"
    expect_page_size "$pdf" 841.89 595.276 "reference-sheet/$data: A4 landscape"
    # Text starts only at the left edges of three equal columns 7mm apart; the cheat sheet fills
    # all three on page 1, the Rust example is balanced over three.
    lefts=$("${FACTS[@]}" column-lefts "$pdf" 1 $(echo "10 * $MM" | bc) $(echo "12 * $MM" | bc))
    grid=$(awk 'BEGIN { mm = 72 / 25.4; w = (841.89 - 24 * mm - 14 * mm) / 3
                        for (k = 0; k < 3; k++) printf "%d ", 12 * mm + k * (w + 7 * mm) + 0.5 }')
    expect_equal "$lefts" "$(cut -d' ' -f1-$(($(wc -w <<<"$lefts"))) <<<"$grid")" \
      "reference-sheet/$data: columns start on the three-column grid"
    [ "$data" = cli-cheat-sheet ] && expect_equal "$(wc -w <<<"$lefts")" 3 \
      "reference-sheet/$data: three columns on page 1"
    expect_equal "$(outline_count "$pdf" 1)" "$((sections > 0 ? sections : items))" \
      "reference-sheet/$data: level-1 outline entries"
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
    [ "$pages" -le 2 ] && pass "reference-sheet/$data: fits on $pages page(s)" \
      || fail "reference-sheet/$data: $pages pages; a reference sheet should fit on 2"
  fi

  # cards: A4 portrait, eight cards on every page but the last, one item per card.
  if render cards "$data"; then
    pdf="$WORK/cards-$data.pdf"
    expect_page_size "$pdf" 595.276 841.89 "cards/$data: A4 portrait"
    cells=$("${FACTS[@]}" cells "$pdf" $(echo "10 * $MM; 12 * $MM; 10 * $MM; 12 * $MM" | bc) 2 4)
    full_pages=$((items / 8))
    expected=$(for ((i = 0; i < full_pages; i++)); do printf '8 '; done)
    [ $((items % 8)) -gt 0 ] && expected+="$((items % 8)) "
    expect_equal "$cells " "$expected" "cards/$data: cards holding text, page by page"
    expect_equal "$("${FACTS[@]}" outline "$pdf" | wc -l)" "$((items + 0))" \
      "cards/$data: one heading per card"
  fi
done

# Links: the cheat sheet's introduction links to the git manual.
"${FACTS[@]}" links "$WORK/reference-sheet-cli-cheat-sheet.pdf" 2>/dev/null \
  | has_line -F "uri https://git-scm.com/docs" && pass "reference-sheet: the intro's link" \
  || fail "reference-sheet: no link annotation to https://git-scm.com/docs"

# A contents page: its numbers are the pages the headings are on, and its entries are links.
pdf="$WORK/contents.pdf"
if expect_exit 0 "the cheat sheet with a contents page" -- "$HANDOUT" render \
  "$SOURCE_DIR/data/cli-cheat-sheet.yaml" -t "$SOURCE_DIR/tests/fixtures/blocks/contents.yaml" \
  -o "$pdf"; then
  if "${FACTS[@]}" toc "$pdf" 1 >"$WORK/toc" 2>"$WORK/toc-error"; then
    expect_equal "$(wc -l <"$WORK/toc")" 6 "contents: six entries, each on its heading's page"
    expect_equal "$(cut -f1 "$WORK/toc" | sort -un | wc -l | awk '$1 > 1 {print "several"}')" \
      several "contents: the sections start on different pages"
  else
    fail "contents: $(cat "$WORK/toc-error")"
  fi
  "${FACTS[@]}" links "$pdf" | awk -F'\t' '$1 == 1 && $2 ~ /^goto/' >"$WORK/toc-links"
  expect_equal "$(wc -l <"$WORK/toc-links")" 6 "contents: each entry links to its heading"
  expect_equal "$(cut -f2 "$WORK/toc-links" | tr '\n' ' ')" \
    "$(cut -f1 "$WORK/toc" | sed 's/^/goto /' | tr '\n' ' ')" "contents: links go to the pages"
fi

# handout templates: every bundled template with its description.
expect_exit 0 "handout templates" -- "$HANDOUT" templates || true
for name in handout reference-sheet cards; do
  grep -qE "^  $name +[A-Z]" "$WORK/stdout" && pass "templates lists $name with a description" \
    || fail "templates: no '$name' line with a description in: $(cat "$WORK/stdout")"
done

# handout init: a copy with its partials that renders as the original, and never overwrites.
mkdir -p "$WORK/init"
(cd "$WORK/init" && "$HANDOUT" init reference-sheet >"$WORK/stdout" 2>"$WORK/stderr") \
  && pass "init reference-sheet" || fail "init reference-sheet: $(cat "$WORK/stderr")"
cmp -s "$WORK/init/reference-sheet.yaml" "$SOURCE_DIR/templates/reference-sheet.yaml" \
  && pass "init: reference-sheet.yaml is the bundled file" || fail "init: no identical copy"
[ -f "$WORK/init/partials/reference-item.yaml" ] && pass "init: the partial is copied" \
  || fail "init: partials/reference-item.yaml not copied"
expect_exit 0 "the copy renders" -- "$HANDOUT" render "$SOURCE_DIR/data/cli-cheat-sheet.yaml" \
  -t "$WORK/init/reference-sheet.yaml" -o "$WORK/copy.pdf" || true
pages_of() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }
expect_equal "$(pages_of "$WORK/copy.pdf")" \
  "$(pages_of "$WORK/reference-sheet-cli-cheat-sheet.pdf" | grep . || echo none)" \
  "init: the copy renders as the original"
echo "# mine" >>"$WORK/init/reference-sheet.yaml"
expect_exit 3 "init refuses to overwrite" -- sh -c "cd '$WORK/init' && '$HANDOUT' init reference-sheet" || true
expect_in "$WORK/stderr" "already exists; 'handout init' never overwrites a file" \
  "init says why it refuses"
tail -1 "$WORK/init/reference-sheet.yaml" | has_line "# mine" && pass "init left the file alone" \
  || fail "init overwrote the file"
expect_exit 1 "init of an unknown template" -- "$HANDOUT" init crads "$WORK/init2" || true
expect_in "$WORK/stderr" "did you mean 'cards'?" "init suggests the closest name"

# handout watch: renders, re-renders on a change of the data or a partial, reports a broken
# file without stopping, and stops cleanly on Ctrl-C.
mkdir -p "$WORK/watch/partials"
cp "$SOURCE_DIR/data/rust-is-used-for.yaml" "$SOURCE_DIR/data/rust-is-used-for.png" "$WORK/watch/"
cp "$SOURCE_DIR/templates/reference-sheet.yaml" "$WORK/watch/"
cp "$SOURCE_DIR/templates/partials/reference-item.yaml" "$WORK/watch/partials/"
"$HANDOUT" watch "$WORK/watch/rust-is-used-for.yaml" -t "$WORK/watch/reference-sheet.yaml" \
  -o "$WORK/watch/out.pdf" >"$WORK/watch.out" 2>"$WORK/watch.err" &
watcher=$!

# wait_for COMMAND...: up to 10 s for COMMAND to succeed.
wait_for() {
  for _ in $(seq 100); do "$@" && return 0; sleep 0.1; done
  return 1
}
renders() { [ "$(grep -c 'rendered' "$WORK/watch.out")" -ge "$1" ]; }
wait_for renders 1 && pass "watch: first render" || fail "watch: no first render: $(cat "$WORK/watch.err")"
sleep 0.3
sed -i 's/^title: .*/title: Watched title/' "$WORK/watch/rust-is-used-for.yaml"
wait_for renders 2 && pass "watch: re-renders when the data changes" || fail "watch: no re-render"
pdfinfo "$WORK/watch/out.pdf" | has_line "Title: *Watched title" && pass "watch: new title in the PDF" \
  || fail "watch: the PDF does not have the new title"
sleep 0.3
sed -i 's/level: 2/level: 3/' "$WORK/watch/partials/reference-item.yaml"
wait_for renders 3 && pass "watch: re-renders when a partial changes" \
  || fail "watch: a partial's change was not seen"
sleep 0.3
sed -i 's/^title: .*/titel: Broken/' "$WORK/watch/rust-is-used-for.yaml"
wait_for grep -q "'titel'" "$WORK/watch.err" && pass "watch: prints the error" \
  || fail "watch: no error printed"
kill -0 "$watcher" 2>/dev/null && pass "watch: still running after an error" \
  || fail "watch: stopped after an error"
sleep 0.3
sed -i 's/^titel: .*/title: Fixed/' "$WORK/watch/rust-is-used-for.yaml"
wait_for renders 4 && pass "watch: renders again once fixed" || fail "watch: no render after the fix"
kill -INT "$watcher"
status=0
wait "$watcher" || status=$?
expect_equal "$status" 0 "watch: Ctrl-C stops it cleanly"
grep -q "stopped watching" "$WORK/watch.out" && pass "watch: says it stopped" \
  || fail "watch: no 'stopped watching'"

finish
