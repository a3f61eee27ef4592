# Balanced columns: the Rust example, on one page of the three-column reference sheet, ends at
# about the same height in all three columns; with `balance-columns: false` the third stays empty.
#
# How close the bottoms can get: each reference item is a group kept together (a heading and a
# one- or two-line description, about 24 to 33 pt), and no split of the Rust example's items
# over three columns brings all three bottoms within two lines: the shortest possible deepest
# column (321 pt of text) leaves 590 pt for the other two, about 14 pt less than two columns
# within 18.8 pt of it would need. So the check allows three lines, less than one item.
source "$(dirname "$0")/lib.sh"
MM=2.834645669
LEADING=9.4  # the reference sheet's body leading
ALLOWED_LINES=3

# column_bottoms PDF: for each of the reference sheet's three columns that holds text on page 1,
# "COLUMN BOTTOM" (the lowest word's yMax), from pdftotext -bbox; the footer is left out.
column_bottoms() {
  pdftotext -bbox -f 1 -l 1 "$1" - | awk -v mm="$MM" '
    BEGIN { left = 12 * mm; gap = 7 * mm; width = (841.89 - 24 * mm - 2 * gap) / 3
            text_bottom = 595.276 - 12 * mm }
    /<word / {
      match($0, /xMin="[0-9.]*"/); x = substr($0, RSTART + 6, RLENGTH - 7) + 0
      match($0, /yMax="[0-9.]*"/); y = substr($0, RSTART + 6, RLENGTH - 7) + 0
      if (y > text_bottom + 0.5) next
      column = int((x - left + gap / 2) / (width + gap)) + 1
      if (y > bottom[column]) bottom[column] = y
    }
    END { for (c = 1; c <= 3; c++) if (c in bottom) printf "%d %.1f\n", c, bottom[c] }'
}

RUST="$SOURCE_DIR/data/rust-is-used-for.yaml"
balanced="$WORK/balanced.pdf"
if expect_exit 0 "the Rust example renders with the reference sheet" -- \
  "$HANDOUT" render "$RUST" -t reference-sheet -o "$balanced"; then
  pages=$(pdfinfo "$balanced" | awk '/^Pages:/ {print $2}')
  [ "$pages" = 1 ] && pass "balanced: one page" || fail "balanced: $pages pages, expected 1"
  bottoms=$(column_bottoms "$balanced")
  if [ "$(wc -l <<<"$bottoms")" = 3 ]; then
    pass "balanced: all three columns hold text"
  else
    fail "balanced: text in columns $(cut -d' ' -f1 <<<"$bottoms" | tr '\n' ' ')of 3"
  fi
  spread=$(awk '{ if (NR == 1 || $2 < low) low = $2; if ($2 > high) high = $2 }
                END { printf "%.1f", high - low }' <<<"$bottoms")
  if awk -v s="$spread" -v l="$LEADING" -v n="$ALLOWED_LINES" 'BEGIN { exit !(s < n * l) }'; then
    pass "balanced: column bottoms within $spread pt, less than $ALLOWED_LINES lines"
  else
    fail "balanced: column bottoms differ by $spread pt ($ALLOWED_LINES lines:" \
      "$(echo "$ALLOWED_LINES * $LEADING" | bc)): $(tr '\n' ';' <<<"$bottoms")"
  fi
  deepest() { column_bottoms "$1" | awk '$2 > d { d = $2 } END { print d }'; }
  # Balancing moves text, never loses or repeats it: the same words as the unbalanced page.
  cp "$SOURCE_DIR/templates/reference-sheet.yaml" "$WORK/unbalanced.yaml"
  cp -r "$SOURCE_DIR/templates/partials" "$WORK/partials"
  sed -i 's/^  columns: 3$/  columns: 3\n  balance-columns: false/' "$WORK/unbalanced.yaml"
  unbalanced="$WORK/unbalanced.pdf"
  if expect_exit 0 "the Rust example renders with balance-columns: false" -- \
    "$HANDOUT" render "$RUST" -t "$WORK/unbalanced.yaml" -o "$unbalanced"; then
    # The balanced page is the shorter one: its deepest column ends well above the unbalanced.
    if awk -v b="$(deepest "$balanced")" -v u="$(deepest "$unbalanced")" -v l="$LEADING" \
      'BEGIN { exit !(b < u - 5 * l) }'; then
      pass "balanced columns end at $(deepest "$balanced") pt, unbalanced at $(deepest "$unbalanced")"
    else
      fail "balanced columns end at $(deepest "$balanced") pt, unbalanced at $(deepest "$unbalanced")"
    fi
    [ "$(column_bottoms "$unbalanced" | wc -l)" = 2 ] &&
      pass "unbalanced: the third column stays empty" ||
      fail "unbalanced: expected text in two columns, got: $(column_bottoms "$unbalanced" | tr '\n' ';')"
    words() { pdftotext -f 1 -l 1 "$1" - | tr -s ' \n' '\n\n' | sort; }
    if diff <(words "$balanced") <(words "$unbalanced") >/dev/null; then
      pass "balanced and unbalanced pages hold the same words"
    else
      fail "balancing changed the words on the page"
    fi
  fi
fi

finish
