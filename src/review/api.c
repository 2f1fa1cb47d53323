/* The routes of sohoa review: JSON from the catalogue, images, corrections. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch/rewrite.h"
#include "batch/segstage.h"
#include "common/json.h"
#include "review/correct.h"
#include "review/server.h"

static const struct {
    const char *url;
    int method;             /* 1 GET, 2 POST */
} routes[] = {
    {"/api/batch", 1}, {"/api/search", 1}, {"/api/doc", 1}, {"/api/page", 1},
    {"/api/image", 1}, {"/api/correct", 2}, {"/api/reviewed", 2}, {"/api/metadata", 2},
};

int api_method(const char *url)
{
    for (size_t i = 0; i < sizeof routes / sizeof routes[0]; i++)
        if (!strcmp(url, routes[i].url))
            return routes[i].method;
    return 0;
}

void reply_json_error(reply *r, int status, const char *msg)
{
    json_writer w;
    json_init(&w, 0);
    json_begin_object(&w);
    json_key(&w, "error");
    json_string(&w, msg);
    json_end_object(&w);
    sb_free(&r->body);
    if (json_ok(&w))
        sb_add(&r->body, w.out.buf, w.out.len);
    json_free(&w);
    r->status = status;
    r->mime = "application/json; charset=utf-8";
}

/* A decimal integer in [lo, hi], the whole string. */
static int parse_int(const char *s, long lo, long hi, long *out)
{
    if (!s || !*s || strlen(s) > 12)
        return -1;
    char *end;
    long v = strtol(s, &end, 10);
    if (*end || v < lo || v > hi)
        return -1;
    *out = v;
    return 0;
}

/* catalog_list rows appended to an sbuf as a JSON array's items. */
typedef struct {
    sbuf *b;
    int n;
} rows;

static int add_row(void *user, const char *obj, size_t len)
{
    rows *r = user;
    if (r->n++)
        sb_putc(r->b, ',');
    sb_add(r->b, obj, len);
    return 0;
}

/* "key":[rows of one list] into b. -1 on a database error. */
static int list_into(review_server *s, sbuf *b, const char *key, catalog_list_kind k, long id,
                     long page)
{
    rows r = {b, 0};
    sb_printf(b, "\"%s\":[", key);
    int rc = catalog_list(s->cat, k, id, (int)page, add_row, &r);
    sb_putc(b, ']');
    return rc < 0 ? -1 : 0;
}

/* The first row of a list as "key":{...} (or null). */
static int one_into(review_server *s, sbuf *b, const char *key, catalog_list_kind k, long id,
                    long page, int *found)
{
    rows r = {b, 0};
    sb_printf(b, "\"%s\":", key);
    size_t at = b->len;
    int rc = catalog_list(s->cat, k, id, (int)page, add_row, &r);
    *found = r.n == 1;
    if (r.n == 0 && b->len == at)
        sb_puts(b, "null");
    return rc < 0 ? -1 : 0;
}

static void finish_json(reply *r, int failed, const char *what)
{
    if (failed || r->body.failed) {
        reply_json_error(r, 500, what);
        return;
    }
    r->status = 200;
    r->mime = "application/json; charset=utf-8";
}

static void get_batch(review_server *s, reply *r)
{
    json_writer w;
    json_init(&w, 0);
    json_begin_object(&w);
    json_key(&w, "outdir");
    json_string(&w, s->outdir);
    json_key(&w, "user");
    json_string(&w, s->o->user);
    json_end_object(&w);
    if (!json_ok(&w)) {
        json_free(&w);
        reply_json_error(r, 500, "out of memory");
        return;
    }
    /* The writer's object, reopened to add the list. */
    sb_add(&r->body, w.out.buf, w.out.len - 1);
    json_free(&w);
    sb_putc(&r->body, ',');
    pthread_mutex_lock(&s->mu);
    int bad = list_into(s, &r->body, "documents", CATALOG_LIST_DOCS, -1, -1);
    pthread_mutex_unlock(&s->mu);
    sb_putc(&r->body, '}');
    finish_json(r, bad, "catalogue error");
}

typedef struct {
    json_writer *w;
} hits;

static int add_hit(void *user, const fts_hit *h)
{
    json_writer *w = ((hits *)user)->w;
    json_begin_object(w);
    json_key(w, "input_id");
    json_int(w, h->input_id);
    json_key(w, "document");
    json_string(w, h->document);
    json_key(w, "page");
    json_int(w, h->page);
    json_key(w, "snippet");
    json_string(w, h->snippet);
    json_end_object(w);
    return 0;
}

/* The full-text index; matches between U+0001 and U+0002 in the snippets
 * (characters no text has), for the page to mark as it likes. */
