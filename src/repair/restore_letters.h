/* restore_letters.h: Vietnamese letters and syllable shape for the restorer:
 * tone and vowel marks on code points (from the one alphabet, alphabet.h),
 * canonical tone placement; the syllable shape is syllable.c's
 * (vnfix_syllable_shape). */
#ifndef SOHOA_RESTORE_LETTERS_H
#define SOHOA_RESTORE_LETTERS_H

#include <stddef.h>
#include <stdint.h>

/* Split a lowercase code point into its untoned letter (ă, ê... keep their
 * vowel mark) and tone 0..5 as alphabet.h numbers them. */
void vnl_split(uint32_t c, uint32_t *base, int *tone);
/* The untoned letter with a tone; c itself if it takes none. */
uint32_t vnl_tone(uint32_t base, int tone);
/* Bare letter: no tone, no vowel mark, đ -> d. */
uint32_t vnl_bare(uint32_t c);
/* 1 if c (lowercase) carries a tone, a vowel mark, or is đ. */
int vnl_marked(uint32_t c);
/* Rewrite the lowercase syllable s[0..n) with its tone placed by style
 * (1 old: hòa, 2 new: hoà). Returns the length (same as n), or 0 if s does
 * not parse as onset + vowels + coda. */
size_t vnl_place(const uint32_t *s, size_t n, int style, uint32_t *out);
/* Which style a syllable shows: 1 old, 2 new, 0 neither (not open oa/oe/uy). */
int vnl_style_of(const uint32_t *s, size_t n);

#endif
