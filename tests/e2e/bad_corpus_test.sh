# Runs every case of the bad-input corpus (tests/bad/*/case, format in tests/bad/README.md):
# the expected exit code, each expected message fragment, and not one file created or changed.
source "$(dirname "$0")/lib.sh"

# snapshot DIR: every file under DIR with its checksum, one per line, sorted. Files over 64 MiB
# (sparse files a prepare.sh makes, such as a 3 GiB font) are listed by size and modification
# time instead: reading gigabytes of zeros to hash them would take minutes.
snapshot() {
  (cd "$1" && find . -type f -size -67108865c -print0 | sort -z | xargs -0 -r sha256sum &&
    find . -type f -size +67108864c -printf '%s %T@ %p\n' | sort)
}

# run_case FOLDER: copies the case, runs it and checks its expectations.
run_case() {
  local source=$1 name copy run="" code="" timeout_seconds=30 status=0
  local -a messages=() args=()
  name=$(basename "$source")
  copy="$WORK/cases/$name"
  mkdir -p "$copy" && cp -R "$source/." "$copy/"
  while IFS= read -r line; do
    case "$line" in
      run:*) run=${line#run:} ;;
      exit:*) code=${line#exit:} ;;
      message:*) messages+=("${line#message: }") ;;
      timeout:*) timeout_seconds=${line#timeout:} ;;
    esac
  done <"$source/case"
  [ -n "$run" ] && [ -n "$code" ] || { fail "$name: case needs run: and exit:"; return; }
  mkdir -p "$copy/out" && printf 'an earlier output\n' >"$copy/out/existing.pdf"
  [ -f "$copy/prepare.sh" ] && (cd "$copy" && SOURCE_DIR="$SOURCE_DIR" bash prepare.sh)
  snapshot "$copy" >"$WORK/before"
  read -r -a args <<<"$run"
  (cd "$copy" && timeout -s KILL "$timeout_seconds" "$HANDOUT" "${args[@]}" </dev/null \
    >"$WORK/stdout" 2>"$WORK/stderr") || status=$?
  if [ "$status" -ne "$code" ]; then
    fail "$name: exit $status, expected $code; stderr:"
    sed 's/^/    /' "$WORK/stderr" >&2
    return
  fi
  for fragment in "${messages[@]}"; do
    grep -qF -- "$fragment" "$WORK/stderr" \
      || fail "$name: '$fragment' not in stderr: $(head -c 600 "$WORK/stderr")"
  done
  snapshot "$copy" >"$WORK/after"
  diff "$WORK/before" "$WORK/after" >"$WORK/changes" \
    || fail "$name: files appeared or changed: $(cat "$WORK/changes")"
  pass "$name"
}

cases=0
for case_file in "$SOURCE_DIR"/tests/bad/*/case; do
  run_case "$(dirname "$case_file")"
  cases=$((cases + 1))
done
[ "$cases" -ge 1 ] || fail "no cases found in tests/bad"
echo "$cases cases"
finish
