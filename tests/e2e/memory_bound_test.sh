# The memory bound of docs/ci.md ("Memory"): at the default limits one document takes at most
# 512 MiB, and `build -j N` at most N times that and 64 MiB shared. Every input shape found to
# ask for much memory runs under /usr/bin/time, just within the default limits (it renders) or
# past them (it is refused, cheaply), and its peak RSS is checked against the bound. The inputs
# are generated here (tests/e2e/memory_bound_inputs.py); the slowest case takes a few seconds.
source "$(dirname "$0")/lib.sh"

cd "$WORK"
BOUND_KIB=$((512 * 1024))
SHARED_KIB=$((64 * 1024))

python3 "$SOURCE_DIR/tests/e2e/memory_bound_inputs.py" prose word aliases values blocks pages \
  repeated glyphs figure all

# within NAME EXIT BOUND_KIB -- COMMAND...: COMMAND exits with EXIT within 300 s, and its peak
# RSS stays within BOUND_KIB.
within() {
  local name=$1 expected=$2 bound=$3
  shift 4
  local status=0
  /usr/bin/time -f '%M %e %U' -o "$WORK/time" timeout 300 "$@" >"$WORK/stdout" \
    2>"$WORK/stderr" || status=$?
  local peak seconds user
  read -r peak seconds user < <(tail -n 1 "$WORK/time")
  if [ "$status" -ne "$expected" ]; then
    fail "$name: exit $status, expected $expected; stderr:"
    { grep -v '^ \|^hint' "$WORK/stderr" || true; } | head -n 5 | cut -c1-300 | sed 's/^/    /' >&2
  fi
  if [ -n "${ASAN_OPTIONS:-}" ]; then
    # The sanitizers' shadow memory and quarantine would swamp the figure: only the exit status
    # is checked in the sanitized build.
    [ "$status" -eq "$expected" ] && pass "$name: exit $status (peak RSS not checked under sanitizers)"
  elif [ "$peak" -gt "$bound" ]; then
    fail "$name: peak RSS $((peak / 1024)) MiB, more than $((bound / 1024)) MiB (${seconds} s)"
  else
    pass "$name: peak RSS $((peak / 1024)) MiB of $((bound / 1024)) MiB, ${user} s CPU (exit $status)"
  fi
}

# at_limit NAME ...: `within`, but left to the release build under the sanitizers, where each
# render at the limits takes a minute or more; the document holding all of them stands for them.
at_limit() {
  if [ -n "${ASAN_OPTIONS:-}" ]; then
    pass "$1: left to the release build (sanitizers)"
    return
  fi
  within "$@"
}

# At the limits: each renders (or, for values, loads and is refused by the template's contract).
at_limit "prose: 4 MiB of paragraphs" 0 "$BOUND_KIB" -- "$HANDOUT" render prose.yaml -o out/prose.pdf -q
at_limit "words: one word of 64 KiB a paragraph, 4 MiB of them" 0 "$BOUND_KIB" -- \
  "$HANDOUT" render word.yaml -o out/word.pdf -q
at_limit "aliases: a text repeated to 4 MiB" 0 "$BOUND_KIB" -- \
  "$HANDOUT" render aliases.yaml -o out/aliases.pdf -q
at_limit "values: 250,000 values" 1 "$BOUND_KIB" -- "$HANDOUT" check values.yaml -q
at_limit "blocks: 50,000 pieces, a third of them headings" 0 "$BOUND_KIB" -- \
  "$HANDOUT" render blocks.yaml -o out/blocks.pdf -q
at_limit "pages: 1,000 pages with six slots of about 250 bytes each" 0 "$BOUND_KIB" -- \
  "$HANDOUT" render pages.yaml -t pages-template.yaml -o out/pages.pdf -q
# What every page repeats: six header and footer slots of about 250 bytes and a table's header
# row of 500 bytes, over about 930 pages of 14 rows of the table (39,000 cells and elements).
at_limit "repeated: 929 pages, each with six full slots and a 500-byte table header" 0 \
  "$BOUND_KIB" -- "$HANDOUT" render repeated.yaml -t repeated-template.yaml -o out/repeated.pdf -q
