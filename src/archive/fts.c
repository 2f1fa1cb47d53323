/*
 * fts.c: the "sohoa" FTS5 tokenizer and the page index built on it.
 */
#include "archive/fts.h"

#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "repair/alphabet.h"
#include "repair/utf8.h"

/* Each page is one row; its rowid says which (input, page) it is, so that
 * replacing a page or dropping an input is a rowid lookup, not a scan. */
#define PAGE_BITS 20
#define ROWID(input, page) (((sqlite3_int64)(input) << PAGE_BITS) | (sqlite3_int64)(page))

static int set_err(char *err, size_t errlen, const char *what, sqlite3 *db)
{
    if (err && errlen)
        snprintf(err, errlen, "%s: %s", what, db ? sqlite3_errmsg(db) : "error");
    return -1;
}

/* ---- the tokenizer ---------------------------------------------------- */

typedef struct {
    fts5_tokenizer inner;           /* unicode61 */
    Fts5Tokenizer *marked;          /* remove_diacritics 0: the word as written, lower case */
    Fts5Tokenizer *folded;          /* remove_diacritics 2 */
} sohoa_tok;

static void tok_delete(Fts5Tokenizer *p)
{
    sohoa_tok *t = (sohoa_tok *)p;
    if (!t)
        return;
    if (t->marked)
        t->inner.xDelete(t->marked);
    if (t->folded)
        t->inner.xDelete(t->folded);
    free(t);
}

static int tok_create(void *ctx, const char **argv, int argc, Fts5Tokenizer **out)
{
    fts5_api *api = ctx;
    void *uctx = NULL;
    sohoa_tok *t = calloc(1, sizeof *t);
    if (!t)
        return SQLITE_NOMEM;
    int rc = api->xFindTokenizer(api, "unicode61", &uctx, &t->inner);
    /* Arguments given to "sohoa" (tokenchars, separators) go to both. */
    const char **a = calloc((size_t)argc + 2, sizeof *a);
    if (rc == SQLITE_OK && !a)
        rc = SQLITE_NOMEM;
    if (rc == SQLITE_OK) {
        for (int i = 0; i < argc; i++)
            a[i] = argv[i];
        a[argc] = "remove_diacritics";
        a[argc + 1] = "0";
        rc = t->inner.xCreate(uctx, a, argc + 2, &t->marked);
    }
    if (rc == SQLITE_OK) {
        a[argc + 1] = "2";
        rc = t->inner.xCreate(uctx, a, argc + 2, &t->folded);
    }
    free(a);
    if (rc != SQLITE_OK) {
        tok_delete((Fts5Tokenizer *)t);
        return rc;
    }
    *out = (Fts5Tokenizer *)t;
    return SQLITE_OK;
}

/* Tokens of the first pass (the words as written), in text order. */
typedef struct {
    int start, end;
    size_t off, len;                /* into buf */
} mtok;

typedef struct {
    mtok *v;
    size_t n, cap;
    char *buf;
    size_t blen, bcap;
} mtok_list;

/* The letters unicode61 leaves alone, through libvnfix's one fold (as
 * ocr/ and segment/ fold them): a letter that folds to d (đ Đ, and ð Ð
 * that OCR reads for them) -> d in the folded pass; ð Ð -> đ in the pass
 * as written (OCR's Ð is a Đ; ocr/fold.c reads them so too). unicode61
 * has already lowered Đ and Ð, and folded the d's with marks it knows
 * (ď). Bytes that are not UTF-8 stay as they are. Writes at most n bytes. */
static size_t fold_d(const char *s, size_t n, char *out, int to_ascii)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp = 0;
        size_t k = vnfix_utf8_seq(u + i, n - i, &cp);
        if (k > 1 && (to_ascii ? vnfix_fold_letter(cp) == 'd' : cp == 0xF0 || cp == 0xD0)) {
            if (to_ascii)
                out[o++] = 'd';
            else
                o += vnfix_utf8_put(0x111, (unsigned char *)out + o);
        } else {
            k = k ? k : 1;
            memcpy(out + o, s + i, k);
            o += k;
        }
        i += k;
    }
    return o;
}

static int collect(void *ctx, int tflags, const char *tok, int n, int start, int end)
{
    mtok_list *l = ctx;
    (void)tflags;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        mtok *v = realloc(l->v, cap * sizeof *v);
        if (!v)
            return SQLITE_NOMEM;
        l->v = v;
        l->cap = cap;
    }
    if (l->blen + (size_t)n > l->bcap) {
        size_t cap = (l->bcap ? l->bcap * 2 : 1024) + (size_t)n;
        char *b = realloc(l->buf, cap);
        if (!b)
            return SQLITE_NOMEM;
        l->buf = b;
        l->bcap = cap;
    }
    size_t len = fold_d(tok, (size_t)n, l->buf + l->blen, 0);
    l->v[l->n++] = (mtok){start, end, l->blen, len};
    l->blen += len;
    return SQLITE_OK;
}

