/* One page through preprocess, OCR and repair. */
#include "ocr/pipeline.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <leptonica/allheaders.h>

#include "ocr/blank.h"
#include "common/sbuf.h"
#include "common/trim.h"
#include "ocr/engine.h"
#include "ocr/fold.h"
#include "ocr/layout.h"
#include "ocr/pixhold.h"
#include "ocr/preprocess.h"
#include "ocr/restore_page.h"
#include "ocr/seal.h"
#include "ocr/signer.h"
#include "vnfix.h"

struct ocr_worker {
    ocr_options opt;
    ocr_engine *eng;
    vnfix_ctx *vn;
};

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

ocr_worker *ocr_worker_create(const ocr_options *o, char *err, size_t errlen)
{
    ocr_worker *w = calloc(1, sizeof *w);
    if (!w) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    w->opt = *o;
    w->eng = ocr_engine_create(o->lang, (o->preprocess & PRE_ORIENT) != 0, err, errlen);
    w->vn = vnfix_create(NULL);
    if (!w->eng || !w->vn) {
        if (w->eng && !w->vn)
            snprintf(err, errlen, "cannot create the vnfix context");
        ocr_worker_destroy(w);
        return NULL;
    }
    return w;
}

void ocr_worker_destroy(ocr_worker *w)
{
    if (!w)
        return;
    ocr_engine_destroy(w->eng);
    if (w->vn)
        vnfix_destroy(w->vn);
    free(w);
}

char *ocr_repair_text(ocr_worker *w, const char *text, size_t len, size_t *outlen)
{
    char *out = NULL;
    size_t n = 0;
    if (vnfix_buffer(w->vn, text, len, &out, &n) != VNFIX_OK)
        return NULL;
    /* vnfix_free owns its buffers; hand the caller a plain malloc'd copy. */
    char *copy = malloc(n + 1);
    if (copy) {
        memcpy(copy, out, n);
        copy[n] = 0;
    }
    vnfix_free(out);
    if (outlen)
        *outlen = n;
    return copy;
}

static void add_repair(page_record *rec, const char *stage, int word, const char *from,
                       const char *to)
{
    ocr_repair *r = realloc(rec->repairs, (rec->nrepairs + 1) * sizeof *r);
    if (!r)
        return;
    rec->repairs = r;
    r[rec->nrepairs].stage = strdup(stage);
    r[rec->nrepairs].word = word;
    r[rec->nrepairs].from = strdup(from);
    r[rec->nrepairs].to = strdup(to);
    rec->nrepairs++;
}

/* Drop trailing whitespace and blank-line runs tesseract leaves. */
static void tidy(char *s, size_t *len)
{
    size_t n = *len;
    while (n && (s[n - 1] == '\n' || s[n - 1] == ' ' || s[n - 1] == '\f' || s[n - 1] == '\r'))
        n--;
    s[n] = 0;
    *len = n;
}

static void repair_words(ocr_worker *w, page_record *rec)
{
    for (size_t i = 0; i < rec->nwords; i++) {
        ocr_word *wd = &rec->words[i];
        size_t n;
        char *fixed = ocr_repair_text(w, wd->text, strlen(wd->text), &n);
        if (fixed && strcmp(fixed, wd->text)) {
            add_repair(rec, "vnfix", (int)i, wd->text, fixed);
            if (wd->raw)
                free(wd->text);   /* raw already holds tesseract's (fillin.c) */
            else
                wd->raw = wd->text;
            wd->text = fixed;
        } else {
            free(fixed);
        }
    }
}

/* What vnfix changed in a text layer, line by line (it keeps line breaks),
 * so the record shows every repaired line. */
static void layer_repairs(page_record *rec, const char *from, const char *to)
{
    const char *a = from, *b = to;
    size_t n = 0;
    while (*a && *b && n < 500) {
        size_t la = strcspn(a, "\n"), lb = strcspn(b, "\n");
        if (la != lb || memcmp(a, b, la)) {
            char *x = strndup(a, la), *y = strndup(b, lb);
            if (x && y)
                add_repair(rec, "vnfix", -1, x, y);
            free(x);
            free(y);
            n++;
        }
        a += la + (a[la] == '\n');
        b += lb + (b[lb] == '\n');
    }
}

