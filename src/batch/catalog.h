/*
 * catalog.h: OUTDIR/catalog.sqlite, the memory of a batch (WAL, so status
 * can read while a run writes). Tables: runs (one per `sohoa run`), inputs
 * (one per input file: path, sha256, size, pages, status, error, timings,
 * options, output paths) and pages (one per page: its numbers, its text and
 * its full JSON record). Each page row is committed as soon as the page is
 * finished, so a crash loses at most the pages in flight; an input is done
 * when its path, sha256 and output-changing options match a row whose status
 * is "done". Beside them: page_parts (each page's share of NAME.pdf,
 * .alto.xml, .hocr), page_fts (the search index, see archive/fts.h), and
 * what segmentation found per input (targets, agencies, inputs.segment).
 * One connection, used from one thread.
 */
#ifndef SOHOA_BATCH_CATALOG_H
#define SOHOA_BATCH_CATALOG_H

#include <stddef.h>
#include <stdint.h>

#include "archive/archive.h"
#include "archive/fts.h"
#include "ocr/page.h"

typedef struct catalog catalog;

catalog *catalog_open(const char *path, char *err, size_t errlen);
/* Checkpoints the log and leaves the file in rollback-journal mode, so a
 * finished catalogue is one file that read-only media can serve. */
void catalog_close(catalog *c);
/* For readers (status, search): path opened read-only, also from
 * read-only media. 0, or -1 (*db may still need sqlite3_close). */
struct sqlite3;
int catalog_open_reader(const char *path, struct sqlite3 **db);
void catalog_reader_close(struct sqlite3 *db);

/* ---- Reading a batch's catalogue (reader.c), for sohoa status and
 * sohoa search: the commands print, these functions own the SQL. */

/* For sohoa status: path opened as catalog_open_reader does, and only when
 * it has the inputs table (it is a batch's catalogue). 0, or -1 (*db NULL). */
int catalog_open_status(const char *path, struct sqlite3 **db);

enum { CATALOG_STATES = 5 };
/* Input states in the order of catalog_summary.states. */
extern const char *const catalog_state_names[CATALOG_STATES];
/* What a batch holds. A table a catalogue predates counts 0. */
typedef struct {
    int64_t inputs;                     /* total */
    int64_t states[CATALOG_STATES];     /* done, failed, running, interrupted, pending */
    int64_t pages_done, pages_failed;
    int64_t pages_reviewed, corrections;    /* sohoa review */
    int64_t with_pdf, with_alto, with_hocr; /* done inputs with that archival file */
    int64_t targets, agencies;          /* segmentation rows */
} catalog_summary;
void catalog_read_summary(struct sqlite3 *db, catalog_summary *s);
/* fn per failed input in path order: the path as given (or stored) and
 * the recorded reason (may be NULL); strings valid during the call. */
void catalog_read_failures(struct sqlite3 *db,
                           void (*fn)(void *user, const char *input, const char *error),
                           void *user);
/* The latest run as recorded; strings may be NULL. */
typedef struct {
    int64_t id, workers, docs_done, docs_skipped, docs_failed, pages;
    const char *started, *finished, *status;
    int ended;              /* finished is set */
    double seconds;
} catalog_run_row;
/* fn gets the latest run (strings valid during the call). 1 there was
 * one, 0 no run recorded. */
int catalog_read_last_run(struct sqlite3 *db, void (*fn)(void *user, const catalog_run_row *r),
                          void *user);

/* For sohoa search: path opened read-write when allowed, so a catalogue
 * from before the search index gets it built, read-only otherwise (never
 * created); the index's tokenizer registered. 0, or -1 with the reason in
 * err (*db NULL). */
int catalog_open_search(const char *path, struct sqlite3 **db, char *err, size_t errlen);
const char *catalog_error(catalog *c);
/* Did the last call fail because the disk (or quota) is full? */
int catalog_disk_full(catalog *c);

/* Rows left "running" become "interrupted": run <= 0, every run's (a dead
 * run's, at the start of the next one, under the run lock); run > 0, the
 * inputs of that run (stopped by Ctrl-C). The inputs changed, or -1. */
int catalog_recover(catalog *c, int64_t run);
/* The inputs of this run, all pending until opened (catalog_pending_take). */
int catalog_pending_set(catalog *c, size_t n, const char *(*path)(void *user, size_t i),
                        void *user);
int catalog_pending_take(catalog *c, const char *path);

int64_t catalog_run_begin(catalog *c, const char *command, const char *options, int workers,
                          int inputs);
typedef struct {
    int docs_done, docs_skipped, docs_failed, pages_done, pages_failed;
    double seconds;
    const char *status;     /* "done", "failed" (some inputs), "interrupted" */
} catalog_run_totals;
int catalog_run_end(catalog *c, int64_t run, const catalog_run_totals *t);

