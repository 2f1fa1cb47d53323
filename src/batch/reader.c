/* Opening and reading a catalogue (catalog.h): kept apart from catalog.c
 * so the readers (status, search) link without the writer's stages, and
 * so their SQL stays with the catalogue's, not in the commands. */
#include "batch/catalog.h"

#include "archive/fts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

/* A path as an SQLite URI path: the characters URIs give a meaning to
 * are escaped. */
static void uri_path(const char *path, char *buf, size_t len)
{
    size_t k = snprintf(buf, len, "file:");
    for (const unsigned char *p = (const unsigned char *)path; *p && k + 4 < len; p++)
        k += *p == '%' || *p == '?' || *p == '#' || *p <= ' ' || *p >= 0x7f
                 ? (size_t)snprintf(buf + k, len - k, "%%%02X", *p)
                 : (buf[k] = (char)*p, buf[k + 1] = 0, 1);
    snprintf(buf + k, len - k, "?immutable=1");
}

static int readable(sqlite3 *db)
{
    return sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL) == SQLITE_OK;
}

int catalog_open_reader(const char *path, sqlite3 **db)
{
    *db = NULL;
    if (sqlite3_open_v2(path, db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK && readable(*db))
        return 0;
    sqlite3_close(*db);
    *db = NULL;
    /* A catalogue still in WAL mode (a killed run, an older sohoa) on
     * read-only media: immutable, so SQLite neither locks nor needs -shm;
     * what the log held beyond the last checkpoint is not seen. */
    size_t len = 3 * strlen(path) + 32;
    char *uri = malloc(len);
    if (!uri)
        return -1;
    uri_path(path, uri, len);
    int rc = sqlite3_open_v2(uri, db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
    free(uri);
    if (rc == SQLITE_OK && readable(*db))
        return 0;
    return -1;
}

void catalog_reader_close(struct sqlite3 *db) { sqlite3_close(db); }

static sqlite3_int64 one_int(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st;
    sqlite3_int64 v = 0;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

int catalog_open_status(const char *path, sqlite3 **db)
{
    if (catalog_open_reader(path, db) != 0 ||
        one_int(*db, "SELECT count(*) FROM sqlite_master WHERE name='inputs'") == 0) {
        sqlite3_close(*db);
        *db = NULL;
        return -1;
    }
    /* A run may be writing: wait for its lock rather than fail. */
    sqlite3_busy_timeout(*db, 5000);
    return 0;
}

const char *const catalog_state_names[CATALOG_STATES] = {"done", "failed", "running",
                                                          "interrupted", "pending"};

/* Inputs by status; returns the total. An input the latest run has not
 * opened yet (table pending) is pending, even when an earlier run left a
 * row for it, unless that row is done (the run will skip it). Catalogues
 * from before the pending table count their rows only. */
static int64_t count_states(sqlite3 *db, int64_t *counts)
{
    int has_pending = one_int(db, "SELECT count(*) FROM sqlite_master WHERE name='pending'") > 0;
    const char *sql = has_pending
        ? "SELECT st, count(*) FROM (SELECT CASE WHEN p.path IS NOT NULL AND i.status<>'done'"
          " THEN 'pending' ELSE i.status END AS st FROM inputs i LEFT JOIN pending p"
          " ON p.path=i.path UNION ALL SELECT 'pending' FROM pending p"
          " WHERE NOT EXISTS (SELECT 1 FROM inputs i WHERE i.path=p.path)) GROUP BY st"
        : "SELECT status, count(*) FROM inputs GROUP BY status";
    int64_t total = 0;
    memset(counts, 0, CATALOG_STATES * sizeof *counts);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW) {
            const char *name = (const char *)sqlite3_column_text(st, 0);
            sqlite3_int64 k = sqlite3_column_int64(st, 1);
            total += k;
            for (int i = 0; i < CATALOG_STATES; i++)
                if (name && !strcmp(name, catalog_state_names[i]))
                    counts[i] += k;
        }
    }
    sqlite3_finalize(st);
    return total;
}

void catalog_read_summary(sqlite3 *db, catalog_summary *s)
{
    memset(s, 0, sizeof *s);
    s->inputs = count_states(db, s->states);
    s->pages_done = one_int(db, "SELECT count(*) FROM pages WHERE status='done'");
    s->pages_failed = one_int(db, "SELECT count(*) FROM pages WHERE status='failed'");
    /* Pages a person checked with sohoa review (0 before the table existed). */
    s->pages_reviewed = one_int(db, "SELECT count(*) FROM reviewed");
    s->corrections = one_int(db, "SELECT count(*) FROM corrections");
    /* What the batch produced beyond the texts: archival files per kind (the
     * inputs.outputs words) and the segmentation's rows. A catalogue from
     * before these existed just counts 0. NAME.pdf is recorded as "pdfa"
     * (PDF/A-2b) or "pdf" (--no-pdfa). */
#define HAS(word) "' ' || outputs || ' ' LIKE '% " word " %'"
    s->with_pdf = one_int(db, "SELECT count(*) FROM inputs WHERE status='done' AND ("
                              HAS("pdf") " OR " HAS("pdfa") ")");
    s->with_alto = one_int(db, "SELECT count(*) FROM inputs WHERE status='done' AND " HAS("alto"));
    s->with_hocr = one_int(db, "SELECT count(*) FROM inputs WHERE status='done' AND " HAS("hocr"));
#undef HAS
    s->targets = one_int(db, "SELECT count(*) FROM targets");
    s->agencies = one_int(db, "SELECT count(*) FROM agencies");
}

void catalog_read_failures(sqlite3 *db,
                           void (*fn)(void *user, const char *input, const char *error),
                           void *user)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, "SELECT coalesce(given, path), error FROM inputs"
                               " WHERE status='failed' ORDER BY path", -1, &st, NULL) == SQLITE_OK)
        while (sqlite3_step(st) == SQLITE_ROW)
            fn(user, (const char *)sqlite3_column_text(st, 0),
               (const char *)sqlite3_column_text(st, 1));
    sqlite3_finalize(st);
}

