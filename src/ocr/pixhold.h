/*
 * pixhold.h: a colour page's pixels held deflated while tesseract reads
 * its grey copy (issue 21).
 *
 * A worker's peak is the page recognition: tesseract's copy of the grey
 * page and its layout data on top of the page as decoded, which the
 * stages after recognition still read (seals, the blanks' ink, the turned
 * reading of a sideways page, the archival PDF). A 32-bit page is 4 bytes
 * a pixel, 61 MB at the default pixel limit, the largest thing a worker
 * holds; deflated (zlib level 1, about 0.3 s for those 61 MB here) a scan
 * takes a third of that or less, and inflated back it is the same pixels.
 * 8-bit and 1-bit pages are left as they are: a quarter or less of that.
 */
#ifndef SOHOA_OCR_PIXHOLD_H
#define SOHOA_OCR_PIXHOLD_H

#include <stddef.h>

struct Pix;

typedef struct {
    unsigned char *z;   /* the pixels deflated; NULL: not held */
    size_t zlen, raw;
} pix_hold;

/* Deflate a 32-bit pix's pixels and free them; pix keeps its size, depth
 * and resolution, and must not be read until pix_unhold. 1: held; 0: pix
 * left as it was (not 32-bit, shared, no gain, or no memory). */
int pix_hold_pixels(struct Pix *pix, pix_hold *h);

/* The pixels back into pix, exactly as they were (nothing when none are
 * held). 0, or -1 when memory ran out: pix then has no pixels. */
int pix_unhold(struct Pix *pix, pix_hold *h);

#endif
