/*
 * preprocess.h: page image cleaning before OCR, with leptonica.
 *
 * Steps, in this order, each switchable (--preprocess) so that the choice
 * can be measured: grayscale (always), a quarter turn chosen by the caller
 * (the orient step lives in pipeline.c: tesseract's orientation detector
 * costs 0.3-0.4 s a page, so it runs only on pages whose OCR confidence is
 * low), upscale (pages of 140-199 dpi to 225, under 140 to 300, except
 * bilevel pages: see
 * below; until issue 23's speed step pages under 280 dpi went to 300),
 * normalize
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
 * pages read as they are (tools/bench-ocr's header). Chosen on the dev
 * pages of make-ocr-devset --signed (d400-d417, 6 a level, regenerated at
 * commit 52df21e; 2026-12-05, one run each, sohoa run -j 1, CPU user+sys;
 * mean CER / DER / CPU of the 6 pages):
 *   level 2 (200 dpi): to 300 (old) .0121 / .0014 / 11.0 s; to 250
 *     .0125 / .0005 / 9.7 s; as it is .0131 / .0009 / 9.4 s (8.9 s rerun);
 *   level 3 (150 dpi): to 300 (old) .0286 / .0019 / 10.9 s; to 250 .0290
 *     / .0019 / 9.4 s; to 225 (x1.5) .0270 / .0000 / 8.8 s; to 200 .0262
 *     / .0015 / 8.3 s; as it is .0331 / .0009 / 7.3 s.
 * Per page the level-3 differences between factors go both ways by up to
 * .017 (d407 .034 -> .046 at x1.5, d416 .038 -> .021), so on 6 pages
 * only "not at all" is clearly worse; the earlier figure of 42.4 s against
 * 46.9-47.7 s for no upscaling on all 18 pages agrees. Taken: under 200
 * dpi to 225, 200 dpi and up as they are (the rule x1.5 for 150 dpi, none
 * for 200), under 140 dpi to 300 as before (an inferred dpi there
 * understates the text's size: tests/ocr/test_run.py's nodpi page);
 * dev levels 2-3 CPU 21.9 -> 18.2 s (-17 %), mean CER .0204 -> .0201,
 * DER .0017 -> .0005; level 1 (300 dpi) and the five real scans
 * (bilevel, never upscaled: scale 1 in NAME.json) unchanged.
 * Held-out pages with the rule taken, measured once (make-ocr-devset
 * --signed 18 500, never looked into): level 3 (d500-d515, 6 pages) CER
 * .0247 DER .0004 CPU 9.5 s (goal <= .03); level 2 (d502-d514, 5 pages:
 * d517 was not made in time) CER .0086 DER .0009 CPU 7.8 s. The five real
 * scans: CER .0575 against plain tesseract .1157 (50 % lower, lower on
 * every page), DER .0102, their text unchanged by this rule (the DER is
 * hanoi's .0248, as before).
 * All figures above read with Debian's fast model (this worktree had no
 * lang/tessdata). Measured again with best_int, the model sohoa ships
 * (lang/tessdata, tools/setup's SHA-256; the record's "model" says so),
 * on dev pages only: d400-d417 (--signed) and d420-d431 (--signed
 * --blank), 2026-12-05, one run each, sohoa run -j 1, CPU user+sys of a
 * level's pages; mean CER / DER / CPU:
 *   level 3 (150 dpi), 6 + 4 pages: as it is .0230 / .0017 / 10.2 s and
 *     .0198 / .0000 / 6.8 s (10 pages .0217 / .0010 / 17.0 s); x1.5 (the
 *     rule) .0264 / .0005 / 11.7 s and .0166 / .0006 / 8.3 s (.0225 /
 *     .0005 / 20.0 s); x2 (the old rule) .0240 / .0009 / 13.9 s and
 *     .0174 / .0006 / 9.6 s (.0214 / .0008 / 23.5 s);
 *   level 2 (200 dpi), 6 + 4: as it is (the rule) .0087 / .0005 / 12.2 s
 *     and .0080 / .0007 / 7.6 s (.0084 / .0006 / 19.8 s); to 300 (the old
 *     rule) .0096 / .0005 / 15.0 s and .0105 / .0000 / 9.3 s (.0100 /
 *     .0003 / 24.3 s);
 *   level 1 (300 dpi, no rule applies): .0082 / .0004 / 22.6 s (6 pages).
 * At 150 dpi the three differ in CER by less than the pages do: x1.5
 * against none is better on 5 pages of 10 and worse on 5 (d407 .0255 ->
 * .0473, d422 .0197 -> .0084), x2 against x1.5 better on 4, worse on 5;
 * no upscaling doubles DER (a diacritic wrong on 3 pages, against 2) and
 * costs 15 % less CPU; x2 costs 18 % more for nothing clear. At 200 dpi
 * reading as it is is as good or better and 18 % cheaper. So the rule
 * stays as it is: on these pages no other is at least as good on both
 * CER and DER, and a 150 dpi grey page of the bench once lost most
 * without upscaling (tools/bench-ocr: syn_l3_2 .098 -> .291, fast model,
 * no alternatives either). Held out with this rule, run once (d500-d517,
 * never looked into): level 3
 * .0179 / .0009 / 12.7 s (goal <= .03), level 2 .0093 / .0012 / 12.2 s,
 * level 1 .0075 / .0000 / 22.5 s. The five real scans (bilevel, never
 * upscaled, tools/ocr-vs-tesseract): CER .0568 against plain tesseract's
 * .1157 (51 % lower), lower on every page (the closest nq_115: .0913
 * against .0989), DER .0074 (hanoi .0177; goal <= .010).
 * A rule by measured x-height was not tried: on these pages the type is
 * 13-14 pt and the dpi declared, so the x-height follows the dpi (about
 * 13 px at 150 dpi, 17 at 200) and any threshold on it picks what the dpi
 * rule picks; the glyph-height rule above did not help the bilevel set.
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

/* upscale: pages under UPSCALE_BELOW_DPI are scaled to UPSCALE_TO_DPI,
 * those under UPSCALE_FULL_BELOW_DPI to 300 (see preprocess.c). */
#define UPSCALE_BELOW_DPI 200
#define UPSCALE_TO_DPI 225
#define UPSCALE_FULL_BELOW_DPI 140

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
