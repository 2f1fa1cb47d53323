/* The batch: dispatcher, workers, catalogue updates, outputs. */
#include "batch/batch.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <leptonica/allheaders.h>
#include <poppler.h>

#include "batch/catalog.h"
#include "batch/pagesel.h"
#include "common/atomicfile.h"
#include "common/json.h"
#include "common/sha256.h"
#include "ocr/engine.h"
#include "ocr/preprocess.h"
#include "output/record.h"
#include "vnfix.h"

/* Bumped when a change in the pipeline changes outputs, so old results are redone. */
#define PIPELINE_VERSION 1

typedef struct doc_state {
    const walk_item *item;
    input_doc *in;
    int64_t id;
    char sha[65];
    int64_t size;
    int *pages;             /* selected pages, 0-based, in order (the outputs) */
    int nsel;
    int *todo;              /* those not finished by an earlier run */
    int ntodo;
    int next;               /* next index in todo to dispatch */
    int pending;            /* dispatched, not yet back */
    int failed;             /* pages that failed */
    int abandoned;          /* pages dropped by an interrupt: never written */
    char *errors;           /* "page 3: ...; page 7: ..." */
    double t0;
    struct doc_state *next_doc;
} doc_state;

typedef struct {
    doc_state *doc;
    int page;
} task;

typedef struct result {
    doc_state *doc;
    page_record rec;
    struct result *next;
} result;

typedef struct {
    const batch_options *o;
    pthread_mutex_t mu;
    pthread_cond_t work, done;
    task *q;
    int qcap, qhead, qlen;
    result *res_head, *res_tail;
    int stop;
    volatile int cancel;    /* abandon OCR in flight */
} shared;

typedef struct {
    shared *sh;
    ocr_worker *w;
    pthread_t th;
} worker;

static void *worker_main(void *arg)
{
    worker *wk = arg;
    shared *sh = wk->sh;
    for (;;) {
        pthread_mutex_lock(&sh->mu);
        while (!sh->qlen && !sh->stop)
            pthread_cond_wait(&sh->work, &sh->mu);
        if (!sh->qlen) {
            pthread_mutex_unlock(&sh->mu);
            break;
        }
        task t = sh->q[sh->qhead];
        sh->qhead = (sh->qhead + 1) % sh->qcap;
        sh->qlen--;
        pthread_cond_signal(&sh->done);  /* room in the queue */
        pthread_mutex_unlock(&sh->mu);

        result *r = calloc(1, sizeof *r);
        if (!r)
            abort();  /* no way to report a page without memory */
        r->doc = t.doc;
        page_record_init(&r->rec, t.page);
        if (sh->cancel) {
            page_record_set_error(&r->rec, "page %d: interrupted", t.page + 1);
        } else {
            input_page pg;
            char err[512];
            if (input_load_page(t.doc->in, t.page, &sh->o->input, &pg, err, sizeof err) != 0) {
                page_record_set_error(&r->rec, "%s", err);
            } else {
                ocr_process_page(wk->w, &pg, &sh->cancel, &r->rec);
                input_page_clear(&pg);
            }
        }
        pthread_mutex_lock(&sh->mu);
        if (sh->res_tail)
            sh->res_tail->next = r;
        else
            sh->res_head = r;
        sh->res_tail = r;
        pthread_cond_signal(&sh->done);
        pthread_mutex_unlock(&sh->mu);
    }
    return NULL;
}

char *batch_options_key(const batch_options *o)
{
    char pre[128];
    json_writer w;
    json_init(&w, 0);
    json_begin_object(&w);
    json_key(&w, "pipeline");
    json_int(&w, PIPELINE_VERSION);
    json_key(&w, "lang");
    json_string(&w, o->ocr.lang);
    json_key(&w, "dpi");
    json_int(&w, o->input.dpi);
    json_key(&w, "render_dpi");
    json_int(&w, o->input.render_dpi);
    json_key(&w, "force_ocr");
    json_bool(&w, o->input.force_ocr);
    json_key(&w, "pages");
    json_string(&w, o->pages ? o->pages : "all");
    json_key(&w, "preprocess");
    json_string(&w, preprocess_format(o->ocr.preprocess, pre, sizeof pre));
    json_end_object(&w);
    return json_take(&w, NULL);
}

