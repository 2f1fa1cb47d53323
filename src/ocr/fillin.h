/*
 * fillin.h: the number and the date of a Decree 30 header, which clerks
 * often write in by hand on a printed "Số:      /2026/TT-BCA" and "Hà Nội,
 * ngày     tháng     năm 2026". Tesseract reads such pen digits as junk
 * ("2Š", "ầ4", "“"), which vnfix and the diacritic repair then turn into
 * something plausible-looking (issue 23); or it drops them.
 *
 * Decree 30 writes both in arabic numerals, so what is not one is not the
 * number: the number's part before the first "/" must be 1-5 digits, the
 * day 1-31 and the month 1-12 in digits. Anything else there, or nothing,
 * where the blank holds ink (a pen's digits, a stamp: ocr/blank.h) leaves
 * the gap mark "[?]" in the text ("Số: [?]/2026/TT-BCA", "ngày [?]
 * tháng 4": the mark joins the slash word or the label, whose tesseract
 * reading stays in `raw`; the junk words become noise, kept for ALTO and
 * the PDF), and the page's record lists it under `review` (field "number"
 * or "date", what tesseract read, the box) for a person to fill in from
 * the image. The header's rows of one printed line are taken together:
 * the blank is wider than a cell gap, and pen digits written above the
 * line come out as a row of their own. A blank without ink was left
 * empty in print (published unfilled, as the hanoi scan of
 * ../shared/eval/real): it reads as the printed words ("Số: /2026/TT-BCA",
 * "ngày tháng năm 2026"), what tesseract read in it (a leader's dots)
 * becomes noise, and nothing is listed for review. Internal to the ocr
 * stage.
 */
#ifndef SOHOA_OCR_FILLIN_H
#define SOHOA_OCR_FILLIN_H

#include "ocr/lines.h"

#define FILLIN_GAP "[?]"

/* Does the rectangle x0,y0-x1,y1 of the page (rec's coordinates, x1 and
 * y1 exclusive) hold a stroke a good part of the line height H tall? 1
 * yes, 0 no, -1 out of memory. ocr/blank.h answers from the pixels; the
 * layout stays free of leptonica, and its tests can answer themselves. */
typedef struct {
    int (*has_ink)(void *ctx, int x0, int y0, int x1, int y1, double H);
    void *ctx;
} fillin_ink;

/* Check the number and date pieces of the header rows (zone 1) of L, cut
 * into cells at cut. ink: by which a blank left empty in print keeps its
 * printed words and no gap mark; NULL marks every blank not read as
 * digits. 0, or -1 when out of memory (rec may then hold some of the
 * marks; the caller's failure path clears rec->reviews). */
int fillin_check(page_record *rec, const lines *L, int cut, const fillin_ink *ink);

#endif
