# The command line as documented in --help and the README.
source "$(dirname "$0")/lib.sh"

expect_exit 0 "--help" -- "$HANDOUT" --help
expect_in "$WORK/stdout" "handout render DATA.yaml [-t TEMPLATE] [-o OUT.pdf]" "--help shows render"
expect_in "$WORK/stdout" "Exit codes" "--help documents exit codes"
expect_exit 0 "--version" -- "$HANDOUT" --version
grep -qE '^handout [0-9]+\.[0-9]+\.[0-9]+$' "$WORK/stdout" && pass "version format" \
  || fail "version output: $(cat "$WORK/stdout")"

# A command's help: its usage and only the options it takes; 'handout help COMMAND' is the same.
expect_exit 0 "render --help" -- "$HANDOUT" render --help
cp "$WORK/stdout" "$WORK/render-help"
expect_in "$WORK/render-help" "handout render DATA.yaml" "render --help shows render's usage"
expect_in "$WORK/render-help" "--page-size SIZE" "render --help lists --page-size"
if grep -q -e "--jobs" -e "--preflight" -e "handout build" "$WORK/render-help"; then
  fail "render --help lists what render does not take: $(grep -e --jobs -e --preflight "$WORK/render-help")"
else
  pass "render --help leaves out --jobs, --preflight and build"
fi
expect_exit 0 "help render" -- "$HANDOUT" help render
cmp -s "$WORK/stdout" "$WORK/render-help" && pass "'help render' is 'render --help'" \
  || fail "'help render' differs from 'render --help'"
expect_exit 0 "build --help" -- "$HANDOUT" build --help
expect_in "$WORK/stdout" "-j, --jobs N" "build --help lists --jobs"
expect_in "$WORK/stdout" "--each PATH" "build --help lists --each"
expect_exit 0 "check -h" -- "$HANDOUT" check -h
expect_in "$WORK/stdout" "--preflight" "check -h lists --preflight"
expect_exit 2 "help with an unknown command" -- "$HANDOUT" help biuld
expect_in "$WORK/stderr" "did you mean 'build'?" "help biuld suggests build"

# No arguments: the bundled example into output/ of the working folder.
mkdir "$WORK/cwd"
(cd "$WORK/cwd" && "$HANDOUT" >"$WORK/stdout" 2>"$WORK/stderr") || fail "handout with no arguments"
[ -s "$WORK/cwd/output/rust-is-used-for.pdf" ] && pass "no arguments: output/rust-is-used-for.pdf" \
  || fail "no arguments: no output/rust-is-used-for.pdf; stderr: $(cat "$WORK/stderr")"
expect_in "$WORK/stdout" "output/rust-is-used-for.pdf" "no arguments: prints the output path"

# Default output path: output/<data stem>.pdf relative to the working folder.
cp "$SOURCE_DIR/data/rust-is-used-for.yaml" "$SOURCE_DIR/data/rust-is-used-for.png" "$WORK/cwd/"
mv "$WORK/cwd/rust-is-used-for.yaml" "$WORK/cwd/areas.yaml"
(cd "$WORK/cwd" && "$HANDOUT" render areas.yaml >/dev/null 2>&1) || fail "render areas.yaml"
[ -s "$WORK/cwd/output/areas.pdf" ] && pass "default output is output/<stem>.pdf" \
  || fail "no output/areas.pdf"

# check: validates and lays out, writes nothing.
expect_exit 0 "check the example" -- "$HANDOUT" check "$SOURCE_DIR/data/rust-is-used-for.yaml"
expect_in "$WORK/stdout" "ok (" "check reports ok with the page count"
printf 'title: A\nitems: 3\n' >"$WORK/bad.yaml"
expect_exit 1 "check a bad file" -- "$HANDOUT" check "$WORK/bad.yaml"
[ -z "$(find "$WORK" -name '*.pdf' -newer "$WORK/bad.yaml")" ] || fail "check wrote a file"

# A template given by path, and one named by the data file.
cp "$SOURCE_DIR/templates/handout.yaml" "$WORK/cwd/mine.yaml"
sed -i 's/size: A4 .*/size: Letter/' "$WORK/cwd/mine.yaml"
expect_exit 0 "render with -t PATH" -- "$HANDOUT" render "$WORK/cwd/areas.yaml" \
  -t "$WORK/cwd/mine.yaml" -o "$WORK/letter.pdf"
pdfinfo "$WORK/letter.pdf" | has_line "612 x 792 pts (letter)" && pass "-t PATH is used" \
  || fail "-t PATH: page size $(pdfinfo "$WORK/letter.pdf" | grep 'Page size')"
sed -i 's/^template: handout$/template: mine.yaml/' "$WORK/cwd/areas.yaml"
expect_exit 0 "render with the data's template key" -- "$HANDOUT" render "$WORK/cwd/areas.yaml" \
  -o "$WORK/letter2.pdf"
pdfinfo "$WORK/letter2.pdf" | has_line "(letter)" && pass "data's template key is used" \
  || fail "data's template key ignored"

# -o - (or /dev/stdout) writes the PDF to the standard output, the summary line to the error
# stream; a named pipe or a device is written in place, never replaced by a renamed file.
"$HANDOUT" render "$WORK/cwd/areas.yaml" -t "$WORK/cwd/mine.yaml" -o "$WORK/file.pdf" --quiet
"$HANDOUT" render "$WORK/cwd/areas.yaml" -t "$WORK/cwd/mine.yaml" -o - >"$WORK/stdout.pdf" \
  2>"$WORK/stderr" && cmp -s "$WORK/file.pdf" "$WORK/stdout.pdf" &&
  grep -q "^- (" "$WORK/stderr" && pass "-o - writes the PDF to the standard output" ||
  fail "-o -: $(head -c 300 "$WORK/stderr")"
mkfifo "$WORK/pipe.pdf"
cat "$WORK/pipe.pdf" >"$WORK/from-pipe.pdf" &
reader=$!
"$HANDOUT" render "$WORK/cwd/areas.yaml" -t "$WORK/cwd/mine.yaml" -o "$WORK/pipe.pdf" --quiet
wait "$reader"
[ -p "$WORK/pipe.pdf" ] && cmp -s "$WORK/file.pdf" "$WORK/from-pipe.pdf" &&
  pass "a named pipe as -o is written into, and stays a pipe" || fail "-o NAMED-PIPE"
if mknod "$WORK/null" c 1 3 2>/dev/null; then  # as root, as in many CI containers
  "$HANDOUT" render "$WORK/cwd/areas.yaml" -t "$WORK/cwd/mine.yaml" -o "$WORK/null" --quiet
  [ -c "$WORK/null" ] && pass "a device as -o stays a device" || fail "-o DEVICE replaced it"
fi

# The data through a pipe: read once, by the data load (the template guess leaves pipes alone).
printf 'title: Piped\nitems:\n  - heading: Through a pipe\n    description: It arrives.\n' |
  "$HANDOUT" render /dev/stdin -o "$WORK/piped.pdf" >"$WORK/stdout" 2>"$WORK/stderr" &&
  pdftotext "$WORK/piped.pdf" - | has_line "Through a pipe" && pass "render /dev/stdin" ||
  fail "render /dev/stdin: $(cat "$WORK/stderr")"

finish