static void get_search(review_server *s, const form *q, reply *r)
{
    const char *query = form_get(q, "q");
    if (!query || strlen(query) > 1000) {
        reply_json_error(r, 400, "q: a query of at most 1000 bytes");
        return;
    }
    json_writer w;
    json_init(&w, 0);
    json_begin_object(&w);
    json_key(&w, "query");
    json_string(&w, query);
    json_key(&w, "hits");
    json_begin_array(&w);
    hits h = {&w};
    char err[256] = "";
    pthread_mutex_lock(&s->mu);
    int n = catalog_search(s->cat, query, 200, "\x01", "\x02", add_hit, &h, err, sizeof err);
    pthread_mutex_unlock(&s->mu);
    json_end_array(&w);
    json_end_object(&w);
    if (n < 0 || !json_ok(&w))
        reply_json_error(r, 500, err[0] ? err : "search failed");
    else {
        sb_add(&r->body, w.out.buf, w.out.len);
        finish_json(r, 0, "");
    }
    json_free(&w);
}

static void get_doc(review_server *s, const form *q, reply *r)
{
    long id;
    if (parse_int(form_get(q, "id"), 1, LONG_MAX, &id) != 0) {
        reply_json_error(r, 400, "id: a document number");
        return;
    }
    int found = 0;
    sb_putc(&r->body, '{');
    pthread_mutex_lock(&s->mu);
    int bad = one_into(s, &r->body, "document", CATALOG_LIST_DOC, id, -1, &found);
    sb_putc(&r->body, ',');
    bad |= list_into(s, &r->body, "pages", CATALOG_LIST_PAGES, id, -1);
    sb_putc(&r->body, ',');
    bad |= list_into(s, &r->body, "targets", CATALOG_LIST_TARGETS, id, -1);
    sb_putc(&r->body, ',');
    bad |= list_into(s, &r->body, "agencies", CATALOG_LIST_AGENCIES, id, -1);
    sb_putc(&r->body, ',');
    bad |= list_into(s, &r->body, "corrections", CATALOG_LIST_CORRECTIONS, id, -1);
    pthread_mutex_unlock(&s->mu);
    sb_putc(&r->body, '}');
    if (!bad && !found)
        reply_json_error(r, 404, "no such document");
    else
        finish_json(r, bad, "catalogue error");
}

/* The page row (text, record, reviewed) and its corrections; the caller
 * holds the lock. */
static void page_json_reply(review_server *s, long id, long page, reply *r)
{
    int found = 0;
    sb_free(&r->body);
    sb_putc(&r->body, '{');
    int bad = one_into(s, &r->body, "page", CATALOG_LIST_PAGE, id, page, &found);
    sb_putc(&r->body, ',');
    bad |= list_into(s, &r->body, "corrections", CATALOG_LIST_CORRECTIONS, id, page);
    sb_putc(&r->body, ',');
    /* The document's pages, for the previous and next links. */
    bad |= list_into(s, &r->body, "pages", CATALOG_LIST_PAGES, id, -1);
    sb_putc(&r->body, '}');
    if (!bad && !found)
        reply_json_error(r, 404, "no such page");
    else
        finish_json(r, bad, "catalogue error");
}

/* id and page (1-based in the API, 0-based returned) of a request. */
static int page_args(const form *q, long *id, long *page, reply *r)
{
    if (parse_int(form_get(q, "id"), 1, LONG_MAX, id) != 0 ||
        parse_int(form_get(q, "page"), 1, 1 << 20, page) != 0) {
        reply_json_error(r, 400, "id and page: a document and a page number");
        return -1;
    }
    (*page)--;
    return 0;
}

static void get_page(review_server *s, const form *q, reply *r)
{
    long id, page;
    if (page_args(q, &id, &page, r) != 0)
        return;
    pthread_mutex_lock(&s->mu);
    page_json_reply(s, id, page, r);
    pthread_mutex_unlock(&s->mu);
}

static int json_int_at(catalog *c, const char *json, const char *path)
{
    char *v = catalog_json_get(c, json, path);
    int n = v ? atoi(v) : 0;
    free(v);
    return n;
}

/* NAME.pdf in place of an input that is gone: the same pixels, at the
 * record's resolution, the page at the input page's place among the pages
 * written. 0, or -1 (no NAME.pdf either). */
