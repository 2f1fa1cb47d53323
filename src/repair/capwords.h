/* capwords.h: the words, or pairs of words, that begin with a toned vowel
 * and that Vietnamese writes with a capital inside a sentence ("Ủy ban":
 * the first syllable of a body's name), counted in the training text by
 * tools/gen-capwords (lang/capwords.tsv) and generated as capwords.c. */
#ifndef VNFIX_CAPWORDS_H
#define VNFIX_CAPWORDS_H

#include <stddef.h>
#include <stdint.h>

/* Lowercase NFC code points: the first word (w1[0] a toned vowel), and the
 * word after it (n2 0: any word, or none). */
typedef struct { uint32_t w1[7], w2[7]; uint8_t n1, n2; } vnfix_capword;

extern const vnfix_capword vnfix_capwords[];
extern const size_t vnfix_ncapwords;

#endif
