/*
 * engine.h: one tesseract instance for one worker thread, created once and
 * reused for every page the worker takes (Init costs ~0.1 s and ~12 MB).
 * Page segmentation is PSM_AUTO (the C API's default is a single block,
 * which loses about 3 CER points on real scans) and LSTM symbol
 * alternatives are on, so the diacritic repair can use them.
 *
 * The process must run with OMP_THREAD_LIMIT=1 in its environment from
 * the start (see cli/sohoa.c): libgomp reads it before main.
 *
 * The model: for a single language, the LANG.traineddata of sohoa's own
 * tessdata folder ($SOHOA_TESSDATA, else lang/tessdata of the source
 * tree, else the installed data folder) when there is one, else
 * tesseract's default (Debian's tesseract-ocr-vie, the small "fast"
 * model). tools/setup puts there the best_int vie of npm's
 * @tesseract.js-data/vie (SHA-256 checked). Measured on the dev pages of
 * tools/make-ocr-devset --signed (d400-d417), sohoa with best_int / with
 * the fast model: mean CER .0159 / .0186 (levels 1-3: .0106/.0129/.0241
 * against .0139/.0138/.0280), DER .0004 / .0010, better on 13 pages of
 * 18, worse on 4; CPU time on 6 of those pages +14 % (14.7 s against
 * 12.6-13.0 s). Adopted: it pays for its time. On the 14 pages of
 * tools/bench-ocr (2026-12-05) a bare tesseract loop takes 24-29 % more
 * CPU with it than with the fast model.
 *
 * A choice between the two per line (where they disagree, by the language
 * model) was not built: it needs both readings of every line, about 85 %
 * more OCR time (the fast model costs ~88 % of best_int's). Its bound is
 * small: on the dev pages of make-ocr-devset --signed --blank (d420-d431)
 * best_int alone gives mean CER .0127, the fast model .0202, and even an
 * oracle taking the better of the two per page .0119 (best_int better on
 * 9 of 12). The cheaper form, the fast model first and best_int only for
 * the lines it is unsure of, was measured and not built either (issue 23,
 * 2026-12-05, d400-d417, one run each, -j 2): sohoa on the fast model
 * takes 41.1 s of CPU where best_int takes 46.9-47.7 s (x0.87: these
 * pages spend much of their time outside the recogniser, on seals, the
 * signer's block and colour), for mean CER .0170 against .0139 (level 3
 * .0286 / .0240) and DER .0012 / .0006; a line holding a word under
 * confidence 80 or outside the syllable inventory would be read again,
 * 19 % of the lines and 17 % of the words on the fast reading (14 % and
 * 11 % under 70), about 0.17 x 0.7 (the recogniser's share, perf) x
 * 47 s = 5.6 s more: 46.7 s, best_int's own cost, for at most its
 * accuracy. On the five real scans the fast model alone gives DER .0102
 * (goal <= .010; best_int .0074).
 */
#ifndef SOHOA_OCR_ENGINE_H
#define SOHOA_OCR_ENGINE_H

#include <stddef.h>

#include "ocr/page.h"

struct Pix;

typedef struct ocr_engine ocr_engine;

/* lang: tesseract language list ("vie", "vie+eng"). want_osd: allow
 * ocr_engine_orientation, which loads the orientation model
 * (osd.traineddata) at its first call. */
ocr_engine *ocr_engine_create(const char *lang, int want_osd, char *err, size_t errlen);
void ocr_engine_destroy(ocr_engine *e);

/* Clockwise quarter turns (0..3) that make the page upright, with the
 * detector's confidence; -1 when undecided (too little text, no model). */
int ocr_engine_orientation(ocr_engine *e, struct Pix *pix, float *conf);

enum { OCR_OK = 0, OCR_ERROR = -1, OCR_TIMEOUT = -2, OCR_CANCELLED = -3 };

/* Recognise *pix (declared at dpi). Words go into rec (boxes divided by
 * scale, so they refer to the image before upscaling), rec->mean_conf is
 * set, and tesseract's page text is returned in *text (malloc'd) when
 * text is not NULL (NULL: not computed, the words are all that is kept).
 * timeout_ms <= 0: none. *cancel != 0 stops recognition early. *pix may
 * come back as another image with the same pixels (tesseract's copy,
 * taken instead of holding two while it reads): the caller still owns
 * *pix and must not keep other pointers to it across the call. */
int ocr_engine_recognize(ocr_engine *e, struct Pix **pix, int dpi, double scale,
                         int timeout_ms, const volatile int *cancel,
                         page_record *rec, char **text);

/* Recognise only the rectangle x, y, w, h of pix (pixels of pix) as one
 * block of text (PSM 6), words into rec as ocr_engine_recognize does
 * (boxes on the whole page, divided by scale). Page segmentation takes a
 * seal or a signature with the text lines under it for a picture and
 * drops those lines; read as a block they come back (ocr/signer.c). */
int ocr_engine_recognize_block(ocr_engine *e, struct Pix *pix, int dpi, double scale, int x,
                               int y, int w, int h, page_record *rec);

/* "5.3.0" */
const char *ocr_engine_tesseract_version(void);
/* The model's version string (read from LANG.traineddata), malloc'd or NULL. */
char *ocr_engine_model_version(const char *lang);

#endif
