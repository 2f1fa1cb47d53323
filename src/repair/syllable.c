/*
 * syllable.c: the Vietnamese syllable parser and validator (see syllable.h).
 *
 * Letters are first reduced to one code each: consonants as themselves,
 * vowels by their number in codec.h's letter table (1..12 = a ă â e ê i o ô
 * ơ u ư y), đ as D. The tone is kept apart. Vowel groups are looked up by a
 * number made of up to three vowel codes, in a table indexed directly: the
 * parser runs for every word of every candidate decoding, so it is built
 * for speed.
 */
#include "syllable.h"

#include <string.h>

#include "codec.h"

enum { C_C = 1, C_CH = 2, C_M = 4, C_N = 8, C_NG = 16, C_NH = 32, C_P = 64, C_T = 128, OPEN = 256 };
#define STOPS (C_C | C_CH | C_P | C_T)
#define ALLC (C_C | C_M | C_N | C_NG | C_P | C_T)

/* vowel codes */
enum { a_ = 1, aw = 2, aa = 3, e_ = 4, ee = 5, i_ = 6, o_ = 7, oo = 8, ow = 9, u_ = 10, uw = 11, y_ = 12 };
#define K(x, y, z) ((x) * 169 + (y) * 13 + (z))

/* Vowel groups and the codas each takes (OPEN: may end the syllable). */
static const uint16_t groups[13 * 169] = {
    [K(a_, 0, 0)] = OPEN | ALLC | C_CH | C_NH,  [K(aw, 0, 0)] = ALLC,  [K(aa, 0, 0)] = ALLC,
    [K(e_, 0, 0)] = OPEN | ALLC,  [K(ee, 0, 0)] = OPEN | C_CH | C_M | C_N | C_NH | C_P | C_T,
    [K(i_, 0, 0)] = OPEN | C_CH | C_M | C_N | C_NH | C_P | C_T,
    [K(o_, 0, 0)] = OPEN | ALLC,  [K(oo, 0, 0)] = OPEN | ALLC,  [K(ow, 0, 0)] = OPEN | C_M | C_N | C_P | C_T,
    [K(u_, 0, 0)] = OPEN | ALLC,  [K(uw, 0, 0)] = OPEN | C_C | C_M | C_N | C_NG | C_T,  [K(y_, 0, 0)] = OPEN,
    [K(a_, i_, 0)] = OPEN, [K(a_, o_, 0)] = OPEN, [K(a_, u_, 0)] = OPEN, [K(a_, y_, 0)] = OPEN,
    [K(aa, u_, 0)] = OPEN, [K(aa, y_, 0)] = OPEN, [K(e_, o_, 0)] = OPEN, [K(ee, u_, 0)] = OPEN,
    [K(i_, a_, 0)] = OPEN, [K(i_, u_, 0)] = OPEN, [K(o_, i_, 0)] = OPEN, [K(oo, i_, 0)] = OPEN,
    [K(ow, i_, 0)] = OPEN, [K(u_, a_, 0)] = OPEN, [K(u_, i_, 0)] = OPEN, [K(uw, a_, 0)] = OPEN,
    [K(uw, i_, 0)] = OPEN, [K(uw, u_, 0)] = OPEN, [K(u_, ow, 0)] = OPEN,
    [K(i_, ee, 0)] = ALLC, [K(y_, ee, 0)] = ALLC, [K(u_, oo, 0)] = C_C | C_M | C_N | C_NG | C_T,
    [K(uw, ow, 0)] = ALLC,
    [K(i_, ee, u_)] = OPEN, [K(y_, ee, u_)] = OPEN, [K(u_, oo, i_)] = OPEN, [K(uw, ow, i_)] = OPEN,
    [K(uw, ow, u_)] = OPEN,
    [K(o_, a_, 0)] = OPEN | ALLC | C_CH | C_NH, [K(o_, aw, 0)] = C_C | C_M | C_N | C_NG | C_T,
    [K(o_, e_, 0)] = OPEN | C_N | C_T, [K(o_, a_, i_)] = OPEN, [K(o_, a_, y_)] = OPEN,
    [K(o_, e_, o_)] = OPEN, [K(o_, o_, 0)] = C_C | C_NG,
    [K(u_, aa, 0)] = C_N | C_NG | C_T, [K(u_, aa, y_)] = OPEN, [K(u_, ee, 0)] = OPEN | C_CH | C_N | C_NH,
    [K(u_, y_, 0)] = OPEN | C_CH | C_N | C_NH | C_T | C_P, [K(u_, y_, a_)] = OPEN, [K(u_, y_, u_)] = OPEN,
    [K(u_, y_, ee)] = C_N | C_T,
};

