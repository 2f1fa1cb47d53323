/* sohoa status OUTDIR: what the catalogue says about a batch. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include <sqlite3.h>

#include "batch/catalog.h"
#include "batch/runlock.h"
#include "common/json.h"

int cmd_status(int argc, char **argv);

static void usage(FILE *f)
{
    fputs("usage: sohoa status [--json] OUTDIR\n"
          "Counts of inputs and pages by status, failures with their reasons, and the\n"
          "throughput of the last run, from OUTDIR/catalog.sqlite.\n"
          "  --json   one JSON object instead of text\n"
          "Exit status: 0 shown, 1 usage, 2 no catalogue in OUTDIR.\n",
          f);
}

static sqlite3_int64 one_int(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st;
    sqlite3_int64 v = 0;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

/* Inputs by status; returns the total. An input the latest run has not
 * opened yet (table pending) is pending, even when an earlier run left a
 * row for it, unless that row is done (the run will skip it). Catalogues
 * from before the pending table count their rows only. */
static sqlite3_int64 count_states(sqlite3 *db, const char *const *states, sqlite3_int64 *counts,
                                  int n)
{
    int has_pending = one_int(db, "SELECT count(*) FROM sqlite_master WHERE name='pending'") > 0;
    const char *sql = has_pending
        ? "SELECT st, count(*) FROM (SELECT CASE WHEN p.path IS NOT NULL AND i.status<>'done'"
          " THEN 'pending' ELSE i.status END AS st FROM inputs i LEFT JOIN pending p"
          " ON p.path=i.path UNION ALL SELECT 'pending' FROM pending p"
          " WHERE NOT EXISTS (SELECT 1 FROM inputs i WHERE i.path=p.path)) GROUP BY st"
        : "SELECT status, count(*) FROM inputs GROUP BY status";
    sqlite3_int64 total = 0;
    memset(counts, 0, (size_t)n * sizeof *counts);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW) {
            const char *name = (const char *)sqlite3_column_text(st, 0);
            sqlite3_int64 k = sqlite3_column_int64(st, 1);
            total += k;
            for (int i = 0; i < n; i++)
                if (name && !strcmp(name, states[i]))
                    counts[i] += k;
        }
    }
    sqlite3_finalize(st);
    return total;
}

/* What the latest run is: ended (its recorded status), or not ended and
 * either still holding the run lock (running) or dead (killed). */
static const char *run_state(int ended, const char *status, const char *catalog,
                             runlock_info *who)
{
    memset(who, 0, sizeof *who);
    if (ended || (status && strcmp(status, "running")))
        return status ? status : "?";
    return runlock_probe(catalog, who) ? "running" : "killed";
}

