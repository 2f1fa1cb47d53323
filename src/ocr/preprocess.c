/* Page image cleaning with leptonica; see preprocess.h for the order. */
#include "ocr/preprocess.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <leptonica/allheaders.h>

#include "ocr/seal.h"


static const struct {
    const char *name;
    unsigned flag;
} steps[] = {
    {"orient", PRE_ORIENT},       {"dropink", PRE_DROPINK},   {"upscale", PRE_UPSCALE},
    {"normalize", PRE_NORMALIZE}, {"deskew", PRE_DESKEW},     {"binarize", PRE_BINARIZE},
    {"despeckle", PRE_DESPECKLE},
};
#define NSTEPS (sizeof steps / sizeof steps[0])

int preprocess_parse(const char *spec, unsigned *flags, char *err, size_t errlen)
{
    *flags = 0;
    if (!strcmp(spec, "none") || !*spec)
        return 0;
    const char *p = spec;
    while (*p) {
        size_t n = strcspn(p, ",");
        size_t i;
        for (i = 0; i < NSTEPS; i++)
            if (strlen(steps[i].name) == n && !strncmp(p, steps[i].name, n))
                break;
        if (i == NSTEPS) {
            snprintf(err, errlen, "unknown preprocessing step '%.*s'", (int)n, p);
            return -1;
        }
        *flags |= steps[i].flag;
        p += n;
        if (*p == ',')
            p++;
    }
    return 0;
}

const char *preprocess_format(unsigned flags, char *buf, size_t len)
{
    size_t used = 0;
    buf[0] = 0;
    for (size_t i = 0; i < NSTEPS; i++)
        if (flags & steps[i].flag)
            used += (size_t)snprintf(buf + used, used < len ? len - used : 0, "%s%s",
                                     used ? "," : "", steps[i].name);
    if (!used)
        snprintf(buf, len, "none");
    return buf;
}

/* Replace *pp by q (when q is a new image). */
static void swap(PIX **pp, PIX *q)
{
    if (q && q != *pp) {
        pixDestroy(pp);
        *pp = q;
    } else if (q) {
        pixDestroy(&q);  /* a clone: drop the extra reference */
    }
}

/* A page is bilevel when it is 1 bpp or when at least 90 % of its pixels
 * are pure black or pure white: a 1-bit (fax/CCITT) scan saved as 8-bit or
 * RGB, or rasterised from its PDF, where resampling greys only some edge
 * pixels. Measured: such pages (tools/make-ocr-devset) 96-97 %, grey
 * scans (mkscan.sh levels 1-3) 0.1-49 %. Sampled every 2nd pixel. */
static int is_bilevel(PIX *orig, PIX *grey)
{
    if (pixGetDepth(orig) == 1)
        return 1;
    NUMA *h = pixGetGrayHistogram(grey, 2);
    if (!h)
        return 0;
    l_float32 total = 0, ends = 0, v = 0;
    numaGetSum(h, &total);
    numaGetFValue(h, 0, &v);
    ends += v;
    numaGetFValue(h, 255, &v);
    ends += v;
    numaDestroy(&h);
    return total > 0 && ends >= 0.9f * total;
}

/* Chroma (max - min channel, 0-255) under which a pixel counts as grey:
 * JPEG and scanner colour noise on black print and white paper stays
 * under it. Above it the pixel is lightened by INK_GAIN per step. */
#define INK_CHROMA 30
#define INK_GAIN 3

/* The grey page tesseract reads. With dropink, a colour pixel is turned
 * pale in proportion to how coloured it is: red and blue ink (a seal
 * stamped over the signer's name, a signature across the title lines) is
 * strongly coloured and goes, black print stays black, also where the ink
 * lies over it (black over red is still black), and grey pixels keep
 * their luminance, so grey content in an RGB file reads as before.
 * Coloured print (a red "KHẨN") fades too. */
static PIX *grey_of(PIX *pix, unsigned flags)
{
    if (!(flags & PRE_DROPINK) || pixGetDepth(pix) != 32)
        return pixConvertTo8(pix, 0);
    int w = pixGetWidth(pix), h = pixGetHeight(pix);
    PIX *g = pixCreate(w, h, 8);
    if (!g)
        return NULL;
    pixCopyResolution(g, pix);
    l_uint32 *src = pixGetData(pix), *dst = pixGetData(g);
    int swpl = pixGetWpl(pix), dwpl = pixGetWpl(g);
    for (int y = 0; y < h; y++) {
        const l_uint32 *sl = src + (size_t)y * swpl;
        l_uint32 *dl = dst + (size_t)y * dwpl;
        for (int x = 0; x < w; x++) {
            l_int32 r, gr, b;
            extractRGBValues(sl[x], &r, &gr, &b);
            int hi = r > gr ? (r > b ? r : b) : (gr > b ? gr : b);
            int lo = r < gr ? (r < b ? r : b) : (gr < b ? gr : b);
            /* leptonica's own luminance (pixConvertTo8), exactly */
            int v = (int)(L_RED_WEIGHT * r + L_GREEN_WEIGHT * gr + L_BLUE_WEIGHT * b + 0.5);
            if (hi - lo > INK_CHROMA)
                v += INK_GAIN * (hi - lo - INK_CHROMA);
            SET_DATA_BYTE(dl, x, v > 255 ? 255 : v);
        }
    }
    return g;
}