typedef struct {
    void *ctx;
    int (*emit)(void *, int, const char *, int, int, int);
    int flags;
    mtok_list *marked;
    size_t next;                    /* first marked token not yet passed */
    char *buf;
    size_t cap;
} emit_state;

static int emit_token(void *ctx, int tflags, const char *tok, int n, int start, int end)
{
    emit_state *e = ctx;
    if ((size_t)n > e->cap) {
        char *b = realloc(e->buf, (size_t)n);
        if (!b)
            return SQLITE_NOMEM;
        e->buf = b;
        e->cap = (size_t)n;
    }
    int len = (int)fold_d(tok, (size_t)n, e->buf, 1);
    /* The same word as written: same offsets in the first pass. */
    const char *m = NULL;
    int mlen = 0;
    while (e->next < e->marked->n && e->marked->v[e->next].start < start)
        e->next++;
    if (e->next < e->marked->n && e->marked->v[e->next].start == start &&
        e->marked->v[e->next].end == end) {
        m = e->marked->buf + e->marked->v[e->next].off;
        mlen = (int)e->marked->v[e->next].len;
    }
    int differs = m && (mlen != len || memcmp(m, e->buf, (size_t)len) != 0);
    if (e->flags & FTS5_TOKENIZE_QUERY) {
        /* A word typed with marks asks for that spelling only. */
        if (differs)
            return e->emit(e->ctx, tflags, m, mlen, start, end);
        return e->emit(e->ctx, tflags, e->buf, len, start, end);
    }
    int rc = e->emit(e->ctx, tflags, e->buf, len, start, end);
    if (rc == SQLITE_OK && differs)
        rc = e->emit(e->ctx, tflags | FTS5_TOKEN_COLOCATED, m, mlen, start, end);
    return rc;
}

static int tok_tokenize(Fts5Tokenizer *p, void *ctx, int flags, const char *text, int n,
                        int (*xToken)(void *, int, const char *, int, int, int))
{
    sohoa_tok *t = (sohoa_tok *)p;
    mtok_list marked = {0};
    int rc = t->inner.xTokenize(t->marked, &marked, flags, text, n, collect);
    emit_state e = {ctx, xToken, flags, &marked, 0, NULL, 0};
    if (rc == SQLITE_OK)
        rc = t->inner.xTokenize(t->folded, &e, flags, text, n, emit_token);
    free(e.buf);
    free(marked.v);
    free(marked.buf);
    return rc;
}

static fts5_api *get_api(sqlite3 *db)
{
    fts5_api *api = NULL;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL) != SQLITE_OK)
        return NULL;
    sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
    sqlite3_step(st);
    sqlite3_finalize(st);
    return api;
}

int fts_register(sqlite3 *db, char *err, size_t errlen)
{
    fts5_api *api = get_api(db);
    if (!api || api->iVersion < 2) {
        if (err && errlen)
            snprintf(err, errlen, "this SQLite has no FTS5");
        return -1;
    }
    fts5_tokenizer tk = {tok_create, tok_delete, tok_tokenize};
    if (api->xCreateTokenizer(api, "sohoa", api, &tk, NULL) != SQLITE_OK)
        return set_err(err, errlen, "registering the sohoa tokenizer", db);
    return 0;
}

/* ---- the index -------------------------------------------------------- */

static int table_exists(sqlite3 *db, const char *name)
{
    sqlite3_stmt *st = NULL;
    int found = 0;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?",
                           -1, &st, NULL) == SQLITE_OK) {
        sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
        found = sqlite3_step(st) == SQLITE_ROW;
    }
    sqlite3_finalize(st);
    return found;
}

int fts_create(sqlite3 *db, char *err, size_t errlen)
{
    if (sqlite3_exec(db,
                     "CREATE VIRTUAL TABLE IF NOT EXISTS page_fts USING fts5("
                     "text, tokenize='sohoa')",
                     NULL, NULL, NULL) != SQLITE_OK)
        return set_err(err, errlen, "creating the search index", db);
    if (!table_exists(db, "pages"))
        return 0;
    /* Pages stored before the index existed (or by a build without it).
     * The catalogue numbers pages from 1. */
    char sql[320];
    snprintf(sql, sizeof sql,
             "INSERT INTO page_fts(rowid, text) SELECT (input_id << %d) | (page - 1), text"
             " FROM pages WHERE status = 'done' AND text IS NOT NULL AND page >= 1 AND"
             " ((input_id << %d) | (page - 1)) NOT IN (SELECT rowid FROM page_fts)",
             PAGE_BITS, PAGE_BITS);
    if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
        return set_err(err, errlen, "filling the search index", db);
    return 0;
}

