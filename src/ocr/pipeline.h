/*
 * pipeline.h: one page from decoded input to a finished page record:
 * preprocess, OCR (or the PDF text layer), text repair (vnfix, then the
 * diacritic repair of OCR'd pages when a model is given). A worker owns one
 * ocr_worker (engine + vnfix context) and reuses it for every page.
 */
#ifndef SOHOA_OCR_PIPELINE_H
#define SOHOA_OCR_PIPELINE_H

#include <stddef.h>

#include "input/input.h"
#include "ocr/page.h"
#include "vnfix.h"

typedef struct {
    const char *lang;       /* tesseract languages, "vie" by default */
    unsigned preprocess;    /* PRE_* flags */
    int timeout_s;          /* per page, 0 = none */
    const vnfix_model *restore; /* diacritic repair after vnfix (shared, read-only); NULL = off */
    int no_layout;          /* keep tesseract's reading order, stamps and rules (ocr/layout.h) */
    long long max_pixels;   /* no upscaling beyond this (--max-pixels; 0 = no limit) */
} ocr_options;

typedef struct ocr_worker ocr_worker;

ocr_worker *ocr_worker_create(const ocr_options *o, char *err, size_t errlen);
void ocr_worker_destroy(ocr_worker *w);

/* Fill rec from pg. Never fails as a call: a page that cannot be read
 * gets rec->ok = 0 and rec->error. *cancel != 0 abandons OCR early. */
void ocr_process_page(ocr_worker *w, const input_page *pg, const volatile int *cancel,
                      page_record *rec);

/* Pass text through vnfix into a malloc'd NUL-terminated string (NULL on
 * failure); the one place every page's text is repaired. */
char *ocr_repair_text(ocr_worker *w, const char *text, size_t len, size_t *outlen);

#endif