static void use_layer(ocr_worker *w, const input_page *pg, page_record *rec)
{
    size_t n = 0;
    rec->source = PAGE_SRC_TEXT_LAYER;
    rec->width = (int)lround(pg->page_w);
    rec->height = (int)lround(pg->page_h);
    rec->dpi = 72;
    rec->dpi_from = DPI_RENDERED;
    double t0 = now_ms();
    rec->text = ocr_repair_text(w, pg->layer_text, strlen(pg->layer_text), &n);
    rec->t_repair = now_ms() - t0;
    if (!rec->text) {
        page_record_set_error(rec, "text repair failed");
        return;
    }
    if (strcmp(rec->text, pg->layer_text))
        layer_repairs(rec, pg->layer_text, rec->text);
    rec->text_len = n;
    tidy(rec->text, &rec->text_len);
    rec->ok = 1;
}

/* The record takes a copy of what the page says about its signatures. */
static void copy_signatures(const input_page *pg, page_record *rec)
{
    if (!pg->nsignatures)
        return;
    rec->signatures = calloc(pg->nsignatures, sizeof *rec->signatures);
    if (!rec->signatures)
        return;
    for (size_t i = 0; i < pg->nsignatures; i++) {
        rec->signatures[i].signer = strdup(pg->signatures[i].signer);
        rec->signatures[i].time = pg->signatures[i].time ? strdup(pg->signatures[i].time) : NULL;
    }
    rec->nsignatures = pg->nsignatures;
}

/* fillin_ink's probe on the page's ink mask (ocr/blank.h). */
static int has_ink(void *mask, int x0, int y0, int x1, int y1, double H)
{
    return blank_has_ink(mask, x0, y0, x1, y1, H);
}

/* Words of a seal's unwrapped ring read under this confidence are left
 * out: the ring's rules and the pen strokes crossing it (junk there
 * scored 0-26 on the dev pages d420-d431, a seal's word 39-97). */
#define SEAL_MIN_CONF 30.0f

/* The text round each red seal's ring (ocr/seal.h), read as one block
 * from its unwrapped strip; a seal whose ring gives no word of fair
 * confidence keeps "" (no guess). */
static void read_seals(ocr_worker *w, const input_page *pg, page_record *rec)
{
    for (size_t i = 0; i < rec->nstamps; i++) {
        page_stamp *s = &rec->stamps[i];
        if (strcmp(s->kind, "seal") || (s->text && *s->text))
            continue;
        PIX *strip = seal_ring_strip(pg->pix, rec->rotation / 90, rec->skew, s);
        if (!strip)
            continue;
        page_record ring;
        page_record_init(&ring, rec->index);
        if (ocr_engine_recognize_block(w->eng, strip, 300, 1.0, 0, 0, pixGetWidth(strip),
                                       pixGetHeight(strip), &ring) == OCR_OK) {
            sbuf t = {0};
            for (size_t k = 0; k < ring.nwords; k++)
                if (ring.words[k].conf >= SEAL_MIN_CONF && ocr_has_alnum(ring.words[k].text)) {
                    if (t.len)
                        sb_putc(&t, ' ');
                    sb_puts(&t, ring.words[k].text);
                }
            size_t n;
            char *text = sb_take(&t, &n);
            if (text && n) {
                free(s->text);
                s->text = text;
            } else {
                free(text);
            }
        }
        page_record_clear(&ring);
        pixDestroy(&strip);
    }
}

/* Below this mean word confidence a page may be sideways or upside down. */
#define ORIENT_BELOW 60.0f

/* Preprocess (with quads quarter turns first) and recognise into rec;
 * tesseract's page text into *raw only under --no-layout, the one use
 * of it (NULL otherwise: the text is made from the words). */
