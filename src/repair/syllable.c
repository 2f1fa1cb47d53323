/*
 * syllable.c: the Vietnamese syllable parser and validator (see syllable.h).
 *
 * Letters are first reduced to one byte each: consonants as themselves,
 * vowels as a e i o u y, and the marked vowels as capitals
 * (W = ă, A = â, E = ê, O = ô, P = ơ, U = ư), đ as D. The tone is kept apart.
 */
#include "syllable.h"

#include <string.h>

#include "codec.h"

enum { C_C = 1, C_CH = 2, C_M = 4, C_N = 8, C_NG = 16, C_NH = 32, C_P = 64, C_T = 128, OPEN = 256 };
#define STOPS (C_C | C_CH | C_P | C_T)
#define ALLC (C_C | C_M | C_N | C_NG | C_P | C_T)

/* Vowel groups and the codas each takes (OPEN: may end the syllable). */
static const struct { const char *g; unsigned codas; } groups[] = {
    {"a", OPEN | ALLC | C_CH | C_NH}, {"W", ALLC}, {"A", ALLC}, {"e", OPEN | ALLC},
    {"E", OPEN | C_CH | C_M | C_N | C_NH | C_P | C_T}, {"i", OPEN | C_CH | C_M | C_N | C_NH | C_P | C_T},
    {"o", OPEN | ALLC}, {"O", OPEN | ALLC}, {"P", OPEN | C_M | C_N | C_P | C_T}, {"u", OPEN | ALLC},
    {"U", OPEN | C_C | C_M | C_N | C_NG | C_T}, {"y", OPEN},
    {"ai", OPEN}, {"ao", OPEN}, {"au", OPEN}, {"ay", OPEN}, {"Au", OPEN}, {"Ay", OPEN}, {"eo", OPEN},
    {"Eu", OPEN}, {"ia", OPEN}, {"iu", OPEN}, {"oi", OPEN}, {"Oi", OPEN}, {"Pi", OPEN}, {"ua", OPEN},
    {"ui", OPEN}, {"Ua", OPEN}, {"Ui", OPEN}, {"Uu", OPEN}, {"uP", OPEN},
    {"iE", ALLC}, {"yE", ALLC}, {"uO", C_C | C_M | C_N | C_NG | C_T}, {"UP", ALLC},
    {"iEu", OPEN}, {"yEu", OPEN}, {"uOi", OPEN}, {"UPi", OPEN}, {"UPu", OPEN},
    {"oa", OPEN | ALLC | C_CH | C_NH}, {"oW", C_C | C_M | C_N | C_NG | C_T}, {"oe", OPEN | C_N | C_T},
    {"oai", OPEN}, {"oay", OPEN}, {"oeo", OPEN}, {"oo", C_C | C_NG},
    {"uA", C_N | C_NG | C_T}, {"uAy", OPEN}, {"uE", OPEN | C_CH | C_N | C_NH},
    {"uy", OPEN | C_CH | C_N | C_NH | C_T | C_P}, {"uya", OPEN}, {"uyu", OPEN}, {"uyE", C_N | C_T},
};

static const char *const onsets[] = {  /* longest first */
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
    "b", "c", "d", "D", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
};

static const struct { const char *s; unsigned bit; } codas[] = {
    {"ch", C_CH}, {"ng", C_NG}, {"nh", C_NH}, {"c", C_C}, {"m", C_M}, {"n", C_N}, {"p", C_P}, {"t", C_T},
};

static const char vowel_code[14] = {0, 'a', 'W', 'A', 'e', 'E', 'i', 'o', 'O', 'P', 'u', 'U', 'y', 'D'};

static int is_vowel(char c) { return c && strchr("aWAeEioOPuUy", c) != NULL; }
static int front(char c) { return c == 'i' || c == 'e' || c == 'E' || c == 'y'; }

