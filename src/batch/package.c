/*
 * package.c: one archival package per finished document (see package.h).
 *
 * Everything a package says comes from what the batch already recorded: the
 * catalogue (input path and SHA-256, pages, each page's ALTO part, the
 * repairs, the segmentation) and the document's output files. Nothing is
 * OCR'd again, so packaging costs file copies and hashing only.
 */
#define _XOPEN_SOURCE 700   /* nftw */
#include <errno.h>
#include <ftw.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "archive/alto.h"
#include "archive/mets.h"
#include "batch/catalog.h"
#include "batch/package.h"
#include "batch/rewrite.h"
#include "common/atomicfile.h"
#include "common/sbuf.h"
#include "common/sha256.h"
#include "common/tar.h"
#include "vnfix.h"

#define SOFTWARE "sohoa " VNFIX_VERSION

/* ---- strings owned by one package ------------------------------------- */

/* Every string a package's METS points at, freed together at the end. */
typedef struct {
    char **s;
    size_t n, cap;
    int failed;
} pool;

static const char *keep(pool *p, const char *s)
{
    if (!s)
        return NULL;
    if (p->n == p->cap) {
        size_t cap = p->cap ? 2 * p->cap : 64;
        char **t = realloc(p->s, cap * sizeof *t);
        if (!t) {
            p->failed = 1;
            return NULL;
        }
        p->s = t;
        p->cap = cap;
    }
    char *c = strdup(s);
    if (!c)
        p->failed = 1;
    else
        p->s[p->n++] = c;
    return c;
}

static const char *keepf(pool *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static const char *keepf(pool *p, const char *fmt, ...)
{
    char buf[8192];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return keep(p, buf);
}

static void pool_free(pool *p)
{
    for (size_t i = 0; i < p->n; i++)
        free(p->s[i]);
    free(p->s);
}

/* Grow *arr (of *n elements of size sz) by one zeroed element. */
static void *push(void *arr, size_t *n, size_t sz, int *failed)
{
    void *e = mem_append(arr, n, sz);
    if (!e)
        *failed = 1;
    return e;
}

/* ---- files ------------------------------------------------------------ */

static int unlink_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path) == 0 || errno == ENOENT ? 0 : -1;
}