static int front(int v) { return v == i_ || v == e_ || v == ee || v == y_; }

/* Onset length (in letters) of the consonant codes b[0..n): longest match. */
static size_t onset(const int *b, size_t n)
{
    int c0 = b[0], c1 = n > 1 ? b[1] : 0;
    switch (c0) {
    case 'n':
        if (c1 == 'g') return n > 2 && b[2] == 'h' ? 3 : 2;
        return c1 == 'h' ? 2 : 1;
    case 'c': return c1 == 'h' ? 2 : 1;
    case 'g': return c1 == 'h' || c1 == i_ ? 2 : 1;
    case 'k': case 'p': case 't': return c1 == 'h' || (c0 == 't' && c1 == 'r') ? 2 : 1;
    case 'q': return c1 == u_ ? 2 : 1;
    case 'b': case 'd': case 'D': case 'h': case 'l': case 'm': case 'r': case 's': case 'v': case 'x':
        return 1;
    default:
        return 0;
    }
}

static unsigned coda(const int *b, size_t n)
{
    if (n == 1) {
        switch (b[0]) {
        case 'c': return C_C;
        case 'm': return C_M;
        case 'n': return C_N;
        case 'p': return C_P;
        case 't': return C_T;
        default: return 0;
        }
    }
    if (n == 2 && b[1] == 'h') return b[0] == 'c' ? C_CH : b[0] == 'n' ? C_NH : 0;
    if (n == 2 && b[0] == 'n' && b[1] == 'g') return C_NG;
    return 0;
}

int vnfix_syllable_parse(const uint32_t *w, size_t n, vnfix_syllable *out)
{
    int b[8];
    int tone = 0, uppers = 0;
    size_t tone_at = 0;
    if (n == 0 || n > 8)
        return 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = w[i];
        vnfix_letter L = vnfix_letter_info(c);   /* ASCII letters included */
        int up;
        if (L.vowel) {
            up = L.upper;
            b[i] = L.vowel == 13 ? 'D' : L.vowel;
            if (L.tone) {
                if (tone)
                    return 0;
                tone = L.tone, tone_at = i;
            }
        } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
            up = c < 'a';
            c |= 0x20;
            if (c == 'f' || c == 'j' || c == 'w' || c == 'z')
                return 0;
            b[i] = (int)c;
        } else {
            return 0;
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

    size_t on = onset(b, n);
    if (on == 2 && b[0] == 'g' && b[1] == i_ && (n < 3 || b[2] > y_))
        on = 1;                                  /* gì, gìn: gi is g + i */
    if (b[0] == 'q' && (on != 2 || n < 3 || b[2] > y_))
        return 0;
    /* after qu the u is written: no second o, u or ư (quốc, quở are fine) */
    if (on == 2 && b[0] == 'q' && (b[2] == o_ || b[2] == u_ || b[2] == uw))
        return 0;
    size_t v = on;
    while (v < n && b[v] <= y_) v++;
    size_t nv = v - on;
    if (nv == 0 || nv > 3)
        return 0;
    int g0 = b[on], g1 = nv > 1 ? b[on + 1] : 0, g2 = nv > 2 ? b[on + 2] : 0;
    unsigned allowed;
    /* giếng, giêng: after gi the i of iê is not written again */
    if (on == 2 && b[0] == 'g' && g0 == ee)
        allowed = nv < 3 ? groups[K(i_, ee, g1)] : 0;
    else
        allowed = groups[K(g0, g1, g2)];
    if (!allowed)
        return 0;
    unsigned cd = v < n ? coda(b + v, n - v) : OPEN;
    if (!(allowed & cd))
        return 0;
    if ((cd & STOPS) && tone != 4 && tone != 5)
        return 0;
    /* Onset spelling: k gh ngh before front vowels, c g ng never. */
    if (on) {
        int fr = front(g0);
        if (on == 1 && b[0] == 'k' && !fr) return 0;
        if (on == 1 && b[0] == 'c' && fr) return 0;
        if (on == 1 && b[0] == 'g' && fr && g0 != i_) return 0;
        if (on == 2 && b[0] == 'g' && b[1] == 'h' && !fr) return 0;
        if (on == 3 && !fr) return 0;
        if (on == 2 && b[0] == 'n' && b[1] == 'g' && fr) return 0;
    }
    if (out) {
        static const char code[13] = {0, 'a', 'W', 'A', 'e', 'E', 'i', 'o', 'O', 'P', 'u', 'U', 'y'};
        out->onset = on;
        out->vowels = nv;
        out->coda = n - v;
        out->tone = tone;
        out->tone_at = tone_at;
        for (size_t k = 0; k < nv; k++) out->group[k] = code[b[on + k]];
        out->group[nv] = 0;
    }
    return 1;
}