static int use_name_pdf(review_server *s, long id, const catalog_input_row *row, image_request *q,
                        char **path)
{
    char *base = row->out_txt ? batch_outbase(s->outdir, row->out_txt) : NULL;
    int *pages = NULL, n = 0, at = -1;
    if (base && catalog_input_pages(s->cat, id, &pages, &n) == 0)
        for (int i = 0; i < n; i++)
            if (pages[i] == q->page)
                at = i;
    free(pages);
    size_t len = base ? strlen(base) + 5 : 0;
    char *pdf = base ? malloc(len) : NULL;
    if (pdf)
        snprintf(pdf, len, "%s.pdf", base);
    free(base);
    if (!pdf || at < 0 || access(pdf, R_OK) != 0) {
        free(pdf);
        return -1;
    }
    *path = pdf;
    q->page = at;
    q->rotation = 0;
    q->dpi = 0;
    return 0;
}

/* The page's frame from its record: turn, skew, size, resolution. */
static int record_frame(review_server *s, long id, long page, image_request *q, int *dpi)
{
    const char *text, *json;
    if (catalog_page_get(s->cat, id, (int)page, &text, &json) != 0 || !json)
        return 404;
    char *rec = strdup(json);
    if (!rec)
        return 500;
    q->rotation = json_int_at(s->cat, rec, "$.rotation");
    char *skew = catalog_json_get(s->cat, rec, "$.skew");
    q->skew = skew ? atof(skew) : 0;
    free(skew);
    q->width = json_int_at(s->cat, rec, "$.width");
    q->height = json_int_at(s->cat, rec, "$.height");
    *dpi = json_int_at(s->cat, rec, "$.dpi");
    free(rec);
    return 0;
}

/* What rendering page needs, read under the lock: the input as the run
 * read it, or NAME.pdf when the input is gone. 0, or an HTTP status. */
static int image_args(review_server *s, long id, long page, image_request *q, char **path)
{
    catalog_input_row row;
    if (catalog_input_row_get(s->cat, id, &row) != 0)
        return 404;
    int dpi = 0, status = record_frame(s, id, page, q, &dpi);
    if (status == 0) {
        q->dpi = json_int_at(s->cat, row.options, "$.dpi");
        q->render_dpi = json_int_at(s->cat, row.options, "$.render_dpi");
        q->page = (int)page;
        if (access(row.path, R_OK) == 0) {
            *path = row.path;
            row.path = NULL;
        } else if (use_name_pdf(s, id, &row, q, path) == 0) {
            /* NAME.pdf's page is the image's pixels at the record's dpi
             * (72 when it had none, as the PDF writer takes it). */
            q->render_dpi = dpi > 0 ? dpi : 72;
        } else {
            status = 404;
        }
    }
    catalog_input_row_free(&row);
    return status;
}

static void get_image(review_server *s, const form *q, reply *r)
{
    long id, page, full = 0;
    if (page_args(q, &id, &page, r) != 0)
        return;
    if (form_get(q, "full") && parse_int(form_get(q, "full"), 0, 1, &full) != 0) {
        reply_json_error(r, 400, "full: 0 or 1");
        return;
    }
    size_t len = 0;
    unsigned char *data = image_cache_get(&s->images, id, (int)page, (int)full, &len);
    if (!data) {
        image_request iq = {0};
        char *path = NULL, err[512] = "";
        pthread_mutex_lock(&s->mu);
        int st = image_args(s, id, page, &iq, &path);
        pthread_mutex_unlock(&s->mu);
        if (st) {
            reply_json_error(r, st, st == 404 ? "no such page" : "out of memory");
            return;
        }
        /* The input as the catalogue names it, never a path from the request. */
        iq.path = path;
        int rc = image_render(&iq, (int)full, &data, &len, err, sizeof err);
        free(path);
        if (rc != 0) {
            reply_json_error(r, 404, err);
            return;
        }
        image_cache_put(&s->images, id, (int)page, (int)full, data, len);
    }
    sb_add(&r->body, data, len);
    free(data);
    r->status = r->body.failed ? 500 : 200;
    r->mime = "image/jpeg";
}

void api_get(review_server *s, const char *url, const form *q, reply *r)
{
    if (!strcmp(url, "/api/batch"))
        get_batch(s, r);
    else if (!strcmp(url, "/api/search"))
        get_search(s, q, r);
    else if (!strcmp(url, "/api/doc"))
        get_doc(s, q, r);
    else if (!strcmp(url, "/api/page"))
        get_page(s, q, r);
    else if (!strcmp(url, "/api/image"))
        get_image(s, q, r);
    else
        reply_json_error(r, 404, "no such route");
}

static int correct_status(int rc)
{
    switch (rc) {
    case REVIEW_OK: return 200;
    case REVIEW_NOTFOUND: return 404;
    case REVIEW_CONFLICT: return 409;
    case REVIEW_INVALID: return 400;
    default: return 500;
    }
}

/* A correction, then every file of the document written again; the
 * answer is the page as it now is. One correction at a time: a second
 * one of the same word finds the first's text and gets 409. */