static int attempt(ocr_worker *w, const input_page *pg, int quads, const volatile int *cancel,
                   page_record *rec, char **raw)
{
    double t0 = now_ms();
    PIX *p = preprocess_page(pg->pix, pg->dpi, w->opt.preprocess, quads, w->opt.max_pixels, rec);
    rec->t_preprocess += now_ms() - t0;
    if (!p)
        return OCR_ERROR;
    rec->width = (int)lround(pixGetWidth(p) / rec->scale);
    rec->height = (int)lround(pixGetHeight(p) / rec->scale);
    t0 = now_ms();
    /* The page as decoded is read again after recognition, not during it:
     * a colour page waits deflated (ocr/pixhold.h). */
    pix_hold held;
    pix_hold_pixels(pg->pix, PIXHOLD_MIN_BYTES, &held);
    int rc = ocr_engine_recognize(w->eng, &p, (int)lround(pg->dpi * rec->scale), rec->scale,
                                  w->opt.timeout_s * 1000, cancel, rec,
                                  w->opt.no_layout ? raw : NULL);
    /* What tesseract built for the page is freed: given back before the
     * stages that follow (common/trim.h). */
    heap_trim();
    /* The signer's block under a seal, which page segmentation drops. If
     * that fails (memory), rec keeps the first reading: still a page. */
    if (rc == OCR_OK && !w->opt.no_layout)
        (void)ocr_signer_reread(w->eng, p, pg->dpi, rec->scale, rec);
    pixDestroy(&p);   /* read for the last time */
    if (pix_unhold(pg->pix, &held) != 0)
        rc = OCR_ERROR;   /* no memory for the page's pixels: it fails */
    if (rc == OCR_OK)
        read_seals(w, pg, rec);
    rec->t_ocr += now_ms() - t0;
    return rc;
}

/* Orientation: a page read upright gets a mean confidence of 80-95; one
 * on its side or upside down reads as garbage (under 50). Only then is the
 * orientation detector asked, and the better reading kept (rec and *raw
 * become the turned page's). */
static void reorient(ocr_worker *w, const input_page *pg, const volatile int *cancel,
                     page_record *rec, char **raw)
{
    double t0 = now_ms();
    float conf = 0;
    PIX *g = pixConvertTo8(pg->pix, 0);
    int quads = g ? ocr_engine_orientation(w->eng, g, &conf) : -1;
    pixDestroy(&g);
    rec->rotation_conf = conf;
    rec->t_preprocess += now_ms() - t0;
    if (!(quads > 0 && conf >= 2.0f))
        return;
    page_record alt;
    page_record_init(&alt, rec->index);
    char *raw2 = NULL;
    if (attempt(w, pg, quads, cancel, &alt, &raw2) == OCR_OK && alt.mean_conf > rec->mean_conf) {
        alt.t_decode = rec->t_decode;
        alt.t_preprocess += rec->t_preprocess;
        alt.t_ocr += rec->t_ocr;
        alt.rotation_conf = conf;
        alt.reduced = rec->reduced;
        page_record tmp = *rec;
        *rec = alt;
        alt = tmp;
        /* The signatures belong to the page, whichever reading wins. */
        rec->signatures = alt.signatures;
        rec->nsignatures = alt.nsignatures;
        alt.signatures = NULL;
        alt.nsignatures = 0;
        free(*raw);
        *raw = raw2;
        raw2 = NULL;
    }
    free(raw2);
    page_record_clear(&alt);
}

/* Why a page that attempt() did not read (rc) failed, in its record. */
static void read_failed(const ocr_worker *w, page_record *rec, int rc)
{
    if (rc == OCR_TIMEOUT)
        page_record_set_error(rec, "page %d: timeout: not read within %d s (--timeout)", rec->index + 1,
                              w->opt.timeout_s);
    else if (rc == OCR_CANCELLED)
        page_record_set_error(rec, "page %d: interrupted", rec->index + 1);
    else
        page_record_set_error(rec, "page %d: OCR failed", rec->index + 1);
}

/* A scanned page with a text layer: is the layer the page's text, so that
 * the OCR words describe another text (a stamp's)? */
static int layer_is_the_text(const input_page *pg, const page_record *rec)
{
    size_t ocr_chars = 0;
    int top = -1, bottom = -1;
    for (size_t i = 0; i < rec->nwords; i++) {
        ocr_chars += strlen(rec->words[i].text);
        if (top < 0 || rec->words[i].y0 < top)
            top = rec->words[i].y0;
        if (rec->words[i].y1 > bottom)
            bottom = rec->words[i].y1;
    }
    double ocr_span_pt = top >= 0 ? (bottom - top) * 72.0 / pg->dpi : 0;
    return input_layer_is_page_text(pg->layer_chars, pg->layer_bottom - pg->layer_top, ocr_chars,
                                    ocr_span_pt);
}

