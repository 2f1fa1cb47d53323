/* signer.c: the signer's block read again as one block (signer.h). */
#include "ocr/signer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <leptonica/allheaders.h>

#include "common/decree30.h"
#include "ocr/fold.h"
#include "ocr/lines.h"

/* Words of the second reading under this confidence are left out: the
 * seal's ring and pen strokes read as letters score low, print over a
 * seal high (on dev page d401: junk 0-38 with a few at 41-86, titles and
 * name 79-97). Set from that page, not tuned further. */
#define REREAD_MIN_CONF 40.0f
/* How far down from the "Nơi nhận" line the signer's block reaches, in
 * line heights: up to three title lines, 2.5 cm for the signature, the
 * name. */
#define SIGNER_LINES 12
/* The same inside a grey seal or signature found by shape (worth). */
#define BLOB_MIN_CONF 70.0f

typedef struct {
    int x0, y0, x1, y1;
} rect;

static int inside(const ocr_word *w, const rect *r)
{
    int cx = (w->x0 + w->x1) / 2, cy = (w->y0 + w->y1) / 2;
    return cx >= r->x0 && cx < r->x1 && cy >= r->y0 && cy < r->y1;
}

/* A title word: two or more letters, all capitals ("TL.", "CHỦ"). */
static int title_word(const ocr_word *w)
{
    char l[64];
    int caps, digits;
    ocr_letters_of(w->text, l, sizeof l, &caps, &digits);
    return caps && strlen(l) >= 2;
}

/* The "Nơi nhận" word pair in the left half of the lower page, or -1. */
static long noi_nhan(const page_record *rec, int X0, int W)
{
    for (size_t i = 0; i + 1 < rec->nwords; i++) {
        const ocr_word *a = &rec->words[i], *b = &rec->words[i + 1];
        char la[16], lb[16], pair[40];
        int caps, digits;
        ocr_letters_of(a->text, la, sizeof la, &caps, &digits);
        ocr_letters_of(b->text, lb, sizeof lb, &caps, &digits);
        snprintf(pair, sizeof pair, "%s %s", la, lb);
        if (!strcmp(pair, D30_NOI_NHAN) && a->x0 < X0 + W / 2 &&
            a->y0 > rec->height / 3)
            return (long)i;
    }
    return -1;
}

/* The signer's column beside the list headed by word noi: from the list's
 * right edge (or 45 % of the text width) to the right edge of the text. */
static rect signer_column(const page_record *rec, const ocr_word *noi, double H, int X0, int W)
{
    rect r = {X0 + (int)(0.45 * W), noi->y0 - (int)H, X0 + W + (int)H,
              noi->y0 + (int)(SIGNER_LINES * H)};
    for (size_t i = 0; i < rec->nwords; i++) {
        const ocr_word *w = &rec->words[i];
        /* list items start at the margin and end short of the column */
        if (w->y0 >= r.y0 && w->y1 <= r.y1 && w->x0 >= X0 && w->x1 < X0 + 0.62 * W &&
            w->x0 < X0 + 0.45 * W && w->x1 + H / 2 > r.x0)
            r.x0 = w->x1 + (int)(H / 2);
    }
    if (r.y1 > rec->height)
        r.y1 = rec->height;
    return r;
}

/* Put the second reading's words (those of fair confidence) in place of
 * the first reading's words inside r. Takes the words of add. */
/* Is w of the second reading worth keeping? Inside a grey seal or
 * signature found by shape (blob, or NULL) the pen's strokes read as
 * short words of middling confidence ("l" 50, "VN" 60 on dev page d420,
 * titles and name 92-97), so the bar is higher there. */
static int worth(const ocr_word *w, const rect *blob)
{
    float min = blob && inside(w, blob) ? BLOB_MIN_CONF : REREAD_MIN_CONF;
    return w->conf >= min && ocr_has_alnum(w->text);
}

