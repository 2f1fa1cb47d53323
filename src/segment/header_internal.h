/*
 * header_internal.h: what header.c (the parts above the body), title.c
 * (the type and title among them) and footer.c (the end block below it)
 * share. Not installed. Each section lists what one file gives the
 * others; its comments are at the definitions.
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

/* Where the header's cells were found (line indices into H, -1 none). */
typedef struct {
    size_t zone, limit;        /* lines read as header, lines searched for it */
    int motto_line, number_line, date_line, type_line, vv_line;
    size_t number_begin, number_end;
    int date_end;              /* the date unit's last line (a broken one spans several) */
} hloc;

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
void hf_count_case(const char *text, size_t i, size_t end, int *up, int *low);

/* ---- title.c ---- */
size_t hf_opens_authority(const char *f);
int hf_type_from_line(const char *f, size_t n);
const char *hf_type_of_code(const char *code);
int hf_authority_above_basis(const hline *H, size_t k, size_t zone);
size_t hf_type_title(seg_doc *d, seg_metadata *m, hline *H, hloc *L);

/* ---- footer.c ---- */
void hf_read_end(seg_doc *d, seg_metadata *m, const seg_gaz *g, size_t from);
int hf_sig_prefix(const char *f);
size_t hf_caps_run(const hline *h, size_t i);
size_t hf_title_start(const hline *h, size_t a, size_t b);
size_t hf_column_gap(const hline *h);
size_t hf_line_indent(const seg_doc *d, size_t k);
void hf_trim_fold(const char *f, size_t *a, size_t *b);

#endif
