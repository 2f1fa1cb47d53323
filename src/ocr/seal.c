/* seal.c: a red seal found by its ink (seal.h). */
#include "ocr/seal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <leptonica/allheaders.h>

/* Red ink: red well above green and blue (a seal's ink, even faded by a
 * photocopy-like scan), not the brown of old paper. */
#define RED_OVER 50
/* A seal is 30-45 mm across (Decree 30's seals of agencies); allow for a
 * partial stamp and a large one. */
#define SEAL_MIN_MM 18.0
#define SEAL_MAX_MM 60.0

static PIX *red_mask(PIX *colour)
{
    int w = pixGetWidth(colour), h = pixGetHeight(colour);
    PIX *m = pixCreate(w, h, 1);
    if (!m)
        return NULL;
    l_uint32 *src = pixGetData(colour), *dst = pixGetData(m);
    int swpl = pixGetWpl(colour), dwpl = pixGetWpl(m);
    for (int y = 0; y < h; y++) {
        const l_uint32 *sl = src + (size_t)y * swpl;
        l_uint32 *dl = dst + (size_t)y * dwpl;
        for (int x = 0; x < w; x++) {
            l_int32 r, g, b;
            extractRGBValues(sl[x], &r, &g, &b);
            if (r - (g > b ? g : b) > RED_OVER)
                SET_DATA_BIT(dl, x);
        }
    }
    return m;
}

static int add_seal(page_record *rec, BOX *b)
{
    page_stamp *s = realloc(rec->stamps, (rec->nstamps + 1) * sizeof *s);
    if (!s)
        return -1;
    rec->stamps = s;
    s += rec->nstamps;
    s->kind = strdup("seal");
    s->text = strdup("");
    if (!s->kind || !s->text) {
        free(s->kind);
        free(s->text);
        return -1;
    }
    boxGetGeometry(b, &s->x0, &s->y0, &s->x1, &s->y1);
    s->x1 += s->x0;
    s->y1 += s->y0;
    rec->nstamps++;
    return 0;
}

int seal_find(PIX *colour, int quads, double skew_deg, int dpi, page_record *rec)
{
    if (pixGetDepth(colour) != 32 || dpi <= 0)
        return 0;
    PIX *m = red_mask(colour);
    if (!m)
        return -1;
    PIX *t = quads > 0 ? pixRotateOrth(m, quads) : pixClone(m);
    pixDestroy(&m);
    if (t && skew_deg != 0) {
        /* as pixFindSkewAndDeskew turned the page */
        m = pixRotate(t, (l_float32)(skew_deg * 3.14159265358979 / 180), L_ROTATE_SAMPLING,
                      L_BRING_IN_WHITE, 0, 0);
        pixDestroy(&t);
        t = m;
    }
    /* the ring, star and letters joined into one patch (2 mm) */
    int k = dpi / 12 | 1;
    PIX *c = t ? pixCloseSafeBrick(NULL, t, k, k) : NULL;
    pixDestroy(&t);
    BOXA *boxes = c ? pixConnCompBB(c, 8) : NULL;
    pixDestroy(&c);
    if (!boxes)
        return -1;
    double mm = dpi / 25.4;
    int best = -1, best_area = 0;
    for (int i = 0; i < boxaGetCount(boxes); i++) {
        l_int32 x, y, w, h;
        boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
        if (w < SEAL_MIN_MM * mm || h < SEAL_MIN_MM * mm || w > SEAL_MAX_MM * mm ||
            h > SEAL_MAX_MM * mm || w > 1.6 * h || h > 1.6 * w)
            continue;   /* not round: a red title, a rule, a signature */
        if (w * h > best_area) {
            best_area = w * h;
            best = i;
        }
    }
    int rc = 0;
    if (best >= 0) {
        BOX *b = boxaGetBox(boxes, best, L_CLONE);
        rc = b ? add_seal(rec, b) : -1;
        boxDestroy(&b);
    }
    boxaDestroy(&boxes);
    return rc;
}
