/* Tesseract through its C API, one instance per worker. */
#include "ocr/engine.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <leptonica/allheaders.h>
#include <tesseract/capi.h>

#include "common/trim.h"

struct ocr_engine {
    TessBaseAPI *api;
    int want_osd;       /* ocr_engine_orientation allowed */
    int osd_missing;    /* the orientation model could not be loaded */
};

/* dir, if it holds LANG.traineddata (copied into buf), else NULL. */
static const char *try_dir(const char *dir, const char *lang, char *buf, size_t len)
{
    if (!*dir)
        return NULL;
    snprintf(buf, len, "%s/%s.traineddata", dir, lang);
    if (access(buf, R_OK) != 0)
        return NULL;
    snprintf(buf, len, "%s", dir);
    return buf;
}

/* Where the model for lang is read from: sohoa's own tessdata folder (the
 * best_int model tools/setup fetches: lower CER than Debian's fast model
 * on the dev pages, see engine.h) when it holds LANG.traineddata for a
 * single language; NULL (tesseract's default, Debian's models) otherwise,
 * and always for a list such as vie+eng, whose models must come from one
 * folder. $SOHOA_TESSDATA overrides; an empty one means Debian's. */
static const char *model_dir(const char *lang, char *buf, size_t len)
{
    if (strchr(lang, '+'))
        return NULL;
    const char *env = getenv("SOHOA_TESSDATA");
    if (env)
        return try_dir(env, lang, buf, len);
    const char *found = NULL;
#ifdef SOHOA_LANGDIR_SOURCE
    found = try_dir(SOHOA_LANGDIR_SOURCE "/tessdata", lang, buf, len);
#endif
#ifdef SOHOA_LANGDIR_INSTALLED
    if (!found)
        found = try_dir(SOHOA_LANGDIR_INSTALLED "/tessdata", lang, buf, len);
#endif
    return found;
}

ocr_engine *ocr_engine_create(const char *lang, int want_osd, char *err, size_t errlen)
{
    ocr_engine *e = calloc(1, sizeof *e);
    if (!e) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    e->api = TessBaseAPICreate();
    char dir[1024];
    if (TessBaseAPIInit3(e->api, model_dir(lang, dir, sizeof dir), lang) != 0) {
        snprintf(err, errlen, "tesseract cannot load language '%s' (is tesseract-ocr-%s installed?)",
                 lang, lang);
        ocr_engine_destroy(e);
        return NULL;
    }
    TessBaseAPISetPageSegMode(e->api, PSM_AUTO);
    TessBaseAPISetVariable(e->api, "lstm_choice_mode", "2");
    /* Each iteration decodes the line once more with the characters found
     * so far excluded, giving a symbol at most one more alternative; the
     * best reading never depends on them. Tesseract's default of five
     * spends 6.8 % of a page's instructions on them, two 2.9 % (callgrind,
     * tesseract with best_int on a 300 dpi page). The restorer takes up to
     * three a symbol (restore_page.c) and gets two at most now, yet the
     * text was byte-identical with five on the 18 dev pages of
     * make-ocr-devset --signed (one gave two pages changed, d402 and
     * d404); the record lists fewer alternatives (issue 23). */
    TessBaseAPISetVariable(e->api, "lstm_choice_iterations", "2");
    /* Tesseract prints "Estimating resolution..." and similar to stderr. */
    TessBaseAPISetVariable(e->api, "debug_file", "/dev/null");
    e->want_osd = want_osd;
    return e;
}

/* The orientation detector, loaded for the page that asks for it and
 * let go after: most pages never ask (pipeline.c asks only when a page
 * reads badly), and the legacy-engine model osd.traineddata holds 38 MB of
 * a worker's memory (largest process on an A4 page of text 110 -> 78 MB
 * without it) for 0.05 s of CPU to load, against 0.3-0.4 s to detect and a
 * second reading on the pages that ask. Its answers do not depend on when
 * it was loaded. NULL when it is not wanted or cannot be loaded (tried
 * once). */
static TessBaseAPI *osd_load(ocr_engine *e)
{
    if (!e->want_osd || e->osd_missing)
        return NULL;
    TessBaseAPI *osd = TessBaseAPICreate();
    /* osd.traineddata is a legacy-engine model. */
    if (TessBaseAPIInit2(osd, NULL, "osd", OEM_TESSERACT_ONLY) != 0) {
        TessBaseAPIDelete(osd);
        e->osd_missing = 1;
        return NULL;
    }
    TessBaseAPISetPageSegMode(osd, PSM_OSD_ONLY);
    TessBaseAPISetVariable(osd, "debug_file", "/dev/null");
    return osd;
}

void ocr_engine_destroy(ocr_engine *e)
{
    if (!e)
        return;
    if (e->api) {
        TessBaseAPIEnd(e->api);
        TessBaseAPIDelete(e->api);
    }
    free(e);
}

