/*
 * pixhold.h: a colour page's pixels held deflated while tesseract reads
 * its grey copy (issue 21).
 *
 * A worker's peak is the page recognition: tesseract's copy of the grey
 * page and its layout data on top of the page as decoded, which the
 * stages after recognition still read (seals, the blanks' ink, the turned
 * reading of a sideways page, the archival PDF). A 32-bit page is 4 bytes
 * a pixel, 61 MB at the default pixel limit, the largest thing a worker
 * holds; deflated (zlib level 1) a scan takes a tenth to a third of that,
 * and inflated back it is the same pixels. That costs CPU (0.5 s to
 * deflate and 0.3 s to inflate an A3 colour page at 300 dpi here, on a
 * loaded machine), so only pages of PIXHOLD_MIN_BYTES or more are held:
 * below, the page and tesseract's memory together stay under what a held
 * A3 page peaks at (docs/archivists.md). 8-bit and 1-bit pages are left
 * as they are: a quarter or less of that.
 */
#ifndef SOHOA_OCR_PIXHOLD_H
#define SOHOA_OCR_PIXHOLD_H

#include <stddef.h>

struct Pix;

typedef struct {
    unsigned char *z;   /* the pixels deflated; NULL: not held */
    size_t zlen, raw;
} pix_hold;

/* 12 million pixels of 4 bytes: A3 at 300 dpi is held, A4 is not. */
#define PIXHOLD_MIN_BYTES ((size_t)48 << 20)

/* Deflate a 32-bit pix's pixels of min_bytes or more and free them; pix
 * keeps its size, depth and resolution, and must not be read until
 * pix_unhold. 1: held; 0: pix left as it was (not 32-bit, smaller,
 * shared, no gain, or no memory). */
int pix_hold_pixels(struct Pix *pix, size_t min_bytes, pix_hold *h);

/* The pixels back into pix, exactly as they were (nothing when none are
 * held). 0, or -1 when memory ran out: pix then has no pixels. */
int pix_unhold(struct Pix *pix, pix_hold *h);

#endif
