/*
 * json.h: a small JSON writer into a growable buffer.
 *
 * The pipeline writes JSON in several places (NAME.json, --json outputs,
 * the JSON log); one writer keeps escaping and number formatting the same
 * everywhere. Commas and nesting are tracked for the caller:
 *
 *     json_writer w; json_init(&w, 1);           // 1 = pretty
 *     json_begin_object(&w);
 *     json_key(&w, "number"); json_string(&w, "04/CTr-UBND");
 *     json_key(&w, "pages");  json_int(&w, 12);
 *     json_end_object(&w);
 *     ... w.out.buf holds w.out.len bytes; json_free(&w);
 *
 * Errors (out of memory) are sticky: check json_ok() once at the end.
 */
#ifndef SOHOA_JSON_H
#define SOHOA_JSON_H

#include <stddef.h>
#include <stdint.h>

#include "common/sbuf.h"

#define JSON_MAX_DEPTH 64

typedef struct {
    sbuf out;               /* the text so far (out.failed: out of memory) */
    int pretty;
    int failed;             /* out of memory or unbalanced nesting */
    int depth;
    /* Per nesting level: has a value already been written (so a comma is due)? */
    unsigned char nonempty[JSON_MAX_DEPTH];
    int after_key;
} json_writer;

void json_init(json_writer *w, int pretty);
void json_free(json_writer *w);
int json_ok(const json_writer *w);
/* Take the buffer (NUL-terminated); the writer is left empty. */
char *json_take(json_writer *w, size_t *len);

void json_begin_object(json_writer *w);
void json_end_object(json_writer *w);
void json_begin_array(json_writer *w);
void json_end_array(json_writer *w);
void json_key(json_writer *w, const char *key);
/* A UTF-8 string; NULL writes null. Invalid UTF-8 bytes become U+FFFD. */
void json_string(json_writer *w, const char *s);
void json_string_n(json_writer *w, const char *s, size_t n);
void json_int(json_writer *w, int64_t v);
/* Shortest form that reads back to the same double; NaN/inf write null. */
void json_number(json_writer *w, double v);
void json_bool(json_writer *w, int v);
void json_null(json_writer *w);
/* Insert already-serialised JSON as a value (trusted to be valid). */
void json_raw(json_writer *w, const char *s, size_t n);

#endif
