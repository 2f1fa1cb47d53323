/* The batch: dispatcher, workers, catalogue updates, outputs. */
#include "batch/batch.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <leptonica/allheaders.h>
#include <poppler.h>

#include "archive/archive.h"
#include "archive/fts.h"
#include "batch/catalog.h"
#include "batch/pageproc.h"
#include "batch/pagesel.h"
#include "batch/runlock.h"
#include "batch/segstage.h"
#include "common/atomicfile.h"
#include "common/json.h"
#include "common/sbuf.h"
#include "common/sha256.h"
#include "ocr/engine.h"
#include "ocr/preprocess.h"
#include "output/record.h"
#include "vnfix.h"
#include "segment/segment.h"

/* Bumped when a change in the pipeline changes outputs, so old results are redone. */
#define PIPELINE_VERSION 3

/* What inputs.outputs records: the archival files a document has. NAME.pdf
 * as PDF/A and as plain PDF are different outputs (toggling --no-pdfa
 * rewrites it); a born-digital PDF gets none (its own file is the archive). */
enum {
    OUT_PDF = 1 << 0,
    OUT_ALTO = 1 << 1,
    OUT_HOCR = 1 << 2,
    OUT_PDFA = 1 << 3,
    OUT_TEXT_LAYER = 1 << 4,
};
static const struct {
    unsigned bit;
    const char *name;
} out_names[] = {
    {OUT_PDF, "pdf"}, {OUT_PDFA, "pdfa"}, {OUT_ALTO, "alto"}, {OUT_HOCR, "hocr"},
    {OUT_TEXT_LAYER, "text-layer"},
};

static unsigned outputs_parse(const char *s)
{
    unsigned bits = 0;
    while (s && *s) {
        size_t n = strcspn(s, " ");
        for (size_t i = 0; i < sizeof out_names / sizeof out_names[0]; i++)
            if (strlen(out_names[i].name) == n && !strncmp(s, out_names[i].name, n))
                bits |= out_names[i].bit;
        s += n + (s[n] == ' ');
    }
    return bits;
}

static void outputs_format(unsigned bits, char *buf, size_t len)
{
    buf[0] = 0;
    for (size_t i = 0; i < sizeof out_names / sizeof out_names[0]; i++)
        if (bits & out_names[i].bit) {
            size_t l = strlen(buf);
            snprintf(buf + l, len - l, "%s%s", l ? " " : "", out_names[i].name);
        }
}

/* The options' wish as OUT_* bits. */
static unsigned outputs_wanted(const batch_options *o)
{
    unsigned w = 0;
    if (o->outputs & ARCHIVE_PDF)
        w |= o->pdfa ? OUT_PDFA : OUT_PDF;
    if (o->outputs & ARCHIVE_ALTO)
        w |= OUT_ALTO;
    if (o->outputs & ARCHIVE_HOCR)
        w |= OUT_HOCR;
    return w;
}

/* OUT_* bits still to write, as ARCHIVE_* bits. */
static unsigned outputs_missing(unsigned wanted, unsigned have)
{
    if (have & OUT_TEXT_LAYER)
        return 0;
    unsigned miss = wanted & ~have, a = 0;
    if (miss & (OUT_PDF | OUT_PDFA))
        a |= ARCHIVE_PDF;
    if (miss & OUT_ALTO)
        a |= ARCHIVE_ALTO;
    if (miss & OUT_HOCR)
        a |= ARCHIVE_HOCR;
    return a;
}

void batch_options_init(batch_options *o)
{
    memset(o, 0, sizeof *o);
    input_options_init(&o->input);
    o->ocr.lang = "vie";
    o->ocr.timeout_s = 300;
    o->outputs = ARCHIVE_DEFAULT;
    o->pdfa = 1;
}

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
    int archive_only;       /* finished earlier: only archival files are missing */
    unsigned have;          /* OUT_* bits already written (inputs.outputs) */
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
    archive_parts parts;
    char *json;             /* the page's JSON as its worker wrote it, or NULL */
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

/* A thread per job hands pages to its worker process (pageproc.h) and
 * waits for each with the page's deadline. */
typedef struct {
    shared *sh;
    pageproc *pp;
    pthread_t th;
} worker;

