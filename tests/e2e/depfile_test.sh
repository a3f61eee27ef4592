# Dependency files with the Makefile and the Ninja file of docs/ci.md: a file name that would
# change what make runs (a newline, a tab, ';') is refused, so the next make runs nothing it was
# not written to run; names with spaces, '#', '$' and ':' are escaped so that make and Ninja both
# read them back as the one file.
source "$(dirname "$0")/lib.sh"

cd "$WORK"
mkdir -p bin data output
ln -s "$HANDOUT" bin/handout
export PATH="$WORK/bin:$PATH"
# The Makefile of docs/ci.md, word for word.
printf 'output/%%.pdf: data/%%.yaml\n\thandout render $< -o $@ --depfile $@.d --quiet\n' >Makefile
printf -- '-include $(wildcard output/*.pdf.d)\n' >>Makefile
FIGURE="$SOURCE_DIR/tests/fixtures/images/rgb.png"

# A figure whose name carries a recipe line: git can store it, so a pull request can add it,
# with a data/fig.png beside it so that the rule's first line names files that exist.
hostile=$'fig.png\n\ttouch${IFS}PWNED;:'
cp "$FIGURE" "data/$hostile"
cp "$FIGURE" data/fig.png
printf 'title: Hostile\nfigure:\n  path: "fig.png\\n\\ttouch${IFS}PWNED;:"\n' >data/hostile.yaml
make output/hostile.pdf >make.out 2>&1 && fail "make built the document with the hostile figure"
expect_in make.out "cannot write the dependency file (--depfile): the path 'data/fig.png" \
  "handout refuses the path, naming it"
[ ! -e output/hostile.pdf ] && [ ! -e output/hostile.pdf.d ] && pass "no PDF, no dependency file" ||
  fail "something was written: $(ls output)"
touch data/hostile.yaml
make output/hostile.pdf >/dev/null 2>&1 || true
[ ! -e PWNED ] && pass "a second make runs nothing from a file name" || fail "make ran PWNED"
rm -f "data/$hostile" data/hostile.yaml

# An --each record whose name carries a newline is refused the same way.
printf 'title: Course\nlessons:\n  - {title: one}\n  - {title: "two\\n\\ttouch PWNED2"}\n' >course.yaml
expect_exit 1 "build --each with a newline in a name" -- \
  handout build course.yaml --each lessons --name "{{title}}" -o each --depfile each.d
[ ! -e each.d ] && [ -z "$(ls each 2>/dev/null)" ] && pass "nothing built" || fail "files written"

# Names make and Ninja read specially but that can be escaped: a space, '#', '$' and ':'.
odd='a b#c$d:e.png'
cp "$FIGURE" "data/$odd"
printf 'title: Odd\nfigure:\n  path: "%s"\n' "$odd" >data/odd.yaml
expect_exit 0 "make builds a document whose figure is named '$odd'" -- make output/odd.pdf
grep -qF 'data/a\ b\#c$$d\:e.png' output/odd.pdf.d && pass "escaped as make and Ninja read it" ||
  fail "the rule: $(cat output/odd.pdf.d)"
make -q output/odd.pdf && pass "make reads the rule back: up to date" ||
  fail "make: $(make output/odd.pdf 2>&1 | head -3)"
sleep 1.1
touch "data/$odd"
make -q output/odd.pdf && fail "make missed the changed figure" ||
  pass "make rebuilds when the figure changes"

# Ninja, with the rule of docs/ci.md, reads the same file back.
cat >build.ninja <<'EOF'
rule handout
  command = handout render $in -o $out --depfile $out.d --quiet
  depfile = $out.d
  deps = gcc
build output/odd-ninja.pdf: handout data/odd.yaml
EOF
expect_exit 0 "ninja builds it" -- ninja
ninja -t deps output/odd-ninja.pdf | has_line -xF "    data/$odd" &&
  pass "ninja lists the figure under its own name" || fail "ninja: $(ninja -t deps)"
ninja -n | has_line "no work to do" && pass "ninja: up to date" || fail "ninja would rebuild"
sleep 1.1
touch "data/$odd"
ninja -n | has_line "no work to do" && fail "ninja missed the changed figure" ||
  pass "ninja rebuilds when the figure changes"

# ';' starts a recipe in make and cannot be escaped there: refused like a newline.
cp "$FIGURE" "data/semi;colon.png"
printf 'title: Semicolon\nfigure:\n  path: "semi;colon.png"\n' >data/semi.yaml
make output/semi.pdf >make.out 2>&1 && fail "make built the document with ';' in a figure name"
expect_in make.out "has ';', which make reads as the start of a command" "';' refused"

finish