static char *engine_json(const char *lang)
{
    char *model = ocr_engine_model_version(lang);
    char *lept = getLeptonicaVersion();
    json_writer w;
    json_init(&w, 0);
    json_begin_object(&w);
    json_key(&w, "sohoa");
    json_string(&w, VNFIX_VERSION);
    json_key(&w, "tesseract");
    json_string(&w, ocr_engine_tesseract_version());
    json_key(&w, "leptonica");
    json_string(&w, lept);
    json_key(&w, "poppler");
    json_string(&w, poppler_get_version());
    json_key(&w, "vnfix");
    json_string(&w, VNFIX_VERSION);
    json_key(&w, "lang");
    json_string(&w, lang);
    json_key(&w, "model");
    json_string(&w, model);
    json_end_object(&w);
    free(model);
    lept_free(lept);
    return json_take(&w, NULL);
}

typedef struct {
    char **failed_inputs;   /* "path: reason" */
    size_t nfailed;
} failures;

static void add_failure(failures *f, const char *path, const char *why)
{
    char **p = realloc(f->failed_inputs, (f->nfailed + 1) * sizeof *p);
    if (!p)
        return;
    f->failed_inputs = p;
    size_t n = strlen(path) + strlen(why) + 3;
    p[f->nfailed] = malloc(n);
    if (p[f->nfailed])
        snprintf(p[f->nfailed++], n, "%s: %s", path, why);
}

/* The run in one place, so helpers can reach what they need. */
typedef struct {
    const batch_options *o;
    const walk_list *inputs;
    catalog *cat;
    int64_t run;
    char *optkey;
    char *engine;
    progress prog;
    shared sh;
    doc_state *docs;        /* opened, not finished */
    failures fail;
} run_state;

typedef struct {
    run_state *rs;
    doc_state *d;
} page_src;

static int get_page(void *user, int i, const char **text, const char **json)
{
    page_src *ps = user;
    return catalog_page_get(ps->rs->cat, ps->d->id, ps->d->pages[i], text, json);
}

static int ensure_parent(const char *path)
{
    char *dir = strdup(path);
    if (!dir)
        return -1;
    char *slash = strrchr(dir, '/');
    int rc = 0;
    if (slash && slash != dir) {
        *slash = 0;
        rc = make_dirs(dir);
    }
    free(dir);
    return rc;
}

/* All pages of d are back: write NAME.txt / NAME.json and close the row. */
static void finish_doc(run_state *rs, doc_state *d)
{
    const walk_item *it = d->item;
    size_t n = strlen(it->outbase) + 8;
    char *txt = malloc(n), *js = malloc(n);
    char err[1024] = "";
    const char *status = d->failed ? "failed" : "done";
    if (txt && js) {
        snprintf(txt, n, "%s.txt", it->outbase);
        snprintf(js, n, "%s.json", it->outbase);
        doc_info di = {
            .source = it->path, .abspath = it->abspath, .sha256 = d->sha, .size = d->size,
            .format = input_format(d->in), .pages_total = input_page_count(d->in),
            .status = status, .error = d->errors, .seconds = progress_now() - d->t0,
            .engine_json = rs->engine, .options_json = rs->optkey,
        };
        page_src ps = {rs, d};
        if (d->failed >= d->nsel) {
            /* Not one page read: no outputs, only the reasons. */
        } else if (ensure_parent(txt) != 0) {
            snprintf(err, sizeof err, "cannot create the output folder for %s: %s", txt,
                     strerror(errno));
        } else if (output_write_document(txt, js, &di, d->nsel, get_page, &ps, err, sizeof err) != 0) {
            /* err set */
        }
    } else {
        snprintf(err, sizeof err, "out of memory");
    }
    const char *why = err[0] ? err : d->errors;
    if (err[0])
        status = "failed";
    double secs = progress_now() - d->t0;
    if (catalog_input_finish(rs->cat, d->id, status, why, secs) != 0)
        progress_error(&rs->prog, it->path, 0, catalog_error(rs->cat));
    if (strcmp(status, "done"))
        add_failure(&rs->fail, it->path, why ? why : "failed");
    progress_document(&rs->prog, it->path, status, d->nsel, secs, txt, why);
    free(txt);
    free(js);
}

