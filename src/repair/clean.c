/*
 * clean.c: the fast path, lines of Unicode Vietnamese that need no work.
 *
 * Nearly every line of real text is NFC Vietnamese already. detect.c's
 * classify() learns that too, but it asks a dozen questions of every
 * character (is it a sign of misreading here? of Windows-1258? which
 * flags does it set?) to be right about every line. This scan takes only
 * the characters real Vietnamese text is made of (ASCII, the precomposed
 * letters, a few punctuation marks no misreading of Vietnamese makes) and
 * leaves any other character, or any doubt, to the full path. A line it
 * takes is one classify() finds Vietnamese, NFC and without a sign of
 * legacy bytes, whose words with a Latin-1 letter are syllables the model
 * knows: the full path passes such a line as it stands (detect.c, "plainly
 * Unicode already"). One difference, by the first rule: ă ơ ư after some
 * letters are signs of Windows-1258 to classify() (a capital after a
 * letter it takes for lowercase, "LƯỢNG"; ư after i, "giường"); here they
 * pass when their word is a syllable the model knows, which the full path's
 * guard keeps too.
 *
 * What a character means here depends only on the characters of its own
 * blank-separated token (a letter's neighbours, the word it is in), so a
 * token's verdict is remembered by its bytes: text repeats its tokens. Most
 * tokens are words and punctuation whose verdict a generated automaton
 * knows (below), so a line is mostly a walk through its table, byte by
 * byte, and a memo look-up for the odd token.
 */
#include "clean.h"
#include "swar.h"

#include <stdint.h>
#include <string.h>

/* A token's verdict: safe; has a letter no misreading makes; has a word
 * that TCVN3 or VNI may have made of a commoner one, for its line to judge
 * (vnfix_guard_suspect); cleared by a rule of plain_symbol's (below), for
 * which a line with a suspect word is the full path's to judge. */
enum { V_CLEAN = 1, V_VN = 2, V_SUSPECT = 4, V_SYMBOL = 8 };

/* The Vietnamese letters of U+00C0-U+00FF, by their second UTF-8 byte
 * (C3 80-BF): À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý and the lowercase ones. */
static int latin1_vowel(unsigned b)
{
    static const uint64_t set =
        (1ull << 0x00) | (1ull << 0x01) | (1ull << 0x02) | (1ull << 0x03) | (1ull << 0x08) |
        (1ull << 0x09) | (1ull << 0x0A) | (1ull << 0x0C) | (1ull << 0x0D) | (1ull << 0x12) |
        (1ull << 0x13) | (1ull << 0x14) | (1ull << 0x15) | (1ull << 0x19) | (1ull << 0x1A) |
        (1ull << 0x1D) | (1ull << 0x20) | (1ull << 0x21) | (1ull << 0x22) | (1ull << 0x23) |
        (1ull << 0x28) | (1ull << 0x29) | (1ull << 0x2A) | (1ull << 0x2C) | (1ull << 0x2D) |
        (1ull << 0x32) | (1ull << 0x33) | (1ull << 0x34) | (1ull << 0x35) | (1ull << 0x39) |
        (1ull << 0x3A) | (1ull << 0x3D);
    return b >= 0x80 && b <= 0xBF && (set >> (b - 0x80) & 1);
}

/* The code point before s[at] as classify() sees it (0 at the start). */
static uint32_t cp_before(const unsigned char *s, size_t at)
{
    uint32_t prev = 0;
    if (at > 0 && s[at - 1] < 0x80)
        return s[at - 1];
    if (at > 0) {
        size_t b = at - 1;
        while (b > 0 && at - b < 4 && (s[b] & 0xC0) == 0x80) b--;
        if (!vnfix_utf8_seq(s + b, at - b, &prev)) prev = 0;
    }
    return prev;
}

/* The verdict v with that of the word at p (0 when it fails). A suspect
 * word in a token with control bytes is left to the full path, which splits
 * words at them too. */
static unsigned word_at(vnfix_work *w, const unsigned char *s, size_t n, const unsigned char *p,
                        const unsigned char **end, unsigned v)
{
    int f = vnfix_word_at_ok(w, s, n, p, end);
    if (!(f & VNFIX_WORD_OK))
        return 0;
    if (f & VNFIX_WORD_SUSPECT) {
        for (size_t k = 0; k < n; k++)
            if (s[k] < 0x20 && !(s[k] == '\n' || (s[k] == '\r' && k + 1 < n && s[k + 1] == '\n')))
                return 0;
        v |= V_SUSPECT;
    }
    return v;
}

/* A symbol of U+00A1-U+00BF or U+2000-U+2FFF at s[i] (its lead byte C2
 * or E2) that classify() reads as plain where it stands (± ≤ ≥ ‰ £ ³ →;
 * some of them only standing apart from letters, which the token's bytes
 * tell: vnfix_char_plain): its length, or 0. Such a character ends a word
 * for vnfix_word_at_ok too, so the words around it are judged as before;
 * a line of these is one decide() passes as it stands. The line's suspect
 * words were never judged beside such a symbol (vnfix_guard_stays), so a
 * line with both is left to the full path (V_SYMBOL). */
static size_t plain_symbol(const unsigned char *s, size_t n, size_t i)
{
    uint32_t cp;
    size_t m = vnfix_utf8_seq(s + i, n - i, &cp);
    if (!m || !((cp >= 0xA1 && cp <= 0xBF) || (cp >= 0x2000 && cp <= 0x2FFF)))
        return 0;
    return vnfix_char_plain(s, n, i, i + m, cp) ? m : 0;
}

