/* Speed of seg_run alone (no vnfix, no JSON; CPU time, so other jobs on the
 * machine count less): the corpus inputs repeated to a few megabytes.
 * Prints MB/s; with a floor (argv[2], 0 = none) fails below it. A benchmark
 * run by tools/bench-segment, not a test: a speed says as much about the
 * machine's load as about the code (issue 21). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "segment/segment.h"

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
        free(b);
        b = NULL;
    }
    fclose(f);
    if (b)
        b[n] = 0;
    *len = (size_t)n;
    return b;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_segment INPUT.txt [MIN_MB_PER_S [MB]]\n");
        return 2;
    }
    size_t len;
    char *one = slurp(argv[1], &len);
    if (!one) {
        perror(argv[1]);
        return 2;
    }
    double want = argc > 3 ? atof(argv[3]) : 5.0;
    size_t reps = (size_t)(want * 1e6 / (double)len) + 1;
    char *big = malloc(len * reps + 1);
    if (!big)
        return 2;
    for (size_t i = 0; i < reps; i++)
        memcpy(big + i * len, one, len);
    size_t total = len * reps;
    big[total] = 0;
    char err[256];
    seg_ctx *ctx = seg_create(NULL, err, sizeof err);
    if (!ctx) {
        fprintf(stderr, "%s\n", err);
        return 2;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
    seg_result *r = seg_run(ctx, big, total);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
    double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    double mbs = (double)total / 1e6 / s;
    printf("segment speed: %.1f MB in %.3f s = %.1f MB/s (%zu targets, %zu agencies)\n",
           (double)total / 1e6, s, mbs, r ? r->n_targets : 0, r ? r->n_agencies : 0);
    seg_result_free(r);
    seg_destroy(ctx);
    free(big);
    free(one);
    return argc < 3 || mbs >= atof(argv[2]) ? 0 : 1;
}
