/*
 * seal.h: the red seal (con dấu) on a colour scan, found by its ink.
 *
 * A Decree 30 document is sealed over the signer's name with a round red
 * seal; on a colour scan it is the one large patch of red ink on the page.
 * dropink (ocr/preprocess.c) takes it out before recognition; the seal is
 * then listed among the page's stamps in NAME.json (kind "seal", its box,
 * and the text round its ring: tesseract does not read text set on a
 * circle, so the ring is unwrapped into a straight strip first, which the
 * pipeline reads as one block; "" when that gives no word). On the colour
 * pages of make-ocr-devset --signed --blank d420-d431 (4 seals) it read
 * "BỘ TÀI CHÍNH" and "VĂN PHÒNG CHÍNH PHỦ" exactly, "BỘ TÀLCHÍNH" (200
 * dpi) and nothing on the 150 dpi photocopy. Internal to the ocr stage.
 */
#ifndef SOHOA_OCR_SEAL_H
#define SOHOA_OCR_SEAL_H

#include "ocr/page.h"

struct Pix;

/* colour: the 32-bit page as decoded; quads and skew_deg: the turns the
 * preprocessing gave the page, so that the box is in rec's coordinates;
 * dpi: its resolution. Adds the seal, if one is found, to rec->stamps.
 * 0, or -1 when out of memory. */
int seal_find(struct Pix *colour, int quads, double skew_deg, int dpi, page_record *rec);

/* The seal s (found by seal_find on the same page with the same turns)
 * with its ring unwrapped into a straight strip of text: polar
 * coordinates round its centre, the band between the outer ring and the
 * star, from the angle with the least ink (the gap between the text's two
 * ends) clockwise, black on white with a margin, for OCR as one line. NULL
 * when the page is not in colour or out of memory. */
struct Pix *seal_ring_strip(struct Pix *colour, int quads, double skew_deg, const page_stamp *s);

#endif
