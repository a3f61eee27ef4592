# Reproducible output: identical inputs give identical bytes whatever the folder, the working
# directory, the time zone or the clock; dates come from the data, else SOURCE_DATE_EPOCH, else
# none are written; the /ID is the MD5 of the file as saved with a zero placeholder ID.
source "$(dirname "$0")/lib.sh"

# Two copies of the bundled data at different absolute paths, rendered from different folders.
mkdir -p "$WORK/one" "$WORK/second/copy/deeper"
cp -r "$SOURCE_DIR/data" "$WORK/one/"
cp -r "$SOURCE_DIR/data" "$WORK/second/copy/deeper/"
render() {  # render FOLDER DATA OUT [env assignments...]
  local folder=$1 data=$2 out=$3
  shift 3
  (cd "$folder" && env "$@" "$HANDOUT" render "$data" -o "$out" --quiet)
}

for example in rust-is-used-for cli-cheat-sheet; do
  render "$WORK/one" "data/$example.yaml" "$WORK/$example.1.pdf" -u SOURCE_DATE_EPOCH TZ=UTC
  render "$WORK/second" "$WORK/second/copy/deeper/data/$example.yaml" "$WORK/$example.2.pdf" \
    -u SOURCE_DATE_EPOCH TZ=Pacific/Kiritimati LC_ALL=C.UTF-8
  cmp -s "$WORK/$example.1.pdf" "$WORK/$example.2.pdf" \
    && pass "$example: same bytes from two folders, two time zones" \
    || fail "$example: the two renders differ"
done
for template in reference-sheet cards; do
  for run in 1 2; do
    (cd "$WORK/one" && env -u SOURCE_DATE_EPOCH "$HANDOUT" render data/cli-cheat-sheet.yaml \
      -t "$template" -o "$WORK/$template.$run.pdf" --quiet)
  done
  cmp -s "$WORK/$template.1.pdf" "$WORK/$template.2.pdf" \
    && pass "$template template: same bytes twice" || fail "$template template: two runs differ"
done

pdf="$WORK/rust-is-used-for.1.pdf"
qpdf --check "$pdf" >"$WORK/qpdf" 2>&1 || fail "qpdf --check: $(cat "$WORK/qpdf")"

# No absolute path (nor the data's or figure's file names) anywhere, streams uncompressed.
qpdf --qdf --object-streams=disable "$pdf" "$WORK/plain.pdf"
if grep -a -q -e "$WORK" -e "$SOURCE_DIR" -e "rust-is-used-for\." "$WORK/plain.pdf"; then
  fail "the PDF names a file path: $(grep -a -o -e "$WORK[^ )]*" -e "rust-is-used-for\.[a-z]*" \
    "$WORK/plain.pdf" | head -3)"
else
  pass "no file path in the PDF"
fi

# Without a date in the data and without SOURCE_DATE_EPOCH no date is written.
pdfinfo "$pdf" >"$WORK/info.none"
grep -E -q "^(CreationDate|ModDate):" "$WORK/info.none" \
  && fail "a date was written without a date source: $(grep Date "$WORK/info.none")" \
  || pass "no date without the data's date or SOURCE_DATE_EPOCH"

# SOURCE_DATE_EPOCH (UTC, whatever TZ says) gives both dates.
render "$WORK/one" data/rust-is-used-for.yaml "$WORK/epoch.1.pdf" SOURCE_DATE_EPOCH=1700000000 TZ=UTC
render "$WORK/second" copy/deeper/data/rust-is-used-for.yaml "$WORK/epoch.2.pdf" \
  SOURCE_DATE_EPOCH=1700000000 TZ=Asia/Tokyo
cmp -s "$WORK/epoch.1.pdf" "$WORK/epoch.2.pdf" && pass "SOURCE_DATE_EPOCH: same bytes in two TZs" \
  || fail "SOURCE_DATE_EPOCH: two renders differ"
grep -a -q "/CreationDate (D:20231114221320Z" "$WORK/epoch.1.pdf" \
  && grep -a -q "/ModDate (D:20231114221320Z" "$WORK/epoch.1.pdf" \
  && pass "SOURCE_DATE_EPOCH=1700000000 is CreationDate and ModDate 2023-11-14 22:13:20 UTC" \
  || fail "SOURCE_DATE_EPOCH dates: $(grep -a -o "/[A-Za-z]*Date ([^)]*)" "$WORK/epoch.1.pdf")"
cmp -s "$pdf" "$WORK/epoch.1.pdf" && fail "SOURCE_DATE_EPOCH changed nothing"

# The data's ISO date wins over SOURCE_DATE_EPOCH.
sed 's/^title: .*/&\ndate: 2024-05-17/' "$WORK/one/data/rust-is-used-for.yaml" \
  >"$WORK/one/data/dated.yaml"
render "$WORK/one" data/dated.yaml "$WORK/dated.pdf" SOURCE_DATE_EPOCH=1700000000
grep -a -q "/CreationDate (D:20240517000000" "$WORK/dated.pdf" \
  && grep -a -q "/ModDate (D:20240517000000" "$WORK/dated.pdf" \
  && pass "the data's date is CreationDate and ModDate" \
  || fail "data date: $(grep -a -o "/[A-Za-z]*Date ([^)]*)" "$WORK/dated.pdf")"

# A malformed SOURCE_DATE_EPOCH is a usage error, not a silent fallback.
for bad in abc -5 12.5 99999999999999; do
  expect_exit 2 "SOURCE_DATE_EPOCH=$bad is refused" -- \
    env SOURCE_DATE_EPOCH="$bad" "$HANDOUT" render "$WORK/one/data/rust-is-used-for.yaml" \
    -o "$WORK/bad.pdf"
  expect_in "$WORK/stderr" "SOURCE_DATE_EPOCH is '$bad'" "SOURCE_DATE_EPOCH=$bad is named"
done

# The /ID: two equal halves, the MD5 of the file with zeros in their place; another content,
# another ID.
python3 - "$pdf" "$WORK/dated.pdf" <<'PY' || fail "the document ID is not the content's MD5"
import hashlib, re, sys
ids = []
for path in sys.argv[1:]:
    data = open(path, "rb").read()
    trailer = data.rindex(b"trailer")
    match = re.compile(rb"/ID \[ <([0-9A-F]{32})> <([0-9A-F]{32})> \]").search(data, trailer)
    assert match, f"{path}: no /ID in the trailer"
    assert match.group(1) == match.group(2), f"{path}: the two halves differ"
    zeroed = data[:match.start(1)] + b"0" * 32 + data[match.end(1):match.start(2)] + b"0" * 32 \
        + data[match.end(2):]
    assert hashlib.md5(zeroed).hexdigest().upper().encode() == match.group(1), f"{path}: not MD5"
    ids.append(match.group(1))
assert ids[0] != ids[1], "two different documents share an ID"
PY
pass "the /ID is the MD5 of the content and differs between documents"

finish
