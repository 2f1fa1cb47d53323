/* The SQLite catalogue. */
#include "batch/catalog.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sqlite3.h>

#include "archive/fts.h"
#include "common/sbuf.h"
#include "common/json.h"

static int review_schema_create(sqlite3 *db);

struct catalog {
    sqlite3 *db;
    sqlite3_stmt *get_page;
    sqlite3_stmt *get_part;
};

static const char schema[] =
    "PRAGMA journal_mode=WAL;"
    "PRAGMA synchronous=NORMAL;"
    "PRAGMA foreign_keys=ON;"
    "CREATE TABLE IF NOT EXISTS runs("
    "  id INTEGER PRIMARY KEY, started TEXT, finished TEXT, seconds REAL,"
    "  command TEXT, options TEXT, workers INTEGER, inputs INTEGER,"
    "  docs_done INTEGER, docs_skipped INTEGER, docs_failed INTEGER,"
    "  pages_done INTEGER, pages_failed INTEGER, status TEXT);"
    "CREATE TABLE IF NOT EXISTS inputs("
    "  id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, given TEXT, sha256 TEXT,"
    "  size INTEGER, format TEXT, pages INTEGER, pages_selected INTEGER,"
    "  status TEXT NOT NULL, error TEXT, options TEXT, out_txt TEXT, out_json TEXT,"
    "  started TEXT, finished TEXT, seconds REAL, run_id INTEGER);"
    /* The inputs of the latest run not opened yet: what `sohoa status`
     * calls pending while a run goes on or after it was killed. */
    "CREATE TABLE IF NOT EXISTS pending(path TEXT PRIMARY KEY);"
    "CREATE TABLE IF NOT EXISTS pages("
    "  input_id INTEGER NOT NULL REFERENCES inputs(id) ON DELETE CASCADE,"
    "  page INTEGER NOT NULL, status TEXT NOT NULL, error TEXT, source TEXT,"
    "  width INTEGER, height INTEGER, dpi INTEGER, skew REAL, rotation INTEGER,"
    "  mean_conf REAL, chars INTEGER, words INTEGER, low_conf_words INTEGER,"
    "  seconds REAL, text TEXT, record TEXT, run_id INTEGER,"
    "  PRIMARY KEY(input_id, page));"
    /* Each finished page's share of the archival outputs (archive_make_parts),
     * so a resumed or re-run batch writes NAME.pdf/.alto.xml/.hocr without OCR. */
    "CREATE TABLE IF NOT EXISTS page_parts("
    "  input_id INTEGER NOT NULL REFERENCES inputs(id) ON DELETE CASCADE,"
    "  page INTEGER NOT NULL, kind TEXT NOT NULL, data BLOB,"
    "  PRIMARY KEY(input_id, page, kind));"
    /* What segmentation found, per input (rows of targets.csv/agencies.csv). */
    "CREATE TABLE IF NOT EXISTS targets("
    "  input_id INTEGER NOT NULL REFERENCES inputs(id) ON DELETE CASCADE,"
    "  seq INTEGER NOT NULL, target_id TEXT, area TEXT, text TEXT, deadline INTEGER,"
    "  period_from INTEGER, period_to INTEGER, metrics TEXT, page INTEGER,"
    "  start_char INTEGER, end_char INTEGER, PRIMARY KEY(input_id, seq));"
    "CREATE TABLE IF NOT EXISTS agencies("
    "  input_id INTEGER NOT NULL REFERENCES inputs(id) ON DELETE CASCADE,"
    "  seq INTEGER NOT NULL, name TEXT, successor TEXT, as_written TEXT, role TEXT,"
    "  roles TEXT, tasks INTEGER, page INTEGER, PRIMARY KEY(input_id, seq));";

/* Columns added to inputs after the first catalogues were written. */
static const char *const input_columns[][2] = {
    {"outputs", "TEXT"},        /* archival files written: "pdfa alto hocr", "text-layer" */
    {"segment", "TEXT"},        /* seg_write_json of the document text */
    {"targets_csv", "TEXT"},    /* the document's rows of targets.csv */
    {"agencies_csv", "TEXT"},   /* and of agencies.csv */
};

static int has_column(sqlite3 *db, const char *table, const char *col)
{
    char sql[96];
    snprintf(sql, sizeof sql, "PRAGMA table_info(%s)", table);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        return 0;
    int found = 0;
    while (!found && sqlite3_step(st) == SQLITE_ROW) {
        const char *n = (const char *)sqlite3_column_text(st, 1);
        found = n && !strcmp(n, col);
    }
    sqlite3_finalize(st);
    return found;
}

static int add_columns(sqlite3 *db)
{
    for (size_t i = 0; i < sizeof input_columns / sizeof input_columns[0]; i++) {
        if (has_column(db, "inputs", input_columns[i][0]))
            continue;
        char sql[128];
        snprintf(sql, sizeof sql, "ALTER TABLE inputs ADD COLUMN %s %s", input_columns[i][0],
                 input_columns[i][1]);
        if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
            return -1;
    }
    return 0;
}

