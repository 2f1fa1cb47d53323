/* restore_letters.c: Vietnamese vowel, tone and syllable-shape rules. */
#include "restore_letters.h"

#include <string.h>

#include "repair/alphabet.h"
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

static int is_vowel(uint32_t b)
{
    switch (b) {
    case U'a': case U'e': case U'i': case U'o': case U'u': case U'y':
    case U'ă': case U'â': case U'ê': case U'ô': case U'ơ': case U'ư':
        return 1;
    default:
        return 0;
    }
}

static const char *const ONSETS[] = {
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
    "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
};
static const char *const CODAS[] = {"ng", "nh", "ch", "c", "m", "n", "p", "t", "i", "y", "o", "u", ""};

static int starts(const uint32_t *s, size_t n, const char *p)
{
    size_t k = strlen(p);
    if (k > n)
        return 0;
    for (size_t i = 0; i < k; i++)
        if (s[i] != (uint32_t)(unsigned char)p[i])
            return 0;
    return 1;
}

/* Parse untoned lowercase b[0..n) into onset length and coda length with a
 * non-empty vowel group between. Returns 0 on failure. */
static int parse(const uint32_t *b, size_t n, size_t *on, size_t *co)
{
    size_t o0 = (n && b[0] == U'đ') ? 1 : 0;
    for (size_t i = 0; i < sizeof ONSETS / sizeof *ONSETS; i++) {
        size_t ol = o0;
        if (!o0) {
            if (!starts(b, n, ONSETS[i]))
                continue;
            ol = strlen(ONSETS[i]);
            if (!strcmp(ONSETS[i], "gi") && (ol == n || !is_vowel(b[ol])))
                continue;
            if (!strcmp(ONSETS[i], "qu") && ol == n)
                continue;
        }
        for (size_t j = 0; j < sizeof CODAS / sizeof *CODAS; j++) {
            size_t cl = strlen(CODAS[j]);
            if (ol + cl >= n || !starts(b + n - cl, cl, CODAS[j]))
                continue;
            int ok = 1;
            for (size_t k = ol; k < n - cl; k++)
                if (!is_vowel(b[k])) { ok = 0; break; }
            if (ok) {
                *on = ol;
                *co = cl;
                /* "uy" is a vowel pair, not u + coda y: thuỷ/thủy */
                if (cl == 1 && b[n - 1] == U'y' && n - ol == 2 && b[ol] == U'u')
                    *co = 0;
                return 1;
            }
        }
        if (o0)
            break;
    }
    return 0;
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
    if (!parse(b, n, &on, &co))
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
    if (!tone || !parse(b, n, &on, &co) || co || !vnfix_tone_styled_pair(b + on, n - on))
        return 0;
    return where == on ? 1 : 2;
}