int ocr_engine_orientation(ocr_engine *e, struct Pix *pix, float *conf)
{
    *conf = 0;
    TessBaseAPI *osd = osd_load(e);
    if (!osd)
        return -1;
    TessBaseAPISetImage2(osd, pix);
    TessBaseAPISetSourceResolution(osd, pixGetYRes(pix) > 0 ? pixGetYRes(pix) : 300);
    int deg = 0;
    float oc = 0, sc = 0;
    const char *script = NULL;
    int ok = TessBaseAPIDetectOrientationScript(osd, &deg, &oc, &script, &sc);
    TessBaseAPIEnd(osd);
    TessBaseAPIDelete(osd);
    heap_trim();   /* the model's memory back before the page is read again */
    if (!ok)
        return -1;
    *conf = oc;
    /* deg is the page's orientation; turning it back by deg counter-clockwise,
     * i.e. (360 - deg) clockwise, makes it upright. */
    return ((360 - deg) % 360) / 90;
}

static bool cancel_cb(void *p, int words)
{
    (void)words;
    return *(const volatile int *)p != 0;
}

static char *dup_or_empty(const char *s) { return strdup(s ? s : ""); }

static int grow(void **arr, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return 0;
    size_t nc = *cap ? *cap * 2 : 64;
    while (nc < need)
        nc *= 2;
    void *p = realloc(*arr, nc * size);
    if (!p)
        return -1;
    *arr = p;
    *cap = nc;
    return 0;
}

/* Walk the result symbol by symbol, grouping symbols into words. */
static int collect_words(TessBaseAPI *api, double scale, page_record *rec)
{
    TessResultIterator *ri = TessBaseAPIGetIterator(api);
    if (!ri)
        return 0;
    TessPageIterator *pi = TessResultIteratorGetPageIterator(ri);
    size_t cap = 0, symcap = 0;
    int block = -1, para = -1, line = -1;
    ocr_word *w = NULL;
    int rc = 0;
    do {
        /* A page without text (blank, or a picture only) still gives an
         * iterator, on a block without words: tesseract asserts (and the
         * process aborts) if asked for a word's choices there. */
        char *sym = TessResultIteratorGetUTF8Text(ri, RIL_SYMBOL);
        if (!sym)
            continue;
        /* A block, paragraph or line begins only where a word does, and
         * tesseract answers those three by finding the line's logical
         * start again (a walk over the line's words): asked at every
         * symbol they cost 3 % of a run's CPU. Asked only at a word's
         * first symbol, the answers are the same. */
        int word_start = TessPageIteratorIsAtBeginningOf(pi, RIL_WORD);
        if (word_start) {
            if (TessPageIteratorIsAtBeginningOf(pi, RIL_BLOCK))
                block++;
            if (TessPageIteratorIsAtBeginningOf(pi, RIL_PARA))
                para++;
            if (TessPageIteratorIsAtBeginningOf(pi, RIL_TEXTLINE))
                line++;
        }
        if (word_start || !w) {
            if (grow((void **)&rec->words, &cap, rec->nwords + 1, sizeof *rec->words)) {
                TessDeleteText(sym);
                rc = -1;
                break;
            }
            w = &rec->words[rec->nwords++];
            memset(w, 0, sizeof *w);
            symcap = 0;
            char *t = TessResultIteratorGetUTF8Text(ri, RIL_WORD);
            w->text = dup_or_empty(t);
            TessDeleteText(t);
            w->conf = TessResultIteratorConfidence(ri, RIL_WORD);
            int l = 0, tp = 0, r = 0, b = 0;
            TessPageIteratorBoundingBox(pi, RIL_WORD, &l, &tp, &r, &b);
            w->x0 = (int)(l / scale);
            w->y0 = (int)(tp / scale);
            w->x1 = (int)(r / scale + 0.999);
            w->y1 = (int)(b / scale + 0.999);
            w->block = block < 0 ? 0 : block;
            w->para = para < 0 ? 0 : para;
            w->line = line < 0 ? 0 : line;
        }
        size_t ns = (size_t)w->nsymbols;
        if (grow((void **)&w->symbols, &symcap, ns + 1, sizeof *w->symbols)) {
            TessDeleteText(sym);
            rc = -1;
            break;
        }
        ocr_symbol *s = &w->symbols[w->nsymbols++];
        memset(s, 0, sizeof *s);
        s->text = dup_or_empty(sym);
        TessDeleteText(sym);
        s->conf = TessResultIteratorConfidence(ri, RIL_SYMBOL);
        TessChoiceIterator *ci = TessResultIteratorGetChoiceIterator(ri);
        if (ci) {
            size_t ccap = 0;
            do {
                const char *ct = TessChoiceIteratorGetUTF8Text(ci);
                if (!ct)
                    continue;
                if (grow((void **)&s->choices, &ccap, (size_t)s->nchoices + 1, sizeof *s->choices))
                    break;
                s->choices[s->nchoices].text = strdup(ct);
                s->choices[s->nchoices].conf = TessChoiceIteratorConfidence(ci);
                s->nchoices++;
            } while (TessChoiceIteratorNext(ci));
            TessChoiceIteratorDelete(ci);
        }
    } while (TessResultIteratorNext(ri, RIL_SYMBOL));
    TessResultIteratorDelete(ri);
    return rc;
}