/* The verdict on one token s[0..n) (no blank in it). */
static unsigned judge(vnfix_work *w, const unsigned char *s, size_t n)
{
    const unsigned char *checked = s;    /* words judged up to here */
    unsigned v = V_CLEAN;
    size_t i = 0;
    while (i < n) {
        unsigned b = s[i], b1, b2;
        if (b < 0x80) {
            if (b < 0x20 && b != '\n' && b != '\t' && b != '\r')
                return 0;
            i++;
            continue;
        }
        switch (b) {
        case 0xE1:                       /* U+1EA0-U+1EF9: ạ ả ấ ... ỹ */
            if (i + 2 >= n) return 0;
            b1 = s[i + 1], b2 = s[i + 2];
            if (!(b1 == 0xBA && b2 >= 0xA0 && b2 <= 0xBF) && !(b1 == 0xBB && b2 >= 0x80 && b2 <= 0xB9))
                return 0;
            v |= V_VN;
            i += 3;
            continue;
        case 0xE2:                       /* – — ‘ ’ “ ” … */
            if (i + 2 >= n || s[i + 1] != 0x80) goto symbol;
            b2 = s[i + 2];
            if (b2 != 0x93 && b2 != 0x94 && b2 != 0x98 && b2 != 0x99 && b2 != 0x9C && b2 != 0x9D && b2 != 0xA6)
                goto symbol;
            i += 3;
            continue;
        case 0xC2:                       /* no-break space, ° */
            if (i + 1 >= n || (s[i + 1] != 0xA0 && s[i + 1] != 0xB0)) goto symbol;
            i += 2;
            continue;
        symbol: {
            size_t m = plain_symbol(s, n, i);
            if (!m) return 0;
            v |= V_SYMBOL;
            i += m;
            continue;
        }
        case 0xC3:
            /* à á â ... ý: a sign of misreading after another Latin-1
             * letter or before any other non-ASCII character (double
             * UTF-8), after some ASCII letters (VNI's mark bytes, TCVN3's
             * capitals inside a word), or in a word that is no syllable */
            if (i + 1 >= n || !latin1_vowel(b1 = s[i + 1])) return 0;
            if (i + 2 < n && s[i + 2] >= 0x80) {
                /* before a symbol led by C2 or E2 (a closing quote: "chú”"),
                 * when classify() finds no double UTF-8 in the two
                 * (vnfix_char_plain); the symbol is judged next */
                if ((s[i + 2] != 0xC2 && s[i + 2] != 0xE2) || !vnfix_char_plain(s, n, i, i + 2, 0xC0 + (b1 - 0x80)))
                    return 0;
                v |= V_SYMBOL;
            }
            if (i >= 2 && s[i - 1] >= 0x80 && s[i - 2] == 0xC3) return 0;
            if (i > 0 && vnfix_latin1_after(s[i - 1], 0xC0 + (b1 - 0x80))) return 0;
            if (s + i >= checked && !(v = word_at(w, s, n, s + i, &checked, v))) return 0;
            i += 2;
            continue;
        case 0xC4: case 0xC5: case 0xC6: {
            /* ă đ ĩ ũ ơ ư and capitals */
            if (i + 1 >= n || (s[i + 1] & 0xC0) != 0x80) return 0;
            uint32_t cp = (uint32_t)(b & 0x1F) << 6 | (s[i + 1] & 0x3F);
            switch (cp) {
            case 0x110: case 0x111:
                break;
            case 0x102: case 0x103: case 0x1A0: case 0x1A1: case 0x1AF: case 0x1B0:
                /* a sign of Windows-1258 to classify(), unless its word is
                 * Vietnamese (see above) */
                if (vnfix_cp1258_sign(cp, cp_before(s, i)) && s + i >= checked &&
                    !(v = word_at(w, s, n, s + i, &checked, v)))
                    return 0;
                v |= V_VN;
                break;
            case 0x128: case 0x129: case 0x168: case 0x169:
                v |= V_VN;
                break;
            default:
                return 0;
            }
            i += 2;
            continue;
        }
        default:
            return 0;
        }
    }
    return v;
}


/* A token the memo lacks: judged, and its entry m filled. (Apart from the
 * look-up, which is inlined in the scan: a call a token, with the saves a
 * call to judge() needs, was half the look-up's instructions.) */
static __attribute__((noinline)) unsigned judged(vnfix_work *w, struct vnfix_tmemo *m, const unsigned char *s,
                                                 size_t n, uint64_t k0, uint64_t k1)
{
    unsigned v = judge(w, s, n);
    m->k0 = k0, m->k1 = k1 | (uint64_t)v << 56;
    return v;
}

/* The memo's verdict on the token s[0..n), n <= 15, judged if new: its
 * key the token's bytes and n (bits 60-63), the verdict in bits 56-59. A
 * suspect token is no hit (its bit is not among those KEPT), so each is
 * judged, which notes it (settle). */
