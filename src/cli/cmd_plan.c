/* sohoa plan: argument parsing and the per-shard summary; the work is
 * plan_inputs and manifest_balance. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <leptonica/allheaders.h>

#include "batch/manifest.h"
#include "batch/plan.h"
#include "batch/walk.h"
#include "common/atomicfile.h"

int cmd_plan(int argc, char **argv);

enum { PLAN_OK = 0, PLAN_USAGE = 1, PLAN_NOINPUT = 2, PLAN_SOMEBAD = 3 };

static void usage(FILE *f)
{
    fputs("usage: sohoa plan [OPTIONS] INPUT... -o OUTDIR --shards N\n"
          "Split a batch into N shards balanced by pages for a cluster: writes\n"
          "OUTDIR/manifest.tsv (shard, absolute path, size, pages, sha256, output, given).\n"
          "INPUT as for sohoa run: a file, a folder, @LIST or -.\n\n"
          "  -o, --output DIR     the batch's output folder (required)\n"
          "  -n, --shards N       number of shards, 1 to 10000 (required)\n"
          "  -q, --quiet          print nothing on stdout\n"
          "  -h, --help           this help\n\n"
          "Then: sohoa run -o OUTDIR --shard I for each shard (or sohoa slurm OUTDIR),\n"
          "and sohoa merge OUTDIR.\n"
          "Exit status: 0 written, 1 usage, 2 no input found or manifest not written,\n"
          "3 written, but some inputs cannot be read (see stderr). See sohoa(1).\n",
          f);
}

int cmd_plan(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'}, {"shards", required_argument, NULL, 'n'},
        {"quiet", no_argument, NULL, 'q'},        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *outdir = NULL;
    int shards = 0, quiet = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:n:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'o': outdir = optarg; break;
        case 'n': {
            char *end;
            errno = 0;
            long v = strtol(optarg, &end, 10);
            if (errno || *end || end == optarg || v < 1 || v > 10000) {
                fprintf(stderr, "sohoa plan: --shards wants a number from 1 to 10000\n");
                return PLAN_USAGE;
            }
            shards = (int)v;
            break;
        }
        case 'q': quiet = 1; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return PLAN_USAGE;
        }
    }
    if (!outdir || !shards || optind >= argc) {
        fprintf(stderr, "sohoa plan: %s\n", !outdir ? "-o OUTDIR is required"
                                            : !shards ? "--shards N is required"
                                                      : "no INPUT given");
        usage(stderr);
        return PLAN_USAGE;
    }
    setMsgSeverity(L_SEVERITY_NONE);
    if (make_dirs(outdir) != 0) {
        fprintf(stderr, "sohoa plan: cannot create %s: %s\n", outdir, strerror(errno));
        return PLAN_NOINPUT;
    }
    walk_list inputs;
    memset(&inputs, 0, sizeof inputs);
    manifest m;
    memset(&m, 0, sizeof m);
    int unreadable = 0, rc = PLAN_OK;
    char *path = NULL;
    char err[1024];
    if (walk_inputs(&inputs, argv + optind, argc - optind, outdir, quiet ? NULL : stderr) != 0 ||
        plan_inputs(&m, &inputs, outdir, stderr, &unreadable) != 0) {
        fprintf(stderr, "sohoa plan: out of memory\n");
        rc = PLAN_NOINPUT;
        goto out;
    }
    for (size_t i = 0; i < inputs.nproblems; i++)
        fprintf(stderr, "sohoa: %s: %s\n", inputs.problems[i].path, inputs.problems[i].why);
    if (m.n == 0) {
        fprintf(stderr, "sohoa plan: no input files found\n");
        rc = PLAN_NOINPUT;
        goto out;
    }
    if ((size_t)shards > m.n) {
        fprintf(stderr, "sohoa plan: note: %d shards asked for %zu inputs; using %zu\n", shards,
                m.n, m.n);
        shards = (int)m.n;
    }
    size_t n = strlen(outdir) + sizeof MANIFEST_FILE + 2;
    if (!(path = malloc(n))) {
        rc = PLAN_NOINPUT;
        goto out;
    }
    snprintf(path, n, "%s/%s", outdir, MANIFEST_FILE);
    if (manifest_balance(&m, shards) != 0 || manifest_write(&m, path, err, sizeof err) != 0) {
        fprintf(stderr, "sohoa plan: %s\n", m.shards ? err : "out of memory");
        rc = PLAN_NOINPUT;
        goto out;
    }
    if (!quiet) {
        long total = 0;
        for (int s = 0; s < shards; s++) {
            size_t k = 0;
            for (size_t i = 0; i < m.n; i++)
                k += m.e[i].shard == s;
            long p = manifest_shard_pages(&m, s);
            total += p;
            printf("shard %d\t%zu inputs\t%ld pages\n", s, k, p);
        }
        printf("%s: %zu inputs, %ld pages in %d shards\n", path, m.n, total, shards);
    }
    if (unreadable || inputs.nproblems)
        rc = PLAN_SOMEBAD;
out:
    free(path);
    manifest_free(&m);
    walk_free(&inputs);
    return rc;
}
