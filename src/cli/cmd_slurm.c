/* sohoa slurm: the job scripts that run a planned batch as a Slurm job
 * array plus a dependent merge; submitting them; resubmitting failed tasks. */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch/manifest.h"
#include "batch/merge.h"
#include "common/atomicfile.h"
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

/* Shell single quotes. */
static void sq(sbuf *b, const char *s)
{
    sb_putc(b, '\'');
    for (; *s; s++) {
        if (*s == '\'')
            sb_puts(b, "'\\''");
        else
            sb_putc(b, *s);
    }
    sb_putc(b, '\'');
}

typedef struct {
    const char *partition, *time, *mem, *account;
    int cpus;
    char **extra;           /* --sbatch */
    int nextra;
    char **runargs;         /* after -- */
    int nrunargs;
} slurm_opts;

static void common_directives(sbuf *b, const slurm_opts *o)
{
    if (o->partition)
        sb_printf(b, "#SBATCH --partition=%s\n", o->partition);
    if (o->time)
        sb_printf(b, "#SBATCH --time=%s\n", o->time);
    if (o->account)
        sb_printf(b, "#SBATCH --account=%s\n", o->account);
    for (int i = 0; i < o->nextra; i++)
        sb_printf(b, "#SBATCH %s\n", o->extra[i]);
}

static void shards_script(sbuf *b, const slurm_opts *o, const char *exe, const char *outdir,
                          int shards)
{
    sb_puts(b, "#!/bin/sh\n");
    sb_puts(b, "#SBATCH --job-name=sohoa-shards\n");
    sb_printf(b, "#SBATCH --array=0-%d\n", shards - 1);
    sb_puts(b, "#SBATCH --ntasks=1\n");
    sb_printf(b, "#SBATCH --cpus-per-task=%d\n", o->cpus);
    if (o->mem)
        sb_printf(b, "#SBATCH --mem=%s\n", o->mem);
    sb_printf(b, "#SBATCH --output=%s/slurm/shard-%%a.%%A.log\n", outdir);
    common_directives(b, o);
    sb_printf(b, "# Written by sohoa slurm: task I runs shard I of %s/manifest.tsv (%d shards),\n"
                   "# with its own catalogue; sohoa merge folds them together.\n", outdir, shards);
    sb_puts(b, "exec ");
    sq(b, exe);
    sb_puts(b, " run -o ");
    sq(b, outdir);
    sb_printf(b, " --shard -j %d", o->cpus);
    for (int i = 0; i < o->nrunargs; i++) {
        sb_putc(b, ' ');
        sq(b, o->runargs[i]);
    }
    sb_putc(b, '\n');
}

static void merge_script(sbuf *b, const slurm_opts *o, const char *exe, const char *outdir)
{
    sb_puts(b, "#!/bin/sh\n#SBATCH --job-name=sohoa-merge\n#SBATCH --ntasks=1\n");
    sb_printf(b, "#SBATCH --output=%s/slurm/merge.%%j.log\n", outdir);
    common_directives(b, o);
    sb_puts(b, "# Written by sohoa slurm: runs after the shard tasks, however they ended;\n"
                 "# exit 4 says some shard is unfinished (see the log).\nexec ");
    sq(b, exe);
    sb_puts(b, " merge ");
    sq(b, outdir);
    sb_putc(b, '\n');
}

/* The submit script: both jobs from the saved files. */
static void submit_script(sbuf *b, const char *outdir, const char *array, const char *why)
{
    size_t n = strlen(outdir) + 32;
    char f[n];
    sb_printf(b, "#!/bin/sh\n# sohoa slurm: %s of %s/manifest.tsv as a Slurm job array, then\n"
                 "# sohoa merge. Job scripts: %s/slurm/shards.sbatch, %s/slurm/merge.sbatch.\n"
                 "set -e\narray=$(sbatch --parsable --array=%s ",
              why, outdir, outdir, outdir, array);
    snprintf(f, n, "%s/slurm/shards.sbatch", outdir);
    sq(b, f);
    sb_puts(b, ")\narray=${array%%;*}\nmerge=$(sbatch --parsable --dependency=afterany:\"$array\" ");
    snprintf(f, n, "%s/slurm/merge.sbatch", outdir);
    sq(b, f);
    sb_puts(b, ")\necho \"$array ${merge%%;*}\"\n");
}

/* Run a command line, return its first output line (malloc'd) or NULL. */
static char *run_first_line(const char *cmd)
{
    FILE *p = popen(cmd, "r");
    if (!p)
        return NULL;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getline(&line, &cap, p);
    char buf[256];
    while (fgets(buf, sizeof buf, p))
        ;
    int st = pclose(p);
    if (n <= 0 || st != 0) {
        free(line);
        return NULL;
    }
    line[strcspn(line, ";\n")] = 0;
    return line;
}

