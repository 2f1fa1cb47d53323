/*
 * guard.c: the reading of a line checked word by word (see guard.h).
 *
 * A word is what lies between ASCII blanks. No legacy table makes a blank
 * of a byte above 0x7F, and every table keeps ASCII blanks, so the words
 * of a line and of its reading pair up one to one. For each word:
 * - a word that is Vietnamese already (its runs of letters are valid
 *   syllables, one with a letter beyond ASCII) is kept: a character that is
 *   already a Vietnamese letter in a valid syllable is never rewritten;
 * - a word whose reading is not Vietnamese is kept (a reading is taken
 *   only when it is better Vietnamese: a tie keeps the input);
 * - a word whose reading is Vietnamese is taken when the word carries its
 *   own evidence of a misreading, an ASCII letter beside a character that
 *   misreadings make and the symbols of real documents are not ("cña",
 *   "Vieät"); a word without it ("°", "ºC", "µm", "ä", "Ελλάδα") only when
 *   another word of the line has it, or, in a line without letters only
 *   Unicode has, that cannot decide alone, when its neighbours are read so.
 * A word with evidence that the line's reading leaves wrong, in a line of
 * Unicode Vietnamese (one legacy word pasted into it), is read alone in
 * every source and taken when exactly one reading is Vietnamese (or the
 * neighbours' source gives one).
 *
 * Bytes that are not UTF-8 are not text that could be harmed, but reading
 * them is a guess all the same: a line of them is read only when one of
 * its words proves the source (or the neighbours do); otherwise they pass
 * through and are reported.
 */
#include "guard.h"
#include "memo_mem.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "codec.h"
#include "syllable.h"

typedef struct { size_t a, b; } range;

enum { EV_MOJI, EV_ALONE, EV_RAW, EV_VIQR };

/* A common word's cost under the model, at most (nats): số 5.3, phố 7.5,
 * độc 8.6; rước 13.8 and giường 11.4 are not. */
#define COMMON 9.5

typedef struct {
    vnfix_work *w;
    const unsigned char *s;
    size_t len;
    vnfix_source src;
    const vnfix_source *prior;
    int raw;          /* the reading takes the bytes as legacy bytes */
    int own;          /* words whose reading is taken on their own evidence */
    int unicode;      /* words that are Vietnamese already */
    int stands;       /* ... whose reading is not (V_STANDS, read otherwise) */
    int vn_only;      /* the line has a letter only Unicode has (ư, ạ...) */
    int changed;      /* a word was rewritten */
    int as_is;        /* every word kept is byte for byte the input */
    int alone;        /* a word was read alone ... */
    vnfix_source alone_src;   /* ... in this source */
    size_t guessed, guessed_len;  /* the first word of bytes that are not
                                     UTF-8 read so, or SIZE_MAX */
    size_t nword, ncached;    /* words judged; verdicts kept in w->gverd */
    int single;       /* pass 1 counts as pass 0 does, with no pass 0 */
    int both;         /* ... and met a word Vietnamese both ways */
    int text_cps;     /* the reading is the line's own code points (see vnfix_guard) */
} guard_ctx;

/* Verdicts: the reading is the word; the word is Vietnamese already and
 * its reading differs (and is Vietnamese too: V_BOTH); the reading is Vietnamese and the
 * word proves it (V_TAKE) or not (V_WEAK); the reading is not Vietnamese. */
enum { V_SAME, V_STANDS, V_BOTH, V_TAKE, V_WEAK, V_BAD };

#define blank vnfix_guard_blank

/* Letters, for splitting a word into runs: ASCII, Latin with marks,
 * combining marks, Greek, Cyrillic, Vietnamese. Modifier letters (ˆ ˜)
 * and the signs × ÷ are not. */
static inline int letter(uint32_t c)
{
    if (c & VNFIX_RAWBYTE) return 0;
    if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    if (c < 0xC0 || c == 0xD7 || c == 0xF7) return 0;
    return c < 0x2B0 || (c >= 0x300 && c < 0x530) || (c >= 0x1E00 && c < 0x1F00);
}

/* The symbols and punctuation of real documents that legacy tables map to
 * letters (TCVN3 reads © as â, ª as ê, µ as à, · as ã, ¦ as Ư, § as Đ):
 * alone they prove nothing. */
static int weak(uint32_t c);

int vnfix_guard_sign(uint32_t c) { return weak(c); }

static int weak(uint32_t c)
{
    switch (c) {
    case 0xA0: case 0xA3: case 0xA6: case 0xA7: case 0xA9: case 0xAA: case 0xAB: case 0xAC:
    case 0xB0: case 0xB1: case 0xB2: case 0xB5: case 0xB7: case 0xBA: case 0xBB: case 0xBD: case 0xD7:
    case 0x192: case 0x2013: case 0x2014: case 0x2018: case 0x2019: case 0x201C: case 0x201D:
    case 0x2020: case 0x2022: case 0x2026: case 0x2030: case 0x20AC: case 0x2122:
        return 1;
    default:
        return 0;
    }
}

/* The symbols of weak() that TCVN3 uses for its commonest letters (© â, ª
 * ê, « ô, ¬ ơ, µ à, · ã, » ằ, × ì): right after an ASCII letter ("c«ng", "nhµ")
 * they are letters, as no symbol of a document stands there ("5 µm"). */
static int tcvn3_letter(uint32_t c)
{
    return c == 0xA9 || c == 0xAA || c == 0xAB || c == 0xAC || c == 0xB5 || c == 0xB7 || c == 0xBB || c == 0xD7;
}

/* Whether one of tcvn3_letter()'s symbols, after run ASCII letters and
 * before s[at], is a letter: a letter follows ("c«ng"), or the letters
 * before it are no syllable alone ("nhµ", "vµ"; but "thu·" is "thu" and a
 * dot, and a capital alone is an initial: "Cloramin Bµ"). */
static int tcvn3_inside(vnfix_work *w, const unsigned char *s, size_t at, size_t len, size_t run)
{
    if (at < len && ((s[at] | 0x20) >= 'a' && (s[at] | 0x20) <= 'z'))
        return 1;
    uint32_t c[8];
    size_t start = at;
    while (start > 0 && (s[start - 1] & 0xC0) == 0x80) start--;
    start--;                                 /* the symbol's first byte */
    if (run > 8 || (run == 1 && (s[start - 1] < 'a' || (start >= 2 && s[start - 2] >= '0' && s[start - 2] <= '9'))))
        return 0;                            /* "Bµ": an initial and a sign; "2mª": a unit */
    for (size_t k = 0; k < run; k++) c[k] = s[start - run + k];
    return !vnfix_word_ok(w, c, run);
}

/* Whether the word s[0..len) carries its own evidence of a misreading: an
 * ASCII letter and a character beyond ASCII that the misreading makes.
 * EV_MOJI: a Windows-1252 character not in weak() (a C1 control alone is
 * enough: no text has one). EV_ALONE, for a word read alone: the same, or
 * a byte that is not UTF-8, and two such characters stand for the ASCII
 * letter ("®·" is TCVN3 for "đã"). EV_RAW: a byte that is not UTF-8, or a code
 * point only two legacy bytes make by chance (U+0530-U+07FF: "nước" in
 * VISCII is U+07FE). EV_VIQR: viqr_evidence(). */
static int viqr_evidence(const unsigned char *s, size_t len);

/* What evidence() finds: a proof, or only a weak one (lone_symbol's
 * LONE_WEAK). */
enum { EV_STRONG = 1, EV_WEAKLY };

static int runs_ok(vnfix_work *w, const uint32_t *c, size_t n, int *vn);
static int dressed(vnfix_work *w, const uint32_t *c, size_t n);

/* Whether the part s[a..b) of a word (between ASCII signs) is Vietnamese
 * as it stands, so that what it holds is no evidence for the word's other
 * parts ("¬m3/ngày": the à of "ngày" proves nothing about "¬m"). A word
 * of one part is judged as a whole by the caller. */
static int part_stands(vnfix_work *w, const unsigned char *s, size_t a, size_t b)
{
    uint32_t c[16], cp;
    size_t n = 0, m;
    int vn;
    for (size_t i = a; i < b; i += m) {
        if (!(m = vnfix_utf8_seq(s + i, b - i, &cp)) || n == 16) return 0;
        c[n++] = cp;
    }
    return (runs_ok(w, c, n, &vn) && vn) || dressed(w, c, n);
}

/* The part s[a..b) of a word when it is ASCII letters and one symbol (no
 * letter: ® ´ ¹ × ¢ ‚ µ) at the word's edge, a symbol a document may have
 * glued to a word as well as a legacy letter:
 * LONE_STANDS, the letters are a capital or a Roman numeral (an initial,
 * a part: "Chương V®", "‚I") or a list label ("a)"), which documents
 * write alone: no proof of a misreading ("V¹" is a footnote on V before
 * it is TCVN3's "Vạ"); LONE_WEAK, one lowercase letter ("x×", "c«"; "vµ"
 * is TCVN3's "và") or a syllable ("®an", "do¹"; "gi¸" is "giá"): a weak
 * proof, which its reading must carry (one_word); 0 otherwise: letters
 * no document writes alone ("th×", "«ng"), a symbol inside the word
 * ("c¸c", "Q§-TTg") prove one. */
enum { LONE_STANDS = 1, LONE_WEAK };