/* Page t through wk's process into r. */
static void read_page(worker *wk, const task *t, result *r)
{
    shared *sh = wk->sh;
    int timeout = sh->o->ocr.timeout_s;
    char err[512] = "";
    int rc = pageproc_page(wk->pp, t->doc->item->abspath, t->doc->item->path, t->page, timeout,
                           &sh->cancel, &r->rec, &r->parts, &r->json, err, sizeof err);
    if (rc == PAGEPROC_TIMEOUT)
        page_record_set_error(&r->rec, "page %d: timeout: not read within %d s (--timeout)",
                              t->page + 1, timeout);
    else if (rc == PAGEPROC_CANCELLED)
        page_record_set_error(&r->rec, "page %d: interrupted", t->page + 1);
    else if (rc == PAGEPROC_DIED)
        page_record_set_error(&r->rec, "page %d: %s", t->page + 1, err);
}

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
        if (sh->cancel)
            page_record_set_error(&r->rec, "page %d: interrupted", t.page + 1);
        else
            read_page(wk, &t, r);
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
    json_key(&w, "restore");
    json_bool(&w, !o->no_restore);
    json_key(&w, "layout");
    json_bool(&w, !o->ocr.no_layout);
    /* Only when not the default, so catalogues written before the option
     * existed stay valid (their pages were read below the limit or, the
     * rare larger ones, at full size). */
    if (o->input.max_pixels != INPUT_MAX_PIXELS) {
        json_key(&w, "max_pixels");
        json_int(&w, o->input.max_pixels);
    }
    /* Which model read the pages (sohoa's best_int or Debian's fast
     * model, see tools/setup): a page read by the other is redone. */
    char *model = ocr_engine_model_version(o->ocr.lang);
    json_key(&w, "model");
    json_string(&w, model);
    free(model);
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
    int docs_unread;        /* inputs failed without one page read (exit 2 when all are) */
    const char *catpath;    /* the catalogue file */
    char *reserve;          /* CATALOGUE.reserve: room kept to record a full disk */
    char full[700];         /* once the disk is full: the reason, and the run stops */
    seg_ctx *seg;           /* segmentation, the last stage */
    unsigned wanted;        /* OUT_* bits the options ask for */
    char *engine_name;      /* "tesseract 5.3.0 vie", for the archival headers */
} run_state;

typedef struct {
    run_state *rs;
    doc_state *d;
} page_src;

/* Room kept on the catalogue's disk: when the disk fills up, deleting it
 * lets the catalogue record which documents failed and why (SQLite needs
 * space for that too) and close cleanly. */
#define RESERVE_BYTES (4 << 20)

static void reserve_make(run_state *rs)
{
    size_t n = strlen(rs->catpath) + 9;
    rs->reserve = malloc(n);
    if (!rs->reserve)
        return;
    snprintf(rs->reserve, n, "%s.reserve", rs->catpath);
    int fd = open(rs->reserve, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0 || posix_fallocate(fd, 0, RESERVE_BYTES) != 0) {
        fprintf(stderr, "sohoa: note: cannot keep %d MB free beside the catalogue (%s);"
                " a full disk may leave documents unrecorded\n", RESERVE_BYTES >> 20,
                fd < 0 ? strerror(errno) : "no room");
        unlink(rs->reserve);
    }
    if (fd >= 0)
        close(fd);
}

static void reserve_drop(run_state *rs)
{
    if (rs->reserve)
        unlink(rs->reserve);
    free(rs->reserve);
    rs->reserve = NULL;
}

/* Is err a writer's "FILE: No space left on device"? */
static int says_disk_full(const char *err)
{
    return err && (strstr(err, strerror(ENOSPC)) || strstr(err, strerror(EDQUOT)));
}

/* The disk is full (why names the file): said once; the reserve is given
 * back so the failures can be recorded, and the run stops queueing like
 * after a first Ctrl-C. Everything not finished fails with this reason. */
static void disk_full(run_state *rs, const char *why)
{
    if (rs->full[0])
        return;
    snprintf(rs->full, sizeof rs->full, "no space left on device (%s)", why);
    reserve_drop(rs);
    fprintf(stderr, "sohoa: %s; stopping: free some space and run the same command again\n",
            rs->full);
}

/* The catalogue said the disk is full: what to record for the failure. */
static void catalogue_full(run_state *rs)
{
    char why[600];
    snprintf(why, sizeof why, "writing %s", rs->catpath);
    disk_full(rs, why);
}

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

static int get_part(void *user, int kind, int i, const char **data, size_t *len)
{
    page_src *ps = user;
    return catalog_part_get(ps->rs->cat, ps->d->id, ps->d->pages[i], archive_part_name(kind), data,
                            len);
}

/* NAME.pdf, .alto.xml, .hocr that d still lacks, from the stored parts;
 * seg (NULL when only archival files are added to a finished document)
 * gives the PDF's descriptive metadata. Returns 0, or -1 with the reason
 * in err. */
