#!/bin/sh
# sohoa plan / run --shard / merge without Slurm (each shard run by hand, as
# a task would run it), so machines without Slurm test the sharding too:
# a merge with a shard not started reports it (exit 4) and merges the rest;
# the full merge equals a single-machine run (compare-batch.py) and merging
# again changes nothing; shard numbers the manifest does not have are
# refused.
set -eu
src=${SOHOA_SOURCE_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
sohoa=${SOHOA_BUILD_ROOT:-$src/build}/src/cli/sohoa
export OMP_THREAD_LIMIT=1
fail() { echo "FAIL: $*" >&2; exit 1; }

t=$(mktemp -d "${TMPDIR:-/tmp}/sohoa-shard.XXXXXX")
trap 'rm -rf "$t"' EXIT
c=$src/corpus/ocr
mkdir -p "$t/in/a" "$t/in/b"
cp "$c/multi.tif" "$c/faded.jpg" "$t/in/a/"
cp "$c/scan2.pdf" "$c/born.pdf" "$t/in/b/"
cp "$c/rotated.png" "$t/in/b/x.png"
cp "$c/nodpi.png" "$t/in/x.png"
cp "$c/corrupt.pdf" "$t/in/"

# Relative INPUT, in both runs: "given" (the JSON "source") is kept as typed.
cd "$t"
"$sohoa" run -q -j 2 in -o single 2>/dev/null && fail "single run with a corrupt input exited 0"
rc=0
"$sohoa" plan in -o out --shards 2 >plan.txt 2>plan.err || rc=$?
[ "$rc" = 3 ] || fail "plan with a corrupt input exited $rc, expected 3"
grep -q 'corrupt.pdf' plan.err || fail "plan did not name the corrupt input: $(cat plan.err)"
[ "$(grep -c '^[0-9]' out/manifest.tsv)" = 7 ] || fail "manifest: $(cat out/manifest.tsv)"
grep -q '^# sohoa manifest shards=2 ' out/manifest.tsv || fail "no shard count line"
grep -q "	$t/in/b/x.png	" out/manifest.tsv || fail "paths not absolute"
grep -q '	b/x	' out/manifest.tsv || fail "output not relative to OUTDIR: $(cat out/manifest.tsv)"

rc=0; "$sohoa" run -q -o out --shard 2 2>/dev/null || rc=$?
[ "$rc" = 1 ] || fail "run --shard 2 of 2 shards exited $rc, expected 1"
rc=0; "$sohoa" run -q -o out --shard=0 in 2>/dev/null || rc=$?
[ "$rc" = 1 ] || fail "run --shard with INPUT exited $rc, expected 1"

# Shard 0 by flag; merge before shard 1 started.
rc=0; "$sohoa" run -q -o out --shard 0 || rc=$?
[ "$rc" = 0 ] || [ "$rc" = 3 ] || fail "shard 0 exited $rc"
rc=0; "$sohoa" merge out >merge1.txt 2>/dev/null || rc=$?
[ "$rc" = 4 ] || fail "merge with shard 1 missing exited $rc, expected 4"
grep -q '^shard=1 state=missing ' merge1.txt || fail "merge: $(cat merge1.txt)"
[ "$("$sohoa" slurm out --failed | grep -c '^# failed: task 1 ')" = 1 ] || fail "slurm --failed did not list shard 1"

# Shard 1 the way an array task runs it: no INPUT, SLURM_ARRAY_TASK_ID.
rc=0; SLURM_ARRAY_TASK_ID=1 "$sohoa" run -q -o "$t/out" || rc=$?
[ "$rc" = 0 ] || [ "$rc" = 3 ] || fail "shard 1 exited $rc"
rc=0; "$sohoa" merge out >merge2.txt 2>/dev/null || rc=$?
[ "$rc" = 3 ] || fail "complete merge with one failed input exited $rc, expected 3: $(cat merge2.txt)"
python3 "$src/tests/slurm/compare-batch.py" "$t/single" "$t/out" || fail "merged batch differs from the single run"
rc=0; "$sohoa" merge -q out || rc=$?
[ "$rc" = 3 ] || fail "second merge exited $rc"
python3 "$src/tests/slurm/compare-batch.py" "$t/single" "$t/out" >/dev/null || fail "merging again changed the catalogue"
# The merged catalogue's search index answers like the single run's.
hits() { python3 -c 'import json,sys; print(sorted((h["document"], h["page"]) for h in json.load(sys.stdin)["hits"]))'; }
[ "$("$sohoa" search --json -o "$t/out" "dieu" | hits)" != "[]" ] || fail "search 'dieu' found nothing in the merged batch"
for q in dieu "Nhân dân" "quy hoach" đất xyzzy; do
  a=$("$sohoa" search --json --limit 0 -o "$t/single" "$q" | hits)
  b=$("$sohoa" search --json --limit 0 -o "$t/out" "$q" | hits)
  [ "$a" = "$b" ] || fail "search '$q': single $a, merged $b"
done
echo "ok: 2 shards run by hand and merged equal the single run; merging again changes nothing"