enum { CAT_NEW = 0, CAT_DONE = 1, CAT_RESUME = 2 };
/* Find or create the row of an input. CAT_DONE: finished with the same
 * content and options. CAT_RESUME: same content and options, some pages may
 * be finished already. CAT_NEW: nothing reusable (any old pages are
 * dropped). *id receives the row id; -1 on a database error. */
int catalog_input_lookup(catalog *c, const char *abspath, const char *sha256,
                         const char *options, int64_t *id);
/* Drop everything stored for input id (pages, parts, index, segmentation):
 * it starts anew with this content and these options. */
int catalog_input_forget(catalog *c, int64_t id, const char *sha256, const char *options);

/* What a finished input already has. */
typedef struct {
    char outputs[64];       /* archival files written ("pdfa alto", "text-layer", "") */
    int has_outputs;        /* outputs was recorded at all (older catalogues: no) */
    int has_segment;
    int pages;              /* page rows */
    int text_layer_pages;   /* pages read from a PDF text layer (born-digital) */
    int part_pages;         /* pages with archival parts stored */
} catalog_input_info;
int catalog_input_state(catalog *c, int64_t id, catalog_input_info *info);
/* The stored page numbers of input id (0-based, ascending, malloc'd). */
int catalog_input_pages(catalog *c, int64_t id, int **pages, int *n);
int catalog_input_set_outputs(catalog *c, int64_t id, const char *outputs);

/* Segmentation of one input, as stored (rows of the targets and agencies
 * tables; json = seg_write_json; *_csv = the document's CSV rows). */
typedef struct {
    const char *id, *area, *text, *metrics;
    int deadline, period_from, period_to, page;
    size_t start, end;
} catalog_target;
typedef struct {
    const char *name, *successor, *as_written, *role, *roles;
    int tasks, page;
} catalog_agency;
typedef struct {
    const char *json, *targets_csv, *agencies_csv;
    const catalog_target *targets;
    size_t ntargets;
    const catalog_agency *agencies;
    size_t nagencies;
} catalog_segment;
int catalog_segment_put(catalog *c, int64_t id, const catalog_segment *s);
/* Hand fn the stored CSV rows (targets, or agencies when agencies != 0) of
 * every done input, in path order. 0 or -1. */
int catalog_csv_rows(catalog *c, int agencies, void (*fn)(void *user, const char *rows),
                     void *user);

int catalog_input_start(catalog *c, int64_t id, const char *given, int64_t size,
                        const char *format, int pages, int selected, const char *out_txt,
                        const char *out_json, int64_t run);
int catalog_input_finish(catalog *c, int64_t id, const char *status, const char *error,
                         double seconds);
/* Record an input that could not be opened (no page rows). */
int catalog_input_failed(catalog *c, const char *abspath, const char *given,
                         const char *sha256, int64_t size, const char *options,
                         const char *error, int64_t run);

/* A path the folder walk could not read (walk.h): a failed input whose
 * format is "walk"; catalog_walk_resolved drops such a row once the same
 * given path is a readable input again (the link was repaired). */
int catalog_walk_failed(catalog *c, const char *abspath, const char *given, const char *options,
                        const char *error, int64_t run);
int catalog_walk_resolved(catalog *c, const char *given);

/* Is page (0-based) of input id finished? */
int catalog_page_is_done(catalog *c, int64_t id, int page);
/* Store a finished page, its search-index entry and its archival parts
 * (parts may be NULL) in one transaction. */
int catalog_page_put(catalog *c, int64_t id, const page_record *p, const char *record_json,
                     const archive_parts *parts, int64_t run);
/* Text and JSON of a page; pointers valid until the next call. 0 or -1. */
int catalog_page_get(catalog *c, int64_t id, int page, const char **text, const char **json);

/* Page's archival part of one kind ("pdf", "alto", "hocr"); *data NULL when
 * the page has none. Valid until the next call. 0 or -1. */
int catalog_part_get(catalog *c, int64_t id, int page, const char *kind, const char **data,
                     size_t *len);

/* Reading a finished batch for its archival packages (batch/package.c).
 * Each calls fn with one row's columns as text (NULL for SQL NULL), in the
 * order listed; fn returning non-zero stops the walk. 0, or -1 on a
 * database error. */
typedef int (*catalog_row_fn)(void *user, const char *const *col);
/* Every input whose status is "done", in path order: id, path (absolute),
 * given, sha256, size, format, out_txt, out_json, outputs, options, started,
 * finished, the run's command, the segmentation JSON. */
int catalog_done_inputs(catalog *c, catalog_row_fn fn, void *user);
/* The pages of input id in order: page (1-based in the input), status,
 * width, height, dpi, mean confidence, error. */
int catalog_doc_pages(catalog *c, int64_t id, catalog_row_fn fn, void *user);
/* Every repair recorded on the pages of input id: page, stage, from, to. */
int catalog_doc_repairs(catalog *c, int64_t id, catalog_row_fn fn, void *user);
/* Key and value of each member of the object at `path` ("$.archival") in
 * the segmentation JSON of input id. */