static void drop_doc(run_state *rs, doc_state *d)
{
    for (doc_state **pp = &rs->docs; *pp; pp = &(*pp)->next_doc)
        if (*pp == d) {
            *pp = d->next_doc;
            break;
        }
    input_close(d->in);
    free(d->pages);
    free(d->todo);
    free(d->errors);
    free(d);
}

static void note_page_error(doc_state *d, const char *e)
{
    size_t old = d->errors ? strlen(d->errors) : 0;
    if (old > 2000)
        return;  /* enough to say what went wrong */
    char *p = realloc(d->errors, old + strlen(e) + 3);
    if (!p)
        return;
    if (old)
        memcpy(p + old, "; ", 3), old += 2;
    strcpy(p + old, e);
    d->errors = p;
}

/* Hash, look up and open input i; returns a doc with pages to dispatch,
 * or NULL when it needed no work (skipped, failed, or finished from the
 * catalogue alone). */
static doc_state *open_input(run_state *rs, size_t i)
{
    const walk_item *it = &rs->inputs->items[i];
    char sha[65] = "";
    struct stat st;
    int64_t size = stat(it->abspath, &st) == 0 ? (int64_t)st.st_size : -1;
    if (sha256_file(it->abspath, sha) != 0) {
        char why[300];
        snprintf(why, sizeof why, "cannot read: %s", strerror(errno));
        catalog_input_failed(rs->cat, it->abspath, it->path, NULL, size, rs->optkey, why, rs->run);
        progress_error(&rs->prog, it->path, 0, why);
        add_failure(&rs->fail, it->path, why);
        progress_document(&rs->prog, it->path, "failed", 0, 0, NULL, why);
        return NULL;
    }
    int64_t id = 0;
    int st_cat = catalog_input_lookup(rs->cat, it->abspath, sha, rs->optkey, &id);
    if (st_cat < 0) {
        progress_error(&rs->prog, it->path, 0, catalog_error(rs->cat));
        add_failure(&rs->fail, it->path, "catalogue error");
        progress_document(&rs->prog, it->path, "failed", 0, 0, NULL, "catalogue error");
        return NULL;
    }
    if (st_cat == CAT_DONE) {
        progress_skip(&rs->prog, it->path, "already done");
        return NULL;
    }
    char err[512];
    input_doc *in = input_open(it->abspath, err, sizeof err);
    if (!in) {
        catalog_input_failed(rs->cat, it->abspath, it->path, sha, size, rs->optkey, err, rs->run);
        progress_error(&rs->prog, it->path, 0, err);
        add_failure(&rs->fail, it->path, err);
        progress_document(&rs->prog, it->path, "failed", 0, 0, NULL, err);
        return NULL;
    }
    doc_state *d = calloc(1, sizeof *d);
    int np = input_page_count(in);
    if (!d || !(d->pages = malloc((size_t)np * sizeof *d->pages))) {
        free(d);
        input_close(in);
        progress_error(&rs->prog, it->path, 0, "out of memory");
        return NULL;
    }
    d->item = it;
    d->in = in;
    d->id = id;
    memcpy(d->sha, sha, sizeof sha);
    d->size = size;
    d->t0 = progress_now();
    for (int p = 0; p < np; p++)
        if (pagesel_has(rs->o->pages, p + 1))
            d->pages[d->nsel++] = p;
    size_t n = strlen(it->outbase) + 8;
    char txt[n], js[n];
    snprintf(txt, n, "%s.txt", it->outbase);
    snprintf(js, n, "%s.json", it->outbase);
    catalog_input_start(rs->cat, id, it->path, size, input_format(in), np, d->nsel, txt, js,
                        rs->run);
    d->next_doc = rs->docs;
    rs->docs = d;
    rs->prog.docs_opened++;
    rs->prog.pages_known += d->nsel;
    if (d->nsel == 0) {
        note_page_error(d, "no page selected by --pages");
        d->failed = 1;
    }
    /* Pages to do: resume skips the pages an earlier run finished. */
    d->todo = malloc((size_t)(d->nsel ? d->nsel : 1) * sizeof *d->todo);
    if (!d->todo) {
        drop_doc(rs, d);
        progress_error(&rs->prog, it->path, 0, "out of memory");
        return NULL;
    }
    for (int j = 0; j < d->nsel; j++) {
        if (st_cat == CAT_RESUME && catalog_page_is_done(rs->cat, id, d->pages[j])) {
            rs->prog.pages_known--;
            continue;
        }
        d->todo[d->ntodo++] = d->pages[j];
    }
    return d;
}