static int replace_words(page_record *rec, page_record *add, const rect *r, const rect *blob)
{
    size_t keep = 0, n = 0;
    for (size_t i = 0; i < add->nwords; i++)
        n += worth(&add->words[i], blob);
    ocr_word *out = malloc((rec->nwords + n + 1) * sizeof *out);
    if (!out)
        return -1;
    int block = 0, para = 0, line = 0;
    for (size_t i = 0; i < rec->nwords; i++) {
        ocr_word *w = &rec->words[i];
        if (inside(w, r)) {
            ocr_word_clear(w);
            continue;
        }
        block = w->block + 1 > block ? w->block + 1 : block;
        para = w->para + 1 > para ? w->para + 1 : para;
        line = w->line + 1 > line ? w->line + 1 : line;
        out[keep++] = *w;
    }
    /* the block's words after the page's, as tesseract would number a
     * block of its own */
    for (size_t i = 0; i < add->nwords; i++) {
        ocr_word *w = &add->words[i];
        if (!worth(w, blob)) {
            ocr_word_clear(w);
            continue;
        }
        w->block += block;
        w->para += para;
        w->line += line;
        out[keep++] = *w;
    }
    free(add->words);
    add->words = NULL;
    add->nwords = 0;
    free(rec->words);
    rec->words = out;
    rec->nwords = keep;
    return 0;
}

/* Ink darker than this (0-255) makes the strokes blobs are made of. */
#define BLOB_INK 160
/* A seal or a signature: a connected stroke this many line heights wide
 * and tall, far beyond any glyph, its ink thin over its box. */
#define BLOB_W 2.5
#define BLOB_H 1.5
#define BLOB_FILL 0.4
/* Grey levels between a grey seal's strokes and the print over them
 * below which the two are not told apart (fade_blob). */
#define BLOB_CONTRAST 30

/* Is there a seal or a signature over the column r, by its shape: a
 * connected component of thin strokes far bigger than a glyph (a grey
 * scan, where dropink cannot tell it by its colour)? Its box, in rec's
 * coordinates, into *b. 1 yes, 0 no, -1 out of memory. */
static int blob_over(struct Pix *pix, double scale, const rect *r, double H, rect *b)
{
    BOX *clip = boxCreate((int)(r->x0 * scale), (int)(r->y0 * scale),
                          (int)((r->x1 - r->x0) * scale), (int)((r->y1 - r->y0) * scale));
    PIX *g = clip ? pixClipRectangle(pix, clip, NULL) : NULL;
    boxDestroy(&clip);
    PIX *g8 = g ? pixConvertTo8(g, 0) : NULL;
    pixDestroy(&g);
    PIX *m = g8 ? pixThresholdToBinary(g8, BLOB_INK) : NULL;
    pixDestroy(&g8);
    PIXA *cc = NULL;
    BOXA *boxes = m ? pixConnComp(m, &cc, 8) : NULL;
    pixDestroy(&m);
    if (!boxes) {
        pixaDestroy(&cc);
        return -1;
    }
    int found = 0;
    double hs = H * scale;
    for (int i = 0; i < boxaGetCount(boxes); i++) {
        l_int32 x, y, w, h, n = 0;
        boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
        if (w < BLOB_W * hs || h < BLOB_H * hs)
            continue;
        PIX *c = pixaGetPix(cc, i, L_CLONE);
        if (c)
            pixCountPixels(c, &n, NULL);
        pixDestroy(&c);
        if (n > BLOB_FILL * w * h)
            continue;   /* a solid patch: a picture, not strokes */
        rect got = {r->x0 + (int)(x / scale), r->y0 + (int)(y / scale),
                    r->x0 + (int)((x + w) / scale), r->y0 + (int)((y + h) / scale)};
        if (!found) {
            *b = got;
        } else {
            b->x0 = got.x0 < b->x0 ? got.x0 : b->x0;
            b->y0 = got.y0 < b->y0 ? got.y0 : b->y0;
            b->x1 = got.x1 > b->x1 ? got.x1 : b->x1;
            b->y1 = got.y1 > b->y1 ? got.y1 : b->y1;
        }
        found = 1;
    }
    boxaDestroy(&boxes);
    pixaDestroy(&cc);
    return found;
}

/* Print over a grey seal stays black (ink over ink is darker), while the
 * seal's own strokes, red ink on the scan, are mid grey: take the darkest
 * tenth of the ink in the blob's box as the print's level and its median
 * as the seal's, and whiten what is lighter than halfway between, so the
 * print under the seal reads. Nothing when the two are too close to tell
 * apart (a black stamp, a blurred photocopy). pix: 8-bit, scaled. */