/* The page read from its text layer after all: the OCR words are dropped,
 * the timings kept. */
static void layer_instead(ocr_worker *w, const input_page *pg, page_record *rec)
{
    double td = rec->t_decode, tp = rec->t_preprocess, to = rec->t_ocr;
    page_record_clear(rec);
    copy_signatures(pg, rec);
    rec->t_decode = td;
    rec->t_preprocess = tp;
    rec->t_ocr = to;
    input_page lp = *pg;
    lp.use_layer = 1;
    use_layer(w, &lp, rec);
}

/* The words in reading order, without stamps and rules, make the page
 * text in *raw; when that fails (memory) *raw is left as it was. */
static void reading_order(const input_page *pg, page_record *rec, char **raw, size_t *rawlen)
{
    /* The header's blanks are judged by their ink on the page as decoded
     * (ocr/blank.h); without the mask (memory) by the text. */
    PIX *ink = blank_ink_mask(pg->pix, rec->rotation / 90, rec->skew);
    fillin_ink probe = {has_ink, ink};
    if (ocr_layout_page_ink(rec, ink ? &probe : NULL) == 0 && rec->text) {
        free(*raw);
        *raw = rec->text;
        *rawlen = rec->text_len;
        rec->text = NULL;
    }
    pixDestroy(&ink);
}

/* vnfix over the stamps' text, as over the page's. */
static void repair_stamps(ocr_worker *w, page_record *rec)
{
    for (size_t i = 0; i < rec->nstamps; i++) {
        char *fixed = ocr_repair_text(w, rec->stamps[i].text, strlen(rec->stamps[i].text), NULL);
        if (fixed) {
            free(rec->stamps[i].text);
            rec->stamps[i].text = fixed;
        }
    }
}

void ocr_process_page(ocr_worker *w, const input_page *pg, const volatile int *cancel,
                      page_record *rec)
{
    copy_signatures(pg, rec);
    rec->t_decode = pg->t_decode;
    rec->dpi = pg->dpi;
    rec->dpi_from = pg->dpi_from;
    rec->file_dpi = pg->file_dpi;
    rec->reduced = pg->reduced > 1 ? pg->reduced : 1;
    if (pg->use_layer) {
        use_layer(w, pg, rec);
        return;
    }
    char *raw = NULL;
    int rc = attempt(w, pg, 0, cancel, rec, &raw);
    if (rc == OCR_OK && (w->opt.preprocess & PRE_ORIENT) && rec->mean_conf < ORIENT_BELOW)
        reorient(w, pg, cancel, rec, &raw);
    if (rc != OCR_OK) {
        free(raw);
        read_failed(w, rec, rc);
        return;
    }
    rec->source = PAGE_SRC_OCR;
    double t0 = now_ms();
    size_t rawlen = raw ? strlen(raw) : 0;
    if (pg->layer_text && pg->layer_chars > 0) {
        if (layer_is_the_text(pg, rec)) {
            free(raw);
            layer_instead(w, pg, rec);
            return;
        }
        size_t n;
        rec->layer_text = ocr_repair_text(w, pg->layer_text, strlen(pg->layer_text), &n);
    }
    if (!w->opt.no_layout)
        reading_order(pg, rec, &raw, &rawlen);
    /* No reading order (a page without words, or no memory for it): the
     * words in tesseract's order, joined as tesseract joins them. */
    if (!raw)
        raw = page_words_text(rec, &rawlen);
    if (!raw) {
        page_record_set_error(rec, "page %d: out of memory", rec->index + 1);
        return;
    }
    rec->text = ocr_repair_text(w, raw, rawlen, &rec->text_len);
    free(raw);
    if (!rec->text) {
        page_record_set_error(rec, "page %d: text repair failed", rec->index + 1);
        return;
    }
    tidy(rec->text, &rec->text_len);
    repair_words(w, rec);
    repair_stamps(w, rec);
    rec->ok = 1;
    if (w->opt.restore)
        ocr_restore_page(w->opt.restore, rec);
    rec->t_repair = now_ms() - t0;
    if (rec->nwords == 0)
        rec->source = PAGE_SRC_EMPTY;
}
