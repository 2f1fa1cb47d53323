/*
 * blank.h: does a fill-in blank of a Decree 30 header hold ink?
 *
 * A clerk writes the number and the day and month into blanks the print
 * leaves ("Số:      /2026/TT-BCA", "ngày      tháng      năm 2026"),
 * or the document is published with them left empty (the hanoi scan of
 * ../shared/eval/real), sometimes over a dotted leader. Tesseract reads
 * nothing, junk or the leader's dots in both cases, so the text cannot
 * tell a pen's unreadable digits (a gap for a person to fill in) from an
 * empty blank (the printed words, no gap). The pixels can: a pen's digits
 * or a stamp over the blank make strokes about a glyph tall, an empty
 * blank has none (the dots of a leader, specks of noise and the short
 * rules above the line are all far flatter than a glyph).
 *
 * The ink is looked for on the page as decoded, not on the image OCR
 * read: dropink (ocr/preprocess.c) fades a blue pen away there. Internal
 * to the ocr stage.
 */
#ifndef SOHOA_OCR_BLANK_H
#define SOHOA_OCR_BLANK_H

struct Pix;

/* The page's dark pixels (any colour of ink) as a 1-bit image in the
 * coordinates of the page record's boxes: page (any depth) turned
 * clockwise by quads quarter turns and by skew_deg as the preprocessing
 * deskewed it. NULL when out of memory. */
struct Pix *blank_ink_mask(struct Pix *page, int quads, double skew_deg);

/* Does the rectangle x0,y0-x1,y1 (x1, y1 exclusive) of mask hold a
 * stroke at least a good part of the line height H tall? 1 yes, 0 no
 * (also for an empty or off-page rectangle), -1 when out of memory. */
int blank_has_ink(struct Pix *mask, int x0, int y0, int x1, int y1, double H);

#endif
