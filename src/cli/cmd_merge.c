/* sohoa merge: argument parsing and the per-shard report; the work is
 * merge_shards. */
#include <stdio.h>
#include <string.h>

#include "batch/merge.h"
#include "cli/cliopt.h"

int cmd_merge(int argc, char **argv);

static void usage(FILE *f)
{
    fputs("usage: sohoa merge [OPTIONS] OUTDIR\n"
          "Fold the shard catalogues (OUTDIR/catalog-shard-I.sqlite, from sohoa run --shard)\n"
          "into OUTDIR/catalog.sqlite and write the batch-wide outputs. Safe to run again,\n"
          "and while tasks still run: it merges what is finished and says what is missing.\n\n"
          "  -q, --quiet          print nothing on stdout\n"
          "  -h, --help           this help\n\n"
          "One line per shard on stdout: shard=I state=S inputs=N done=N failed=N\n"
          "unfinished=N missing=N pages_done=N; S is complete, failed, running, stopped\n"
          "or missing.\n"
          "Exit status: 0 complete, 1 usage, 2 no manifest or a catalogue error,\n"
          "3 complete but some inputs failed, 4 incomplete (merged what exists) or busy\n"
          "(a run or another merge holds OUTDIR/catalog.sqlite.lock: nothing merged).\n"
          "See sohoa(1).\n",
          f);
}

int cmd_merge(int argc, char **argv)
{
    int quiet, rc;
    const char *outdir = cli_quiet_outdir(argc, argv, usage, MERGE_EXIT_USAGE, &quiet, &rc);
    if (!outdir)
        return rc;
    merge_report r;
    char err[1024];
    int mrc = merge_shards(outdir, &r, err, sizeof err);
    if (mrc != 0) {
        fprintf(stderr, "sohoa merge: %s\n", err);
        merge_report_free(&r);
        return mrc == MERGE_BUSY ? MERGE_EXIT_BUSY : MERGE_EXIT_ERROR;
    }
    for (int k = 0; k < r.nshards && !quiet; k++) {
        const merge_shard *s = &r.shards[k];
        printf("shard=%d state=%s inputs=%d done=%d failed=%d unfinished=%d missing=%d"
               " pages_done=%ld\n", s->shard, merge_state_name(s->state), s->inputs, s->done,
               s->failed, s->unfinished, s->missing, s->pages_done);
    }
    rc = merge_exit_code(&r);
    if (rc != MERGE_EXIT_COMPLETE) {
        int waiting = 0;
        for (int k = 0; k < r.nshards; k++)
            waiting += r.shards[k].state != SHARD_COMPLETE && r.shards[k].state != SHARD_FAILED;
        if (waiting)
            fprintf(stderr, "sohoa merge: %s/catalog.sqlite: %d of %d inputs merged; %d shard%s"
                            " not finished (%d inputs unfinished, %d not started): merge again"
                            " when they are\n", outdir, r.done + r.failed, r.inputs, waiting,
                    waiting == 1 ? "" : "s", r.unfinished, r.missing);
        if (r.failed)
            fprintf(stderr, "sohoa merge: %d input%s failed (sohoa status %s lists them)\n",
                    r.failed, r.failed == 1 ? "" : "s", outdir);
    } else if (!quiet) {
        printf("merged %d shards into %s/catalog.sqlite: %d inputs done\n", r.nshards, outdir,
               r.done);
    }
    merge_report_free(&r);
    return rc;
}
