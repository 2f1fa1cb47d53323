#!/bin/sh
# sohoa on a real single-node Slurm (tools/slurm-up in a scratch directory of
# its own), against a single-machine `sohoa run` of the same inputs (30 files,
# 40 pages: the corpus/ocr scans, five times over in nested folders):
#  1. sohoa plan --shards 3, sohoa slurm --submit (3-task array + dependent
#     merge): the merged catalogue, texts and JSON equal the single run's
#     (compare-batch.py: no run ids, timings or catalogue paths);
#  2. again, with task 1 scancel'ed once it has finished a page: the merge
#     reports shard 1 unfinished (exit 4), sohoa slurm --failed JOBID lists
#     exactly task 1, resubmitting it resumes (its earlier pages are kept)
#     and completes the batch, equal to the single run again.
# Skips (77) only when Slurm cannot run here (tools/slurm-up exit 3).
set -eu

src=${SOHOA_SOURCE_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
build=${SOHOA_BUILD_ROOT:-$src/build}
sohoa=$build/src/cli/sohoa
export OMP_THREAD_LIMIT=1
# shellcheck source=tests/slurm/slurm-lib.sh
. "$src/tests/slurm/slurm-lib.sh"

fail() { echo "FAIL: $*" >&2; exit 1; }
[ -x "$sohoa" ] || fail "$sohoa not built"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/sohoa-slurm-run.XXXXXX")
chmod 0755 "$scratch"
cluster=$scratch/cluster
cleanup() {
  status=$?
  if [ -f "$cluster/slurm.conf" ]; then
    "$src/tools/slurm-down" "$cluster" || status=1
  fi
  if [ "$status" != 0 ] && [ "$status" != 77 ]; then
    for f in "$cluster"/log/slurmctld.log "$scratch"/w*/slurm/*.log; do
      [ -s "$f" ] || continue
      echo "--- $f (last lines)"
      tail -n 15 "$f"
    done
  fi
  rm -rf "$scratch" 2>/dev/null || echo "note: could not remove $scratch"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 1' HUP INT TERM

rc=0
env_line=$("$src/tools/slurm-up" "$cluster" 2>"$scratch/up.err") || rc=$?
case $rc in
  0) ;;
  3) echo "SKIP: Slurm cannot run here: $(cat "$scratch/up.err")"; exit 77 ;;
  *) cat "$scratch/up.err" >&2; fail "tools/slurm-up exited $rc" ;;
esac
eval "$env_line"

# The inputs: folders mirrored under OUTDIR, a name shared by two inputs of
# one folder (x.png, x.pdf keep their extensions).
in=$scratch/in
c=$src/corpus/ocr
for k in 1 2 3 4 5; do
  mkdir -p "$in/c$k/a" "$in/c$k/b"
  cp "$c/multi.tif" "$c/faded.jpg" "$in/c$k/a/"
  cp "$c/nodpi.png" "$c/born.pdf" "$in/c$k/b/"
  cp "$c/rotated.png" "$in/c$k/x.png"
  cp "$c/scan2.pdf" "$in/c$k/x.pdf"
done

t=$(slurm_now_ms)
"$sohoa" run -q -j 2 "$in" -o "$scratch/single" || fail "single-machine run exited $?"
single_ms=$(($(slurm_now_ms) - t))
pages=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"select count(*) from pages where status='done'\").fetchone()[0])" "$scratch/single/catalog.sqlite")
echo "single-machine run, -j 2: $pages pages in $single_ms ms"

# plan_submit W: plan into W, submit; sets job ids $a (array) and $m (merge).
plan_submit() {
  "$sohoa" plan "$in" -o "$1" --shards 3 >"$1.plan" || fail "sohoa plan exited $?"
  [ "$(grep -c '^[0-9]' "$1/manifest.tsv")" = 30 ] || fail "manifest of $1 has not 30 inputs"
  # Balanced by pages: 40 pages in 3 shards is 14/13/13.
  sed -n 's/^shard \([0-9]\)\t.*\t\([0-9]*\) pages$/\2/p' "$1.plan" | sort -n | tr '\n' ' ' >"$1.pages"
  [ "$(cat "$1.pages")" = "13 13 14 " ] || fail "shards of $1 not balanced: $(cat "$1.plan")"
  ids=$("$sohoa" slurm "$1" --cpus 1 --time 10 --submit) || fail "sohoa slurm --submit exited $?"
  a=${ids% *} m=${ids#* }
  if [ -z "$a" ] || [ -z "$m" ] || [ "$a" = "$m" ]; then fail "sohoa slurm --submit printed '$ids'"; fi
}

# 1. The whole batch as a 3-task array and its merge.
w1=$scratch/w1
t=$(slurm_now_ms)
plan_submit "$w1"
slurm_wait 120 "$a" "$m" || fail "array $a and merge $m did not finish in 120 s"
echo "3-task array + merge, plan to merged: $(($(slurm_now_ms) - t)) ms"
got=$(slurm_tasks "$a" 0-2 | cut -d' ' -f1-3 | tr '\n' ';')
[ "$got" = "0 COMPLETED 0:0;1 COMPLETED 0:0;2 COMPLETED 0:0;" ] || fail "array tasks: $got"
got=$(slurm_tasks "$m" | cut -d' ' -f2-3)
[ "$got" = "COMPLETED 0:0" ] || fail "merge job: $got ($(cat "$w1"/slurm/merge.*.log))"
python3 "$src/tests/slurm/compare-batch.py" "$scratch/single" "$w1" || fail "merged batch differs from the single run"
"$sohoa" merge -q "$w1" || fail "merging again exited $?"
python3 "$src/tests/slurm/compare-batch.py" "$scratch/single" "$w1" >/dev/null || fail "merging again changed the catalogue"
echo "ok 1: merged catalogue, texts and JSON equal the single run's; merging again changes nothing"

# 2. Task 1 killed part-way, then resubmitted alone.
w2=$scratch/w2
t=$(slurm_now_ms)
plan_submit "$w2"
done_pages() {
  python3 - "$1" <<'PY' 2>/dev/null || echo 0
import sqlite3, sys
db = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True, timeout=5)
print(db.execute("select count(*) from pages where status='done'").fetchone()[0])
PY
}
i=0
until [ "$(done_pages "$w2/catalog-shard-1.sqlite")" -ge 1 ]; do
  i=$((i + 1))
  [ $i -lt 600 ] || fail "task 1 of job $a finished no page in 60 s"
  sleep 0.1
done
scancel "${a}_1"
slurm_wait 120 "$a" "$m" || fail "array $a and merge $m did not end in 120 s after scancel"
got=$(slurm_tasks "$a" 0-2 | cut -d' ' -f1-2 | tr '\n' ';')
[ "$got" = "0 COMPLETED;1 CANCELLED;2 COMPLETED;" ] || fail "array tasks after scancel: $got"
before=$(done_pages "$w2/catalog-shard-1.sqlite")
rc=0
"$sohoa" merge "$w2" >"$w2.merge" || rc=$?
[ "$rc" = 4 ] || fail "merge with task 1 cancelled exited $rc, expected 4"
grep -q '^shard=1 state=\(stopped\|running\) ' "$w2.merge" || fail "merge did not report shard 1 unfinished: $(cat "$w2.merge")"
grep -q '^shard=0 state=complete ' "$w2.merge" || fail "merge: $(cat "$w2.merge")"
echo "task 1 cancelled with $before of 13 pages done; merge: $(grep '^shard=1' "$w2.merge")"
"$sohoa" slurm "$w2" --failed "$a" >"$w2.failed" || fail "sohoa slurm --failed exited $?"
grep -q -- '--array=1 ' "$w2.failed" || fail "--failed did not resubmit only task 1: $(cat "$w2.failed")"
grep -q '^# failed: task 1 (CANCELLED' "$w2.failed" || fail "--failed did not list task 1: $(cat "$w2.failed")"
ids=$("$sohoa" slurm "$w2" --failed "$a" --submit) || fail "sohoa slurm --failed --submit exited $?"
r=${ids% *} m2=${ids#* }
slurm_wait 120 "$r" "$m2" || fail "resubmitted $r and merge $m2 did not finish in 120 s"
got=$(slurm_tasks "$r" 1 | cut -d' ' -f1-3)
[ "$got" = "1 COMPLETED 0:0" ] || fail "resubmitted task: $got"
got=$(slurm_tasks "$m2" | cut -d' ' -f2-3)
[ "$got" = "COMPLETED 0:0" ] || fail "second merge job: $got"
echo "cancel, resubmit of task 1 and merge: $(($(slurm_now_ms) - t)) ms"
# The resubmitted task resumed: the pages of the cancelled run stayed.
kept=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from pages where run_id=(select min(id) from runs)').fetchone()[0])" "$w2/catalog-shard-1.sqlite")
[ "$kept" -ge 1 ] || fail "the resubmitted task redid every page (none kept from the first run)"
python3 "$src/tests/slurm/compare-batch.py" "$scratch/single" "$w2" || fail "resumed batch differs from the single run"
[ "$("$sohoa" slurm "$w2" --failed)" = "# no failed tasks" ] || fail "--failed still lists tasks after completion"
echo "ok 2: task 1 resubmitted alone ($kept pages kept from the cancelled run); batch complete and equal to the single run"