static void post_correct(review_server *s, const form *q, reply *r)
{
    long id, page, word, line = 0;
    if (page_args(q, &id, &page, r) != 0)
        return;
    if (parse_int(form_get(q, "word"), 0, 1 << 24, &word) != 0 ||
        (form_get(q, "line") && parse_int(form_get(q, "line"), 0, 1, &line) != 0) ||
        !form_get(q, "old") || !form_get(q, "new")) {
        reply_json_error(r, 400, "word, old and new are needed (line: 0 or 1)");
        return;
    }
    review_edit e = {(int)word, (int)line, form_get(q, "old"), form_get(q, "new"), s->o->user};
    char err[1024] = "";
    pthread_mutex_lock(&s->mu);
    int rc = review_correct(s->cat, id, (int)page, &e, err, sizeof err);
    if (rc == REVIEW_OK && batch_rewrite_input(s->cat, s->seg, s->outdir, id, err,
                                               sizeof err) != 0)
        rc = REVIEW_ERROR;
    if (rc == REVIEW_OK)
        page_json_reply(s, id, page, r);
    pthread_mutex_unlock(&s->mu);
    if (rc != REVIEW_OK)
        reply_json_error(r, correct_status(rc), err[0] ? err : "correction failed");
}

static void post_reviewed(review_server *s, const form *q, reply *r)
{
    long id, page;
    if (page_args(q, &id, &page, r) != 0)
        return;
    pthread_mutex_lock(&s->mu);
    int rc = catalog_page_set_reviewed(s->cat, id, (int)page, s->o->user);
    if (rc == 0)
        page_json_reply(s, id, page, r);
    pthread_mutex_unlock(&s->mu);
    if (rc != 0)
        reply_json_error(r, 404, "no such page");
}

/* The field's value now, as the stored segmentation (what NAME.json says)
 * has it ("" when none). malloc'd; NULL when there is no such input. */
static char *meta_value(review_server *s, long id, const char *field)
{
    catalog_input_row row;
    if (catalog_input_row_get(s->cat, id, &row) != 0)
        return NULL;
    char path[64];
    snprintf(path, sizeof path, "$.metadata.%s", field);
    char *v = row.segment ? catalog_json_get(s->cat, row.segment, path) : NULL;
    catalog_input_row_free(&row);
    return v ? v : strdup("");
}

/* A metadata field corrected: kept as a correction, the document written
 * again (NAME.json, targets.csv, agencies.csv) with it. */
static void post_metadata(review_server *s, const form *q, reply *r)
{
    long id;
    const char *field = form_get(q, "field"), *old = form_get(q, "old");
    char *clean = form_get(q, "new") ? review_clean_text(form_get(q, "new")) : NULL;
    if (parse_int(form_get(q, "id"), 1, LONG_MAX, &id) != 0 || segstage_meta_field(field) < 0 ||
        !old || !clean) {
        free(clean);
        reply_json_error(r, 400, "id, field (issuer, issuer_full, doc_type, number, date, place,"
                                 " title, signer, signer_title), old and new are needed");
        return;
    }
    /* A date is the ISO form NAME.json uses, or nothing. */
    if (!strcmp(field, "date") && *clean &&
        (strlen(clean) != 10 || strspn(clean, "0123456789-") != 10 || clean[4] != '-' ||
         clean[7] != '-')) {
        free(clean);
        reply_json_error(r, 400, "date: YYYY-MM-DD, or empty");
        return;
    }
    char err[1024] = "";
    int status = 200;
    pthread_mutex_lock(&s->mu);
    char *now = meta_value(s, id, field);
    if (!now)
        status = 404;
    else if (strcmp(now, old))
        status = 409;
    else if (catalog_metadata_correct(s->cat, id, field, old, clean, s->o->user) != 0 ||
             batch_rewrite_input(s->cat, s->seg, s->outdir, id, err, sizeof err) != 0)
        status = 500;
    pthread_mutex_unlock(&s->mu);
    free(now);
    free(clean);
    if (status == 200)
        get_doc(s, q, r);
    else
        reply_json_error(r, status, status == 404 ? "no such document"
                                    : status == 409 ? "the field has changed since it was shown"
                                    : err[0] ? err : "catalogue error");
}

void api_post(review_server *s, const char *url, const form *q, reply *r)
{
    if (!strcmp(url, "/api/metadata")) {
        post_metadata(s, q, r);
        return;
    }
    if (!strcmp(url, "/api/correct"))
        post_correct(s, q, r);
    else if (!strcmp(url, "/api/reviewed"))
        post_reviewed(s, q, r);
    else
        reply_json_error(r, 404, "no such route");
}