/* Remove a folder this code made (a package or its staging copy). */
static int remove_tree(const char *path)
{
    struct stat st;
    if (lstat(path, &st) != 0)
        return errno == ENOENT ? 0 : -1;
    return nftw(path, unlink_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static int copy_file(const char *from, const char *to)
{
    FILE *in = fopen(from, "rb");
    if (!in)
        return -1;
    atomic_file af;
    if (atomic_open(&af, to) != 0) {
        fclose(in);
        return -1;
    }
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        fwrite(buf, 1, n, af.fp);
    int bad = ferror(in);
    fclose(in);
    if (bad) {
        atomic_abort(&af);
        errno = EIO;
        return -1;
    }
    return atomic_commit(&af);
}

/* A hard link where the file system allows one (the master of a large
 * scan is not stored twice), else a copy. Neither ever writes to `from`. */
static int place_file(const char *from, const char *to, int copy)
{
    if (!copy && link(from, to) == 0)
        return 0;
    return copy_file(from, to);
}

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

static const char *mime_of(const char *path)
{
    static const char *const map[][2] = {
        {".tif", "image/tiff"}, {".tiff", "image/tiff"}, {".png", "image/png"},
        {".jpg", "image/jpeg"}, {".jpeg", "image/jpeg"}, {".jp2", "image/jp2"},
        {".pdf", "application/pdf"}, {".xml", "application/xml"},
        {".txt", "text/plain; charset=utf-8"}, {".json", "application/json"},
    };
    const char *dot = strrchr(base_name(path), '.');
    for (size_t i = 0; dot && i < sizeof map / sizeof map[0]; i++)
        if (!strcasecmp(dot, map[i][0]))
            return map[i][1];
    return "application/octet-stream";
}

/* ---- one package ------------------------------------------------------ */

/* The catalogue row of a done input (catalog_done_inputs' columns). */
enum { C_ID, C_PATH, C_GIVEN, C_SHA, C_SIZE, C_FORMAT, C_TXT, C_JSON, C_OUTPUTS, C_OPTIONS,
       C_STARTED, C_FINISHED, C_COMMAND, C_SEGMENT, C_COUNT };

typedef struct {
    char *col[C_COUNT];
} doc_row;

typedef struct {
    const package_options *o;
    catalog *cat;
    const doc_row *doc;
    int64_t id;
    char *outbase;          /* OUTDIR/.../NAME */
    const char *name;       /* NAME */
    char *stage;            /* OUTBASE.package.tmp */
    pool str;
    mets_file *files;
    size_t nfiles;
    mets_page *pages;
    size_t npages;
    mets_div *divs;
    size_t ndivs;
    mets_event *events;
    size_t nevents;
    mets_field *dc, *ead;
    size_t ndc, nead;
    char mets_sha256[65];   /* of METS.xml, for packages.csv */
    int failed;             /* out of memory */
    char *err;
    size_t errlen;
} pkg;

/* Put `from` in the package as `rel` and record it in the file section. */
static int add_file(pkg *p, const char *from, const char *rel, const char *id, const char *use,
                    int copy)
{
    char to[8192];
    snprintf(to, sizeof to, "%s/%s", p->stage, rel);
    if (from && place_file(from, to, copy) != 0) {
        snprintf(p->err, p->errlen, "%s: %s", from, strerror(errno));
        return -1;
    }
    mets_file *f = push(&p->files, &p->nfiles, sizeof *f, &p->failed);
    struct stat st;
    if (!f || stat(to, &st) != 0 || sha256_file(to, f->sha256) != 0) {
        snprintf(p->err, p->errlen, "%s: %s", to, f ? strerror(errno) : "out of memory");
        return -1;
    }
    f->id = keep(&p->str, id);
    f->use = use;
    f->href = keep(&p->str, rel);
    f->mime = mime_of(rel);
    f->size = (long long)st.st_size;
    return 0;
}

/* The master: the input as it was read, proven by its SHA-256 in the
 * catalogue (an input edited since would make the package lie). */
static int add_master(pkg *p)
{
    const char *path = p->doc->col[C_PATH];
    char rel[4096];
    snprintf(rel, sizeof rel, "master/%s", base_name(path));
    if (add_file(p, path, rel, "MASTER", "MASTER", p->o->copy) != 0)
        return -1;
    const char *want = p->doc->col[C_SHA];
    if (want && strcmp(p->files[p->nfiles - 1].sha256, want)) {
        snprintf(p->err, p->errlen, "%s: changed since it was read (SHA-256 %.12s..., catalogue %.12s...)",
                 path, p->files[p->nfiles - 1].sha256, want);
        return -1;
    }
    return 0;
}

/* NAME.pdf (when the run wrote one), NAME.txt and NAME.json. */
static int add_outputs(pkg *p)
{
    static const char *const kinds[][3] = {
        {".pdf", "PDF", "PDF"}, {".txt", "TEXT", "TEXT"}, {".json", "RECORD", "RECORD"}};
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        char from[8192], rel[4096];
        snprintf(from, sizeof from, "%s%s", p->outbase, kinds[i][0]);
        snprintf(rel, sizeof rel, "%s%s", p->name, kinds[i][0]);
        if (i == 0 && access(from, R_OK) != 0)
            continue;   /* born-digital PDF, or --no-pdf: the master is the PDF */
        if (add_file(p, from, rel, kinds[i][1], kinds[i][2], 1) != 0)
            return -1;
    }
    return 0;
}

typedef struct {
    const char *data;
    size_t len;
} one_part;

static int get_one(void *user, int i, const char **data, size_t *len)
{
    one_part *op = user;
    (void)i;
    *data = op->data;
    *len = op->len;
    return 0;
}

/* A page row: its ALTO file from the stored part, and its place in the
 * physical map. */
static int add_page(void *user, const char *const *col)
{
    pkg *p = user;
    int page = atoi(col[0]);
    mets_page *mp = push(&p->pages, &p->npages, sizeof *mp, &p->failed);
    if (!mp)
        return 1;
    mp->order = (int)p->npages;
    mp->source_page = page;
    mp->width = col[2] ? atoi(col[2]) : 0;
    mp->height = col[3] ? atoi(col[3]) : 0;
    return 0;
}

static int write_altos(pkg *p)
{
    archive_doc_info info = {.source = p->doc->col[C_GIVEN], .software = SOFTWARE, .lang = "vi",
                             .created = (long long)time(NULL)};
    for (size_t i = 0; i < p->npages; i++) {
        mets_page *mp = &p->pages[i];
        one_part op;
        if (catalog_part_get(p->cat, p->id, mp->source_page - 1, "alto", &op.data, &op.len) != 0)
            return -1;
        if (!op.data)
            continue;   /* a page without an image (text layer) or a failed one */
        char rel[4096], to[8192], id[32];
        snprintf(rel, sizeof rel, "alto/%s.p%04d.alto.xml", p->name, mp->order);
        snprintf(to, sizeof to, "%s/%s", p->stage, rel);
        snprintf(id, sizeof id, "ALTO_%04d", mp->order);
        if (alto_write(to, &info, 1, get_one, &op, p->err, p->errlen) != 0 ||
            add_file(p, NULL, rel, id, "ALTO", 0) != 0)
            return -1;
        mp->alto_id = p->files[p->nfiles - 1].id;
    }
    return 0;
}

/* Where catalog_doc_fields' rows go. */
typedef struct {
    pkg *p;
    mets_field **list;
    size_t *n;
} field_sink;

static int add_field(void *user, const char *const *col)
{
    field_sink *k = user;
    mets_field *f = push(k->list, k->n, sizeof *f, &k->p->failed);
    if (f) {
        f->name = keep(&k->p->str, col[0]);
        f->value = keep(&k->p->str, col[1]);
    }
    return f ? 0 : 1;
}

static const char *field(const mets_field *f, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(f[i].name, name))
            return f[i].value;
    return NULL;
}

