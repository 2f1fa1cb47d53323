/* signer.c: the signer's block read again as one block (signer.h). */
#include "ocr/signer.h"

#include <stdlib.h>
#include <string.h>

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
        char la[16], lb[16];
        int caps, digits;
        ocr_letters_of(a->text, la, sizeof la, &caps, &digits);
        ocr_letters_of(b->text, lb, sizeof lb, &caps, &digits);
        if (!strcmp(la, "noi") && !strcmp(lb, "nhan") && a->x0 < X0 + W / 2 &&
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
static int replace_words(page_record *rec, page_record *add, const rect *r)
{
    size_t keep = 0, n = 0;
    for (size_t i = 0; i < add->nwords; i++)
        n += add->words[i].conf >= REREAD_MIN_CONF && ocr_has_alnum(add->words[i].text);
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
        if (w->conf < REREAD_MIN_CONF || !ocr_has_alnum(w->text)) {
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
    for (size_t i = 0; i < rec->nwords; i++)
        if (inside(&rec->words[i], &top) && title_word(&rec->words[i]))
            return 0;
    if (r.x1 <= r.x0 || r.y1 <= r.y0)
        return 0;
    page_record add;
    page_record_init(&add, rec->index);
    int rc = ocr_engine_recognize_block(e, pix, (int)(dpi * scale), scale, (int)(r.x0 * scale),
                                        (int)(r.y0 * scale), (int)((r.x1 - r.x0) * scale),
                                        (int)((r.y1 - r.y0) * scale), &add);
    int titled = 0;
    for (size_t i = 0; rc == OCR_OK && i < add.nwords; i++)
        titled |= add.words[i].conf >= REREAD_MIN_CONF && title_word(&add.words[i]);
    if (rc == OCR_OK && titled)
        rc = replace_words(rec, &add, &r);
    page_record_clear(&add);
    return rc == OCR_OK ? 0 : -1;
}
