#!/bin/sh
# On a real single-node Slurm brought up by tools/slurm-up (in a scratch
# directory of its own, so a cluster the user runs is left alone):
#  1. a 3-task job array, each task leaving a part named after
#     SLURM_ARRAY_TASK_ID, plus a merge job with --dependency=afterany: all
#     three tasks complete and the merge sees all three parts;
#  2. the same again with task 1 hanging until it is scancel'ed: tasks 0 and
#     2 complete, task 1 is CANCELLED, the merge reports part 1 missing;
#     resubmitting only the failed index (--array=1) completes the set and a
#     second merge sees all three.
# Prints the latencies. Skips (77) only when Slurm cannot run here at all
# (tools/slurm-up exit 3: packages missing, not root).
set -eu

src=${SOHOA_SOURCE_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
# shellcheck source=tests/slurm/slurm-lib.sh
. "$src/tests/slurm/slurm-lib.sh"

fail() { echo "FAIL: $*" >&2; exit 1; }

scratch=$(mktemp -d "${TMPDIR:-/tmp}/sohoa-slurm-test.XXXXXX")
# munged and the jobs (run as the submitting user) must traverse it.
chmod 0755 "$scratch"
cluster=$scratch/cluster
cleanup() {
  status=$?
  if [ -f "$cluster/slurm.conf" ]; then
    t=$(slurm_now_ms)
    "$src/tools/slurm-down" "$cluster" || status=1
    echo "slurm-down: $(($(slurm_now_ms) - t)) ms"
  fi
  if [ "$status" != 0 ] && [ "$status" != 77 ]; then
    for f in "$cluster"/log/slurmctld.log "$cluster"/log/slurmd.log "$scratch"/*/log/*; do
      [ -s "$f" ] || continue
      echo "--- $f (last lines)"
      tail -n 20 "$f"
    done
  fi
  # Under sudo, tools/slurm-up left root-owned state in the scratch directory.
  rm -rf "$scratch" 2>/dev/null ||
    { [ "$(id -u)" != 0 ] && sudo -n rm -rf "$scratch"; } ||
    echo "note: could not remove $scratch"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 1' HUP INT TERM

t=$(slurm_now_ms)
rc=0
env_line=$("$src/tools/slurm-up" "$cluster" 2>"$scratch/up.err") || rc=$?
case $rc in
  0) cat "$scratch/up.err" ;;
  3) echo "SKIP: Slurm cannot run here: $(cat "$scratch/up.err")"; exit 77 ;;
  *) cat "$scratch/up.err" >&2; fail "tools/slurm-up exited $rc" ;;
esac
eval "$env_line"
[ "$SLURM_CONF" = "$cluster/slurm.conf" ] || fail "slurm-up printed '$env_line'"
echo "slurm-up: $(($(slurm_now_ms) - t)) ms"

# The job scripts. WORK is their first argument: every file they touch is
# below it.
jobs=$scratch/jobs
mkdir -p "$jobs"
cat >"$jobs/task.sh" <<'EOF'
#!/bin/sh
# One array task: leaves WORK/parts/ID. If WORK/hang.ID exists it hangs
# first, to be cancelled.
set -eu
work=$1
id=${SLURM_ARRAY_TASK_ID:?not run as an array task}
: >"$work/started.$id"
if [ -e "$work/hang.$id" ]; then sleep 300; fi
printf 'part %s of job %s\n' "$id" "$SLURM_ARRAY_JOB_ID" >"$work/parts/$id.tmp"
mv "$work/parts/$id.tmp" "$work/parts/$id"
EOF
cat >"$jobs/merge.sh" <<'EOF'
#!/bin/sh
# The dependent job: folds WORK/parts/0..N-1 into WORK/OUT, naming the missing.
set -eu
work=$1 n=$2 out=$3
missing=""
: >"$work/$out.tmp"
i=0
while [ "$i" -lt "$n" ]; do
  if [ -s "$work/parts/$i" ]; then cat "$work/parts/$i" >>"$work/$out.tmp"; else missing="$missing $i"; fi
  i=$((i + 1))
done
echo "missing:${missing:- none}" >>"$work/$out.tmp"
mv "$work/$out.tmp" "$work/$out"
EOF
chmod +x "$jobs/task.sh" "$jobs/merge.sh"

# submit_array WORK ARRAY_SPEC: prints the job id.
submit_array() {
  mkdir -p "$1/parts" "$1/log"
  slurm_submit -J sohoa-test-task --array="$2" -o "$1/log/task-%A_%a.out" \
    "$jobs/task.sh" "$1"
}
# submit_merge WORK AFTER_JOBID OUT: prints the job id.
submit_merge() {
  slurm_submit -J sohoa-test-merge --dependency="afterany:$2" -o "$1/log/$3.out" \
    "$jobs/merge.sh" "$1" 3 "$3"
}
# expect_tasks JOBID SPEC WANT: the task table of JOBID is exactly WANT
# (lines "TASK STATE EXITCODE").
# A cancelled task's exit code is 0:15 when slurmd's SIGTERM ends the batch
# shell, or 143:0 when the shell outlives its child by a moment and exits
# 128+15 itself: which one is a race, so both read as 0:15.
expect_tasks() {
  got=$(slurm_tasks "$1" "$2" | cut -d' ' -f1-3 | sed 's/ CANCELLED 143:0$/ CANCELLED 0:15/')
  if [ "$got" != "$3" ]; then
    printf 'job %s tasks:\n%s\nexpected:\n%s\n' "$1" "$got" "$3" >&2
    fail "job $1 did not end as expected"
  fi
}
expect_file() {
  got=$(cat "$1" 2>/dev/null) || fail "$1 was not written"
  if [ "$got" != "$2" ]; then
    printf '%s:\n%s\nexpected:\n%s\n' "$1" "$got" "$2" >&2
    fail "$1 is wrong"
  fi
}

# 1. The whole array and its merge.
w1=$scratch/w1
t=$(slurm_now_ms)
a1=$(submit_array "$w1" 0-2)
m1=$(submit_merge "$w1" "$a1" merged)
slurm_wait 60 "$a1" "$m1" || fail "array $a1 and merge $m1 did not finish in 60 s"
echo "3-task array + dependent merge, submit to done: $(($(slurm_now_ms) - t)) ms"
expect_tasks "$a1" 0-2 "0 COMPLETED 0:0
1 COMPLETED 0:0
2 COMPLETED 0:0"
expect_tasks "$m1" "" "- COMPLETED 0:0"
expect_file "$w1/merged" "part 0 of job $a1
part 1 of job $a1
part 2 of job $a1
missing: none"
[ -z "$(slurm_failed_tasks "$a1" 0-2)" ] || fail "failed tasks listed for a clean array"
echo "ok 1: 3 tasks completed, merge saw parts 0 1 2"

# 2. Task 1 hangs and is cancelled; resubmitting index 1 completes the set.
w2=$scratch/w2
mkdir -p "$w2"
: >"$w2/hang.1"
t=$(slurm_now_ms)
a2=$(submit_array "$w2" 0-2)
m2=$(submit_merge "$w2" "$a2" merged)
i=0
until [ -e "$w2/started.1" ]; do
  i=$((i + 1))
  [ $i -lt 300 ] || fail "task 1 of job $a2 did not start in 30 s"
  sleep 0.1
done
slurm_wait_task 30 "$a2" 1 RUNNING || fail "task 1 of job $a2 not RUNNING"
scancel "${a2}_1"
slurm_wait 60 "$a2" "$m2" || fail "array $a2 and merge $m2 did not finish in 60 s after scancel"
echo "3-task array with task 1 cancelled, submit to merge done: $(($(slurm_now_ms) - t)) ms"
expect_tasks "$a2" 0-2 "0 COMPLETED 0:0
1 CANCELLED 0:15
2 COMPLETED 0:0"
expect_tasks "$m2" "" "- COMPLETED 0:0"
expect_file "$w2/merged" "part 0 of job $a2
part 2 of job $a2
missing: 1"
failed=$(slurm_failed_tasks "$a2" 0-2)
[ "$failed" = 1 ] || fail "failed tasks of $a2 listed as '$failed', expected '1'"
echo "ok 2: task 1 cancelled, merge reported part 1 missing, failed tasks: $failed"

rm "$w2/hang.1"
t=$(slurm_now_ms)
r2=$(submit_array "$w2" "$failed")
m3=$(submit_merge "$w2" "$r2" merged-again)
slurm_wait 60 "$r2" "$m3" || fail "resubmitted $r2 and merge $m3 did not finish in 60 s"
echo "resubmit of task 1 + merge, submit to done: $(($(slurm_now_ms) - t)) ms"
expect_tasks "$r2" "$failed" "1 COMPLETED 0:0"
expect_tasks "$m3" "" "- COMPLETED 0:0"
expect_file "$w2/merged-again" "part 0 of job $a2
part 1 of job $r2
part 2 of job $a2
missing: none"
echo "ok 3: resubmitting only task 1 completed the set"