/* Dublin Core from the header the segmentation read, the EAD_doc fields
 * as it exported them. */
static int add_descriptive(pkg *p)
{
    mets_field *meta = NULL;
    size_t nmeta = 0;
    field_sink sink = {p, &meta, &nmeta};
    if (catalog_doc_fields(p->cat, p->id, "$.metadata", add_field, &sink) != 0) {
        free(meta);
        return -1;
    }
    static const char *const map[][2] = {
        {"title", "title"}, {"creator", "issuer_full"}, {"date", "date"},
        {"identifier", "number"}, {"type", "doc_type"}};
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++) {
        const char *v = field(meta, nmeta, map[i][1]);
        mets_field *f = v ? push(&p->dc, &p->ndc, sizeof *f, &p->failed) : NULL;
        if (f) {
            f->name = map[i][0];
            f->value = v;
        }
    }
    free(meta);
    mets_field *lang = push(&p->dc, &p->ndc, sizeof *lang, &p->failed);
    if (lang) {
        lang->name = "language";
        lang->value = "vi";
    }
    mets_field *src = push(&p->dc, &p->ndc, sizeof *src, &p->failed);
    if (src) {
        src->name = "source";
        src->value = keep(&p->str, p->doc->col[C_GIVEN]);
    }
    field_sink ead = {p, &p->ead, &p->nead};
    if (catalog_doc_fields(p->cat, p->id, "$.archival", add_field, &ead) != 0)
        return -1;
    return p->failed ? -1 : 0;
}

