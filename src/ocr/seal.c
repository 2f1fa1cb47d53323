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

/* The red ink of the page in rec's coordinates: turned by quads and as
 * pixFindSkewAndDeskew turned the page. NULL when out of memory. */
static PIX *red_upright(PIX *colour, int quads, double skew_deg)
{
    PIX *m = red_mask(colour);
    if (!m)
        return NULL;
    PIX *t = quads > 0 ? pixRotateOrth(m, quads) : pixClone(m);
    pixDestroy(&m);
    if (t && skew_deg != 0) {
        m = pixRotate(t, (l_float32)(skew_deg * 3.14159265358979 / 180), L_ROTATE_SAMPLING,
                      L_BRING_IN_WHITE, 0, 0);
        pixDestroy(&t);
        t = m;
    }
    return t;
}

int seal_find(PIX *colour, int quads, double skew_deg, int dpi, page_record *rec)
{
    if (pixGetDepth(colour) != 32 || dpi <= 0)
        return 0;
    PIX *t = red_upright(colour, quads, skew_deg);
    if (!t)
        return -1;
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

/* The ring's text lies between the outer ring and the star or the inner
 * ring: this band of the radius. */
#define SEAL_PI 3.14159265358979
#define BAND_IN 0.34
#define BAND_OUT 0.82
/* Unwrapped letters this tall in pixels, about what tesseract reads best. */
#define STRIP_H 64

/* Is the mask's pixel at x, y set (off the image: no)? */
static int ink_at(PIX *m, double x, double y)
{
    int ix = (int)lround(x), iy = (int)lround(y);
    if (ix < 0 || iy < 0 || ix >= pixGetWidth(m) || iy >= pixGetHeight(m))
        return 0;
    l_uint32 v = 0;
    pixGetPixel(m, ix, iy, &v);
    return v != 0;
}

/* The angle (radians, clockwise from the x axis) with the least ink in
 * the band: the gap between the ring text's two ends, where the strip
 * starts so that no word is cut in two. */
static double gap_angle(PIX *m, double cx, double cy, double r0, double r1)
{
    enum { STEPS = 72, WIN = 3 };
    int ink[STEPS] = {0};
    for (int a = 0; a < STEPS; a++)
        for (double r = r0; r < r1; r += 1)
            for (int k = 0; k < 4; k++) {
                double t = (a + k / 4.0) * 2 * SEAL_PI / STEPS;
                ink[a] += ink_at(m, cx + r * cos(t), cy + r * sin(t));
            }
    int best = 0, best_ink = -1;
    for (int a = 0; a < STEPS; a++) {
        int sum = 0;
        for (int k = -WIN; k <= WIN; k++)
            sum += ink[(a + k + STEPS) % STEPS];
        if (best_ink < 0 || sum < best_ink) {
            best_ink = sum;
            best = a;
        }
    }
    return (best + 0.5) * 2 * SEAL_PI / STEPS;
}

PIX *seal_ring_strip(PIX *colour, int quads, double skew_deg, const page_stamp *s)
{
    if (pixGetDepth(colour) != 32 || s->x1 - s->x0 < 8 || s->y1 - s->y0 < 8)
        return NULL;
    PIX *m = red_upright(colour, quads, skew_deg);
    if (!m)
        return NULL;
    double cx = (s->x0 + s->x1) / 2.0, cy = (s->y0 + s->y1) / 2.0;
    double R = ((s->x1 - s->x0) < (s->y1 - s->y0) ? s->x1 - s->x0 : s->y1 - s->y0) / 2.0;
    double r0 = BAND_IN * R, r1 = BAND_OUT * R;
    double start = gap_angle(m, cx, cy, r0, r1);
    /* rows from the outer edge inwards (a letter's top points out),
     * columns clockwise round the mid circle, scaled to STRIP_H rows */
    double k = STRIP_H / (r1 - r0);
    int h = STRIP_H, w = (int)(2 * SEAL_PI * (r0 + r1) / 2 * k);
    PIX *strip = pixCreate(w + 2 * h, h + h, 1);
    if (strip) {
        pixSetResolution(strip, 300, 300);
        for (int x = 0; x < w; x++) {
            double t = start + 2 * SEAL_PI * x / w;
            for (int y = 0; y < h; y++) {
                double r = r1 - y / k;
                if (ink_at(m, cx + r * cos(t), cy + r * sin(t)))
                    pixSetPixel(strip, x + h, y + h / 2, 1);
            }
        }
    }
    pixDestroy(&m);
    return strip;
}