static char *submit(const char *outdir, const char *array)
{
    sbuf cmd;
    memset(&cmd, 0, sizeof cmd);
    sb_printf(&cmd, "sbatch --parsable --array=%s ", array);
    char *f = malloc(strlen(outdir) + 32);
    if (!f)
        return NULL;
    sprintf(f, "%s/slurm/shards.sbatch", outdir);
    sq(&cmd, f);
    char *a = run_first_line(str(&cmd));
    char *m = NULL;
    if (a) {
        sb_free(&cmd);
        sb_printf(&cmd, "sbatch --parsable --dependency=afterany:%s ", a);
        sprintf(f, "%s/slurm/merge.sbatch", outdir);
        sq(&cmd, f);
        m = run_first_line(str(&cmd));
    }
    char *out = NULL;
    if (a && m && (out = malloc(strlen(a) + strlen(m) + 2)))
        sprintf(out, "%s %s", a, m);
    free(a);
    free(m);
    free(f);
    sb_free(&cmd);
    return out;
}

/* Slurm's view of each task of job: state[k] set for the tasks it knows. */
static int slurm_states(const char *job, char **state, int shards)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "scontrol -o show job %s 2>/dev/null", job);
    FILE *p = popen(cmd, "r");
    if (!p)
        return -1;
    char *line = NULL;
    size_t cap = 0;
    int nlines = 0;
    while (getline(&line, &cap, p) > 0) {
        nlines++;
        char *t = strstr(line, " ArrayTaskId="), *s = strstr(line, " JobState=");
        if (!t || !s)
            continue;
        char *end;
        long k = strtol(t + 13, &end, 10);
        if (end == t + 13 || (*end != ' ' && *end != '\n') || k < 0 || k >= shards)
            continue;  /* a pending range: not started, not failed */
        s += 10;
        s[strcspn(s, " \n")] = 0;
        free(state[k]);
        state[k] = strdup(s);
    }
    free(line);
    int st = pclose(p);
    return st == 0 && nlines ? 0 : -1;
}

static int is_failure(const char *s)
{
    static const char *const ok[] = {"COMPLETED", "PENDING", "RUNNING", "COMPLETING",
                                     "CONFIGURING", "SUSPENDED", "REQUEUED", "RESIZING"};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
        if (!strcmp(s, ok[i]))
            return 0;
    return 1;
}

