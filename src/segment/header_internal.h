/*
 * header_internal.h: what header.c (the parts above the body) and footer.c
 * (the end block below it) share. Not installed. Each section lists what
 * one file gives the other; its comments are at the definitions.
 */
#ifndef SOHOA_HEADER_INTERNAL_H
#define SOHOA_HEADER_INTERNAL_H

#include "segment/seg_internal.h"

/* What a line taken out of the body was used for (seg_line.dropped). */
enum { USED_HEADER = 2, USED_TAIL = 3 };

/* A line read in both forms: as written and folded, character by
 * character (cpos: each folded character's byte in text). */
typedef struct {
    char *text;           /* original line */
    char *fold;
    size_t *cpos;
    size_t n;             /* characters */
} hline;

/* ---- header.c ---- */
int hline_set(hline *h, const char *s, size_t len);
int hline_init(hline *h, const seg_doc *d, const seg_line *l);
void hline_free(hline *h);
void hline_blank(hline *h, size_t a, size_t b);
char *hline_sub(const hline *h, size_t a, size_t b);
int hline_caps(const hline *h);
int hline_caps_at(const hline *h, size_t a, size_t n);
int hf_blank_fold(const char *f, size_t n);
int hf_add_recipient(seg_metadata *m, char *s);
char *hf_recipient_text(hline *h, size_t a);
int hf_opens_body(const char *f);
size_t hf_opens_authority(const char *f);

/* ---- footer.c ---- */
void hf_read_end(seg_doc *d, seg_metadata *m, const seg_gaz *g, size_t from);
int hf_sig_prefix(const char *f);
size_t hf_caps_run(const hline *h, size_t i);
size_t hf_title_start(const hline *h, size_t a, size_t b);
size_t hf_column_gap(const hline *h);
size_t hf_line_indent(const seg_doc *d, size_t k);
void hf_trim_fold(const char *f, size_t *a, size_t *b);

#endif
