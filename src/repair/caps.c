/* caps.c: capitals-font case recovery (see caps.h). */
#include "caps.h"

#include "codec.h"
#include "syllable.h"

/* 1 capital, -1 lowercase, -2 lowercase with a tone mark (what a capitals
 * font could have meant as a capital), 0 not a letter. */
static inline int letter_case(uint32_t c)
{
    if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') return 1;
        return c >= 'a' && c <= 'z' ? -1 : 0;
    }
    vnfix_letter L = vnfix_letter_info(c);
    if (!L.vowel) return 0;
    if (L.upper) return 1;
    return L.tone ? -2 : -1;
}

/* A word of capitals that shows the line is a heading: a syllable
 * ("NAM", or "HOà" of the capitals font, whose tone mark no abbreviation
 * has), not an abbreviation ("UBND", "QĐ"), which every line of running
 * text may hold: "Số: 12/QĐ-UBND" is no heading, and its "Số" (TCVN3's
 * "Sè") no capitals-font word to raise. */
static int heading_word(const uint32_t *w, size_t n, size_t low, size_t up, size_t toned)
{
    return !low && up >= 2 && (toned || vnfix_syllable_parse(w, n, NULL));
}

static void raise(uint32_t *w, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        vnfix_letter L = vnfix_letter_info(w[i]);
        if (L.vowel && !L.upper && L.tone)
            w[i] = vnfix_letter_compose(L.vowel, L.tone, 1);
    }
}

/* The word of letters from i: its end, and how many of its letters are
 * capitals, lowercase without a tone, and toned lowercase. */
static size_t word_counts(const uint32_t *cps, size_t n, size_t i, size_t *up, size_t *low, size_t *toned)
{
    size_t j = i;
    int lc;
    *up = *low = *toned = 0;
    for (; j < n && (lc = letter_case(cps[j])) != 0; j++) {
        if (lc == 1) (*up)++;
        else if (lc == -2) (*toned)++;
        else (*low)++;
    }
    return j;
}

size_t vnfix_caps_recover(uint32_t *cps, size_t n, size_t (*at)[2], size_t max)
{
    /* One pass: the words that may be capitals-font text (capitals and toned
     * lowercase only), and whether the line reads as a heading. */
    enum { MAXW = 64 };
    size_t from[MAXW], to[MAXW], ups[MAXW], nw = 0;
    size_t caps_words = 0, other_words = 0, font_words = 0, undecided = 0;
    size_t i = 0;
    while (i < n) {
        if (!letter_case(cps[i])) { i++; continue; }
        size_t up, low, toned, j = word_counts(cps, n, i, &up, &low, &toned);
        if (heading_word(cps + i, j - i, low, up, toned)) caps_words++;
        if (!low && up >= 2 && toned) font_words++;
        else if (low || (!toned && up <= 1)) other_words++;
        if (toned && !low && up) {
            if (nw < MAXW) { from[nw] = i, to[nw] = j, ups[nw] = up, nw++; }
            else if (up >= 2) raise(cps + i, j - i);
        }
        i = j;
    }
    int heading = caps_words > 0 && other_words == 0;
    for (size_t k = 0; k < nw; k++) {
        if (ups[k] >= 2 || heading)
            raise(cps + from[k], to[k] - from[k]);
        else if (font_words) {
            if (undecided < max)
                at[undecided][0] = from[k], at[undecided][1] = to[k];
            undecided++;
        }
    }
    return undecided;
}

void vnfix_caps_count_piece(const uint32_t *cps, size_t n, vnfix_caps_count *k)
{
    /* (vnfix_caps_recover's first pass: its words end at non-letters, so
     * a piece that ends at a blank holds whole words) */
    size_t i = 0;
    while (i < n) {
        if (!letter_case(cps[i])) { i++; continue; }
        size_t up, low, toned, j = word_counts(cps, n, i, &up, &low, &toned);
        if (heading_word(cps + i, j - i, low, up, toned)) k->caps_words++;
        if (!low && up >= 2 && toned) k->font_words++;
        else if (low || (!toned && up <= 1)) k->other_words++;
        i = j;
    }
}

int vnfix_caps_piecewise(const vnfix_caps_count *k)
{
    /* Without a heading the words of one capital stay as they are; without
     * a capitals-font word (two capitals or more, a toned lowercase letter
     * and no other lowercase: what vnfix_caps_recover raises whatever the
     * line) none is raised and none undecided. */
    return !(k->caps_words > 0 && k->other_words == 0) && k->font_words == 0;
}
