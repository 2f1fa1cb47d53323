/* Folding the shard catalogues into catalog.sqlite; the state of each shard. */
#define _POSIX_C_SOURCE 200809L
#include "batch/merge.h"
#include "batch/runlock.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "archive/fts.h"
#include "batch/catalog.h"
#include "batch/manifest.h"
#include "batch/runlock.h"
#include "batch/segstage.h"

const char *merge_state_name(shard_state s)
{
    switch (s) {
    case SHARD_MISSING: return "missing";
    case SHARD_RUNNING: return "running";
    case SHARD_STOPPED: return "stopped";
    case SHARD_FAILED: return "failed";
    case SHARD_COMPLETE: return "complete";
    }
    return "?";
}

void merge_report_free(merge_report *r)
{
    free(r->shards);
    memset(r, 0, sizeof *r);
}

int merge_exit_code(const merge_report *r)
{
    if (r->unfinished || r->missing)
        return MERGE_EXIT_INCOMPLETE;
    return r->failed ? MERGE_EXIT_FAILED : MERGE_EXIT_COMPLETE;
}

/* printf into a fresh string. */
static char *fmt(const char *f, ...)
{
    va_list ap;
    va_start(ap, f);
    int n = vsnprintf(NULL, 0, f, ap);
    va_end(ap);
    char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (!s)
        return NULL;
    va_start(ap, f);
    vsnprintf(s, (size_t)n + 1, f, ap);
    va_end(ap);
    return s;
}

typedef struct {
    sqlite3 *db;
    char *err;              /* first error */
} conn;

static int fail(conn *c, const char *what)
{
    if (!c->err)
        c->err = fmt("%s: %s", what, sqlite3_errmsg(c->db));
    return -1;
}

static int run_sql(conn *c, const char *sql)
{
    if (!sql)
        return fail(c, "out of memory");
    char *msg = NULL;
    if (sqlite3_exec(c->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        if (!c->err)
            c->err = fmt("%s (in: %.120s)", msg ? msg : "error", sql);
        sqlite3_free(msg);
        return -1;
    }
    return 0;
}

/* run_sql on a malloc'd statement, freeing it. */
static int run_own(conn *c, char *sql)
{
    int rc = run_sql(c, sql);
    free(sql);
    return rc;
}

static int has_table(conn *c, const char *schema, const char *table)
{
    char *sql = fmt("SELECT 1 FROM %s.sqlite_master WHERE type='table' AND name=?", schema);
    sqlite3_stmt *st;
    int found = 0;
    if (sql && sqlite3_prepare_v2(c->db, sql, -1, &st, NULL) == SQLITE_OK) {
        sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
        found = sqlite3_step(st) == SQLITE_ROW;
        sqlite3_finalize(st);
    }
    free(sql);
    return found;
}

static int has_column(conn *c, const char *schema, const char *table, const char *col)
{
    sqlite3_stmt *st;
    int found = 0;
    if (sqlite3_prepare_v2(c->db, "SELECT 1 FROM pragma_table_info(?1, ?2) WHERE name=?3", -1,
                           &st, NULL) == SQLITE_OK) {
        sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, schema, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, col, -1, SQLITE_STATIC);
        found = sqlite3_step(st) == SQLITE_ROW;
        sqlite3_finalize(st);
    }
    return found;
}

/* The columns of table that both main and s have, except id, input_id and
 * run_id (renumbered or mapped by the caller): "a, b" for the target list
 * and "t.a, t.b" (prefix t) for the select list. NULL out of memory; ""
 * when there are none. */
static int common_columns(conn *c, const char *table, const char *prefix, char **names,
                          char **selects)
{
    sqlite3_stmt *st;
    *names = strdup("");
    *selects = strdup("");
    if (!*names || !*selects)
        return fail(c, "out of memory");
    if (sqlite3_prepare_v2(c->db,
                           "SELECT name FROM pragma_table_info(?1, 'main') WHERE name NOT IN"
                           " ('id', 'input_id', 'run_id') AND name IN"
                           " (SELECT name FROM pragma_table_info(?1, 's')) ORDER BY cid",
                           -1, &st, NULL) != SQLITE_OK)
        return fail(c, "catalogue columns");
    sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
    int rc = 0;
    while (rc == 0 && sqlite3_step(st) == SQLITE_ROW) {
        const char *col = (const char *)sqlite3_column_text(st, 0);
        const char *sep = **names ? ", " : "";
        char *n = fmt("%s%s\"%s\"", *names, sep, col);
        char *s = fmt("%s%s%s.\"%s\"", *selects, sep, prefix, col);
        free(*names);
        free(*selects);
        *names = n;
        *selects = s;
        if (!n || !s)
            rc = fail(c, "out of memory");
    }
    sqlite3_finalize(st);
    return rc;
}

