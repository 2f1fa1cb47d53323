/* sohoa slurm: the options and what is printed; the job scripts, their
 * submission and the failed tasks are batch/slurm.c's. */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch/manifest.h"
#include "batch/slurm.h"
#include "common/sbuf.h"

int cmd_slurm(int argc, char **argv);

enum { SLURM_OK = 0, SLURM_USAGE = 1, SLURM_ERROR = 2 };

static void usage(FILE *f)
{
    fputs("usage: sohoa slurm [OPTIONS] OUTDIR [-- RUN-OPTIONS...]\n"
          "Run the batch planned in OUTDIR/manifest.tsv (sohoa plan) on Slurm: a job array\n"
          "with one task per shard (sohoa run --shard) and a merge job that starts when they\n"
          "have all ended (--dependency=afterany). Writes the job scripts to\n"
          "OUTDIR/slurm/shards.sbatch and OUTDIR/slurm/merge.sbatch and prints a shell\n"
          "script that submits them; RUN-OPTIONS go to every sohoa run (e.g. -l vie+eng).\n\n"
          "  -p, --partition P    sbatch --partition\n"
          "  -t, --time T         sbatch --time (each task, and the merge)\n"
          "  -c, --cpus C         CPUs per task: sbatch --cpus-per-task and sohoa run -j (default 1)\n"
          "      --mem M          sbatch --mem (each task)\n"
          "  -A, --account A      sbatch --account\n"
          "      --sbatch OPT     any other sbatch option for both jobs (repeatable)\n"
          "      --submit         submit with sbatch instead of printing; prints\n"
          "                       \"ARRAY_JOBID MERGE_JOBID\"\n"
          "      --failed[=JOBID] only the tasks that failed, with the saved job scripts:\n"
          "                       with JOBID, those Slurm reports not COMPLETED (and those it\n"
          "                       forgot whose shard is unfinished); without, the shards\n"
          "                       whose catalogue is unfinished or missing\n"
          "  -h, --help           this help\n\n"
          "Exit status: 0 printed or submitted (or no failed task), 1 usage,\n"
          "2 no manifest, cannot write the scripts, or sbatch/scontrol failed. See sohoa(1).\n",
          f);
}

static const char *str(const sbuf *b) { return b->buf ? b->buf : ""; }

typedef struct {
    slurm_opts o;
    char *extra[64];        /* o.extra */
    int submit, failed;     /* --submit, --failed */
    const char *jobid;      /* --failed's JOBID */
    const char *outdir;
} slurm_args;

/* --failed[=JOBID]: the job id may also come as the next argument. */
static int failed_option(slurm_args *a, int argc, char **argv)
{
    a->failed = 1;
    a->jobid = optarg ? optarg
               : optind < argc && argv[optind][0] &&
                         strspn(argv[optind], "0123456789") == strlen(argv[optind])
               ? argv[optind++] : NULL;
    if (a->jobid && strspn(a->jobid, "0123456789") != strlen(a->jobid)) {
        fprintf(stderr, "sohoa slurm: --failed: '%s' is not a job id\n", a->jobid);
        return SLURM_USAGE;
    }
    return SLURM_OK;
}

/* The command line into a; SLURM_OK, SLURM_USAGE, or -1 after --help. */
static int parse_args(slurm_args *a, int argc, char **argv)
{
    enum { O_MEM = 256, O_SBATCH, O_SUBMIT, O_FAILED };
    static const struct option longopts[] = {
        {"partition", required_argument, NULL, 'p'}, {"time", required_argument, NULL, 't'},
        {"cpus", required_argument, NULL, 'c'},      {"mem", required_argument, NULL, O_MEM},
        {"account", required_argument, NULL, 'A'},   {"sbatch", required_argument, NULL, O_SBATCH},
        {"submit", no_argument, NULL, O_SUBMIT},     {"failed", optional_argument, NULL, O_FAILED},
        {"help", no_argument, NULL, 'h'},            {NULL, 0, NULL, 0},
    };
    slurm_opts *o = &a->o;
    o->cpus = 1;
    o->extra = a->extra;
    /* What follows "--" is for sohoa run, not for these options. */
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "--")) {
            o->runargs = argv + i + 1;
            o->nrunargs = argc - i - 1;
            argc = i;
            break;
        }
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "p:t:c:A:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'p': o->partition = optarg; break;
        case 't': o->time = optarg; break;
        case O_MEM: o->mem = optarg; break;
        case 'A': o->account = optarg; break;
        case 'c': {
            char *end;
            errno = 0;
            long v = strtol(optarg, &end, 10);
            if (errno || *end || end == optarg || v < 1 || v > 256) {
                fprintf(stderr, "sohoa slurm: --cpus wants a number from 1 to 256\n");
                return SLURM_USAGE;
            }
            o->cpus = (int)v;
            break;
        }
        case O_SBATCH:
            if (o->nextra == 64 || optarg[0] != '-' || strchr(optarg, '\n')) {
                fprintf(stderr, "sohoa slurm: --sbatch wants one sbatch option, like --qos=long\n");
                return SLURM_USAGE;
            }
            a->extra[o->nextra++] = optarg;
            break;
        case O_SUBMIT: a->submit = 1; break;
        case O_FAILED:
            if (failed_option(a, argc, argv) != SLURM_OK)
                return SLURM_USAGE;
            break;
        case 'h': usage(stdout); return -1;
        default: usage(stderr); return SLURM_USAGE;
        }
    }
    if (optind >= argc || argv[optind][0] == '-') {
        usage(stderr);
        return SLURM_USAGE;
    }
    a->outdir = argv[optind++];
    if (optind < argc) {
        fprintf(stderr, "sohoa slurm: unexpected '%s' (options for sohoa run go after --)\n",
                argv[optind]);
        return SLURM_USAGE;
    }
    return SLURM_OK;
}