int catalog_doc_fields(catalog *c, int64_t id, const char *path, catalog_row_fn fn, void *user);
/* The top-level sections of input id: label, title, page. */
int catalog_doc_sections(catalog *c, int64_t id, catalog_row_fn fn, void *user);
/* Every correction made with sohoa review to input id, oldest first:
 * page, kind ("word", "line", "metadata"), word, old, new, at, user, field. */
int catalog_doc_corrections(catalog *c, int64_t id, catalog_row_fn fn, void *user);
/* ---- sohoa review (issue 24) ------------------------------------------
 * A person checks pages in the browser and corrects words. Tables:
 * reviewed (input, page, when, by whom) and corrections (old, new, when,
 * by whom, per word or line). A reviewed page is never overwritten by OCR:
 * catalog_page_put leaves it alone and catalog_input_forget keeps it. */

/* 1 reviewed, 0 not, -1 database error. */
int catalog_page_is_reviewed(catalog *c, int64_t id, int page);

/* The stored page (0-based) of input id read back into a page record: its
 * text, and from its JSON record the words with boxes, roles and symbol
 * alternatives, stamps, repairs, signatures (what page_json wrote, so
 * page_json of the result writes the same). 0, or -1 (p cleared). */
int catalog_page_record(catalog *c, int64_t id, int page, page_record *p);

typedef struct {
    const char *kind;       /* "word" or "line" */
    int word;               /* the (first) word's index in the page record */
    const char *old, *new_text;
} catalog_correction;

/* Store a corrected page in one transaction: its text, record, index
 * entry and parts (NULL parts kept), the corrections, and the reviewed
 * mark. 0 or -1. */
int catalog_page_correct(catalog *c, int64_t id, const page_record *p, const char *record_json,
                         const archive_parts *parts, const catalog_correction *corr,
                         size_t ncorr, const char *user);
/* Mark a page reviewed as it is. 0, or -1 (no such page, database error). */
int catalog_page_set_reviewed(catalog *c, int64_t id, int page, const char *user);

/* An input's row, strings malloc'd (free with catalog_input_row_free). */
typedef struct {
    char *path, *given, *sha256, *format, *status, *error, *options, *outputs, *out_txt;
    int64_t size;
    int pages_total;
    double seconds;
    char *segment;          /* seg_write_json of the text, or NULL */
    int has_segment;
} catalog_input_row;
int catalog_input_row_get(catalog *c, int64_t id, catalog_input_row *r);
void catalog_input_row_free(catalog_input_row *r);

/* The value at path ("$.engine") of a JSON text, as text (objects
 * serialised), malloc'd; NULL when missing or the text is not JSON. */
char *catalog_json_get(catalog *c, const char *json, const char *path);

/* What the review application lists, one JSON object per row. */
typedef enum {
    CATALOG_LIST_DOCS = 0,      /* every input: status, pages, confidence, metadata */
    CATALOG_LIST_DOC,           /* input id, with its segmentation */
    CATALOG_LIST_PAGES,         /* the pages of input id */
    CATALOG_LIST_PAGE,          /* page (0-based) of input id: text, record, reviewed */
    CATALOG_LIST_TARGETS,       /* input id's targets */
    CATALOG_LIST_AGENCIES,      /* and agencies */
    CATALOG_LIST_CORRECTIONS,   /* corrections (id < 0: every input; page < 0: every page) */
    CATALOG_LIST_N
} catalog_list_kind;
/* fn gets each row as a compact JSON object; non-zero stops. Returns the
 * number of rows, or -1 on a database error. */
int catalog_list(catalog *c, catalog_list_kind kind, int64_t id, int page,
                 int (*fn)(void *user, const char *obj, size_t len), void *user);

/* A person's value for a metadata field of input id's segmentation
 * ("number", "date", ...; new_text "" for none), kept as a correction of
 * kind "metadata". 0 or -1. */
int catalog_metadata_correct(catalog *c, int64_t id, const char *field, const char *old,
                             const char *new_text, const char *user);
/* The corrected metadata fields of input id, the latest value of each. */
int catalog_metadata_overrides(catalog *c, int64_t id,
                               void (*fn)(void *user, const char *field, const char *value),
                               void *user);

/* Inputs whose corrections are stored but whose files were not written
 * again yet (a correction notes its input in the same transaction;
 * batch_rewrite_input clears it). *ids malloc'd. 0 or -1. */
int catalog_rewrites_pending(catalog *c, int64_t **ids, int *n);
int catalog_rewrite_done(catalog *c, int64_t id);

/* fts_search on the catalogue's index. */
int catalog_search(catalog *c, const char *query, int limit, const char *mark_open,
                   const char *mark_close, fts_hit_fn fn, void *user, char *err, size_t errlen);

#endif