static int add_section(void *user, const char *const *col)
{
    pkg *p = user;
    mets_div *d = push(&p->divs, &p->ndivs, sizeof *d, &p->failed);
    if (!d)
        return 1;
    d->type = "section";
    d->label = col[1] ? keepf(&p->str, "%s %s", col[0] ? col[0] : "", col[1]) : keep(&p->str, col[0]);
    d->page = col[2] ? atoi(col[2]) : 0;
    return 0;
}

/* Header, top-level sections, signature block: the parts of Decree 30. */
static int add_logical(pkg *p)
{
    mets_div *h = push(&p->divs, &p->ndivs, sizeof *h, &p->failed);
    if (h) {
        h->type = "header";
        h->page = 1;
    }
    if (catalog_doc_sections(p->cat, p->id, add_section, p) != 0)
        return -1;
    mets_div *s = push(&p->divs, &p->ndivs, sizeof *s, &p->failed);
    if (s) {
        s->type = "signature";
        s->page = (int)p->npages;
    }
    return p->failed ? -1 : 0;
}

/* ---- processing history ----------------------------------------------- */

typedef struct {
    pkg *p;
    const char *stage;
    sbuf note;
    int count;
} repair_walk;

static int add_repair(void *user, const char *const *col)
{
    repair_walk *w = user;
    if (!col[1] || strcmp(col[1], w->stage))
        return 0;
    sb_printf(&w->note, "%sp%s: %s -> %s", w->count ? "\n" : "", col[0], col[2] ? col[2] : "",
              col[3] ? col[3] : "");
    w->count++;
    return 0;
}

static mets_event *add_event(pkg *p, const char *type, const char *when, const char *detail,
                             const char *agent)
{
    mets_event *e = push(&p->events, &p->nevents, sizeof *e, &p->failed);
    if (e) {
        e->type = type;
        e->when = when;
        e->detail = detail;
        e->outcome = "success";
        e->agent = agent;
    }
    return e;
}

/* One event per kind of repair, each listing every word it changed. */
static int add_repair_events(pkg *p, const char *when)
{
    static const char *const stages[][2] = {
        {"vnfix", "legacy encoding and Unicode repair of the OCR text (vnfix)"},
        {"restore", "diacritic repair of the OCR text (language model)"},
    };
    for (size_t i = 0; i < sizeof stages / sizeof stages[0]; i++) {
        repair_walk w = {p, stages[i][0], {0}, 0};
        if (catalog_doc_repairs(p->cat, p->id, add_repair, &w) != 0) {
            sb_free(&w.note);
            return -1;
        }
        if (w.count) {
            mets_event *e = add_event(p, "normalization", when,
                                      keepf(&p->str, "%s: %d word%s", stages[i][1], w.count,
                                            w.count == 1 ? "" : "s"),
                                      SOFTWARE);
            if (e)
                e->outcome_note = keep(&p->str, w.note.buf);
        }
        sb_free(&w.note);
    }
    return p->failed ? -1 : 0;
}

/* A correction made by a person in sohoa review: who, when, what. */
static int add_correction(void *user, const char *const *col)
{
    pkg *p = user;
    const char *kind = col[1] ? col[1] : "word";
    int meta = !strcmp(kind, "metadata");
    const char *what = meta ? keepf(&p->str, "correction of the metadata field %s: \"%s\" -> \"%s\"",
                                    col[7] ? col[7] : "?", col[3] ? col[3] : "", col[4] ? col[4] : "")
                            : keepf(&p->str, "correction of a %s on page %s: \"%s\" -> \"%s\"", kind,
                                    col[0] ? col[0] : "?", col[3] ? col[3] : "", col[4] ? col[4] : "");
    mets_event *e = add_event(p, meta ? "metadata modification" : "modification",
                              keep(&p->str, col[5]), what,
                              keepf(&p->str, "%s (sohoa review)", col[6] ? col[6] : "unnamed reviewer"));
    return e ? 0 : 1;
}

