/*
 * segment.h: read the structure of a Vietnamese administrative document.
 *
 * Input is NFC UTF-8 text (run it through libvnfix first), pages separated
 * by form feed (\f). Output: header metadata (Decree 30/2020 parts), the
 * section tree (Phần/Chương/Mục/Điều, I. / 1. / a) / - / +), quantified or
 * dated targets, and the agencies assigned work, with their canonical names
 * from the gazetteer lang/agencies.tsv. Nothing is guessed: a value not found
 * is NULL (or an empty list), and every section, target and task keeps its
 * page and character offsets (Unicode code points, counted from 0 in the
 * text given to seg_run, form feeds included).
 *
 *     seg_ctx *ctx = seg_create(NULL, err, sizeof err);   // loads the gazetteer
 *     seg_result *r = seg_run(ctx, text, len);
 *     json_writer w; json_init(&w, 1); seg_write_json(r, &w); ...
 *     seg_result_free(r); seg_destroy(ctx);
 *
 * A context is read-only after seg_create: one context may serve several
 * threads. See docs/segment.md for the JSON schema and the rules.
 */
#ifndef SOHOA_SEGMENT_H
#define SOHOA_SEGMENT_H

#include <stddef.h>
#include <stdio.h>

#include "common/json.h"

typedef struct seg_ctx seg_ctx;

/* Load the gazetteer agencies.tsv from langdir (NULL: $SOHOA_LANGDIR, else
 * the compiled-in directories), and agency-model.tsv beside it when there
 * (the learned second opinion on agencies: without it the rules decide
 * alone). NULL on failure with a message in err. */
seg_ctx *seg_create(const char *langdir, char *err, size_t errlen);
/* Same, from an explicit gazetteer file. */
seg_ctx *seg_create_from_file(const char *tsv_path, char *err, size_t errlen);
void seg_destroy(seg_ctx *ctx);

/* Strings below are NUL-terminated UTF-8 owned by the result; NULL = not found. */
typedef struct {
    char *issuer;          /* "UBND tỉnh Hậu Giang" */
    char *issuer_full;     /* "Ủy ban nhân dân tỉnh Hậu Giang" */
    char *parent_body;     /* cơ quan chủ quản above the issuer, if any */
    char *doc_type;        /* "Kế hoạch" */
    char *doc_type_code;   /* "KH" (Phụ lục III of Decree 30) */
    char *number;          /* "04/CTr-UBND" */
    char *date;            /* "2021-03-30" */
    char *place;           /* "Hậu Giang" */
    char *title;           /* trích yếu */
    char *signer;
    char *signer_title;
    char *province;        /* province of the issuer or place, as at the date */
    char *province_successor; /* the unit it belongs to after 1/7/2025 */
    char **recipients;
    size_t n_recipients;
    int pages;             /* form feeds + 1 */
} seg_metadata;

typedef struct seg_section {
    char *label;           /* "II.", "1.", "a)", "-", "Điều 3." */
    char *title;           /* heading text, NULL for plain list items */
    char *id;              /* path: "II.2.a.3" */
    int level;             /* 1 = top */
    int page;              /* 1-based */
    size_t start, end;     /* character offsets */
    struct seg_section **children;
    size_t n_children;
} seg_section;

typedef struct {
    double value;
    char *unit;            /* "%", count unit as written, or NULL */
    char *qualifier;       /* "tối thiểu", "trên", "giảm", "đạt", ... or NULL */
    char *as_written;      /* "tối thiểu 20%" */
} seg_metric;

typedef struct {
    char *id;
    char *area;
    char *text;
    int deadline;          /* year, 0 = none */
    int period_from, period_to; /* 0 = none */
    seg_metric *metrics;
    size_t n_metrics;
    int page;
    size_t start, end;
} seg_target;

typedef struct {
    char *text;
    char *section;
    char *role;            /* the role the agency holds in this task */
    int deadline;          /* latest year stated for the task, 0 = none */
    char *deadline_text;   /* "Quý IV/2025", "trước ngày 15/12/2025", or NULL */
    int page;
    size_t start, end;
} seg_task;

typedef struct {
    char *name;            /* canonical */
    char *successor;       /* after the 2025 reorganisation, or NULL */
    char *as_written;      /* first mention */
    char *role;            /* strongest role seen */
    char **roles;          /* every role seen, strongest first */
    size_t n_roles;
    char *abbreviation;
    char *kind;            /* "central", "provincial", "local", "group", ... */
    int valid_at_date;     /* 1 yes, 0 no (name not in force at the document's date), -1 unknown */
    int collective;        /* a group named as such ("các sở, ban, ngành") */
    int linked;            /* the gazetteer knows it (else the name is as written) */
    seg_task *tasks;
    size_t n_tasks;
    int page;              /* first assignment */
    size_t start, end;
} seg_agency;

typedef struct {
    seg_metadata metadata;
    seg_section **sections; /* top level */
    size_t n_sections;
    seg_target *targets;
    size_t n_targets;
    seg_agency *agencies;
    size_t n_agencies;
} seg_result;

/* Segment len bytes of NFC UTF-8 text. NULL only when out of memory. */
seg_result *seg_run(const seg_ctx *ctx, const char *text, size_t len);
void seg_result_free(seg_result *r);

/* The four top-level fields plus "archival" (TT 05/2025/TT-BNV EAD_doc
 * names), as one JSON object. */
void seg_write_json(const seg_result *r, json_writer *w);
/* The same five fields written into an object the caller has opened (for
 * `sohoa run`, which adds them to NAME.json). */
void seg_write_fields(const seg_result *r, json_writer *w);
/* The "archival" object alone. */
void seg_write_archival(const seg_result *r, json_writer *w);
/* EAD_doc XML (<simpledc>). 0 or -1 on write error. */
int seg_write_ead(const seg_result *r, FILE *f);

/* CSV (RFC 4180, UTF-8). The header row once per file, then the rows of
 * one document named doc. 0 or -1 on write error. */
int seg_csv_targets_header(FILE *f);
int seg_csv_targets(const seg_result *r, const char *doc, FILE *f);
int seg_csv_agencies_header(FILE *f);
int seg_csv_agencies(const seg_result *r, const char *doc, FILE *f);

/* ---- the learned second opinion on agencies (agency_model.c) ---- */
/* Weights of lang/agency-model.tsv ("feature<TAB>weight" lines, "@add" and
 * "@drop" the thresholds of its two uses; see lang/README.md). */
typedef struct seg_amodel seg_amodel;
/* NULL with a message in err when a line is malformed or memory runs out. */
seg_amodel *seg_amodel_parse(const char *text, char *err, size_t errlen);
/* The same from a file; when it fails, errno says why (ENOENT: no file). */
seg_amodel *seg_amodel_load(const char *path, char *err, size_t errlen);
void seg_amodel_free(seg_amodel *m);
/* The model's probability for a candidate given its features (tokens
 * separated by spaces, as --candidates prints them). */
double seg_amodel_score(const seg_amodel *m, const char *features);
/* Run the segmenter on the text and write, instead of using the model,
 * one TSV line per candidate span: doc, paragraph, start, end (characters
 * in the paragraph), name, as written, collective, features (the rules'
 * verdict among them). For tools/train-agency-model. 0, or -1 when out of
 * memory. */
int seg_candidates(const seg_ctx *ctx, const char *text, size_t len, const char *doc, FILE *out);

#endif