/* Tables of a schema, other than runs and inputs, with an input_id column
 * (virtual tables and their shadow tables excluded). */
static int child_tables(conn *c, const char *schema, char ***out, int *n)
{
    *out = NULL;
    *n = 0;
    char *sql = fmt("SELECT name FROM %s.sqlite_master WHERE type='table'"
                    " AND name NOT LIKE 'sqlite_%%' AND name NOT IN ('runs', 'inputs')"
                    " AND sql NOT LIKE 'CREATE VIRTUAL%%' ORDER BY name", schema);
    sqlite3_stmt *st;
    if (!sql || sqlite3_prepare_v2(c->db, sql, -1, &st, NULL) != SQLITE_OK) {
        free(sql);
        return fail(c, "catalogue tables");
    }
    free(sql);
    int rc = 0;
    while (rc == 0 && sqlite3_step(st) == SQLITE_ROW) {
        const char *name = (const char *)sqlite3_column_text(st, 0);
        if (!has_column(c, schema, name, "input_id"))
            continue;
        char **p = realloc(*out, (size_t)(*n + 1) * sizeof *p);
        if (!p || !(p[*n] = strdup(name))) {
            if (p)
                *out = p;
            rc = fail(c, "out of memory");
            break;
        }
        *out = p;
        (*n)++;
    }
    sqlite3_finalize(st);
    return rc;
}

