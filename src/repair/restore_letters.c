/* restore_letters.c: Vietnamese letters and tone placement for the restorer;
 * the syllable shape is syllable.c's (vnfix_syllable_shape). */
#include "restore_letters.h"

#include <string.h>

#include "repair/alphabet.h"
#include "repair/syllable.h"
#include "repair/tone.h"

/* The restorer works on lower-case letters: a capital or a consonant is
 * its own base, with no tone. */
void vnl_split(uint32_t c, uint32_t *base, int *tone)
{
    vnfix_letter L = vnfix_letter_info(c);
    if (c >= 0x80 && L.vowel && L.vowel <= 12 && !L.upper) {
        *base = vnfix_letter_compose(L.vowel, 0, 0);
        *tone = L.tone;
        return;
    }
    *base = c;
    *tone = 0;
}

uint32_t vnl_tone(uint32_t base, int tone)
{
    vnfix_letter L = vnfix_letter_info(base);
    if (L.vowel && L.vowel <= 12 && !L.upper && !L.tone)
        return vnfix_letter_compose(L.vowel, tone, 0);
    return base;
}

uint32_t vnl_bare(uint32_t c)
{
    vnfix_letter L = vnfix_letter_info(c);
    return c >= 0x80 && L.vowel && !L.upper ? (uint32_t)L.plain : c;
}

int vnl_marked(uint32_t c)
{
    return c >= 0x80 && vnl_bare(c) != c;
}

size_t vnl_place(const uint32_t *s, size_t n, int style, uint32_t *out)
{
    uint32_t b[64];
    int tone = 0;
    if (n == 0 || n > 64)
        return 0;
    for (size_t i = 0; i < n; i++) {
        int t;
        vnl_split(s[i], &b[i], &t);
        if (t)
            tone = t;
    }
    size_t on, co;
    if (!vnfix_syllable_shape(b, n, &on, &co))
        return 0;
    memcpy(out, b, n * sizeof *b);
    if (tone) {
        size_t k = n - on - co;
        size_t i = vnfix_tone_slot(b + on, k, co > 0, style == 2);
        out[on + i] = vnl_tone(b[on + i], tone);
    }
    return n;
}

int vnl_style_of(const uint32_t *s, size_t n)
{
    uint32_t b[64];
    int tone = 0;
    size_t where = 0;
    if (n == 0 || n > 64)
        return 0;
    for (size_t i = 0; i < n; i++) {
        int t;
        vnl_split(s[i], &b[i], &t);
        if (t) {
            tone = t;
            where = i;
        }
    }
    size_t on, co;
    if (!tone || !vnfix_syllable_shape(b, n, &on, &co) || co || !vnfix_tone_styled_pair(b + on, n - on))
        return 0;
    return where == on ? 1 : 2;
}
