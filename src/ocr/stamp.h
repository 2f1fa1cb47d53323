/*
 * stamp.h: what on an OCR'd page is drawn but is not its text. Internal to
 * the ocr stage; ocr/layout.c calls these before it orders the text.
 *
 * The receiving office's stamp (the dấu ĐẾN of Decree 30, Phụ lục IV: a
 * ruled frame with the receiving body's name, a large "ĐẾN" and fill-in
 * lines "Số:", "Ngày:", "Giờ:", "Chuyển:") is stamped on every incoming
 * document and OCR reads it into the text; printed rules come back as
 * "__—" or as words without text.
 */
#ifndef SOHOA_OCR_STAMP_H
#define SOHOA_OCR_STAMP_H

#include "ocr/lines.h"

/* Pieces without a letter or digit (rules, smudges) become WORD_NOISE. */
void stamp_mark_noise(page_record *rec, const lines *L);
/* Find received stamps: their words become WORD_STAMP and each is added
 * to rec->stamps. H: the page's line height; text_w: its text width.
 * 0, or -1 when out of memory. */
int stamp_find(page_record *rec, const lines *L, double H, int text_w);

#endif