enum { KEPT = V_CLEAN | V_VN | V_SYMBOL };
static inline __attribute__((always_inline)) unsigned remembered(vnfix_work *w, const unsigned char *s, size_t n,
                                                                 uint64_t k0, uint64_t k1)
{
    k1 |= (uint64_t)n << 60;
    /* one multiply: the entry's address is on the way to its wait */
    uint64_t h = (k0 ^ (k1 << 29 | k1 >> 35)) * 0x9E3779B97F4A7C15ull;
    struct vnfix_tmemo *m = &w->tmemo[h >> (64 - VNFIX_TMEMO_BITS)];
    if (m->k0 == k0 && (m->k1 & ~((uint64_t)KEPT << 56)) == k1)
        return (unsigned)(m->k1 >> 56) & KEPT;
    return judged(w, m, s, n, k0, k1);
}

/* Whether s[0..len) holds an ă ơ ư that classify() takes for a sign of
 * Windows-1258 (the one difference above). */
static int signed_1258(const unsigned char *s, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++) {
        uint32_t cp = s[i] == 0xC4 && (s[i + 1] == 0x82 || s[i + 1] == 0x83)   ? 0x100u + (s[i + 1] & 0x3F)
                      : s[i] == 0xC6 && (s[i + 1] == 0xA0 || s[i + 1] == 0xA1 ||
                                         s[i + 1] == 0xAF || s[i + 1] == 0xB0) ? 0x180u + (s[i + 1] & 0x3F)
                                                                               : 0;
        if (cp && vnfix_cp1258_sign(cp, cp_before(s, i)))
            return 1;
    }
    return 0;
}

/* A line's answer from its tokens' verdicts (vnfix_clean_line). A line
 * with a symbol cleared by its place (V_SYMBOL) is one decide() passes
 * as it stands, found faster, and no more: not with a suspect word, nor
 * with the one difference (an ă ơ ư that classify() signs, in a word the
 * model knows), where the scan's answer is not decide()'s and was never
 * given beside such a symbol. (Rare: the look at the line is cheap.) */
static __attribute__((noinline)) int symbol_line(unsigned vn, const unsigned char *s, size_t len)
{
    return (vn & V_VN) && !(vn & V_SUSPECT) && !signed_1258(s, len);
}

static inline __attribute__((always_inline)) int line_verdict(unsigned vn, const unsigned char *s, size_t len)
{
    if (__builtin_expect((vn & V_SYMBOL) != 0, 0))
        return symbol_line(vn, s, len);
    return !(vn & V_VN) ? 0 : (vn & V_SUSPECT) ? 2 : 1;
}

/* One step of the scan of s[0..len) at *at, before end (a blank or len):
 * past a blank, or past a token with its verdict added to *vn. 0 when the
 * token fails. */
static inline __attribute__((always_inline)) int step(vnfix_work *w, const unsigned char *s, size_t len,
                                                      size_t lim, size_t *at, size_t end, unsigned *vn)
{
    size_t i = *at, n;
    unsigned v;
    if (s[i] == ' ') {
        *at = i + 1;
        return 1;
    }
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (i + 16 <= lim) {
        /* the common case: the token's bytes are the key, as loaded (the
         * blank at end bounds it, or the line's end: bytes past it may be
         * read, up to lim, but are no part of the token) */
        uint64_t k0, k1;
        memcpy(&k0, s + i, 8);
        memcpy(&k1, s + i + 8, 8);
        n = vnfix_before_blank(k0);
        if (n < 8) {
            k0 &= (1ull << (8 * n)) - 1, k1 = 0;
        } else {
            n = 8 + vnfix_before_blank(k1);
            if (n < 16) k1 &= (1ull << (8 * (n - 8))) - 1;
        }
        if (i + n > len) {
            n = len - i;
            if (n < 8) k0 &= (1ull << (8 * n)) - 1, k1 = 0;
            else k1 &= (1ull << (8 * (n - 8))) - 1;
        }
        if (n < 16) {
            if (!((v = remembered(w, s + i, n, k0, k1)) & V_CLEAN)) return 0;
            *vn |= v;
            *at = i + n + 1;             /* (and the blank that ends it, or past len) */
            return 1;
        }
    }
#endif
    const unsigned char *e = memchr(s + i, ' ', end - i);
    n = e ? (size_t)(e - (s + i)) : end - i;
    if (n < 16) {
        unsigned char k[16] = {0};
        uint64_t k0, k1;
        memcpy(k, s + i, n);
        memcpy(&k0, k, 8);
        memcpy(&k1, k + 8, 8);
        v = remembered(w, s + i, n, k0, k1);
    } else {
        v = judge(w, s + i, n);
    }
    if (!(v & V_CLEAN)) return 0;
    *vn |= v;
    *at = i + n;
    return 1;
}

/* The line's verdict is that of its blank-separated tokens, each judged
 * alone, so a long line is scanned as two halves cut at a blank, a token
 * of each in turn: each token's length depends on the one before it
 * (where it starts), a chain of a load and a few bit operations that
 * leaves the processor idle, and the halves are two chains it runs side
 * by side. (A token that fails ends the scan either way; the other half
 * may have judged tokens the single scan would not have reached, which
 * only fills the memos.) */
