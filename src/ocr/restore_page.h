/*
 * restore_page.h: the diacritic repair (libvnfix's vnfix_restore, OCR mode)
 * applied to one OCR'd page. The page text is restored as a whole (the
 * language model needs the context), with hints built from each word's
 * confidence and tesseract's symbol alternatives; every change is mapped
 * back onto the word it falls in, so the words (PDF text layer, ALTO,
 * hOCR) carry the same repaired text as NAME.txt, and is recorded as a
 * repair {stage "restore", word, from, to}.
 */
#ifndef SOHOA_OCR_RESTORE_PAGE_H
#define SOHOA_OCR_RESTORE_PAGE_H

#include "ocr/page.h"
#include "vnfix.h"

/* Restore rec->text and rec->words in place (rec->ok, NFC text). The page
 * is left as it was when the changes cannot be mapped onto its words.
 * 0, or -1 when out of memory (page unchanged). */
int ocr_restore_page(const vnfix_model *m, page_record *rec);

#endif
