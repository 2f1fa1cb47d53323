/* Slurm job scripts for a planned batch, their submission, and the failed
 * tasks of an earlier one (slurm.h). */
#define _XOPEN_SOURCE 700
#include "batch/slurm.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch/merge.h"
#include "common/atomicfile.h"

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
void slurm_submit_script(sbuf *b, const char *outdir, const char *array, const char *why)
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

char *slurm_submit(const char *outdir, const char *array)
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

/* The saved scripts' paths: OUTDIR/slurm/NAME, malloc'd. */
static char *script_path(const char *outdir, const char *name)
{
    size_t n = strlen(outdir) + strlen(name) + 8;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s/slurm/%s", outdir, name);
    return p;
}

int slurm_have_scripts(const char *outdir)
{
    char *fs = script_path(outdir, "shards.sbatch"), *fm = script_path(outdir, "merge.sbatch");
    int have = fs && fm && access(fs, R_OK) == 0 && access(fm, R_OK) == 0;
    free(fs);
    free(fm);
    return have;
}

int slurm_write_scripts(const slurm_opts *o, const char *exe, const char *outdir, int shards)
{
    char *dir = script_path(outdir, ""), *fs = script_path(outdir, "shards.sbatch"),
         *fm = script_path(outdir, "merge.sbatch");
    sbuf a, b;
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    shards_script(&a, o, exe, outdir, shards);
    merge_script(&b, o, exe, outdir);
    int rc = dir && fs && fm && make_dirs(dir) == 0 &&
                     atomic_write_file(fs, str(&a), a.len) == 0 &&
                     atomic_write_file(fm, str(&b), b.len) == 0
                 ? 0 : -1;
    int saved = errno;      /* the caller names what failed */
    sb_free(&a);
    sb_free(&b);
    free(dir);
    free(fs);
    free(fm);
    errno = saved;
    return rc;
}

int slurm_failed_tasks(const char *outdir, const char *jobid, int shards, sbuf *array,
                       sbuf *report, int *count, int *known, char *err, size_t errlen)
{
    merge_report r;
    char **state = calloc((size_t)shards, sizeof *state);
    *count = *known = 0;
    if (!state || merge_status(outdir, &r, err, errlen) != 0) {
        if (!state)
            snprintf(err, errlen, "out of memory");
        free(state);
        return -1;
    }
    *known = jobid && slurm_states(jobid, state, shards) == 0;
    for (int k = 0; k < shards; k++) {
        shard_state cs = r.shards[k].state;
        int unfinished = cs != SHARD_COMPLETE && cs != SHARD_FAILED;
        int bad = *known ? (state[k] ? is_failure(state[k]) : unfinished) : unfinished;
        if (!bad)
            continue;
        sb_printf(array, "%s%d", *count ? "," : "", k);
        sb_printf(report, "# failed: task %d (%s; shard %s, %d of %d inputs finished)\n", k,
                  state[k] ? state[k] : *known ? "not started" : "no Slurm state",
                  merge_state_name(cs), r.shards[k].done + r.shards[k].failed,
                  r.shards[k].inputs);
        (*count)++;
    }
    if (!*known)
        sb_puts(report, "# (from the shard catalogues: a task still running is listed too)\n");
    for (int k = 0; k < shards; k++)
        free(state[k]);
    free(state);
    merge_report_free(&r);
    return 0;
}
