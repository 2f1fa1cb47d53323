/* Rewriting a corrected document from the catalogue (see rewrite.h). */
#include "batch/rewrite.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "archive/archive.h"
#include "batch/segstage.h"
#include "common/sbuf.h"
#include "output/record.h"
#include "vnfix.h"

typedef struct {
    catalog *cat;
    int64_t id;
    int *pages;
    int n;
} doc_src;

static int get_page(void *user, int i, const char **text, const char **json)
{
    doc_src *d = user;
    return catalog_page_get(d->cat, d->id, d->pages[i], text, json);
}

static int get_part(void *user, int kind, int i, const char **data, size_t *len)
{
    doc_src *d = user;
    return catalog_part_get(d->cat, d->id, d->pages[i], archive_part_name(kind), data, len);
}

static char *document_text(doc_src *d, size_t *len)
{
    sbuf b = {0};
    for (int i = 0; i < d->n; i++) {
        const char *text = NULL, *json = NULL;
        if (get_page(d, i, &text, &json) != 0) {
            sb_free(&b);
            return NULL;
        }
        if (i)
            sb_putc(&b, '\f');
        if (text)
            sb_puts(&b, text);
    }
    sb_putc(&b, 0);
    char *s = sb_take(&b, len);
    if (s)
        (*len)--;
    return s;
}

/* Is word one of the space-separated words of list? */
static int has_word(const char *list, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = list; p && *p;) {
        size_t k = strcspn(p, " ");
        if (k == n && !strncmp(p, word, n))
            return 1;
        p += k + (p[k] == ' ');
    }
    return 0;
}

static void write_seg_fields(void *user, json_writer *w) { seg_write_fields(user, w); }

/* The engine as the document's NAME.json named it (the catalogue does not
 * keep it): read back from the file being replaced. */
static char *old_engine(catalog *cat, const char *json_path)
{
    char *all = sb_read_file(json_path, NULL);
    char *engine = all ? catalog_json_get(cat, all, "$.engine") : NULL;
    free(all);
    return engine;
}

/* NAME.pdf, .alto.xml, .hocr: the kinds input already has. */
static int rewrite_archive(catalog *cat, const catalog_input_row *r, const char *outbase,
                           const char *engine, const seg_result *sr, doc_src *d, char *err,
                           size_t errlen)
{
    unsigned kinds = 0;
    if (has_word(r->outputs, "pdf") || has_word(r->outputs, "pdfa"))
        kinds |= ARCHIVE_PDF;
    if (has_word(r->outputs, "alto"))
        kinds |= ARCHIVE_ALTO;
    if (has_word(r->outputs, "hocr"))
        kinds |= ARCHIVE_HOCR;
    if (!kinds)
        return 0;
    char *tess = catalog_json_get(cat, engine, "$.tesseract");
    char *lang = catalog_json_get(cat, engine, "$.lang");
    char name[256];
    snprintf(name, sizeof name, "tesseract %s %s", tess ? tess : "?", lang ? lang : "vie");
    free(tess);
    free(lang);
    archive_doc_info info = {
        .source = r->given, .title = NULL, .software = "sohoa " VNFIX_VERSION,
        .engine = name, .lang = "vi", .created = (long long)time(NULL),
    };
    segstage_doc_info(sr, &info);
    unsigned done = archive_write_outputs(outbase, &info, kinds, has_word(r->outputs, "pdfa"),
                                          d->n, get_part, d, err, errlen);
    return done == kinds ? 0 : -1;
}

static int rewrite_texts(catalog *cat, seg_ctx *seg, const catalog_input_row *r,
                         const char *outbase, doc_src *d, char *err, size_t errlen)
{
    size_t n = strlen(outbase) + 8, tlen = 0;
    char txt[n], js[n];
    snprintf(txt, n, "%s.txt", outbase);
    snprintf(js, n, "%s.json", outbase);
    char *engine = old_engine(cat, js);
    char *text = document_text(d, &tlen);
    seg_result *sr = text ? seg_run(seg, text, tlen) : NULL;
    free(text);
    if (sr && segstage_apply_corrections(cat, d->id, sr) != 0) {
        seg_result_free(sr);
        sr = NULL;
    }
    int rc = -1;
    if (!sr) {
        snprintf(err, errlen, "segmentation: out of memory or catalogue error");
    } else {
        doc_info di = {
            .source = r->given, .abspath = r->path, .sha256 = r->sha256, .size = r->size,
            .format = r->format, .pages_total = r->pages_total, .status = r->status,
            .error = r->error, .seconds = r->seconds, .engine_json = engine,
            .options_json = r->options, .extra_fields = write_seg_fields, .extra_user = sr,
        };
        rc = output_write_document(txt, js, &di, d->n, get_page, d, err, errlen) == 0 &&
             segstage_store(cat, d->id, sr, r->given, err, errlen) == 0 &&
             rewrite_archive(cat, r, outbase, engine, sr, d, err, errlen) == 0 ? 0 : -1;
    }
    seg_result_free(sr);
    free(engine);
    return rc;
}