PIX *preprocess_page(PIX *pix, int dpi, unsigned flags, int quads, long long max_pixels,
                     page_record *rec)
{
    PIX *p = grey_of(pix, flags);
    if (!p)
        return NULL;
    /* Upscaling adds no information to a bilevel page: interpolation only
     * turns its staircase edges grey, which tesseract re-thresholds, and
     * the page segments differently (preprocess.h has the figures). */
    if ((flags & PRE_UPSCALE) && is_bilevel(pix, p))
        flags &= ~(unsigned)PRE_UPSCALE;
    pixSetResolution(p, dpi, dpi);

    if (quads > 0) {
        swap(&p, pixRotateOrth(p, quads));
        rec->rotation = quads * 90;
    }
    if (flags & PRE_DESKEW) {
        l_float32 angle = 0, conf = 0;
        PIX *q = pixFindSkewAndDeskew(p, 2, &angle, &conf);
        rec->skew_conf = conf;
        /* pixFindSkewAndDeskew returns a clone when it did not rotate. */
        if (q && q != p)
            rec->skew = angle;
        swap(&p, q);
    }
    /* The seal dropink took out is still a fact about the page. */
    if ((flags & PRE_DROPINK) && seal_find(pix, quads, rec->skew, dpi, rec) != 0) {
        pixDestroy(&p);
        return NULL;
    }
    double scale = 1.0;
    /* Only pages under 200 dpi, and to 225 rather than 300: on the dev pages
     * of make-ocr-devset --signed a 200 dpi page read as it is and a 150 dpi
     * one read at x1.5 cost 17 % less CPU than both at 300, at the same CER
     * (preprocess.h has the figures). */
    if ((flags & PRE_UPSCALE) && dpi < UPSCALE_BELOW_DPI &&
        (max_pixels <= 0 || pixGetWidth(p) * (long long)pixGetHeight(p) < max_pixels)) {
        /* Coarser pages are mostly ones whose dpi was inferred from a page
         * size they do not have (a strip of text read as A4): their text is
         * smaller than the dpi says, and x1.5 is not enough for it (the
         * nodpi page of corpus/ocr, 101 dpi: CER .52 at 225, under .05 at
         * 300), so they keep the old target. */
        scale = (double)(dpi < UPSCALE_FULL_BELOW_DPI ? 300 : UPSCALE_TO_DPI) / dpi;
        if (scale > 4)
            scale = 4;
        double room = max_pixels > 0 ? sqrt((double)max_pixels /
                                            ((double)pixGetWidth(p) * pixGetHeight(p))) : scale;
        if (scale > room)
            scale = room > 1 ? room : 1;
        swap(&p, pixScaleGrayLI(p, (l_float32)scale, (l_float32)scale));
        pixSetResolution(p, (int)lround(dpi * scale), (int)lround(dpi * scale));
    }
    rec->scale = scale;
    if (flags & PRE_NORMALIZE)
        swap(&p, pixBackgroundNormSimple(p, NULL, NULL));
    if (flags & (PRE_BINARIZE | PRE_DESPECKLE)) {
        int eff = (int)lround(dpi * scale);
        int wh = eff / 12;  /* window ~2 mm: a few strokes wide */
        PIX *b = NULL;
        if (pixSauvolaBinarizeTiled(p, wh < 7 ? 7 : wh, 0.34f, 1, 1, NULL, &b) == 0 && b) {
            if (flags & PRE_DESPECKLE) {
                /* Drop only components no more than 1 px (at the source
                 * resolution) in both directions: diacritics are 1-3 px and
                 * a 1 px dot on a 150 dpi page is below what a mark can be
                 * once the page is upscaled only if scale covers it. */
                int k = (int)floor(scale);
                if (k < 1)
                    k = 1;
                PIX *c = pixSelectBySize(b, k, k, 8, L_SELECT_IF_EITHER, L_SELECT_IF_GT, NULL);
                if (c) {
                    pixDestroy(&b);
                    b = c;
                }
            }
            swap(&p, b);
            pixSetResolution(p, (int)lround(dpi * scale), (int)lround(dpi * scale));
        }
    }
    return p;
}