static int memo_line(vnfix_work *w, const unsigned char *s, size_t len)
{
    unsigned vn = 0;
    size_t a = 0, b = len, aend = len;
    /* how far 16-byte loads may read: the line's buffer may go on (the
     * streaming entry says so, vnfix_work.readable) */
    size_t lim = w->readable && w->readable >= s + len ? (size_t)(w->readable - s) : len;
    if (len >= 64) {
        const unsigned char *mid = memchr(s + len / 2, ' ', len - len / 2);
        if (mid)
            aend = b = (size_t)(mid - s);
    }
    while (a < aend && b < len)
        if (!step(w, s, len, lim, &a, aend, &vn) || !step(w, s, len, lim, &b, len, &vn))
            return 0;
    while (a < aend)
        if (!step(w, s, len, lim, &a, aend, &vn))
            return 0;
    while (b < len)
        if (!step(w, s, len, lim, &b, len, &vn))
            return 0;
    return line_verdict(vn, s, len);
}

/* ------------------------------------------------------------ automaton
 *
 * Most tokens need no memo: clean_dfa.h (tools/gen-clean-dfa) is an
 * automaton over the bytes of a line that accepts a token when it is made
 * of words and punctuation judge() takes without a doubt: ASCII, the
 * punctuation judge() takes, and words that are plain ASCII or a syllable
 * of lang/syllables.txt (lower, capitalised or upper case) judge() clears,
 * without a suspect one. A token's verdict is then V_CLEAN, with V_VN for
 * the letters that give it, which the line's bytes tell afterwards. Such a
 * word's verdict depends on the word alone and on whether a non-ASCII
 * character follows a final Latin-1 vowel (double UTF-8 to judge()), which
 * the automaton's states keep apart; the verdicts of words with a Latin-1
 * vowel or a signed ă ơ ư depend on the model (vnfix_word_known,
 * vnfix_guard_suspect), so the automaton runs only under the model it was
 * made with (its fingerprint) or none (which clears every syllable and
 * suspects none). Any other token (an acronym with Đ, a word no syllable,
 * a symbol) takes the automaton to its sink: that token alone is judged
 * through the memo, as before, and the automaton goes on after it.
 */
#include "clean_dfa.h"

/* judge()'s verdict through the memo, for a token of any length. */
static unsigned token_verdict(vnfix_work *w, const unsigned char *s, size_t n)
{
    if (n >= 16)
        return judge(w, s, n);
    unsigned char k[16] = {0};
    uint64_t k0, k1;
    memcpy(k, s, n);
    memcpy(&k0, k, 8);
    memcpy(&k1, k + 8, 8);
    return remembered(w, s, n, k0, k1);
}

unsigned vnfix_clean_token(vnfix_work *w, const unsigned char *s, size_t n) { return judge(w, s, n); }

int vnfix_clean_dfa_token(const unsigned char *s, size_t n, unsigned *v)
{
    unsigned st = VNFIX_CDFA_OUT;
    for (size_t i = 0; i < n && st != VNFIX_CDFA_SINK; i++) {
        st = vnfix_cdfa_next[2 * st + vnfix_cdfa_class[s[i]]];
    }
    st = vnfix_cdfa_next[2 * st + vnfix_cdfa_class[' ']];
    if (st != VNFIX_CDFA_OUT) return 0;
    *v = V_CLEAN;
    for (size_t i = 0; i < n; i++)
        if (s[i] == 0xE1 || s[i] == 0xC5 || s[i] == 0xC6 || (s[i] == 0xC4 && (s[i + 1] & 0xFE) != 0x90))
            *v |= V_VN;
    return 1;
}

/* The automaton went to its sink in s[i0..end) (end at a blank or the
 * line's end) from state st0 at i0: find the token where it did, judge it
 * through the memo, and return where to go on from (the blank after it,
 * in state VNFIX_CDFA_OUT); SIZE_MAX when the token fails. */
static __attribute__((noinline)) size_t settle(vnfix_work *w, const unsigned char *s, size_t begin, size_t end,
                                               size_t i0, unsigned st0, unsigned *vn)
{
    size_t p = i0;
    unsigned st = st0;
    while (p < end && (st = vnfix_cdfa_next[2 * st + vnfix_cdfa_class[s[p]]]) != VNFIX_CDFA_SINK) p++;
    size_t a = p, e = p;
    while (a > begin && s[a - 1] != ' ') a--;
    while (e < end && s[e] != ' ') e++;
    unsigned v = token_verdict(w, s + a, e - a);
    if (!(v & V_CLEAN)) return SIZE_MAX;
    if ((v & V_SUSPECT) && w->nsus++ < VNFIX_SUS_MAX)
        w->sus[w->nsus - 1][0] = a, w->sus[w->nsus - 1][1] = e;
    *vn |= v;
    return e;
}

/* The state after st on byte b. Each step waits for the one before it;
 * the byte's column is found first, off that chain, as a pointer from a
 * table (vnfix_cdfa_col), and the load adds the state's row itself (base,
 * index and scale), so a step is three instructions (the byte, its column,
 * the state) and waits for the last load alone, not an add and a load as in
 * table[2 * st + class]. */
static inline __attribute__((always_inline)) unsigned cdfa_next(size_t st, unsigned char b)
{
    return vnfix_cdfa_col[b][2 * st];
}
#define CDFA_NEXT(st, b) cdfa_next((st), (unsigned char)(b))
/* (after a step: see CDFA_STEP6) */
#define CDFA_IN_ORDER() __asm__("" ::: "memory")
#define CDFA_STEP1(st, k)                                                                          \
    do {                                                                                           \
        st = CDFA_NEXT(st, p_[k]);                                                                 \
        CDFA_IN_ORDER();                                                                           \
    } while (0)

