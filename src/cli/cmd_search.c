/* sohoa search QUERY: look pages up in OUTDIR/catalog.sqlite's text index. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "archive/fts.h"
#include "batch/catalog.h"
#include "common/json.h"

int cmd_search(int argc, char **argv);

static void usage(FILE *f)
{
    fputs("usage: sohoa search [-o OUTDIR] [--limit N] [--json] QUERY...\n"
          "Pages of the documents in OUTDIR/catalog.sqlite whose text has every word of\n"
          "QUERY, best first, as DOCUMENT:PAGE: snippet with the matches in [brackets].\n"
          "Words typed without marks match every spelling (\"dong\" finds đồng, Đông);\n"
          "words typed with marks match that spelling only; codes match as written\n"
          "(76/NQ-CP).\n"
          "  -o, --outdir OUTDIR  the folder given to sohoa run (default .)\n"
          "  -n, --limit N        at most N hits (default 20; 0 = all)\n"
          "      --json           one JSON object: query, count, hits[] of\n"
          "                       {document, input_id, page, snippet, score}\n"
          "Exit status: 0 found, 1 usage, 2 catalogue unreadable, 3 no match.\n",
          f);
}

typedef struct {
    int json, tty;
    json_writer *w;
} out_state;

static int print_hit(void *user, const fts_hit *h)
{
    out_state *o = user;
    if (o->json) {
        json_begin_object(o->w);
        json_key(o->w, "document");
        json_string(o->w, h->document);
        json_key(o->w, "input_id");
        json_int(o->w, h->input_id);
        json_key(o->w, "page");
        json_int(o->w, h->page);
        json_key(o->w, "snippet");
        json_string(o->w, h->snippet);
        json_key(o->w, "score");
        json_number(o->w, h->score);
        json_end_object(o->w);
        return 0;
    }
    printf("%s:%d: ", h->document, h->page);
    for (const char *p = h->snippet; *p; p++)
        putchar(*p == '\n' || *p == '\f' || *p == '\t' ? ' ' : *p);
    putchar('\n');
    return 0;
}

int cmd_search(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"outdir", required_argument, NULL, 'o'}, {"limit", required_argument, NULL, 'n'},
        {"json", no_argument, NULL, 'J'},         {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    const char *outdir = ".";
    int json = 0, limit = 20, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:n:h", longopts, NULL)) != -1) {
        if (c == 'o') {
            outdir = optarg;
        } else if (c == 'n') {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (*optarg == 0 || *end || v < 0 || v > 1000000) {
                fprintf(stderr, "sohoa search: --limit wants a number >= 0, not '%s'\n", optarg);
                return 1;
            }
            limit = (int)v;
        } else if (c == 'J') {
            json = 1;
        } else if (c == 'h') {
            usage(stdout);
            return 0;
        } else {
            usage(stderr);
            return 1;
        }
    }
    if (optind >= argc) {
        usage(stderr);
        return 1;
    }
    /* The words of QUERY may come as one argument or several. */
    size_t qlen = 1;
    for (int i = optind; i < argc; i++)
        qlen += strlen(argv[i]) + 1;
    char *query = malloc(qlen);
    if (!query)
        return 2;
    query[0] = 0;
    for (int i = optind; i < argc; i++) {
        if (i > optind)
            strcat(query, " ");
        strcat(query, argv[i]);
    }

    char path[4096], err[512] = "";
    snprintf(path, sizeof path, "%s/catalog.sqlite", outdir);
    struct sqlite3 *db = NULL;
    if (catalog_open_search(path, &db, err, sizeof err) != 0) {
        fprintf(stderr, "sohoa search: cannot read the catalogue %s: %s\n", path, err);
        free(query);
        return 2;
    }

    json_writer w;
    json_init(&w, 1);
    out_state o = {json, isatty(1), &w};
    if (json) {
        json_begin_object(&w);
        json_key(&w, "query");
        json_string(&w, query);
        json_key(&w, "hits");
        json_begin_array(&w);
    }
    int n = fts_search(db, query, limit, "[", "]", print_hit, &o, err, sizeof err);
    catalog_reader_close(db);
    if (n < 0) {
        fprintf(stderr, "sohoa search: %s: %s\n", path, err);
        json_free(&w);
        free(query);
        return 2;
    }
    if (json) {
        json_end_array(&w);
        json_key(&w, "count");
        json_int(&w, n);
        json_end_object(&w);
        if (json_ok(&w))
            printf("%s\n", w.out.buf);
    } else if (n == 0 && o.tty) {
        fprintf(stderr, "sohoa search: no page has %s\n", query);
    }
    json_free(&w);
    free(query);
    return n > 0 ? 0 : 3;
}