/* The code of a lowercase untoned letter for onset() and coda(): vowels by
 * number, đ as D, ASCII consonants as themselves; NOTL for anything else
 * (capitals, toned vowels, other characters), which is neither vowel nor
 * consonant. */
enum { NOTL = 1000 };
static int shape_code(uint32_t c)
{
    switch (c) {
    case U'a': return a_;
    case U'ă': return aw;
    case U'â': return aa;
    case U'e': return e_;
    case U'ê': return ee;
    case U'i': return i_;
    case U'o': return o_;
    case U'ô': return oo;
    case U'ơ': return ow;
    case U'u': return u_;
    case U'ư': return uw;
    case U'y': return y_;
    case U'đ': return 'D';
    default: return c >= 'a' && c <= 'z' ? (int)c : NOTL;
    }
}

static int is_v(uint32_t c) { return shape_code(c) <= y_; }

/* The coda after an onset of ol letters, as vnfix_syllable_shape returns it;
 * (size_t)-1 if the rest is no vowel run + coda. */
static size_t shape_coda(const uint32_t *b, size_t n, size_t ol)
{
    size_t v = ol;
    while (v < n && is_v(b[v])) v++;
    if (v == ol)
        return (size_t)-1;
    if (v < n) {                                 /* a consonant coda */
        int t[2];
        if (n - v > 2)
            return (size_t)-1;
        for (size_t i = v; i < n; i++) t[i - v] = shape_code(b[i]);
        return coda(t, n - v) ? n - v : (size_t)-1;
    }
    /* a final semivowel after another vowel; uy is a vowel pair */
    uint32_t last = b[n - 1];
    if (n - ol >= 2 && (last == 'i' || last == 'y' || last == 'o' || last == 'u') &&
        !(last == 'y' && n - ol == 2 && b[ol] == 'u'))
        return 1;
    return 0;
}

int vnfix_syllable_shape(const uint32_t *b, size_t n, size_t *onset_len, size_t *coda_len)
{
    int h[3];
    size_t nh = n < 3 ? n : 3, ol, co;
    if (n == 0)
        return 0;
    for (size_t i = 0; i < nh; i++) h[i] = shape_code(b[i]);
    if (h[0] <= y_) {
        ol = 0;
    } else if (h[0] == 'D') {
        ol = 1;
    } else {
        ol = onset(h, nh);
        if (ol == 2 && h[0] == 'q') {            /* qu before something */
            if (n == 2)
                return 0;
        } else if (ol == 2 && h[0] == 'g' && h[1] == i_) {
            /* gi before a vowel, else g + i (gìn, gì) */
            if (n == 2 || h[2] > y_ || (co = shape_coda(b, n, 2)) == (size_t)-1)
                ol = 1;
            else
                goto done;
        } else if (ol == 0 || h[0] == 'q' || (ol < nh && h[ol] > y_)) {
            return 0;                            /* no onset, q alone, or more consonants */
        }
    }
    if ((co = shape_coda(b, n, ol)) == (size_t)-1)
        return 0;
done:
    *onset_len = ol;
    *coda_len = co;
    return 1;
}

/* Whether a syllable's tone sits where Vietnamese spelling puts it, in
 * the old style or the new: on the vowel with a mark (ơ in ươ), else on
 * the last vowel before a coda, else the first of two (either of oa oe uy)
 * or the middle of three. The parser takes a tone anywhere in the vowel
 * group; "bôì" (Windows-1258's "bố" read as Windows-1252) is no word. */
int vnfix_syllable_placed(const uint32_t *c, size_t n)
{
    vnfix_syllable y;
    if (!vnfix_syllable_parse(c, n, &y))
        return 1;                        /* an acronym */
    if (!y.tone || !y.vowels)
        return 1;
    size_t v0 = y.onset, nv = y.vowels, at = y.tone_at, want = v0;
    const char *g = y.group, *mark = NULL;
    for (const char *p = g; *p; p++)
        if (strchr("WAEOPU", *p) && (!mark || *p == 'P')) mark = p;
    if (mark)
        want = v0 + (size_t)(mark - g);
    else if (y.coda || nv == 3)
        want = y.coda ? v0 + nv - 1 : v0 + 1;
    else if (nv == 2 && (!strcmp(g, "oa") || !strcmp(g, "oe") || !strcmp(g, "uy")) && at == v0 + 1)
        return 1;
    return at == want;
}