static int add_history(pkg *p, const char *now)
{
    const doc_row *d = p->doc;
    char json_path[8192];
    snprintf(json_path, sizeof json_path, "%s.json", p->outbase);
    char *json = sb_read_file(json_path, NULL);
    char *engine = catalog_json_get(p->cat, json, "$.engine");
    free(json);
    const char *started = d->col[C_STARTED], *finished = d->col[C_FINISHED];
    mets_event *e = add_event(p, "message digest calculation", started,
                              "SHA-256 of the input file as sohoa run read it", SOFTWARE);
    if (e)
        e->outcome_note = keep(&p->str, d->col[C_SHA]);
    int text_layer = d->col[C_OUTPUTS] && strstr(d->col[C_OUTPUTS], "text-layer");
    add_event(p, "creation", finished,
              text_layer ? keepf(&p->str, "text read from the PDF's own text layer; options %s",
                                 d->col[C_OPTIONS] ? d->col[C_OPTIONS] : "{}")
                         : keepf(&p->str, "OCR (engine %s); reading order, searchable PDF/A-2b, "
                                          "ALTO; options %s", engine ? engine : "unknown",
                                 d->col[C_OPTIONS] ? d->col[C_OPTIONS] : "{}"),
              keepf(&p->str, "%s (%s)", SOFTWARE, d->col[C_COMMAND] ? d->col[C_COMMAND] : "sohoa run"));
    free(engine);
    if (add_repair_events(p, finished) != 0)
        return -1;
    add_event(p, "metadata extraction", finished,
              "segmentation: header metadata, sections, targets and agencies (sohoa segment)",
              SOFTWARE);
    if (catalog_doc_corrections(p->cat, p->id, add_correction, p) != 0)
        return -1;
    add_event(p, "information package creation", now,
              "this package: SHA-256 and size of every file (METS file section)", SOFTWARE);
    return p->failed ? -1 : 0;
}

/* ---- putting it together ---------------------------------------------- */

static int write_mets(pkg *p, const char *now)
{
    const char *title = field(p->dc, p->ndc, "title");
    mets_doc m = {
        .objid = keepf(&p->str, "sha256:%s", p->doc->col[C_SHA] ? p->doc->col[C_SHA] : ""),
        .label = title ? title : p->doc->col[C_GIVEN], .created = now, .software = SOFTWARE,
        .dc = p->dc, .ndc = p->ndc, .ead = p->ead, .nead = p->nead,
        .files = p->files, .nfiles = p->nfiles, .master_id = "MASTER",
        .pages = p->pages, .npages = p->npages, .divs = p->divs, .ndivs = p->ndivs,
        .events = p->events, .nevents = p->nevents,
    };
    for (size_t i = 0; i < p->nfiles; i++)
        if (!strcmp(p->files[i].id, "PDF"))
            m.pdf_id = "PDF";
    size_t len;
    char *xml = mets_xml(&m, &len);
    char path[8192];
    snprintf(path, sizeof path, "%s/METS.xml", p->stage);
    int rc = xml ? atomic_write_file(path, xml, len) : -1;
    if (rc == 0 && sha256_file(path, p->mets_sha256) != 0)
        rc = -1;
    if (rc != 0)
        snprintf(p->err, p->errlen, "%s: %s", path, xml ? strerror(errno) : "out of memory");
    free(xml);
    return rc;
}

/* The staging folder becomes the package: renamed into place (an older
 * package moved aside first and removed after), or written into a tar. */