/* A finished page back from a worker: into the catalogue at once. */
static void take_result(run_state *rs, result *r)
{
    doc_state *d = r->doc;
    d->pending--;
    if (rs->sh.cancel && !r->rec.ok) {
        /* Abandoned by a second Ctrl-C: not a failure, redone next time. */
        d->abandoned = 1;
        return;
    }
    json_writer w;
    json_init(&w, 0);
    page_json(&w, &r->rec);
    double secs = (r->rec.t_decode + r->rec.t_preprocess + r->rec.t_ocr + r->rec.t_repair) / 1000;
    if (!json_ok(&w) ||
        catalog_page_put(rs->cat, d->id, &r->rec, w.buf, rs->run) != 0) {
        progress_error(&rs->prog, d->item->path, r->rec.index + 1,
                       json_ok(&w) ? catalog_error(rs->cat) : "out of memory");
        if (!r->rec.error)
            page_record_set_error(&r->rec, "page %d: not recorded", r->rec.index + 1);
    }
    json_free(&w);
    if (!r->rec.ok) {
        d->failed++;
        note_page_error(d, r->rec.error ? r->rec.error : "failed");
        progress_error(&rs->prog, d->item->path, r->rec.index + 1, r->rec.error);
    }
    progress_page(&rs->prog, d->item->path, r->rec.index + 1, r->rec.ok, secs, r->rec.error);
}

static int finished(const doc_state *d) { return d->next == d->ntodo && d->pending == 0; }

