/*
 * record.h: the per-input outputs. NAME.txt is the NFC text with pages
 * separated by form feeds; NAME.json is the document record: source, hash,
 * engine, options, and one object per page (page_json below), each with
 * size, dpi, skew, rotation, confidences, low-confidence words, timings,
 * words with boxes and symbol alternatives, and every repair made. Later
 * stages (segmentation, archival outputs) add top-level fields to the same
 * object through doc_info.extra_keys/extra_values.
 */
#ifndef SOHOA_OUTPUT_RECORD_H
#define SOHOA_OUTPUT_RECORD_H

#include <stddef.h>
#include <stdint.h>

#include "common/json.h"
#include "ocr/page.h"

/* Serialise one page record as a JSON object value. */
void page_json(json_writer *w, const page_record *p);

typedef struct {
    const char *source;         /* the input path as given */
    const char *abspath;
    const char *sha256;
    int64_t size;
    const char *format;         /* "pdf", "tiff", ... */
    int pages_total;            /* pages in the file */
    const char *status;         /* "done" or "failed" */
    const char *error;          /* NULL when none */
    double seconds;             /* wall time spent on this input */
    const char *engine_json;    /* {"sohoa":..,"tesseract":..,...} serialised */
    const char *options_json;   /* the output-changing options, serialised */
    /* More top-level fields (segmentation adds metadata, sections, ...):
     * nextra keys with their values as serialised JSON. */
    const char *const *extra_keys;
    const char *const *extra_values;
    int nextra;
    /* Or written by a callback into the open top-level object (NULL: none). */
    void (*extra_fields)(void *user, json_writer *w);
    void *extra_user;
} doc_info;

/* Hands out page i (0-based among the pages written) of the document:
 * its text (NULL for a failed page) and its page_json. Return 0, or -1 to
 * stop with an error. Strings stay valid until the next call. */
typedef int (*page_source_fn)(void *user, int i, const char **text, const char **json);

/* Write NAME.txt and NAME.json atomically. 0 or -1 with a reason in err. */
int output_write_document(const char *txt_path, const char *json_path, const doc_info *d,
                          int npages, page_source_fn get, void *user, char *err, size_t errlen);

#endif