static int finish_package(pkg *p, char *final, size_t flen)
{
    if (p->o->tar) {
        snprintf(final, flen, "%s.package.tar", p->outbase);
        atomic_file af;
        if (atomic_open(&af, final) != 0)
            goto fail;
        char top[4096];
        snprintf(top, sizeof top, "%s.package", p->name);
        int bad = tar_add_dir(af.fp, top, (long long)time(NULL));
        bad = bad || tar_add_file(af.fp, keepf(&p->str, "%s/METS.xml", top),
                                  keepf(&p->str, "%s/METS.xml", p->stage));
        for (size_t i = 0; !bad && i < p->nfiles; i++)
            bad = tar_add_file(af.fp, keepf(&p->str, "%s/%s", top, p->files[i].href),
                               keepf(&p->str, "%s/%s", p->stage, p->files[i].href));
        if (bad || tar_finish(af.fp) != 0) {
            int e = errno;
            atomic_abort(&af);
            errno = e;
            goto fail;
        }
        if (atomic_commit(&af) != 0)
            goto fail;
        return remove_tree(p->stage);
    }
    snprintf(final, flen, "%s.package", p->outbase);
    char old[8192];
    snprintf(old, sizeof old, "%s.package.old", p->outbase);
    if (remove_tree(old) != 0 || (rename(final, old) != 0 && errno != ENOENT) ||
        rename(p->stage, final) != 0)
        goto fail;
    remove_tree(old);
    return 0;
fail:
    snprintf(p->err, p->errlen, "%s: %s", final, strerror(errno));
    return -1;
}

static int make_stage(pkg *p)
{
    char sub[8192];
    if (remove_tree(p->stage) != 0 || mkdir(p->stage, 0755) != 0)
        goto fail;
    snprintf(sub, sizeof sub, "%s/master", p->stage);
    if (mkdir(sub, 0755) != 0)
        goto fail;
    snprintf(sub, sizeof sub, "%s/alto", p->stage);
    if (mkdir(sub, 0755) != 0)
        goto fail;
    return 0;
fail:
    snprintf(p->err, p->errlen, "%s: %s", p->stage, strerror(errno));
    return -1;
}

/* Package one document; its folder or tar in `final`. 0 or -1 (err). */
static int package_one(pkg *p, char *final, size_t flen)
{
    const char *txt = p->doc->col[C_TXT];
    size_t n = txt ? strlen(txt) : 0;
    if (n < 5 || strcmp(txt + n - 4, ".txt")) {
        snprintf(p->err, p->errlen, "no NAME.txt recorded for this input");
        return -1;
    }
    /* NAME.txt's path is recorded as the run's -o made it, perhaps relative
     * to another folder: found again under OUTDIR. */
    p->outbase = batch_outbase(p->o->outdir, txt);
    if (!p->outbase) {
        snprintf(p->err, p->errlen, "%s: not found under %s", txt, p->o->outdir);
        return -1;
    }
    n = strlen(p->outbase) + 16;
    p->stage = malloc(n);
    if (!p->stage) {
        snprintf(p->err, p->errlen, "out of memory");
        return -1;
    }
    snprintf(p->stage, n, "%s.package.tmp", p->outbase);
    p->name = base_name(p->outbase);
    char now[32];
    time_t t = time(NULL);
    strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", gmtime(&t));
    int rc = make_stage(p);
    rc = rc || add_master(p) || add_outputs(p);
    rc = rc || catalog_doc_pages(p->cat, p->id, add_page, p) != 0 || p->failed;
    rc = rc || write_altos(p) || add_descriptive(p) || add_logical(p) || add_history(p, now);
    rc = rc || p->failed || write_mets(p, now) || finish_package(p, final, flen);
    /* The steps name their own file errors; a catalogue or memory error is
     * named once, here. */
    if (rc && !p->err[0])
        snprintf(p->err, p->errlen, p->failed ? "out of memory" : "catalogue: %s",
                 catalog_error(p->cat));
    if (rc)
        remove_tree(p->stage);
    return rc ? -1 : 0;
}

static void pkg_free(pkg *p)
{
    free(p->outbase);
    free(p->stage);
    free(p->files);
    free(p->pages);
    free(p->divs);
    free(p->events);
    free(p->dc);
    free(p->ead);
    pool_free(&p->str);
}

/* ---- the batch -------------------------------------------------------- */

typedef struct {
    doc_row *rows;
    size_t n;
    int failed;
} row_list;

