# Text that broke the line-break library before (a flag: a pair of regional indicators; U+FFFF,
# its end-of-text marker) is ordinary text: check, render and build succeed and the words around
# it come back from the PDF.
source "$(dirname "$0")/lib.sh"

cd "$WORK"
mkdir -p data
# YAML's escapes give U+FFFF, which YAML does not allow as a character in the file.
cat >data/flags.yaml <<'EOF'
title: "Flags 🇺🇸 here"
lang: en-US
items:
  - heading: "Attendees 🇩🇪🇫🇷🇯🇵"
    description: "Before \uFFFF after, and a flag 🇺🇸 inside a sentence long enough to wrap onto a second line of the page."
  - heading: Plain
    description: "Nothing special here."
EOF
sed 's/^title: .*/title: Plain document/' data/flags.yaml | sed 's/🇺🇸\|🇩🇪🇫🇷🇯🇵\|\\uFFFF//g' \
  >data/plain.yaml

expect_exit 0 "check a document with flags and U+FFFF" -- "$HANDOUT" check data/flags.yaml
expect_exit 0 "render it" -- "$HANDOUT" render data/flags.yaml -o flags.pdf
qpdf --check flags.pdf >/dev/null 2>&1 && pass "qpdf --check" || fail "qpdf --check flags.pdf"
pdftotext flags.pdf - | tr -s ' \n' ' ' >flags.txt
expect_in flags.txt "Flags" "the title's words come back"
expect_in flags.txt "here" "the word after the flag"
expect_in flags.txt "Before" "the word before U+FFFF"
expect_in flags.txt "after, and a flag" "the words after U+FFFF"
expect_in flags.txt "Nothing special here." "the next item"

expect_exit 0 "build both documents" -- "$HANDOUT" build data -o built -j 2 --report report.json
[ -s built/flags.pdf ] && [ -s built/plain.pdf ] && pass "both PDFs built" ||
  fail "built: $(ls built 2>&1)"
[ -s report.json ] && pass "report written" || fail "no report"
pdftotext built/flags.pdf - | tr -s ' \n' ' ' >built.txt
expect_in built.txt "Attendees" "the batch's PDF holds the text"
finish
