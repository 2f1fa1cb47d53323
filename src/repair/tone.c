/* tone.c: tone placement keep / old / new (see tone.h). */
#include "tone.h"

#include <string.h>

#include "codec.h"
#include "syllable.h"

static int is_word_char(uint32_t c)
{
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || vnfix_letter_info(c).vowel;
}

static void place(uint32_t *w, size_t n, vnfix_tone policy)
{
    vnfix_syllable s;
    if (!vnfix_syllable_parse(w, n, &s) || s.coda || !s.tone || s.vowels != 2)
        return;
    if (strcmp(s.group, "oa") && strcmp(s.group, "oe") && strcmp(s.group, "uy"))
        return;
    size_t want = s.onset + (policy == VNFIX_TONE_OLD ? 0 : 1);
    if (want == s.tone_at)
        return;
    vnfix_letter from = vnfix_letter_info(w[s.tone_at]);
    vnfix_letter to = vnfix_letter_info(w[want]);
    if (!to.vowel)                                /* ASCII vowel */
        to = vnfix_letter_info(w[want]);
    uint32_t plain = vnfix_letter_compose(from.vowel, 0, from.upper);
    uint32_t marked = vnfix_letter_compose(to.vowel, s.tone, to.upper);
    if (!plain || !marked)
        return;
    w[s.tone_at] = plain;
    w[want] = marked;
}

void vnfix_tone_apply(uint32_t *cps, size_t n, vnfix_tone policy)
{
    if (policy == VNFIX_TONE_KEEP)
        return;
    size_t i = 0;
    while (i < n) {
        if (!is_word_char(cps[i])) { i++; continue; }
        size_t j = i;
        while (j < n && is_word_char(cps[j])) j++;
        place(cps + i, j - i, policy);
        i = j;
    }
}
