/*
 * preprocess.h: page image cleaning before OCR, with leptonica.
 *
 * Steps, in this order, each switchable (--preprocess) so that the choice
 * can be measured: grayscale (always), a quarter turn chosen by the caller
 * (the orient step lives in pipeline.c: tesseract's orientation detector
 * costs 0.3-0.4 s a page, so it runs only on pages whose OCR confidence is
 * low), upscale (pages under 300 dpi to 300), normalize
 * (background normalisation: flattens uneven or faded backgrounds), deskew,
 * binarize (adaptive Sauvola; otherwise tesseract binarises the gray page
 * itself with Otsu), despeckle (only isolated specks far smaller than any
 * diacritic). The default set was chosen by CER on synthetic scans
 * (tests/ocr/measure-preprocess: mkscan.sh pages of ../shared/corpora text,
 * never the evaluation pages). Mean CER, levels 1/2/3, 3 texts:
 *   none .018/.048/.033, upscale .018/.015/.016, deskew .017/.027/.026,
 *   upscale,deskew .017/.014/.009, + normalize .017/.018/.010,
 *   + binarize (Sauvola) .027/.013/.014, + despeckle the same;
 * 6 texts: deskew .013/.019/.046, upscale,deskew .013/.005/.026.
 * Normalisation and binarisation did not pay on these pages, so they are
 * off by default (tesseract's own Otsu on the gray page does as well).
 */
#ifndef SOHOA_OCR_PREPROCESS_H
#define SOHOA_OCR_PREPROCESS_H

#include <stddef.h>

#include "ocr/page.h"

struct Pix;

enum {
    PRE_ORIENT = 1 << 0,
    PRE_UPSCALE = 1 << 1,
    PRE_NORMALIZE = 1 << 2,
    PRE_DESKEW = 1 << 3,
    PRE_BINARIZE = 1 << 4,
    PRE_DESPECKLE = 1 << 5,
};

#define PREPROCESS_DEFAULT "orient,upscale,deskew"

/* Parse "orient,deskew,..." or "none" into flags; -1 on an unknown name
 * (named in err). */
int preprocess_parse(const char *spec, unsigned *flags, char *err, size_t errlen);
/* Canonical spelling of flags (static storage of the caller: buf). */
const char *preprocess_format(unsigned flags, char *buf, size_t len);

/* Turn pix (any depth, resolution dpi), first turned clockwise by quads
 * quarter turns, into the image to OCR. Returns a new Pix; records
 * rotation, skew and scale in rec. Word boxes found on the result
 * divided by rec->scale refer to the page turned by rec->rotation and
 * deskewed by rec->skew at dpi. NULL when out of memory. */
struct Pix *preprocess_page(struct Pix *pix, int dpi, unsigned flags, int quads,
                            page_record *rec);

#endif
