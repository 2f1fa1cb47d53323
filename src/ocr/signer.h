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
 * reading order is then the layout stage's business. Internal to the ocr
 * stage.
 */
#ifndef SOHOA_OCR_SIGNER_H
#define SOHOA_OCR_SIGNER_H

#include "ocr/engine.h"

/* pix: the image rec's words were read on (at dpi, upscaled by scale).
 * 0 (also when nothing was done), or -1 when out of memory or OCR
 * failed (rec is then unchanged). */
int ocr_signer_reread(ocr_engine *e, struct Pix *pix, int dpi, double scale, page_record *rec);

#endif