static void free_names(char **v, int n)
{
    for (int i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

/* Forget the pages of the inputs named by where in the full-text index.
 * Virtual tables are not children (child_tables skips them): the index is
 * keyed by input id and page, and the merged pages are indexed afresh by
 * the catalogue itself (fts_create, from merge_batch_outputs). */
static int forget_in_index(conn *c, const char *where)
{
    char *sql = fmt("SELECT id FROM main.inputs WHERE %s", where);
    sqlite3_stmt *st;
    if (!sql || sqlite3_prepare_v2(c->db, sql, -1, &st, NULL) != SQLITE_OK) {
        free(sql);
        return fail(c, "search index");
    }
    free(sql);
    int rc = 0;
    while (rc == 0 && sqlite3_step(st) == SQLITE_ROW)
        if (fts_forget_input(c->db, sqlite3_column_int64(st, 0), NULL, 0) != 0)
            rc = fail(c, "updating the search index");
    sqlite3_finalize(st);
    return rc;
}

/* Remove from main every row of the inputs named by where (a condition on
 * main.inputs), children first, and their pages from the search index. */
static int delete_inputs(conn *c, const char *where)
{
    char **kids;
    int nk;
    if (forget_in_index(c, where) != 0)
        return -1;
    if (child_tables(c, "main", &kids, &nk) != 0)
        return -1;
    int rc = 0;
    for (int i = 0; i < nk && rc == 0; i++)
        rc = run_own(c, fmt("DELETE FROM main.\"%s\" WHERE input_id IN"
                            " (SELECT id FROM main.inputs WHERE %s)", kids[i], where));
    free_names(kids, nk);
    if (rc == 0)
        rc = run_own(c, fmt("DELETE FROM main.inputs WHERE %s", where));
    return rc;
}

/* Shard k's runs into main, each under a new id that main.merged_runs maps
 * from the shard's; the runs an earlier merge took from it go first. */
static int copy_runs(conn *c, int k)
{
    char *names = NULL, *sel = NULL;
    int rc = run_own(c, fmt("DELETE FROM main.runs WHERE id IN"
                            " (SELECT run_id FROM main.merged_runs WHERE shard=%d);"
                            "DELETE FROM main.merged_runs WHERE shard=%d", k, k));
    if (rc == 0)
        rc = common_columns(c, "runs", "r", &names, &sel);
    if (rc == 0) {
        /* One statement per run, so each new id is known. */
        sqlite3_stmt *ids = NULL, *ins = NULL, *map = NULL;
        char *sql = fmt("INSERT INTO main.runs(%s) SELECT %s FROM s.runs r WHERE r.id=?", names, sel);
        if (!sql ||
            sqlite3_prepare_v2(c->db, "SELECT id FROM s.runs ORDER BY id", -1, &ids, NULL) ||
            sqlite3_prepare_v2(c->db, sql, -1, &ins, NULL) ||
            sqlite3_prepare_v2(c->db, "INSERT INTO main.merged_runs VALUES(?,?,?)", -1, &map, NULL))
            rc = fail(c, "copying runs");
        while (rc == 0 && sqlite3_step(ids) == SQLITE_ROW) {
            sqlite3_int64 old = sqlite3_column_int64(ids, 0);
            sqlite3_reset(ins);
            sqlite3_bind_int64(ins, 1, old);
            if (sqlite3_step(ins) != SQLITE_DONE) {
                rc = fail(c, "copying runs");
                break;
            }
            sqlite3_reset(map);
            sqlite3_bind_int(map, 1, k);
            sqlite3_bind_int64(map, 2, old);
            sqlite3_bind_int64(map, 3, sqlite3_last_insert_rowid(c->db));
            if (sqlite3_step(map) != SQLITE_DONE)
                rc = fail(c, "copying runs");
        }
        sqlite3_finalize(ids);
        sqlite3_finalize(ins);
        sqlite3_finalize(map);
        free(sql);
    }
    free(names);
    free(sel);
    return rc;
}

/* A shard row's run_id (row alias %s) as main numbers that run. */
#define RUNMAP "(SELECT run_id FROM main.merged_runs WHERE shard=%d AND shard_run=%s.run_id)"

/* Shard k's inputs (s.inputs WHERE mine) into main. */
static int copy_inputs(conn *c, int k, const char *mine)
{
    char *names, *sel;
    int rc = common_columns(c, "inputs", "si", &names, &sel);
    char *rm = rc == 0 ? fmt(RUNMAP, k, "si") : NULL;
    if (rc == 0)
        rc = run_own(c, rm ? fmt("INSERT INTO main.inputs(%s, run_id) SELECT %s, %s FROM"
                                 " s.inputs si WHERE si.%s ORDER BY si.id", names, sel, rm,
                                 mine)
                           : NULL);
    free(rm);
    free(names);
    free(sel);
    return rc;
}

/* The rows of child table t that belong to shard k's inputs (WHERE mine),
 * into main under main's input ids; a table this sohoa's catalogue does
 * not make is made from the shard's definition. */
static int copy_child(conn *c, int k, const char *mine, const char *t)
{
    char *names, *sel;
    int rc = 0;
    if (!has_table(c, "main", t)) {
        sqlite3_stmt *st;
        if (sqlite3_prepare_v2(c->db, "SELECT sql FROM s.sqlite_master WHERE name=?", -1, &st,
                               NULL) != SQLITE_OK)
            return fail(c, t);
        sqlite3_bind_text(st, 1, t, -1, SQLITE_STATIC);
        if (sqlite3_step(st) == SQLITE_ROW)
            rc = run_sql(c, (const char *)sqlite3_column_text(st, 0));
        sqlite3_finalize(st);
        if (rc)
            return rc;
    }
    if (common_columns(c, t, "x", &names, &sel) != 0) {
        free(names);
        free(sel);
        return -1;
    }
    int withrun = has_column(c, "main", t, "run_id") && has_column(c, "s", t, "run_id");
    char *rm = withrun ? fmt(RUNMAP, k, "x") : strdup("");
    rc = run_own(c, rm ? fmt("INSERT INTO main.\"%s\"(input_id%s%s%s) SELECT mi.id%s%s%s%s"
                             " FROM s.\"%s\" x JOIN s.inputs si ON si.id=x.input_id"
                             " JOIN main.inputs mi ON mi.path=si.path WHERE si.%s",
                             t, withrun ? ", run_id" : "", *names ? ", " : "", names,
                             withrun ? ", " : "", rm, *sel ? ", " : "", sel, t, mine)
                       : NULL);
    free(rm);
    free(names);
    free(sel);
    return rc;
}

/* Copy shard k's runs, inputs and child rows from s into main (its old
 * rows replaced). Inside the caller's transaction. */
static int copy_shard(conn *c, int k)
{
    int rc = copy_runs(c, k);
    char *mine = fmt("path IN (SELECT path FROM temp.manifest WHERE shard=%d)", k);
    if (!mine)
        return fail(c, "out of memory");
    if (rc == 0)
        rc = delete_inputs(c, mine);
    if (rc == 0)
        rc = copy_inputs(c, k, mine);
    char **kids = NULL;
    int nk = 0;
    if (rc == 0)
        rc = child_tables(c, "s", &kids, &nk);
    for (int i = 0; i < nk && rc == 0; i++)
        rc = copy_child(c, k, mine, kids[i]);
    free_names(kids, nk);
    free(mine);
    return rc;
}

/* The state of shard k from the attached s. */
static int shard_status(conn *c, int k, const char *file, merge_shard *ms)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(c->db,
                           "SELECT count(si.path), total(si.status='done'), total(si.status='failed'),"
                           " (SELECT total(p.status='done') FROM s.pages p JOIN s.inputs i"
                           "   ON i.id=p.input_id JOIN temp.manifest mm ON mm.path=i.path"
                           "   WHERE mm.shard=?1)"
                           " FROM temp.manifest m LEFT JOIN s.inputs si ON si.path=m.path"
                           " WHERE m.shard=?1", -1, &st, NULL) != SQLITE_OK)
        return fail(c, "shard state");
    sqlite3_bind_int(st, 1, k);
    if (sqlite3_step(st) == SQLITE_ROW) {
        int present = sqlite3_column_int(st, 0);
        ms->done = (int)sqlite3_column_double(st, 1);
        ms->failed = (int)sqlite3_column_double(st, 2);
        ms->pages_done = (long)sqlite3_column_double(st, 3);
        ms->missing = ms->inputs - present;
        ms->unfinished = present - ms->done - ms->failed;
    }
    sqlite3_finalize(st);
    int running = 0;
    if (sqlite3_prepare_v2(c->db, "SELECT status FROM s.runs ORDER BY id DESC LIMIT 1", -1, &st,
                           NULL) == SQLITE_OK) {
        running = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0) &&
                  !strcmp((const char *)sqlite3_column_text(st, 0), "running");
        sqlite3_finalize(st);
    }
    /* A run row still "running" whose process holds no lock any more was
     * killed: the shard is stopped, not running (runlock.h). */
    runlock_info who;
    if (running && !runlock_probe(file, &who))
        running = 0;
    ms->state = ms->unfinished || ms->missing ? (running ? SHARD_RUNNING : SHARD_STOPPED)
                : ms->failed ? SHARD_FAILED : SHARD_COMPLETE;
    return 0;
}

