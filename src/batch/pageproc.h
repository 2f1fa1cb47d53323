/*
 * pageproc.h: the worker processes that read pages for sohoa run.
 *
 * Each job (-j) is a child process, `sohoa __page-worker`, started by
 * fork and exec of the running program, that owns one tesseract engine
 * and reads pages one at a time: decode, preprocess, OCR, repair, and the
 * page's share of the archival outputs. The parent sends it (file, page)
 * over a socket and gets back the finished page (the record's catalogue
 * fields, its JSON, its parts).
 *
 * Why processes and not threads: tesseract can be told to stop only while
 * it recognises words; in layout analysis (a huge page of tiny text can
 * spend many minutes there), in leptonica or in a decoder there is no way
 * to stop a thread, and a thread left running keeps its memory and its
 * core. A process can be killed at the deadline whatever it is doing, and
 * the kernel takes back all it held; a crash or the OOM killer in a
 * decoder costs one page, not the run. Exec rather than a bare fork: the
 * parent has threads and tesseract's OpenMP runtime, which a forked copy
 * must not use.
 */
#ifndef SOHOA_BATCH_PAGEPROC_H
#define SOHOA_BATCH_PAGEPROC_H

#include <stddef.h>

#include "archive/archive.h"
#include "input/input.h"
#include "ocr/page.h"
#include "ocr/pipeline.h"

/* The name of the hidden command that runs a worker (sohoa.c). */
#define PAGEPROC_COMMAND "__page-worker"
/* The descriptor a worker talks on. */
#define PAGEPROC_FD 3

typedef struct {
    input_options input;
    ocr_options ocr;        /* .restore is not used: see restore */
    int restore;            /* the worker opens the language model (diacritic repair) */
} pageproc_config;

typedef struct pageproc pageproc;

/* Start a worker and wait until its engine is ready. NULL with the reason
 * (as the user should read it) in err. */
pageproc *pageproc_start(const pageproc_config *cfg, char *err, size_t errlen);
/* Let it finish (it is idle between pages) and reap it. */
void pageproc_stop(pageproc *p);

enum {
    PAGEPROC_OK = 0,        /* rec, parts, json filled */
    PAGEPROC_TIMEOUT,       /* not back within timeout_s: the worker was killed */
    PAGEPROC_CANCELLED,     /* *cancel became non-zero: the worker was killed */
    PAGEPROC_DIED           /* the worker died or could not be started: reason in err */
};

/* Read page index (0-based) of the file at path (label: its name as the
 * user gave it, for messages) within timeout_s seconds (0 = no limit).
 * After anything but PAGEPROC_OK the worker is gone and the next call
 * starts a new one. On PAGEPROC_OK, rec (initialised by the caller) holds
 * the record's scalar fields, text, error and word confidences (what the
 * catalogue keeps; no symbols), *json the page's JSON (malloc'd). */
int pageproc_page(pageproc *p, const char *path, const char *label, int index, int timeout_s,
                  const volatile int *cancel, page_record *rec, archive_parts *parts, char **json,
                  char *err, size_t errlen);

/* The worker's side: the main of `sohoa __page-worker`, talking on fd. */
int pageproc_child_main(int fd);

#endif
