/*
 * merge.h: the shard catalogues (OUTDIR/catalog-shard-I.sqlite, one per
 * `sohoa run --shard I`) folded into OUTDIR/catalog.sqlite, the catalogue a
 * single-machine run would have written. Rows are copied with ATTACH and
 * INSERT..SELECT over the columns both catalogues have, so tables and
 * columns added to the catalogue later come along: runs (renumbered; the
 * table merged_runs says which shard run each came from), inputs (by the
 * manifest's shard of each path, renumbered) and every table keyed by
 * input_id (pages and any later), with input_id and run_id mapped.
 *
 * A shard is replaced as a whole, inside one transaction that reads one
 * snapshot of its catalogue, so merging again is idempotent and merging
 * while tasks still write (SQLite WAL) takes what they finished so far.
 */
#ifndef SOHOA_BATCH_MERGE_H
#define SOHOA_BATCH_MERGE_H

#include <stddef.h>

typedef enum {
    SHARD_MISSING,      /* no catalogue yet: the task has not started */
    SHARD_RUNNING,      /* unfinished inputs and its last run has not ended (or was killed) */
    SHARD_STOPPED,      /* unfinished inputs and its last run ended (interrupted) */
    SHARD_FAILED,       /* every input finished, some failed */
    SHARD_COMPLETE      /* every input done */
} shard_state;

typedef struct {
    int shard;
    int inputs;         /* in the manifest */
    int done, failed;
    int unfinished;     /* started, not finished */
    int missing;        /* not in the shard catalogue yet */
    long pages_done;
    shard_state state;
} merge_shard;

typedef struct {
    merge_shard *shards;
    int nshards;
    int inputs, done, failed, unfinished, missing;
} merge_report;

/* Exit codes of `sohoa merge` (documented in sohoa(1)). */
enum {
    MERGE_EXIT_COMPLETE = 0,
    MERGE_EXIT_USAGE = 1,
    MERGE_EXIT_ERROR = 2,       /* no manifest, or a catalogue error */
    MERGE_EXIT_FAILED = 3,      /* all finished, some inputs failed */
    MERGE_EXIT_INCOMPLETE = 4,  /* some shards missing or unfinished: merged what exists */
    /* A run or another merge holds OUTDIR/catalog.sqlite's lock: nothing
     * merged. The code sohoa run gives for a busy folder; like an
     * incomplete merge, it says "merge again later". */
    MERGE_EXIT_BUSY = 4
};

/* merge_shards found the output folder busy. */
#define MERGE_BUSY 1

/* Fold the shard catalogues into OUTDIR/catalog.sqlite and write the
 * batch-wide outputs, holding its lock (runlock.h) as sohoa run does;
 * r receives the state of every shard. 0, MERGE_BUSY (who holds the lock
 * in err, nothing done), or -1 with a reason in err. */
int merge_shards(const char *outdir, merge_report *r, char *err, size_t errlen);
/* The same report, reading only (nothing written). */
int merge_status(const char *outdir, merge_report *r, char *err, size_t errlen);
void merge_report_free(merge_report *r);
int merge_exit_code(const merge_report *r);
const char *merge_state_name(shard_state s);

/* The batch-wide files that `sohoa run` derives from its catalogue
 * (targets.csv, agencies.csv, by the same function a single run calls),
 * written from the merged one; opening it also brings the search index up to
 * date. 0, or -1 with a reason in err. */
int merge_batch_outputs(const char *outdir, const char *catalog_path, char *err, size_t errlen);

#endif
