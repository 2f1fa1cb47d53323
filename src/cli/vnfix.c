/*
 * vnfix: a Unix filter that repairs legacy-encoded and mojibake Vietnamese.
 * See docs/vnfix.1 for the options and exit codes.
 */
#include "vnfix.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { EXIT_DONE = 0, EXIT_USAGE = 1, EXIT_IO = 2, EXIT_STRICT = 3 };

static void usage(FILE *f)
{
    fputs("usage: vnfix [OPTIONS] [FILE...]\n"
          "Repair legacy-encoded and mojibake Vietnamese into Unicode NFC.\n"
          "Reads FILEs (or standard input) and writes standard output.\n\n"
          "  -h, --help      show this help\n"
          "  -V, --version   show the version\n\n"
          "Exit status: 0 done, 1 usage, 2 a file could not be read or written.\n", f);
}

static int write_stdout(void *user, const char *buf, size_t len)
{
    return fwrite(buf, 1, len, (FILE *)user) != len;
}

static int run(vnfix_ctx *ctx, FILE *in, const char *name)
{
    char buf[65536];
    size_t n;
    int rc;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        if ((rc = vnfix_feed(ctx, buf, n, write_stdout, stdout))) {
            fprintf(stderr, "vnfix: %s: %s\n", name, vnfix_strerror(rc));
            return EXIT_IO;
        }
    if (ferror(in)) {
        fprintf(stderr, "vnfix: %s: %s\n", name, strerror(errno));
        return EXIT_IO;
    }
    if ((rc = vnfix_finish(ctx, write_stdout, stdout))) {
        fprintf(stderr, "vnfix: %s: %s\n", name, vnfix_strerror(rc));
        return EXIT_IO;
    }
    return EXIT_DONE;
}

int main(int argc, char **argv)
{
    int first = 1;
    for (; first < argc && argv[first][0] == '-' && argv[first][1]; first++) {
        if (!strcmp(argv[first], "-h") || !strcmp(argv[first], "--help")) {
            usage(stdout);
            return EXIT_DONE;
        } else if (!strcmp(argv[first], "-V") || !strcmp(argv[first], "--version")) {
            printf("vnfix %s\n", VNFIX_VERSION);
            return EXIT_DONE;
        } else if (!strcmp(argv[first], "--")) {
            first++;
            break;
        } else {
            fprintf(stderr, "vnfix: unknown option '%s'\n", argv[first]);
            usage(stderr);
            return EXIT_USAGE;
        }
    }
    vnfix_ctx *ctx = vnfix_create(NULL);
    if (!ctx) {
        fputs("vnfix: out of memory\n", stderr);
        return EXIT_IO;
    }
    int status = EXIT_DONE;
    if (first == argc)
        status = run(ctx, stdin, "<stdin>");
    for (int i = first; i < argc; i++) {
        FILE *f = strcmp(argv[i], "-") ? fopen(argv[i], "rb") : stdin;
        if (!f) {
            fprintf(stderr, "vnfix: %s: %s\n", argv[i], strerror(errno));
            status = EXIT_IO;
            continue;
        }
        int rc = run(ctx, f, argv[i]);
        if (rc > status)
            status = rc;
        if (f != stdin)
            fclose(f);
    }
    if (fflush(stdout)) {
        fprintf(stderr, "vnfix: <stdout>: %s\n", strerror(errno));
        status = EXIT_IO;
    }
    vnfix_destroy(ctx);
    return status;
}
