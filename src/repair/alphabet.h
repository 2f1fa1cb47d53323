/*
 * alphabet.h: what each Vietnamese letter is, read from the one generated
 * table (alphabet.c, made by tools/gen-alphabet; the Python tools read the
 * same generator). Vowel shape: 0 consonant, 1..12 a ă â e ê i o ô ơ u ư y,
 * 13 đ; tone: 0 none, 1 huyền, 2 hỏi, 3 ngã, 4 sắc, 5 nặng (the project's
 * one numbering); upper: a capital; plain: the lower-case ASCII letter it is
 * written with when marks are dropped (0 for anything not in the table).
 */
#ifndef VNFIX_ALPHABET_H
#define VNFIX_ALPHABET_H

#include <stdint.h>

typedef struct { uint8_t vowel, tone, upper; char plain; } vnfix_letter;

extern const vnfix_letter vnfix_letters_latin[0x1B0 - 0x40 + 1], vnfix_letters_ext[0x1EF9 - 0x1EA0 + 1];

static inline vnfix_letter vnfix_letter_info(uint32_t cp)
{
    static const vnfix_letter none = {0, 0, 0, 0};
    if (cp >= 0x40 && cp <= 0x1B0) return vnfix_letters_latin[cp - 0x40];
    if (cp >= 0x1EA0 && cp <= 0x1EF9) return vnfix_letters_ext[cp - 0x1EA0];
    return none;
}

/* The letter of a vowel shape (1..13) with a tone, lower or capital; 0 if
 * there is none. */
uint32_t vnfix_letter_compose(int vowel, int tone, int upper);

/* The one fold to plain letters, for matching words whatever marks they
 * carry (ocr/ anchors, segment/ matching): the lower-case ASCII letter of
 * an ASCII letter or of any Latin letter with marks (ắ ö -> a o; đ Đ, and
 * ð Ð that OCR reads for them, -> d); 0 for anything else. */
char vnfix_fold_letter(uint32_t cp);

#endif
