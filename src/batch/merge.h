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
    MERGE_EXIT_INCOMPLETE = 4   /* some shards missing or unfinished: merged what exists */
};

/* Fold the shard catalogues into OUTDIR/catalog.sqlite and write the
 * batch-wide outputs; r receives the state of every shard. 0, or -1 with
 * a reason in err. */
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
