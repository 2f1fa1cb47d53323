/*
 * preprocess.h: page image cleaning before OCR, with leptonica.
 *
 * Steps, in this order, each switchable (--preprocess) so that the choice
 * can be measured: grayscale (always), a quarter turn chosen by the caller
 * (the orient step lives in pipeline.c: tesseract's orientation detector
 * costs 0.3-0.4 s a page, so it runs only on pages whose OCR confidence is
 * low), upscale (pages under 280 dpi to 300, except bilevel pages: see
 * below), normalize
 * (background normalisation: flattens uneven or faded backgrounds), deskew,
 * binarize (adaptive Sauvola; otherwise tesseract binarises the gray page
 * itself with Otsu), despeckle (only isolated specks far smaller than any
 * diacritic). dropink (in the grey conversion, first) turns coloured ink
 * pale: red seals and blue signatures over the signer's block, pen
 * fill-ins (issue 23); grey pixels keep their value, so grey and bilevel
 * pages read exactly as without it. Chosen on the dev pages of
 * tools/make-ocr-devset --signed (d400-d417, 9 colour of 18): mean CER
 * .0324 -> .0270, better on 6 colour pages, worse on 2 (d401 level 3
 * +.013, d406 +.002), the grey pages unchanged. The default set was chosen by CER on synthetic scans
 * (tests/ocr/measure-preprocess: mkscan.sh pages of ../shared/corpora text,
 * never the evaluation pages). Mean CER, levels 1/2/3, 3 texts:
 *   none .018/.048/.033, upscale .018/.015/.016, deskew .017/.027/.026,
 *   upscale,deskew .017/.014/.009, + normalize .017/.018/.010,
 *   + binarize (Sauvola) .027/.013/.014, + despeckle the same;
 * 6 texts: deskew .013/.019/.046, upscale,deskew .013/.005/.026.
 * Normalisation and binarisation did not pay on these pages, so they are
 * off by default (tesseract's own Otsu on the gray page does as well).
 *
 * Bilevel pages (1-bit fax/CCITT scans, also when saved as 8-bit/RGB or
 * rasterised from their PDF: >= 90 % pure black or white pixels) are not
 * upscaled: interpolation adds no detail to them, only grey edges that
 * tesseract re-thresholds, and the page segments differently. Measured
 * with tests/ocr/measure-policy on 16 development pages of that kind
 * (tools/make-ocr-devset: Decree-30 layout, 13-14 pt, 200 dpi, 1 bit,
 * PDF-rasterised, no pHYs; text of ../shared/corpora/vi-legal-2), mean
 * CER (DER), PSM 3 (32 pages, d00-d31, below):
 *   declared A4-inferred dpi: no steps .0266 (.0132); deskew .0242 (.0118);
 *   upscale,deskew (the old default) .0276 (.0124), worse on 11 of 16
 *   pages; deskew only from 0.5 deg .0240 (.0123); 1-bit input to
 *   tesseract (threshold 128) + deskew .0254 (.0169);
 *   declared 300: + deskew .0250 (.0116);
 *   none declared (tesseract estimates from text size): .0246 (.0129),
 *   + deskew .0228 (.0116): same text as inferred on 11 of 16 pages, the
 *   mean gain from one page (.050 -> .020) against 3 pages worse, so not
 *   taken (in PSM 3 tesseract then estimates the resolution from text
 *   size, ~332 dpi on a 200 dpi page, though GetSourceYResolution still
 *   reports 70);
 *   PSM 4 as PSM 3 on these pages but mkscan level 3 .214 (PSM 3 .016).
 * Upscaling only by glyph height (median connected-component height
 * under 16 or 18 px) did not help either set. On mkscan levels 1-3 the
 * rule changes nothing (grey pages): .0186/.0099/.0231 before and after
 * (3 texts, measure-policy). Bilevel pages without pHYs at 200 dpi: CER
 * .0289 -> .0256 on 16 unrasterised 1-bit pages of the same generator.
 * On 32 pages (d00-d31): deskew .0272 (.0130), upscale,deskew .0284
 * (.0147): no upscale better on 17 pages, worse on 13 (DER 16 / 10), so
 * the gain is modest; none declared + deskew .0257 (.0128), better on 6
 * pages, worse on 6, equal on 20: not taken, as above. Paired on 112
 * pages (tests/ocr/measure-paired, d00-d31 and d100-d179): declared
 * .0254 (.0103), none declared .0251 (.0104), difference -.0003 with a 95%
 * bootstrap interval [-.0016, +.0007]; none declared better on 16 pages,
 * worse on 28, equal on 68 (sign test p 0.096); identical on mkscan
 * levels 1-3. No clear winner, so the declared inferred dpi stays.
 *
 * Speed (issue 23): upscaled pages cost sohoa x1.57 (200 dpi) and x1.64
 * (150 dpi) of a bare tesseract on the same model, against x1.14-1.26 for
 * pages read as they are (tools/bench-ocr's header). On the dev pages of
 * make-ocr-devset --signed (d400-d417, 2026-12-05, one run each) upscale
 * left out of the default set: CPU 46.9-47.7 -> 42.4 s, mean CER .0139 ->
 * .0133 (level 2 .0096 -> .0087, level 3 .0240 -> .0230), DER .0006 ->
 * .0009 (level 3 .0009 -> .0017). That contradicts the mkscan figures
 * above (6 texts, level 3 .046 without, .026 with) and was not measured
 * on held-out pages: left as it is, to be settled on a larger dev set.
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
    PRE_DROPINK = 1 << 6,
};

#define PREPROCESS_DEFAULT "orient,dropink,upscale,deskew"

/* Parse "orient,deskew,..." or "none" into flags; -1 on an unknown name
 * (named in err). */
int preprocess_parse(const char *spec, unsigned *flags, char *err, size_t errlen);
/* Canonical spelling of flags (static storage of the caller: buf). */
const char *preprocess_format(unsigned flags, char *buf, size_t len);

/* Turn pix (any depth, resolution dpi), first turned clockwise by quads
 * quarter turns, into the image to OCR; upscaling stops at max_pixels (0:
 * no limit), so a page read downsampled is not blown up again. Returns a
 * new Pix; records
 * rotation, skew and scale in rec. Word boxes found on the result
 * divided by rec->scale refer to the page turned by rec->rotation and
 * deskewed by rec->skew at dpi. NULL when out of memory. */
struct Pix *preprocess_page(struct Pix *pix, int dpi, unsigned flags, int quads,
                            long long max_pixels, page_record *rec);

#endif