int vnfix_syllable_parse(const uint32_t *w, size_t n, vnfix_syllable *out)
{
    char b[16];
    int tone = 0, uppers = 0;
    size_t tone_at = 0;
    if (n == 0 || n > 8)
        return 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = w[i];
        int up;
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
            up = c < 'a';
            c |= 0x20;
            if (c == 'f' || c == 'j' || c == 'w' || c == 'z')
                return 0;
            vnfix_letter L = vnfix_letter_info(c);
            b[i] = L.vowel ? vowel_code[L.vowel] : (char)c;
        } else {
            vnfix_letter L = vnfix_letter_info(c);
            if (!L.vowel)
                return 0;
            up = L.upper;
            b[i] = vowel_code[L.vowel];
            if (L.tone) {
                if (tone)
                    return 0;
                tone = L.tone, tone_at = i;
            }
        }
        /* lower, UPPER or Title only */
        if (up) {
            if (i > 0 && uppers != (int)i)
                return 0;
            uppers++;
        } else if (uppers > 1) {
            return 0;
        }
    }
    b[n] = 0;

    size_t on = 0;
    for (size_t k = 0; k < sizeof onsets / sizeof onsets[0]; k++) {
        size_t l = strlen(onsets[k]);
        if (l <= n && !memcmp(b, onsets[k], l)) { on = l; break; }
    }
    if (on == 2 && b[0] == 'g' && b[1] == 'i' && !is_vowel(b[2]))
        on = 1;                                  /* gì, gìn: gi is g + i */
    if (on == 2 && b[0] == 'q' && !is_vowel(b[2]))
        return 0;
    if (on == 0 && b[0] == 'q')
        return 0;
    /* after qu the u is written: no second o, u or ư (quốc, quở are fine) */
    if (on == 2 && b[0] == 'q' && (b[2] == 'o' || b[2] == 'u' || b[2] == 'U'))
        return 0;
    size_t v = on;
    while (v < n && is_vowel(b[v])) v++;
    size_t nv = v - on;
    if (nv == 0 || nv > 3)
        return 0;
    char g[5], key[5];
    memcpy(g, b + on, nv);
    g[nv] = 0;
    /* giếng, giêng: after gi the i of iê is not written again */
    if (on == 2 && b[0] == 'g' && b[1] == 'i' && g[0] == 'E') {
        key[0] = 'i';
        memcpy(key + 1, g, nv + 1);
    } else {
        memcpy(key, g, nv + 1);
    }
    unsigned allowed = 0;
    for (size_t k = 0; k < sizeof groups / sizeof groups[0]; k++)
        if (!strcmp(groups[k].g, key)) { allowed = groups[k].codas; break; }
    if (!allowed)
        return 0;
    unsigned coda = OPEN;
    if (v < n) {
        coda = 0;
        for (size_t k = 0; k < sizeof codas / sizeof codas[0]; k++)
            if (!strcmp(b + v, codas[k].s)) { coda = codas[k].bit; break; }
        if (!coda)
            return 0;
    }
    if (!(allowed & coda))
        return 0;
    if ((coda & STOPS) && tone != 4 && tone != 5)
        return 0;
    /* Onset spelling: k gh ngh before front vowels, c g ng never. */
    if (on) {
        const char *o = b;
        int fr = front(g[0]);
        if (on == 1 && o[0] == 'k' && !fr) return 0;
        if (on == 1 && o[0] == 'c' && fr) return 0;
        if (on == 1 && o[0] == 'g' && fr && !(g[0] == 'i')) return 0;
        if (on == 2 && o[0] == 'g' && o[1] == 'h' && !fr) return 0;
        if (on == 3 && !fr) return 0;
        if (on == 2 && o[0] == 'n' && o[1] == 'g' && fr) return 0;
    }
    if (out) {
        out->onset = on;
        out->vowels = nv;
        out->coda = n - v;
        out->tone = tone;
        out->tone_at = tone_at;
        memcpy(out->group, g, nv + 1);
    }
    return 1;
}
