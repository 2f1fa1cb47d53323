/* shy.c: the stripped TCVN3 ư (see shy.h). */
#include "shy.h"

#include <string.h>

#include "codec.h"
#include "syllable.h"

enum { V_OW = 9, V_UW = 11 };   /* ơ and ư in codec.h's vowel numbering */

static int is_letter(uint32_t c)
{
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || vnfix_letter_info(c).vowel;
}

size_t vnfix_shy_restore(uint32_t *cps, size_t *n)
{
    size_t len = *n, put = 0, i = 0;
    while (i < len) {
        if (!is_letter(cps[i])) { i++; continue; }
        size_t j = i;
        while (j < len && is_letter(cps[j])) j++;
        size_t wl = j - i, at = SIZE_MAX;
        for (size_t k = i; k < j; k++)
            if (vnfix_letter_info(cps[k]).vowel == V_OW) { at = k; break; }
        int vowels = 0, lower = 1;
        for (size_t k = i; k < j; k++) {
            vowels += vnfix_letter_info(cps[k]).vowel != 0 && vnfix_letter_info(cps[k]).vowel != 13;
            /* an ASCII capital is for the syllable parser to judge ("Nh" takes ư) */
            lower &= cps[k] < 0x80 || !vnfix_letter_info(cps[k]).upper;
        }
        if (!vowels && lower && wl >= 2 && wl <= 3) {
            /* "nh", "th": ư was the word's only vowel ("như", "thư"); single
             * letters are left alone, they are list marks ("c)", "đ)") */
            uint32_t w[4];
            memcpy(w, cps + i, wl * sizeof *w);
            w[wl] = vnfix_letter_compose(V_UW, 0, 0);
            if (vnfix_syllable_parse(w, wl + 1, NULL)) {
                memmove(cps + j + 1, cps + j, (len - j) * sizeof *cps);
                cps[j] = w[wl];
                len++, j++, put++;
            }
            i = j;
            continue;
        }
        if (at != SIZE_MAX && wl < 8 && (at == i || vnfix_letter_info(cps[at - 1]).vowel != V_UW) &&
            !vnfix_syllable_parse(cps + i, wl, NULL)) {
            uint32_t w[9];
            size_t p = at - i;
            memcpy(w, cps + i, p * sizeof *w);
            w[p] = vnfix_letter_compose(V_UW, 0, vnfix_letter_info(cps[at]).upper);
            memcpy(w + p + 1, cps + at, (wl - p) * sizeof *w);
            if (vnfix_syllable_parse(w, wl + 1, NULL)) {
                memmove(cps + at + 1, cps + at, (len - at) * sizeof *cps);
                cps[at] = w[p];
                len++, j++, put++;
            }
        }
        i = j;
    }
    *n = len;
    return put;
}
