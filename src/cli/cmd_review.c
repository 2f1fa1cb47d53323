/* sohoa review OUTDIR: check and correct a batch's pages in the browser. */
#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "review/review.h"

int cmd_review(int argc, char **argv);

static void usage(FILE *f)
{
    fputs("usage: sohoa review OUTDIR [--port N] [--bind ADDR] [--user NAME]\n"
          "       sohoa review OUTDIR --export FILE.jsonl\n"
          "A local web application over OUTDIR/catalog.sqlite: the documents, each page's\n"
          "scan beside its text, and corrections that NAME.txt, NAME.json, NAME.pdf,\n"
          "NAME.alto.xml, NAME.hocr and the search index follow. Prints the address with\n"
          "a random token; stop it with Ctrl-C.\n"
          "  -p, --port N      port to listen on (default 8024; 0: any free port)\n"
          "  -b, --bind ADDR   address to listen on (default 127.0.0.1)\n"
          "  -u, --user NAME   who corrects, kept with each correction (default $USER)\n"
          "  -e, --export FILE every correction as JSON lines into FILE ('-': stdout), then exit\n"
          "Exit status: 0 stopped or exported, 1 usage, 2 no catalogue in OUTDIR,\n"
          "3 cannot listen or the application's files are missing, 4 export not written.\n",
          f);
}

int cmd_review(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"port", required_argument, NULL, 'p'}, {"bind", required_argument, NULL, 'b'},
        {"user", required_argument, NULL, 'u'}, {"export", required_argument, NULL, 'e'},
        {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
    review_options o = {.bind = "127.0.0.1", .port = 8024, .user = getenv("USER"), .threads = 4};
    const char *export_path = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "p:b:u:e:h", longopts, NULL)) != -1) {
        char *end;
        switch (c) {
        case 'p':
            o.port = (int)strtol(optarg, &end, 10);
            if (*end || end == optarg || o.port < 0 || o.port > 65535) {
                fprintf(stderr, "sohoa review: --port: 0 to 65535\n");
                return REVIEW_EXIT_USAGE;
            }
            break;
        case 'b': o.bind = optarg; break;
        case 'u': o.user = optarg; break;
        case 'e': export_path = optarg; break;
        case 'h': usage(stdout); return REVIEW_EXIT_OK;
        default: usage(stderr); return REVIEW_EXIT_USAGE;
        }
    }
    if (optind != argc - 1) {
        usage(stderr);
        return REVIEW_EXIT_USAGE;
    }
    o.outdir = argv[optind];
    if (export_path)
        return review_export(o.outdir, export_path);
    /* Blocked here, so in every thread the server starts, and waited for
     * by review_serve: no handler, no shared flag. */
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop, NULL);
    return review_serve(&o, &stop);
}
