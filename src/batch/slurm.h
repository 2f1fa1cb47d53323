/*
 * slurm.h: running a planned batch (manifest.tsv, sohoa plan) on Slurm: the
 * job scripts (a job array with one task per shard, each `sohoa run
 * --shard`, and a merge job that starts when they have all ended), the
 * shell script or sbatch calls that submit them, and which tasks of an
 * earlier submission failed. The scripts are saved in OUTDIR/slurm/ so a
 * resubmission of failed tasks runs exactly what the first one did.
 */
#ifndef SOHOA_BATCH_SLURM_H
#define SOHOA_BATCH_SLURM_H

#include <stddef.h>

#include "common/sbuf.h"

typedef struct {
    const char *partition, *time, *mem, *account;   /* sbatch options, NULL: none */
    int cpus;               /* per task: --cpus-per-task and sohoa run -j */
    char **extra;           /* any other sbatch option, for both jobs */
    int nextra;
    char **runargs;         /* options for every sohoa run */
    int nrunargs;
} slurm_opts;

/* Are OUTDIR/slurm/shards.sbatch and merge.sbatch there (readable)? */
int slurm_have_scripts(const char *outdir);
/* Write both job scripts for a batch of `shards` shards whose tasks run
 * the program exe (absolute paths). 0, or -1 with errno set. */
int slurm_write_scripts(const slurm_opts *o, const char *exe, const char *outdir, int shards);

/* Append to b the shell script that submits the saved scripts: the array
 * tasks `array` ("0-9", "2,5") and the merge after them; why says what is
 * submitted ("the 10 shards"). */
void slurm_submit_script(sbuf *b, const char *outdir, const char *array, const char *why);
/* Submit the same with sbatch: "ARRAY_JOBID MERGE_JOBID" (malloc'd), or
 * NULL when sbatch failed. */
char *slurm_submit(const char *outdir, const char *array);

/* The tasks to run again. With jobid (digits), those Slurm reports not
 * COMPLETED (or still to come), and those it forgot whose shard catalogue
 * is unfinished; without, or when Slurm no longer knows the job, the shards
 * whose catalogue is unfinished or missing. Appends the task numbers to
 * array ("1,4") and one "# failed: ..." line per task to report; *count
 * gets their number, *known whether Slurm knew the job. 0, or -1 with the
 * reason in err. */
int slurm_failed_tasks(const char *outdir, const char *jobid, int shards, sbuf *array,
                       sbuf *report, int *count, int *known, char *err, size_t errlen);

#endif