static int write_archive(run_state *rs, doc_state *d, const seg_result *seg, char *err,
                         size_t errlen)
{
    catalog_input_info ci;
    if (catalog_input_state(rs->cat, d->id, &ci) != 0) {
        snprintf(err, errlen, "catalogue: %s", catalog_error(rs->cat));
        return -1;
    }
    unsigned have = d->have;
    if (ci.text_layer_pages > 0)
        have = OUT_TEXT_LAYER;  /* born-digital: the PDF itself is the archive */
    unsigned miss = outputs_missing(rs->wanted, have);
    if (miss) {
        archive_doc_info info = {
            .source = d->item->path, .title = NULL, .software = "sohoa " VNFIX_VERSION,
            .engine = rs->engine_name, .lang = "vi", .created = (long long)time(NULL),
        };
        segstage_doc_info(seg, &info);
        page_src ps = {rs, d};
        unsigned done = archive_write_outputs(d->item->outbase, &info, miss, rs->o->pdfa, d->nsel,
                                              get_part, &ps, err, errlen);
        if (done & ARCHIVE_PDF)
            have = (have & ~(OUT_PDF | OUT_PDFA)) | (rs->o->pdfa ? OUT_PDFA : OUT_PDF);
        if (done & ARCHIVE_ALTO)
            have |= OUT_ALTO;
        if (done & ARCHIVE_HOCR)
            have |= OUT_HOCR;
        if (done != miss && !err[0])
            snprintf(err, errlen, "archival outputs not written");
    }
    char buf[64];
    outputs_format(have, buf, sizeof buf);
    if (catalog_input_set_outputs(rs->cat, d->id, buf) != 0 && !err[0])
        snprintf(err, errlen, "catalogue: %s", catalog_error(rs->cat));
    d->have = have;
    return err[0] ? -1 : 0;
}

/* The document's text (pages separated by form feeds), from the catalogue. */
static char *document_text(run_state *rs, doc_state *d, size_t *len)
{
    sbuf b = {0};
    for (int i = 0; i < d->nsel; i++) {
        const char *text = NULL, *json = NULL;
        if (catalog_page_get(rs->cat, d->id, d->pages[i], &text, &json) != 0) {
            sb_free(&b);
            return NULL;
        }
        if (i)
            sb_putc(&b, '\f');
        if (text)
            sb_puts(&b, text);
    }
    sb_putc(&b, 0);  /* an empty document is still a string */
    char *s = sb_take(&b, len);
    if (s)
        (*len)--;
    return s;
}

static void write_seg_fields(void *user, json_writer *w)
{
    seg_write_fields(user, w);
}

/* The input's row closed with status and why; a full disk is recorded
 * as such once the reserve is given back. */
static void record_finish(run_state *rs, doc_state *d, const char *status, const char *why,
                          double secs)
{
    if (catalog_input_finish(rs->cat, d->id, status, why, secs) == 0)
        return;
    if (catalog_disk_full(rs->cat)) {
        catalogue_full(rs);
        if (catalog_input_finish(rs->cat, d->id, "failed", rs->full, secs) == 0)
            return;
    }
    progress_error(&rs->prog, d->item->path, 0, catalog_error(rs->cat));
}

/* All pages of d are back: write NAME.txt / NAME.json (with the
 * segmentation) and the archival files, and close the row. */
static void finish_doc(run_state *rs, doc_state *d)
{
    const walk_item *it = d->item;
    size_t n = strlen(it->outbase) + 8;
    char *txt = malloc(n), *js = malloc(n);
    char err[1024] = "";
    const char *status = d->failed ? "failed" : "done";
    seg_result *seg = NULL;
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
        if (rs->full[0]) {
            /* No room for outputs: failed, redone by the next run. */
            snprintf(err, sizeof err, "%s", rs->full);
        } else if (d->failed >= d->nsel) {
            /* Not one page read: no outputs, only the reasons. */
            rs->docs_unread++;
        } else if (ensure_parent(txt) != 0) {
            snprintf(err, sizeof err, "cannot create the output folder for %s: %s", txt,
                     strerror(errno));
        } else if (d->archive_only) {
            write_archive(rs, d, NULL, err, sizeof err);
        } else {
            /* Segmentation: the last stage, on the document's text. */
            size_t tlen = 0;
            char *text = document_text(rs, d, &tlen);
            seg = text ? seg_run(rs->seg, text, tlen) : NULL;
            free(text);
            if (seg)
                segstage_apply_corrections(rs->cat, d->id, seg);
            if (!seg) {
                snprintf(err, sizeof err, "segmentation: out of memory or catalogue error");
            } else {
                di.extra_fields = write_seg_fields;
                di.extra_user = seg;
                /* Pages may have been (re)read on this run: every wanted
                 * archival file is written anew. A failed page keeps its
                 * image and an empty text in them, as in NAME.txt. */
                d->have = 0;
                if (output_write_document(txt, js, &di, d->nsel, get_page, &ps, err,
                                          sizeof err) == 0 &&
                    segstage_store(rs->cat, d->id, seg, it->path, err, sizeof err) == 0)
                    write_archive(rs, d, seg, err, sizeof err);
            }
        }
    } else {
        snprintf(err, sizeof err, "out of memory");
    }
    seg_result_free(seg);
    if (says_disk_full(err))
        disk_full(rs, err);
    const char *why = err[0] ? err : d->errors;
    if (err[0])
        status = "failed";
    double secs = progress_now() - d->t0;
    record_finish(rs, d, status, why, secs);
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