static int keep_row(void *user, const char *const *col)
{
    row_list *l = user;
    doc_row *r = push(&l->rows, &l->n, sizeof *r, &l->failed);
    for (int i = 0; r && i < C_COUNT; i++)
        if (col[i] && !(r->col[i] = strdup(col[i])))
            l->failed = 1;
    return l->failed;
}

static void csv_field(FILE *f, const char *s, int last)
{
    fputc('"', f);
    for (; s && *s; s++) {
        if (*s == '"')
            fputc('"', f);
        fputc(*s, f);
    }
    fputs(last ? "\"\n" : "\",", f);
}

/* The package's path as the CSV gives it: relative to OUTDIR. */
static const char *relative(const char *outdir, const char *path)
{
    size_t n = strlen(outdir);
    while (n > 1 && outdir[n - 1] == '/')
        n--;
    if (!strncmp(path, outdir, n) && path[n] == '/')
        return path + n + 1;
    return path;
}

static void package_report(FILE *csv, const package_options *o, const pkg *p, const char *final,
                           int ok, package_totals *t)
{
    long long bytes = 0;
    for (size_t i = 0; ok && i < p->nfiles; i++)
        bytes += p->files[i].size;
    char files[32], size[32];
    snprintf(files, sizeof files, "%zu", ok ? p->nfiles + 1 : 0);
    snprintf(size, sizeof size, "%lld", bytes);
    csv_field(csv, p->doc->col[C_GIVEN], 0);
    csv_field(csv, ok ? relative(o->outdir, final) : "", 0);
    csv_field(csv, ok ? "packaged" : "failed", 0);
    csv_field(csv, files, 0);
    csv_field(csv, size, 0);
    csv_field(csv, ok ? p->mets_sha256 : "", 0);
    csv_field(csv, ok ? "" : p->err, 1);
    if (ok) {
        t->made++;
        t->files += (long long)p->nfiles + 1;
        t->bytes += bytes;
    } else {
        t->failed++;
        fprintf(stderr, "sohoa package: %s: %s\n", p->doc->col[C_GIVEN], p->err);
    }
    if (ok && !o->quiet)
        fprintf(stderr, "sohoa package: %s\n", final);
}

int package_batch(const package_options *o, package_totals *t, char *err, size_t errlen)
{
    memset(t, 0, sizeof *t);
    char path[8192];
    snprintf(path, sizeof path, "%s/catalog.sqlite", o->outdir);
    if (access(path, R_OK) != 0) {
        snprintf(err, errlen, "no catalogue at %s", path);
        return 2;
    }
    catalog *cat = catalog_open(path, err, errlen);
    if (!cat)
        return 2;
    row_list rows = {0};
    if (catalog_done_inputs(cat, keep_row, &rows) != 0 || rows.failed) {
        snprintf(err, errlen, "%s: %s", path, rows.failed ? "out of memory" : catalog_error(cat));
        catalog_close(cat);
        return 2;
    }
    snprintf(path, sizeof path, "%s/packages.csv", o->outdir);
    atomic_file af;
    int rc = 0;
    if (atomic_open(&af, path) != 0) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        rc = 2;
    } else {
        fputs("document,package,status,files,bytes,mets_sha256,error\n", af.fp);
        for (size_t i = 0; i < rows.n; i++) {
            char e[2048] = "", final[8192] = "";
            pkg p = {.o = o, .cat = cat, .doc = &rows.rows[i], .err = e, .errlen = sizeof e};
            p.id = strtoll(rows.rows[i].col[C_ID], NULL, 10);
            int ok = package_one(&p, final, sizeof final) == 0;
            package_report(af.fp, o, &p, final, ok, t);
            pkg_free(&p);
        }
        if (atomic_commit(&af) != 0) {
            snprintf(err, errlen, "%s: %s", path, strerror(errno));
            rc = 2;
        }
    }
    for (size_t i = 0; i < rows.n; i++)
        for (int k = 0; k < C_COUNT; k++)
            free(rows.rows[i].col[k]);
    free(rows.rows);
    catalog_close(cat);
    return rc ? rc : t->failed ? 3 : 0;
}