at_limit "figures: an eighth of 256 MiB kept, one at 256 MiB to read" 0 "$BOUND_KIB" -- \
  "$HANDOUT" render figure.yaml -o out/figure.pdf -q
within "all of them in one document" 0 "$BOUND_KIB" -- \
  "$HANDOUT" render all.yaml -t all-template.yaml -o out/all.pdf -q
# Characters no font draws cost more than others (each used to leave a layout note for the
# print check, with its message, on every line it was on: 747 MiB for 4 MiB of them).
at_limit "missing glyphs: 4 MiB of private-use characters no font has" 0 "$BOUND_KIB" -- \
  "$HANDOUT" render missing-glyphs.yaml -o out/missing-glyphs.pdf -q
at_limit "missing glyphs: the same, with the print check" 0 "$BOUND_KIB" -- \
  "$HANDOUT" check missing-glyphs.yaml --preflight -q
pages=$(pdfinfo out/all.pdf 2>/dev/null | awk '/^Pages:/ {print $2}')
[ "${pages:-0}" -gt 900 ] && pass "all: $pages pages" || fail "all: ${pages:-no} pages"

# Past the limits, as the inputs that once took gigabytes: each is refused early.
head -c $((16 * 1024 * 1024 - 64)) /dev/zero | tr '\0' 'w' | sed 's/^/title: Word\nintro: /' \
  >word16.yaml
within "a 16 MiB word (2.9 GB and 17 s before)" 1 "$BOUND_KIB" -- \
  "$HANDOUT" render word16.yaml -o out/word16.pdf -q
{
  cat prose.yaml
  for i in 1 2 3; do sed '1,2d' prose.yaml; done
} >prose16.yaml
within "16 MiB of prose (1.1 GB before)" 1 "$BOUND_KIB" -- \
  "$HANDOUT" render prose16.yaml -o out/prose16.pdf -q
python3 -c "print('title: Aliases\nitems:\n  - &a {heading: %s, description: %s}' % ('x' * 500,
  'y' * 500) + '\n  - *a' * 90000)" >aliases-631k.yaml
within "a 631 KB file of aliases (0.96 GB before)" 1 "$BOUND_KIB" -- \
  "$HANDOUT" render aliases-631k.yaml -o out/aliases-631k.pdf -q
{
  printf 'title: "%s"\nitems:\n' "$(head -c 64000 /dev/zero | tr '\0' 't')"
  for i in $(seq 3000); do printf '  - {heading: Item %s, description: A short text.}\n' "$i"; done
} >long-title.yaml
within "a 64 KB title in every page's footer (refused: a slot holds 256 bytes)" 1 "$BOUND_KIB" -- \
  "$HANDOUT" render long-title.yaml -o out/long-title.pdf -q
python3 - <<'EOF'
import struct, zlib
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
rows = zlib.compress((b"\0" + b"\x20\x40\x60\x80" * 7000) * 7000, 9)
open("f1.png", "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(
    ">IIBBBBB", 7000, 7000, 8, 6, 0, 0, 0)) + chunk(b"IDAT", rows) + chunk(b"IEND", b""))
EOF
printf 'title: Figures\nfigures:\n' >figures-49mp.yaml
for i in 1 2 3 4 5 6; do
  [ "$i" -gt 1 ] && ln f1.png "f$i.png"
  printf '  - path: f%s.png\n' "$i" >>figures-49mp.yaml
done
within "six 49-megapixel figures (2.3 GB before)" 1 "$BOUND_KIB" -- \
  "$HANDOUT" render figures-49mp.yaml -o out/figures-49mp.pdf -q

# A batch: two documents at the limits at once take at most twice the bound and what is shared.
mkdir -p batch && cp aliases.yaml batch/a.yaml && cp figure.yaml noise-*.png solid-rgb.png batch/
within "build -j 2 of two documents at the limits" 0 $((2 * BOUND_KIB + SHARED_KIB)) -- \
  "$HANDOUT" build batch -o out/batch -j 2 -q

finish
