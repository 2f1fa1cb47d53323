/* caps.c: capitals-font case recovery (see caps.h). */
#include "caps.h"

#include "capwords.h"
#include "codec.h"
#include "syllable.h"
#include "utf8.h"

#include <string.h>

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

/* ---------------------------------------------------------- sentences
 * Vietnamese writes the first letter of a sentence as a capital, and a
 * capitals-font source wrote a toned one with the lowercase code (TCVN3
 * had none; VPS lacks fourteen, Ạ Ậ Ệ Ị Ọ Ộ Ụ ...): "Ủy ban", "Ở đâu",
 * "Ấp Bắc" came out "ủy ban", "ở đâu", "ấp Bắc". A sentence begins at the
 * line's first word, at the word after a list label that opens the line
 * ("-", "+", "a)", "(1)": "1." and "a." end in a full stop), and after
 * ". ", "? ", "! " (closing quotes and brackets between); an ellipsis ends
 * no sentence ("chờ... ở nhà"), nor ":" or ";" (lowercase follows them as
 * often as not). Measured on the clean text of the shared corpora written
 * in TCVN3: a toned vowel first on a line is a capital 183 times and
 * lowercase 23 (continuation lines of web copies), after a label 341 to 0,
 * after . ? ! 35 to 1 (an ellipsis, now left), after ";" 52 to 31. */
static inline int blank(uint32_t c) { return c == ' ' || c == '\t'; }
static inline int ender(uint32_t c)
{
    return c < 64 && ((1ull << '.' | 1ull << '?' | 1ull << '!') >> c & 1);
}
static inline int opener(uint32_t c)
{
    return c == '(' || c == '[' || c == '"' || c == '\'' || c == 0xAB || c == 0x2018 || c == 0x201C;
}
static inline int closer(uint32_t c)
{
    return c == ')' || c == ']' || c == '"' || c == '\'' || c == 0xBB || c == 0x2019 || c == 0x201D;
}
static inline int label_char(uint32_t c) { return (c >= '0' && c <= '9') || letter_case(c); }

/* The line is cps[0..n), or bytes[0..n) read through c's table (the
 * direct path's test): one rule for both, the view a constant in each
 * caller once inlined. */
static inline uint32_t at(const uint32_t *cps, const unsigned char *bytes, const vnfix_codec *c, size_t i)
{
    return bytes ? c->decode[bytes[i]] : cps[i];
}

/* Whether the capital of a toned letter has no code in c (so the source
 * wrote its lowercase code): TCVN3 has none of them, VPS lacks fourteen;
 * c NULL: some table lacks it. */
static int no_capital(const vnfix_codec *c, uint32_t up)
{
    return !c || !vnfix_codec_encoded(c, up);       /* (c NULL, any table: vnfix_caps_sentence_cps) */
}

/* A list label first on the line, cps[i..j): a dash or bullet, or up to
 * three letters or digits closed by ")" ("a)", "(1)", "iv)"; Vietnamese
 * letters too, as "đ)" and what a misreading made of a label). */
static inline int label(const uint32_t *cps, const unsigned char *bytes, const vnfix_codec *c, size_t i, size_t j)
{
    if (j == i + 1) {
        uint32_t d = at(cps, bytes, c, i);
        return d == '-' || d == '+' || d == '*' || d == 0x2022 || d == 0x2013 || d == 0x2014;
    }
    if (j < i + 2 || at(cps, bytes, c, j - 1) != ')')
        return 0;
    i += at(cps, bytes, c, i) == '(';
    if (j - 1 - i < 1 || j - 1 - i > 3)
        return 0;
    for (size_t k = i; k < j - 1; k++)
        if (!label_char(at(cps, bytes, c, k))) return 0;
    return 1;
}

/* Whether the toned lowercase letter at p is a sentence's first letter
 * that c wrote with the lowercase code: read back from p over opening
 * quotes and brackets to a blank or the line's start, then over the
 * blanks to what ends the word before (". ", "? ", "! " with closing
 * quotes and brackets between, not an ellipsis), or to a label that
 * opens the line, or to the line's start. Then the letter: a capital c
 * has no code for, from c's bytes (units[p] not VNFIX_LITERAL, a
 * character of Unicode text that a mojibake reading keeps as it is), no
 * label itself ("ứ)" is what OCR or a misreading made of one), and,
 * first on its line, a word after its own: a toned letter or syllable
 * alone on a line ("à", a cell "ổn") is no sentence that says its case
 * (after ". " it is: "Điều 35. Ứng" of a wrapped heading). Read backwards, only at the
 * few letters that begin a word with a tone: the contest reads every line
 * it weighs through both tables. */