static int load_manifest_table(conn *c, const manifest *m)
{
    if (run_sql(c, "CREATE TEMP TABLE manifest(shard INTEGER NOT NULL, path TEXT PRIMARY KEY)"))
        return -1;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(c->db, "INSERT OR REPLACE INTO temp.manifest VALUES(?,?)", -1, &st,
                           NULL) != SQLITE_OK)
        return fail(c, "manifest");
    int rc = run_sql(c, "BEGIN");
    for (size_t i = 0; i < m->n && rc == 0; i++) {
        sqlite3_reset(st);
        sqlite3_bind_int(st, 1, m->e[i].shard);
        sqlite3_bind_text(st, 2, m->e[i].path, -1, SQLITE_STATIC);
        if (sqlite3_step(st) != SQLITE_DONE)
            rc = fail(c, "manifest");
    }
    sqlite3_finalize(st);
    if (rc == 0)
        rc = run_sql(c, "COMMIT");
    return rc;
}

/* The connection visit works on: the merged catalogue (write) or an
 * empty database (status), with the manifest as temp.manifest. 0 or -1
 * (reason in err, or in c->err once the connection is open). */
static int open_conn(conn *c, const char *catpath, int write, const manifest *m, char *err,
                     size_t errlen)
{
    if (write) {
        /* The single run's schema, made by the single run's code. */
        catalog *cat = catalog_open(catpath, err, errlen);
        if (!cat)
            return -1;
        catalog_close(cat);
    }
    if (sqlite3_open_v2(write ? catpath : ":memory:", &c->db,
                        SQLITE_OPEN_READWRITE | (write ? 0 : SQLITE_OPEN_CREATE),
                        NULL) != SQLITE_OK) {
        snprintf(err, errlen, "%s: %s", catpath, c->db ? sqlite3_errmsg(c->db) : "cannot open");
        return -1;
    }
    if (write && fts_register(c->db, err, errlen) != 0)
        return -1;
    sqlite3_busy_timeout(c->db, 30000);
    int rc = load_manifest_table(c, m);
    if (rc == 0 && write)
        rc = run_sql(c, "CREATE TABLE IF NOT EXISTS merged_runs(shard INTEGER NOT NULL,"
                        " shard_run INTEGER NOT NULL, run_id INTEGER NOT NULL,"
                        " PRIMARY KEY(shard, shard_run))");
    return rc;
}

