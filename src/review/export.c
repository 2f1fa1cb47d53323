/* sohoa review --export: every correction as JSON lines. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "batch/catalog.h"
#include "common/atomicfile.h"
#include "review/review.h"

static int put_line(void *user, const char *obj, size_t len)
{
    FILE *f = user;
    fwrite(obj, 1, len, f);
    fputc('\n', f);
    return 0;
}

int review_export(const char *outdir, const char *path)
{
    char cat_path[PATH_MAX], err[512];
    snprintf(cat_path, sizeof cat_path, "%s/catalog.sqlite", outdir);
    if (access(cat_path, R_OK) != 0) {
        fprintf(stderr, "sohoa review: no catalogue at %s\n", cat_path);
        return REVIEW_EXIT_NOCATALOG;
    }
    catalog *c = catalog_open(cat_path, err, sizeof err);
    if (!c) {
        fprintf(stderr, "sohoa review: catalogue: %s\n", err);
        return REVIEW_EXIT_NOCATALOG;
    }
    int to_stdout = !strcmp(path, "-");
    atomic_file af = {0};
    int code = REVIEW_EXIT_OK;
    if (!to_stdout && atomic_open(&af, path) != 0) {
        fprintf(stderr, "sohoa review: %s: %s\n", path, strerror(errno));
        code = REVIEW_EXIT_EXPORT;
    } else {
        FILE *f = to_stdout ? stdout : af.fp;
        /* Oldest first: the order they were made in. */
        int n = catalog_list(c, CATALOG_LIST_CORRECTIONS, -1, -1, put_line, f);
        if (n < 0) {
            fprintf(stderr, "sohoa review: catalogue: %s\n", catalog_error(c));
            code = REVIEW_EXIT_EXPORT;
        }
        if (to_stdout) {
            if (fflush(stdout) != 0)
                code = REVIEW_EXIT_EXPORT;
        } else if (code != REVIEW_EXIT_OK) {
            atomic_abort(&af);
        } else if (atomic_commit(&af) != 0) {
            fprintf(stderr, "sohoa review: %s: %s\n", path, strerror(errno));
            code = REVIEW_EXIT_EXPORT;
        }
        if (code == REVIEW_EXIT_OK && !to_stdout)
            fprintf(stderr, "sohoa review: %d correction%s written to %s\n", n, n == 1 ? "" : "s",
                    path);
    }
    catalog_close(c);
    return code;
}
