/* shy.c: the stripped TCVN3 ư (see shy.h). */
#include "shy.h"

#include <string.h>

#include "codec.h"
#include "syllable.h"

enum { V_OW = 9, V_UW = 11 };   /* ơ and ư in codec.h's vowel numbering */

static int is_letter(uint32_t c, vnfix_letter li)
{
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || li.vowel;
}

size_t vnfix_shy_restore(uint32_t *cps, size_t *n)
{
    size_t len = *n, put = 0, i = 0;
    while (i < len) {
        vnfix_letter li = vnfix_letter_info(cps[i]);
        if (!is_letter(cps[i], li)) { i++; continue; }
        /* (each letter's table entry read once, in the walk to the word's
         * end: the counts were three more reads a letter, and the function
         * runs on every reading of mojibake through Windows-1252) */
        size_t j = i, at = SIZE_MAX;
        int vowels = 0, lower = 1;
        do {
            if (li.vowel == V_OW && at == SIZE_MAX) at = j;
            vowels += li.vowel != 0 && li.vowel != 13;
            /* an ASCII capital is for the syllable parser to judge ("Nh" takes ư) */
            lower &= cps[j] < 0x80 || !li.upper;
            if (++j < len) li = vnfix_letter_info(cps[j]);
        } while (j < len && is_letter(cps[j], li));
        size_t wl = j - i;
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
