/*
 * signer.h: the signer's block read again when page segmentation lost it.
 *
 * Tesseract's page segmentation (PSM 3) takes a round seal stamped over
 * the signer's title lines, or a signature across them, for a picture and
 * drops the text lines under it: on the development pages of
 * tools/make-ocr-devset --signed every page with a seal lost its title
 * lines (TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / ...), greyscale or colour.
 * Read as one block of text (PSM 6), the same rectangle gives them back.
 *
 * So, on a page with a "Nơi nhận" list: when no word in capitals stands in
 * the signer's column beside the top of the list, that column (right of
 * the list, from the "Nơi nhận" line down about twelve lines) is read
 * again as a block; if that reading has a word in capitals, its words of
 * fair confidence replace the first reading's words there (the rest, the
 * seal's ring and the pen strokes read as letters, are left out). The
 * reading order is then the layout stage's business.
 *
 * A grey scan has no colour to take the seal out by (dropink), and there
 * the titles under a seal come out as junk with capitals ("ĂN PHÒN"),
 * which the test above takes for titles. So when no red seal was found,
 * the column is searched for a seal or signature by its shape: a
 * connected stroke 2.5 x 1.5 line heights or more, inked over at most 40 %
 * of its box. Where there is one, the column is always read again, first
 * with the blob's strokes lighter than the print over them whitened in
 * pix (a grey seal is mid grey, print over it black), and words inside
 * the blob are kept only from confidence 70. On the grey pages of
 * make-ocr-devset --signed --blank d420-d431 with a seal (4): CER .0292 /
 * .0126 / .0244 / .0134 -> .0174 / .0036 / .0159 / .0104; the grey pages
 * without one unchanged. Internal to the ocr stage.
 */
#ifndef SOHOA_OCR_SIGNER_H
#define SOHOA_OCR_SIGNER_H

#include "ocr/engine.h"

/* pix: the image rec's words were read on (at dpi, upscaled by scale);
 * a grey seal's strokes may be whitened in it.
 * 0 (also when nothing was done), or -1 when out of memory or OCR
 * failed (rec is then unchanged). */
int ocr_signer_reread(ocr_engine *e, struct Pix *pix, int dpi, double scale, page_record *rec);

#endif