int catalog_read_last_run(sqlite3 *db, void (*fn)(void *user, const catalog_run_row *r),
                          void *user)
{
    sqlite3_stmt *st;
    int found = 0;
    if (sqlite3_prepare_v2(db, "SELECT id, started, finished, seconds, workers, docs_done,"
                               " docs_skipped, docs_failed, pages_done, pages_failed, status"
                               " FROM runs ORDER BY id DESC LIMIT 1", -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
        catalog_run_row r = {
            .id = sqlite3_column_int64(st, 0),
            .started = (const char *)sqlite3_column_text(st, 1),
            .finished = (const char *)sqlite3_column_text(st, 2),
            .ended = sqlite3_column_type(st, 2) != SQLITE_NULL,
            .seconds = sqlite3_column_double(st, 3),
            .workers = sqlite3_column_int64(st, 4),
            .docs_done = sqlite3_column_int64(st, 5),
            .docs_skipped = sqlite3_column_int64(st, 6),
            .docs_failed = sqlite3_column_int64(st, 7),
            .pages = sqlite3_column_int64(st, 8) + sqlite3_column_int64(st, 9),
            .status = (const char *)sqlite3_column_text(st, 10),
        };
        fn(user, &r);
        found = 1;
    }
    sqlite3_finalize(st);
    return found;
}

/* Read-write when allowed, so a catalogue written before the index existed
 * gets it filled in; read-only otherwise (read-only media included). Only a
 * catalogue without the index is written to: a running batch keeps an
 * existing index up to date, and a search must not wait for its write
 * lock. */
int catalog_open_search(const char *path, sqlite3 **db, char *err, size_t errlen)
{
    err[0] = 0;
    int rc = sqlite3_open_v2(path, db, SQLITE_OPEN_READWRITE, NULL);
    int writable = rc == SQLITE_OK && !sqlite3_db_readonly(*db, "main") && readable(*db);
    if (!writable) {
        sqlite3_close(*db);
        rc = catalog_open_reader(path, db) == 0 ? SQLITE_OK : SQLITE_CANTOPEN;
    }
    if (rc == SQLITE_OK)
        sqlite3_busy_timeout(*db, 5000);
    int have_index = 0;
    sqlite3_stmt *st = NULL;
    if (rc == SQLITE_OK &&
        sqlite3_prepare_v2(*db, "SELECT 1 FROM sqlite_master WHERE name='page_fts'", -1, &st,
                           NULL) == SQLITE_OK)
        have_index = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_finalize(st);
    if (rc == SQLITE_OK && !have_index && !writable)
        snprintf(err, errlen, "it has no search index and is read-only");
    if (rc != SQLITE_OK || err[0] || fts_register(*db, err, errlen) != 0 ||
        (!have_index && fts_create(*db, err, errlen) != 0)) {
        if (!err[0])
            snprintf(err, errlen, "%s", *db ? sqlite3_errmsg(*db) : "cannot open");
        sqlite3_close(*db);
        *db = NULL;
        return -1;
    }
    return 0;
}