static inline int sentence_at(const vnfix_codec *c, const uint32_t *units, const uint32_t *v,
                              const unsigned char *bytes, size_t n, size_t p, uint32_t *up)
{
    size_t q = p;
    while (q > 0 && opener(at(v, bytes, c, q - 1))) q--;
    if (q > 0 && !blank(at(v, bytes, c, q - 1)))
        return 0;
    size_t b = q;
    while (b > 0 && blank(at(v, bytes, c, b - 1))) b--;
    if (b > 0) {
        size_t e = b;
        while (e > 0 && closer(at(v, bytes, c, e - 1))) e--;
        if (e > 0 && ender(at(v, bytes, c, e - 1))) {
            if (e > 1 && (at(v, bytes, c, e - 2) == '.' || at(v, bytes, c, e - 2) == 0x2026))
                return 0;
        } else {
            size_t t = b;
            while (t > 0 && !blank(at(v, bytes, c, t - 1))) t--;
            size_t t0 = t;
            while (t0 > 0 && blank(at(v, bytes, c, t0 - 1))) t0--;
            if (t0 > 0 || !label(v, bytes, c, t, b))
                return 0;
        }
    }
    if (units && (units[p] & VNFIX_LITERAL))
        return 0;
    vnfix_letter L = vnfix_letter_info(at(v, bytes, c, p));
    if (!L.vowel || L.upper || !L.tone)
        return 0;
    *up = vnfix_letter_compose(L.vowel, L.tone, 1);
    if (!no_capital(c, *up))
        return 0;
    size_t j = p + 1;
    if (j < n && (at(v, bytes, c, j) == ')' || at(v, bytes, c, j) == '.'))
        return 0;
    if (b > 0)
        return 1;
    while (j < n && !blank(at(v, bytes, c, j))) j++;
    while (j < n && blank(at(v, bytes, c, j))) j++;
    while (j < n && opener(at(v, bytes, c, j))) j++;
    return j < n && letter_case(at(v, bytes, c, j));
}

/* ---------------------------------------------------------- names
 * Inside a sentence too, some words are capitals by the spelling rules:
 * the first syllable of a body's name ("Ủy ban nhân dân", Nghị định
 * 30/2020/NĐ-CP, Phụ lục II). Which words begin with a toned vowel and are
 * written so nearly always the training text says (tools/gen-capwords,
 * lang/capwords.tsv: "ủy ban", 4,899 capitals to 32; "ủy" alone is
 * lowercase three times in ten, "ủy quyền"). */

/* A letter in lowercase, as capwords.c holds its words. */
static inline uint32_t fold(uint32_t x)
{
    if (x < 0x80)
        return x >= 'A' && x <= 'Z' ? x + 32 : x;
    if (x == 0x110)
        return 0x111;                   /* Đ */
    vnfix_letter L = vnfix_letter_info(x);
    return L.vowel && L.upper ? vnfix_letter_compose(L.vowel, L.tone, 0) : x;
}

/* Whether v (or bytes read through c) holds the letters w[0..m) from i as
 * a whole word: *i then past it. */
static inline int word_is(const uint32_t *v, const unsigned char *bytes, const vnfix_codec *c, size_t n, size_t *i,
                          const uint32_t *w, size_t m)
{
    size_t k = *i;
    if (n - k < m)
        return 0;
    for (size_t j = 0; j < m; j++)
        if (fold(at(v, bytes, c, k + j)) != w[j]) return 0;
    k += m;
    if (k < n && letter_case(at(v, bytes, c, k)))
        return 0;
    *i = k;
    return 1;
}

/* Whether the word from p (its first letter a toned lowercase one, read
 * from c's bytes: sentence_at's test of the letter) begins a name of
 * capwords.c: the word, and the next after one blank or more. */