/* Eight bytes of the chain s[b..e) at i in state st; or its last 1-8
 * bytes and the blank after its end, taken from one eight-byte load
 * shifted, blanks in place of the bytes past e (a fixed count of steps:
 * no branch on the length). A token the automaton cannot clear is
 * settled. */
#define CDFA_CHUNK(i, b, e, st, big)                                                               \
    do {                                                                                           \
        if (i >= e) break;                                                                         \
        size_t i0_ = i;                                                                            \
        unsigned st0_ = st;                                                                        \
        if (big && i + 16 < e) {                                                                   \
            const unsigned char *p_ = s + i;                                                       \
            CDFA_STEP1(st, 0); CDFA_STEP1(st, 1); CDFA_STEP1(st, 2); CDFA_STEP1(st, 3);            \
            CDFA_STEP1(st, 4); CDFA_STEP1(st, 5); CDFA_STEP1(st, 6); CDFA_STEP1(st, 7);            \
            CDFA_STEP1(st, 8); CDFA_STEP1(st, 9); CDFA_STEP1(st, 10); CDFA_STEP1(st, 11);          \
            CDFA_STEP1(st, 12); CDFA_STEP1(st, 13); CDFA_STEP1(st, 14); CDFA_STEP1(st, 15);        \
            i += 16;                                                                               \
        } else if (i + 8 < e) {                                                                    \
            const unsigned char *p_ = s + i;                                                       \
            CDFA_STEP1(st, 0); CDFA_STEP1(st, 1); CDFA_STEP1(st, 2); CDFA_STEP1(st, 3);            \
            CDFA_STEP1(st, 4); CDFA_STEP1(st, 5); CDFA_STEP1(st, 6); CDFA_STEP1(st, 7);            \
            i += 8;                                                                                \
        } else {                                                                                   \
            uint64_t x_ = tail8(s, i, e);                                                          \
            st = CDFA_NEXT(st, x_ & 0xFF), st = CDFA_NEXT(st, x_ >> 8 & 0xFF);                     \
            st = CDFA_NEXT(st, x_ >> 16 & 0xFF), st = CDFA_NEXT(st, x_ >> 24 & 0xFF);              \
            st = CDFA_NEXT(st, x_ >> 32 & 0xFF), st = CDFA_NEXT(st, x_ >> 40 & 0xFF);              \
            st = CDFA_NEXT(st, x_ >> 48 & 0xFF), st = CDFA_NEXT(st, x_ >> 56);                     \
            st = CDFA_NEXT(st, ' ');                                                               \
            i = e;                                                                                 \
        }                                                                                          \
        if (st == VNFIX_CDFA_SINK) {                                                               \
            if ((i = CDFA_SETTLE_CALL(b, e, i0_, st0_)) == SIZE_MAX) return 0;                      \
            st = VNFIX_CDFA_OUT;                                                                   \
        }                                                                                          \
    } while (0)