/* An input given up before any page: on the screen, in the failure list
 * and in the count of unread documents. detail is what the screen shows
 * of the cause, why what the list and the summary line say. */
static void input_given_up(run_state *rs, const walk_item *it, const char *detail,
                           const char *why)
{
    progress_error(&rs->prog, it->path, 0, detail);
    add_failure(&rs->fail, it->path, why);
    progress_document(&rs->prog, it->path, "failed", 0, 0, NULL, why);
    rs->docs_unread++;
}

/* An input the catalogue has as done with the same pages: the outputs the
 * options ask for and the segmentation may still be missing, and those are
 * made from the catalogue, without OCR. Returns how to go on (CAT_RESUME,
 * or CAT_NEW when the pages must be redone), or -1 when there is nothing
 * to do or it could not be decided. */
static int reopen_done_input(run_state *rs, const walk_item *it, int64_t id, const char *sha,
                             unsigned *have, int *archive_only)
{
    catalog_input_info ci;
    if (catalog_input_state(rs->cat, id, &ci) != 0) {
        input_given_up(rs, it, catalog_error(rs->cat), "catalogue error");
        return -1;
    }
    *have = ci.text_layer_pages ? OUT_TEXT_LAYER : outputs_parse(ci.outputs);
    unsigned miss = outputs_missing(rs->wanted, *have);
    if (!miss && ci.has_segment) {
        progress_skip(&rs->prog, it->path, "already done");
        return -1;
    }
    if (miss && ci.part_pages < ci.pages) {
        /* A catalogue from before the page parts: the pages are redone. */
        if (catalog_input_forget(rs->cat, id, sha, rs->optkey) != 0) {
            progress_error(&rs->prog, it->path, 0, catalog_error(rs->cat));
            return -1;
        }
        *have = 0;
        return CAT_NEW;
    }
    *archive_only = ci.has_segment;
    return CAT_RESUME;
}

/* The doc of an opened input, its selected pages listed, started in the
 * catalogue and put on the run's list; NULL (and in closed) when out of
 * memory. */
static doc_state *start_doc(run_state *rs, const walk_item *it, input_doc *in, int64_t id,
                            const char *sha, int64_t size)
{
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
    memcpy(d->sha, sha, sizeof d->sha);
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
    return d;
}

/* Pages to do: resume skips the pages an earlier run finished. */
static int list_todo(run_state *rs, doc_state *d, int st_cat)
{
    d->todo = malloc((size_t)(d->nsel ? d->nsel : 1) * sizeof *d->todo);
    if (!d->todo)
        return -1;
    for (int j = 0; j < d->nsel; j++) {
        /* A page a person reviewed (sohoa review) is never OCR'd again. */
        if ((st_cat == CAT_RESUME && catalog_page_is_done(rs->cat, d->id, d->pages[j])) ||
            catalog_page_is_reviewed(rs->cat, d->id, d->pages[j]) == 1) {
            rs->prog.pages_known--;
            continue;
        }
        d->todo[d->ntodo++] = d->pages[j];
    }
    return 0;
}

/* Hash, look up and open input i; returns a doc with pages to dispatch,
 * or NULL when it needed no work (skipped, failed, or finished from the
 * catalogue alone). */
