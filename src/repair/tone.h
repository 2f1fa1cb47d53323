/*
 * tone.h: where the tone mark goes in the open syllables oa, oe, uy.
 * Old style (hòa, khỏe, thủy: the press and these documents) puts it on the
 * first vowel, new style (hoà, khoẻ, thuỷ) on the second; with a coda both
 * styles mark the second vowel (hoàng, thuyết), so those are left alone.
 */
#ifndef VNFIX_TONE_H
#define VNFIX_TONE_H

#include <stddef.h>
#include <stdint.h>

#include "vnfix.h"

/* The one rule of where a tone goes, for this pass and the restorer: the
 * index in the vowel group v[0..k) (untoned lower-case letters, after the
 * onset) that takes the tone. The vowel with a mark (ơ first, then ê ô â ă,
 * then ư unless ơ follows), else the only vowel, else the last before a
 * coda (has_coda), else the middle of three or the first of two; with
 * new_style, the second of an open oa, oe, uy. */
size_t vnfix_tone_slot(const uint32_t *v, size_t k, int has_coda, int new_style);
/* Whether v[0..k) is oa, oe or uy, the pairs the two styles mark apart. */
int vnfix_tone_styled_pair(const uint32_t *v, size_t k);

/* Apply policy to every word of the n code points (NFC) in place. */
void vnfix_tone_apply(uint32_t *cps, size_t n, vnfix_tone policy);

#endif
