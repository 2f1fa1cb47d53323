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

/* Apply policy to every word of the n code points (NFC) in place. */
void vnfix_tone_apply(uint32_t *cps, size_t n, vnfix_tone policy);

#endif