static doc_state *open_input(run_state *rs, size_t i)
{
    const walk_item *it = &rs->inputs->items[i];
    char sha[65] = "";
    catalog_pending_take(rs->cat, it->abspath);
    catalog_walk_resolved(rs->cat, it->path);
    struct stat st;
    int64_t size = stat(it->abspath, &st) == 0 ? (int64_t)st.st_size : -1;
    if (sha256_file(it->abspath, sha) != 0) {
        char why[300];
        snprintf(why, sizeof why, "cannot read: %s", strerror(errno));
        catalog_input_failed(rs->cat, it->abspath, it->path, NULL, size, rs->optkey, why, rs->run);
        input_given_up(rs, it, why, why);
        return NULL;
    }
    int64_t id = 0;
    int st_cat = catalog_input_lookup(rs->cat, it->abspath, sha, rs->optkey, &id);
    if (st_cat < 0) {
        input_given_up(rs, it, catalog_error(rs->cat), "catalogue error");
        return NULL;
    }
    unsigned have = 0;
    int archive_only = 0;
    if (st_cat == CAT_DONE) {
        st_cat = reopen_done_input(rs, it, id, sha, &have, &archive_only);
        if (st_cat < 0)
            return NULL;
    }
    char err[512];
    input_doc *in = input_open_named(it->abspath, it->path, err, sizeof err);
    if (!in) {
        catalog_input_failed(rs->cat, it->abspath, it->path, sha, size, rs->optkey, err, rs->run);
        input_given_up(rs, it, err, err);
        return NULL;
    }
    doc_state *d = start_doc(rs, it, in, id, sha, size);
    if (!d)
        return NULL;
    d->have = have;
    d->archive_only = archive_only;
    if (list_todo(rs, d, st_cat) < 0) {
        drop_doc(rs, d);
        progress_error(&rs->prog, it->path, 0, "out of memory");
        return NULL;
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
    if (r->json)
        sb_puts(&w.out, r->json);  /* the worker's, from the whole record */
    else
        page_json(&w, &r->rec);
    double secs = (r->rec.t_decode + r->rec.t_preprocess + r->rec.t_ocr + r->rec.t_repair) / 1000;
    if (!json_ok(&w) ||
        catalog_page_put(rs->cat, d->id, &r->rec, w.out.buf, &r->parts, rs->run) != 0) {
        if (json_ok(&w) && catalog_disk_full(rs->cat)) {
            /* The failure itself is recorded, in the room the reserve leaves. */
            catalogue_full(rs);
            page_record_set_error(&r->rec, "page %d: %s", r->rec.index + 1, rs->full);
            catalog_page_put(rs->cat, d->id, &r->rec, NULL, NULL, rs->run);
        } else {
            progress_error(&rs->prog, d->item->path, r->rec.index + 1,
                           json_ok(&w) ? catalog_error(rs->cat) : "out of memory");
            if (!r->rec.error)
                page_record_set_error(&r->rec, "page %d: not recorded (%s)", r->rec.index + 1,
                                      json_ok(&w) ? catalog_error(rs->cat) : "out of memory");
        }
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

/* A document the full disk stopped before all its pages were back. */
static void fail_unfinished(run_state *rs, doc_state *d)
{
    double secs = progress_now() - d->t0;
    record_finish(rs, d, "failed", rs->full, secs);
    add_failure(&rs->fail, d->item->path, rs->full);
    progress_document(&rs->prog, d->item->path, "failed", d->nsel, secs, NULL, rs->full);
}

/* ---- the run, step by step ------------------------------------------- */

/* One worker process (tesseract instance) and thread per job. Returns how
 * many started; fewer than jobs is fatal (said on stderr). */
static int workers_start(run_state *rs, worker *wk, int jobs, const pageproc_config *pc)
{
    char err[1024];
    int started = 0;
    for (int i = 0; i < jobs; i++) {
        wk[i].sh = &rs->sh;
        wk[i].pp = pageproc_start(pc, err, sizeof err);
        if (!wk[i].pp) {
            fprintf(stderr, "sohoa: %s\n", err);
            break;
        }
        if (pthread_create(&wk[i].th, NULL, worker_main, &wk[i]) != 0) {
            pageproc_stop(wk[i].pp);
            wk[i].pp = NULL;
            fprintf(stderr, "sohoa: cannot start worker threads\n");
            break;
        }
        started++;
    }
    return started;
}

/* Nothing more will be queued: let the workers finish (interrupted: drop
 * the pages queued but not started), join them and free what they left. */
static void workers_stop(run_state *rs, worker *wk, int jobs, int started, int interrupted)
{
    pthread_mutex_lock(&rs->sh.mu);
    rs->sh.stop = 1;
    if (interrupted)
        rs->sh.qlen = 0;
    pthread_cond_broadcast(&rs->sh.work);
    pthread_mutex_unlock(&rs->sh.mu);
    for (int i = 0; i < started; i++)
        pthread_join(wk[i].th, NULL);
    for (int i = 0; i < jobs && wk; i++)
        pageproc_stop(wk[i].pp);
    for (result *r = rs->sh.res_head, *nx; r; r = nx) {
        nx = r->next;
        page_record_clear(&r->rec);
        archive_parts_free(&r->parts);
        free(r->json);
        free(r);
    }
    rs->sh.res_head = rs->sh.res_tail = NULL;
}

/* Ctrl-C: pages queued but not started are left for the next run. */
static void queue_abandon(run_state *rs)
{
    pthread_mutex_lock(&rs->sh.mu);
    for (int k = 0; k < rs->sh.qlen; k++) {
        doc_state *qd = rs->sh.q[(rs->sh.qhead + k) % rs->sh.qcap].doc;
        qd->pending--;
        qd->abandoned = 1;
    }
    rs->sh.qlen = 0;
    pthread_mutex_unlock(&rs->sh.mu);
}

/* Queue cur's pages while the queue has room, opening the next inputs as
 * documents run out of pages. Returns the document being queued (NULL when
 * the inputs are all open or an interrupt came). */
static doc_state *dispatch(run_state *rs, doc_state *cur, size_t *next_input,
                           volatile sig_atomic_t *interrupts)
{
    for (;;) {
        if (cur && cur->next < cur->ntodo) {
            pthread_mutex_lock(&rs->sh.mu);
            int room = rs->sh.qlen < rs->sh.qcap;
            if (room) {
                rs->sh.q[(rs->sh.qhead + rs->sh.qlen) % rs->sh.qcap] =
                    (task){cur, cur->todo[cur->next]};
                rs->sh.qlen++;
                cur->next++;
                cur->pending++;
                pthread_cond_signal(&rs->sh.work);
            }
            pthread_mutex_unlock(&rs->sh.mu);
            if (!room)
                return cur;
            continue;
        }
        if (cur && finished(cur)) {
            finish_doc(rs, cur);
            drop_doc(rs, cur);
        }
        if (*next_input >= rs->inputs->n)
            return NULL;
        cur = open_input(rs, (*next_input)++);
        progress_tick(&rs->prog, 0);
        if (*interrupts > 0 || rs->full[0])
            return cur;
    }
}

/* Wait up to 250 ms for pages to come back (when documents are open) and
 * take every finished one into its document. */
static void collect(run_state *rs)
{
    pthread_mutex_lock(&rs->sh.mu);
    if (!rs->sh.res_head && rs->docs) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_nsec += 250000000;
        if (ts.tv_nsec >= 1000000000) {
            ts.tv_sec++;
            ts.tv_nsec -= 1000000000;
        }
        pthread_cond_timedwait(&rs->sh.done, &rs->sh.mu, &ts);
    }
    result *list = rs->sh.res_head;
    rs->sh.res_head = rs->sh.res_tail = NULL;
    pthread_mutex_unlock(&rs->sh.mu);
    while (list) {
        result *r = list;
        list = r->next;
        take_result(rs, r);
        page_record_clear(&r->rec);
        archive_parts_free(&r->parts);
        free(r->json);
        free(r);
    }
}

/* Write and drop the documents whose pages are all back (cur is left to
 * the dispatcher, which may still queue its pages). */
static void finish_ready(run_state *rs, const doc_state *cur)
{
    for (doc_state *d = rs->docs, *nx; d; d = nx) {
        nx = d->next_doc;
        if (d != cur && finished(d) && !d->abandoned) {
            finish_doc(rs, d);
            drop_doc(rs, d);
        }
    }
}

static int inflight(const run_state *rs)
{
    int n = 0;
    for (const doc_state *d = rs->docs; d; d = d->next_doc)
        n += d->pending;
    return n;
}

/* The exit code (sohoa.1) and the run's status in the catalogue. */
static int run_outcome(const run_state *rs, int fatal, int interrupted, const char **status)
{
    if (fatal) {
        *status = "failed";
        return BATCH_EXIT_NOINPUT;
    }
    if (interrupted) {
        *status = "interrupted";
        return BATCH_EXIT_INTERRUPTED;
    }
    if (rs->full[0]) {
        *status = "failed";
        return BATCH_EXIT_DISKFULL;
    }
    /* 2 only when nothing at all was read: a document with one page read
     * and one failed counts among the failed inputs of exit 3. */
    if (rs->inputs->n == 0 || rs->docs_unread == (int)rs->inputs->n) {
        *status = "failed";
        return BATCH_EXIT_NOINPUT;
    }
    if (rs->prog.docs_failed > 0) {
        *status = "failed";
        return BATCH_EXIT_SOMEFAILED;
    }
    *status = "done";
    return BATCH_EXIT_OK;
}

static void report_failures(run_state *rs)
{
    if (rs->fail.nfailed) {
        fprintf(stderr, "sohoa: %zu input%s failed:\n", rs->fail.nfailed,
                rs->fail.nfailed == 1 ? "" : "s");
        for (size_t i = 0; i < rs->fail.nfailed; i++)
            fprintf(stderr, "  %s\n", rs->fail.failed_inputs[i]);
    }
    for (size_t i = 0; i < rs->fail.nfailed; i++)
        free(rs->fail.failed_inputs[i]);
    free(rs->fail.failed_inputs);
    rs->fail.failed_inputs = NULL;
    rs->fail.nfailed = 0;
}

/* The dispatcher queues pages (a bounded queue keeps memory flat whatever
 * the batch), the workers OCR them, and this loop collects the pages and
 * writes each document when all its pages are back. A Ctrl-C or a full
 * disk stops the queueing; the loop ends when nothing is in flight. */
static void run_pages(run_state *rs, volatile sig_atomic_t *interrupts)
{
    size_t next_input = 0;
    doc_state *cur = NULL;  /* the document whose pages are being queued */
    for (;;) {
        if (*interrupts > 1)
            rs->sh.cancel = 1;
        int stopping = *interrupts > 0 || rs->full[0];
        if (stopping)
            queue_abandon(rs);
        else
            cur = dispatch(rs, cur, &next_input, interrupts);
        collect(rs);
        finish_ready(rs, stopping ? NULL : cur);
        progress_tick(&rs->prog, 0);
        if (stopping) {
            if (!inflight(rs))
                break;  /* nothing in flight any more */
            continue;
        }
        if (!cur && next_input >= rs->inputs->n && !rs->docs)
            break;
    }
}

/* What the folder walk could not read (dangling links, link loops,
 * unreadable folders) are failed inputs: in the catalogue with the reason
 * (cmd_run has printed them already). */
static void record_walk_problems(run_state *rs)
{
    for (size_t i = 0; i < rs->inputs->nproblems; i++) {
        const walk_problem *p = &rs->inputs->problems[i];
        if (catalog_walk_failed(rs->cat, p->abspath, p->path, rs->optkey, p->why, rs->run) != 0)
            progress_error(&rs->prog, p->path, 0, catalog_error(rs->cat));
        add_failure(&rs->fail, p->path, p->why);
        rs->prog.docs_failed++;
    }
}

/* One run per catalogue (runlock.h): BATCH_EXIT_OK with *lock held, or
 * the exit code, said on stderr. A run killed mid-write (kill -9, a crash,
 * power) leaves its outputs' hidden temporaries under outdir; the run that
 * takes over its lock is the one that knows nobody writes there, so it
 * removes them. */
static int take_lock(const char *catalog, const char *outdir, run_lock **lock)
{
    runlock_info who;
    int stale = 0;
    char err[1024];
    int rc = runlock_acquire(catalog, lock, &who, &stale, err, sizeof err);
    if (rc == RUNLOCK_BUSY) {
        fprintf(stderr, "sohoa: a run is in progress on %s: PID %ld on %s, started %s;"
                " wait for it to end (sohoa status shows it)\n", catalog, who.pid,
                who.host[0] ? who.host : "?", who.started[0] ? who.started : "?");
        return BATCH_EXIT_BUSY;
    }
    if (rc != RUNLOCK_OK) {
        fprintf(stderr, "sohoa: %s\n", err);
        return BATCH_EXIT_NOINPUT;
    }
    if (stale) {
        fprintf(stderr, "sohoa: note: the run of PID %ld on %s (started %s) ended without"
                " releasing %s.lock; taking it over\n", who.pid, who.host, who.started, catalog);
        int swept = atomic_sweep(outdir);
        if (swept > 0)
            fprintf(stderr, "sohoa: note: %d unfinished temporary file%s of that run removed\n",
                    swept, swept == 1 ? "" : "s");
    }
    return BATCH_EXIT_OK;
}

static const char *input_abspath(void *user, size_t i)
{
    return ((const walk_list *)user)->items[i].abspath;
}

/* With the lock held: what a dead run left "running" is interrupted, and
 * this run's inputs are pending until each is opened. */
static void start_catalogue(run_state *rs)
{
    int n = catalog_recover(rs->cat, 0);
    if (n > 0)
        fprintf(stderr, "sohoa: note: %d input%s left running by a run that did not end"
                " marked interrupted; they are resumed\n", n, n == 1 ? "" : "s");
    if (n < 0 || catalog_pending_set(rs->cat, rs->inputs->n, input_abspath,
                                     (void *)rs->inputs) != 0)
        fprintf(stderr, "sohoa: catalogue: %s\n", catalog_error(rs->cat));
}

/* With the catalogue open: what the run records about itself and the
 * segmentation stage. Returns 1 when the run cannot go on (said). */
static int run_setup(run_state *rs)
{
    const batch_options *o = rs->o;
    char err[1024];
    start_catalogue(rs);
    reserve_make(rs);
    rs->optkey = batch_options_key(o);
    rs->engine = engine_json(o->ocr.lang);
    rs->wanted = outputs_wanted(o);
    size_t en = strlen(o->ocr.lang) + 64;
    rs->engine_name = malloc(en);
    if (rs->engine_name)
        snprintf(rs->engine_name, en, "tesseract %s %s", ocr_engine_tesseract_version(),
                 o->ocr.lang);
    int fatal = 0;
    rs->seg = seg_create(NULL, err, sizeof err);
    if (!rs->seg) {
        fprintf(stderr, "sohoa: segmentation: %s\n", err);
        fatal = 1;
    }
    rs->run = catalog_run_begin(rs->cat, o->command, rs->optkey, o->jobs, (int)rs->inputs->n);
    record_walk_problems(rs);
    return fatal;
}

/* The page queue between the dispatcher and the worker threads. */
static int queue_init(run_state *rs, int jobs)
{
    rs->sh.o = rs->o;
    rs->sh.qcap = 2 * jobs;
    rs->sh.q = calloc((size_t)rs->sh.qcap, sizeof *rs->sh.q);
    pthread_mutex_init(&rs->sh.mu, NULL);
    pthread_cond_init(&rs->sh.work, NULL);
    pthread_cond_init(&rs->sh.done, NULL);
    return rs->sh.q ? 0 : -1;
}

static void queue_free(run_state *rs)
{
    free(rs->sh.q);
    pthread_mutex_destroy(&rs->sh.mu);
    pthread_cond_destroy(&rs->sh.work);
    pthread_cond_destroy(&rs->sh.done);
}

/* The workers started (one process and thread per job), the pages read,
 * the workers stopped, and what an interrupt or a full disk left open
 * closed. Returns 1 when the workers could not start (said). */
static int read_pages(run_state *rs, volatile sig_atomic_t *interrupts)
{
    const batch_options *o = rs->o;
    /* Each worker process opens the language model (mapped: its pages are
     * shared) and says so when it cannot. */
    pageproc_config pc = {.input = o->input, .ocr = o->ocr, .restore = !o->no_restore};
    pc.ocr.max_pixels = o->input.max_pixels;
    int jobs = o->jobs > 0 ? o->jobs : 1, started = 0, fatal = 0;
    int queued = queue_init(rs, jobs) == 0;  /* freed by queue_free either way */
    worker *wk = calloc((size_t)jobs, sizeof *wk);
    if (!wk || !queued) {
        fprintf(stderr, "sohoa: out of memory\n");
        fatal = 1;
    }
    if (!fatal && (started = workers_start(rs, wk, jobs, &pc)) < jobs)
        fatal = 1;
    if (!fatal) {
        progress_start(&rs->prog, jobs, o->outdir);
        run_pages(rs, interrupts);
    }
    workers_stop(rs, wk, jobs, started, *interrupts > 0);
    while (rs->docs) {  /* interrupted: resumed next time; disk full: failed, redone */
        if (rs->full[0])
            fail_unfinished(rs, rs->docs);
        drop_doc(rs, rs->docs);
    }
    if (*interrupts > 0)
        catalog_recover(rs->cat, rs->run);
    free(wk);
    queue_free(rs);
    return fatal;
}

/* The run's row closed, the batch-wide tables written, the end said.
 * Returns the exit code. */
static int run_finish(run_state *rs, int fatal, int interrupted)
{
    const batch_options *o = rs->o;
    char err[1024];
    const char *status;
    int code = run_outcome(rs, fatal, interrupted, &status);
    catalog_run_totals t = {rs->prog.docs_done, rs->prog.docs_skipped, rs->prog.docs_failed,
                            rs->prog.pages_done, rs->prog.pages_failed,
                            progress_now() - rs->prog.t0, status};
    if (rs->run > 0)
        catalog_run_end(rs->cat, rs->run, &t);
    /* The batch-wide tables cover every done input, this run's or not
     * (after a full disk the next run writes them). */
    if (!fatal && !rs->full[0] &&
        segstage_write_csv(rs->cat, o->outdir, o->csv_bom, err, sizeof err) != 0) {
        fprintf(stderr, "sohoa: %s\n", err);
        if (code == BATCH_EXIT_OK)
            code = BATCH_EXIT_SOMEFAILED;
    }
    if (!fatal)
        progress_end(&rs->prog, status);
    report_failures(rs);
    if (interrupted)
        fprintf(stderr, "sohoa: interrupted; finished pages are saved, run the same command again to continue\n");
    return code;
}

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
    run_lock *lock = NULL;
    int code = take_lock(o->catalog ? o->catalog : catpath, o->outdir, &lock);
    if (code != BATCH_EXIT_OK)
        return code;
    rs.cat = catalog_open(o->catalog ? o->catalog : catpath, err, sizeof err);
    if (!rs.cat) {
        fprintf(stderr, "sohoa: catalogue: %s\n", err);
        runlock_release(lock);
        return BATCH_EXIT_NOINPUT;
    }
    rs.catpath = o->catalog ? o->catalog : catpath;

    int fatal = run_setup(&rs);
    if (!fatal)
        fatal = read_pages(&rs, interrupts);
    code = run_finish(&rs, fatal, *interrupts > 0);

    reserve_drop(&rs);  /* before the close: its checkpoint may need the room */
    catalog_close(rs.cat);
    runlock_release(lock);
    seg_destroy(rs.seg);
    free(rs.optkey);
    free(rs.engine);
    free(rs.engine_name);
    return code;
}
