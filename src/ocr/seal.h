/*
 * seal.h: the red seal (con dấu) on a colour scan, found by its ink.
 *
 * A Decree 30 document is sealed over the signer's name with a round red
 * seal; on a colour scan it is the one large patch of red ink on the page.
 * dropink (ocr/preprocess.c) takes it out before recognition; the seal is
 * then listed among the page's stamps in NAME.json (kind "seal", its box;
 * the text round its ring is not read: tesseract does not read text set
 * on a circle, so it is "" rather than a guess). Internal to the ocr stage.
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

#endif
