/*
 * review.h: `sohoa review OUTDIR`, a local web application over a batch's
 * catalogue: the batch, each page beside its text, and corrections that
 * every output follows (review/correct.h, batch/rewrite.h).
 *
 * Safe by default: it listens on 127.0.0.1; every /api/ request must carry
 * the random token printed at start in the X-Sohoa-Token header (a page of
 * another site cannot set that header without a CORS preflight, which is
 * never answered); the only files served are the application's own, by
 * name, and page images made from the inputs the catalogue lists; bodies
 * over REVIEW_MAX_BODY and methods a route does not take are refused. All
 * data goes to the browser as JSON and is put in the page as text, never
 * as markup, under a Content-Security-Policy without inline script.
 */
#ifndef SOHOA_REVIEW_REVIEW_H
#define SOHOA_REVIEW_REVIEW_H

#include <signal.h>
#include <stddef.h>

#define REVIEW_MAX_BODY (64 * 1024)

typedef struct {
    const char *outdir;     /* holds catalog.sqlite */
    const char *bind;       /* address to listen on (default 127.0.0.1) */
    int port;               /* 0: any free port */
    const char *user;       /* who corrects (recorded with each correction) */
    const char *wwwdir;     /* the application's files (NULL: found like lang/) */
    int threads;            /* connection threads (default 4) */
} review_options;

enum {
    REVIEW_EXIT_OK = 0,
    REVIEW_EXIT_USAGE = 1,
    REVIEW_EXIT_NOCATALOG = 2,
    REVIEW_EXIT_SERVE = 3,      /* could not listen, or the web files are missing */
    REVIEW_EXIT_EXPORT = 4      /* the export file could not be written */
};

/* Serve until SIGINT or SIGTERM (blocked in the calling thread by the
 * caller, and so in the server's threads, then waited for here). Prints
 * the address with the token on stdout. REVIEW_EXIT_*. */
int review_serve(const review_options *o, const sigset_t *stop_signals);

/* Every correction as JSON lines into path ("-": stdout). REVIEW_EXIT_*. */
int review_export(const char *outdir, const char *path);

/* Where the application's files are: $SOHOA_REVIEW_WWW, the installed data
 * folder, the source tree; NULL when none has index.html. */
const char *review_find_www(void);

#endif
