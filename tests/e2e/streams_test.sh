# Data that arrives through a pipe and outputs on devices and in /dev: an error in piped data ends
# the run with its excerpt (the printer quotes the bytes already read, it never opens the data
# again); a regular file under /dev/shm is replaced atomically like any other; data from a pipe
# has the working folder as its root, never /dev.
source "$(dirname "$0")/lib.sh"

cd "$WORK"
SHM=/dev/shm/handout-e2e-$$-$RANDOM
trap 'rm -rf "$WORK" "$SHM".*' EXIT
mkdir -p out figures
cp "$SOURCE_DIR/tests/fixtures/images/rgb.png" figures/a.png
printf 'title: Piped\nitmes:\n  - heading: A misspelt key\n' >bad.yaml
printf 'title: Good\nitems:\n  - heading: One\n    description: An item.\n' >good.yaml

# feed_fifo FIFO FILE: starts $writer, a writer that waits in open() until a reader comes, then writes FILE.
feed_fifo() {
  cat "$2" >"$1" &
  writer=$!
  sleep 0.2  # the writer is in open(), counted as a writer: the reader cannot see an empty pipe
}

# An erroneous document through a named pipe: the message and its excerpt, then exit 1.
mkfifo data.fifo
feed_fifo data.fifo bad.yaml
status=0
timeout -s KILL 20 "$HANDOUT" render data.fifo -o out/fifo.pdf >stdout 2>stderr || status=$?
if [ "$status" -eq 1 ]; then pass "render: an error in data from a named pipe ends the run (exit 1)"
else fail "render from a named pipe: exit $status (137: it hung and was killed)"; fi
expect_in stderr "data.fifo:2:1: error: unknown field 'itmes'" "render: the message"
expect_in stderr " 2 | itmes:" "render: the excerpt comes from the bytes already read"
kill "$writer" 2>/dev/null || true

feed_fifo data.fifo bad.yaml
status=0
timeout -s KILL 20 "$HANDOUT" build data.fifo -o out/batch -j 1 >stdout 2>stderr || status=$?
if [ "$status" -eq 1 ]; then pass "build: an error in data from a named pipe ends the run (exit 1)"
else fail "build from a named pipe: exit $status (137: it hung and was killed)"; fi
expect_in stderr " 2 | itmes:" "build: the excerpt"
kill "$writer" 2>/dev/null || true

# The same through the standard input.
status=0
timeout -s KILL 20 "$HANDOUT" render /dev/stdin -o out/stdin.pdf <bad.yaml >stdout 2>stderr ||
  status=$?
[ "$status" -eq 1 ] && pass "render /dev/stdin with an error: exit 1" || fail "/dev/stdin: $status"
expect_in stderr " 2 | itmes:" "/dev/stdin: the excerpt"

# -o to a regular file under /dev/shm: replaced atomically like any file (an earlier, larger file
# used to be written into without being truncated, leaving a damaged PDF).
"$HANDOUT" render good.yaml -o out/reference.pdf --quiet
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
  head -c 204800 /dev/zero >"$SHM.pdf"
  expect_exit 0 "-o over an existing 200 KB file in /dev/shm" -- \
    "$HANDOUT" render good.yaml -o "$SHM.pdf" --quiet
  cmp -s out/reference.pdf "$SHM.pdf" && pass "it now holds exactly the PDF" ||
    fail "the file in /dev/shm is $(stat -c %s "$SHM.pdf") bytes, not the PDF's $(stat -c %s out/reference.pdf)"
  rm -f "$SHM.pdf"
  expect_exit 0 "-o to a new file in /dev/shm" -- "$HANDOUT" render good.yaml -o "$SHM.pdf" --quiet
  cmp -s out/reference.pdf "$SHM.pdf" && pass "the new file is the PDF" || fail "new file in /dev/shm"
  leftovers=$(find /dev/shm -maxdepth 1 -name ".handout-e2e-$$-*.tmp-*" | wc -l)
  [ "$leftovers" -eq 0 ] && pass "no temporary file left in /dev/shm" || fail "$leftovers left"
else
  echo "skipped: /dev/shm is not writable here"
fi

# Character devices and descriptors are still written in place, and stay what they are.
expect_exit 0 "-o /dev/null" -- "$HANDOUT" render good.yaml -o /dev/null --quiet
[ -c /dev/null ] && pass "/dev/null is still a device" || fail "/dev/null was replaced"
"$HANDOUT" render good.yaml -o /dev/stderr --quiet 2>out/stderr.pdf &&
  cmp -s out/reference.pdf out/stderr.pdf && pass "-o /dev/stderr into a file: the PDF" ||
  fail "-o /dev/stderr"
[ -L /dev/stderr ] && pass "/dev/stderr is still a link" || fail "/dev/stderr was replaced"
"$HANDOUT" render good.yaml -o /dev/fd/3 --quiet 3>out/fd3.pdf &&
  cmp -s out/reference.pdf out/fd3.pdf && pass "-o /dev/fd/3 into a file: the PDF" ||
  fail "-o /dev/fd/3"

# Data from a pipe: the root is the working folder, and relative paths start there, not in /dev.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
  cp figures/a.png "$SHM.png"
  printf 'title: Piped\nfigure:\n  path: shm/%s\n' "$(basename "$SHM.png")" >shm.yaml
  expect_exit 1 "piped data: shm/X.png is not /dev/shm/X.png" -- \
    "$HANDOUT" render /dev/stdin -o out/shm.pdf <shm.yaml
  expect_in stderr "cannot read figure 'shm/$(basename "$SHM.png")': No such file" \
    "relative to the working folder"
  [ ! -e out/shm.pdf ] && pass "nothing written" || fail "a PDF was written"
fi
mkdir -p inside
printf 'title: Piped\nfigure:\n  path: ../figures/a.png\n' >inside/outside.yaml
expect_exit 1 "piped data: a figure outside the working folder" -- \
  sh -c 'cd inside && exec "$0" render /dev/stdin -o ../out/outside.pdf <outside.yaml' "$HANDOUT"
expect_in stderr "is outside the root folder $(cd inside && pwd -P)" "the root is the working folder"
printf 'title: Piped\nfigure:\n  path: figures/a.png\n' >relative.yaml
cat relative.yaml | "$HANDOUT" render /dev/stdin -o out/relative.pdf --quiet 2>stderr &&
  [ "$(pdfimages -list out/relative.pdf | tail -n +3 | wc -l)" -eq 1 ] &&
  pass "piped data: a figure path is relative to the working folder" ||
  fail "piped data with figures/a.png: $(cat stderr)"
mkdir -p elsewhere
(cd elsewhere && "$HANDOUT" render /dev/stdin -o ../out/rooted.pdf --root .. --quiet \
  <<<"$(printf 'title: Piped\nfigure:\n  path: ../figures/a.png\n')") 2>stderr &&
  pass "piped data with --root: the root given" || fail "piped data with --root: $(cat stderr)"

finish
