/* caps.c: capitals-font case recovery (see caps.h). */
#include "caps.h"

#include "codec.h"

static int letter_case(uint32_t c, int *toned_lower)
{
    *toned_lower = 0;
    if (c >= 'A' && c <= 'Z') return 1;
    if (c >= 'a' && c <= 'z') return -1;
    vnfix_letter L = vnfix_letter_info(c);
    if (!L.vowel) return 0;
    if (L.upper) return 1;
    /* lowercase letters a capitals font could have meant as capitals */
    *toned_lower = L.tone != 0;
    return -1;
}

static int is_word(uint32_t c)
{
    int t;
    return letter_case(c, &t) != 0;
}

/* Word stats: capitals, lowercase that is not toned, toned lowercase. */
static void stats(const uint32_t *w, size_t n, size_t *up, size_t *low, size_t *toned)
{
    *up = *low = *toned = 0;
    for (size_t i = 0; i < n; i++) {
        int t, c = letter_case(w[i], &t);
        if (c > 0) (*up)++;
        else if (t) (*toned)++;
        else if (c < 0) (*low)++;
    }
}

static void raise(uint32_t *w, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        vnfix_letter L = vnfix_letter_info(w[i]);
        if (L.vowel && !L.upper && L.tone)
            w[i] = vnfix_letter_compose(L.vowel, L.tone, 1);
    }
}

size_t vnfix_caps_recover(uint32_t *cps, size_t n)
{
    size_t k = 0;
    while (k < n && !((cps[k] >= 'A' && cps[k] <= 'Z') || (cps[k] >= 0xC0 && vnfix_letter_info(cps[k]).upper)))
        k++;
    if (k == n)
        return 0;                                   /* no capital: nothing to decide */
    /* First pass: is the line a heading (every other cased word in capitals)? */
    size_t caps_words = 0, other_words = 0, undecided = 0;
    for (size_t i = 0; i < n;) {
        if (!is_word(cps[i])) { i++; continue; }
        size_t j = i, up, low, toned;
        while (j < n && is_word(cps[j])) j++;
        stats(cps + i, j - i, &up, &low, &toned);
        if (!low && up >= 2) caps_words++;
        else if (low || (!toned && up <= 1)) other_words++;
        i = j;
    }
    int heading = caps_words > 0 && other_words == 0;
    for (size_t i = 0; i < n;) {
        if (!is_word(cps[i])) { i++; continue; }
        size_t j = i, up, low, toned;
        while (j < n && is_word(cps[j])) j++;
        stats(cps + i, j - i, &up, &low, &toned);
        if (toned && !low && up >= 2)
            raise(cps + i, j - i);
        else if (toned && !low && up == 1 && heading)
            raise(cps + i, j - i);
        else if (toned && !low && up == 1 && caps_words)
            undecided++;
        i = j;
    }
    return undecided;
}
