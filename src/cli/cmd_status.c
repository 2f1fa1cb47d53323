/* sohoa status OUTDIR: what the catalogue says about a batch. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

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

typedef struct {
    int json;
    json_writer *w;
    const char *path;       /* the catalogue, for the run lock */
    int nfailures;
} status_out;

/* One member: key and value. */
static void key_int(json_writer *w, const char *key, int64_t v)
{
    json_key(w, key);
    json_int(w, v);
}

static void key_string(json_writer *w, const char *key, const char *v)
{
    json_key(w, key);
    json_string(w, v);
}

static void json_counts(json_writer *w, const char *path, const catalog_summary *s)
{
    key_string(w, "catalog", path);
    json_key(w, "inputs");
    json_begin_object(w);
    key_int(w, "total", s->inputs);
    for (int i = 0; i < CATALOG_STATES; i++)
        key_int(w, catalog_state_names[i], s->states[i]);
    json_end_object(w);
    json_key(w, "pages");
    json_begin_object(w);
    key_int(w, "done", s->pages_done);
    key_int(w, "failed", s->pages_failed);
    key_int(w, "reviewed", s->pages_reviewed);
    key_int(w, "corrections", s->corrections);
    json_end_object(w);
    json_key(w, "outputs");
    json_begin_object(w);
    key_int(w, "pdf", s->with_pdf);
    key_int(w, "alto", s->with_alto);
    key_int(w, "hocr", s->with_hocr);
    key_int(w, "targets", s->targets);
    key_int(w, "agencies", s->agencies);
    json_end_object(w);
}

static void text_counts(const char *path, const catalog_summary *s)
{
    printf("%s\ninputs: %lld (done %lld, failed %lld, running %lld, interrupted %lld,"
           " pending %lld)\n"
           "pages: %lld done, %lld failed, %lld reviewed (%lld corrections)\n"
           "outputs: %lld with NAME.pdf, %lld with NAME.alto.xml, %lld with NAME.hocr;"
           " %lld targets, %lld agency rows\n",
           path, (long long)s->inputs, (long long)s->states[0], (long long)s->states[1],
           (long long)s->states[2], (long long)s->states[3], (long long)s->states[4],
           (long long)s->pages_done, (long long)s->pages_failed, (long long)s->pages_reviewed,
           (long long)s->corrections, (long long)s->with_pdf, (long long)s->with_alto,
           (long long)s->with_hocr, (long long)s->targets, (long long)s->agencies);
}

static void print_failure(void *user, const char *input, const char *error)
{
    status_out *o = user;
    if (o->json) {
        json_begin_object(o->w);
        key_string(o->w, "input", input);
        key_string(o->w, "error", error);
        json_end_object(o->w);
    } else {
        if (!o->nfailures)
            printf("failures:\n");
        printf("  %s: %s\n", input, error ? error : "(no reason recorded)");
    }
    o->nfailures++;
}

static void json_last_run(json_writer *w, const catalog_run_row *r, const char *status,
                          const runlock_info *who, double ppm)
{
    json_begin_object(w);
    key_int(w, "id", r->id);
    key_string(w, "started", r->started);
    key_string(w, "finished", r->finished);
    key_string(w, "status", status);
    if (!strcmp(status, "running")) {
        key_int(w, "pid", who->pid);
        key_string(w, "host", who->host);
    }
    json_key(w, "seconds");
    json_number(w, r->seconds);
    key_int(w, "workers", r->workers);
    key_int(w, "docs_done", r->docs_done);
    key_int(w, "docs_skipped", r->docs_skipped);
    key_int(w, "docs_failed", r->docs_failed);
    key_int(w, "pages", r->pages);
    json_key(w, "pages_per_minute");
    json_number(w, (double)(long)(ppm * 10) / 10);
    json_end_object(w);
}

static void print_last_run(void *user, const catalog_run_row *r)
{
    status_out *o = user;
    double ppm = r->seconds > 0 ? r->pages * 60.0 / r->seconds : 0;
    runlock_info who;
    const char *status = run_state(r->ended, r->status, o->path, &who);
    if (o->json)
        json_last_run(o->w, r, status, &who, ppm);
    else if (r->ended)
        printf("last run: #%lld started %s, %s: %lld done, %lld skipped, %lld failed; "
               "%lld pages in %.1f s (%.1f pages/min, %lld workers)\n",
               (long long)r->id, r->started, status, (long long)r->docs_done,
               (long long)r->docs_skipped, (long long)r->docs_failed, (long long)r->pages,
               r->seconds, ppm, (long long)r->workers);
    else if (!strcmp(status, "running"))
        printf("last run: #%lld started %s, running now (PID %ld on %s)\n", (long long)r->id,
               r->started, who.pid, who.host);
    else
        printf("last run: #%lld started %s, did not finish (%s)\n", (long long)r->id,
               r->started, status);
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
    struct sqlite3 *db = NULL;
    if (catalog_open_status(path, &db) != 0) {
        fprintf(stderr, "sohoa status: no catalogue at %s\n", path);
        return 2;
    }
    catalog_summary sum;
    catalog_read_summary(db, &sum);
    json_writer w;
    json_init(&w, 1);
    status_out o = {json, &w, path, 0};
    if (json) {
        json_begin_object(&w);
        json_counts(&w, path, &sum);
        json_key(&w, "failures");
        json_begin_array(&w);
    } else {
        text_counts(path, &sum);
    }
    catalog_read_failures(db, print_failure, &o);
    if (json) {
        json_end_array(&w);
        json_key(&w, "last_run");
    }
    if (!catalog_read_last_run(db, print_last_run, &o) && json)
        json_null(&w);
    if (json) {
        json_end_object(&w);
        if (json_ok(&w))
            printf("%s\n", w.out.buf);
    }
    json_free(&w);
    catalog_reader_close(db);
    return 0;
}
