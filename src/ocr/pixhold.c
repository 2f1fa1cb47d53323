/* pixhold.c: a page's pixels deflated for a while (pixhold.h). */
#include "ocr/pixhold.h"

#include <stdlib.h>
#include <string.h>

#include <leptonica/allheaders.h>
#include <zlib.h>

int pix_hold_pixels(PIX *pix, size_t min_bytes, pix_hold *h)
{
    memset(h, 0, sizeof *h);
    if (!pix || pixGetDepth(pix) != 32 || pixGetRefcount(pix) != 1 || !pixGetData(pix))
        return 0;
    size_t raw = (size_t)pixGetWpl(pix) * 4 * (size_t)pixGetHeight(pix);
    if (raw < min_bytes)
        return 0;
    uLongf zlen = compressBound((uLong)raw);
    /* Only the pages written are resident: the bound is not. */
    unsigned char *z = malloc(zlen);
    if (!z || compress2(z, &zlen, (const Bytef *)pixGetData(pix), (uLong)raw, 1) != Z_OK ||
        zlen > raw / 4 * 3) {
        free(z);
        return 0;
    }
    unsigned char *fit = realloc(z, zlen);
    h->z = fit ? fit : z;
    h->zlen = zlen;
    h->raw = raw;
    pixFreeData(pix);
    return 1;
}

int pix_unhold(PIX *pix, pix_hold *h)
{
    if (!h->z)
        return 0;
    PIX *t = pixCreateNoInit(pixGetWidth(pix), pixGetHeight(pix), 32);
    uLongf n = (uLongf)h->raw;
    int ok = t && uncompress((Bytef *)pixGetData(t), &n, h->z, (uLong)h->zlen) == Z_OK &&
             n == h->raw;
    free(h->z);
    h->z = NULL;
    if (ok)
        pixSetData(pix, pixExtractData(t));
    pixDestroy(&t);
    return ok ? 0 : -1;
}
