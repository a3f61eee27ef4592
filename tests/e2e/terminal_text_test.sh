# Text from the inputs never reaches the terminal as control characters: escape sequences (ESC,
# the one-character CSI U+009B), other C0 and C1 controls, DEL and bidirectional overrides in
# keys, values and file names are printed as U+FFFD in messages, hints, excerpts, progress and
# summary lines and the preflight report; the JSON report escapes them and keeps the names.
source "$(dirname "$0")/lib.sh"

cd "$WORK"
export NO_COLOR=1  # handout's own colours off: any escape sequence left would come from the input
mkdir -p data

# has_controls FILE: whether FILE holds a C0 control other than newline and tab, DEL, a C1
# control (as UTF-8 or as a raw byte) or a bidirectional override or isolate.
has_controls() {
  LC_ALL=C grep -qaP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]' "$1"
}

# clean NAME FILE: FILE holds no control character.
clean() {
  if has_controls "$2"; then
    fail "$1: control characters reach the terminal: $(od -c "$2" | head -20)"
  else
    pass "$1"
  fi
}

evil=$'\e[2J\e]0;owned\a\xc2\x9b1m\xe2\x80\xae\x7f\r'  # U+009B, U+202E, DEL and CR among them
shown='�[2J�]0;owned��1m���'
mkdir -p "dir$evil"
# An unknown key, a value quoted in a message and a file name, all with escape sequences.
printf '%s\n' 'title: Hostile' "\"key$(printf '\\e[31m')\": 1" >"data/bad$evil.yaml"
printf '%s\n' 'title: Fine' 'items:' '  - heading: One' '    description: An item.' \
  >"data/good$evil.yaml"
printf '%s\n' 'title: Fine' "template: \"missing$(printf '\\e[5m').yaml\"" >data/template.yaml
cp "data/bad$evil.yaml" "dir$evil/bad.yaml"
cp "data/good$evil.yaml" "dir$evil/good.yaml"

"$HANDOUT" render "data/bad$evil.yaml" -o out/bad.pdf >stdout 2>stderr && fail "render succeeded"
expect_in stderr "error: unknown field 'key�[31m'" "the key is quoted with U+FFFD for ESC"
expect_in stderr "data/bad$shown.yaml:2:1" "the file name too"
clean "render: error message, excerpt and file name" stderr
clean "render: standard output" stdout

"$HANDOUT" render data/template.yaml -o out/t.pdf >stdout 2>stderr && fail "render succeeded"
clean "render: a template name from the data" stderr

"$HANDOUT" render "data/good$evil.yaml" -o "out/good$evil.pdf" >stdout 2>stderr ||
  fail "render good: $(cat stderr)"
clean "render: the summary line naming the output" stdout
"$HANDOUT" render "data/good$evil.yaml" >stdout 2>stderr && fail "an output named after it"
expect_in stderr "the output file 'output/good$shown.pdf', named after this data file" \
  "no output is named with control characters from a data file's name"
clean "render: that message" stderr

"$HANDOUT" check "data/good$evil.yaml" >stdout 2>stderr || fail "check: $(cat stderr)"
expect_in stdout ": ok (1 page)" "check prints its line"
clean "check: the ok line" stdout

"$HANDOUT" build data -o built -j 1 >stdout 2>stderr && fail "build of hostile names succeeded"
clean "build: the refused names" stderr

"$HANDOUT" build "dir$evil" -o built -j 1 --verbose --report report.json >stdout 2>stderr &&
  fail "build succeeded"
clean "build: progress lines (ok and FAIL) and summary, standard output" stdout
clean "build: messages, standard error" stderr
expect_in stderr "FAIL dir$shown/bad.yaml" "the FAIL line names the file, sanitised"

"$HANDOUT" check "dir$evil" data --preflight >stdout 2>stderr && fail "check --preflight succeeded"
clean "check --preflight: the report" stdout
clean "check --preflight: messages" stderr

# The JSON report escapes every control character (a \u escape reads back as the same text):
# the names are kept, and printing the file on a terminal is safe.
clean "the JSON report holds no raw control character" report.json
python3 - "$evil" <<'EOF2' && pass "the JSON report keeps the file names" || fail "JSON report"
import json, sys
evil = sys.argv[1]
report = json.load(open("report.json"))
sources = {d["source"] for d in report["documents"]}
assert sources == {"dir" + evil + "/bad.yaml", "dir" + evil + "/good.yaml"}, sources
EOF2
"$HANDOUT" check "dir$evil" data --preflight --json >stdout 2>stderr && fail "check --json succeeded"
clean "check --preflight --json" stdout
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' stdout && pass "valid JSON" ||
  fail "preflight JSON is not valid"

finish
