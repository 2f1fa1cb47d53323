/*
 * fold.h: words of a page folded for matching the anchors of a Decree 30
 * page ("Nơi nhận", "ĐẾN", "Số:", the motto) whatever marks OCR gave them.
 * Internal to the ocr stage.
 */
#ifndef SOHOA_OCR_FOLD_H
#define SOHOA_OCR_FOLD_H

#include <stddef.h>

#include "common/sbuf.h"

/* Lower-case ASCII base letter or digit of cp ('đ' -> 'd', 'Ế' -> 'e'), '?'
 * for another letter, 0 for anything else; *upper tells a capital. */
char ocr_fold_cp(long cp, int *upper);
/* Append s folded: letters and digits as ocr_fold_cp, ASCII punctuation
 * kept, '…' as "...", other symbols '~'. */
void ocr_fold_into(sbuf *b, const char *s);
/* Only the letters of s, folded, into out (cap bytes with the NUL); *caps:
 * every letter a capital; *digits: how many digits. */
void ocr_letters_of(const char *s, char *out, size_t cap, int *caps, int *digits);
/* Has s a letter or a digit? */
int ocr_has_alnum(const char *s);

#endif