static inline int name_at(const vnfix_codec *c, const uint32_t *units, const uint32_t *v,
                          const unsigned char *bytes, size_t n, size_t p, uint32_t *up)
{
    uint32_t x = at(v, bytes, c, p);
    for (size_t e = 0; e < vnfix_ncapwords; e++) {
        const vnfix_capword *w = &vnfix_capwords[e];
        size_t i = p;
        if (x != w->w1[0] || !word_is(v, bytes, c, n, &i, w->w1, w->n1))
            continue;
        if (w->n2) {
            size_t b = i;
            while (i < n && blank(at(v, bytes, c, i))) i++;
            if (i == b || !word_is(v, bytes, c, n, &i, w->w2, w->n2))
                continue;
        }
        if (units && (units[p] & VNFIX_LITERAL))
            return 0;
        vnfix_letter L = vnfix_letter_info(x);
        *up = vnfix_letter_compose(L.vowel, L.tone, 1);
        return no_capital(c, *up);
    }
    return 0;
}

/* A capital to put back at p: a sentence's first letter, or a name's. */
static inline int capital_at(const vnfix_codec *c, const uint32_t *units, const uint32_t *v,
                             const unsigned char *bytes, size_t n, size_t p, uint32_t *up)
{
    return sentence_at(c, units, v, bytes, n, p, up) || name_at(c, units, v, bytes, n, p, up);
}

/* Where sentence_at can hold: a toned lowercase letter after no letter
 * (vnfix_caps_recover's words; a table's letter classes for bytes). */
static inline int toned_first(uint32_t x, uint32_t before) { return letter_case(x) == -2 && !letter_case(before); }

/* A toned lowercase letter of c at s[p] (its class, or letter_case). */
static inline int toned_byte(const vnfix_codec *c, unsigned char b)
{
    return c->letter ? (c->letter[b] & 7) == 2 : letter_case(c->decode[b]) == -2;
}

/* The place after s[j]'s blanks (blank 1) or opening quotes (0). */
static inline size_t past(const vnfix_codec *c, const unsigned char *s, size_t len, size_t j, int blanks)
{
    while (j < len && (blanks ? blank(c->decode[s[j]]) : opener(c->decode[s[j]]))) j++;
    return j;
}

/* The places of s[0..len) (bytes of c) where caps.c puts a capital back,
 * each once and in order, into at[] and their capitals into ups[], at most
 * max of them: how many there are (max + 1 when there are more). Forward
 * to where sentence_at can hold, few places a line: its first word, the
 * word after a label that opens it, and after each . ? ! (memchr: in
 * TCVN3 and VPS, as in every table that keeps ASCII, those bytes and no
 * others decode to . ? !); then a name's first letter. */
static size_t line_capitals(const vnfix_codec *c, const unsigned char *s, size_t len, size_t *at, uint32_t *ups,
                            size_t max)
{
    size_t found = 0;
    uint32_t up;
#define FOUND(pos)                                                                                                     \
    do {                                                                                                               \
        size_t p_ = (pos), k_ = 0;                                                                                     \
        while (k_ < found && k_ < max && at[k_] < p_) k_++;                                                            \
        if (k_ < found && k_ < max && at[k_] == p_) break;                                                             \
        if (++found > max) return found;                                                                               \
        for (size_t m_ = found - 1; m_ > k_; m_--) at[m_] = at[m_ - 1], ups[m_] = ups[m_ - 1];                         \
        at[k_] = p_, ups[k_] = up;                                                                                     \
    } while (0)
    size_t i = past(c, s, len, 0, 1), p = past(c, s, len, i, 0);
    if (p < len && toned_byte(c, s[p]) && sentence_at(c, NULL, NULL, s, len, p, &up))
        FOUND(p);
    size_t j = i;
    while (j < len && !blank(c->decode[s[j]])) j++;
    if (j < len && label(NULL, s, c, i, j)) {
        p = past(c, s, len, past(c, s, len, j, 1), 0);
        if (p < len && toned_byte(c, s[p]) && sentence_at(c, NULL, NULL, s, len, p, &up))
            FOUND(p);
    }
    static const char enders[] = ".?!";
    for (const char *e = enders; *e; e++)
        for (const unsigned char *q = memchr(s, *e, len); q; q = memchr(q + 1, *e, len - (size_t)(q + 1 - s))) {
            j = (size_t)(q - s) + 1;
            while (j < len && closer(c->decode[s[j]])) j++;
            if (j >= len || !blank(c->decode[s[j]]))
                continue;
            p = past(c, s, len, past(c, s, len, j, 1), 0);
            if (p < len && toned_byte(c, s[p]) && sentence_at(c, NULL, NULL, s, len, p, &up))
                FOUND(p);
        }
    /* and a name's first letter: memchr for the byte c writes it with
     * (one in TCVN3 and VPS; a table that needs more bytes, none now, is
     * read letter by letter) at a word's start */
    for (size_t e = 0; e < vnfix_ncapwords; e++) {
        const vnfix_encpt *b = vnfix_codec_encoded(c, vnfix_capwords[e].w1[0]);
        if (!b)
            continue;
        if (b->len == 1) {
            for (const unsigned char *q = memchr(s, b->b[0], len); q; q = memchr(q + 1, b->b[0], len - (size_t)(q + 1 - s))) {
                p = (size_t)(q - s);
                if ((!p || !letter_case(c->decode[s[p - 1]])) && name_at(c, NULL, NULL, s, len, p, &up))
                    FOUND(p);
            }
        } else {
            for (p = 0; p < len; p++)
                if (toned_byte(c, s[p]) && (!p || !letter_case(c->decode[s[p - 1]])) &&
                    name_at(c, NULL, NULL, s, len, p, &up))
                    FOUND(p);
        }
    }
#undef FOUND
    return found;
}