int cmd_status(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"json", no_argument, NULL, 'J'}, {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
    int json = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        if (c == 'J')
            json = 1;
        else if (c == 'h') {
            usage(stdout);
            return 0;
        } else {
            usage(stderr);
            return 1;
        }
    }
    if (optind != argc - 1) {
        usage(stderr);
        return 1;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/catalog.sqlite", argv[optind]);
    sqlite3 *db = NULL;
    if (catalog_open_reader(path, &db) != 0 ||
        one_int(db, "SELECT count(*) FROM sqlite_master WHERE name='inputs'") == 0) {
        fprintf(stderr, "sohoa status: no catalogue at %s\n", path);
        sqlite3_close(db);
        return 2;
    }
    sqlite3_busy_timeout(db, 5000);
    static const char *const states[] = {"done", "failed", "running", "interrupted", "pending"};
    sqlite3_int64 counts[5], total = count_states(db, states, counts, 5);
    sqlite3_int64 pdone = one_int(db, "SELECT count(*) FROM pages WHERE status='done'");
    sqlite3_int64 pfail = one_int(db, "SELECT count(*) FROM pages WHERE status='failed'");
    /* Pages a person checked with sohoa review (0 before the table existed). */
    sqlite3_int64 previewed = one_int(db, "SELECT count(*) FROM reviewed");
    sqlite3_int64 ncorr = one_int(db, "SELECT count(*) FROM corrections");
    /* What the batch produced beyond the texts: archival files per kind (the
     * inputs.outputs words) and the segmentation's rows. A catalogue from
     * before these existed just counts 0. */
    static const char *const kinds[] = {"pdf", "alto", "hocr"};
    /* NAME.pdf is recorded as "pdfa" (PDF/A-2b) or "pdf" (--no-pdfa). */
#define HAS(word) "' ' || outputs || ' ' LIKE '% " word " %'"
    static const char *const made_sql[] = {
        "SELECT count(*) FROM inputs WHERE status='done' AND (" HAS("pdf") " OR " HAS("pdfa") ")",
        "SELECT count(*) FROM inputs WHERE status='done' AND " HAS("alto"),
        "SELECT count(*) FROM inputs WHERE status='done' AND " HAS("hocr")};
#undef HAS
    sqlite3_int64 made[3];
    for (int i = 0; i < 3; i++)
        made[i] = one_int(db, made_sql[i]);
    sqlite3_int64 ntargets = one_int(db, "SELECT count(*) FROM targets");
    sqlite3_int64 nagencies = one_int(db, "SELECT count(*) FROM agencies");
    json_writer w;
    json_init(&w, 1);
    if (json) {
        json_begin_object(&w);
        json_key(&w, "catalog");
        json_string(&w, path);
        json_key(&w, "inputs");
        json_begin_object(&w);
        json_key(&w, "total");
        json_int(&w, total);
        for (int i = 0; i < 5; i++) {
            json_key(&w, states[i]);
            json_int(&w, counts[i]);
        }
        json_end_object(&w);
        json_key(&w, "pages");
        json_begin_object(&w);
        json_key(&w, "done");
        json_int(&w, pdone);
        json_key(&w, "failed");
        json_int(&w, pfail);
        json_key(&w, "reviewed");
        json_int(&w, previewed);
        json_key(&w, "corrections");
        json_int(&w, ncorr);
        json_end_object(&w);
        json_key(&w, "outputs");
        json_begin_object(&w);
        for (int i = 0; i < 3; i++) {
            json_key(&w, kinds[i]);
            json_int(&w, made[i]);
        }
        json_key(&w, "targets");
        json_int(&w, ntargets);
        json_key(&w, "agencies");
        json_int(&w, nagencies);
        json_end_object(&w);
        json_key(&w, "failures");
        json_begin_array(&w);
    } else {
        printf("%s\ninputs: %lld (done %lld, failed %lld, running %lld, interrupted %lld,"
               " pending %lld)\n"
               "pages: %lld done, %lld failed, %lld reviewed (%lld corrections)\n"
               "outputs: %lld with NAME.pdf, %lld with NAME.alto.xml, %lld with NAME.hocr;"
               " %lld targets, %lld agency rows\n",
               path, (long long)total, (long long)counts[0], (long long)counts[1],
               (long long)counts[2], (long long)counts[3], (long long)counts[4],
               (long long)pdone, (long long)pfail, (long long)previewed, (long long)ncorr,
               (long long)made[0], (long long)made[1], (long long)made[2], (long long)ntargets,
               (long long)nagencies);
    }
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, "SELECT coalesce(given, path), error FROM inputs"
                               " WHERE status='failed' ORDER BY path", -1, &st, NULL) == SQLITE_OK) {
        int first = 1;
        while (sqlite3_step(st) == SQLITE_ROW) {
            const char *p = (const char *)sqlite3_column_text(st, 0);
            const char *e = (const char *)sqlite3_column_text(st, 1);
            if (json) {
                json_begin_object(&w);
                json_key(&w, "input");
                json_string(&w, p);
                json_key(&w, "error");
                json_string(&w, e);
                json_end_object(&w);
            } else {
                if (first)
                    printf("failures:\n");
                printf("  %s: %s\n", p, e ? e : "(no reason recorded)");
            }
            first = 0;
        }
    }
    sqlite3_finalize(st);
    if (json) {
        json_end_array(&w);
        json_key(&w, "last_run");
    }
    if (sqlite3_prepare_v2(db, "SELECT id, started, finished, seconds, workers, docs_done,"
                               " docs_skipped, docs_failed, pages_done, pages_failed, status"
                               " FROM runs ORDER BY id DESC LIMIT 1", -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
        double secs = sqlite3_column_double(st, 3);
        sqlite3_int64 pages = sqlite3_column_int64(st, 8) + sqlite3_column_int64(st, 9);
        double ppm = secs > 0 ? pages * 60.0 / secs : 0;
        const char *started = (const char *)sqlite3_column_text(st, 1);
        int ended = sqlite3_column_type(st, 2) != SQLITE_NULL;
        runlock_info who;
        const char *status = run_state(ended, (const char *)sqlite3_column_text(st, 10), path,
                                       &who);
        if (json) {
            json_begin_object(&w);
            json_key(&w, "id");
            json_int(&w, sqlite3_column_int64(st, 0));
            json_key(&w, "started");
            json_string(&w, started);
            json_key(&w, "finished");
            json_string(&w, (const char *)sqlite3_column_text(st, 2));
            json_key(&w, "status");
            json_string(&w, status);
            if (!strcmp(status, "running")) {
                json_key(&w, "pid");
                json_int(&w, who.pid);
                json_key(&w, "host");
                json_string(&w, who.host);
            }
            json_key(&w, "seconds");
            json_number(&w, secs);
            json_key(&w, "workers");
            json_int(&w, sqlite3_column_int64(st, 4));
            json_key(&w, "docs_done");
            json_int(&w, sqlite3_column_int64(st, 5));
            json_key(&w, "docs_skipped");
            json_int(&w, sqlite3_column_int64(st, 6));
            json_key(&w, "docs_failed");
            json_int(&w, sqlite3_column_int64(st, 7));
            json_key(&w, "pages");
            json_int(&w, pages);
            json_key(&w, "pages_per_minute");
            json_number(&w, (double)(long)(ppm * 10) / 10);
            json_end_object(&w);
        } else if (ended) {
            printf("last run: #%lld started %s, %s: %lld done, %lld skipped, %lld failed; "
                   "%lld pages in %.1f s (%.1f pages/min, %lld workers)\n",
                   (long long)sqlite3_column_int64(st, 0), started, status,
                   (long long)sqlite3_column_int64(st, 5), (long long)sqlite3_column_int64(st, 6),
                   (long long)sqlite3_column_int64(st, 7), (long long)pages, secs, ppm,
                   (long long)sqlite3_column_int64(st, 4));
        } else if (!strcmp(status, "running")) {
            printf("last run: #%lld started %s, running now (PID %ld on %s)\n",
                   (long long)sqlite3_column_int64(st, 0), started, who.pid, who.host);
        } else {
            printf("last run: #%lld started %s, did not finish (%s)\n",
                   (long long)sqlite3_column_int64(st, 0), started, status);
        }
    } else if (json) {
        json_null(&w);
    }
    sqlite3_finalize(st);
    if (json) {
        json_end_object(&w);
        if (json_ok(&w))
            printf("%s\n", w.out.buf);
    }
    json_free(&w);
    sqlite3_close(db);
    return 0;
}