/* Shard k's catalogue file: its state into ms from one snapshot and,
 * when write, its rows folded in. */
static int fold_shard(conn *c, const char *file, int k, int write, merge_shard *ms)
{
    sqlite3_stmt *st = NULL;
    int rc = 0;
    if (sqlite3_prepare_v2(c->db, "ATTACH ? AS s", -1, &st, NULL) != SQLITE_OK) {
        rc = fail(c, file);
    } else {
        sqlite3_bind_text(st, 1, file, -1, SQLITE_STATIC);
        if (sqlite3_step(st) != SQLITE_DONE)
            rc = fail(c, file);
        sqlite3_finalize(st);
    }
    /* One snapshot of the shard for both the copy and the count. */
    if (rc == 0)
        rc = run_sql(c, write ? "BEGIN IMMEDIATE" : "BEGIN");
    if (rc == 0 && has_table(c, "s", "inputs") && has_table(c, "s", "runs") &&
        has_table(c, "s", "pages")) {
        rc = shard_status(c, k, file, ms);
        if (rc == 0 && write)
            rc = copy_shard(c, k);
    }
    if (rc == 0)
        rc = run_sql(c, "COMMIT");
    else
        sqlite3_exec(c->db, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_exec(c->db, "DETACH s", NULL, NULL, NULL);
    return rc;
}

/* Shard k has no catalogue (any more): merged rows stand for what the
 * shard catalogues hold now, so its rows go. */
static int forget_shard(conn *c, int k)
{
    char *mine = fmt("path IN (SELECT path FROM temp.manifest WHERE shard=%d)", k);
    int rc = run_sql(c, "BEGIN IMMEDIATE");
    if (rc == 0 && mine)
        rc = delete_inputs(c, mine);
    if (rc == 0)
        rc = run_own(c, fmt("DELETE FROM main.runs WHERE id IN (SELECT run_id FROM"
                            " main.merged_runs WHERE shard=%d); DELETE FROM"
                            " main.merged_runs WHERE shard=%d", k, k));
    if (rc == 0 && mine)
        rc = run_sql(c, "COMMIT");
    else
        sqlite3_exec(c->db, "ROLLBACK", NULL, NULL, NULL), rc = -1;
    free(mine);
    return rc;
}

/* Shard k of m: its report in ms, its rows folded in or forgotten. */
static int visit_shard(conn *c, const char *outdir, const manifest *m, int k, int write,
                       merge_shard *ms)
{
    ms->shard = k;
    for (size_t i = 0; i < m->n; i++)
        ms->inputs += m->e[i].shard == k;
    ms->missing = ms->inputs;
    ms->state = SHARD_MISSING;
    char *file = manifest_shard_catalog(outdir, k);
    if (!file)
        return fail(c, "out of memory");
    int rc = 0;
    if (access(file, F_OK) == 0)
        rc = fold_shard(c, file, k, write, ms);
    else if (write)
        rc = forget_shard(c, k);
    free(file);
    return rc;
}

/* Rows of inputs no longer in the manifest (an earlier plan) go, with
 * the runs of shards it no longer has. */
static int drop_unplanned(conn *c, int shards)
{
    int rc = run_sql(c, "BEGIN IMMEDIATE");
    if (rc != 0)
        return rc;
    rc = delete_inputs(c, "path NOT IN (SELECT path FROM temp.manifest)");
    if (rc == 0)
        rc = run_own(c, fmt("DELETE FROM main.runs WHERE id IN (SELECT run_id FROM"
                            " main.merged_runs WHERE shard>=%d); DELETE FROM"
                            " main.merged_runs WHERE shard>=%d", shards, shards));
    if (rc == 0)
        rc = run_sql(c, "COMMIT");
    else
        sqlite3_exec(c->db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}

/* Both merge and status: write = fold into main as well. */
static int visit(const char *outdir, int write, merge_report *r, char *err, size_t errlen)
{
    memset(r, 0, sizeof *r);
    manifest m;
    memset(&m, 0, sizeof m);
    if (manifest_load(&m, outdir, err, errlen) != 0)
        return -1;
    conn c = {NULL, NULL};
    char *catpath = fmt("%s/catalog.sqlite", outdir);
    int rc = catpath ? open_conn(&c, catpath, write, &m, err, errlen) : -1;
    r->nshards = m.shards;
    r->shards = calloc((size_t)(m.shards > 0 ? m.shards : 1), sizeof *r->shards);
    if (!r->shards && rc == 0) {
        snprintf(err, errlen, "out of memory");
        rc = -1;
    }
    for (int k = 0; k < m.shards && rc == 0; k++) {
        merge_shard *ms = &r->shards[k];
        rc = visit_shard(&c, outdir, &m, k, write, ms);
        r->inputs += ms->inputs;
        r->done += ms->done;
        r->failed += ms->failed;
        r->unfinished += ms->unfinished;
        r->missing += ms->missing;
    }
    if (rc == 0 && write)
        rc = drop_unplanned(&c, m.shards);
    if (rc != 0 && c.err)
        snprintf(err, errlen, "%s", c.err);
    free(c.err);
    if (c.db)
        sqlite3_close(c.db);
    if (rc == 0 && write)
        rc = merge_batch_outputs(outdir, catpath, err, errlen);
    free(catpath);
    manifest_free(&m);
    return rc;
}

int merge_shards(const char *outdir, merge_report *r, char *err, size_t errlen)
{
    memset(r, 0, sizeof *r);
    /* A folder without a plan is said as such, before any lock file is
     * made in it. */
    manifest m;
    memset(&m, 0, sizeof m);
    if (manifest_load(&m, outdir, err, errlen) != 0)
        return -1;
    manifest_free(&m);
    /* catalog.sqlite is written as a single run writes it: under the same
     * lock, so a run and a merge (or two merges) on one folder never meet. */
    char *catpath = fmt("%s/catalog.sqlite", outdir);
    if (!catpath) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    run_lock *lock = NULL;
    runlock_info who;
    int stale = 0;
    int rc = runlock_acquire(catpath, &lock, &who, &stale, err, errlen);
    if (rc == RUNLOCK_BUSY) {
        snprintf(err, errlen, "a run is in progress on %s: PID %ld on %s, started %s; merge"
                 " again when it ends (sohoa status shows it)", catpath, who.pid,
                 who.host[0] ? who.host : "?", who.started[0] ? who.started : "?");
        free(catpath);
        return MERGE_BUSY;
    }
    free(catpath);
    if (rc != RUNLOCK_OK)
        return -1;
    rc = visit(outdir, 1, r, err, errlen);
    runlock_release(lock);
    return rc;
}

int merge_status(const char *outdir, merge_report *r, char *err, size_t errlen)
{
    return visit(outdir, 0, r, err, errlen);
}

int merge_batch_outputs(const char *outdir, const char *catalog_path, char *err, size_t errlen)
{
    /* Opening the catalogue indexes the merged pages the search index lacks;
     * the CSVs come from the same function a single run uses. */
    catalog *cat = catalog_open(catalog_path, err, errlen);
    if (!cat)
        return -1;
    int rc = segstage_write_csv(cat, outdir, 0, err, errlen);
    catalog_close(cat);
    return rc;
}
