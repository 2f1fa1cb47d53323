/* vnrestore: run the diacritic restorer on a file (evaluation and tests).
 *
 *   vnrestore [--mode=auto|ocr|stripped] [--tone=document|old|new]
 *             [--margin=NATS] [--explain] [--model=FILE] [--stats] [FILE]
 *
 * Reads FILE (or stdin), writes the restored text to stdout. --explain lists
 * each change on stderr as "offset<TAB>from<TAB>to<TAB>score". --stats prints
 * the mode used, the number of changes and the throughput on stderr.
 * Exit codes: 0 done, 1 bad input or model, 2 usage. */
#include "vnfix.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void explain(void *user, const vnfix_change *c)
{
    (void)user;
    fprintf(stderr, "%zu\t%s\t%s\t%.2f\n", c->offset, c->from, c->to, c->score);
}

static int usage(FILE *f)
{
    fputs("usage: vnrestore [--mode=auto|ocr|stripped] [--tone=document|old|new]\n"
          "                 [--margin=NATS] [--explain] [--model=FILE] [--stats] [FILE]\n", f);
    return f == stdout ? 0 : 2;
}

int main(int argc, char **argv)
{
    vnfix_restore_options opt;
    vnfix_restore_options_init(&opt);
    const char *model = NULL, *file = NULL;
    int stats = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h"))
            return usage(stdout);
        else if (!strcmp(a, "--mode=auto")) opt.mode = VNFIX_RESTORE_AUTO;
        else if (!strcmp(a, "--mode=ocr")) opt.mode = VNFIX_RESTORE_OCR;
        else if (!strcmp(a, "--mode=stripped")) opt.mode = VNFIX_RESTORE_STRIPPED;
        else if (!strcmp(a, "--tone=document")) opt.tone = VNFIX_RESTORE_TONE_DOCUMENT;
        else if (!strcmp(a, "--tone=old")) opt.tone = VNFIX_RESTORE_TONE_OLD;
        else if (!strcmp(a, "--tone=new")) opt.tone = VNFIX_RESTORE_TONE_NEW;
        else if (!strncmp(a, "--margin=", 9)) opt.margin = atof(a + 9);
        else if (!strncmp(a, "--model=", 8)) model = a + 8;
        else if (!strcmp(a, "--explain")) opt.explain = explain;
        else if (!strcmp(a, "--stats")) stats = 1;
        else if (a[0] == '-' && a[1]) return usage(stderr);
        else if (!file) file = a;
        else return usage(stderr);
    }
    FILE *in = file ? fopen(file, "rb") : stdin;
    if (!in) {
        perror(file);
        return 1;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (!buf) {
            fputs("vnrestore: out of memory\n", stderr);
            return 1;
        }
        size_t r = fread(buf + n, 1, cap - n, in);
        n += r;
        if (n < cap)
            break;
        cap *= 2;
        buf = realloc(buf, cap);
    }
    if (file)
        fclose(in);
    char err[512];
    vnfix_model *m = vnfix_model_open(model, err, sizeof err);
    if (!m) {
        fprintf(stderr, "vnrestore: %s\n", err);
        free(buf);
        return 1;
    }
    struct timespec t0, t1, c0, c1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c0);
    char *out;
    size_t outlen, changes;
    vnfix_restore_mode used;
    if (vnfix_restore(m, buf, n, &opt, &out, &outlen, &used, &changes) != 0) {
        fputs("vnrestore: out of memory\n", stderr);
        return 1;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c1);
    double s = (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
    double cpu = (double)(c1.tv_sec - c0.tv_sec) + (c1.tv_nsec - c0.tv_nsec) / 1e9;
    fwrite(out, 1, outlen, stdout);
    if (stats)
        fprintf(stderr, "vnrestore: mode %s, %zu changes, %zu bytes in %.3f s (%.2f MB/s; CPU %.3f s, %.2f MB/s)\n",
                used == VNFIX_RESTORE_OCR ? "ocr" : "stripped", changes, n, s, s > 0 ? n / s / 1e6 : 0.0,
                cpu, cpu > 0 ? n / cpu / 1e6 : 0.0);
    free(out);
    free(buf);
    vnfix_model_close(m);
    return 0;
}