/* Did the batch write its CSV files with a byte order mark? Keep it so. */
static int csv_has_bom(const char *outdir)
{
    size_t n = strlen(outdir) + 16;
    char path[n];
    snprintf(path, n, "%s/targets.csv", outdir);
    FILE *f = fopen(path, "rb");
    unsigned char b[3] = {0, 0, 0};
    int bom = f && fread(b, 1, 3, f) == 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF;
    if (f)
        fclose(f);
    return bom;
}

/* Is tail (a path inside outdir) where NAME.txt is? pass 0: NAME.txt or
 * NAME.json is there; pass 1 (both gone): at least its folder is. */
static int tail_fits(const char *cand, int pass)
{
    if (pass == 0) {
        size_t n = strlen(cand);
        char json[n + 2];
        snprintf(json, sizeof json, "%.*s.json", (int)(n - 4), cand);
        return access(cand, F_OK) == 0 || access(json, F_OK) == 0;
    }
    char dir[strlen(cand) + 1];
    strcpy(dir, cand);
    char *slash = strrchr(dir, '/');
    if (slash)
        *slash = 0;
    return access(dir, F_OK) == 0;
}

/* The catalogue has NAME.txt's path as `sohoa run` built it from its own
 * -o (relative to where it ran), so the longest tail of it found under
 * outdir is taken. No tail with a ".." step is tried. */
char *batch_outbase(const char *outdir, const char *out_txt)
{
    for (int pass = 0; pass < 2; pass++) {
        for (const char *p = out_txt; p && *p; p = strchr(p, '/') ? strchr(p, '/') + 1 : NULL) {
            if (*p == '/' || !strcmp(p, "..") || !strncmp(p, "../", 3) || strstr(p, "/../") ||
                (strlen(p) >= 3 && !strcmp(p + strlen(p) - 3, "/..")))
                continue;
            size_t n = strlen(outdir) + strlen(p) + 2;
            char *cand = malloc(n);
            if (!cand)
                return NULL;
            snprintf(cand, n, "%s/%s", outdir, p);
            if (tail_fits(cand, pass)) {
                cand[strlen(cand) - 4] = 0;
                return cand;
            }
            free(cand);
        }
    }
    return NULL;
}

int batch_rewrite_input(catalog *cat, seg_ctx *seg, const char *outdir, int64_t id, char *err,
                        size_t errlen)
{
    err[0] = 0;
    catalog_input_row r;
    if (catalog_input_row_get(cat, id, &r) != 0) {
        snprintf(err, errlen, "input %lld: not in the catalogue", (long long)id);
        return -1;
    }
    doc_src d = {cat, id, NULL, 0};
    size_t bl = strlen(r.out_txt);
    char *outbase = bl > 4 && !strcmp(r.out_txt + bl - 4, ".txt") ? batch_outbase(outdir, r.out_txt)
                                                                  : NULL;
    int rc = -1;
    if (!outbase) {
        snprintf(err, errlen, "%s: its NAME.txt is not under %s", r.given, outdir);
    } else if (catalog_input_pages(cat, id, &d.pages, &d.n) != 0) {
        snprintf(err, errlen, "catalogue: %s", catalog_error(cat));
    } else {
        rc = rewrite_texts(cat, seg, &r, outbase, &d, err, errlen);
        if (rc == 0)
            rc = segstage_write_csv(cat, outdir, csv_has_bom(outdir), err, errlen);
        if (rc == 0 && catalog_rewrite_done(cat, id) != 0) {
            snprintf(err, errlen, "catalogue: %s", catalog_error(cat));
            rc = -1;
        }
    }
    free(d.pages);
    free(outbase);
    catalog_input_row_free(&r);
    return rc;
}
