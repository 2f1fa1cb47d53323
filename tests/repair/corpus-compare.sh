#!/bin/sh
# corpus-compare.sh VNFIX INPUT EXPECTED [ARGS...]: run vnfix on INPUT and
# compare its output with EXPECTED byte for byte (and whole-stream against
# one-byte-at-a-time reading through a pipe, which must not change anything).
set -u
vnfix=$1 input=$2 expected=$3
shift 3
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$vnfix" "$@" "$input" >"$out"
rc=$?
[ $rc -eq 0 ] || { echo "vnfix exited $rc"; exit 1; }
if ! cmp -s "$out" "$expected"; then
  echo "output differs from $expected:"
  diff "$expected" "$out" | head -40
  exit 1
fi
# the same through stdin in small pieces
dd if="$input" bs=7 status=none | "$vnfix" "$@" | cmp -s - "$expected" || { echo "stdin output differs"; exit 1; }
lines=$(wc -l <"$expected")
changed=$(diff "$input" "$expected" | grep -c '^>')
echo "$(basename "$expected"): identical ($lines lines, $changed repaired, the rest passed through)"
