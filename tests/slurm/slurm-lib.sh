# shellcheck shell=sh
# Helpers for scripts that drive Slurm jobs and must know, quickly, how each
# array task ended: the suite `slurm` tests and tools/bench-slurm. Source it:
#
#   . "$SOHOA_SOURCE_ROOT/tests/slurm/slurm-lib.sh"
#
# SLURM_CONF must name the cluster (eval "$(tools/slurm-up)" sets it).
#
# Why not sbatch --wait: it polls at 2 s, then 10 s, 42 s..., so a 3 s array
# returns after 10 s, and it does not tell which task failed. These poll
# squeue every SLURM_LIB_POLL seconds (default 0.2), then read the final
# state of every task from scontrol. Slurm keeps a finished job for MinJobAge
# (300 s with tools/slurm-up), so read states within that time; there is no
# accounting database, hence no sacct.
#
# Functions (all return 0 on success; errors go to stderr):
#   slurm_now_ms                       milliseconds since the epoch
#   slurm_submit SBATCH_ARG... SCRIPT [ARG...]
#                                      submit; print the job id
#   slurm_wait TIMEOUT_S JOBID...      wait until none of the jobs is queued,
#                                      running or completing; 1 on timeout,
#                                      2 if squeue fails
#   slurm_tasks JOBID [ARRAY_SPEC]     one line per task, sorted:
#                                      TASK STATE EXITCODE REASON
#                                      (TASK is - for a job that is not an
#                                      array; EXITCODE is status:signal).
#                                      With the spec given to sbatch --array
#                                      (0-2, 1,3, 0-9%2), tasks cancelled
#                                      before they started, which Slurm
#                                      forgets, show as MISSING - -
#   slurm_failed_tasks JOBID [ARRAY_SPEC]
#                                      comma-separated ids of the tasks that
#                                      did not end COMPLETED with 0:0, ready
#                                      for sbatch --array=; empty if none
#   slurm_wait_task TIMEOUT_S JOBID TASK STATE
#                                      wait until TASK (- for a plain job)
#                                      is in STATE; 1 on timeout

SLURM_LIB_POLL=${SLURM_LIB_POLL:-0.2}

slurm_now_ms() {
  echo $(($(date +%s%N) / 1000000))
}

slurm_submit() {
  _sl_out=$(sbatch --parsable "$@") || return 1
  # --parsable prints "id" or "id;cluster".
  echo "${_sl_out%%;*}"
}

slurm_wait() {
  _sl_deadline=$(($(slurm_now_ms) + $1 * 1000))
  shift
  _sl_ids=$(echo "$*" | tr ' ' ',')
  while :; do
    _sl_rc=0
    _sl_out=$(squeue -h -j "$_sl_ids" -o %i 2>&1) || _sl_rc=$?
    if [ "$_sl_rc" != 0 ]; then
      # Every job aged out of the controller: long done.
      case "$_sl_out" in *"Invalid job id"*) return 0 ;; esac
      echo "slurm_wait: squeue failed: $_sl_out" >&2
      return 2
    fi
    [ -n "$_sl_out" ] || return 0
    if [ "$(slurm_now_ms)" -ge "$_sl_deadline" ]; then
      echo "slurm_wait: still queued or running: $(echo "$_sl_out" | tr '\n' ' ')" >&2
      return 1
    fi
    sleep "$SLURM_LIB_POLL"
  done
}

slurm_tasks() {
  _sl_out=$(scontrol -o show job "$1") || return 1
  # A record may stand for several pending tasks ("ArrayTaskId=0-2,4%1"):
  # expand it so that every task has its line. A task cancelled before it
  # started leaves no record at all: the submitted --array spec, if given,
  # names those as MISSING.
  echo "$_sl_out" | awk -v spec="${2:-}" '
    function expand(s, ids,    n, parts, p, r, t, step, k) {
      sub(/%.*/, "", s)
      n = split(s, parts, ",")
      k = 0
      for (p = 1; p <= n; p++) {
        if (parts[p] ~ /^[0-9]+-[0-9]+(:[0-9]+)?$/) {
          split(parts[p], r, /[-:]/)
          step = (r[3] == "") ? 1 : r[3]
          for (t = r[1] + 0; t <= r[2] + 0; t += step) ids[++k] = t
        } else {
          ids[++k] = parts[p]
        }
      }
      return k
    }
    {
      task = "-"; state = "?"; code = "?"; reason = "-"
      for (i = 1; i <= NF; i++) {
        key = $i; sub(/=.*/, "", key); v = substr($i, length(key) + 2)
        if (key == "ArrayTaskId") task = v
        else if (key == "JobState") state = v
        else if (key == "ExitCode") code = v
        else if (key == "Reason") reason = v
      }
      n = expand(task, ids)
      for (j = 1; j <= n; j++) { print ids[j], state, code, reason; seen[ids[j]] = 1 }
    }
    END {
      n = expand(spec, want)
      for (j = 1; j <= n; j++) if (!(want[j] in seen)) print want[j], "MISSING", "-", "-"
    }' | sort -n
}

slurm_failed_tasks() {
  _sl_out=$(slurm_tasks "$1" "${2:-}") || return 1
  echo "$_sl_out" | awk '$2 != "COMPLETED" || $3 != "0:0" { printf "%s%s", sep, $1; sep = "," }
                         END { print "" }'
}

slurm_wait_task() {
  _sl_deadline=$(($(slurm_now_ms) + $1 * 1000))
  while :; do
    _sl_out=$(slurm_tasks "$2") || return 1
    if echo "$_sl_out" | awk -v t="$3" -v s="$4" '$1 == t && $2 == s { found = 1 } END { exit !found }'; then
      return 0
    fi
    if [ "$(slurm_now_ms)" -ge "$_sl_deadline" ]; then
      echo "slurm_wait_task: task $3 of job $2 not $4: $(echo "$_sl_out" | tr '\n' ';')" >&2
      return 1
    fi
    sleep "$SLURM_LIB_POLL"
  done
}