static int exec_rowids(sqlite3 *db, const char *sql, sqlite3_int64 a, sqlite3_int64 b,
                       const char *text)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_int64(st, 1, a);
    if (text)
        sqlite3_bind_text(st, 2, text, -1, SQLITE_STATIC);
    else
        sqlite3_bind_int64(st, 2, b);
    int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
    sqlite3_finalize(st);
    return rc;
}

int fts_index_page(sqlite3 *db, int64_t input_id, int page, const char *text, char *err,
                   size_t errlen)
{
    if (page < 0 || page >= (1 << PAGE_BITS) || input_id < 0) {
        if (err && errlen)
            snprintf(err, errlen, "page %d of input %lld cannot be indexed", page + 1,
                     (long long)input_id);
        return -1;
    }
    sqlite3_int64 id = ROWID(input_id, page);
    if (exec_rowids(db, "DELETE FROM page_fts WHERE rowid BETWEEN ?1 AND ?2", id, id, NULL))
        return set_err(err, errlen, "updating the search index", db);
    if (text && exec_rowids(db, "INSERT INTO page_fts(rowid, text) VALUES(?1, ?2)", id, 0, text))
        return set_err(err, errlen, "updating the search index", db);
    return 0;
}

int fts_forget_input(sqlite3 *db, int64_t input_id, char *err, size_t errlen)
{
    if (exec_rowids(db, "DELETE FROM page_fts WHERE rowid BETWEEN ?1 AND ?2",
                    ROWID(input_id, 0), ROWID(input_id, (1 << PAGE_BITS) - 1), NULL))
        return set_err(err, errlen, "updating the search index", db);
    return 0;
}

/* ---- search ----------------------------------------------------------- */

/* A word is worth searching when it has a letter or digit (any non-ASCII
 * byte counts: unicode61 decides). */
static int searchable(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
            return 1;
    }
    return 0;
}

char *fts_query_expr(const char *query)
{
    size_t n = strlen(query);
    /* Worst case: every byte a quote (doubled) plus " AND " per word. */
    char *out = malloc(n * 8 + 1);
    if (!out)
        return NULL;
    size_t o = 0;
    const char *p = query;
    while (*p) {
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' || *p == '\v')
            p++;
        const char *w = p;
        while (*p && !(*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' ||
                       *p == '\v'))
            p++;
        if (p == w || !searchable(w, (size_t)(p - w)))
            continue;
        if (o) {
            memcpy(out + o, " AND ", 5);
            o += 5;
        }
        out[o++] = '"';
        for (const char *q = w; q < p; q++) {
            if (*q == '"')
                out[o++] = '"';
            out[o++] = *q;
        }
        out[o++] = '"';
    }
    out[o] = 0;
    if (!o) {
        free(out);
        return NULL;
    }
    return out;
}

int fts_search(sqlite3 *db, const char *query, int limit, const char *mark_open,
               const char *mark_close, fts_hit_fn fn, void *user, char *err, size_t errlen)
{
    char *expr = fts_query_expr(query);
    if (!expr)
        return 0;
    int have_inputs = table_exists(db, "inputs");
    char sql[512];
    snprintf(sql, sizeof sql,
             "SELECT page_fts.rowid, %s, snippet(page_fts, 0, ?2, ?3, '…', 24),"
             " bm25(page_fts) FROM page_fts %s WHERE page_fts MATCH ?1"
             " ORDER BY bm25(page_fts), page_fts.rowid LIMIT ?4",
             have_inputs ? "COALESCE(inputs.given, inputs.path, '')" : "''",
             have_inputs ? "LEFT JOIN inputs ON inputs.id = (page_fts.rowid >> 20)" : "");
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
        free(expr);
        return set_err(err, errlen, "searching", db);
    }
    sqlite3_bind_text(st, 1, expr, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, mark_open ? mark_open : "[", -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, mark_close ? mark_close : "]", -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 4, limit > 0 ? limit : -1);
    int n = 0, rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        sqlite3_int64 rowid = sqlite3_column_int64(st, 0);
        fts_hit h = {
            .input_id = rowid >> PAGE_BITS,
            .document = (const char *)sqlite3_column_text(st, 1),
            .page = (int)(rowid & ((1 << PAGE_BITS) - 1)) + 1,
            .snippet = (const char *)sqlite3_column_text(st, 2),
            .score = sqlite3_column_double(st, 3),
        };
        if (!h.document)
            h.document = "";
        if (!h.snippet)
            h.snippet = "";
        n++;
        if (fn && fn(user, &h))
            break;
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        set_err(err, errlen, "searching", db);
        n = -1;
    }
    sqlite3_finalize(st);
    free(expr);
    return n;
}