int cmd_slurm(int argc, char **argv)
{
    enum { O_MEM = 256, O_SBATCH, O_SUBMIT, O_FAILED };
    static const struct option longopts[] = {
        {"partition", required_argument, NULL, 'p'}, {"time", required_argument, NULL, 't'},
        {"cpus", required_argument, NULL, 'c'},      {"mem", required_argument, NULL, O_MEM},
        {"account", required_argument, NULL, 'A'},   {"sbatch", required_argument, NULL, O_SBATCH},
        {"submit", no_argument, NULL, O_SUBMIT},     {"failed", optional_argument, NULL, O_FAILED},
        {"help", no_argument, NULL, 'h'},            {NULL, 0, NULL, 0},
    };
    slurm_opts o;
    memset(&o, 0, sizeof o);
    o.cpus = 1;
    int do_submit = 0, failed_mode = 0, c;
    const char *jobid = NULL;
    char *extra[64];
    o.extra = extra;
    /* What follows "--" is for sohoa run, not for these options. */
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "--")) {
            o.runargs = argv + i + 1;
            o.nrunargs = argc - i - 1;
            argc = i;
            break;
        }
    optind = 1;
    while ((c = getopt_long(argc, argv, "p:t:c:A:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'p': o.partition = optarg; break;
        case 't': o.time = optarg; break;
        case O_MEM: o.mem = optarg; break;
        case 'A': o.account = optarg; break;
        case 'c': {
            char *end;
            errno = 0;
            long v = strtol(optarg, &end, 10);
            if (errno || *end || end == optarg || v < 1 || v > 256) {
                fprintf(stderr, "sohoa slurm: --cpus wants a number from 1 to 256\n");
                return SLURM_USAGE;
            }
            o.cpus = (int)v;
            break;
        }
        case O_SBATCH:
            if (o.nextra == 64 || optarg[0] != '-' || strchr(optarg, '\n')) {
                fprintf(stderr, "sohoa slurm: --sbatch wants one sbatch option, like --qos=long\n");
                return SLURM_USAGE;
            }
            extra[o.nextra++] = optarg;
            break;
        case O_SUBMIT: do_submit = 1; break;
        case O_FAILED:
            failed_mode = 1;
            jobid = optarg ? optarg
                    : optind < argc && argv[optind][0] &&
                              strspn(argv[optind], "0123456789") == strlen(argv[optind])
                    ? argv[optind++] : NULL;
            if (jobid && strspn(jobid, "0123456789") != strlen(jobid)) {
                fprintf(stderr, "sohoa slurm: --failed: '%s' is not a job id\n", jobid);
                return SLURM_USAGE;
            }
            break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return SLURM_USAGE;
        }
    }
    if (optind >= argc || argv[optind][0] == '-') {
        usage(stderr);
        return SLURM_USAGE;
    }
    const char *outdir_arg = argv[optind++];
    if (optind < argc) {
        fprintf(stderr, "sohoa slurm: unexpected '%s' (options for sohoa run go after --)\n",
                argv[optind]);
        return SLURM_USAGE;
    }

    char err[1024];
    manifest m;
    memset(&m, 0, sizeof m);
    if (manifest_load(&m, outdir_arg, err, sizeof err) != 0) {
        fprintf(stderr, "sohoa slurm: %s (run sohoa plan first)\n", err);
        return SLURM_ERROR;
    }
    int shards = m.shards;
    manifest_free(&m);
    char *outdir = realpath(outdir_arg, NULL);
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (!outdir || n <= 0) {
        fprintf(stderr, "sohoa slurm: %s: %s\n", outdir ? "/proc/self/exe" : outdir_arg,
                strerror(errno));
        free(outdir);
        return SLURM_ERROR;
    }
    exe[n] = 0;

    int rc = SLURM_OK;
    size_t pl = strlen(outdir) + 32;
    char dir[pl], fshards[pl], fmerge[pl];
    snprintf(dir, pl, "%s/slurm", outdir);
    snprintf(fshards, pl, "%s/slurm/shards.sbatch", outdir);
    snprintf(fmerge, pl, "%s/slurm/merge.sbatch", outdir);
    sbuf a, b, out;
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    memset(&out, 0, sizeof out);
    /* --failed resubmits with the scripts of the first submission. */
    int have = access(fshards, R_OK) == 0 && access(fmerge, R_OK) == 0;
    if (!failed_mode || !have) {
        shards_script(&a, &o, exe, outdir, shards);
        merge_script(&b, &o, exe, outdir);
        if (make_dirs(dir) != 0 ||
            atomic_write_file(fshards, str(&a), a.len) != 0 ||
            atomic_write_file(fmerge, str(&b), b.len) != 0) {
            fprintf(stderr, "sohoa slurm: cannot write %s: %s\n", dir, strerror(errno));
            rc = SLURM_ERROR;
            goto done;
        }
    }

    sbuf array, why;
    memset(&array, 0, sizeof array);
    memset(&why, 0, sizeof why);
    if (!failed_mode) {
        sb_printf(&array, "0-%d", shards - 1);
        sb_printf(&why, "the %d shard%s", shards, shards == 1 ? "" : "s");
    } else {
        merge_report r;
        char **state = calloc((size_t)shards, sizeof *state);
        if (!state || merge_status(outdir, &r, err, sizeof err) != 0) {
            fprintf(stderr, "sohoa slurm: %s\n", state ? err : "out of memory");
            free(state);
            rc = SLURM_ERROR;
            goto done;
        }
        int known = jobid && slurm_states(jobid, state, shards) == 0;
        if (jobid && !known)
            fprintf(stderr, "sohoa slurm: note: Slurm no longer knows job %s; going by the"
                            " shard catalogues\n", jobid);
        int count = 0;
        for (int k = 0; k < shards; k++) {
            shard_state cs = r.shards[k].state;
            int unfinished = cs != SHARD_COMPLETE && cs != SHARD_FAILED;
            int bad = known ? (state[k] ? is_failure(state[k]) : unfinished) : unfinished;
            if (!bad)
                continue;
            sb_printf(&array, "%s%d", count ? "," : "", k);
            sb_printf(&out, "# failed: task %d (%s; shard %s, %d of %d inputs finished)\n", k,
                        state[k] ? state[k] : known ? "not started" : "no Slurm state",
                        merge_state_name(cs), r.shards[k].done + r.shards[k].failed,
                        r.shards[k].inputs);
            count++;
        }
        if (!known)
            sb_puts(&out, "# (from the shard catalogues: a task still running is listed too)\n");
        for (int k = 0; k < shards; k++)
            free(state[k]);
        free(state);
        merge_report_free(&r);
        if (!count) {
            if (!do_submit)
                printf("# no failed tasks\n");
            goto done2;
        }
        sb_printf(&why, "the failed task%s (%s)", count == 1 ? "" : "s", str(&array));
    }
    if (do_submit) {
        char *ids = submit(outdir, str(&array));
        if (!ids) {
            fprintf(stderr, "sohoa slurm: sbatch failed (is Slurm reachable? SLURM_CONF?)\n");
            rc = SLURM_ERROR;
        } else {
            printf("%s\n", ids);
            free(ids);
        }
    } else {
        submit_script(&out, outdir, str(&array), str(&why));
        fputs(str(&out), stdout);
    }
done2:
    sb_free(&array);
    sb_free(&why);
done:
    sb_free(&a);
    sb_free(&b);
    sb_free(&out);
    free(outdir);
    return rc;
}