int vnfix_caps_raise_line(const vnfix_codec *c, const unsigned char *s, size_t len, unsigned char *out, size_t nout)
{
    enum { MAXR = 16 };
    size_t at[MAXR];
    uint32_t ups[MAXR];
    size_t n = line_capitals(c, s, len, at, ups, MAXR);
    if (!n)
        return 0;                       /* (nearly every line: no walk) */
    if (n > MAXR || !c->utf8)
        return -1;
    size_t o = 0, k = 0;
    for (size_t i = 0; i < len; i++) {
        size_t m = c->utf8[s[i]][0];
        if (k < n && at[k] == i) {
            /* the capital has as many UTF-8 bytes as its lowercase (both
             * Latin-1 supplement, Latin Extended-A or B, or Extended
             * Additional); out must hold the lowercase there */
            unsigned char u[4];
            if (vnfix_utf8_put(ups[k++], u) != m || o + m > nout || memcmp(out + o, c->utf8[s[i]] + 1, m))
                return -1;
            memcpy(out + o, u, m);
        }
        o += m;
    }
    return o == nout ? 0 : -1;
}

int vnfix_caps_sentence_cps(const uint32_t *cps, size_t n)
{
    uint32_t up;
    for (size_t i = 0; i < n; i++)
        if (toned_first(cps[i], i ? cps[i - 1] : 0) && capital_at(NULL, NULL, cps, NULL, n, i, &up))
            return 1;
    return 0;
}

size_t vnfix_caps_recover(uint32_t *cps, size_t n, size_t (*at)[2], size_t max, const vnfix_codec *line,
                          const uint32_t *units)
{
    /* One pass: the words that may be capitals-font text (capitals and toned
     * lowercase only), whether the line reads as a heading, and the words
     * that begin with a toned lowercase letter (a sentence may begin at
     * them). */
    enum { MAXW = 64, MAXT = 32 };
    size_t from[MAXW], to[MAXW], ups[MAXW], nw = 0, first[MAXT], nt = 0;
    size_t caps_words = 0, other_words = 0, font_words = 0, undecided = 0;
    size_t i = 0;
    while (i < n) {
        int lc = letter_case(cps[i]);
        if (!lc) { i++; continue; }
        if (lc == -2 && nt <= MAXT) {
            if (nt < MAXT) first[nt] = i;
            nt++;
        }
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
    /* (after the words of capitals: raised first, "ủY" would have been
     * read as a word of two capitals) */
    if (line) {
        uint32_t up;
        if (nt <= MAXT) {
            for (size_t k = 0; k < nt; k++)
                if (capital_at(line, units, cps, NULL, n, first[k], &up)) cps[first[k]] = up;
        } else {
            for (size_t k = 0; k < n; k++)
                if (toned_first(cps[k], k ? cps[k - 1] : 0) && capital_at(line, units, cps, NULL, n, k, &up))
                    cps[k] = up;
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
