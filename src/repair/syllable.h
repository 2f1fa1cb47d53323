/*
 * syllable.h: is a word one valid Vietnamese syllable?
 *
 * The parser splits a word into onset, medial + nucleus (the vowel run),
 * coda and tone, and applies the real constraints of the spelling: which
 * codas a vowel group takes, which vowel groups need a coda, stop codas
 * (p t c ch) only with sắc or nặng, k/gh/ngh only before i e ê y, c/g/ng
 * not before them, q only as qu, one tone per syllable, and one case
 * pattern (lower, UPPER or Title). Detection counts valid syllables; the
 * tone pass reads the parse to move marks within oa, oe, uy.
 */
#ifndef VNFIX_SYLLABLE_H
#define VNFIX_SYLLABLE_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    size_t onset;        /* letters of the onset (qu, gi count here) */
    size_t vowels;       /* letters of the vowel group after the onset */
    size_t coda;         /* letters of the final consonant */
    int tone;            /* 0 none, 1 huyền, 2 hỏi, 3 ngã, 4 sắc, 5 nặng */
    size_t tone_at;      /* index of the letter that carries it */
    char group[4];       /* the vowel group: a e i o u y, W=ă A=â E=ê O=ô P=ơ U=ư */
} vnfix_syllable;

/* 1 if the n code points of w (NFC) are one valid syllable, filling *s if
 * not NULL; 0 otherwise. */
int vnfix_syllable_parse(const uint32_t *w, size_t n, vnfix_syllable *s);

/* The lenient shape the diacritic restorer places tones by: onset + a
 * non-empty run of untoned lowercase vowels (a ă â e ê i o ô ơ u ư y) +
 * coda, without the spelling constraints above. Onsets are the parser's
 * (ngh ng nh ch gh gi kh ph th tr qu and the single consonants, đ; gi only
 * before a vowel, qu only before something), codas its consonant codas and
 * a final semivowel i y o u after another vowel, except the pair uy (thuỷ).
 * 1 with *onset_len and *coda_len set, or 0 if the n code points of b (no
 * capitals, no tones) are not of that shape. */
int vnfix_syllable_shape(const uint32_t *b, size_t n, size_t *onset_len, size_t *coda_len);

/* 1 unless w[0..n) is a syllable whose tone sits where neither spelling
 * style puts it (the parser takes a tone on any vowel of the group: "tôị",
 * "bôì"); a word that is no syllable gives 1 (an acronym). */
int vnfix_syllable_placed(const uint32_t *w, size_t n);

#endif