static void now_iso(char buf[32])
{
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(buf, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

catalog *catalog_open(const char *path, char *err, size_t errlen)
{
    catalog *c = calloc(1, sizeof *c);
    if (!c) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    if (sqlite3_open_v2(path, &c->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "%s: %s", path, c->db ? sqlite3_errmsg(c->db) : "cannot open");
        catalog_close(c);
        return NULL;
    }
    sqlite3_busy_timeout(c->db, 10000);
    char *msg = NULL;
    if (sqlite3_exec(c->db, schema, NULL, NULL, &msg) != SQLITE_OK) {
        snprintf(err, errlen, "%s: %s", path, msg ? msg : "cannot create tables");
        sqlite3_free(msg);
        catalog_close(c);
        return NULL;
    }
    if (add_columns(c->db) != 0 || review_schema_create(c->db) != 0) {
        snprintf(err, errlen, "%s: %s", path, sqlite3_errmsg(c->db));
        catalog_close(c);
        return NULL;
    }
    /* The search index lives in the catalogue; pages stored before it
     * existed are indexed here once. */
    char e[256] = "";
    if (fts_register(c->db, e, sizeof e) != 0 || fts_create(c->db, e, sizeof e) != 0) {
        snprintf(err, errlen, "%s: %s", path, e);
        catalog_close(c);
        return NULL;
    }
    if (sqlite3_prepare_v2(c->db, "SELECT data FROM page_parts WHERE input_id=? AND page=?"
                           " AND kind=?", -1, &c->get_part, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(c->db, "SELECT text, record FROM pages WHERE input_id=? AND page=?",
                           -1, &c->get_page, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "%s: %s", path, sqlite3_errmsg(c->db));
        catalog_close(c);
        return NULL;
    }
    return c;
}

void catalog_close(catalog *c)
{
    if (!c)
        return;
    sqlite3_finalize(c->get_page);
    sqlite3_finalize(c->get_part);
    if (c->db) {
        /* WAL lets status read while a run writes, but a catalogue left in
         * WAL mode cannot be read from read-only media (a reader must
         * create -shm). So the run folds the log into the file and goes
         * back to a rollback journal; if a reader is attached right now
         * the switch fails and the next run's close does it. */
        sqlite3_exec(c->db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
        sqlite3_exec(c->db, "PRAGMA journal_mode=DELETE", NULL, NULL, NULL);
        sqlite3_close(c->db);
    }
    free(c);
}

const char *catalog_error(catalog *c) { return sqlite3_errmsg(c->db); }

int catalog_disk_full(catalog *c)
{
    int e = sqlite3_errcode(c->db);
    int sys = sqlite3_system_errno(c->db);
    return e == SQLITE_FULL || ((e & 0xff) == SQLITE_IOERR && (sys == ENOSPC || sys == EDQUOT));
}

/* Prepare, bind with a tiny format ("t" text, "i" int64, "d" double,
 * "n" null), step once. Returns the sqlite step code. */
static int exec(catalog *c, const char *sql, const char *types, ...)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(c->db, sql, -1, &st, NULL) != SQLITE_OK)
        return SQLITE_ERROR;
    va_list ap;
    va_start(ap, types);
    for (int i = 0; types[i]; i++) {
        switch (types[i]) {
        case 't': {
            const char *s = va_arg(ap, const char *);
            if (s)
                sqlite3_bind_text(st, i + 1, s, -1, SQLITE_TRANSIENT);
            else
                sqlite3_bind_null(st, i + 1);
            break;
        }
        case 'i': sqlite3_bind_int64(st, i + 1, va_arg(ap, int64_t)); break;
        case 'd': sqlite3_bind_double(st, i + 1, va_arg(ap, double)); break;
        default: sqlite3_bind_null(st, i + 1); break;
        }
    }
    va_end(ap);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc;
}

int64_t catalog_run_begin(catalog *c, const char *command, const char *options, int workers,
                          int inputs)
{
    char ts[32];
    now_iso(ts);
    if (exec(c, "INSERT INTO runs(started, command, options, workers, inputs, status)"
                " VALUES(?,?,?,?,?,'running')",
             "tttii", ts, command, options, (int64_t)workers, (int64_t)inputs) != SQLITE_DONE)
        return -1;
    return sqlite3_last_insert_rowid(c->db);
}

int catalog_run_end(catalog *c, int64_t run, const catalog_run_totals *t)
{
    char ts[32];
    now_iso(ts);
    return exec(c, "UPDATE runs SET finished=?, seconds=?, docs_done=?, docs_skipped=?,"
                   " docs_failed=?, pages_done=?, pages_failed=?, status=? WHERE id=?",
                "tdiiiiiti", ts, t->seconds, (int64_t)t->docs_done, (int64_t)t->docs_skipped,
                (int64_t)t->docs_failed, (int64_t)t->pages_done, (int64_t)t->pages_failed,
                t->status, run) == SQLITE_DONE ? 0 : -1;
}

int catalog_input_lookup(catalog *c, const char *abspath, const char *sha256,
                         const char *options, int64_t *id)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(c->db, "SELECT id, sha256, options, status FROM inputs WHERE path=?",
                           -1, &st, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_text(st, 1, abspath, -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *id = sqlite3_column_int64(st, 0);
        const char *s = (const char *)sqlite3_column_text(st, 1);
        const char *o = (const char *)sqlite3_column_text(st, 2);
        const char *status = (const char *)sqlite3_column_text(st, 3);
        int same = s && o && !strcmp(s, sha256) && !strcmp(o, options);
        int done = same && status && !strcmp(status, "done");
        sqlite3_finalize(st);
        if (done)
            return CAT_DONE;
        if (same)
            return CAT_RESUME;
        /* Content or options changed: nothing of the old row is reusable. */
        return catalog_input_forget(c, *id, sha256, options) == 0 ? CAT_NEW : -1;
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return -1;
    if (exec(c, "INSERT INTO inputs(path, sha256, options, status) VALUES(?,?,?,'pending')",
             "ttt", abspath, sha256, options) != SQLITE_DONE)
        return -1;
    *id = sqlite3_last_insert_rowid(c->db);
    return CAT_NEW;
}

static int reindex_reviewed(catalog *c, int64_t id);

int catalog_input_forget(catalog *c, int64_t id, const char *sha256, const char *options)
{
    /* Pages a person reviewed (sohoa review) are kept whatever changed:
     * their rows, parts and index entries stay, the rest is redone. */
    int ok = exec(c, "BEGIN IMMEDIATE", "") == SQLITE_DONE;
    ok = ok && fts_forget_input(c->db, id, NULL, 0) == 0;
    ok = ok && exec(c, "DELETE FROM page_parts WHERE input_id=?1 AND page NOT IN"
                       " (SELECT page FROM reviewed WHERE input_id=?1)", "i", id) == SQLITE_DONE;
    ok = ok && exec(c, "DELETE FROM targets WHERE input_id=?", "i", id) == SQLITE_DONE;
    ok = ok && exec(c, "DELETE FROM agencies WHERE input_id=?", "i", id) == SQLITE_DONE;
    ok = ok && exec(c, "DELETE FROM pages WHERE input_id=?1 AND page NOT IN"
                       " (SELECT page FROM reviewed WHERE input_id=?1)", "i", id) == SQLITE_DONE;
    ok = ok && reindex_reviewed(c, id) == 0;
    ok = ok && exec(c, "UPDATE inputs SET sha256=?, options=?, status='pending', error=NULL,"
                       " outputs=NULL, segment=NULL, targets_csv=NULL, agencies_csv=NULL"
                       " WHERE id=?", "tti", sha256, options, id) == SQLITE_DONE;
    if (!ok) {
        sqlite3_exec(c->db, "ROLLBACK", NULL, NULL, NULL);
        return -1;
    }
    return exec(c, "COMMIT", "") == SQLITE_DONE ? 0 : -1;
}

int catalog_input_state(catalog *c, int64_t id, catalog_input_info *info)
{
    memset(info, 0, sizeof *info);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(c->db,
            "SELECT outputs, segment IS NOT NULL,"
            " (SELECT count(*) FROM pages WHERE input_id=?1),"
            " (SELECT count(*) FROM pages WHERE input_id=?1 AND source='text-layer'),"
            " (SELECT count(DISTINCT page) FROM page_parts WHERE input_id=?1)"
            " FROM inputs WHERE id=?1", -1, &st, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_int64(st, 1, id);
    int rc = -1;
    if (sqlite3_step(st) == SQLITE_ROW) {
        const char *o = (const char *)sqlite3_column_text(st, 0);
        snprintf(info->outputs, sizeof info->outputs, "%s", o ? o : "");
        info->has_outputs = o != NULL;
        info->has_segment = sqlite3_column_int(st, 1);
        info->pages = sqlite3_column_int(st, 2);
        info->text_layer_pages = sqlite3_column_int(st, 3);
        info->part_pages = sqlite3_column_int(st, 4);
        rc = 0;
    }
    sqlite3_finalize(st);
    return rc;
}

int catalog_input_pages(catalog *c, int64_t id, int **pages, int *n)
{
    *pages = NULL;
    *n = 0;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(c->db, "SELECT page FROM pages WHERE input_id=? ORDER BY page", -1,
                           &st, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_int64(st, 1, id);
    int cap = 0, rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (*n == cap) {
            cap = cap ? 2 * cap : 16;
            int *p = realloc(*pages, (size_t)cap * sizeof *p);
            if (!p) {
                rc = SQLITE_NOMEM;
                break;
            }
            *pages = p;
        }
        (*pages)[(*n)++] = sqlite3_column_int(st, 0) - 1;
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        free(*pages);
        *pages = NULL;
        *n = 0;
        return -1;
    }
    return 0;
}

int catalog_input_set_outputs(catalog *c, int64_t id, const char *outputs)
{
    return exec(c, "UPDATE inputs SET outputs=? WHERE id=?", "ti", outputs, id) == SQLITE_DONE
               ? 0 : -1;
}

int catalog_part_get(catalog *c, int64_t id, int page, const char *kind, const char **data,
                     size_t *len)
{
    sqlite3_reset(c->get_part);
    sqlite3_bind_int64(c->get_part, 1, id);
    sqlite3_bind_int(c->get_part, 2, page + 1);
    sqlite3_bind_text(c->get_part, 3, kind, -1, SQLITE_STATIC);
    int rc = sqlite3_step(c->get_part);
    if (rc == SQLITE_DONE) {
        *data = NULL;   /* a page without that part (no image) */
        *len = 0;
        return 0;
    }
    if (rc != SQLITE_ROW)
        return -1;
    *data = sqlite3_column_blob(c->get_part, 0);
    *len = (size_t)sqlite3_column_bytes(c->get_part, 0);
    return 0;
}

int catalog_segment_put(catalog *c, int64_t id, const catalog_segment *s)
{
    int ok = exec(c, "BEGIN IMMEDIATE", "") == SQLITE_DONE;
    ok = ok && exec(c, "DELETE FROM targets WHERE input_id=?", "i", id) == SQLITE_DONE;
    ok = ok && exec(c, "DELETE FROM agencies WHERE input_id=?", "i", id) == SQLITE_DONE;
    for (size_t i = 0; ok && i < s->ntargets; i++) {
        const catalog_target *t = &s->targets[i];
        ok = exec(c, "INSERT INTO targets(input_id, seq, target_id, area, text, deadline,"
                     " period_from, period_to, metrics, page, start_char, end_char)"
                     " VALUES(?,?,?,?,?,?,?,?,?,?,?,?)", "iitttiiitiii", id, (int64_t)i, t->id,
                 t->area, t->text, (int64_t)t->deadline, (int64_t)t->period_from,
                 (int64_t)t->period_to, t->metrics, (int64_t)t->page, (int64_t)t->start,
                 (int64_t)t->end) == SQLITE_DONE;
    }
    for (size_t i = 0; ok && i < s->nagencies; i++) {
        const catalog_agency *a = &s->agencies[i];
        ok = exec(c, "INSERT INTO agencies(input_id, seq, name, successor, as_written, role,"
                     " roles, tasks, page) VALUES(?,?,?,?,?,?,?,?,?)", "iittttiii", id,
                 (int64_t)i, a->name, a->successor, a->as_written, a->role, a->roles,
                 (int64_t)a->tasks, (int64_t)a->page) == SQLITE_DONE;
    }
    ok = ok && exec(c, "UPDATE inputs SET segment=?, targets_csv=?, agencies_csv=? WHERE id=?",
                    "ttti", s->json, s->targets_csv, s->agencies_csv, id) == SQLITE_DONE;
    if (!ok) {
        sqlite3_exec(c->db, "ROLLBACK", NULL, NULL, NULL);
        return -1;
    }
    return exec(c, "COMMIT", "") == SQLITE_DONE ? 0 : -1;
}

int catalog_csv_rows(catalog *c, int agencies, void (*fn)(void *user, const char *rows),
                     void *user)
{
    sqlite3_stmt *st;
    const char *sql = agencies
        ? "SELECT agencies_csv FROM inputs WHERE status='done' AND agencies_csv IS NOT NULL"
          " ORDER BY given, path"
        : "SELECT targets_csv FROM inputs WHERE status='done' AND targets_csv IS NOT NULL"
          " ORDER BY given, path";
    if (sqlite3_prepare_v2(c->db, sql, -1, &st, NULL) != SQLITE_OK)
        return -1;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        fn(user, (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : -1;
}

int catalog_input_start(catalog *c, int64_t id, const char *given, int64_t size,
                        const char *format, int pages, int selected, const char *out_txt,
                        const char *out_json, int64_t run)
{
    char ts[32];
    now_iso(ts);
    return exec(c, "UPDATE inputs SET given=?, size=?, format=?, pages=?, pages_selected=?,"
                   " out_txt=?, out_json=?, started=?, finished=NULL, status='running',"
                   " error=NULL, run_id=? WHERE id=?",
                "titiitttii", given, size, format, (int64_t)pages, (int64_t)selected, out_txt,
                out_json, ts, run, id) == SQLITE_DONE ? 0 : -1;
}

int catalog_input_finish(catalog *c, int64_t id, const char *status, const char *error,
                         double seconds)
{
    char ts[32];
    now_iso(ts);
    return exec(c, "UPDATE inputs SET status=?, error=?, finished=?, seconds=? WHERE id=?",
                "tttdi", status, error, ts, seconds, id) == SQLITE_DONE ? 0 : -1;
}

int catalog_input_failed(catalog *c, const char *abspath, const char *given,
                         const char *sha256, int64_t size, const char *options,
                         const char *error, int64_t run)
{
    char ts[32];
    now_iso(ts);
    return exec(c, "INSERT INTO inputs(path, given, sha256, size, options, status, error,"
                   " started, finished, seconds, run_id) VALUES(?,?,?,?,?,'failed',?,?,?,0,?)"
                   " ON CONFLICT(path) DO UPDATE SET given=excluded.given, sha256=excluded.sha256,"
                   " size=excluded.size, options=excluded.options, status='failed',"
                   " error=excluded.error, finished=excluded.finished, run_id=excluded.run_id",
                "tttitttti", abspath, given, sha256, size, options, error, ts, ts, run)
                   == SQLITE_DONE ? 0 : -1;
}

int catalog_walk_failed(catalog *c, const char *abspath, const char *given, const char *options,
                        const char *error, int64_t run)
{
    if (catalog_input_failed(c, abspath, given, NULL, -1, options, error, run) != 0)
        return -1;
    return exec(c, "UPDATE inputs SET format='walk' WHERE path=?", "t", abspath) == SQLITE_DONE
               ? 0 : -1;
}

int catalog_walk_resolved(catalog *c, const char *given)
{
    return exec(c, "DELETE FROM inputs WHERE format='walk' AND given=?", "t", given) ==
                   SQLITE_DONE ? 0 : -1;
}

int catalog_page_is_done(catalog *c, int64_t id, int page)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(c->db, "SELECT status FROM pages WHERE input_id=? AND page=?", -1,
                           &st, NULL) != SQLITE_OK)
        return 0;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int(st, 2, page + 1);
    int done = sqlite3_step(st) == SQLITE_ROW &&
               !strcmp((const char *)sqlite3_column_text(st, 0), "done");
    sqlite3_finalize(st);
    return done;
}

int catalog_page_put(catalog *c, int64_t id, const page_record *p, const char *record_json,
                     const archive_parts *parts, int64_t run)
{
    int low = 0;
    for (size_t i = 0; i < p->nwords; i++)
        low += p->words[i].conf < PAGE_LOW_CONF;
    double secs = (p->t_decode + p->t_preprocess + p->t_ocr + p->t_repair) / 1000.0;
    /* A page a person reviewed is never overwritten by OCR. */
    if (catalog_page_is_reviewed(c, id, p->index) == 1)
        return 0;
    /* The page row, its index entry and its archival parts land together. */
    int ok = exec(c, "BEGIN IMMEDIATE", "") == SQLITE_DONE;
    ok = ok && exec(c, "INSERT OR REPLACE INTO pages(input_id, page, status, error, source, width,"
                   " height, dpi, skew, rotation, mean_conf, chars, words, low_conf_words,"
                   " seconds, text, record, run_id) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                "iitttiiididiiidtti", id, (int64_t)p->index + 1, p->ok ? "done" : "failed",
                p->error, page_source_name(p->source), (int64_t)p->width, (int64_t)p->height,
                (int64_t)p->dpi, p->skew, (int64_t)p->rotation, (double)p->mean_conf,
                (int64_t)p->text_len, (int64_t)p->nwords, (int64_t)low, secs,
                p->ok ? p->text : NULL, record_json, run) == SQLITE_DONE;
    ok = ok && fts_index_page(c->db, id, p->index, p->ok ? p->text : NULL, NULL, 0) == 0;
    ok = ok && exec(c, "DELETE FROM page_parts WHERE input_id=? AND page=?", "ii", id,
                    (int64_t)p->index + 1) == SQLITE_DONE;
    for (int k = 0; ok && parts && k < ARCHIVE_NPARTS; k++) {
        if (!parts->data[k])
            continue;
        sqlite3_stmt *st;
        ok = sqlite3_prepare_v2(c->db, "INSERT INTO page_parts(input_id, page, kind, data)"
                                " VALUES(?,?,?,?)", -1, &st, NULL) == SQLITE_OK;
        if (!ok)
            break;
        sqlite3_bind_int64(st, 1, id);
        sqlite3_bind_int(st, 2, p->index + 1);
        sqlite3_bind_text(st, 3, archive_part_name(k), -1, SQLITE_STATIC);
        sqlite3_bind_blob64(st, 4, parts->data[k], parts->len[k], SQLITE_STATIC);
        ok = sqlite3_step(st) == SQLITE_DONE;
        sqlite3_finalize(st);
    }
    if (!ok) {
        sqlite3_exec(c->db, "ROLLBACK", NULL, NULL, NULL);
        return -1;
    }
    return exec(c, "COMMIT", "") == SQLITE_DONE ? 0 : -1;
}

int catalog_page_get(catalog *c, int64_t id, int page, const char **text, const char **json)
{
    sqlite3_reset(c->get_page);
    sqlite3_bind_int64(c->get_page, 1, id);
    sqlite3_bind_int(c->get_page, 2, page + 1);
    if (sqlite3_step(c->get_page) != SQLITE_ROW)
        return -1;
    *text = (const char *)sqlite3_column_text(c->get_page, 0);
    *json = (const char *)sqlite3_column_text(c->get_page, 1);
    return 0;
}

/* ---- reading a finished batch (sohoa package) ------------------------- */

/* Run sql with up to two text or id parameters ("i", "it", "tt") and hand
 * each row's columns to fn as text. */
static int each_row(catalog *c, const char *sql, const char *types, int64_t id, const char *text,
                    catalog_row_fn fn, void *user)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(c->db, sql, -1, &st, NULL) != SQLITE_OK)
        return -1;
    for (int i = 0; types[i]; i++) {
        if (types[i] == 'i')
            sqlite3_bind_int64(st, i + 1, id);
        else
            sqlite3_bind_text(st, i + 1, text, -1, SQLITE_STATIC);
    }
    int ncol = sqlite3_column_count(st), rc;
    const char *col[16];
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        for (int i = 0; i < ncol && i < 16; i++)
            col[i] = (const char *)sqlite3_column_text(st, i);
        if (fn(user, col) != 0) {
            rc = SQLITE_DONE;
            break;
        }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : -1;
}

int catalog_done_inputs(catalog *c, catalog_row_fn fn, void *user)
{
    return each_row(c, "SELECT i.id, i.path, i.given, i.sha256, i.size, i.format, i.out_txt,"
                       " i.out_json, i.outputs, i.options, i.started, i.finished, r.command,"
                       " i.segment FROM inputs i LEFT JOIN runs r ON r.id = i.run_id"
                       " WHERE i.status = 'done' ORDER BY i.path", "", 0, NULL, fn, user);
}

int catalog_doc_pages(catalog *c, int64_t id, catalog_row_fn fn, void *user)
{
    return each_row(c, "SELECT page, status, width, height, dpi, mean_conf, error FROM pages"
                       " WHERE input_id = ? ORDER BY page", "i", id, NULL, fn, user);
}

int catalog_doc_repairs(catalog *c, int64_t id, catalog_row_fn fn, void *user)
{
    return each_row(c, "SELECT p.page, json_extract(r.value, '$.stage'),"
                       " json_extract(r.value, '$.from'), json_extract(r.value, '$.to')"
                       " FROM pages p, json_each(p.record, '$.repairs') r"
                       " WHERE p.input_id = ? AND json_valid(p.record) ORDER BY p.page, r.key",
                    "i", id, NULL, fn, user);
}

int catalog_doc_fields(catalog *c, int64_t id, const char *path, catalog_row_fn fn, void *user)
{
    return each_row(c, "SELECT f.key, f.value FROM inputs i, json_each(i.segment, ?) f"
                       " WHERE i.id = ? AND json_valid(i.segment) AND f.type != 'null'",
                    "ti", id, path, fn, user);
}

int catalog_doc_sections(catalog *c, int64_t id, catalog_row_fn fn, void *user)
{
    return each_row(c, "SELECT json_extract(s.value, '$.label'), json_extract(s.value, '$.title'),"
                       " json_extract(s.value, '$.page')"
                       " FROM inputs i, json_each(i.segment, '$.sections') s"
                       " WHERE i.id = ? AND json_valid(i.segment) ORDER BY s.key",
                    "i", id, NULL, fn, user);
}

int catalog_doc_corrections(catalog *c, int64_t id, catalog_row_fn fn, void *user)
{
    return each_row(c, "SELECT page, kind, word, old, new, at, user, field FROM corrections"
                       " WHERE input_id = ? ORDER BY id", "i", id, NULL, fn, user);
}

int catalog_recover(catalog *c, int64_t run)
{
    /* Called with the run lock held: a row still "running" belongs to a
     * run that died (or, with run > 0, to this run, interrupted). */
    const char *where = run > 0 ? " WHERE status='running' AND run_id=?" : " WHERE status='running'";
    char sql[160];
    int ok = exec(c, "BEGIN IMMEDIATE", "") == SQLITE_DONE;
    snprintf(sql, sizeof sql, "UPDATE inputs SET status='interrupted'%s", where);
    ok = ok && exec(c, sql, run > 0 ? "i" : "", run) == SQLITE_DONE;
    int n = sqlite3_changes(c->db);
    if (run <= 0)
        ok = ok && exec(c, "UPDATE runs SET status='interrupted' WHERE status='running'", "") ==
                       SQLITE_DONE;
    if (!ok) {
        sqlite3_exec(c->db, "ROLLBACK", NULL, NULL, NULL);
        return -1;
    }
    return exec(c, "COMMIT", "") == SQLITE_DONE ? n : -1;
}

int catalog_pending_set(catalog *c, size_t n, const char *(*path)(void *user, size_t i),
                        void *user)
{
    int ok = exec(c, "BEGIN IMMEDIATE", "") == SQLITE_DONE;
    ok = ok && exec(c, "DELETE FROM pending", "") == SQLITE_DONE;
    sqlite3_stmt *st = NULL;
    ok = ok && sqlite3_prepare_v2(c->db, "INSERT OR IGNORE INTO pending(path) VALUES(?)", -1, &st,
                                  NULL) == SQLITE_OK;
    for (size_t i = 0; ok && i < n; i++) {
        sqlite3_reset(st);
        sqlite3_bind_text(st, 1, path(user, i), -1, SQLITE_STATIC);
        ok = sqlite3_step(st) == SQLITE_DONE;
    }
    sqlite3_finalize(st);
    if (!ok) {
        sqlite3_exec(c->db, "ROLLBACK", NULL, NULL, NULL);
        return -1;
    }
    return exec(c, "COMMIT", "") == SQLITE_DONE ? 0 : -1;
}

int catalog_pending_take(catalog *c, const char *path)
{
    return exec(c, "DELETE FROM pending WHERE path=?", "t", path) == SQLITE_DONE ? 0 : -1;
}

/* ---- sohoa review (issue 24): reviewed pages and corrections ---------- */

/* reviewed: pages a person checked (a rerun keeps them as they are);
 * corrections: every edit, for audit and for training. */
static int review_schema_create(sqlite3 *db)
{
    if (sqlite3_exec(db,
        "CREATE TABLE IF NOT EXISTS reviewed("
        "  input_id INTEGER NOT NULL REFERENCES inputs(id) ON DELETE CASCADE,"
        "  page INTEGER NOT NULL, at TEXT NOT NULL, user TEXT,"
        "  PRIMARY KEY(input_id, page));"
        "CREATE TABLE IF NOT EXISTS corrections("
        "  id INTEGER PRIMARY KEY,"
        "  input_id INTEGER NOT NULL REFERENCES inputs(id) ON DELETE CASCADE,"
        "  page INTEGER NOT NULL, kind TEXT NOT NULL, word INTEGER,"
        "  old TEXT, new TEXT, at TEXT NOT NULL, user TEXT, field TEXT);"
        /* Inputs corrected whose files are not yet written again. */
        "CREATE TABLE IF NOT EXISTS rewrites("
        "  input_id INTEGER PRIMARY KEY REFERENCES inputs(id) ON DELETE CASCADE);",
        NULL, NULL, NULL) != SQLITE_OK)
        return -1;
    /* Metadata corrections came after the first corrections tables. */
    if (!has_column(db, "corrections", "field") &&
        sqlite3_exec(db, "ALTER TABLE corrections ADD COLUMN field TEXT", NULL, NULL, NULL)
            != SQLITE_OK)
        return -1;
    return 0;
}

static int reindex_reviewed(catalog *c, int64_t id)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(c->db, "SELECT p.page, p.text FROM pages p JOIN reviewed r"
                           " ON r.input_id=p.input_id AND r.page=p.page WHERE p.input_id=?",
                           -1, &st, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_int64(st, 1, id);
    int rc, bad = 0;
    while (!bad && (rc = sqlite3_step(st)) == SQLITE_ROW)
        bad = fts_index_page(c->db, id, sqlite3_column_int(st, 0) - 1,
                             (const char *)sqlite3_column_text(st, 1), NULL, 0) != 0;
    sqlite3_finalize(st);
    return bad || rc != SQLITE_DONE ? -1 : 0;
}

int catalog_page_is_reviewed(catalog *c, int64_t id, int page)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(c->db, "SELECT 1 FROM reviewed WHERE input_id=? AND page=?", -1, &st,
                           NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int(st, 2, page + 1);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

static char *col_dup(sqlite3_stmt *st, int i)
{
    const char *s = (const char *)sqlite3_column_text(st, i);
    return s ? strdup(s) : NULL;
}

/* One statement over the stored record bound as ?1. */
static sqlite3_stmt *over_record(catalog *c, const char *sql, const char *record)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(c->db, sql, -1, &st, NULL) != SQLITE_OK)
        return NULL;
    sqlite3_bind_text(st, 1, record, -1, SQLITE_TRANSIENT);
    return st;
}

static int record_scalars(catalog *c, const char *record, page_record *p)
{
    sqlite3_stmt *st = over_record(c,
        "SELECT r->>'status', r->>'error', r->>'source', r->>'width', r->>'height', r->>'dpi',"
        " r->>'dpi_source', r->>'file_dpi', r->>'scale', r->>'skew', r->>'rotation',"
        " r->>'rotation_confidence', r->>'mean_confidence', r->>'text_layer',"
        " r->>'$.timings.decode_ms', r->>'$.timings.preprocess_ms', r->>'$.timings.ocr_ms',"
        " r->>'$.timings.repair_ms' FROM (SELECT json(?1) AS r)", record);
    if (!st || sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_finalize(st);
        return -1;
    }
    const char *status = (const char *)sqlite3_column_text(st, 0);
    p->ok = status && !strcmp(status, "done");
    p->error = col_dup(st, 1);
    const char *src = (const char *)sqlite3_column_text(st, 2);
    for (int k = PAGE_SRC_OCR; src && k <= PAGE_SRC_EMPTY; k++)
        if (!strcmp(src, page_source_name((page_source)k)))
            p->source = (page_source)k;
    p->width = sqlite3_column_int(st, 3);
    p->height = sqlite3_column_int(st, 4);
    p->dpi = sqlite3_column_int(st, 5);
    const char *ds = (const char *)sqlite3_column_text(st, 6);
    for (int k = DPI_FROM_FILE; ds && k <= DPI_RENDERED; k++)
        if (!strcmp(ds, dpi_origin_name((dpi_origin)k)))
            p->dpi_from = (dpi_origin)k;
    p->file_dpi = sqlite3_column_int(st, 7);
    p->scale = sqlite3_column_double(st, 8);
    p->skew = sqlite3_column_double(st, 9);
    p->rotation = sqlite3_column_int(st, 10);
    p->rotation_conf = (float)sqlite3_column_double(st, 11);
    p->mean_conf = (float)sqlite3_column_double(st, 12);
    p->layer_text = col_dup(st, 13);
    p->t_decode = sqlite3_column_double(st, 14);
    p->t_preprocess = sqlite3_column_double(st, 15);
    p->t_ocr = sqlite3_column_double(st, 16);
    p->t_repair = sqlite3_column_double(st, 17);
    sqlite3_finalize(st);
    return 0;
}

/* Run sql over the stored record and hand each row to row(st, ctx); stops
 * at the first row that returns -1 (out of memory). 0 when all were read. */
static int record_rows(catalog *c, const char *sql, const char *record, int (*row)(sqlite3_stmt *, void *),
                    void *ctx)
{
    sqlite3_stmt *st = over_record(c, sql, record);
    if (!st)
        return -1;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        if (row(st, ctx) < 0)
            break;
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : -1;
}

static int word_row(sqlite3_stmt *st, void *ctx)
{
    page_record *p = ctx;
    ocr_word *w = mem_append(&p->words, &p->nwords, sizeof *w);
    if (!w)
        return -1;
    w->text = col_dup(st, 0);
    if (!w->text)
        w->text = strdup("");
    w->raw = col_dup(st, 1);
    w->x0 = sqlite3_column_int(st, 2);
    w->y0 = sqlite3_column_int(st, 3);
    w->x1 = sqlite3_column_int(st, 4);
    w->y1 = sqlite3_column_int(st, 5);
    w->conf = (float)sqlite3_column_double(st, 6);
    w->block = sqlite3_column_int(st, 7);
    w->para = sqlite3_column_int(st, 8);
    w->line = sqlite3_column_int(st, 9);
    const char *role = (const char *)sqlite3_column_text(st, 10);
    w->role = !role ? WORD_TEXT : !strcmp(role, "stamp") ? WORD_STAMP : WORD_NOISE;
    return 0;
}

static int record_words(catalog *c, const char *record, page_record *p)
{
    return record_rows(c,
        "SELECT value->>'text', value->>'raw', value->>'$.box[0]', value->>'$.box[1]',"
        " value->>'$.box[2]', value->>'$.box[3]', value->>'conf', value->>'block',"
        " value->>'para', value->>'line', value->>'role'"
        " FROM json_each(?1, '$.words') ORDER BY key", record, word_row, p);
}

/* One row per alternative; a new (word, symbol) pair starts a symbol. */
typedef struct {
    page_record *p;
    int lastw, lasts;
} symbol_rows;

static int symbol_row(sqlite3_stmt *st, void *ctx)
{
    symbol_rows *r = ctx;
    int wi = sqlite3_column_int(st, 0), si = sqlite3_column_int(st, 1);
    if (wi < 0 || (size_t)wi >= r->p->nwords)
        return 0;
    ocr_word *w = &r->p->words[wi];
    if (wi != r->lastw || si != r->lasts) {
        size_t n = (size_t)w->nsymbols;
        ocr_symbol *sy = mem_append(&w->symbols, &n, sizeof *sy);
        if (!sy)
            return -1;
        w->nsymbols = (int)n;
        sy->text = col_dup(st, 2);
        sy->conf = (float)sqlite3_column_double(st, 3);
        r->lastw = wi;
        r->lasts = si;
    }
    ocr_symbol *sy = &w->symbols[w->nsymbols - 1];
    size_t n = (size_t)sy->nchoices;
    ocr_choice *ch = mem_append(&sy->choices, &n, sizeof *ch);
    if (!ch)
        return -1;
    sy->nchoices = (int)n;
    ch->text = col_dup(st, 4);
    ch->conf = (float)sqlite3_column_double(st, 5);
    return 0;
}

/* The symbol alternatives NAME.json keeps (only where there was a choice). */
static int record_symbols(catalog *c, const char *record, page_record *p)
{
    symbol_rows r = {p, -1, -1};
    return record_rows(c,
        "SELECT w.key, s.key, s.value->>'s', s.value->>'conf', a.value->>'$[0]',"
        " a.value->>'$[1]' FROM json_each(?1, '$.words') w, json_each(w.value, '$.symbols') s,"
        " json_each(s.value, '$.alt') a ORDER BY w.key, s.key, a.key", record, symbol_row, &r);
}

static int list_row(sqlite3_stmt *st, void *ctx)
{
    page_record *p = ctx;
    char t = *(const char *)sqlite3_column_text(st, 0);
    if (t == 's') {
        page_stamp *s = mem_append(&p->stamps, &p->nstamps, sizeof *s);
        if (!s)
            return -1;
        s->kind = col_dup(st, 1);
        s->text = col_dup(st, 2);
        s->x0 = sqlite3_column_int(st, 3);
        s->y0 = sqlite3_column_int(st, 4);
        s->x1 = sqlite3_column_int(st, 5);
        s->y1 = sqlite3_column_int(st, 6);
    } else if (t == 'r') {
        ocr_repair *r = mem_append(&p->repairs, &p->nrepairs, sizeof *r);
        if (!r)
            return -1;
        r->stage = col_dup(st, 1);
        r->from = col_dup(st, 2);
        r->to = col_dup(st, 3);
        r->word = sqlite3_column_int(st, 4);
    } else {
        page_signature *g = mem_append(&p->signatures, &p->nsignatures, sizeof *g);
        if (!g)
            return -1;
        g->signer = col_dup(st, 1);
        g->time = col_dup(st, 2);
    }
    return 0;
}

/* Stamps, repairs and signatures: small lists of strings and boxes. */
static int record_lists(catalog *c, const char *record, page_record *p)
{
    return record_rows(c,
        "SELECT 's', value->>'kind', value->>'text', value->>'$.box[0]', value->>'$.box[1]',"
        " value->>'$.box[2]', value->>'$.box[3]' FROM json_each(?1, '$.stamps')"
        " UNION ALL SELECT 'r', value->>'stage', value->>'from', value->>'to',"
        " coalesce(value->>'word', -1), 0, 0 FROM json_each(?1, '$.repairs')"
        " UNION ALL SELECT 'g', value->>'signer', value->>'time', 0, 0, 0, 0"
        " FROM json_each(?1, '$.signatures')", record, list_row, p);
}

int catalog_page_record(catalog *c, int64_t id, int page, page_record *p)
{
    page_record_init(p, page);
    const char *text = NULL, *json = NULL;
    if (catalog_page_get(c, id, page, &text, &json) != 0 || !json)
        return -1;
    char *record = strdup(json);
    p->text = text ? strdup(text) : NULL;
    p->text_len = p->text ? strlen(p->text) : 0;
    int rc = record && record_scalars(c, record, p) == 0 && record_words(c, record, p) == 0 &&
             record_symbols(c, record, p) == 0 && record_lists(c, record, p) == 0 ? 0 : -1;
    free(record);
    if (rc != 0)
        page_record_clear(p);
    return rc;
}

static int put_part(catalog *c, int64_t id, int page, const char *kind, const char *data,
                    size_t len)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(c->db, "INSERT OR REPLACE INTO page_parts(input_id, page, kind, data)"
                           " VALUES(?,?,?,?)", -1, &st, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int(st, 2, page + 1);
    sqlite3_bind_text(st, 3, kind, -1, SQLITE_STATIC);
    sqlite3_bind_blob64(st, 4, data, len, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : -1;
}

int catalog_page_correct(catalog *c, int64_t id, const page_record *p, const char *record_json,
                         const archive_parts *parts, const catalog_correction *corr,
                         size_t ncorr, const char *user)
{
    char ts[32];
    now_iso(ts);
    int low = 0;
    for (size_t i = 0; i < p->nwords; i++)
        low += p->words[i].conf < PAGE_LOW_CONF;
    /* The page, its index entry, its parts, the corrections and the
     * reviewed mark land together or not at all. */
    int ok = exec(c, "BEGIN IMMEDIATE", "") == SQLITE_DONE;
    ok = ok && exec(c, "UPDATE pages SET text=?, record=?, chars=?, low_conf_words=?"
                       " WHERE input_id=? AND page=?", "ttiiii", p->text, record_json,
                    (int64_t)p->text_len, (int64_t)low, id, (int64_t)p->index + 1) == SQLITE_DONE;
    ok = ok && sqlite3_changes(c->db) == 1;
    ok = ok && fts_index_page(c->db, id, p->index, p->text, NULL, 0) == 0;
    for (int k = 0; ok && parts && k < ARCHIVE_NPARTS; k++)
        if (parts->data[k])
            ok = put_part(c, id, p->index, archive_part_name(k), parts->data[k],
                          parts->len[k]) == 0;
    for (size_t i = 0; ok && i < ncorr; i++)
        ok = exec(c, "INSERT INTO corrections(input_id, page, kind, word, old, new, at, user)"
                     " VALUES(?,?,?,?,?,?,?,?)", "iititttt", id, (int64_t)p->index + 1,
                  corr[i].kind, (int64_t)corr[i].word, corr[i].old, corr[i].new_text, ts,
                  user) == SQLITE_DONE;
    ok = ok && exec(c, "INSERT OR REPLACE INTO reviewed(input_id, page, at, user)"
                       " VALUES(?,?,?,?)", "iitt", id, (int64_t)p->index + 1, ts, user)
                   == SQLITE_DONE;
    ok = ok && exec(c, "INSERT OR IGNORE INTO rewrites(input_id) VALUES(?)", "i", id)
                   == SQLITE_DONE;
    if (!ok) {
        sqlite3_exec(c->db, "ROLLBACK", NULL, NULL, NULL);
        return -1;
    }
    return exec(c, "COMMIT", "") == SQLITE_DONE ? 0 : -1;
}

int catalog_page_set_reviewed(catalog *c, int64_t id, int page, const char *user)
{
    char ts[32];
    now_iso(ts);
    return exec(c, "INSERT OR REPLACE INTO reviewed(input_id, page, at, user)"
                   " SELECT input_id, page, ?, ? FROM pages WHERE input_id=? AND page=?",
                "ttii", ts, user, id, (int64_t)page + 1) == SQLITE_DONE &&
                   sqlite3_changes(c->db) == 1 ? 0 : -1;
}

int catalog_input_row_get(catalog *c, int64_t id, catalog_input_row *r)
{
    memset(r, 0, sizeof *r);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(c->db, "SELECT path, coalesce(given, path), sha256, format, status,"
                           " error, options, outputs, out_txt, size, pages, seconds, segment"
                           " FROM inputs WHERE id=?", -1, &st, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_int64(st, 1, id);
    int rc = -1;
    if (sqlite3_step(st) == SQLITE_ROW) {
        char **f[] = {&r->path, &r->given, &r->sha256, &r->format, &r->status, &r->error,
                      &r->options, &r->outputs, &r->out_txt};
        for (int i = 0; i < 9; i++)
            *f[i] = col_dup(st, i);
        r->size = sqlite3_column_int64(st, 9);
        r->pages_total = sqlite3_column_int(st, 10);
        r->seconds = sqlite3_column_double(st, 11);
        r->segment = col_dup(st, 12);
        r->has_segment = r->segment != NULL;
        rc = r->path && r->out_txt ? 0 : -1;
    }
    sqlite3_finalize(st);
    if (rc != 0)
        catalog_input_row_free(r);
    return rc;
}

void catalog_input_row_free(catalog_input_row *r)
{
    char *f[] = {r->path, r->given, r->sha256, r->format, r->status, r->error,
                 r->options, r->outputs, r->out_txt, r->segment};
    for (int i = 0; i < 10; i++)
        free(f[i]);
    memset(r, 0, sizeof *r);
}

char *catalog_json_get(catalog *c, const char *json, const char *path)
{
    sqlite3_stmt *st;
    if (!json || sqlite3_prepare_v2(c->db, "SELECT CASE WHEN json_valid(?1) THEN"
                                    " json_extract(?1, ?2) END", -1, &st, NULL) != SQLITE_OK)
        return NULL;
    sqlite3_bind_text(st, 1, json, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, path, -1, SQLITE_STATIC);
    char *v = sqlite3_step(st) == SQLITE_ROW ? col_dup(st, 0) : NULL;
    sqlite3_finalize(st);
    return v;
}

/* What the review application lists. A column whose name ends in "_json"
 * holds JSON the pipeline wrote (checked with json_valid) and is passed on
 * as it is; every other value is a JSON string or number. */
static const char *const list_sql[CATALOG_LIST_N] = {
    [CATALOG_LIST_DOCS] =
        "SELECT i.id, coalesce(i.given, i.path) AS document, i.status, i.error,"
        " i.pages_selected AS pages_selected,"
        " (SELECT count(*) FROM pages p WHERE p.input_id=i.id) AS pages,"
        " (SELECT round(avg(mean_conf), 1) FROM pages p WHERE p.input_id=i.id"
        "  AND p.source='ocr') AS mean_conf,"
        " (SELECT coalesce(sum(low_conf_words), 0) FROM pages p WHERE p.input_id=i.id) AS doubtful,"
        " (SELECT count(*) FROM reviewed r WHERE r.input_id=i.id) AS reviewed,"
        " CASE WHEN json_valid(i.segment) THEN i.segment->>'$.metadata.doc_type' END AS type,"
        " CASE WHEN json_valid(i.segment) THEN i.segment->>'$.metadata.number' END AS number,"
        " CASE WHEN json_valid(i.segment) THEN i.segment->>'$.metadata.date' END AS date,"
        " CASE WHEN json_valid(i.segment) THEN i.segment->>'$.metadata.issuer' END AS issuer"
        " FROM inputs i ORDER BY document",
    [CATALOG_LIST_DOC] =
        "SELECT id, coalesce(given, path) AS document, status, error, format, pages,"
        " outputs, out_txt, CASE WHEN json_valid(segment) THEN segment END AS segment_json"
        " FROM inputs WHERE id=?1",
    /* doc_start: where the page's text starts in the document's (code
     * points, form feeds counted), as segmentation offsets count. */
    [CATALOG_LIST_PAGES] =
        "SELECT p.page, p.status, p.source, round(p.mean_conf, 1) AS mean_conf, p.words,"
        " p.low_conf_words AS doubtful, r.at AS reviewed, r.user AS reviewed_by,"
        " (SELECT coalesce(sum(length(coalesce(q.text, '')) + 1), 0) FROM pages q"
        "  WHERE q.input_id=p.input_id AND q.page < p.page) AS doc_start"
        " FROM pages p LEFT JOIN reviewed r ON r.input_id=p.input_id AND r.page=p.page"
        " WHERE p.input_id=?1 ORDER BY p.page",
    [CATALOG_LIST_PAGE] =
        "SELECT p.page, p.status, p.text, CASE WHEN json_valid(p.record) THEN p.record"
        " END AS record_json, r.at AS reviewed, r.user AS reviewed_by"
        " FROM pages p LEFT JOIN reviewed r ON r.input_id=p.input_id AND r.page=p.page"
        " WHERE p.input_id=?1 AND p.page=?2 + 1",
    [CATALOG_LIST_TARGETS] =
        "SELECT seq, target_id, area, text, deadline, page, start_char AS start,"
        " end_char AS end FROM targets WHERE input_id=?1 ORDER BY seq",
    [CATALOG_LIST_AGENCIES] =
        "SELECT seq, name, successor, as_written, role, tasks, page FROM agencies"
        " WHERE input_id=?1 ORDER BY seq",
    [CATALOG_LIST_CORRECTIONS] =
        "SELECT c.id, coalesce(i.given, i.path) AS document, i.sha256, c.input_id, c.page,"
        " c.kind, c.word, c.field, c.old, c.new, c.at, c.user FROM corrections c"
        " JOIN inputs i ON i.id=c.input_id WHERE (?1 < 0 OR c.input_id=?1)"
        " AND (?2 < 0 OR c.page=?2 + 1) ORDER BY c.id",
};

static void column_json(json_writer *w, sqlite3_stmt *st, int i)
{
    const char *name = sqlite3_column_name(st, i);
    size_t n = strlen(name);
    int raw = n > 5 && !strcmp(name + n - 5, "_json");
    json_key(w, name);
    switch (sqlite3_column_type(st, i)) {
    case SQLITE_NULL: json_null(w); break;
    case SQLITE_INTEGER: json_int(w, sqlite3_column_int64(st, i)); break;
    case SQLITE_FLOAT: json_number(w, sqlite3_column_double(st, i)); break;
    default: {
        const char *s = (const char *)sqlite3_column_text(st, i);
        if (raw)
            json_raw(w, s, strlen(s));
        else
            json_string(w, s);
    }
    }
}

int catalog_list(catalog *c, catalog_list_kind kind, int64_t id, int page,
                 int (*fn)(void *user, const char *obj, size_t len), void *user)
{
    sqlite3_stmt *st;
    if (kind < 0 || kind >= CATALOG_LIST_N ||
        sqlite3_prepare_v2(c->db, list_sql[kind], -1, &st, NULL) != SQLITE_OK)
        return -1;
    /* Lists that take no page (or no input) simply ignore that parameter. */
    if (sqlite3_bind_parameter_count(st) >= 1)
        sqlite3_bind_int64(st, 1, id);
    if (sqlite3_bind_parameter_count(st) >= 2)
        sqlite3_bind_int(st, 2, page);
    int rc = SQLITE_DONE, n = 0, stop = 0;
    json_writer w;
    json_init(&w, 0);
    while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        w.out.len = 0;
        json_begin_object(&w);
        for (int i = 0; i < sqlite3_column_count(st); i++)
            column_json(&w, st, i);
        json_end_object(&w);
        if (!json_ok(&w))
            break;
        stop = fn(user, w.out.buf, w.out.len) != 0;
        n++;
    }
    /* No row: the writer never wrote, which is no failure. */
    int ok = (n == 0 || json_ok(&w)) && (stop || rc == SQLITE_DONE);
    json_free(&w);
    sqlite3_finalize(st);
    return ok ? n : -1;
}

int catalog_search(catalog *c, const char *query, int limit, const char *mark_open,
                   const char *mark_close, fts_hit_fn fn, void *user, char *err, size_t errlen)
{
    return fts_search(c->db, query, limit, mark_open, mark_close, fn, user, err, errlen);
}

int catalog_metadata_correct(catalog *c, int64_t id, const char *field, const char *old,
                             const char *new_text, const char *user)
{
    char ts[32];
    now_iso(ts);
    int ok = exec(c, "BEGIN IMMEDIATE", "") == SQLITE_DONE;
    ok = ok && exec(c, "INSERT INTO corrections(input_id, page, kind, field, old, new, at, user)"
                       " VALUES(?, 0, 'metadata', ?, ?, ?, ?, ?)", "ittttt", id, field, old,
                    new_text, ts, user) == SQLITE_DONE;
    ok = ok && exec(c, "INSERT OR IGNORE INTO rewrites(input_id) VALUES(?)", "i", id)
                   == SQLITE_DONE;
    if (!ok) {
        sqlite3_exec(c->db, "ROLLBACK", NULL, NULL, NULL);
        return -1;
    }
    return exec(c, "COMMIT", "") == SQLITE_DONE ? 0 : -1;
}

int catalog_metadata_overrides(catalog *c, int64_t id,
                               void (*fn)(void *user, const char *field, const char *value),
                               void *user)
{
    sqlite3_stmt *st;
    /* The latest correction of each field wins. */
    if (sqlite3_prepare_v2(c->db, "SELECT field, new FROM corrections WHERE id IN"
                           " (SELECT max(id) FROM corrections WHERE input_id=? AND"
                           " kind='metadata' GROUP BY field) ORDER BY id", -1, &st, NULL)
        != SQLITE_OK)
        return -1;
    sqlite3_bind_int64(st, 1, id);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        fn(user, (const char *)sqlite3_column_text(st, 0),
           (const char *)sqlite3_column_text(st, 1));
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : -1;
}

int catalog_rewrites_pending(catalog *c, int64_t **ids, int *n)
{
    *ids = NULL;
    *n = 0;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(c->db, "SELECT input_id FROM rewrites ORDER BY input_id", -1, &st,
                           NULL) != SQLITE_OK)
        return -1;
    int rc;
    size_t cnt = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t *v = mem_grow(*ids, &cnt, sizeof *v);
        if (!v) {
            rc = SQLITE_NOMEM;
            break;
        }
        *ids = v;
        v[cnt - 1] = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    *n = (int)cnt;
    return rc == SQLITE_DONE ? 0 : -1;
}

int catalog_rewrite_done(catalog *c, int64_t id)
{
    return exec(c, "DELETE FROM rewrites WHERE input_id=?", "i", id) == SQLITE_DONE ? 0 : -1;
}
