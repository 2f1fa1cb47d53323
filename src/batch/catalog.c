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
    if (add_columns(c->db) != 0) {
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

int catalog_input_forget(catalog *c, int64_t id, const char *sha256, const char *options)
{
    int ok = exec(c, "BEGIN IMMEDIATE", "") == SQLITE_DONE;
    ok = ok && fts_forget_input(c->db, id, NULL, 0) == 0;
    ok = ok && exec(c, "DELETE FROM page_parts WHERE input_id=?", "i", id) == SQLITE_DONE;
    ok = ok && exec(c, "DELETE FROM targets WHERE input_id=?", "i", id) == SQLITE_DONE;
    ok = ok && exec(c, "DELETE FROM agencies WHERE input_id=?", "i", id) == SQLITE_DONE;
    ok = ok && exec(c, "DELETE FROM pages WHERE input_id=?", "i", id) == SQLITE_DONE;
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
