/*
 * progress.h: what a run tells the person or program watching it. On a
 * terminal: one status line (documents and pages done/total, pages per
 * minute, ETA, failures). Not a terminal: plain log lines, one per event.
 * --json-log: one JSON object per event. --quiet: nothing on stdout.
 * Errors always go to stderr.
 */
#ifndef SOHOA_BATCH_PROGRESS_H
#define SOHOA_BATCH_PROGRESS_H

#include <stdio.h>

typedef enum { PROGRESS_QUIET, PROGRESS_TTY, PROGRESS_LOG, PROGRESS_JSON } progress_mode;

typedef struct {
    progress_mode mode;
    FILE *out;
    double t0;              /* seconds, monotonic */
    int docs_total, docs_done, docs_skipped, docs_failed;
    int pages_known;        /* pages of the documents opened so far */
    int docs_opened;
    int pages_done, pages_failed;
    double last_draw;
    int drawn;              /* a status line is on screen */
} progress;

void progress_init(progress *p, progress_mode mode, int docs_total);
double progress_now(void);
double progress_pages_per_minute(const progress *p);

void progress_start(progress *p, int workers, const char *outdir);
void progress_skip(progress *p, const char *input, const char *why);
void progress_page(progress *p, const char *input, int page, int ok, double seconds,
                   const char *error);
void progress_document(progress *p, const char *input, const char *status, int pages,
                       double seconds, const char *txt, const char *error);
/* Redraw the terminal line (rate-limited unless force). */
void progress_tick(progress *p, int force);
void progress_end(progress *p, const char *status);
/* A message to the user: stderr, and a JSON event when --json-log. */
void progress_error(progress *p, const char *input, int page, const char *error);
void progress_note(progress *p, const char *msg);

#endif