static int lone_symbol(vnfix_work *w, const unsigned char *s, size_t a, size_t b, size_t len)
{
    uint32_t c[8], cp;
    size_t n = 0, m, at = SIZE_MAX;
    for (size_t i = a; i < b; i += m) {      /* (c: the ASCII letters alone) */
        if (!(m = vnfix_utf8_seq(s + i, b - i, &cp))) return 0;
        if (cp >= 0x80) {
            if (at != SIZE_MAX || letter(cp)) return 0;
            at = n;
        } else if (n == 8) {
            return 0;
        } else {
            c[n++] = cp;
        }
    }
    if (at == SIZE_MAX || n == 0 || (at != 0 && at != n))
        return 0;
    /* (at the word's edge: with letters or digits past it, beyond an ASCII
     * sign, it is inside the word: "321/Q§-TTg" is TCVN3's "QĐ-TTg") */
    for (size_t k = at ? b : 0; k < (at ? len : a); k++)
        if (s[k] >= 0x80 || (s[k] >= '0' && s[k] <= '9') || ((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z'))
            return 0;
    if (n == 1)
        return (c[0] >= 'A' && c[0] <= 'Z') || (b < len && s[b] == ')') ? LONE_STANDS : LONE_WEAK;
    int roman = 1;
    for (size_t k = 0; k < n && roman; k++)
        roman = c[k] == 'I' || c[k] == 'V' || c[k] == 'X' || c[k] == 'L';
    return roman ? LONE_STANDS : vnfix_word_ok(w, c, n) ? LONE_WEAK : 0;
}

static int evidence(vnfix_work *w, const unsigned char *s, size_t len, int kind)
{
    int ascii = 0, odd = 0, nonascii = 0, weakly = 0;
    size_t run = 0, part = 0;            /* ASCII letters just before; where the part began */
    if (kind == EV_VIQR)
        return viqr_evidence(s, len);
    for (size_t i = 0; i <= len;) {
        uint32_t cp = ' ';
        size_t m = i < len ? vnfix_utf8_seq(s + i, len - i, &cp) : 1;
        if (i < len && !m) {
            odd |= kind != EV_MOJI;
            i++, run = 0;
            continue;
        }
        if (cp < 0x80 && !((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')) {   /* the part ends */
            if ((ascii || (kind == EV_ALONE && nonascii >= 2)) && odd &&
                (kind == EV_RAW || (part == 0 && i >= len) || !part_stands(w, s, part, i))) {
                int lone = kind == EV_RAW || nonascii != 1 ? 0 : lone_symbol(w, s, part, i, len);
                if (!lone)
                    return EV_STRONG;
                weakly |= lone == LONE_WEAK;
            }
            ascii = odd = nonascii = 0, run = 0;
            i += m, part = i;
            continue;
        }
        i += m;
        if (cp >= 0x80 && cp < 0xA0 && kind != EV_RAW)
            return 1;                    /* a C1 control is no text's */
        nonascii += cp >= 0x80;
        if (cp < 0x80)
            ascii = 1;
        else if (kind == EV_RAW)
            odd |= cp >= 0x530 && cp < 0x800;
        else if (vnfix_cp1252_byte(cp) >= 0 && (!weak(cp) || (tcvn3_letter(cp) && run && tcvn3_inside(w, s, i, len, run))))
            odd = 1;
        run = cp < 0x80 ? run + 1 : 0;
    }
    return weakly ? EV_WEAKLY : 0;
}

/* Punctuation that may open or close a word: one such character at each
 * end of a run of letters is not part of it ("“Quyết”"). Only one: two in
 * a row end what Windows-1252 makes of UTF-8 ("phá»‘" was "phố"). */
static int opens(uint32_t c)
{
    return c == 0x201C || c == 0x2018 || c == 0xAB || c == 0x201E || c == 0x2022 || c == 0x2013 || c == 0x2014;
}

static int closes(uint32_t c)
{
    return c == 0x201D || c == 0x2019 || c == 0xBB || c == 0x2026 || c == 0x2022 || c == 0x2013 || c == 0x2014;
}


/* Whether a word may be VIQR at all: not an e-mail address or a URL. */
static int viqr_word(const unsigned char *s, size_t len)
{
    for (size_t k = 0; k < len; k++)
        if (s[k] == '@' || (s[k] == ':' && k + 2 < len && s[k + 1] == '/' && s[k + 2] == '/'))
            return 0;
    return !(len >= 4 && !memcmp(s, "www.", 4));
}

/* Whether a word is a dotted abbreviation, letters and full stops only,
 * each stop after one to three letters, two stops or more ("e.g.", "i.e.",
 * "U.S.", "a.m."), closing punctuation aside: its stops are no dots below,
 * though "e." reads as "ẹ". (A VIQR word whose reading is a syllable,
 * "ho.c.", never asks: only a reading that is none does.) */
static int dotted_abbreviation(const unsigned char *s, size_t len)
{
    while (len && strchr(",;:)!\"'", s[len - 1])) len--;
    size_t run = 0, stops = 0;
    for (size_t k = 0; k < len; k++) {
        if (((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z') && run < 3) {
            run++;
        } else if (s[k] == '.' && run) {
            run = 0, stops++;
        } else {
            return 0;
        }
    }
    return !run && stops >= 2;
}

/* Whether a VIQR word without evidence (its only mark after its letters)
 * ends in a full stop or a question mark before a number ("No. 1",
 * "Tr. 5") or a capital: punctuation, not a dot below or a hook. */
static int viqr_stop_end(const unsigned char *s, range in)
{
    size_t b = in.b;
    while (b > in.a && strchr("\"')]},;:!", s[b - 1]) && s[b - 1] != '\'') b--;
    return b > in.a && (s[b - 1] == '.' || s[b - 1] == '?');
}

int vnfix_guard_viqr_stop_before(const unsigned char *s, size_t len, size_t end)
{
    size_t k = end;
    while (k < len && blank(s[k])) k++;
    return k < len && ((s[k] >= '0' && s[k] <= '9') || (s[k] >= 'A' && s[k] <= 'Z'));
}

static int viqr_stop(const guard_ctx *g, range in)
{
    return viqr_stop_end(g->s, in) && vnfix_guard_viqr_stop_before(g->s, g->len, in.b);
}

/* The ASCII vowels a VIQR mark follows, and the marks: what strchr()
 * on "aeiouyAEIOUY" and "^(+'`?~." found (NUL too, as strchr finds the
 * terminator), by a switch (a bit test) instead of a call per byte. */
static inline int viqr_vowel_or_nul(unsigned char c)
{
    switch (c) {
    case 0: case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
    case 'A': case 'E': case 'I': case 'O': case 'U': case 'Y':
        return 1;
    default:
        return 0;
    }
}

static inline int viqr_mark_or_nul(unsigned char c)
{
    switch (c) {
    case 0: case '^': case '(': case '+': case '\'': case '`': case '?': case '~': case '.':
        return 1;
    default:
        return 0;
    }
}

/* VIQR's evidence: dd, or a mark after a vowel that no
 * English writes there, ^ ( + ` ~ anywhere, ' ? . inside a word ("Vie^.t",
 * "ho.c", not "No." or "it's"); an e-mail address or a URL has none
 * ("j.doe@uni.edu.au"). */
static int viqr_evidence(const unsigned char *s, size_t len)
{
    if (!viqr_word(s, len))
        return 0;
    for (size_t k = 1; k < len; k++)
        if ((s[k] | 0x20) == 'd' && s[k - 1] == s[k])
            return 1;                    /* dd: đ ("ddi"; "address" reads as no syllable) */
    for (size_t k = 1; k < len; k++) {
        if (!viqr_vowel_or_nul(s[k - 1])) continue;
        int inside = k + 1 < len && (((s[k + 1] | 0x20) >= 'a' && (s[k + 1] | 0x20) <= 'z') ||
                                     viqr_mark_or_nul(s[k + 1]));
        unsigned c = s[k];
        if (c == '^' || c == '(' || c == '+' || c == '`' || c == '~' ||
            ((c == '\'' || c == '?' || c == '.') && inside))
            return 1;
    }
    return 0;
}

/* Whether every run of c[0..n) between ASCII signs is plain ASCII, signs
 * only, or a Vietnamese syllable (or an acronym with Đ), with *vn the
 * syllables that have a letter beyond ASCII. A run that mixes letters with
 * other signs ("Tiáº¿ng", "ºC") is not Vietnamese, nor is a byte passed
 * through, a C1 control or U+FFFD: 0. */
static int runs_ok(vnfix_work *w, const uint32_t *c, size_t n, int *vn)
{
    *vn = 0;
    size_t i = 0;
    while (i < n) {
        if (c[i] < 0x80 && !letter(c[i])) { i++; continue; }
        size_t j = i, i0 = i;
        int ascii = 1, letters = 0;
        for (; j < n && !(c[j] < 0x80 && !letter(c[j])); j++) {
            uint32_t x = c[j];
            if ((x & VNFIX_RAWBYTE) || (x >= 0x80 && x < 0xA0) || x == 0xFFFD) return 0;
            letters += letter(x);
        }
        size_t a = i, b = j;
        i = j;
        if (!letters) continue;                  /* signs alone: "°", "–" */
        while (a < b && (opens(c[a]) || c[a] == 0x2026)) a++;   /* "……tháng" */
        if (b > a && closes(c[b - 1])) b--;
        for (size_t k = a; k < b; k++) {
            if (!letter(c[k])) return 0;         /* "Tiáº¿ng", "ºC" */
            if (c[k] >= 0x80) ascii = 0;
        }
        if (!ascii) {
            /* (đ alone is a letter of the alphabet, not a failed
             * syllable: a list's label "đ)" after "d)", as Vietnamese
             * letters its items, and the points cited by it, "điểm đ
             * khoản 2", "đ.2)"; ASCII letters alone pass as ASCII) */
            int label = b - a == 1 && (c[a] == 0x111 || c[a] == 0x110) && a == i0 && b == j;
            if (!label && (b - a > 8 || !vnfix_word_placed(w, c + a, b - a, vnfix_syllable_placed))) return 0;
            ++*vn;
        }
    }
    return 1;
}

/* The input word s[0..len) as it would be kept, in w->gtok[0..*n): NFC,
 * ƣ as ư (PDF text), bytes that are not UTF-8 as they are. *valid: it is
 * UTF-8; *as_is: kept, it is byte for byte the input. */
static int word_cps(vnfix_work *w, const unsigned char *s, size_t len, size_t *n, int *valid, int *as_is)
{
    size_t i = 0, o = 0;
    int stable = 1;
    *valid = 1;
    while (i < len) {
        uint32_t cp;
        while (i < len && s[i] < 0x80)       /* (ASCII, stable: most of a word, all of VIQR) */
            w->gtok[o++] = s[i++];
        if (i == len) break;
        size_t m = vnfix_utf8_seq(s + i, len - i, &cp);
        if (!m) {
            w->gtok[o++] = VNFIX_RAWBYTE | s[i++];
            *valid = 0;
            continue;
        }
        if (cp == 0x1A2 || cp == 0x1A3) cp += 0x1AF - 0x1A2, stable = 0;
        else if (!vnfix_nfc_stable(cp)) stable = 0;
        w->gtok[o++] = cp;
        i += m;
    }
    *n = o;
    *as_is = stable;
    return stable ? VNFIX_OK : vnfix_nfc_apply(&w->nfc, w->gtok, n);
}

static int unicode_only_cp(uint32_t c);

/* For a word s[0..len) with no Ð or ð (U+00D0, U+00F0) that word_cps
 * would make exactly rd[0..nrd) of, valid and as_is (each character valid
 * UTF-8, NFC-stable, no ƣ Ƣ, and the same code point as rd's at its
 * place): unicode_only of it, 0 or 1; -1 for any other word. Read straight
 * from the bytes in one pass, without making w->gtok. */
static int reads_as_is(const unsigned char *s, size_t len, const uint32_t *rd, size_t nrd)
{
    size_t i = 0, k = 0;
    int uo = 0;
    while (i < len) {
        uint32_t cp = s[i];
        size_t m = 1;
        if (cp >= 0x80) {
            if (!(m = vnfix_utf8_seq(s + i, len - i, &cp)) || cp == 0x1A2 || cp == 0x1A3 || cp == 0xD0 ||
                cp == 0xF0 || !vnfix_nfc_stable(cp))
                return -1;
            uo |= !uo && unicode_only_cp(cp);
        }
        if (k == nrd || rd[k] != cp)
            return -1;
        i += m, k++;
    }
    return k == nrd ? uo : -1;
}

/* reads_as_is where the reading is known to be the line's own code
 * points (text_cps): each character of the word is valid UTF-8, NFC-stable
 * and no ƣ Ƣ (decide() found so of the whole line) and is rd's code point
 * at its place, so what is left to ask is read from rd alone, without
 * decoding the bytes again: no Ð or ð, and unicode_only. */
static int own_reads_as_is(const uint32_t *rd, size_t nrd)
{
    int uo = 0;
    for (size_t k = 0; k < nrd; k++) {
        uint32_t cp = rd[k];
        if (cp < 0x80)
            continue;
        if (cp == 0xD0 || cp == 0xF0)
            return -1;
        uo |= !uo && unicode_only_cp(cp);
    }
    return uo;
}

/* one_word's shortcut for a word of the single pass with a letter only
 * Unicode has that reads as it stands (see there): 2 when the word went
 * out so, else unicode_only of the word as reads_as_is found it, or -1.
 * (A call of its own: inlined, it made one_word dearer on the passes of
 * legacy lines, which never take it.) */
static __attribute__((noinline)) int stands_unicode(guard_ctx *g, range in, const uint32_t *rd, size_t nrd,
                                                    size_t *o)
{
    int ro = g->text_cps ? own_reads_as_is(rd, nrd) : reads_as_is(g->s + in.a, in.b - in.a, rd, nrd);
    if (ro == 1) {
        memcpy(g->w->gout + *o, rd, nrd * sizeof *rd);
        *o += nrd;
        g->nword++;
        g->vn_only = 1;
        return 2;
    }
    return ro;
}

/* Whether c[0..n), without one symbol of weak() at either end, is a word
 * that stands: a syllable, ASCII or not ("XÃ™", "§ý•", "thu·", "Bắc·": a
 * symbol beside a word is the document's, not a letter). One: two in a
 * row end what Windows-1252 makes of UTF-8 ("phá»‘" is "phố"). */
static int dressed(vnfix_work *w, const uint32_t *c, size_t n)
{
    size_t a = 0, b = n;
    if (a < b && weak(c[a])) a++;
    if (b > a && weak(c[b - 1])) b--;
    if ((a == 0 && b == n) || a == b)
        return 0;
    /* (the rest, with ASCII punctuation peeled off, all letters) */
    while (a < b && c[a] < 0x80 && !letter(c[a])) a++;
    while (b > a && c[b - 1] < 0x80 && !letter(c[b - 1])) b--;
    for (size_t k = a; k < b; k++)
        if (!letter(c[k])) return 0;
    return b > a && b - a <= 8 && vnfix_word_ok(w, c + a, b - a);
}

/* A verdict remembered (w->gmemo): the word's bytes b[0..len) (len 0: a
 * free entry), its reading rd[0..nrd), the kind of evidence asked for and
 * the model the verdict was found with. kept: the word went out as it
 * stands in a line read as it stands whose neighbours are no legacy
 * source, for reasons of its own (one_word, "kept alone"): 1, or 2 when
 * read_alone left the source src_enc, src_moji in g->alone_src. */
struct vnfix_gmemo {
    const vnfix_model *model;
    uint32_t rd[VNFIX_GMEMO_LEN];
    unsigned char b[VNFIX_GMEMO_LEN];
    uint8_t len, nrd, kind, verdict, kept, src_enc, src_moji;
};

static int verdict(guard_ctx *g, range in, const uint32_t *rd, size_t nrd, size_t ntok, int valid, int kind)
{
    vnfix_work *w = g->w;
    int vn;
    int stands = valid && ((runs_ok(w, w->gtok, ntok, &vn) && vn) || dressed(w, w->gtok, ntok));
    if (ntok == nrd && !memcmp(w->gtok, rd, nrd * sizeof *rd))
        return stands ? V_STANDS : V_SAME;
    if (!runs_ok(w, rd, nrd, &vn) || !vn)
        return stands ? V_STANDS : V_BAD;
    if (stands)
        return V_BOTH;
    return evidence(g->w, g->s + in.a, in.b - in.a, kind) == EV_STRONG ? V_TAKE : V_WEAK;
}

/* The verdict on one word: its input in w->gtok (*ntok), its reading rd.
 * The verdict depends on nothing but the word's bytes (w->gtok and valid
 * are made from them), its reading, the kind of evidence and the model
 * (runs_ok, dressed and evidence look at the word alone, never at its
 * neighbours), so it is remembered by those: a line of VIQR goes through
 * the guard whole, and judging its words (two syllable checks and the
 * evidence, per word) was a third of VIQR's time. */
static int judge(guard_ctx *g, range in, const uint32_t *rd, size_t nrd, size_t *ntok, int *as_is, int *rc, int pass,
                 struct vnfix_gmemo **ent)
{
    vnfix_work *w = g->w;
    *ent = NULL;
    int valid;
    const unsigned char *s = g->s + in.a;
    size_t len = in.b - in.a;
    if (pass || len > VNFIX_GMEMO_LEN || nrd > VNFIX_GMEMO_LEN) {
        if ((*rc = word_cps(w, s, len, ntok, &valid, as_is)))
            return V_SAME;
        if (g->nword < g->ncached)          /* pass 1: pass 0's verdict */
            return w->gverd[g->nword];
    }
    int kind = g->src.enc == VNFIX_ENC_VIQR ? EV_VIQR : g->raw ? EV_RAW : EV_MOJI;
    if (len > VNFIX_GMEMO_LEN || nrd > VNFIX_GMEMO_LEN)
        return verdict(g, in, rd, nrd, *ntok, valid, kind);
    if (!w->gmemo) {                        /* (none: judged every time) */
        w->gmemo = vnfix_memo_alloc(((size_t)1 << VNFIX_GMEMO_BITS) * sizeof *w->gmemo, 1);
        if (w->warm)
            vnfix_guard_warm(w);
    }
    struct vnfix_gmemo *e = NULL;
    int hit = 0;
    if (w->gmemo) {
        uint32_t h = 2166136261u ^ (uint32_t)kind;
        for (size_t i = 0; i < len; i++) h = (h ^ s[i]) * 16777619u;
        e = &w->gmemo[h >> (32 - VNFIX_GMEMO_BITS)];
        hit = e->len == len && e->nrd == nrd && e->kind == kind && e->model == w->model &&
              !memcmp(e->b, s, len) && !memcmp(e->rd, rd, nrd * sizeof *rd);
        /* Pass 0 counts a word taken, weak or bad without its code points
         * (one_word looks at w->gtok only for the others), so a verdict
         * remembered spares the word's reading too, and VIQR's words are
         * mostly taken. */
        if (!pass && hit && (e->verdict == V_TAKE || e->verdict == V_WEAK || e->verdict == V_BAD)) {
            *ntok = 0, *as_is = 1, *rc = VNFIX_OK;
            return e->verdict;
        }
    }
    if (!pass) {
        if ((*rc = word_cps(w, s, len, ntok, &valid, as_is)))
            return V_SAME;
    }
    if (!e)
        return verdict(g, in, rd, nrd, *ntok, valid, kind);
    *ent = e;
    if (hit)
        return e->verdict;
    int v = verdict(g, in, rd, nrd, *ntok, valid, kind);
    e->model = w->model;
    memcpy(e->rd, rd, nrd * sizeof *rd);
    memcpy(e->b, s, len);
    e->len = (uint8_t)len, e->nrd = (uint8_t)nrd, e->kind = (uint8_t)kind, e->verdict = (uint8_t)v, e->kept = 0;
    return v;
}

double vnfix_guard_cost(vnfix_work *w, const uint32_t *c, size_t n)
{
    int kn;
    double sum = 0;
    size_t i = 0;
    while (i < n) {
        if (!letter(c[i])) { i++; continue; }
        size_t j = i;
        int ascii = 1;
        for (; j < n && letter(c[j]); j++)
            if (c[j] >= 0x80) ascii = 0;
        if (!ascii) sum += vnfix_word_cost(w, c + i, j - i, &kn);
        i = j;
    }
    return sum;
}

/* Whether the word c[0..n) holds an eth, Ð or ð. */
static int has_eth(const uint32_t *c, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (c[i] == 0xD0 || c[i] == 0xF0) return 1;
    return 0;
}

/* The documented normalisation of Ð (U+00D0, the eth that fonts and
 * converters put for Đ): in a word that is Vietnamese with Đ ("Ðiều"), c
 * is rewritten with Đ and 1 returned. */
static int eth_for_dd(vnfix_work *w, uint32_t *c, size_t n)
{
    int vn;
    if (!has_eth(c, n)) return 0;
    for (size_t i = 0; i < n; i++)
        if (c[i] == 0xD0 || c[i] == 0xF0) c[i] = c[i] == 0xD0 ? 0x110 : 0x111;
    if (runs_ok(w, c, n, &vn) && vn) return 1;
    for (size_t i = 0; i < n; i++)
        if (c[i] == 0x110 || c[i] == 0x111) c[i] = c[i] == 0x110 ? 0xD0 : 0xF0;
    return 0;
}

/* Whether a word has no letter, only signs of weak() and ASCII. */
static int signs_only(const unsigned char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t m = vnfix_utf8_seq(s + i, len - i, &cp);
        if (!m || letter(cp) || (cp >= 0x80 && !weak(cp))) return 0;
        i += m;
    }
    return 1;
}

/* Whether a word holds a symbol of weak(). */
static int has_weak(const unsigned char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t m = vnfix_utf8_seq(s + i, len - i, &cp);
        if (m && weak(cp)) return 1;
        i += m ? m : 1;
    }
    return 0;
}

/* Whether a symbol of weak() follows an ASCII digit in a word. */
static int after_digit(const unsigned char *s, size_t len)
{
    for (size_t i = 1; i < len;) {
        uint32_t cp;
        size_t m = vnfix_utf8_seq(s + i, len - i, &cp);
        if (m && weak(cp) && s[i - 1] >= '0' && s[i - 1] <= '9') return 1;
        i += m ? m : 1;
    }
    return 0;
}

/* Whether c[0..n) has Đ or đ as a run of one letter. */
static int lone_dd(const uint32_t *c, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((c[i] == 0x110 || c[i] == 0x111) && (i == 0 || !letter(c[i - 1])) && (i + 1 == n || !letter(c[i + 1])))
            return 1;
    return 0;
}

/* Whether every letter of c[0..n) is ASCII (the word may hold signs). */
static int letters_ascii(const uint32_t *c, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (c[i] >= 0x80 && letter(c[i])) return 0;
    return 1;
}

/* Whether a word is plain ASCII. */
static int ascii_only(const unsigned char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (s[i] >= 0x80) return 0;
    return 1;
}

/* Whether c[0..n) has a Vietnamese letter that no misreading through
 * Windows-1252 makes (ư, ạ, ồ...): the word is Unicode. (unicode_only_cp:
 * whether c is one, for reads_as_is too.) */
static inline int unicode_only_cp(uint32_t c)
{
    /* (ạ ả ấ ... ỹ, most such letters: toned vowels, none in cp1252) */
    return c - 0x1EA0 <= 0x1EF9 - 0x1EA0 ||
           (c >= 0x100 && !(c & VNFIX_RAWBYTE) && vnfix_letter_info(c).vowel && vnfix_cp1252_byte(c) < 0);
}

static int unicode_only(const uint32_t *c, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (unicode_only_cp(c[i]))
            return 1;
    return 0;
}

/* unicode_only of the word in w->gtok[0..n), through *uo (-1: not asked
 * yet) */
static inline int uo_of(const vnfix_work *w, size_t n, int *uo)
{
    if (*uo < 0) *uo = unicode_only(w->gtok, n);
    return *uo;
}

/* Whether the model knows every run of c[0..n) that has letters beyond
 * ASCII (want 1), or does not know some run (want -1). */
static int known(vnfix_work *w, const uint32_t *c, size_t n, int want)
{
    size_t i = 0;
    while (i < n) {
        if (!letter(c[i])) { i++; continue; }
        size_t j = i;
        int ascii = 1;
        for (; j < n && letter(c[j]); j++)
            if (c[j] >= 0x80) ascii = 0;
        if (!ascii) {
            /* (a syllable's answer is remembered: a line of Unicode asks
             * it of every word, and the model's look-up is a search) */
            int k;
            vnfix_word_cost(w, c + i, j - i, &k);
            if (want == 1 && k != 1) return 0;
            if (want == -1 && k != 1) return 1;
        }
        i = j;
    }
    return want == 1;
}

/* A word that is Vietnamese both as it stands and as read ("soá" is VNI
 * for "số"; "Hóa" read as TCVN3 is "Hĩa"), in a line that could be
 * mojibake throughout (no letter only Unicode has): the reading is taken
 * when the line proves its source and the model finds the reading likelier
 * by a clear margin (one nat); the neighbours' source stands for the proof
 * only then. Without a model, when more words prove the source than stand
 * as they are. */
static int both_ways(const guard_ctx *g, const uint32_t *rd, size_t nrd, size_t ntok)
{
    vnfix_work *w = g->w;
    if (!w->model)
        return g->own > g->unicode;
    if (g->own < 2 && !(g->prior && vnfix_same_source(*g->prior, g->src)))
        return 0;
    return vnfix_guard_cost(w, rd, nrd) + 1.0 < vnfix_guard_cost(w, w->gtok, ntok);
}

/* One reading of a word alone: 1 with it in w->cps when it is Vietnamese. */
static int try_alone(guard_ctx *g, range in, vnfix_source src, int *rc)
{
    int vn;
    if ((*rc = vnfix_decode_word_as(g->w, g->s + in.a, in.b - in.a, src)))
        return 0;
    return runs_ok(g->w, g->w->cps, g->w->ncps, &vn) && vn;
}

/* What a source costs before its reading is weighed (nats): VISCII and
 * VPS were far rarer than TCVN3 and VNI, and their tables give another
 * syllable for many a TCVN3 word ("chøc" is TCVN3's "chức", VISCII's
 * "chục"). */
static double rarity(vnfix_encoding e)
{
    return e == VNFIX_ENC_VISCII || e == VNFIX_ENC_VPS ? 2.0 : e == VNFIX_ENC_CP1258 ? 0.5 : 0.0;
}

/* A word read alone in every source: 1 with the one Vietnamese reading in
 * w->galt (*n); 0 when none is, or two disagree (a tie keeps the word)
 * unless the neighbours' source gives one, or the language model finds one
 * clearly likelier than every other ("c\xf1a" is "của" in TCVN3 and
 * "cựa" in VISCII). */
static int read_alone(guard_ctx *g, range in, size_t *n, int *rc)
{
    static const vnfix_encoding encs[] = {
        VNFIX_ENC_TCVN3, VNFIX_ENC_VNI, VNFIX_ENC_VISCII, VNFIX_ENC_VPS, VNFIX_ENC_CP1258, VNFIX_ENC_UTF8_DOUBLE,
    };
    vnfix_work *w = g->w;
    const unsigned char *s = g->s + in.a;
    size_t len = in.b - in.a, found = 0, m = 1;
    uint32_t cp;
    int valid = 1, differ = 0;
    double best = 0, second = 1e30;
    for (size_t i = 0; i < len && valid; i += m)
        valid = (m = vnfix_utf8_seq(s + i, len - i, &cp)) != 0;
    if (g->prior && (g->prior->moji != 0) == valid && g->prior->enc != VNFIX_ENC_UTF8 &&
        try_alone(g, in, *g->prior, rc)) {
        memcpy(w->galt, w->cps, w->ncps * sizeof *w->cps);
        *n = w->ncps;
        g->alone_src = *g->prior;
        return 1;
    }
    for (size_t k = 0; k < sizeof encs / sizeof encs[0] && !*rc; k++) {
        vnfix_source src = {encs[k], valid};
        if ((!valid && encs[k] == VNFIX_ENC_UTF8_DOUBLE) || !try_alone(g, in, src, rc))
            continue;
        if (found && w->ncps == *n && !memcmp(w->cps, w->galt, *n * sizeof *w->cps))
            continue;                            /* the same reading again */
        double c = w->model ? vnfix_guard_cost(w, w->cps, w->ncps) + rarity(encs[k]) : 0;
        if (found) differ = 1;
        if (!found || c < best) {
            if (found) second = best;
            memcpy(w->galt, w->cps, w->ncps * sizeof *w->cps);
            *n = w->ncps;
            g->alone_src = src;
            best = c;
        } else if (c < second) {
            second = c;
        }
        found++;
    }
    if (*rc || !found) return 0;
    return !differ || (w->model && best + 1.0 < second);
}

/* The next word of the input from *i: 0 when none is left. */
static int next_word(const unsigned char *s, size_t n, size_t *i, range *r)
{
    size_t k = *i;                       /* (in a local: no reload per byte) */
    while (k < n && blank(s[k])) k++;
    if (k >= n) return *i = k, 0;
    r->a = k;
    while (k < n && !blank(s[k])) k++;
    r->b = *i = k;
    return 1;
}

/* The same in code points. */
static int next_word_cps(const uint32_t *c, size_t n, size_t *i, range *r)
{
    size_t k = *i;
    while (k < n && blank(c[k])) k++;
    if (k >= n) return *i = k, 0;
    r->a = k;
    while (k < n && !blank(c[k])) k++;
    r->b = *i = k;
    return 1;
}

/* Whether the words of the line and of the reading pair up. */
static int aligned(const guard_ctx *g)
{
    size_t i = 0, j = 0;
    range a, b;
    for (;;) {
        int x = next_word(g->s, g->len, &i, &a), y = next_word_cps(g->w->best, g->w->nbest, &j, &b);
        if (x != y) return 0;
        if (!x) return 1;
    }
}

/* TCVN3 writes some of its commonest letters with bytes that Windows-1252
 * reads as Latin-1 vowels (ụ as ô, ộ as é, ự as ù, ố as è, ó as ã), so a
 * word pasted in it often reads as another syllable ("nhiệm vô" for
 * "nhiệm vụ", "Bé" for "Bộ", "mét" for "một"), VNI's less often. Such a
 * word is taken in the legacy reading only between the words of its line,
 * when the trigram model finds that reading far likelier there (CONTEXT
 * nats), and only when alone it is a much commoner word (SUSPECT nats):
 * "vô hiệu" and "5 mét" stay. */
#define CONTEXT 10.0
#define SUSPECT 3.0

/* NOISE: a syllable the model saw so rarely that an unseen word is
 * likelier (known -1: "cã", "sè", "tõ", "nép", TCVN3's "có", "số", "từ",
 * "nộp") has no trigram cost worth weighing, and its reading's cost is
 * mostly its commonness, which a rare real word of other text would meet
 * as well ("bé", "mì" beside words the model never saw with them). Such
 * a word is read only where its neighbours attest the reading: the model
 * saw the reading after the word before it and before the word after it
 * (the line's start or end standing for one side, never both), and in a
 * trigram with one of them, and saw the word as it stands beside neither.
 * Over the 191,626 clean lines of tools/vnfix-harm --all three words
 * pass the suspect test and the last (the word as it stands seen beside
 * neither neighbour), and none is taken: the nearest, "trên sô kế toán"
 * (a typo of "sổ"; VNI's "sơ"), has both bigrams but no trigram. */

static const vnfix_source pasted_sources[] = {{VNFIX_ENC_TCVN3, 1}, {VNFIX_ENC_VNI, 1}};

/* The letters of c[0..n) if they are one run, with at most one sign at
 * each end: *a, *b. */
static int core(const uint32_t *c, size_t n, size_t *a, size_t *b)
{
    *a = 0, *b = n;
    while (*a < *b && !letter(c[*a])) (*a)++;
    while (*b > *a && !letter(c[*b - 1])) (*b)--;
    for (size_t k = *a; k < *b; k++)
        if (!letter(c[k])) return 0;
    return *b > *a && *b - *a <= 8;
}

int vnfix_guard_suspect(vnfix_work *w, const unsigned char *s, size_t len)
{
    uint32_t tok[8];
    size_t n = 0, a, b, i = 0, m;
    if (!w->model || vnfix_work_reserve(w, len + 1))
        return 0;
    for (; i < len; i += m) {
        if (!(m = vnfix_utf8_seq(s + i, len - i, &tok[n])) || n == 7) return 0;
        n++;
    }
    if (!core(tok, n, &a, &b))
        return 0;
    /* A legacy word read as Windows-1252 is made only of the characters
     * that code page has: a letter beyond them (đ ơ ư ă, ạ...) proves the
     * word was typed in Unicode ("đôn", "đoái"), whatever a table would
     * make of its other letters. */
    for (size_t k = a; k < b; k++)
        if (tok[k] >= 0x80 && vnfix_cp1252_byte(tok[k]) < 0)
            return 0;
    int kn;
    double own = vnfix_word_cost(w, tok + a, b - a, &kn);
    for (size_t k = 0; k < sizeof pasted_sources / sizeof pasted_sources[0]; k++) {
        size_t ra, rb;
        if (vnfix_decode_word_as(w, s, len, pasted_sources[k]) || !core(w->cps, w->ncps, &ra, &rb)) continue;
        if (rb - ra == b - a && !memcmp(w->cps + ra, tok + a, (b - a) * sizeof *tok)) continue;
        if (!vnfix_word_ok(w, w->cps + ra, rb - ra))
            continue;
        double cost = vnfix_word_cost(w, w->cps + ra, rb - ra, &kn);
        if (kn == 1 && cost + SUSPECT < own)
            return 1;
    }
    return 0;
}

static int alnum(uint32_t c) { return letter(c) || (c >= '0' && c <= '9'); }

/* The letters (or digits) of the word before (k = 0: two before, 1: one
 * before) or after (k = 2) the word in, into buf: none at the line's ends
 * or across ASCII punctuation; SIZE_MAX across a symbol. */
static size_t neighbour(const guard_ctx *g, range in, int k, uint32_t *buf)
{
    range r = in;
    for (int step = k == 0 ? 2 : 1; step > 0; step--) {
        size_t i;
        if (k < 2) {
            i = r.a;
            while (i > 0 && blank(g->s[i - 1])) i--;
            if (i == 0 || (g->s[i - 1] < 0x80 && !alnum(g->s[i - 1])))
                return 0;
            r.b = i;
            while (i > 0 && !blank(g->s[i - 1])) i--;
            r.a = i;
        } else {
            if (r.b == 0 || (g->s[r.b - 1] < 0x80 && !alnum(g->s[r.b - 1])))
                return 0;
            i = r.b;
            while (i < g->len && blank(g->s[i])) i++;
            r.a = i;
            while (i < g->len && !blank(g->s[i])) i++;
            r.b = i;
            if (r.a == r.b) return 0;
        }
    }
    uint32_t c[16];
    size_t n = 0, m;
    for (size_t i = r.a; i < r.b && n < 16; i += m)
        if (!(m = vnfix_utf8_seq(g->s + i, r.b - i, &c[n++]))) return 0;
    size_t a = 0, b = n;
    if (n && (k < 2 ? !alnum(c[n - 1]) && c[n - 1] >= 0x80 : !alnum(c[0]) && c[0] >= 0x80))
        return SIZE_MAX;                 /* a symbol between: no guide ("Chủ½", "“thần") */
    if (k < 2) {                         /* the last letters of the word before */
        while (b > 0 && !alnum(c[b - 1])) b--;
        a = b;
        while (a > 0 && alnum(c[a - 1])) a--;
    } else {                             /* the first of the word after */
        if (n && !alnum(c[0])) return 0;
        b = 0;
        while (b < n && alnum(c[b])) b++;
    }
    if (b - a > 8) return 0;
    memcpy(buf, c + a, (b - a) * sizeof *c);
    return b - a;
}

/* The model's ids of a word's neighbours ctx[k] (nctx[k] code points),
 * through w->imemo: the lines with a suspect word ask for the same
 * neighbours again and again, and the model's look-up of a word (its
 * folded key, a group, strcmp) was 1,400 instructions. */
static int context_ids(vnfix_work *w, uint32_t ctx[3][8], const size_t nctx[3], uint32_t ids[3])
{
    /* The n-gram look-ups that follow probe the model's 12.5 MB of hash
     * tables at random: 27 MB of clean text faulted on them about 190
     * times (each fault mapping 16 pages; a third of auto's faults), a
     * megabyte 50 times. Once the input is long (the memos are warm) and
     * the guard asks for a context, the file is mapped in one call (0.8 ms
     * under strace). Not before: -f utf-8 and the legacy inputs (of the
     * sample, all but cp1252 mojibake), whose lines the guard does not
     * ask, would pay for pages they never read. */
    if (w->warm && !w->model_warm && w->model) {
        w->model_warm = 1;
        vnfix_model_warm(w->model);
    }
    for (int k = 0; k < 3; k++)
        ids[k] = vnfix_word_id(w, ctx[k], nctx[k]);
    return vnfix_model_context_ids(w->model, nctx, ids);
}

/* Whether the words before and after a word (ctx[1], ctx[2]) are written
 * in capitals: one of them at least is a syllable of two letters or more
 * (not a Roman numeral: "Nhóm III"), and no letter of either is lower
 * case (a number is neither). */
static int caps_between(vnfix_work *w, const uint32_t ctx[3][8], const size_t nctx[3])
{
    int caps = 0;
    for (int k = 1; k < 3; k++) {
        size_t letters = 0;
        for (size_t i = 0; i < nctx[k]; i++) {
            uint32_t c = ctx[k][i];
            if (c < 0x80 ? c >= 'a' && c <= 'z' : !vnfix_letter_info(c).upper)
                return 0;
            letters += c >= 0x80 || (c >= 'A' && c <= 'Z');
        }
        caps |= letters >= 2 && letters == nctx[k] && vnfix_word_ok(w, ctx[k], nctx[k]);
    }
    return caps;
}

/* The letters of c[0..n) in capitals. */
static void raise_word(uint32_t *c, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        vnfix_letter l = vnfix_letter_info(c[i]);
        if (c[i] >= 'a' && c[i] <= 'z')
            c[i] -= 0x20;
        else if (c[i] >= 0x80 && l.vowel && !l.upper)
            c[i] = vnfix_letter_compose(l.vowel, l.tone, 1);
    }
}

/* Whether the word in (as it stands in w->gtok[0..ntok)), a syllable,
 * is a word pasted in a legacy encoding by its line (see CONTEXT): 1 with
 * its reading in w->galt[0..*nalt). suspect: the caller found
 * vnfix_word_suspect of the word's bytes true just before (stays_in), so
 * it is not asked again (the same bytes, the same answer: its memo's). */
static int in_context(guard_ctx *g, range in, size_t ntok, size_t *nalt, int *rc, int *looked, int suspect)
{
    vnfix_work *w = g->w;
    uint32_t ctx[3][8];
    size_t nctx[3], a, b, ra, rb;
    if (!core(w->gtok, ntok, &a, &b) || (!suspect && !vnfix_word_suspect(w, g->s + in.a, in.b - in.a)))
        return 0;
    /* A syllable the model does not know is <unk> to the trigrams, whose
     * cost between any neighbours is no sign of a misreading: a real word
     * missing from the model ("nôi", the cable cradle of river gauging, in
     * "tàu chuyên dụng, nôi và cầu") is not rewritten from its neighbours
     * alone. */
    int kn;
    vnfix_word_cost(w, w->gtok + a, b - a, &kn);
    if (!kn)
        return 0;
    *looked = 1;                         /* (what follows reads the neighbours) */
    for (int k = 0; k < 3; k++)
        if ((nctx[k] = neighbour(g, in, k, ctx[k])) == SIZE_MAX)
            return 0;
    if (!nctx[1] && !nctx[2])
        return 0;                        /* a word alone: no context to judge by */
    /* a capital inside a sentence begins a name ("Bản Ngò"), which the
     * trigram costs of a word the model knows cannot tell from a pasted
     * word; a noise word is read only where its reading's neighbours are
     * attested (NOISE), which a name's are not ("của Bé Nội vụ" is "của
     * Bộ Nội vụ"); a neighbour the model does not know (another pasted
     * word, a name) is no guide */
    int cap = vnfix_letter_info(w->gtok[a]).upper || (w->gtok[a] < 0x80 && w->gtok[a] >= 'A' && w->gtok[a] <= 'Z');
    if (nctx[1] && cap && kn == 1)
        return 0;
    uint32_t ids[3];
    if (!context_ids(w, ctx, nctx, ids))
        return 0;
    uint32_t id = vnfix_word_id(w, w->gtok + a, b - a);
    double as_is = kn == 1 ? vnfix_model_context_cost_id(w->model, ids, id) : 0;
    if (kn == 1 && as_is <= CONTEXT)
        return 0;                        /* (costs are never negative: no reading wins) */
    if (kn == -1 && (vnfix_model_context_seen(w->model, ids, id) & (VNFIX_SEEN_LEFT | VNFIX_SEEN_RIGHT)))
        return 0;                        /* (see NOISE) */
    vnfix_source was = g->alone_src;     /* (read_alone sets it; kept unless taken) */
    if (!read_alone(g, in, nalt, rc) || !core(w->galt, *nalt, &ra, &rb) || !known(w, w->galt, *nalt, 1)) {
        g->alone_src = was;
        return 0;
    }
    uint32_t rid = vnfix_word_id(w, w->galt + ra, rb - ra);
    int seen = kn == -1 ? vnfix_model_context_seen(w->model, ids, rid) : 0;
    if (kn == -1 ? (seen & (VNFIX_SEEN_LEFT | VNFIX_SEEN_RIGHT)) == (VNFIX_SEEN_LEFT | VNFIX_SEEN_RIGHT) &&
                       (seen & (VNFIX_SEEN_LEFT3 | VNFIX_SEEN_RIGHT3))
                 : vnfix_model_context_cost_id(w->model, ids, rid) + CONTEXT < as_is)
    {
        /* TCVN3 has no toned capitals (nor VPS some): a capitals font
         * (.VnTimeH) writes a word in capitals with its lowercase codes, so
         * a word read in it that opens with a capital between words in
         * capitals is one of them ("ĐỔI Sè CHO" is "ĐỔI SỐ CHO", not "ĐỔI
         * Số CHO"); VNI writes its capitals */
        if ((g->alone_src.enc == VNFIX_ENC_TCVN3 || g->alone_src.enc == VNFIX_ENC_VPS) &&
            vnfix_letter_info(w->gtok[a]).upper && caps_between(w, ctx, nctx))
            raise_word(w->galt + ra, rb - ra);
        return 1;
    }
    g->alone_src = was;
    return 0;
}

/* The letters of the word k words before (k = 1, 2) or after (k = -1)
 * the reading rd in the line's reading w->best, into buf: none across a
 * sign or past the line's ends. */
static size_t reading_neighbour(const vnfix_work *w, const uint32_t *rd, size_t nrd, int k, uint32_t *buf)
{
    const uint32_t *c = w->best;
    size_t n = w->nbest, i;
    if (rd < c || rd + nrd > c + n)
        return 0;
    size_t a = (size_t)(rd - c), b = a + nrd;
    for (; k > 0; k--) {                 /* back over the blanks, then a word */
        i = a;
        while (i > 0 && blank(c[i - 1])) i--;
        if (i == 0 || !alnum(c[i - 1])) return 0;
        b = i;
        while (i > 0 && !blank(c[i - 1])) i--;
        a = i;
        if (k > 1 && !alnum(c[a])) return 0;
    }
    if (k < 0) {
        if (b == 0 || !alnum(c[b - 1])) return 0;
        i = b;
        while (i < n && blank(c[i])) i++;
        a = i;
        while (i < n && !blank(c[i])) i++;
        b = i;
        if (a == b || !alnum(c[a])) return 0;
        for (i = a; i < b && alnum(c[i]); i++) {}
        b = i;
    } else if (a < b) {
        while (a < b && !alnum(c[a])) a++;
    }
    if (b - a > 8 || a >= b) return 0;
    for (i = a; i < b; i++)
        if (!alnum(c[i])) return 0;
    memcpy(buf, c + a, (b - a) * sizeof *c);
    return b - a;
}

/* For a word Vietnamese both ways: how much likelier (nats) its reading
 * is than the word as it stands between the words around it, as the line
 * reads, in *gain; 0 when the model cannot say (no model, a word it does
 * not know, which is <unk> to the trigrams, or no neighbours). */
static int context_gain(const guard_ctx *g, const uint32_t *rd, size_t nrd, size_t ntok, double *gain)
{
    vnfix_work *w = g->w;
    uint32_t ctx[3][8];
    size_t nctx[3], a, b, ra, rb;
    int kn;
    if (!w->model || !core(w->gtok, ntok, &a, &b) || !core(rd, nrd, &ra, &rb) ||
        (vnfix_word_cost(w, w->gtok + a, b - a, &kn), kn != 1))
        return 0;
    nctx[0] = reading_neighbour(w, rd, nrd, 2, ctx[0]);
    nctx[1] = reading_neighbour(w, rd, nrd, 1, ctx[1]);
    nctx[2] = reading_neighbour(w, rd, nrd, -1, ctx[2]);
    if (!nctx[1] && !nctx[2])
        return 0;
    uint32_t ids[3];
    if (!context_ids(w, ctx, nctx, ids))
        return 0;
    double as_is = vnfix_model_context_cost_id(w->model, ids, vnfix_word_id(w, w->gtok + a, b - a));
    double read = vnfix_model_context_cost_id(w->model, ids, vnfix_word_id(w, rd + ra, rb - ra));
    *gain = as_is - read;
    return 1;
}

/* Whether the reading is not clearly the less likely where it stands
 * ("Coäng hoà": "Cộng hòa" is likelier than "Cộng hồ", though hồ alone is
 * commoner). */
static int likelier_here(const guard_ctx *g, const uint32_t *rd, size_t nrd, size_t ntok)
{
    double gain;
    return !context_gain(g, rd, nrd, ntok, &gain) || gain > -CONTEXT;
}

/* What goes out for one word: its input (w->gtok), its reading, or its
 * reading alone. pass 0 only counts; pass 1 also writes to w->gout. */
static int one_word(guard_ctx *g, range in, const uint32_t *rd, size_t nrd, int pass, size_t *o)
{
    vnfix_work *w = g->w;
    size_t ntok, nalt = 0;
    int as_is, rc = VNFIX_OK;
    if (g->single && nrd == in.b - in.a) {
        /* A word of plain ASCII that the text's reading leaves as it is
         * goes out as it stands, with nothing counted: its verdict is
         * V_SAME (no syllable with a letter beyond ASCII, no symbol of
         * weak()), so no count moves and the reading is not taken; it has
         * no character a misreading makes, so no evidence to be read alone
         * by, no Ð to be Đ, and it is as_is. */
        const unsigned char *b = g->s + in.a;
        size_t n = nrd, i = 0;
        while (i < n && b[i] < 0x80 && rd[i] == b[i]) i++;
        if (i == n) {
            for (i = 0; i < n; i++) w->gout[*o + i] = b[i];
            *o += n;
            g->nword++;
            return VNFIX_OK;
        }
    }
    /* (unicode_only of the word as it stands, asked up to three times
     * below and of w->gtok, which nothing changes before eth_for_dd: once,
     * when first asked) */
    int uo = -1;
    if (g->single && g->unicode > 0) {
        /* A word that the text's reading leaves as it is, NFC and UTF-8,
         * with a letter only Unicode has (most of a line of Unicode:
         * "được", "định"), once a word of the line stands (g->unicode):
         * its verdict is V_STANDS or V_SAME (its reading is the word), so
         * of the counts only unicode may move, and the single pass reads
         * that only as more than none; vn_only is set (it has such a
         * letter); nothing takes its reading (no V_TAKE, V_WEAK, V_BAD or
         * V_BOTH); read_alone and in_context are for words without such
         * a letter; with no Ð or ð, eth_for_dd leaves it. So it goes out
         * as it stands, as_is, without its verdict (the memo's hash and
         * compares, the rules below). Any other word is judged as before,
         * judge making its code points again (passing them in made the
         * passes of legacy lines dearer). Whether the word reads as it
         * stands (word_cps's code points valid, as_is and equal to rd),
         * has no Ð or ð and has such a letter is asked of its bytes and rd
         * in one pass (reads_as_is): where the first holds, w->gtok would
         * be rd, so these are the tests as they were. Where it does not,
         * the word is judged, which makes w->gtok itself (a word_cps that
         * fails fails there the same), and uo is left unasked (uo_of asks
         * it of w->gtok then: the same answer wherever it was asked here
         * before). */
        if ((uo = stands_unicode(g, in, rd, nrd, o)) == 2)
            return VNFIX_OK;
    }
    struct vnfix_gmemo *e;
    int v = judge(g, in, rd, nrd, &ntok, &as_is, &rc, pass, &e);
    if (rc) return rc;
    if (pass == 0 && g->nword < w->cap)
        w->gverd[g->nword] = (uint8_t)v;
    g->nword++;
    if (pass == 0 || g->single) {
        g->own += v == V_TAKE;
        g->unicode += v == V_STANDS || v == V_BOTH;
        g->stands += v == V_STANDS && !(ntok == nrd && !memcmp(w->gtok, rd, nrd * sizeof *rd));
        if ((v == V_STANDS || v == V_BOTH || v == V_SAME) && uo_of(w, ntok, &uo))
            g->vn_only = 1;
        if (pass == 0)
            return VNFIX_OK;
        g->both |= v == V_BOTH;
    }
    /* Kept alone: in the single pass of a line read as it stands (so
     * alone, below) whose neighbours are no legacy source (read_alone asks
     * theirs first), a word whose reading is itself (V_STANDS or V_SAME:
     * none of the rules below V_BOTH takes it) is rewritten only by
     * read_alone, in_context or eth_for_dd. Each is a function of the word
     * and the model but in_context past its first test (a suspect word:
     * the neighbours), so a word that went out as it stands without
     * in_context reading its neighbours goes out so again: remembered with
     * its verdict (e->kept), it skips them (the model's look-ups of
     * known(), in_context's suspect test, read_alone). The counts above
     * are made as before; and read_alone leaves the source of its best
     * reading in g->alone_src even when it is not taken (the line reports
     * the last one left, vnfix_guard's d->src), so the word leaves what it
     * left then. */
    int kept_alone = g->single && g->src.enc == VNFIX_ENC_UTF8 && !g->src.moji &&
                     (!g->prior || g->prior->enc == VNFIX_ENC_UTF8) && e && (v == V_STANDS || v == V_SAME) &&
                     ntok == nrd && !memcmp(w->gtok, rd, nrd * sizeof *rd);
    if (kept_alone && e->kept) {
        if (e->kept == 2)
            g->alone_src = (vnfix_source){(vnfix_encoding)e->src_enc, e->src_moji};
        g->as_is &= as_is;
        memcpy(w->gout + *o, w->gtok, ntok * sizeof *w->gtok);
        *o += ntok;
        return VNFIX_OK;
    }
    /* a line that cannot decide alone follows its neighbours */
    int proven = g->own || (!g->vn_only && g->prior && vnfix_same_source(*g->prior, g->src));
    /* a word the reading does not make Vietnamese ("ôtô" beside a pasted
     * "saûn" in a line of Latin-1 Unicode) needs more: two proofs, or the
     * neighbours */
    int proven2 = g->own >= 2 || (!g->vn_only && g->prior && vnfix_same_source(*g->prior, g->src));
    /* (a VIQR word without evidence has its mark last, where ' ? and . are
     * punctuation as often: taken in a line that proves VIQR or where VIQR
     * was named, but not before a number or a capital) */
    int viqr = g->src.enc == VNFIX_ENC_VIQR;
    int take = v == V_TAKE ||
               (v == V_WEAK && proven && (!viqr || (viqr_word(g->s + in.a, in.b - in.a) && !viqr_stop(g, in)))) ||
               (v == V_BAD && (g->raw ? proven : proven2) && (g->raw || evidence(g->w, g->s + in.a, in.b - in.a, EV_MOJI))) ||
               (v == V_BAD && proven && viqr && memchr(g->s + in.a, '\\', in.b - in.a)) ||
               (v == V_BAD && viqr && g->prior && vnfix_same_source(*g->prior, g->src) &&
                evidence(g->w, g->s + in.a, in.b - in.a, EV_VIQR) &&   /* VIQR named: "a(" is ă */
                !dotted_abbreviation(g->s + in.a, in.b - in.a));
    /* A word Vietnamese both ways, in a line that proves its source twice
     * over: one that stands only as ASCII letters dressed in a sign
     * ("hoµ", "thuª", "toµ": ho, thu, to and a sign) is no word the model
     * can weigh against its reading (ASCII words are not costed), and the
     * sign glued to its letters is the source's letter: "hoà", "thuê",
     * "toà". Another is read where the words around it make the reading
     * the likelier ("lôùn hôn möùc" is "lớn hơn mức": hôn alone, of hôn
     * nhân, is nearly as common as hơn), or where the word alone does
     * (both_ways) and they do not make it clearly the less likely ("01
     * (mét)" is "01 (một)"). Elsewhere the word alone decides. */
    int twice = g->own >= 2 || (g->prior && vnfix_same_source(*g->prior, g->src));
    double gain;
    if (v == V_BOTH && !g->vn_only && w->model && letters_ascii(w->gtok, ntok))
        take = twice;
    else if (v == V_BOTH && !g->vn_only && w->model && twice && context_gain(g, rd, nrd, ntok, &gain))
        take = gain > 0 || (gain > -CONTEXT && both_ways(g, rd, nrd, ntok));
    else if (v == V_BOTH)
        take = !g->vn_only && both_ways(g, rd, nrd, ntok) && likelier_here(g, rd, nrd, ntok);
    /* A line that proves a source by some words but has as many that are
     * Vietnamese only as they stand is Unicode with words pasted into it: only
     * the words that prove it are read in its source, not a word that is
     * Vietnamese both ways ("Tiêu dùng cuèi cùng": dùng stays), nor symbols
     * ("20042’23,0”N" beside a pasted "¤ng") */
    int pasted = g->own >= 1 && g->own <= g->stands;
    if (take && pasted && (v == V_BOTH || (v == V_WEAK && has_weak(g->s + in.a, in.b - in.a))))
        take = 0;
    /* A line of an 8-bit legacy source that proves it with two words or
     * more and is no Unicode with words pasted into it: such a table gives
     * each high byte it uses a letter and keeps the others ("–", "…", and
     * TCVN3's °) as they are, so its signs that read as letters are
     * letters, wherever they stand. */
    int eight_bit = g->src.enc == VNFIX_ENC_TCVN3 || g->src.enc == VNFIX_ENC_VNI || g->src.enc == VNFIX_ENC_VISCII ||
                    g->src.enc == VNFIX_ENC_VPS || g->src.enc == VNFIX_ENC_CP1258;
    int legacy_line = g->own >= 2 && !pasted && eight_bit;
    /* a symbol after a digit is a unit or a coordinate's ("13°45’16”N",
     * "20042’23,0”N"), whatever a word elsewhere in the line proves,
     * unless the line is such a legacy line ("02§" is TCVN3's "02Đ") */
    if (take && v == V_WEAK && after_digit(g->s + in.a, in.b - in.a) && !legacy_line)
        take = 0;
    /* Đ alone between signs is the abbreviation ("N.Đ.Minh", "Đ/c"), a
     * letter no misreading through Windows-1252 makes */
    if (take && v == V_WEAK && lone_dd(w->gtok, ntok))
        take = 0;
    /* A plain ASCII word changes only where a stripped soft hyphen (TCVN3's
     * ư) comes back, in a line that proves TCVN3 twice over ("nh" is "như";
     * "(Kh)" beside one pasted word stays). */
    if (!viqr && ascii_only(g->s + in.a, in.b - in.a) && g->own < 2)
        take = 0;
    /* In a line with letters only Unicode has (or read as it stands), the
     * line's reading is no guide for its odd words: each is read alone
     * (legacy bytes and VIQR excepted). Not in a line that merely has as
     * many words Vietnamese both ways: VISCII and VPS text looks much like
     * Unicode, and its neighbours decide it. */
    int ident = g->src.enc == VNFIX_ENC_UTF8;
    int alone = !g->raw && !viqr && (ident || g->vn_only);
    if (alone && v != V_STANDS && v != V_BOTH)
        take = 0;
    /* a word with a letter only Unicode has is Unicode, for mojibake
     * cannot hold one ("N.Đ.Minh."; NFC'd Windows-1258 mojibake can) */
    if (take && (g->src.moji == 1 && uo_of(w, ntok, &uo)))
        take = 0;
    /* symbols alone ("–", "µ", "‘") are the document's, but in a legacy
     * line (above) signs whose reading is a word are that word: TCVN3's "«
     * tô" is "ô tô", "§·" "Đã"; VISCII's "·" and VPS's "ª" are "ở" */
    if (take && signs_only(g->s + in.a, in.b - in.a) && !(v == V_WEAK && legacy_line))
        take = 0;
    const uint32_t *out = take ? rd : w->gtok;
    size_t n = take ? nrd : ntok;
    /* (g->alone_src holds none while this word is judged: whether it left
     * one, for e->kept) */
    const vnfix_source no_src = {VNFIX_ENC_COUNT, 0};
    vnfix_source was_src = no_src;
    if (kept_alone)
        was_src = g->alone_src, g->alone_src = no_src;
    /* A word that stands as a syllable is not read alone, known to the
     * model or not: its Latin-1 letters are Vietnamese letters, no proof
     * of a misreading ("nôi", the cable cradle of river gauging, the model
     * does not know, stays though VNI reads "nơi"; so do "bé" and "sù").
     * A word whose only proof is a symbol glued to a lowercase letter or a
     * syllable (EV_WEAKLY: "vµ" is "và", "gi¸" "giá"; "x×", "®an" and
     * "do¹" stay) is read alone for a reading that is a common word
     * (COMMON) with what its source costs (rarity: "b©" is VPS's "bờ",
     * "thu›" VPS's "thuỷ", and stay), which needs a model. */
    int stands = v == V_STANDS || v == V_BOTH, ev = 0;
    if (!take && alone && !stands && !uo_of(w, ntok, &uo) &&
        (ev = evidence(g->w, g->s + in.a, in.b - in.a, EV_ALONE)) && (ev == EV_STRONG || w->model)) {
        if (read_alone(g, in, &nalt, &rc) && (!w->model || known(w, w->galt, nalt, 1)) &&
            (ev == EV_STRONG || vnfix_guard_cost(w, w->galt, nalt) + rarity(g->alone_src.enc) <= COMMON)) {
            out = w->galt, n = nalt, take = 1;
            g->alone = 1;
            if (!g->alone_src.moji && g->guessed == SIZE_MAX)
                g->guessed = in.a, g->guessed_len = in.b - in.a;
        }
        if (rc) return rc;
    }
    int looked = 0;
    if (!take && w->model && alone && (v == V_STANDS || v == V_BOTH) && !uo_of(w, ntok, &uo) &&
        !ascii_only(g->s + in.a, in.b - in.a)) {
        if (in_context(g, in, ntok, &nalt, &rc, &looked, 0)) {
            out = w->galt, n = nalt, take = 1;
            g->alone = 1;
        }
        if (rc) return rc;
    }
    if (!take && eth_for_dd(w, w->gtok, ntok))
        take = 1;                            /* (out is w->gtok, now with Đ) */
    if (take) g->changed = 1;
    else g->as_is &= as_is;
    if (kept_alone) {
        int left = !vnfix_same_source(g->alone_src, no_src);
        if (!left)
            g->alone_src = was_src;
        /* (e is still this word's entry: nothing since judge() judged a word) */
        if (!take && !looked) {
            e->kept = (uint8_t)(1 + left);
            e->src_enc = (uint8_t)g->alone_src.enc, e->src_moji = (uint8_t)g->alone_src.moji;
        }
    }
    memcpy(w->gout + *o, out, n * sizeof *out);
    *o += n;
    return VNFIX_OK;
}

/* one_word for a word of plain ASCII in a line read as VIQR whose
 * neighbours are VIQR (prior): what is left of its rules there. The
 * word's own verdict (verdict(), the word alone) is V_SAME, V_TAKE, V_WEAK
 * or V_BAD, never V_STANDS or V_BOTH: ASCII letters make no syllable with
 * a letter beyond ASCII, and no symbol of weak() is ASCII. The line's
 * counts enter only as proven and proven2, both true with the neighbours
 * in VIQR and no letter only Unicode has (an ASCII line has none); pasted
 * needs a word that stands, which an ASCII line has none of; alone,
 * in_context and read_alone are for other sources; after_digit, lone_dd,
 * eth_for_dd and unicode_only find nothing in ASCII (asked all the same,
 * where cheap). What is left depends on the word alone but for viqr_stop,
 * which looks at the next word: VNFIX_GV_STOP leaves that to the caller.
 * So a line of such words is the sum of its words, as detect.c's VIQR
 * token memo reads it. */
int vnfix_guard_viqr_word(vnfix_work *w, const unsigned char *word, size_t len, const uint32_t *rd, size_t nrd)
{
    vnfix_source viqr = {VNFIX_ENC_VIQR, 0};
    guard_ctx g = {w, word, len, viqr, &viqr, 0, 0, 0, 0, 0, 0, 1, 0, {0, 0}, SIZE_MAX, 0, 0, 0, 0, 0, 0};
    range in = {0, len};
    size_t ntok;
    int valid, as_is;
    if (!ascii_only(word, len) || word_cps(w, word, len, &ntok, &valid, &as_is) || !valid || !as_is)
        return VNFIX_GV_ODD;
    int v = verdict(&g, in, rd, nrd, ntok, valid, EV_VIQR), r;
    switch (v) {
    case V_SAME:
        r = 0;
        break;
    case V_TAKE:
        r = VNFIX_GV_TAKE | VNFIX_GV_OWN;
        break;
    case V_WEAK:
        r = viqr_word(word, len) ? VNFIX_GV_TAKE | (viqr_stop_end(word, in) ? VNFIX_GV_STOP : 0) : 0;
        if (after_digit(word, len) || lone_dd(w->gtok, ntok))
            r &= ~VNFIX_GV_TAKE;
        break;
    case V_BAD:
        r = evidence(w, word, len, EV_MOJI) || memchr(word, '\\', len) ||
                    (evidence(w, word, len, EV_VIQR) && !dotted_abbreviation(word, len))
                ? VNFIX_GV_TAKE : 0;
        break;
    default:
        return VNFIX_GV_ODD;
    }
    if (signs_only(word, len))
        r &= ~VNFIX_GV_TAKE;
    if (!(r & VNFIX_GV_TAKE) && (unicode_only(w->gtok, ntok) || eth_for_dd(w, w->gtok, ntok)))
        return VNFIX_GV_ODD;
    return r;
}

/* One pass over the words (see one_word); pass 1 writes the blanks
 * between them too. */
static int pass(guard_ctx *g, int pass, int paired, size_t *o, int *apart)
{
    vnfix_work *w = g->w;
    size_t i = 0, j = 0, end = 0;
    range in, rd = {0, 0};
    int rc = VNFIX_OK;
    while (!rc && next_word(g->s, g->len, &i, &in)) {
        for (; pass && end < in.a; end++) w->gout[(*o)++] = g->s[end];
        end = in.b;
        if (paired) {
            if (!next_word_cps(w->best, w->nbest, &j, &rd) && apart)
                return *apart = 1, VNFIX_OK;   /* the reading has fewer words */
        } else {                       /* (not seen: every table keeps blanks) */
            if ((rc = vnfix_decode_word_as(w, g->s + in.a, in.b - in.a, g->src))) break;
            rd.a = 0, rd.b = w->ncps;
        }
        rc = one_word(g, in, paired ? w->best + rd.a : w->cps, rd.b - rd.a, pass, o);
    }
    if (!rc && paired && apart && next_word_cps(w->best, w->nbest, &j, &rd))
        *apart = 1;                            /* ... or more */
    for (; pass && end < g->len; end++) w->gout[(*o)++] = g->s[end];
    return rc;
}

/* The verdict memo is allocated when the guard first needs it, after the
 * other memos (vnfix_work_fed), and is read before it is written, as they
 * are: each of its 96 pages faulted twice (the zero page, then its copy and
 * a TLB flush), about 2 % of a 27 MB clean run in perf. So it is mapped
 * with theirs once the input is a file. */
void vnfix_guard_warm(vnfix_work *w)
{
    vnfix_memo_populate(w->gmemo, ((size_t)1 << VNFIX_GMEMO_BITS) * sizeof *w->gmemo);
}

/* vnfix_guard_stays for the words of g's line with a byte in s[from..to),
 * which is cut at blanks. */
static int stays_in(guard_ctx *g, size_t from, size_t to)
{
    vnfix_work *w = g->w;
    const unsigned char *s = g->s;
    size_t len = g->len, ntok, nalt;
    range in;
    int valid, as_is, rc = VNFIX_OK, looked = 0;
    /* A suspect word has a Latin-1 letter, C3 xx (vnfix_word_suspect asks
     * no other), so the words are found from those bytes, by memchr, and
     * the others are not looked at: the same words, in the same order, as
     * going from word to word (next_word's blanks). */
    const unsigned char *p = s + from, *end = s + to;
    while (p < end && (p = memchr(p, 0xC3, (size_t)(end - p))) != NULL) {
        in.a = in.b = (size_t)(p - s);
        while (in.a > 0 && !blank(s[in.a - 1])) in.a--;
        while (in.b < len && !blank(s[in.b])) in.b++;
        p = s + in.b;
        if (!vnfix_word_suspect(w, s + in.a, in.b - in.a))
            continue;
        if (word_cps(w, s + in.a, in.b - in.a, &ntok, &valid, &as_is) || unicode_only(w->gtok, ntok) ||
            in_context(g, in, ntok, &nalt, &rc, &looked, 1) || rc)
            return 0;
    }
    return 1;
}

int vnfix_guard_stays(vnfix_work *w, const unsigned char *s, size_t len, const vnfix_source *prior)
{
    vnfix_source ident = {VNFIX_ENC_UTF8, 0};
    guard_ctx g = {w, s, len, ident, prior, 0, 0, 0, 0, 1, 0, 1, 0, {0, 0}, SIZE_MAX, 0, 0, 0, 0, 0, 0};
    if (!w->model || vnfix_work_reserve(w, len + 1))
        return 0;
    /* The line's suspect words lie in the tokens clean.c noted when it
     * scanned the line (cut at spaces, which are blanks here too): only
     * those are looked at. The answer is whether every suspect word stays,
     * each asked alone (in_context looks at the line and the memos, which
     * only remember), so the order the automaton's chains found them in is
     * no matter. A line scanned otherwise, or with more such tokens, is
     * looked at whole. */
    if (w->sus_line == s && w->sus_len == len) {
        for (size_t k = 0; k < w->nsus; k++)
            if (!stays_in(&g, w->sus[k][0], w->sus[k][1]))
                return 0;
        return 1;
    }
    return stays_in(&g, 0, len);
}

/* Why a line proven here goes through vnfix_guard as it stands, read so
 * (src the text as it stands, text_cps, prior the same source): that call
 * takes its single pass, for every word's reading in w->best is its own
 * code points (so the words pair, blanks being ASCII, and no verdict is
 * V_BOTH). In one_word, a word of ASCII goes out by the first test; any
 * other, whether stands_unicode sends it out or judge() judges it (memo or
 * not: the same verdict), has its reading equal to w->gtok, so its verdict
 * is V_STANDS or V_SAME and the first take is 0; none of the rules after
 * it set take but read_alone (a word that does not stand, with no letter
 * only Unicode has), in_context (one that stands, with no such letter,
 * and suspect: its first test, vnfix_word_suspect of the word, when the
 * caller's suspect is 0) and eth_for_dd (a word with Ð or ð); the memo's
 * kept path writes w->gtok. So a word with no Ð or ð that has a letter
 * only Unicode has, or stands and is not suspect, goes out as it stands
 * (as_is: valid and NFC-stable), whatever the counts, and a line of such
 * words is not changed: d->fast, and d->vietnamese from g.unicode, which
 * grows by the words judged V_STANDS: every word beyond ASCII that stands
 * is judged until the first is (stands_unicode only acts after it). */
/* Whether a word of such a line stands (its verdict V_STANDS, not V_SAME:
 * its reading is itself), its code points in w->gtok[0..n): as judge()
 * finds it, from the verdict memo where it has the word, else found and
 * remembered there as judge() does. */
static int stands_here(vnfix_work *w, const unsigned char *b, size_t len, size_t n)
{
    int vn;
    if (len > VNFIX_GMEMO_LEN || n > VNFIX_GMEMO_LEN || !w->gmemo)
        return (runs_ok(w, w->gtok, n, &vn) && vn) || dressed(w, w->gtok, n);
    uint32_t h = 2166136261u ^ (uint32_t)EV_MOJI;
    for (size_t i = 0; i < len; i++) h = (h ^ b[i]) * 16777619u;
    struct vnfix_gmemo *e = &w->gmemo[h >> (32 - VNFIX_GMEMO_BITS)];
    if (e->len == len && e->nrd == n && e->kind == EV_MOJI && e->model == w->model && !memcmp(e->b, b, len) &&
        !memcmp(e->rd, w->gtok, n * sizeof *w->gtok))
        return e->verdict == V_STANDS;
    int st = (runs_ok(w, w->gtok, n, &vn) && vn) || dressed(w, w->gtok, n);
    e->model = w->model;
    memcpy(e->rd, w->gtok, n * sizeof *w->gtok);
    memcpy(e->b, b, len);
    e->len = (uint8_t)len, e->nrd = (uint8_t)n, e->kind = EV_MOJI, e->verdict = st ? V_STANDS : V_SAME, e->kept = 0;
    return st;
}

int vnfix_guard_keeps(vnfix_work *w, const unsigned char *s, size_t len, int *vietnamese)
{
    size_t i = 0;
    range in;
    int stands = 0;
    while (next_word(s, len, &i, &in)) {
        const unsigned char *b = s + in.a;
        size_t n = in.b - in.a, k = 0, at = 0;
        int uo = 0, high = 0;
        /* (the word's code points as word_cps makes them: the line is
         * valid UTF-8, NFC-stable and free of ƣ Ƣ) */
        while (at < n) {
            uint32_t cp = b[at];
            size_t m = 1;
            if (cp >= 0x80) {
                if (!(m = vnfix_utf8_seq(b + at, n - at, &cp)) || cp == 0xD0 || cp == 0xF0)
                    return 0;
                high = 1;
                uo |= !uo && unicode_only_cp(cp);
            }
            w->gtok[k++] = cp, at += m;
        }
        if (!high || (uo && stands))
            continue;
        int st = stands_here(w, b, n, k);
        if (!uo && (!st || vnfix_word_suspect(w, b, n)))
            return 0;
        stands |= st;
    }
    *vietnamese = stands;
    return 1;
}

int vnfix_guard(vnfix_work *w, const unsigned char *s, size_t len, vnfix_source src,
                const vnfix_source *prior, int vn_only, int text_cps, vnfix_decision *d)
{
    int raw = src.enc != VNFIX_ENC_UTF8 && src.enc != VNFIX_ENC_VIQR && !src.moji;
    guard_ctx g = {w, s, len, src, prior, raw, 0, 0, 0, vn_only, 0, 1, 0, {0, 0}, SIZE_MAX, 0, 0, 0, 0, 0,
                   text_cps && src.enc == VNFIX_ENC_UTF8 && !src.moji};
    size_t o = 0;
    int rc;
    if (src.enc == VNFIX_ENC_UTF8) {
        /* The text as it stands (a line of Unicode with a sign of
         * misreading, or one the contest kept): one pass, not two. Pass 0
         * only counts, for pass 1's rules that weigh the line's reading,
         * and the text's own reading is no guide for its odd words (alone,
         * in one_word): every word's line reading is dropped there but one
         * Vietnamese both ways (V_BOTH), the only verdict whose outcome
         * reads the counts (vn_only, both_ways). So without such a word,
         * pass 1 writes the same with the counts as they stand at each word
         * as with the line's; it counts as it goes, for what the counts
         * tell the caller (d below), and reads the verdicts afresh (judge
         * and its memo: the same verdicts). A word V_BOTH, words that do not
         * pair up (never seen: the text's reading keeps its blanks) or an
         * error start over with both passes. */
        guard_ctx g1 = g;
        int apart1 = 0;
        g1.single = 1;
        rc = pass(&g1, 1, 1, &o, &apart1);
        if (!rc && !apart1 && !g1.both) {
            g = g1;
            goto done;
        }
        o = 0;
    }
    /* Pass 0 takes the words as paired and finds out on the way whether
     * they are (apart: they are not), instead of reading both lines once
     * more before it (aligned(), now only after an error): pass 0 only
     * counts and remembers, so a pass on words that are apart is
     * forgotten (g as it was) and made again unpaired. */
    guard_ctx g0 = g;
    int paired = 1, apart = 0;
    rc = pass(&g, 0, 1, &o, &apart);
    if (rc && !aligned(&g0))
        apart = 1;                             /* (as before: the error of a paired pass only) */
    if (apart) {
        g = g0, paired = 0, o = 0;
        rc = pass(&g, 0, 0, &o, NULL);
    }
    g.ncached = g.nword < w->cap ? g.nword : 0;
    g.nword = 0;
    if (!rc) rc = pass(&g, 1, paired, &o, NULL);
    if (rc) return rc;
done:
    memcpy(w->best, w->gout, o * sizeof *w->gout);
    w->nbest = o;
    if (!g.changed) {
        d->src = (vnfix_source){VNFIX_ENC_UTF8, 0};
        d->fast = g.as_is;
        d->vietnamese = g.unicode > 0;
        w->nbest_undec = 0;
    } else if (!g.own && g.alone) {
        d->src = g.alone_src;
    }
    /* only a line that proves its source and is more legacy than Unicode
     * sets the source its neighbours lean to */
    d->strong = d->strong && g.own > 0 && !g.vn_only && !(g.unicode && g.own <= g.unicode) &&
                src.enc != VNFIX_ENC_UTF8;
    d->guessed_offset = g.guessed, d->guessed_length = g.guessed_len;
    return VNFIX_OK;
}