/* Eight little-endian bytes at p, as one word. */
static inline uint64_t load_le64(const unsigned char *p)
{
    uint64_t x;
    memcpy(&x, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    x = __builtin_bswap64(x);
#endif
    return x;
}

/* The six chains: chain k runs over s[b..e) at i##k in state t##k, its
 * pieces cut at e1 ... e5 (chains past the line's end are empty: i##k ==
 * len). CDFA_CHAINS(M) names each with its bounds. */
#define CDFA_CHAINS(M) M(0, 0, e1) M(1, e1, e2) M(2, e2, e3) M(3, e3, e4) M(4, e4, e5) M(5, e5, len)

/* A step loads the state's successor from the byte's column, a wait of
 * about five cycles each chain does not shorten; the chains side by side
 * hide it. Loading each byte as well made three loads a step, and two
 * loads a cycle is what the processor does: at four chains the loads, not
 * the waits, set the pace. So a chain loads eight bytes as one word and
 * takes each from it in a register (two loads a step), and six chains run
 * side by side: over the 27 MB sample without its newlines, the steps alone
 * took 10.5 ms as four chains loading bytes, 10.2 as four loading words,
 * 7.7 as six (9.0 as eight, short of registers). The empty asm with a memory
 * clobber after each step of the six keeps the steps in order: without it
 * the compiler ran ahead with a chain's loads and, short of registers for
 * them beside the other chains, stored half of them on the stack. */
#define CDFA_LOADW(k, b, e) uint64_t w##k##_ = load_le64(s + i##k + o_);
/* The word is shifted in place after each step and then hidden from the
 * compiler (an empty asm that may change it): left to itself, it kept the
 * word as loaded and made each byte of it anew (a copy, a shift by 8k, the
 * low byte: three instructions a byte where the low byte and a shift are
 * two). It changes no value, only the code: -f utf-8 on the 27.2 MB
 * sample 180.09M -> 168.23M instructions (callgrind). */
#define CDFA_OPAQUE(x) __asm__("" : "+r"(x))
#define CDFA_STEPW(k, b, e) t##k = CDFA_NEXT(t##k, w##k##_), w##k##_ >>= 8; CDFA_OPAQUE(w##k##_);
#define CDFA_STEP6()                                                                               \
    do {                                                                                           \
        CDFA_CHAINS(CDFA_STEPW)                                                                    \
        CDFA_IN_ORDER();                                                                           \
    } while (0)
/* Eight steps of each chain from byte o of the round. */
#define CDFA_STEP6x8(o)                                                                            \
    do {                                                                                           \
        const size_t o_ = (o);                                                                     \
        CDFA_CHAINS(CDFA_LOADW)                                                                    \
        CDFA_STEP6(); CDFA_STEP6(); CDFA_STEP6(); CDFA_STEP6();                                    \
        CDFA_STEP6(); CDFA_STEP6(); CDFA_STEP6(); CDFA_STEP6();                                    \
    } while (0)

/* A chain that went to the sink in the round just made: its token settled
 * from where the round began (i0, st0), else the round's bytes taken. */
#define CDFA_SETTLE(i, b, e, st, i0, st0, n)                                                       \
    do {                                                                                           \
        if (st == VNFIX_CDFA_SINK) {                                                               \
            if ((i = CDFA_SETTLE_CALL(b, e, i0, st0)) == SIZE_MAX) return 0;                        \
            st = VNFIX_CDFA_OUT;                                                                   \
        } else {                                                                                   \
            i = i0 + n;                                                                            \
        }                                                                                          \
    } while (0)
#define CDFA_SAVE(k, b, e) size_t a##k##_ = i##k; unsigned z##k##_ = t##k;
#define CDFA_SUNK(k, b, e) | (t##k == VNFIX_CDFA_SINK)
#define CDFA_SETTLE_K(k, b, e) CDFA_SETTLE(i##k, b, e, t##k, a##k##_, z##k##_, n_);
#define CDFA_ADVANCE(k, b, e) i##k += n_;

/* n (8, 16 or 32) bytes of each of the six chains, a step of each in
 * turn, while each has more than n left; the states and the words stay in
 * registers. A chain gone to the sink is settled from where the round
 * began, as CDFA_CHUNK does: settle() walks again from there byte by byte
 * to the sink, so the token settled, and all after it, do not depend on
 * how long the rounds are. */
#define CDFA_ROUND6(n)                                                                             \
    do {                                                                                           \
        const size_t n_ = (n);                                                                     \
        CDFA_CHAINS(CDFA_SAVE)                                                                     \
        CDFA_STEP6x8(0);                                                                           \
        if (n_ >= 16)                                                                              \
            CDFA_STEP6x8(8);                                                                       \
        if (n_ == 32) {                                                                            \
            CDFA_STEP6x8(16);                                                                      \
            CDFA_STEP6x8(24);                                                                      \
        }                                                                                          \
        if (__builtin_expect(0 CDFA_CHAINS(CDFA_SUNK), 0)) {                                       \
            CDFA_CHAINS(CDFA_SETTLE_K)                                                             \
        } else {                                                                                   \
            CDFA_CHAINS(CDFA_ADVANCE)                                                              \
        }                                                                                          \
    } while (0)

/* The six chains to their ends: rounds of 32 bytes where rounds32 (runs
 * of lines), of 16, of 8, then each chain's last chunks. dfa_line and
 * vnfix_clean_lines walk them alike, each with its own CDFA_SETTLE_CALL.
 * A round's control (each chain's start and state saved, six tests for
 * the sink, six advances, the loop's six bounds) was about 70
 * instructions: over a run's chains of about 2 KB each, rounds of 32
 * halve it (-f utf-8 on the 27.2 MB sample, callgrind, 187.6M -> 179.8M;
 * settle_lines, walking back up to 32 bytes, 2.7M -> 3.4M; rounds of 64
 * took 2.2M more and settle_lines 1.4M back). A line's own scan
 * (dfa_line) keeps rounds of 16: most lines' chains are short, and the
 * loop of 32 cost the lines of legacy files about 20 instructions each. */
#define CDFA_ROOM32(k, b, e) && i##k + 32 < e
#define CDFA_ROOM16(k, b, e) && i##k + 16 < e
#define CDFA_ROOM8(k, b, e) && i##k + 8 < e
#define CDFA_LEFT(k, b, e) || i##k < e
#define CDFA_CHUNK_K(k, b, e) CDFA_CHUNK(i##k, b, e, t##k, 1);
#define CDFA_CHUNK_FIRST(k, b, e) CDFA_CHUNK(i##k, b, e, t##k, 0);
#define CDFA_RUN6(rounds32)                                                                        \
    do {                                                                                           \
        while ((rounds32) CDFA_CHAINS(CDFA_ROOM32))                                                \
            CDFA_ROUND6(32);                                                                       \
        while (1 CDFA_CHAINS(CDFA_ROOM16))                                                         \
            CDFA_ROUND6(16);                                                                       \
        while (1 CDFA_CHAINS(CDFA_ROOM8))                                                          \
            CDFA_ROUND6(8);                                                                        \
        while (0 CDFA_CHAINS(CDFA_LEFT)) {                                                         \
            CDFA_CHAINS(CDFA_CHUNK_K)                                                              \
        }                                                                                          \
    } while (0)

/* s[i..e) (1 to 8 bytes), little-endian, then blanks. */
static inline uint64_t tail8(const unsigned char *s, size_t i, size_t e)
{
    size_t n = e - i;
    uint64_t x;
    if (e >= 8) {
        memcpy(&x, s + e - 8, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        x = __builtin_bswap64(x);
#endif
        x >>= 8 * (8 - n);
    } else {
        x = 0;
        for (size_t k = 0; k < n; k++) x |= (uint64_t)s[i + k] << 8 * k;
    }
    return n == 8 ? x : x | (VNFIX_ONES8 * ' ') << 8 * n;
}

/* Where to cut s[0..len) at or after from: a blank, or len (the next blank
 * is a few bytes on, nearer than a call to memchr). Eight bytes at a time:
 * a byte at a time, the loop's exit was a branch the processor could not
 * foresee, three a line (the scan alone 23.6 -> 21.5 ms). */
static size_t cut_at(const unsigned char *s, size_t len, size_t from)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    for (; from + 8 <= len; from += 8) {
        uint64_t x;
        memcpy(&x, s + from, 8);
        size_t n = vnfix_before_blank(x);
        if (n < 8) return from + n;
    }
#endif
    while (from < len && s[from] != ' ') from++;
    return from < len ? from : len;
}

/* vn with V_VN when s[h..len) (s[0..h) is ASCII) holds a letter that
 * sets it in judge(): ạ...ỹ (E1), ĩ Ĩ ũ Ũ ă Ă ơ Ơ ư Ư; not đ Đ (C4 90, C4
 * 91). (Nearly every line has an E1, which memchr finds faster than the
 * loop below, a test of four a byte.) */
static inline __attribute__((always_inline)) unsigned line_letters(const unsigned char *s, size_t h, size_t len, unsigned vn)
{
    if (vn & V_VN)
        return vn;
    if (memchr(s + h, 0xE1, len - h))
        return vn | V_VN;
    for (size_t i = h; i < len; i++)
        if (s[i] == 0xE1 || s[i] == 0xC5 || s[i] == 0xC6 || (s[i] == 0xC4 && (s[i + 1] & 0xFE) != 0x90))
            return vn | V_VN;
    return vn;
}

/* Where the six chains start in s[0..len): at its sixths (quarters
 * under 192 bytes, halves under 128, the whole under 64), each moved on by
 * cut to where a chain may start (a blank; for runs of lines, also a
 * newline); e[k - 1] is where chain k starts, len for a chain not used. */
static inline void pieces(const unsigned char *s, size_t len, size_t (*cut)(const unsigned char *, size_t, size_t),
                          size_t e[5])
{
    size_t n = len >= 192 ? 6 : len >= 128 ? 4 : len >= 64 ? 2 : 1, at = 0;
    for (size_t k = 1; k < 6; k++) {
        if (k < n) {
            size_t from = k * len / n;
            e[k - 1] = at = cut(s, len, k > 1 && at >= from ? at + 1 : from);
        } else {
            e[k - 1] = len;
        }
    }
}

/* Six chains (four for lines under 192 bytes, two under 128, one under
 * 64), as memo_line's halves: each byte's state waits for the one before
 * it, so pieces of the line, cut at blanks, run side by side, 16 or 8
 * bytes a step (CDFA_RUN6; the rounds run while every chain has that
 * many bytes left, so a line of four pieces or fewer is walked in chunks,
 * a chain after the other). (Two chains of 8 ran no faster than
 * memo_line; at four, the loop's own tests per step were a third of the
 * instructions, fewer at 16.) */
/* (a chain that went to the sink: its token settled, in dfa_line) */
#define CDFA_SETTLE_CALL(b, e, i0, st0) settle(w, s, b, e, i0, st0, &vn)
static int dfa_line(vnfix_work *w, const unsigned char *s, size_t len)
{
    unsigned vn = 0;
    /* A line of legacy bytes fails at its first byte beyond ASCII, nearly
     * always in its first word: no lead byte of a character judge() takes
     * (C2-C6, E1, E2) and a continuation byte after it. Said here, before
     * the automaton's chains read up to 48 bytes and settle() finds the
     * token (4 % of a legacy file's time). */
    size_t h = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    for (; h + 8 <= len; h += 8) {
        uint64_t x;
        memcpy(&x, s + h, 8);
        if (x & VNFIX_HIGHS8) {
            h += (size_t)__builtin_ctzll(x & VNFIX_HIGHS8) >> 3;
            break;
        }
    }
#endif
    while (h < len && s[h] < 0x80) h++;
    if (h < len && (h + 1 >= len || (s[h + 1] & 0xC0) != 0x80 || !((s[h] >= 0xC2 && s[h] <= 0xC6) || s[h] == 0xE1 || s[h] == 0xE2)))
        return 0;
    size_t e[5];
    pieces(s, len, cut_at, e);
    size_t e1 = e[0], e2 = e[1], e3 = e[2], e4 = e[3], e5 = e[4];
    size_t i0 = 0, i1 = e1, i2 = e2, i3 = e3, i4 = e4, i5 = e5;
    unsigned t0 = VNFIX_CDFA_OUT, t1 = t0, t2 = t0, t3 = t0, t4 = t0, t5 = t0;
    /* (eight bytes first: a line of legacy bytes fails in its first
     * word, and this finds it before reading 64 bytes) */
    CDFA_CHAINS(CDFA_CHUNK_FIRST)
    CDFA_RUN6(0);
    /* (most often the line's first byte beyond ASCII, s[h], is an E1,
     * which spares line_letters' memchr: a million instructions in 27 MB) */
    if (h < len && s[h] == 0xE1)
        vn |= V_VN;
    return line_verdict(line_letters(s, h, len, vn), s, len);
}

#undef CDFA_SETTLE_CALL

/* ------------------------------------------------------------ many lines
 *
 * A line's own scan pays for its start and its end: the cuts, the first
 * chunks, the chains' ends, a few branches the processor cannot foresee
 * (the same text in lines of 4 KB scans in two thirds of the time). So a
 * run of whole lines is scanned as one: six chains over all of them,
 * cut at a blank or after a newline. That is the same walk: a token ends
 * at a blank or after its line's newline, and the automaton is between
 * tokens (VNFIX_CDFA_OUT) after either, or in its sink (tools/gen-clean-dfa:
 * a newline takes an accepting state there, any other to the sink, as a
 * blank does); so the tokens that go to the sink, the verdicts the memo
 * gives them and the line's letters are those of each line's own scan. A
 * token that fails marks its line and the chain goes on after that line.
 * What is kept is whether the line's answer is 1 or 0 (a token that fails,
 * or the line's verdict from its tokens'): a line whose answer is 2 is
 * scanned again alone (vnfix_clean_line), for its suspect words' notes. */

/* Where the line holding position a ends (ends[] ascending, nl lines). */
static size_t line_of(const size_t *ends, size_t nl, size_t a)
{
    size_t lo = 0, hi = nl - 1;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (ends[mid] > a) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

/* settle() for the run of lines: the token bounded by blanks and by its
 * line's newline (included, as the last token of a line is), its verdict
 * added to its line's (vl[k]); a token that fails marks its line (0x80)
 * and the chain goes on at the line's end, or the chain's. */
static __attribute__((noinline)) size_t settle_lines(vnfix_work *w, const unsigned char *s, size_t begin,
                                                     size_t end, size_t i0, unsigned st0, const size_t *ends,
                                                     size_t nl, unsigned char *vl)
{
    size_t p = i0;
    unsigned st = st0;
    while (p < end && (st = vnfix_cdfa_next[2 * st + vnfix_cdfa_class[s[p]]]) != VNFIX_CDFA_SINK) p++;
    size_t a = p, e = p;
    while (a > begin && s[a - 1] != ' ' && s[a - 1] != '\n') a--;
    while (e < end && s[e] != ' ' && s[e] != '\n') e++;
    if (e < end && s[e] == '\n') e++;
    size_t k = line_of(ends, nl, a);
    if (vl[k] & 0x80) return e;
    unsigned v = token_verdict(w, s + a, e - a);
    if (!(v & V_CLEAN)) {
        vl[k] |= 0x80;
        return ends[k] < end ? ends[k] : end;
    }
    vl[k] |= (unsigned char)v;
    return e;
}

/* Where to cut s[0..len) at or after from: a blank, after a newline, or
 * len. */
static size_t cut_lines_at(const unsigned char *s, size_t len, size_t from)
{
    while (from < len && s[from] != ' ' && s[from] != '\n') from++;
    return from < len && s[from] == '\n' ? from + 1 : from < len ? from : len;
}

#define CDFA_SETTLE_CALL(b, e, i0, st0) settle_lines(w, s, b, e, i0, st0, ends, nl, vl)
int vnfix_clean_lines(vnfix_work *w, const unsigned char *s, const size_t *ends, size_t nl, unsigned char *ok,
                      size_t *others)
{
    unsigned char vl[VNFIX_CLEAN_LINES_MAX];
    if (nl == 0 || nl > VNFIX_CLEAN_LINES_MAX || (w->model && vnfix_model_words_fp(w->model) != VNFIX_CDFA_FP))
        return 0;
    memset(vl, 0, nl);
    size_t len = ends[nl - 1];
    unsigned vn = 0;                      /* (the macros' name; unused here) */
    size_t e[5];
    pieces(s, len, cut_lines_at, e);
    size_t e1 = e[0], e2 = e[1], e3 = e[2], e4 = e[3], e5 = e[4];
    size_t i0 = 0, i1 = e1, i2 = e2, i3 = e3, i4 = e4, i5 = e5;
    unsigned t0 = VNFIX_CDFA_OUT, t1 = t0, t2 = t0, t3 = t0, t4 = t0, t5 = t0;
    CDFA_RUN6(1);
    (void)vn;
    size_t ones = 0;
    for (size_t k = 0, a = 0; k < nl; a = ends[k++]) {
        const unsigned char *t = s + a;
        size_t n = ends[k] - a;
        unsigned v = vl[k];
        ok[k] = VNFIX_CLEAN_NOT;
        if (v & 0x80)
            continue;
        int r = line_verdict(line_letters(t, 0, n, v), t, n);
        ok[k] = r == 1 ? 1 : r == 0 ? VNFIX_CLEAN_NOT : 0;
        ones += r == 1;
    }
    *others = nl - ones;
    return 1;
}
#undef CDFA_SETTLE_CALL

int vnfix_clean_line_memo(vnfix_work *w, const unsigned char *s, size_t len) { return memo_line(w, s, len); }

int vnfix_clean_line(vnfix_work *w, const unsigned char *s, size_t len)
{
    /* (the automaton's word verdicts are that model's answers) */
    w->sus_line = NULL;
    if (!w->model || vnfix_model_words_fp(w->model) == VNFIX_CDFA_FP) {
        /* A token with a suspect word is never the automaton's (it
         * clears none) but settled, which notes where it is: the line's
         * suspect words are those of the tokens noted, for
         * vnfix_guard_stays. */
        w->nsus = 0;
        int r = dfa_line(w, s, len);
        if (r == 2 && w->nsus <= VNFIX_SUS_MAX)
            w->sus_line = s, w->sus_len = len;
        return r;
    }
    return memo_line(w, s, len);
}
