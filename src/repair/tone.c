/* tone.c: tone placement keep / old / new (see tone.h). */
#include "tone.h"

#include <string.h>

#include "codec.h"
#include "syllable.h"

static int is_word_char(uint32_t c)
{
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || vnfix_letter_info(c).vowel;
}

size_t vnfix_tone_slot(const uint32_t *v, size_t k, int has_coda, int new_style)
{
    static const uint32_t pref[] = {U'ơ', U'ê', U'ô', U'â', U'ă', U'ư'};
    int has_o = 0;
    if (new_style && !has_coda && vnfix_tone_styled_pair(v, k))
        return 1;
    for (size_t i = 0; i < k; i++)
        if (v[i] == U'ơ') has_o = 1;
    for (size_t p = 0; p < 6; p++) {
        if (pref[p] == U'ư' && has_o)
            continue;
        for (size_t i = k; i-- > 0;)
            if (v[i] == pref[p])
                return i;
    }
    if (k == 1)
        return 0;
    if (has_coda)
        return k - 1;
    return k == 3 ? 1 : 0;
}

int vnfix_tone_styled_pair(const uint32_t *v, size_t k)
{
    return k == 2 && ((v[0] == U'o' && (v[1] == U'a' || v[1] == U'e')) || (v[0] == U'u' && v[1] == U'y'));
}

static void place(uint32_t *w, size_t n, vnfix_tone policy)
{
    vnfix_syllable s;
    if (!vnfix_syllable_parse(w, n, &s) || s.coda || !s.tone || s.vowels != 2)
        return;
    uint32_t v[2];
    for (size_t i = 0; i < 2; i++)
        v[i] = vnfix_letter_compose(vnfix_letter_info(w[s.onset + i]).vowel, 0, 0);
    if (!vnfix_tone_styled_pair(v, 2))
        return;
    size_t want = s.onset + vnfix_tone_slot(v, 2, 0, policy == VNFIX_TONE_NEW);
    if (want == s.tone_at)
        return;
    vnfix_letter from = vnfix_letter_info(w[s.tone_at]);
    vnfix_letter to = vnfix_letter_info(w[want]);
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