static void fade_blob(struct Pix *pix, double scale, const rect *b)
{
    if (pixGetDepth(pix) != 8)
        return;
    int x0 = (int)(b->x0 * scale), y0 = (int)(b->y0 * scale);
    int x1 = (int)(b->x1 * scale), y1 = (int)(b->y1 * scale);
    x1 = x1 > pixGetWidth(pix) ? pixGetWidth(pix) : x1;
    y1 = y1 > pixGetHeight(pix) ? pixGetHeight(pix) : y1;
    long hist[256] = {0}, ink = 0;
    for (int y = y0; y < y1; y++)
        for (int x = x0; x < x1; x++) {
            l_uint32 v = 0;
            pixGetPixel(pix, x, y, &v);
            hist[v]++;
            ink += v < BLOB_INK;
        }
    int p10 = -1, median = -1;
    long run = 0;
    for (int v = 0; v < BLOB_INK && median < 0; v++) {
        run += hist[v];
        if (p10 < 0 && run * 10 >= ink)
            p10 = v;
        if (run * 2 >= ink)
            median = v;
    }
    if (p10 < 0 || median - p10 < BLOB_CONTRAST)
        return;
    l_uint32 cut = (l_uint32)(p10 + median) / 2;
    for (int y = y0; y < y1; y++)
        for (int x = x0; x < x1; x++) {
            l_uint32 v = 0;
            pixGetPixel(pix, x, y, &v);
            if (v >= cut)
                pixSetPixel(pix, x, y, 255);
        }
}

int ocr_signer_reread(ocr_engine *e, struct Pix *pix, int dpi, double scale, page_record *rec)
{
    if (!rec->nwords)
        return 0;
    int X0 = rec->words[0].x0, X1 = rec->words[0].x1;
    for (size_t i = 1; i < rec->nwords; i++) {
        X0 = rec->words[i].x0 < X0 ? rec->words[i].x0 : X0;
        X1 = rec->words[i].x1 > X1 ? rec->words[i].x1 : X1;
    }
    long k = noi_nhan(rec, X0, X1 - X0);
    if (k < 0)
        return 0;
    double H = lines_line_height(rec);
    const ocr_word *noi = &rec->words[k];
    rect r = signer_column(rec, noi, H, X0, X1 - X0);
    /* the titles stand level with the top of the list */
    rect top = {r.x0, r.y0, r.x1, noi->y0 + (int)(5 * H)};
    rect blob = {0, 0, 0, 0};
    int over = 0;
    for (size_t i = 0; i < rec->nstamps && !over; i++)
        over = !strcmp(rec->stamps[i].kind, "seal");
    /* no seal found by its red: a grey scan's seal or signature by shape */
    over = over ? 0 : blob_over(pix, scale, &r, H, &blob);
    if (over < 0)
        return -1;
    for (size_t i = 0; i < rec->nwords && !over; i++)
        if (inside(&rec->words[i], &top) && title_word(&rec->words[i]))
            return 0;
    if (r.x1 <= r.x0 || r.y1 <= r.y0)
        return 0;
    if (over)
        fade_blob(pix, scale, &blob);
    page_record add;
    page_record_init(&add, rec->index);
    int rc = ocr_engine_recognize_block(e, pix, (int)(dpi * scale), scale, (int)(r.x0 * scale),
                                        (int)(r.y0 * scale), (int)((r.x1 - r.x0) * scale),
                                        (int)((r.y1 - r.y0) * scale), &add);
    int titled = 0;
    for (size_t i = 0; rc == OCR_OK && i < add.nwords; i++)
        titled |= add.words[i].conf >= REREAD_MIN_CONF && title_word(&add.words[i]);
    if (rc == OCR_OK && titled) {
        rc = replace_words(rec, &add, &r, over ? &blob : NULL);
    } else if (rc == OCR_OK && over) {
        /* no better reading: at least the blob's strokes are not text */
        for (size_t i = 0; i < rec->nwords; i++)
            if (inside(&rec->words[i], &blob) && !worth(&rec->words[i], &blob))
                rec->words[i].role = WORD_NOISE;
    }
    page_record_clear(&add);
    return rc == OCR_OK ? 0 : -1;
}