/* Tesseract reads its own copy of the page (SetImage copies it): ours
 * is let go while it reads and its copy (the same pixels) taken back
 * after, one image of the page less at the worker's peak (issue 21: 16 MB
 * on an A3 page). NULL (ours kept) if the copy is not there as expected. */
static PIX *take_copy(TessBaseAPI *api, PIX *ours)
{
    PIX *copy = TessBaseAPIGetInputImage(api);
    if (!copy || copy == ours || pixGetWidth(copy) != pixGetWidth(ours) ||
        pixGetHeight(copy) != pixGetHeight(ours) || pixGetDepth(copy) != pixGetDepth(ours))
        return NULL;
    return pixClone(copy);
}

int ocr_engine_recognize(ocr_engine *e, struct Pix **pix, int dpi, double scale,
                         int timeout_ms, const volatile int *cancel,
                         page_record *rec, char **text)
{
    if (text)
        *text = NULL;
    TessBaseAPISetImage2(e->api, *pix);
    /* After SetImage, or it is ignored; never leave tesseract to guess 70. */
    TessBaseAPISetSourceResolution(e->api, dpi);
    PIX *copy = take_copy(e->api, *pix);
    if (copy)
        pixDestroy(pix);
    ETEXT_DESC *mon = TessMonitorCreate();
    if (timeout_ms > 0)
        TessMonitorSetDeadlineMSecs(mon, timeout_ms);
    if (cancel) {
        TessMonitorSetCancelFunc(mon, cancel_cb);
        TessMonitorSetCancelThis(mon, (void *)cancel);
    }
    int rc = TessBaseAPIRecognize(e->api, mon);
    TessMonitorDelete(mon);
    int out = OCR_OK;
    if (rc != 0) {
        out = cancel && *cancel ? OCR_CANCELLED : timeout_ms > 0 ? OCR_TIMEOUT : OCR_ERROR;
    } else {
        /* Tesseract's page text is another walk of the result, building
         * strings (about 1 % of a page's CPU, perf with best_int): only
         * for a caller that keeps tesseract's order (--no-layout). */
        if (text) {
            char *t = TessBaseAPIGetUTF8Text(e->api);
            *text = dup_or_empty(t);
            TessDeleteText(t);
        }
        rec->mean_conf = (float)TessBaseAPIMeanTextConf(e->api);
        if (collect_words(e->api, scale, rec) != 0 || (text && !*text))
            out = OCR_ERROR;
    }
    TessBaseAPIClear(e->api);
    if (copy)
        *pix = copy;
    return out;
}

int ocr_engine_recognize_block(ocr_engine *e, struct Pix *pix, int dpi, double scale, int x,
                               int y, int w, int h, page_record *rec)
{
    TessBaseAPISetPageSegMode(e->api, PSM_SINGLE_BLOCK);
    TessBaseAPISetImage2(e->api, pix);
    TessBaseAPISetSourceResolution(e->api, dpi);
    TessBaseAPISetRectangle(e->api, x, y, w, h);
    int rc = TessBaseAPIRecognize(e->api, NULL);
    if (rc == 0)
        rc = collect_words(e->api, scale, rec);
    TessBaseAPIClear(e->api);
    TessBaseAPISetPageSegMode(e->api, PSM_AUTO);
    return rc == 0 ? OCR_OK : OCR_ERROR;
}

const char *ocr_engine_tesseract_version(void) { return TessVersion(); }

char *ocr_engine_model_version(const char *lang)
{
    /* A traineddata file is a table of int32 count, int64 offsets, then the
     * components; the version string is component 23. */
    char first[64];
    size_t n = strcspn(lang, "+");
    if (n >= sizeof first)
        return NULL;
    memcpy(first, lang, n);
    first[n] = 0;
    char path[1024], dir[1024];
    const char *prefix = model_dir(lang, dir, sizeof dir);
    if (!prefix)
        prefix = getenv("TESSDATA_PREFIX");
    int w = snprintf(path, sizeof path, "%s/%s.traineddata",
                     prefix ? prefix : "/usr/share/tesseract-ocr/5/tessdata", first);
    if (w < 0 || (size_t)w >= sizeof path)
        return NULL;    /* a cut path would name another file */
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    int32_t count = 0;
    char *out = NULL;
    if (fread(&count, 4, 1, f) == 1 && count > 23 && count < 100) {
        int64_t off[100];
        if (fread(off, 8, (size_t)count, f) == (size_t)count && off[23] > 0) {
            int64_t end = -1;
            for (int i = 24; i < count && end < 0; i++)
                if (off[i] > 0)
                    end = off[i];
            if (end < 0 && fseek(f, 0, SEEK_END) == 0)
                end = ftell(f);
            int64_t len = end - off[23];
            if (len > 0 && len < 256 && fseek(f, (long)off[23], SEEK_SET) == 0) {
                out = calloc(1, (size_t)len + 1);
                if (out && fread(out, 1, (size_t)len, f) != (size_t)len) {
                    free(out);
                    out = NULL;
                }
            }
        }
    }
    fclose(f);
    return out;
}