/* --failed: the tasks to run again into array and why, their report
 * lines into out. SLURM_OK with *count set, or SLURM_ERROR. */
static int failed_tasks(const slurm_args *a, const char *outdir, int shards, sbuf *array,
                        sbuf *why, sbuf *out, int *count)
{
    char err[1024];
    int known;
    if (slurm_failed_tasks(outdir, a->jobid, shards, array, out, count, &known, err,
                           sizeof err) != 0) {
        fprintf(stderr, "sohoa slurm: %s\n", err);
        return SLURM_ERROR;
    }
    if (a->jobid && !known)
        fprintf(stderr, "sohoa slurm: note: Slurm no longer knows job %s; going by the"
                        " shard catalogues\n", a->jobid);
    if (*count)
        sb_printf(why, "the failed task%s (%s)", *count == 1 ? "" : "s", str(array));
    return SLURM_OK;
}

/* Submit (printing the job ids) or print the submit script after out. */
static int submit_or_print(const slurm_args *a, const char *outdir, const char *array,
                           const char *why, sbuf *out)
{
    if (a->submit) {
        char *ids = slurm_submit(outdir, array);
        if (!ids) {
            fprintf(stderr, "sohoa slurm: sbatch failed (is Slurm reachable? SLURM_CONF?)\n");
            return SLURM_ERROR;
        }
        printf("%s\n", ids);
        free(ids);
        return SLURM_OK;
    }
    slurm_submit_script(out, outdir, array, why);
    fputs(str(out), stdout);
    return SLURM_OK;
}

int cmd_slurm(int argc, char **argv)
{
    slurm_args a;
    memset(&a, 0, sizeof a);
    int rc = parse_args(&a, argc, argv);
    if (rc != SLURM_OK)
        return rc < 0 ? SLURM_OK : rc;

    char err[1024];
    manifest m;
    memset(&m, 0, sizeof m);
    if (manifest_load(&m, a.outdir, err, sizeof err) != 0) {
        fprintf(stderr, "sohoa slurm: %s (run sohoa plan first)\n", err);
        return SLURM_ERROR;
    }
    int shards = m.shards;
    manifest_free(&m);
    /* The jobs run this very program, on the batch's absolute path. */
    char *outdir = realpath(a.outdir, NULL);
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (!outdir || n <= 0) {
        fprintf(stderr, "sohoa slurm: %s: %s\n", outdir ? "/proc/self/exe" : a.outdir,
                strerror(errno));
        free(outdir);
        return SLURM_ERROR;
    }
    exe[n] = 0;

    /* --failed resubmits with the scripts of the first submission. */
    if ((!a.failed || !slurm_have_scripts(outdir)) &&
        slurm_write_scripts(&a.o, exe, outdir, shards) != 0) {
        fprintf(stderr, "sohoa slurm: cannot write %s/slurm: %s\n", outdir, strerror(errno));
        free(outdir);
        return SLURM_ERROR;
    }
    sbuf array, why, out;
    memset(&array, 0, sizeof array);
    memset(&why, 0, sizeof why);
    memset(&out, 0, sizeof out);
    int count = shards;
    if (!a.failed) {
        sb_printf(&array, "0-%d", shards - 1);
        sb_printf(&why, "the %d shard%s", shards, shards == 1 ? "" : "s");
    } else {
        rc = failed_tasks(&a, outdir, shards, &array, &why, &out, &count);
    }
    if (rc == SLURM_OK && !count && !a.submit)
        printf("# no failed tasks\n");
    else if (rc == SLURM_OK && count)
        rc = submit_or_print(&a, outdir, str(&array), str(&why), &out);
    sb_free(&array);
    sb_free(&why);
    sb_free(&out);
    free(outdir);
    return rc;
}
