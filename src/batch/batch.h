/*
 * batch.h: `sohoa run` as a library call. Pages of all inputs go through
 * one bounded queue to N worker threads (each with its own tesseract);
 * the calling thread hashes and opens inputs, keeps the catalogue, writes
 * outputs and reports progress. Memory is bounded by the workers and the
 * queue, not by the batch: at most about 2N pages are decoded or waiting,
 * and finished pages go to the catalogue at once.
 */
#ifndef SOHOA_BATCH_BATCH_H
#define SOHOA_BATCH_BATCH_H

#include <signal.h>

#include "batch/progress.h"
#include "batch/walk.h"
#include "input/input.h"
#include "ocr/pipeline.h"

typedef struct {
    const char *outdir;
    int jobs;
    const char *pages;          /* --pages spec or NULL */
    ocr_options ocr;
    input_options input;
    progress_mode mode;
    const char *command;        /* the command line, for the runs table */
    unsigned outputs;           /* archival files wanted (ARCHIVE_* bits) */
    int pdfa;                   /* NAME.pdf as PDF/A-2b (--no-pdfa: 0) */
    int no_restore;             /* --no-restore: no diacritic repair after vnfix */
    int csv_bom;                /* --csv-bom: targets.csv/agencies.csv start with a BOM */
    const char *catalog;        /* catalogue file; NULL: OUTDIR/catalog.sqlite */
} batch_options;

/* Defaults of the options above (and everything else zero). */
void batch_options_init(batch_options *o);

/* Exit codes of `sohoa run` (documented in sohoa(1)). */
enum {
    BATCH_EXIT_OK = 0,
    BATCH_EXIT_USAGE = 1,
    BATCH_EXIT_NOINPUT = 2,
    BATCH_EXIT_SOMEFAILED = 3,
    BATCH_EXIT_BUSY = 4,        /* another run holds the catalogue's lock */
    BATCH_EXIT_DISKFULL = 5,    /* stopped: no space left on device */
    BATCH_EXIT_INTERRUPTED = 130
};

/* interrupts counts SIGINT/SIGTERM: 1 = finish the pages in flight and stop,
 * 2 or more = abandon them at once. */
int batch_run(const walk_list *inputs, const batch_options *o,
              volatile sig_atomic_t *interrupts);

/* The options that change the pages (OCR and repair), as canonical JSON
 * (malloc'd). The archival outputs wanted are not in it: adding one to a
 * finished input writes that file from the stored page parts, no OCR. */
char *batch_options_key(const batch_options *o);

#endif