int batch_run(const walk_list *inputs, const batch_options *o, volatile sig_atomic_t *interrupts)
{
    run_state rs;
    memset(&rs, 0, sizeof rs);
    rs.o = o;
    rs.inputs = inputs;
    progress_init(&rs.prog, o->mode, (int)inputs->n);
    char err[1024];

    if (make_dirs(o->outdir) != 0) {
        fprintf(stderr, "sohoa: cannot create %s: %s\n", o->outdir, strerror(errno));
        return BATCH_EXIT_NOINPUT;
    }
    size_t n = strlen(o->outdir) + 16;
    char catpath[n];
    snprintf(catpath, n, "%s/catalog.sqlite", o->outdir);
    rs.cat = catalog_open(o->catalog ? o->catalog : catpath, err, sizeof err);
    if (!rs.cat) {
        fprintf(stderr, "sohoa: catalogue: %s\n", err);
        return BATCH_EXIT_NOINPUT;
    }
    rs.optkey = batch_options_key(o);
    rs.engine = engine_json(o->ocr.lang);
    rs.run = catalog_run_begin(rs.cat, o->command, rs.optkey, o->jobs, (int)inputs->n);

    int jobs = o->jobs > 0 ? o->jobs : 1;
    worker *wk = calloc((size_t)jobs, sizeof *wk);
    rs.sh.o = o;
    rs.sh.qcap = 2 * jobs;
    rs.sh.q = calloc((size_t)rs.sh.qcap, sizeof *rs.sh.q);
    pthread_mutex_init(&rs.sh.mu, NULL);
    pthread_cond_init(&rs.sh.work, NULL);
    pthread_cond_init(&rs.sh.done, NULL);
    int started = 0, fatal = 0;
    if (!wk || !rs.sh.q) {
        fprintf(stderr, "sohoa: out of memory\n");
        fatal = 1;
    }
    for (int i = 0; i < jobs && !fatal; i++) {
        wk[i].sh = &rs.sh;
        wk[i].w = ocr_worker_create(&o->ocr, err, sizeof err);
        if (!wk[i].w) {
            fprintf(stderr, "sohoa: %s\n", err);
            fatal = 1;
            break;
        }
        if (pthread_create(&wk[i].th, NULL, worker_main, &wk[i]) != 0) {
            ocr_worker_destroy(wk[i].w);
            wk[i].w = NULL;
            fprintf(stderr, "sohoa: cannot start worker threads\n");
            fatal = 1;
            break;
        }
        started++;
    }

    if (!fatal) {
        progress_start(&rs.prog, jobs, o->outdir);
        size_t next_input = 0;
        doc_state *cur = NULL;  /* the document whose pages are being queued */
        for (;;) {
            int stopping = *interrupts > 0;
            if (*interrupts > 1)
                rs.sh.cancel = 1;
            if (stopping) {
                /* Pages queued but not started are left for the next run. */
                pthread_mutex_lock(&rs.sh.mu);
                for (int k = 0; k < rs.sh.qlen; k++) {
                    doc_state *qd = rs.sh.q[(rs.sh.qhead + k) % rs.sh.qcap].doc;
                    qd->pending--;
                    qd->abandoned = 1;
                }
                rs.sh.qlen = 0;
                pthread_mutex_unlock(&rs.sh.mu);
            }
            /* Queue pages while there is room. */
            while (!stopping) {
                if (cur && cur->next < cur->ntodo) {
                    pthread_mutex_lock(&rs.sh.mu);
                    int room = rs.sh.qlen < rs.sh.qcap;
                    if (room) {
                        rs.sh.q[(rs.sh.qhead + rs.sh.qlen) % rs.sh.qcap] =
                            (task){cur, cur->todo[cur->next]};
                        rs.sh.qlen++;
                        cur->next++;
                        cur->pending++;
                        pthread_cond_signal(&rs.sh.work);
                    }
                    pthread_mutex_unlock(&rs.sh.mu);
                    if (!room)
                        break;
                    continue;
                }
                if (cur && finished(cur)) {
                    finish_doc(&rs, cur);
                    drop_doc(&rs, cur);
                }
                cur = NULL;
                if (next_input >= inputs->n)
                    break;
                cur = open_input(&rs, next_input++);
                progress_tick(&rs.prog, 0);
                if (*interrupts > 0)
                    break;
            }
            /* Collect finished pages. */
            pthread_mutex_lock(&rs.sh.mu);
            if (!rs.sh.res_head) {
                struct timespec ts;
                clock_gettime(CLOCK_REALTIME, &ts);
                ts.tv_nsec += 250000000;
                if (ts.tv_nsec >= 1000000000) {
                    ts.tv_sec++;
                    ts.tv_nsec -= 1000000000;
                }
                int busy = rs.docs != NULL;
                if (busy)
                    pthread_cond_timedwait(&rs.sh.done, &rs.sh.mu, &ts);
            }
            result *list = rs.sh.res_head;
            rs.sh.res_head = rs.sh.res_tail = NULL;
            pthread_mutex_unlock(&rs.sh.mu);
            while (list) {
                result *r = list;
                list = r->next;
                take_result(&rs, r);
                page_record_clear(&r->rec);
                free(r);
            }
            /* Finish documents whose pages are all back (cur is finished
             * by the dispatcher so that it is not dropped under it). */
            for (doc_state *d = rs.docs, *nx; d; d = nx) {
                nx = d->next_doc;
                if (d != cur && finished(d) && !d->abandoned) {
                    finish_doc(&rs, d);
                    drop_doc(&rs, d);
                }
            }
            progress_tick(&rs.prog, 0);
            if (*interrupts > 0) {
                /* Stop when nothing is in flight any more. */
                int inflight = 0;
                for (doc_state *d = rs.docs; d; d = d->next_doc)
                    inflight += d->pending;
                if (!inflight)
                    break;
                continue;
            }
            if (!cur && next_input >= inputs->n && !rs.docs)
                break;
        }
    }

    /* Stop the workers: nothing more will be queued. */
    pthread_mutex_lock(&rs.sh.mu);
    rs.sh.stop = 1;
    if (*interrupts > 0)
        rs.sh.qlen = 0;  /* queued pages not started are dropped */
    pthread_cond_broadcast(&rs.sh.work);
    pthread_mutex_unlock(&rs.sh.mu);
    for (int i = 0; i < started; i++)
        pthread_join(wk[i].th, NULL);
    for (int i = 0; i < jobs && wk; i++)
        ocr_worker_destroy(wk[i].w);
    for (result *r = rs.sh.res_head, *nx; r; r = nx) {
        nx = r->next;
        page_record_clear(&r->rec);
        free(r);
    }
    while (rs.docs)  /* interrupted: rows stay "running", resumed next time */
        drop_doc(&rs, rs.docs);

    int code;
    const char *status;
    if (fatal) {
        code = BATCH_EXIT_NOINPUT;
        status = "failed";
    } else if (*interrupts > 0) {
        code = BATCH_EXIT_INTERRUPTED;
        status = "interrupted";
    } else if (inputs->n == 0 || (rs.prog.docs_failed == (int)inputs->n)) {
        code = BATCH_EXIT_NOINPUT;
        status = "failed";
    } else if (rs.prog.docs_failed > 0) {
        code = BATCH_EXIT_SOMEFAILED;
        status = "failed";
    } else {
        code = BATCH_EXIT_OK;
        status = "done";
    }
    catalog_run_totals t = {rs.prog.docs_done, rs.prog.docs_skipped, rs.prog.docs_failed,
                            rs.prog.pages_done, rs.prog.pages_failed,
                            progress_now() - rs.prog.t0, status};
    if (rs.run > 0)
        catalog_run_end(rs.cat, rs.run, &t);
    if (!fatal)
        progress_end(&rs.prog, status);
    if (rs.fail.nfailed) {
        fprintf(stderr, "sohoa: %zu input%s failed:\n", rs.fail.nfailed,
                rs.fail.nfailed == 1 ? "" : "s");
        for (size_t i = 0; i < rs.fail.nfailed; i++)
            fprintf(stderr, "  %s\n", rs.fail.failed_inputs[i]);
    }
    if (*interrupts > 0)
        fprintf(stderr, "sohoa: interrupted; finished pages are saved, run the same command again to continue\n");
    for (size_t i = 0; i < rs.fail.nfailed; i++)
        free(rs.fail.failed_inputs[i]);
    free(rs.fail.failed_inputs);
    free(wk);
    free(rs.sh.q);
    pthread_mutex_destroy(&rs.sh.mu);
    pthread_cond_destroy(&rs.sh.work);
    pthread_cond_destroy(&rs.sh.done);
    catalog_close(rs.cat);
    free(rs.optkey);
    free(rs.engine);
    return code;
}
