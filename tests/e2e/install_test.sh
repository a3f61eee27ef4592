# cmake --install puts the binary, templates, fonts and example where it finds them from any
# working folder.
source "$(dirname "$0")/lib.sh"

build_dir=$(dirname "$HANDOUT")
cmake --install "$build_dir" --prefix "$WORK/prefix" >"$WORK/install.log" 2>&1 \
  || fail "cmake --install: $(cat "$WORK/install.log")"
for file in bin/handout share/handout/templates/handout.yaml share/handout/fonts/NotoSans-Regular.ttf \
            share/handout/data/rust-is-used-for.yaml share/handout/data/rust-is-used-for.png; do
  [ -e "$WORK/prefix/$file" ] && pass "installed $file" || fail "not installed: $file"
done
mkdir "$WORK/elsewhere"
(cd "$WORK/elsewhere" && "$WORK/prefix/bin/handout" --quiet >"$WORK/stdout" 2>"$WORK/stderr") \
  || fail "installed handout failed: $(cat "$WORK/stderr")"
[ -s "$WORK/elsewhere/output/rust-is-used-for.pdf" ] && pass "installed binary renders the example" \
  || fail "installed binary wrote no example"
finish
