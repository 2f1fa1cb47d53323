/* detect.c: candidate decodings of a span, scored, and the choice (see detect.h). */
#include "detect.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "caps.h"
#include "clean.h"
#include "guard.h"
#include "memo_mem.h"
#include "shy.h"
#include "swar.h"
#include "syllable.h"

static inline int separator(uint32_t c);

#define cp1258_sign vnfix_cp1258_sign
#define latin1_after vnfix_latin1_after

/* 16384 words (576 KB): a line that goes to the contest fills the memo
 * with the nonsense words of a dozen wrong readings, and with 4096 they
 * pushed out the text's own words (and what the model said of them). */
#define MEMO_BITS 14
#define BMEMO_BITS 12
#define KMEMO_BITS 12
#define IMEMO_BITS 11

int vnfix_work_init(vnfix_work *w)
{
    memset(w, 0, sizeof *w);
    w->memo = vnfix_memo_alloc(((size_t)1 << MEMO_BITS) * sizeof *w->memo, 1);
    w->bmemo = vnfix_memo_alloc(((size_t)1 << BMEMO_BITS) * sizeof *w->bmemo, 1);
    w->tmemo = vnfix_memo_alloc(((size_t)1 << VNFIX_TMEMO_BITS) * sizeof *w->tmemo, 1);
    w->rev1258 = calloc(VNFIX_REV1258, 1);
    w->kmemo = vnfix_memo_alloc(((size_t)1 << KMEMO_BITS) * sizeof *w->kmemo, 1);
    w->imemo = vnfix_memo_alloc(((size_t)1 << IMEMO_BITS) * sizeof *w->imemo, 1);
    /* (aligned: an entry is one cache line) */
    w->tok = vnfix_memo_alloc(((size_t)1 << VNFIX_TOK_BITS) * sizeof *w->tok, 64);
    if (!w->memo || !w->bmemo || !w->tmemo || !w->rev1258 || !w->kmemo || !w->imemo || !w->tok)
        return VNFIX_ENOMEM;
    /* (the table is one to one: the first byte of a code point is its only
     * one; the holes' C1 controls are those bytes read 'sloppily') */
    const uint16_t *d = vnfix_codec_cp1258.decode;
    for (int b = 0xFF; b >= 0x80; b--)
        if (d[b] != VNFIX_NOCP && d[b] < VNFIX_REV1258)
            w->rev1258[d[b]] = (uint8_t)b;
    for (int b = 0x80; b < 0xA0; b++)
        if (d[b] == VNFIX_NOCP && !w->rev1258[b])
            w->rev1258[b] = (uint8_t)b;
    for (int e = VNFIX_ENC_UTF8; e < VNFIX_ENC_COUNT; e++) {
        const vnfix_codec *c = vnfix_codec_get((vnfix_encoding)e);
        if (e == VNFIX_ENC_UTF8 || c->kind == VNFIX_KIND_MNEMONIC)
            continue;
        /* (double UTF-8: a byte that cannot begin a sequence stays the
         * character it was read as; TCVN3, whose 0xAD is a letter, has
         * none: its unit classes alone, for its raw reading) */
        for (unsigned x = 0; x < 0x100 && !(c->flags & VNFIX_CODEC_SHY_IS_LETTER); x++)
            if (c->kind == VNFIX_KIND_UTF8 ? x < 0xC2 || x > 0xF4
                                            : c->decode[x] == (x < 0x80 ? x : vnfix_cp1252_char((uint8_t)x)) &&
                                                  !(c->pairs && c->mark[x]))
                w->plain[e][x >> 6] |= (uint64_t)1 << (x & 63);
        if (c->kind == VNFIX_KIND_BYTES)
            for (unsigned x = 0; x < 0x100; x++) {
                uint32_t cp = c->decode[x];
                int none = cp == VNFIX_NOCP;
                w->uclass[e][x] = (uint8_t)((none || cp >= 0x80 || (c->pairs && c->mark[x]) ? 1 : 0) |
                                            (none || cp < 0x80 || separator(cp) || !vnfix_nfc_stable(cp) ? 2 : 0));
            }
    }
    return vnfix_nfc_init(&w->nfc);
}

/* A long input looks up every page of the memos, each first read (the
 * kernel's zero page) and then written (a copy): two faults a page, which
 * on a virtual machine were a sixth of a 27 MB clean run. Mapping them
 * writable in one call saves that, but costs 0.6-1 ms, too much for a
 * context that repairs one cell or line. After 64 KB the input is a file,
 * and most pages would be touched soon anyway (a threshold of 1 MB kept
 * only part of the gain: 27 MB of clean text 96-108 ms, against 77-91
 * mapped at once and 80 with 64 KB, one run alternating). */
#define WARM_AFTER ((size_t)1 << 16)

void vnfix_work_fed(vnfix_work *w, size_t n)
{
    w->fed += n;
    if (w->warm || w->fed < WARM_AFTER)
        return;
    w->warm = 1;
    vnfix_memo_populate(w->memo, ((size_t)1 << MEMO_BITS) * sizeof *w->memo);
    vnfix_memo_populate(w->bmemo, ((size_t)1 << BMEMO_BITS) * sizeof *w->bmemo);
    vnfix_memo_populate(w->tmemo, ((size_t)1 << VNFIX_TMEMO_BITS) * sizeof *w->tmemo);
    vnfix_memo_populate(w->kmemo, ((size_t)1 << KMEMO_BITS) * sizeof *w->kmemo);
    vnfix_memo_populate(w->imemo, ((size_t)1 << IMEMO_BITS) * sizeof *w->imemo);
    vnfix_memo_populate(w->tok, ((size_t)1 << VNFIX_TOK_BITS) * sizeof *w->tok);
    if (w->gmemo)
        vnfix_guard_warm(w);
}

/* Scratch grows with the longest line seen (the caller caps lines), so a
 * context for a few words stays small. */
static int reserve(vnfix_work *w, size_t len)
{
    if (len <= w->cap)
        return VNFIX_OK;
    size_t cap = 256;
    while (cap < len) cap *= 2;
    uint32_t *u = realloc(w->units, cap * sizeof *u);
    if (!u) return VNFIX_ENOMEM;
    w->units = u;
    u = realloc(w->mu, cap * sizeof *u);
    if (!u) return VNFIX_ENOMEM;
    w->mu = u;
    uint32_t *c = realloc(w->cps, cap * 3 * sizeof *c);
    if (!c) return VNFIX_ENOMEM;
    w->cps = c;
    uint32_t *b = realloc(w->best, cap * 3 * sizeof *b);
    if (!b) return VNFIX_ENOMEM;
    w->best = b;
    /* (+ 64: detect.c's read_tokens copies a token memo entry's whole
     * output at the end of the line's) */
    unsigned char *d = realloc(w->direct, cap * 3 + 4 + 64);
    if (!d) return VNFIX_ENOMEM;
    w->direct = d;
    uint32_t **scratch[] = {&w->gout, &w->gtok, &w->galt};
    for (size_t k = 0; k < 3; k++) {
        uint32_t *g = realloc(*scratch[k], cap * 3 * sizeof *g);
        if (!g) return VNFIX_ENOMEM;
        *scratch[k] = g;
    }
    uint8_t *v = realloc(w->gverd, cap);
    if (!v) return VNFIX_ENOMEM;
    w->gverd = v;
    w->cap = cap;
    return vnfix_nfc_reserve(&w->nfc, cap);
}

void vnfix_work_free(vnfix_work *w)
{
    free(w->units);
    free(w->mu);
    free(w->cps);
    free(w->best);
    free(w->direct);
    free(w->gout);
    free(w->gtok);
    free(w->galt);
    free(w->gverd);
    vnfix_memo_free(w->gmemo);
    vnfix_memo_free(w->memo);
    vnfix_memo_free(w->bmemo);
    vnfix_memo_free(w->tmemo);
    free(w->rev1258);
    vnfix_memo_free(w->kmemo);
    vnfix_memo_free(w->imemo);
    vnfix_memo_free(w->tok);
    vnfix_nfc_free(&w->nfc);
}

int vnfix_work_reserve(vnfix_work *w, size_t len) { return reserve(w, len); }

/* ------------------------------------------------------------ line class */
enum {
    L_ASCII = 1,        /* only ASCII */
    L_VALID = 2,        /* valid UTF-8 */
    L_VN_ONLY = 4,      /* a Vietnamese letter no cp1252 misreading yields */
    L_NFC_SAFE = 8,     /* every code point NFC-stable */
    L_ARTIFACT = 16,    /* U+01A2/U+01A3 (PDF extraction's ư) */
    L_NUL = 32,
    L_MNEMONIC = 64,    /* ASCII with VIQR-looking marks */
    L_BINARY = 128,     /* NUL or control characters: not text to convert */
    L_CTRL_LETTER = 256,/* a control byte VISCII gives a capital to */
    L_NONINV = 512,     /* a code point no cp1252/Latin-1 misreading yields */
    L_MOJI_SIGN = 1024, /* a character misreadings make and Vietnamese text
                           hardly has (æ ø ¸ µ ×, ‡, C1 controls...) */
    L_1258_SIGN = 2048, /* what legacy bytes read as Windows-1258 and then
                           normalised to NFC leave (cp1258_sign); also set
                           for a line with a sign of misreading (L_MOJI_SIGN)
                           and a letter only Windows-1258 yields (ă ơ ư đ) */
    L_1258_CHAR = 4096
};

/* Characters that misreadings of legacy bytes produce all the time and
 * Vietnamese text (even OCR output that lost its marks) hardly ever has:
 * Latin-1 that is neither a Vietnamese letter nor common punctuation, the
 * rarer Windows-1252 extras, and C1 controls. */
static int moji_sign(uint32_t c)
{
    if (c < 0x80) return 0;
    if (c < 0xA0) return 1;                              /* C1 controls */
    if (c < 0x100) {
        switch (c) {
        case 0xA0: case 0xA9: case 0xAB: case 0xAE: case 0xB0: case 0xBB:
            return 0;                                    /* nbsp © « ® ° » */
        default:
            return !vnfix_letter_info(c).vowel;
        }
    }
    switch (c) {
    case 0x0152: case 0x0153: case 0x0160: case 0x0161: case 0x0178: case 0x017D: case 0x017E:
    case 0x0192: case 0x02C6: case 0x02DC: case 0x201A: case 0x201E: case 0x2020: case 0x2021:
    case 0x2030: case 0x2039: case 0x203A:
        return 1;
    default:
        return 0;
    }
}

/* A symbol standing alone between blanks or punctuation ("luat § dia",
 * "Nang cao ¥ thuc"): what OCR makes of a glyph it could not read, not a
 * sign of misreading. A misread legacy byte is a letter of a word, so its
 * neighbours are letters too. Letters (ë, Œ) are never lone symbols. */
static int lone_symbol(const unsigned char *s, size_t len, size_t at, size_t end, uint32_t cp)
{
    if ((cp >= 0xC0 && cp < 0x100 && cp != 0xD7 && cp != 0xF7) || (cp >= 0x100 && cp < 0x250))
        return 0;
    int before = at > 0 && (s[at - 1] >= 0x80 || ((s[at - 1] | 0x20) >= 'a' && (s[at - 1] | 0x20) <= 'z'));
    int after = end < len && (s[end] >= 0x80 || ((s[end] | 0x20) >= 'a' && (s[end] | 0x20) <= 'z'));
    return !before && !after;
}

/* Signs of legacy bytes read as Windows-1258 (whose bytes CC EC D2 DE F2
 * are combining tone marks and C3 D5 DD E3 F5 FD the letters Ă Ơ Ư ă ơ ư)
 * and normalised to NFC afterwards: a tone mark after a consonant (or the
 * letter NFC made of the two: ḥ ḷ ṃ ń ĺ...), or ă ơ ư after a vowel they
 * never follow in Vietnamese ("Nguyeăn": VNI's ngã mark byte). Text that is
 * Unicode already, NFC or NFD, has none of them: its marks follow vowels
 * (or other marks). prev is the code point before cp, or 0. */
int vnfix_cp1258_sign(uint32_t cp, uint32_t prev)
{
    unsigned p = prev < 0x80 ? (prev | 0x20) : 0;
    int vowel = vnfix_letter_info(prev).vowel, foreign = prev >= 0xC0 && prev < 0x250 && !vowel;
    /* a capital Ă Ơ Ư after a lowercase letter ("tƠ" for TCVN3's tế) */
    if ((cp == 0x102 || cp == 0x1A0 || cp == 0x1AF) && ((p >= 'a' && p <= 'z') || (prev >= 0xDF && prev < 0x100)))
        return 1;
    switch (cp) {
    case 0x300: case 0x301: case 0x303: case 0x309: case 0x323:
        return (!vowel || vowel == 13) && !(prev >= 0x300 && prev < 0x370);
    case 0x102: case 0x103:                      /* Ă ă: after o, u (hoặc, quăn) */
        return foreign || (p && strchr("aeiy", (int)p) != NULL);
    case 0x1A0: case 0x1A1:                      /* Ơ ơ: after u (thuở) */
        return foreign || (p && strchr("aeioy", (int)p) != NULL);
    case 0x1AF: case 0x1B0:                      /* Ư ư */
        return foreign || (p && strchr("aeiouy", (int)p) != NULL);
    case 0x139: case 0x13A: case 0x143: case 0x144: case 0x154: case 0x155: case 0x15A: case 0x15B:
    case 0x1F4: case 0x1F5: case 0x1F8: case 0x1F9:
        return 1;                                /* Ĺ ĺ Ń ń Ŕ ŕ Ś ś Ǵ ǵ Ǹ ǹ */
    default:
        return cp >= 0x1E00 && cp < 0x1EA0;      /* ḅ ḍ ḥ ḳ ḷ ṃ ṇ ṛ ṣ ṭ ṿ ḱ ḿ ṕ ... */
    }
}

/* Whether the Latin-1 letter lead (U+00C2-U+00F4), ending at s[at], and
 * the characters after it are the bytes of one UTF-8 sequence read as
 * Windows-1252 ("á»‘" is E1 BB 91, "phố" read twice): the sign of double
 * UTF-8, whose other characters (» ‘ “) are punctuation too. */
static inline __attribute__((always_inline)) int utf8_read_as_cp1252(const unsigned char *s, size_t len, size_t at,
                                                                        uint32_t lead)
{
    unsigned char b[4] = {(unsigned char)lead, 0, 0, 0};
    size_t need = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    for (size_t k = 1; k < need; k++) {
        uint32_t cp;
        size_t m = at < len ? vnfix_utf8_seq(s + at, len - at, &cp) : 0;
        int byte = m ? vnfix_cp1252_byte(cp) : -1;
        if (byte < 0x80 || byte > 0xBF) return 0;
        b[k] = (unsigned char)byte;
        at += m;
    }
    uint32_t cp;
    return vnfix_utf8_seq(b, need, &cp) == need;
}

/* Whether the Latin-1 letter cp after the byte prev is a sign of a word
 * pasted in VNI or TCVN3 into Unicode Vietnamese, which never writes it
 * there: a capital after a lowercase letter ("khiÕu", "vÊn": TCVN3), or a
 * marked vowel after a, e ("aùn", "keát", "Thueâ": VNI's mark bytes), after
 * o unless it is one of the new style's oà oá oã oè oé, or after y unless
 * it is ê. */
int vnfix_latin1_after(unsigned char prev, uint32_t cp)
{
    if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7)
        return 0;
    if (cp < 0xDF)
        return prev >= 'a' && prev <= 'z';
    unsigned p = prev | 0x20;
    if (p == 'a' || p == 'e')
        return 1;
    if (p == 'o')
        return !strchr("\xe0\xe1\xe3\xe8\xe9", (int)cp);
    if (p == 'y')
        return cp != 0xEA;
    return 0;
}

/* A control byte other than tab, newline and CR. VISCII keeps six capitals
 * at 02 05 06 14 19 1E and a form feed separates pages; any other, or a
 * NUL, means the input is no text. */
static unsigned control_flags(unsigned c)
{
    unsigned f = 0;
    if (c == 0 || !strchr("\f\x02\x05\x06\x14\x19\x1e", (int)c))
        f |= L_BINARY;
    else if (c != '\f')
        f |= L_CTRL_LETTER;
    if (c == 0) f |= L_NUL;
    return f;
}

/* (eight bytes at once: a word has a byte below 0x20 when subtracting
 * 0x20 from each byte borrows into a byte whose top bit was clear) */
static int has_control8(uint64_t x)
{
    return ((x - 0x2020202020202020ull) & ~x & 0x8080808080808080ull) != 0;
}

/* After the first byte that is not UTF-8 the line's letters no longer
 * matter: only its control bytes are left to learn about. */
static unsigned control_tail(const unsigned char *s, size_t len, size_t i)
{
    unsigned f = 0;
    for (; i < len; i++) {
        while (i + 8 <= len) {
            uint64_t x;
            memcpy(&x, s + i, 8);
            if (has_control8(x)) break;
            i += 8;
        }
        if (i >= len) break;
        unsigned b = s[i];
        if (b < 0x20 && b != '\n' && b != '\r' && b != '\t')
            f |= control_flags(b);
    }
    return f;
}

/* Signs that a Latin-1 character at [at, end) is a legacy letter read as
 * Windows-1252 or Latin-1 rather than itself. Two accented Latin-1 letters
 * in a row ("phýõng") are one: Vietnamese writes at most one such letter
 * per syllable; © « ® » × beside a letter are TCVN3's â ô đ ằ ì. */
static inline __attribute__((always_inline)) int latin1_moji(const unsigned char *s, size_t len, size_t at, size_t end,
                                                                uint32_t cp)
{
    if (moji_sign(cp) && !lone_symbol(s, len, at, end, cp))
        return 1;
    if (cp >= 0xC0 && at >= 2 && s[at - 1] >= 0x80 && s[at - 2] == 0xC3)
        return 1;
    if (cp >= 0xC2 && cp <= 0xF4 && end < len && s[end] >= 0x80 && utf8_read_as_cp1252(s, len, end, cp))
        return 1;
    if (at > 0 && latin1_after(s[at - 1], cp))
        return 1;
    if (cp == 0xA9 || cp == 0xAB || cp == 0xAE || cp == 0xBB || cp == 0xD7) {
        int letter_after = end < len && (((s[end] | 0x20) >= 'a' && (s[end] | 0x20) <= 'z') || s[end] == 0xC3);
        int letter_before = at > 0 && ((s[at - 1] | 0x20) >= 'a' && (s[at - 1] | 0x20) <= 'z');
        return letter_after || letter_before;
    }
    return 0;
}

/* What a character above Latin-1 (not a precomposed Vietnamese vowel,
 * which the caller answers at once) tells, given the flags so far. */
static unsigned wide_flags(const unsigned char *s, size_t len, size_t at, size_t end, uint32_t cp, unsigned f)
{
    if (cp < 0x2200 && moji_sign(cp) && !lone_symbol(s, len, at, end, cp)) f |= L_MOJI_SIGN;
    if (!(f & L_1258_SIGN) && cp < 0x1EA0 && (cp >= 0x1E00 || cp == 0x102 || cp == 0x103 || (cp >= 0x139 && cp <= 0x1F9) ||
                                              (cp >= 0x300 && cp <= 0x323))) {
        uint32_t prev = 0;
        if (at > 0 && s[at - 1] < 0x80) {
            prev = s[at - 1];
        } else if (at > 0) {     /* the UTF-8 sequence before (valid so far) */
            size_t b = at - 1;
            while (b > 0 && at - b < 4 && (s[b] & 0xC0) == 0x80) b--;
            if (!vnfix_utf8_seq(s + b, at - b, &prev)) prev = 0;
        }
        if (cp1258_sign(cp, prev)) f |= L_1258_SIGN;
    }
    if (cp == 0x102 || cp == 0x103 || cp == 0x110 || cp == 0x111 || cp == 0x1A0 || cp == 0x1A1 ||
        cp == 0x1AF || cp == 0x1B0 || cp == 0x20AB || (cp >= 0x300 && cp < 0x324))
        f |= L_1258_CHAR;
    if (cp == 0x1A2 || cp == 0x1A3)
        f |= L_ARTIFACT;
    else if ((f & (L_NONINV | L_VN_ONLY)) != (L_NONINV | L_VN_ONLY) && vnfix_cp1252_byte(cp) < 0) {
        f |= L_NONINV;
        if (vnfix_letter_info(cp).vowel) f |= L_VN_ONLY;
    }
    return f;
}

/* VIQR is only considered on an ASCII line with a telltale mark: ^ ( +
 * after a vowel, or a tone mark (' ` ? ~ .) after a vowel and inside a
 * word ("Vie^.t", "ho.c"); guard.c then takes word by word. */
static int viqr_mnemonic(const unsigned char *s, size_t len)
{
    if (!(memchr(s, '^', len) || memchr(s, '(', len) || memchr(s, '+', len) || memchr(s, '.', len) ||
          memchr(s, '\'', len) || memchr(s, '`', len) || memchr(s, '?', len) || memchr(s, '~', len)))
        return 0;
    for (size_t k = 1; k + 1 < len; k++) {
        /* (a switch, not strchr(): this runs on every byte of the line) */
        switch (s[k - 1]) {
        case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
        case 'A': case 'E': case 'I': case 'O': case 'U': case 'Y':
            break;
        default:
            continue;
        }
        int next_letter = ((s[k + 1] | 0x20) >= 'a' && (s[k + 1] | 0x20) <= 'z');
        unsigned c = s[k];
        if (c == '^' || c == '(' || c == '+' ||
            ((c == '\'' || c == '`' || c == '?' || c == '~' || c == '.') && next_letter))
            return 1;
    }
    return 0;
}

/* For clean.c: whether classify() gives the character cp at s[at..end)
 * of s[0..len) no flag that keeps its line off the fast path (decide(),
 * "plainly Unicode already"): NFC-stable whatever is around it, and no sign
 * of misreading, of Windows-1258 or of PDF extraction. What classify()
 * reads of a character's neighbours is the character before it and those
 * after it up to the first byte below 0x80 (utf8_read_as_cp1252), and a
 * blank (a token's bound) reads to each of these tests as the edge of the
 * line: so a token may be asked alone, as s. */
int vnfix_char_plain(const unsigned char *s, size_t len, size_t at, size_t end, uint32_t cp)
{
    if (!vnfix_nfc_stable(cp))
        return 0;
    if (cp < 0x100)
        return !latin1_moji(s, len, at, end, cp);
    if (cp >= 0x1EA0 && cp <= 0x1EF9)
        return 1;
    return !(wide_flags(s, len, at, end, cp, 0) & (L_MOJI_SIGN | L_1258_SIGN | L_ARTIFACT));
}

static unsigned classify(const unsigned char *s, size_t len, size_t *bad)
{
    unsigned f = L_ASCII | L_VALID | L_NFC_SAFE;
    size_t i = 0;
    *bad = SIZE_MAX;
    while (i < len) {
        while (i + 8 <= len) {          /* ASCII eight at a time */
            uint64_t x;
            memcpy(&x, s + i, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            /* (up to the first byte that is not printable ASCII: Vietnamese
             * has a letter beyond ASCII every few bytes, so the eight
             * seldom pass whole, and byte by byte the printable ones before
             * that letter cost a look at eight bytes each) */
            uint64_t z = vnfix_unprintable8(x);
            if (z) {
                i += (size_t)__builtin_ctzll(z) >> 3;
                break;
            }
#else
            if ((x & VNFIX_HIGHS8) || has_control8(x)) break;
#endif
            i += 8;
        }
        if (i >= len) break;
        unsigned c = s[i];
        if (c < 0x80) {
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
                f |= control_flags(c);
            i++;
            continue;
        }
        f &= ~(unsigned)L_ASCII;
        uint32_t cp;
        size_t m = vnfix_utf8_seq(s + i, len - i, &cp);
        if (!m) {
            f &= ~(unsigned)(L_VALID | L_NFC_SAFE);
            *bad = i;
            f |= control_tail(s, len, i);
            break;
        }
        i += m;
        if (!vnfix_nfc_stable(cp)) f &= ~(unsigned)L_NFC_SAFE;
        if (cp < 0x100) {
            if (latin1_moji(s, len, i - m, i, cp)) f |= L_MOJI_SIGN;
        } else if (cp >= 0x1EA0 && cp <= 0x1EF9) {
            /* the common case, answered at once (letters NFC may have made of
             * a vowel and a Windows-1258 mark byte too) */
            f |= L_NONINV | L_VN_ONLY | L_1258_CHAR;
        } else {
            f = wide_flags(s, len, i - m, i, cp, f);
        }
    }
    if ((f & L_ASCII) && viqr_mnemonic(s, len)) f |= L_MNEMONIC;
    if (!(f & L_VALID)) f &= ~(unsigned)(L_VN_ONLY | L_ARTIFACT | L_1258_SIGN);
    else if ((f & L_MOJI_SIGN) && (f & L_1258_CHAR)) f |= L_1258_SIGN;
    return f;
}

/* ------------------------------------------------------------ decoding */

/* The letter a PDF's text layer gave as an artifact, as vnfix documents
 * (ƣ Ƣ, U+01A3 U+01A2, for ư Ư); any other code point as it is. */
static inline uint32_t artifact_fixed(uint32_t c)
{
    return c == 0x1A3 ? 0x1B0 : c == 0x1A2 ? 0x1AF : c;
}

static void fix_artifacts(uint32_t *c, size_t n)
{
    for (size_t i = 0; i < n; i++)
        c[i] = artifact_fixed(c[i]);
}

/* The Windows-1258 byte a code point is read from, or -1; the C1 controls
 * of its holes are those bytes read 'sloppily'. */
static int cp1258_byte(const uint8_t *rev, uint32_t cp)
{
    if (cp < 0x80) return (int)cp;
    return cp < VNFIX_REV1258 && rev[cp] ? rev[cp] : -1;
}

/* Units of text that was legacy bytes read as Windows-1258 and then
 * normalised to NFC. NFC composed a mark byte's combining mark with the
 * character before it ("ḥ": h and the dot-below byte), and where that
 * character had a mark of its own it also reordered the marks (ñ then the
 * dot below comes out as ṇ and a tilde). So each character and the marks
 * after it are taken apart (NFD) and put back as Windows-1258 bytes, in
 * this order of preference: the character's own byte and the marks' bytes;
 * the byte of the base letter joined with one of the marks (ñ) and the
 * other marks' bytes; the base letter's byte and every mark's byte. What
 * is left doubtful is for the syllable check and the report. Never more
 * units than bytes. */
static size_t cp1258_cluster(const vnfix_work *w, const unsigned char *in, size_t len, size_t *at,
                             uint32_t *out)
{
    const vnfix_nfc_ctx *nfc = &w->nfc;
    const uint8_t *rev = w->rev1258;
    size_t i = *at, o = 0;
    uint32_t cp, full[8], mk;
    size_t n = vnfix_utf8_seq(in + i, len - i, &cp);
    if (!n) {
        out[o++] = VNFIX_RAWBYTE | in[i];
        *at = i + 1;
        return o;
    }
    i += n;
    /* A character with a byte of its own and no combining mark after it
     * is that byte, whatever its decomposition (the first choice below,
     * with no marks): no ICU call for it. */
    if (cp >= 0xC0 && cp1258_byte(rev, cp) >= 0 &&
        !(i < len && vnfix_utf8_seq(in + i, len - i, &mk) && mk >= 0x300 && mk < 0x370)) {
        out[o++] = (uint32_t)cp1258_byte(rev, cp);
        *at = i;
        return o;
    }
    /* (nothing below U+00C0 has a canonical decomposition: most of a
     * line needs no ICU call) */
    size_t k = cp < 0xC0 ? 0 : vnfix_nfd_char(nfc, cp, full, n);   /* (n <= 4) */
    if (!k) full[0] = cp, k = 1;
    size_t own = k;                 /* full[0..own) is cp itself */
    /* the combining marks that follow */
    size_t m;
    while (k < 8 && i < len && (m = vnfix_utf8_seq(in + i, len - i, &mk)) && mk >= 0x300 && mk < 0x370) {
        full[k++] = mk;
        i += m;
    }
    *at = i;
    int ok = 1;
    for (size_t j = own; j < k; j++)
        if (cp1258_byte(rev, full[j]) < 0) ok = 0;
    if (ok && cp1258_byte(rev, cp) >= 0) {            /* the character's own byte */
        out[o++] = (uint32_t)cp1258_byte(rev, cp);
        for (size_t j = own; j < k; j++) out[o++] = (uint32_t)cp1258_byte(rev, full[j]);
        return o;
    }
    ok = 1;
    for (size_t j = 1; j < k; j++)
        if (cp1258_byte(rev, full[j]) < 0) ok = 0;
    size_t join = 0;
    for (size_t j = 1; j < k && ok && !join; j++) {
        uint32_t c = vnfix_nfc_compose_pair(nfc, full[0], full[j]);
        if (c && cp1258_byte(rev, c) >= 0) join = j;
    }
    if (ok && join) {                            /* the base joined with one mark */
        out[o++] = (uint32_t)cp1258_byte(rev, vnfix_nfc_compose_pair(nfc, full[0], full[join]));
        for (size_t j = 1; j < k; j++)
            if (j != join) out[o++] = (uint32_t)cp1258_byte(rev, full[j]);
    } else if (ok && cp1258_byte(rev, full[0]) >= 0) { /* the base and every mark */
        for (size_t j = 0; j < k; j++) out[o++] = (uint32_t)cp1258_byte(rev, full[j]);
    } else {
        out[o++] = cp1258_byte(rev, cp) >= 0 ? (uint32_t)cp1258_byte(rev, cp) : VNFIX_LITERAL | cp;
        for (size_t j = own; j < k; j++)
            out[o++] = cp1258_byte(rev, full[j]) >= 0 ? (uint32_t)cp1258_byte(rev, full[j]) : VNFIX_LITERAL | full[j];
    }
    return o;
}

static size_t units_from_cp1258_nfc(const vnfix_work *w, const unsigned char *in, size_t len, uint32_t *out)
{
    size_t i = 0, o = 0;
    while (i < len)
        o += cp1258_cluster(w, in, len, &i, out + o);
    return o;
}

/* Unit indices of a line to byte offsets, in place (ascending pairs). A
 * mojibake unit is one UTF-8 sequence (or one byte that is not UTF-8); a
 * Windows-1258 cluster gives one or more (an index inside one counts from
 * the cluster's start). */
static void unit_offsets(const vnfix_work *w, const unsigned char *s, size_t len, int moji,
                         size_t (*r)[2], size_t n)
{
    if (!moji)
        return;
    size_t unit = 0, at = 0;
    uint32_t tmp[8];
    for (size_t k = 0; k < 2 * n; k++) {
        size_t *x = &r[k / 2][k % 2];
        while (unit < *x && at < len) {
            uint32_t cp;
            size_t m;
            if (moji == VNFIX_MOJI_CP1258) {
                unit += cp1258_cluster(w, s, len, &at, tmp);
                continue;
            }
            m = vnfix_utf8_seq(s + at, len - at, &cp);
            at += m ? m : 1;
            unit++;
        }
        *x = at;
    }
}

/* The units a mojibake reading of a line decodes from: its UTF-8 taken
 * back to Windows-1252 bytes (moji 1), or to Windows-1258 bytes through
 * NFC's clusters (VNFIX_MOJI_CP1258). They depend on the line and the
 * form alone, never on the table read through. */
static size_t moji_units(const vnfix_work *w, const unsigned char *s, size_t len, int moji, uint32_t *out)
{
    return moji == VNFIX_MOJI_CP1258 ? units_from_cp1258_nfc(w, s, len, out) : vnfix_units_from_mojibake(s, len, out);
}

/* Whether a line of valid UTF-8 reads as Windows-1252 mojibake into the
 * text's own reading, in a table whose plain bits (w->plain) cover the
 * bytes seen[4] it is made of: it has no C1 control (U+0080-U+009F,
 * which would come back as the character Windows-1252 gives its byte)
 * and no ƣ (which the text's reading turns to ư). Then each character
 * is an ASCII byte, a Windows-1252 byte (vnfix_units_from_mojibake) that
 * such a table reads as that character again, or a literal that passes;
 * no mark joins, no C1 control is left to read sloppily, no capitals
 * are recovered and no soft hyphen restored, and the same code points
 * as vnfix_units_from_text's make the same NFC.
 *
 * *noseq: whether no such byte that may begin a UTF-8 sequence (C2-F4)
 * is followed by one that may go on with it (80-BF). Then double UTF-8
 * reads the line as the text's own reading too, though its plain bits
 * (bytes that begin no sequence) leave out every Latin-1 letter: its
 * decoding finds no sequence and gives each byte the character
 * Windows-1252 gives it, which is the character the byte was made of;
 * it recovers no capitals, restores no soft hyphen, and its ƣ (none
 * here) is the only letter it changes. */
static int plain_text(const unsigned char *s, size_t len, uint64_t seen[4], int *noseq)
{
    int prev = -1;                    /* the unit before, when a byte */
    seen[0] = seen[1] = seen[2] = seen[3] = 0;
    *noseq = 1;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        if (s[i] < 0x80) {
            seen[s[i] >> 6] |= (uint64_t)1 << (s[i] & 63);
            i++;
            prev = -1;                /* (ASCII neither begins nor goes on with one) */
            continue;
        }
        size_t m = vnfix_utf8_seq(s + i, len - i, &cp);
        if (!m || (cp >= 0x80 && cp < 0xA0) || cp == 0x1A2 || cp == 0x1A3)
            return 0;
        int b = vnfix_cp1252_byte(cp);
        if (b >= 0) {
            seen[b >> 6] |= (uint64_t)1 << (b & 63);
            if (prev >= 0xC2 && prev <= 0xF4 && b >= 0x80 && b <= 0xBF)
                *noseq = 0;
        }
        prev = b;
        i += m;
    }
    return 1;
}

/* VIQR types a tone after the vowel that carries it, and a full stop or a
 * question mark after a word is also the sentence's: in "chu'ng to^i." the
 * dot would put nặng on the i of "tôi", where no spelling puts it. So a '.'
 * or '?' that ends a word (no letter or digit follows) and joins its last
 * vowel is read as punctuation, as if escaped, when the word it makes is
 * no syllable or has its tone out of place and the word without it is a
 * syllable ("ngu+o+`i." is "người.", two tones otherwise). Where both read
 * ("vu." is "vụ" or "vu."), the mark stays: RFC 1456 escapes a literal
 * stop after a vowel, and the guard weighs such words. But mail ends its
 * sentences unescaped: "ddi." is "đi." far more often than "đị", a
 * spelling the language model (m, when there is one) never met in its
 * millions of words, so a tone that makes a word the model does not know
 * out of one it knows is the sentence's stop too. */
static inline int alpha_ascii(uint32_t x) { return (x | 0x20) >= 'a' && (x | 0x20) <= 'z'; }

static void viqr_final_stops(const vnfix_codec *c, const vnfix_model *m, uint32_t *u, size_t n)
{
    enum { MAXW = 24 };
    uint32_t with[MAXW], without[MAXW];
    for (size_t i = 1; i < n; i++) {
        if ((u[i] != '.' && u[i] != '?') || u[i - 1] == '\\')
            continue;
        if (i + 1 < n && u[i + 1] < 0x80 && (alpha_ascii(u[i + 1]) || (u[i + 1] >= '0' && u[i + 1] <= '9')))
            continue;
        size_t a = i;
        while (a > 0 && i - a < MAXW - 1 && u[a - 1] < 0x80 && (alpha_ascii(u[a - 1]) || c->mark[u[a - 1]]))
            a--;
        if (a == i || (a > 0 && u[a - 1] < 0x80 && (alpha_ascii(u[a - 1]) || c->mark[u[a - 1]])))
            continue;                        /* no letter before, or too long a word */
        size_t nw = vnfix_decode_units(c, u + a, i + 1 - a, with);
        size_t no = vnfix_decode_units(c, u + a, i - a, without);
        if (nw != no)
            continue;                        /* the mark stood apart already */
        if (!vnfix_syllable_parse(without, no, NULL))
            continue;
        if (!vnfix_syllable_parse(with, nw, NULL) || !vnfix_syllable_placed(with, nw) ||
            (m && vnfix_model_knows(m, without, no) == 1 && vnfix_model_knows(m, with, nw) != 1))
            u[i] |= VNFIX_LITERAL;
    }
}

/* In a mojibake reading, a cp1252 hole read 'sloppily' (a byte the table
 * left) stays the C1 control it was. */
static void moji_holes(uint32_t *c, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (c[i] & VNFIX_RAWBYTE)
            c[i] = vnfix_cp1252_char((uint8_t)c[i]);
}

/* vnfix_decode_as (line 1) and vnfix_decode_word_as (line 0); mu (may be
 * NULL): the line's moji_units for src.moji, nmu of them, made once for all
 * the tables a contest reads it through. */
static int decode_as(vnfix_work *w, const unsigned char *s, size_t len, vnfix_source src, const uint32_t *mu,
                     size_t nmu, int line)
{
    const vnfix_codec *c = vnfix_codec_get(src.enc);
    const uint32_t *units = w->units;
    size_t nu;
    w->nundec = 0;
    if (src.enc == VNFIX_ENC_UTF8) {
        /* The text's own code points, straight into cps: what the units of
         * vnfix_units_from_text less their flag (bytes that are not UTF-8
         * as VNFIX_RAWBYTE) and fix_artifacts made in three passes, in one,
         * ASCII eight bytes at a time (the text's decoding was a tenth of
         * the full path on clean text). */
        uint32_t *cp = w->cps;
        size_t i = 0, o = 0;
        int unstable = 0;
        while (i < len) {
            uint64_t x;
            if (i + 8 <= len && (memcpy(&x, s + i, 8), !(x & VNFIX_HIGHS8))) {
                for (size_t k = 0; k < 8; k++) cp[o + k] = s[i + k];
                i += 8, o += 8;
                continue;
            }
            uint32_t c;
            size_t m = vnfix_utf8_seq(s + i, len - i, &c);
            if (!m) {
                cp[o++] = VNFIX_RAWBYTE | s[i++];
                continue;
            }
            c = artifact_fixed(c);
            unstable |= !vnfix_nfc_stable(c);
            cp[o++] = c;
            i += m;
        }
        w->ncps = o;
        /* (vnfix_nfc_apply leaves code points that are all NFC-stable, or
         * raw bytes, as they are: most lines of Unicode are) */
        if (!unstable)
            return VNFIX_OK;
    } else {
        if (src.moji && mu)
            units = mu, nu = nmu;
        else if (src.moji)
            nu = moji_units(w, s, len, src.moji, w->units);
        else if (c->kind == VNFIX_KIND_MNEMONIC)
            viqr_final_stops(c, w->model, w->units, nu = vnfix_units_from_text(s, len, w->units));
        else
            nu = vnfix_units_from_bytes(s, len, w->units);
        w->ncps = vnfix_decode_units(c, units, nu, w->cps);
        if (src.moji)
            moji_holes(w->cps, w->ncps);
        if (c->flags & VNFIX_CODEC_NO_TONED_CAPS) {
            /* (these tables decode one unit to one code point, so the
             * indices are unit indices, turned here into byte offsets) */
            size_t m = vnfix_caps_recover(w->cps, w->ncps, w->undec, VNFIX_UNDEC_MAX, line ? c : NULL, units);
            w->nundec = m < VNFIX_UNDEC_MAX ? m : VNFIX_UNDEC_MAX;
            if (w->nundec)
                unit_offsets(w, s, len, src.moji, w->undec, w->nundec);
        }
        if (src.moji && (c->flags & VNFIX_CODEC_SHY_IS_LETTER))
            vnfix_shy_restore(w->cps, &w->ncps);
        if (src.enc == VNFIX_ENC_UTF8_DOUBLE)
            fix_artifacts(w->cps, w->ncps);
    }
    return vnfix_nfc_apply(&w->nfc, w->cps, &w->ncps);
}

int vnfix_decode_as(vnfix_work *w, const unsigned char *s, size_t len, vnfix_source src)
{
    return decode_as(w, s, len, src, NULL, 0, 1);
}

int vnfix_decode_word_as(vnfix_work *w, const unsigned char *s, size_t len, vnfix_source src)
{
    return decode_as(w, s, len, src, NULL, 0, 0);
}

/* ------------------------------------------------------------ scoring */
typedef struct { int valid, invalid, ascii, ascii_valid; } score;

static inline int separator(uint32_t c)
{
    if (c < 0x80)
        return !((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    switch (c) {
    case 0xA0: case 0xAB: case 0xBB: case 0x2013: case 0x2014: case 0x2018: case 0x2019:
    case 0x201A: case 0x201C: case 0x201D: case 0x201E: case 0x2022: case 0x2026:
    case 0x2039: case 0x203A:
        return 1;
    default:
        return 0;
    }
}

/* A separator that is a blank (no-break space). */
static int separator_blank(uint32_t c) { return c == 0xA0; }

/* An acronym with Đ (HĐND, ĐVSNCL): capitals only, and the Đ. */
static int acronym(const uint32_t *c, size_t n)
{
    int dd = 0;
    if (n < 2 || n > 10)
        return 0;
    for (size_t i = 0; i < n; i++) {
        if (c[i] == 0x110) dd = 1;
        else if (c[i] < 'A' || c[i] > 'Z') return 0;
    }
    return dd;
}

/* A syllable or an acronym with Đ; k <= 8. The answer is remembered by
 * the word's code points (n holds the length, and 1 << 8 when valid).
 * Inline for the scoring loops of this file: a call through the library's
 * symbol table cost as much as a hit in the memo. */
static inline int word_ok(vnfix_work *w, const uint32_t *tok, size_t k)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < k; i++) h = (h ^ tok[i]) * 16777619u;
    struct vnfix_memo *m = &w->memo[h >> (32 - MEMO_BITS)];
    if ((m->n & 0xFF) == k && !memcmp(m->cp, tok, k * sizeof *tok))
        return (m->n >> 8) & 1;
    int ok = vnfix_syllable_parse(tok, k, NULL) || acronym(tok, k);
    memcpy(m->cp, tok, k * sizeof *tok);
    m->n = (uint32_t)k | (uint32_t)ok << 8;
    return ok;
}

int vnfix_word_ok(vnfix_work *w, const uint32_t *tok, size_t k) { return word_ok(w, tok, k); }

/* vnfix_word_ok, and the tone where spelling puts it (vnfix_syllable_placed, in
 * the memo's bits 11 and 12). */
int vnfix_word_placed(vnfix_work *w, const uint32_t *tok, size_t k, int (*placed)(const uint32_t *, size_t))
{
    if (!word_ok(w, tok, k))
        return 0;
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < k; i++) h = (h ^ tok[i]) * 16777619u;
    struct vnfix_memo *m = &w->memo[h >> (32 - MEMO_BITS)];
    if (!(m->n & 1u << 11))
        m->n |= 1u << 11 | (uint32_t)(placed(tok, k) != 0) << 12;
    return (m->n >> 12) & 1;
}

double vnfix_word_cost(vnfix_work *w, const uint32_t *tok, size_t k, int *known)
{
    if (k > 8)
        return vnfix_model_word_info(w->model, tok, k, known);
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < k; i++) h = (h ^ tok[i]) * 16777619u;
    struct vnfix_kmemo *m = &w->kmemo[h >> (32 - KMEMO_BITS)];
    if (m->n != k + 1 || memcmp(m->cp, tok, k * sizeof *tok)) {
        int kn;
        m->cost = vnfix_model_word_info(w->model, tok, k, &kn);
        m->known = kn;
        memcpy(m->cp, tok, k * sizeof *tok);
        m->n = (uint32_t)k + 1;
    }
    *known = m->known;
    return m->cost;
}

uint32_t vnfix_word_id(vnfix_work *w, const uint32_t *tok, size_t k)
{
    if (k == 0 || k > 8)
        return vnfix_model_word_id(w->model, tok, k);
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < k; i++) h = (h ^ tok[i]) * 16777619u;
    struct vnfix_imemo *m = &w->imemo[h >> (32 - IMEMO_BITS)];
    if (m->n != k + 1 || memcmp(m->cp, tok, k * sizeof *tok)) {
        m->id = vnfix_model_word_id(w->model, tok, k);
        memcpy(m->cp, tok, k * sizeof *tok);
        m->n = (uint32_t)k + 1;
    }
    return m->id;
}

/* Whether the model knows a syllable (k <= 8): 1 without a model. Clean
 * text asks for the same few thousand words again and again. */
int vnfix_word_known(vnfix_work *w, const uint32_t *tok, size_t k)
{
    int known;
    if (!w->model)
        return 1;
    vnfix_word_cost(w, tok, k, &known);
    return known == 1;
}

/* List labels and Roman numerals are neutral evidence: documents letter
 * their items a) b) c) d) đ) e) and number parts with Roman numerals
 * ("Chương II", "IV."), and a lone "đ" or "II" is no syllable in any
 * reading, so counting it would set a line against the reading its
 * letters prove (Decree 30's layout, not a property of any one table).
 * A label is one letter of the Vietnamese alphabet (no f j w z) followed
 * by ")" or "." and a blank or the end, first on its line; a Roman
 * numeral is a word of capitals I V X L C D M in the usual form (below
 * 4000). Every scoring below (score_cps, confirms, confirms_bytes and
 * the token memo) skips them alike. */
static inline int blank_cp(uint32_t c) { return c == ' ' || c == '\t'; }

static int vn_letter(uint32_t c)
{
    if (c < 0x80) {
        unsigned l = c | 0x20;
        return l >= 'a' && l <= 'z' && l != 'f' && l != 'j' && l != 'w' && l != 'z';
    }
    switch (c) {
    case 0x102: case 0x103: case 0xC2: case 0xE2: case 0x110: case 0x111: case 0xCA: case 0xEA:
    case 0xD4: case 0xF4: case 0x1A0: case 0x1A1: case 0x1AF: case 0x1B0:
        return 1;
    default:
        return 0;
    }
}

/* c[0] a word of one letter, c[1] what ends it, c[2] (n > 2) after. */
static int label_at(const uint32_t *c, size_t n)
{
    return n >= 2 && vn_letter(c[0]) && (c[1] == ')' || c[1] == '.') && (n == 2 || blank_cp(c[2]));
}

static int roman_value(uint32_t c)
{
    switch (c) {
    case 'I': return 1; case 'V': return 5; case 'X': return 10; case 'L': return 50;
    case 'C': return 100; case 'D': return 500; case 'M': return 1000;
    default: return 0;
    }
}

/* (the usual form: its value written back the usual way gives it again) */
static int roman(const uint32_t *c, size_t n)
{
    static const char *const digit[4][10] = {
        {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"},
        {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"},
        {"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"},
        {"", "M", "MM", "MMM", "", "", "", "", "", ""}};
    int v = 0;
    if (n == 0 || n > 15) return 0;
    for (size_t i = 0; i < n; i++) {
        int a = roman_value(c[i]), b = i + 1 < n ? roman_value(c[i + 1]) : 0;
        if (!a) return 0;
        v += a < b ? -a : a;
    }
    if (v <= 0 || v >= 4000) return 0;
    char form[16];
    size_t k = 0;
    for (int p = 3, d = 1000; p >= 0; p--, d /= 10)
        for (const char *q = digit[p][v / d % 10]; *q && k < sizeof form; q++) form[k++] = *q;
    if (k != n) return 0;
    for (size_t i = 0; i < n; i++)
        if ((uint32_t)(unsigned char)form[i] != c[i]) return 0;
    return 1;
}

/* score_cps; lead: c[0..n) begins its line (a label can stand first);
 * *label (may be NULL): what the label first on the line counted where it
 * cannot (lead 0): 1 a valid word, 2 an invalid one, 0 none. cut (may be
 * NULL): set, and the scoring stopped, once valid - invalid can no longer
 * reach floor (the returned score is then partial). */
static score score_words(vnfix_work *w, const uint32_t *c, size_t n, int ascii_too, int lead, int *label);

/* (inlined into score_words, without a cut, and score_bounded, with one:
 * the bound's count and test cost the unbounded scoring nothing, which
 * most of a legacy file's readings are) */
static int raised_ok(vnfix_work *w, const uint32_t *c, size_t n);

static inline __attribute__((always_inline)) score
score_words_cut(vnfix_work *w, const uint32_t *c, size_t n, int ascii_too, int lead, int *label, int floor,
                int *cut, int anycase)
{
    score s = {0, 0, 0, 0};
    size_t i = 0;
    int first = 1;
    if (label) *label = 0;
    /* Only a word with a character beyond ASCII counts as valid (an ASCII
     * word counts in s.ascii alone), so the words still to come can add at
     * most as many valid ones as there are such words left. Each holds a
     * start: a character beyond ASCII after an ASCII one, a separator or
     * the line's start (its first such character: the word begins after a
     * separator), but for the word after a label passed over (lead), which
     * the 1 stands for. `left` counts the starts (taking every character of
     * U+00A0..U+00BF and U+2013..U+203A for a separator, a superset of
     * separator()'s), less one for each word read that has such a
     * character. */
    long left = 1;
    if (cut) {
        *cut = 0;
        uint32_t prev = 0;
        for (size_t k = 0; k < n; k++) {
            uint32_t x = c[k];
            left += x >= 0x80 && (prev < 0x80 || prev - 0xA0 < 0x20 || prev - 0x2013 < 0x28);
            prev = x;
        }
    }
    while (i < n) {
        if (!(c[i] & VNFIX_RAWBYTE) && separator(c[i])) {
            if (!blank_cp(c[i])) first = 0;
            i++;
            continue;
        }
        if (first && label_at(c + i, n - i)) {
            if (lead) { i++, first = 0; continue; }
            if (label) {
                score one = score_words(w, c + i, 1, 0, 0, NULL);
                *label = one.valid ? 1 : one.invalid ? 2 : 0;
            }
        }
        first = 0;
        size_t j = i;
        int ascii = 1, raw = 0, letters = 0, foreign = 0;
        while (j < n && ((c[j] & VNFIX_RAWBYTE) || !separator(c[j]))) {
            /* an ASCII letter, most of any word, at once */
            if (c[j] < 0x80) { letters++, j++; continue; }
            if (c[j] & VNFIX_RAWBYTE) raw = 1;
            else if (c[j] >= 0x80) ascii = 0;
            int vowel = vnfix_letter_info(c[j]).vowel != 0;
            foreign |= !vowel;
            if (vowel || (c[j] >= 0xC0 && c[j] < 0x250))
                letters++;
            j++;
        }
        if (j + 1 < n && c[j] >= 0x80 && !(c[j + 1] & VNFIX_RAWBYTE) && c[j + 1] >= 0x80 &&
            !separator_blank(c[j + 1]) && letters) {
            /* punctuation inside a word, not beside it: "phá»‘" is "phố"
             * read as Windows-1252, not "phá" and a quote */
            while (j < n && !((c[j] < 0x80 && separator(c[j])) || separator_blank(c[j]))) j++;
            s.invalid++;
        } else if (raw) {
            s.invalid++;
        } else if (ascii) {
            if (!roman(c + i, j - i)) {
                s.ascii++;
                if (ascii_too && j - i <= 8 && word_ok(w, c + i, j - i)) s.ascii_valid++;
            }
        } else if (!letters) {
            s.invalid++;            /* a run of symbols where text was */
        } else if (i > 0 && c[i - 1] - '0' < 10 && j < n && c[j] - '0' < 10) {
            /* letters between digits are no word ("16ồ20Ỗ40ỢN" is what
             * VISCII makes of TCVN3's "16°20’40”N"): a reading that makes
             * such a run a syllable proves nothing by it */
            s.invalid++;
        } else if (j - i <= 8 ? !foreign && (word_ok(w, c + i, j - i) || (anycase && raised_ok(w, c + i, j - i)))
                              : acronym(c + i, j - i)) {
            /* (a character beyond ASCII that is no letter of a syllable,
             * nor Đ, makes neither a syllable nor an acronym: the wrong
             * readings of the contest are full of them, and their words
             * neither cost a look-up in w->memo nor push others out) */
            s.valid++;
        } else {
            s.invalid++;
        }
        i = j;
        left -= !ascii || raw;
        if (cut && s.valid - s.invalid + left < floor) {
            *cut = 1;
            return s;
        }
    }
    return s;
}

static score score_words(vnfix_work *w, const uint32_t *c, size_t n, int ascii_too, int lead, int *label)
{
    return score_words_cut(w, c, n, ascii_too, lead, label, 0, NULL, 0);
}

/* score_words of a whole line (lead) with its cut */
static score score_bounded(vnfix_work *w, const uint32_t *c, size_t n, int ascii_too, int floor, int *cut)
{
    return score_words_cut(w, c, n, ascii_too, 1, NULL, floor, cut, 0);
}

static score score_cps(vnfix_work *w, const uint32_t *c, size_t n, int ascii_too)
{
    return score_words(w, c, n, ascii_too, 1, NULL);
}

/* score_words with each word valid as it reads or with toned letters
 * raised (raised_ok), for below_floor (its own copy: the scoring loops
 * of the others stay as they were) */
static __attribute__((noinline)) score score_anycase(vnfix_work *w, const uint32_t *c, size_t n, int ascii_too,
                                                     int lead)
{
    return score_words_cut(w, c, n, ascii_too, lead, NULL, 0, NULL, 1);
}

/* Whether the word c[0..n) (n <= 8, its letters all Vietnamese or ASCII)
 * is a syllable or an acronym with one or more of its toned lowercase
 * letters raised to their capitals, whichever: what capitals-font
 * recovery (caps.c) may make of it, for it changes nothing else (below_floor
 * with such a table). A word with more than four such letters is taken
 * for one (an upper bound is what is asked). */
static int raised_ok(vnfix_work *w, const uint32_t *c, size_t n)
{
    size_t at[8], nt = 0;
    for (size_t i = 0; i < n; i++) {
        vnfix_letter L = c[i] < 0x80 ? (vnfix_letter){0, 0, 0, 0} : vnfix_letter_info(c[i]);
        if (L.vowel && L.tone && !L.upper) at[nt++] = i;
    }
    if (nt > 4)
        return 1;
    uint32_t v[8];
    for (unsigned set = 1; set < 1u << nt; set++) {
        memcpy(v, c, n * sizeof *c);
        for (size_t k = 0; k < nt; k++)
            if (set >> k & 1) {
                vnfix_letter L = vnfix_letter_info(c[at[k]]);
                v[at[k]] = vnfix_letter_compose(L.vowel, L.tone, 1);
            }
        if (word_ok(w, v, n))
            return 1;
    }
    return 0;
}

/* Whether a decoding confirms a source without a contest: 1 when its
 * first `enough` words with letters beyond ASCII (or all of them, if fewer)
 * are valid syllables, with their count in *valid; 0 at the first invalid
 * one. A line in another source does not read as several valid syllables
 * in a row, and text that is already right does not fail early. Reads
 * UTF-8 (u, n) or code points (c, n). */
static int confirms(vnfix_work *w, const unsigned char *u, const uint32_t *c, size_t n, int enough, int *valid,
                    int *plain)
{
    uint32_t tok[9], cp;
    size_t i = 0, m = 1;
    int first = 1;
    *valid = 0;
    if (plain) *plain = 0;
#define NEXT() (u ? (m = vnfix_utf8_seq(u + i, n - i, &cp)) != 0 : ((cp = c[i]), !(cp & VNFIX_RAWBYTE)))
    while (i < n) {
        if (!NEXT()) return 0;
        if (separator(cp)) {
            if (!blank_cp(cp)) first = 0;
            i += m;
            continue;
        }
        size_t k = 0;
        int ascii = 1, letters = 0;
        while (i < n) {
            if (!NEXT()) return 0;
            if (separator(cp)) break;
            if (cp >= 0x80) ascii = 0;
            if (cp < 0x80 || vnfix_letter_info(cp).vowel || (cp >= 0xC0 && cp < 0x250)) letters++;
            if (k < 9) tok[k] = cp;
            k++;
            i += m;
        }
        if (first && k == 1 && i < n) {          /* a label (score_words) */
            uint32_t l[3] = {tok[0], cp, 0};
            size_t nl = 2;
            if (i + 1 < n) l[nl++] = u ? u[i + 1] : c[i + 1];
            first = 0;
            if (label_at(l, nl)) continue;
        }
        first = 0;
        if (ascii) {
            if (plain && k <= 8 && !roman(tok, k) && word_ok(w, tok, k)) (*plain)++;
            continue;
        }
        if (!letters || k > 8 || !word_ok(w, tok, k)) return 0;
        if (++*valid >= enough) return 1;
    }
#undef NEXT
    return 1;
}

/* confirms() for bytes through a decode table whose bytes decode to NFC
 * one by one: the same answer, without decoding a line that then fails. */
static int confirms_bytes(vnfix_work *w, const unsigned char *u, const uint16_t *tab, size_t n, int enough,
                          int *valid)
{
    uint32_t tok[9];
    size_t i = 0;
    int first = 1;
    *valid = 0;
    while (i < n) {
        uint32_t cp = tab[u[i]];
        if (cp == VNFIX_NOCP) return 0;
        if (separator(cp)) {
            if (!blank_cp(cp)) first = 0;
            i++;
            continue;
        }
        size_t k = 0;
        int ascii = 1, letters = 0;
        for (; i < n; i++) {
            cp = tab[u[i]];
            if (cp == VNFIX_NOCP) return 0;
            if (separator(cp)) break;
            if (cp >= 0x80) ascii = 0;
            if (cp < 0x80 || vnfix_letter_info(cp).vowel || (cp >= 0xC0 && cp < 0x250)) letters++;
            if (k < 9) tok[k] = cp;
            k++;
        }
        if (first && k == 1 && i < n) {          /* a label (score_words) */
            uint32_t l[3] = {tok[0], cp, 0};
            size_t nl = 2;
            if (i + 1 < n) l[nl++] = tab[u[i + 1]];
            first = 0;
            if (label_at(l, nl)) continue;
        }
        first = 0;
        if (ascii) continue;
        if (!letters || k > 8) return 0;
        if (!word_ok(w, tok, k)) return 0;
        if (++*valid >= enough) return 1;
    }
    return 1;
}

/* Whether every word of the UTF-8 line with a Latin-1 letter (what a
 * legacy table also yields) is a syllable (one the model knows, if there
 * is one: "cã" is TCVN3 for "có"). This runs on every line of Unicode
 * Vietnamese, so it works on bytes: a word is a run of ASCII letters and
 * sequences of two or more bytes other than the symbols' (C2 xx: ° « ©;
 * E2 xx: “ ” – …); only words with a Latin-1 letter (C3 xx) are judged,
 * through a memo of their bytes. */
static int word_bytes_ok(vnfix_work *w, const unsigned char *s, size_t n)
{
    uint32_t h = 2166136261u, tok[8], cp;
    for (size_t i = 0; i < n; i++) h = (h ^ s[i]) * 16777619u;
    struct vnfix_bmemo *m = &w->bmemo[h >> (32 - BMEMO_BITS)];
    if (m->n == n && !memcmp(m->b, s, n))
        return m->ok;
    size_t k = 0, at = 0, len;
    int ok = 1;
    while (at < n && ok) {
        if (!(len = vnfix_utf8_seq(s + at, n - at, &cp)) || k == 8) ok = 0;
        else tok[k++] = cp, at += len;
    }
    /* (a syllable that TCVN3 or VNI pasted into Unicode may make is for
     * the guard to judge in its line: "vô" for "vụ") */
    int syllable = ok && word_ok(w, tok, k);
    ok = syllable && vnfix_word_known(w, tok, k);
    if (syllable && vnfix_guard_suspect(w, s, n))
        ok |= VNFIX_WORD_SUSPECT;
    memcpy(m->b, s, n);
    m->n = (uint8_t)n, m->ok = (uint8_t)ok;
    return ok;
}

static inline int ascii_letter(unsigned c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

/* The word around the letter at p (a lead byte C3 or above) of s[0..len):
 * VNFIX_WORD_OK when it passes (see latin1_words_ok), with
 * VNFIX_WORD_SUSPECT when its line must judge it; where it ends in *end. */
int vnfix_word_at_ok(vnfix_work *w, const unsigned char *s, size_t len, const unsigned char *p,
                     const unsigned char **end_)
{
    const unsigned char *a = p, *b = p, *end = s + len;
    while (a > s) {                          /* back to the word's start */
        const unsigned char *q = a - 1;
        if (*q < 0x80) {
            if (!ascii_letter(*q)) break;
            a = q;
            continue;
        }
        while (q > s && (*q & 0xC0) == 0x80 && a - q < 4) q--;
        if (*q < 0xC3 || *q == 0xE2 || (*q & 0xC0) == 0x80) break;
        a = q;
    }
    while (b < end) {                        /* on to its end */
        unsigned c = *b;
        if (c < 0x80) {
            if (!ascii_letter(c)) break;
            b++;
            continue;
        }
        if (c < 0xC3 || c == 0xE2 || c >= 0xF8) break;
        b += c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    }
    if (b > end) b = end;
    *end_ = b;
    return (size_t)(b - a) > sizeof w->bmemo->b ? VNFIX_WORD_OK : word_bytes_ok(w, a, (size_t)(b - a));
}

int vnfix_word_suspect(vnfix_work *w, const unsigned char *s, size_t len)
{
    const unsigned char *p = memchr(s, 0xC3, len), *end;
    return p && (vnfix_word_at_ok(w, s, len, p, &end) & VNFIX_WORD_SUSPECT);
}

/* (the words are found from their Latin-1 letters, by memchr: the rest of
 * the line is not looked at) */
static int latin1_words_ok(vnfix_work *w, const unsigned char *s, size_t len)
{
    const unsigned char *p = s, *end = s + len, *b;
    while ((p = memchr(p, 0xC3, (size_t)(end - p))) != NULL) {
        if (vnfix_word_at_ok(w, s, len, p, &b) != VNFIX_WORD_OK)
            return 0;
        p = b > p ? b : p + 1;
    }
    return 1;
}

/* ------------------------------------------------------------ choice */
static const vnfix_encoding legacy[] = {
    VNFIX_ENC_VNI, VNFIX_ENC_TCVN3, VNFIX_ENC_VISCII, VNFIX_ENC_VPS, VNFIX_ENC_CP1258,
};

static void keep_best(vnfix_work *w)
{
    memcpy(w->best, w->cps, w->ncps * sizeof *w->cps);
    w->nbest = w->ncps;
    memcpy(w->best_undec, w->undec, w->nundec * sizeof w->undec[0]);
    w->nbest_undec = w->nundec;
}

static int same_as_best(const vnfix_work *w)
{
    return w->ncps == w->nbest && !memcmp(w->cps, w->best, w->ncps * sizeof *w->cps);
}

/* Which of the reading in w->cps and the one kept in w->best the model
 * finds likelier by more than a nat: 1 the new one, -1 the kept one, 0
 * neither. */
static int likelier(vnfix_work *w)
{
    double a = vnfix_guard_cost(w, w->cps, w->ncps), b = vnfix_guard_cost(w, w->best, w->nbest);
    return a + 1.0 < b ? 1 : b + 1.0 < a ? -1 : 0;
}

/* What Windows-1258 and NFC left that the repair could not take back: a
 * combining mark with no letter to sit on, or a letter NFC made of a
 * consonant and a mark byte (ḥ ń ...). */
static int cp1258_remnants(const uint32_t *c, size_t n)
{
    int k = 0;
    for (size_t i = 0; i < n; i++)
        if ((c[i] >= 0x300 && c[i] < 0x370) || (c[i] >= 0x1E00 && c[i] < 0x1EA0) ||
            (c[i] >= 0x139 && c[i] <= 0x1F9 && cp1258_sign(c[i], 0)))
            k++;
    return k;
}

/* Whether the line bears the sign of the misreading a mojibake source is. */
static int signed_for(unsigned f, vnfix_source src)
{
    return (f & (src.moji == VNFIX_MOJI_CP1258 ? L_1258_SIGN : L_MOJI_SIGN)) != 0;
}

#define same_source vnfix_same_source

static void finish(vnfix_decision *d, score s, int margin)
{
    d->strong = 1;
    d->valid = s.valid;
    d->invalid = s.invalid;
    d->vietnamese = s.valid > 0;
    double share = s.valid + s.invalid ? (double)s.valid / (s.valid + s.invalid) : 1.0;
    double m = margin < 0 ? 0 : margin;
    d->confidence = d->vietnamese ? share * (0.5 + 0.5 * m / (m + 1.0)) : 1.0;
}

/* The bytes a decoding passed through uninterpreted: where the first is. */
static void note_bad(const vnfix_work *w, const unsigned char *s, size_t len, size_t bad_utf8, vnfix_decision *d)
{
    d->bad_offset = SIZE_MAX;
    if (d->src.moji) {
        /* A strict cp1252 decoder turned the five bytes it does not define
         * (which VISCII and VPS use) into U+FFFD: those letters are lost. */
        for (const unsigned char *p = s; (p = memchr(p, 0xEF, len - (size_t)(p - s))) != NULL; p++)
            if ((size_t)(p - s) + 2 < len && p[1] == 0xBF && p[2] == 0xBD) {
                d->bad_offset = (size_t)(p - s);
                d->lost = 1;
                return;
            }
    }
    for (size_t i = 0; i < w->nbest; i++)
        if (w->best[i] & VNFIX_RAWBYTE) {
            /* the byte itself: the first occurrence in the line */
            const unsigned char *p = memchr(s, (int)(w->best[i] & 0xFF), len);
            d->bad_offset = p ? (size_t)(p - s) : bad_utf8;
            break;
        }
}

static int read_tokens(vnfix_work *w, const vnfix_codec *c, const unsigned char *s, size_t len, int named,
                       score *sc);

static int read_viqr(vnfix_work *w, const unsigned char *s, size_t len, int named, vnfix_decision *d);

/* A named source: no choice, only the form (bytes or mojibake) per line. */
static int decide_forced(vnfix_work *w, const unsigned char *s, size_t len, vnfix_encoding forced, unsigned f,
                         size_t bad, vnfix_decision *d)
{
    int rc;
    vnfix_source src = {VNFIX_ENC_UTF8, 0};
    if (forced == VNFIX_ENC_VIQR && (f & ~(unsigned)L_MNEMONIC) == (L_ASCII | L_VALID | L_NFC_SAFE) &&
        read_viqr(w, s, len, 1, d))
        return VNFIX_OK;                     /* (a line of ASCII, word by word) */
    if (forced == VNFIX_ENC_VIQR)
        src.enc = forced;
    else if (forced == VNFIX_ENC_UTF8_DOUBLE && (f & L_VALID))
        src.enc = forced, src.moji = 1;
    else if (forced != VNFIX_ENC_UTF8 && forced != VNFIX_ENC_UTF8_DOUBLE &&
             (!(f & L_ASCII) || (f & L_CTRL_LETTER))) {
        if (!(f & L_VALID)) src.enc = forced;
        else if (!(f & L_VN_ONLY)) src.enc = forced, src.moji = 1;
    }
    if (src.enc == VNFIX_ENC_UTF8 && (f & L_NFC_SAFE) && !(f & L_ARTIFACT)) {
        d->fast = 1;
        return VNFIX_OK;
    }
    d->vietnamese = !(f & L_ASCII) || (f & L_CTRL_LETTER) || forced == VNFIX_ENC_VIQR;
    const vnfix_codec *codec = vnfix_codec_get(src.enc);
    if (!src.moji && codec->utf8 && !(f & L_BINARY)) {
        /* one step from bytes to NFC UTF-8 when the line allows it */
        w->ndirect = vnfix_decode_direct(codec, s, len, w->direct);
        if (w->ndirect != SIZE_MAX) {
            d->src = src;
            d->direct = 1;
            return VNFIX_OK;
        }
    }
    score sf = {1, 0, 0, 0};   /* named source: Vietnamese if anything was decoded */
    score st;
    if (!src.moji && codec->kind == VNFIX_KIND_BYTES && read_tokens(w, codec, s, len, 1, &st) > 0) {
        /* (what the lines below make of it, token by token, where no byte
         * means nothing: note_bad has nothing to note) */
        d->src = src;
        d->direct = 1;
        finish(d, (score){1, 0, 0, 0}, 1);
        d->vietnamese = !(f & L_ASCII) || (f & L_CTRL_LETTER) || forced == VNFIX_ENC_VIQR;
        return VNFIX_OK;
    }
    if ((rc = vnfix_decode_as(w, s, len, src)))
        return rc;
    keep_best(w);
    d->src = src;
    if (src.moji && (f & L_NONINV)) {
        sf = score_cps(w, w->best, w->nbest, 0);
        /* valid UTF-8 by accident ("nước" in VISCII is U+07FE)? */
        vnfix_source raw = {forced, 0};
        if ((rc = vnfix_decode_as(w, s, len, raw)))
            return rc;
        score sr = score_cps(w, w->cps, w->ncps, 0);
        if (sr.valid - sr.invalid > sf.valid - sf.invalid) {
            keep_best(w);
            d->src = raw, sf = sr;
        }
    }
    finish(d, sf, 1);
    d->vietnamese = !(f & L_ASCII) || (f & L_CTRL_LETTER) || forced == VNFIX_ENC_VIQR;
    note_bad(w, s, len, bad, d);
    return VNFIX_OK;
}

/* Whether bytes hold a UTF-8 sequence of two bytes or more (a Unicode
 * word the guard would have to keep in a line of legacy bytes). */
static int has_utf8_sequence(const unsigned char *s, size_t len)
{
    uint32_t cp;
    for (size_t i = 0; i < len; i++) {
        /* Eight bytes without a continuation byte (10xxxxxx) start no
         * sequence in their first seven: skip those seven. Legacy text has
         * few bytes 80-BF, so this is most of the line. */
        while (i + 8 <= len) {
            uint64_t x;
            memcpy(&x, s + i, 8);
            if (x & ~(x << 1) & VNFIX_HIGHS8) break;
            i += 7;
        }
        if (s[i] >= 0xC2 && vnfix_utf8_seq(s + i, len - i, &cp) > 1)
            return 1;
    }
    return 0;
}

/* What reading its line reads of one blank-separated token of legacy
 * bytes (see read_tokens). */
typedef struct {
    int bad;                        /* a byte that means nothing */
    int seq;                        /* a UTF-8 sequence (has_utf8_sequence) */
    int valid, invalid;             /* its words' score */
    int label;                      /* first on its line, drop: score_words */
    vnfix_caps_count caps;
    size_t nout;                    /* its NFC UTF-8, <= 3 * len bytes */
} token_read;

static int read_token(vnfix_work *w, const vnfix_codec *c, const unsigned char *t, size_t len, token_read *r,
                      unsigned char *out)
{
    memset(r, 0, sizeof *r);
    r->seq = has_utf8_sequence(t, len);
    size_t n = vnfix_decode_units(c, w->units, vnfix_units_from_bytes(t, len, w->units), w->cps);
    for (size_t i = 0; i < n; i++)
        if (w->cps[i] & VNFIX_RAWBYTE) {
            r->bad = 1;
            return VNFIX_OK;
        }
    if (c->flags & VNFIX_CODEC_NO_TONED_CAPS)
        vnfix_caps_count_piece(w->cps, n, &r->caps);
    int rc = vnfix_nfc_apply(&w->nfc, w->cps, &n);
    if (rc) return rc;
    /* (scored as if inside its line, told what first on it would drop) */
    score sc = score_words(w, w->cps, n, 0, 0, &r->label);
    r->valid = sc.valid, r->invalid = sc.invalid;
    r->nout = vnfix_cps_to_utf8(w->cps, n, out);
    return VNFIX_OK;
}

_Static_assert(sizeof(struct vnfix_tok) == 64, "a token memo entry is one cache line");


/* The length of the token at t (up to the next blank or end, avail bytes
 * readable) and, when it is at most VNFIX_TOK_MAX, its memo key: its
 * bytes, zero-padded. With 16 bytes to read, two loads find both: a call
 * to memchr per token, and copying a token into a zeroed buffer to load it
 * back (the loads stalled on the stores), cost more than the look-up. */
static inline size_t next_token(const unsigned char *t, size_t avail, uint64_t k[2])
{
    size_t n;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (avail >= 16) {
        uint64_t a, b;
        memcpy(&a, t, 8);
        memcpy(&b, t + 8, 8);
        /* (little-endian: the token's bytes are the low ones) */
        n = vnfix_before_blank(a);
        if (n < 8) {
            k[0] = a & ((1ull << (8 * n)) - 1), k[1] = 0;
            return n;
        }
        n = 8 + vnfix_before_blank(b);
        if (n <= VNFIX_TOK_MAX) {
            k[0] = a, k[1] = b & ((1ull << (8 * (n - 8))) - 1);
            return n;
        }
    }
#endif
    const unsigned char *sp = memchr(t, ' ', avail);
    n = sp ? (size_t)(sp - t) : avail;
    if (n <= VNFIX_TOK_MAX) {
        k[0] = k[1] = 0;
        memcpy(k, t, n);
    }
    return n;
}

/* Legacy bytes in the neighbours' source (a byte table, with pairs or
 * without), read token by token into w->direct, the tokens of up to
 * VNFIX_TOK_MAX bytes through the memo w->tok: 1 when the line reads as
 * prior_bytes's general path accepts (no byte that means nothing, two
 * valid syllables or more and no invalid word), with the score in *sc;
 * -1 when the tokens prove that path would not accept it (so it need not
 * read the line); 0 leaves the line to that path.
 *
 * The same output as decoding the whole line, because each step reads
 * the line's blank-separated tokens independently: no table has a pair
 * whose base is a blank, NFC composes nothing with a blank, the score's
 * words end at blanks, and caps.c's counts add up over the tokens (when
 * they leave no word of capitals to recover: vnfix_caps_piecewise; the
 * capitals of a sentence's or a name's first letter, which tokens cannot
 * see, are put back on the joined line, vnfix_caps_raise_line). Lines the guard
 * reads after that path (a UTF-8 sequence among the bytes, which never
 * holds a blank: a token's memo entry says so) are left to it. A byte that means nothing is an invalid word to the score whatever caps.c
 * does; an invalid word is one for the line where caps.c does nothing: no
 * need to read on then. With named (decide_forced: the caller's source,
 * no guard, no score), 1 whatever the words are, 0 where caps.c would
 * recover a word of capitals, -1 for a byte that means nothing. */
static int read_tokens(vnfix_work *w, const vnfix_codec *c, const unsigned char *s, size_t len, int named,
                       score *sc)
{
    if (c->kind != VNFIX_KIND_BYTES)
        return 0;
    unsigned char *o = w->direct;
    vnfix_caps_count caps = {0, 0, 0};
    int valid = 0, invalid = 0, first = 1;
    size_t i = 0;
    while (i < len) {
        if (s[i] == ' ') { *o++ = ' '; i++; continue; }
        const unsigned char *t = s + i;
        uint64_t k[2];
        size_t n = next_token(t, len - i, k);
        i += n;
        /* The token's reading, added up in plain locals: copied into a
         * token_read on the stack, the memo's bytes came back as wider
         * loads than they were stored with, and each such load waited for
         * the stores to reach the cache (40 % of this loop). */
        unsigned nout, tv, ti, seq, cw, ow, fw, lb;
        if (n > VNFIX_TOK_MAX) {             /* (long: read alone, not kept) */
            token_read r;
            if (read_token(w, c, t, n, &r, o))
                return 0;
            if (r.bad)
                return -1;
            nout = (unsigned)r.nout, tv = (unsigned)r.valid, ti = (unsigned)r.invalid, seq = (unsigned)r.seq;
            cw = r.caps.caps_words, ow = r.caps.other_words, fw = r.caps.font_words;
            lb = (unsigned)r.label;
        } else {
            uint64_t h = (k[0] * 0x9E3779B97F4A7C15ull) ^ (k[1] * 0xC2B2AE3D27D4EB4Full) ^ n;
            h ^= h >> 29;
            struct vnfix_tok *e = &w->tok[(h * 0xBF58476D1CE4E5B9ull) >> (64 - VNFIX_TOK_BITS)];
            if (e->len != n || e->enc != (uint8_t)c->id || e->k0 != k[0] || e->k1 != (uint32_t)k[1]) {
                unsigned char out[3 * VNFIX_TOK_MAX];
                token_read r;
                if (read_token(w, c, t, n, &r, out))
                    return 0;
                /* (a short token's counts are below 13) */
                e->k0 = k[0], e->k1 = (uint32_t)k[1], e->len = (uint8_t)n, e->enc = (uint8_t)c->id;
                e->bad = (uint8_t)r.bad, e->seq = (uint8_t)r.seq, e->nout = (uint8_t)r.nout;
                e->valid = (uint8_t)r.valid, e->invalid = (uint8_t)r.invalid;
                e->caps_words = (uint8_t)r.caps.caps_words, e->other_words = (uint8_t)r.caps.other_words;
                e->font_words = (uint8_t)r.caps.font_words;
                e->label = (uint8_t)r.label;
                memcpy(e->out, out, r.nout);
            }
            if (e->bad)
                return -1;
            memcpy(o, e->out, sizeof e->out);   /* (all of it, in a few moves: w->direct has room) */
            nout = e->nout, tv = e->valid, ti = e->invalid, seq = e->seq;
            cw = e->caps_words, ow = e->other_words, fw = e->font_words;
            lb = e->label;
        }
        if (first) {                         /* a list label counts nothing there */
            if (lb == 1) tv--;
            else if (lb == 2) ti--;
            for (size_t b = 0; b < n && first; b++)
                first = t[b] == '\t';       /* (a token of tabs leaves the line's start ahead) */
        }
        if (seq && !named)
            return 0;                        /* (for the guard) */
        o += nout;
        valid += (int)tv, invalid += (int)ti;
        if (invalid && !named && !(c->flags & VNFIX_CODEC_NO_TONED_CAPS))
            return -1;
        caps.caps_words += cw, caps.other_words += ow;
        caps.font_words += fw;
    }
    if (!vnfix_caps_piecewise(&caps) ||
        ((c->flags & VNFIX_CODEC_NO_TONED_CAPS) &&
         vnfix_caps_raise_line(c, s, len, w->direct, (size_t)(o - w->direct))))
        return 0;
    if (!named && (invalid || valid < 2))
        return -1;
    w->ndirect = (size_t)(o - w->direct);
    *sc = (score){valid, 0, 0, 0};
    return 1;
}

/* One token of a VIQR line read alone (see read_viqr): its score, what
 * the guard does with it, its NFC UTF-8 into out (3 * len bytes of room).
 * Nonzero on an error. */
static int viqr_token(vnfix_work *w, const unsigned char *t, size_t len, unsigned *gv, unsigned *valid,
                      unsigned *invalid, int *label, unsigned char *out, size_t *nout)
{
    int rc = vnfix_decode_as(w, t, len, (vnfix_source){VNFIX_ENC_VIQR, 0});
    if (rc) return rc;
    score sc = score_words(w, w->cps, w->ncps, 0, 0, label);
    *valid = (unsigned)sc.valid, *invalid = (unsigned)sc.invalid;
    *gv = (unsigned)vnfix_guard_viqr_word(w, t, len, w->cps, w->ncps);
    *nout = vnfix_cps_to_utf8(w->cps, w->ncps, out);
    return VNFIX_OK;
}

/* A line of ASCII with VIQR's marks, its neighbours in VIQR: what
 * prior_reads and then the guard make of it, read word by word (the
 * guard's words, between its blanks) into w->direct, the words of up to
 * VNFIX_TOK_MAX bytes through the memo w->tok: 1 when that decides the
 * line (d set as they would), 0 leaves the line to them. The same output
 * and decision, because nothing they do reads across a blank there:
 * VIQR's decoding pairs no mark with a blank nor escapes one, and makes
 * no combining mark for NFC to join; the score's words end at blanks; the
 * line as it stands scores nothing (its words are ASCII, which count only
 * with ascii_too), so prior_reads takes the VIQR reading when it has two
 * valid syllables or more and no invalid word; and the guard does with
 * each word what the word alone says (vnfix_guard_viqr_word), but for a
 * full stop before a digit or a capital, asked here of the next word.
 * With named (VIQR named: decide_forced, then the guard, with VIQR for
 * the neighbours' source), any line of ASCII, whatever its score. */
static int read_viqr(vnfix_work *w, const unsigned char *s, size_t len, int named, vnfix_decision *d)
{
    unsigned char *o = w->direct;
    unsigned valid = 0, own = 0;
    int changed = 0, seen = 0;
    size_t i = 0;
    while (i < len) {
        if (vnfix_guard_blank(s[i])) { *o++ = s[i++]; continue; }
        const unsigned char *t = s + i;
        while (i < len && !vnfix_guard_blank(s[i])) i++;
        size_t n = (size_t)(s + i - t), nout;
        unsigned gv, tv, ti;
        int lb;
        const unsigned char *out = o;
        if (n > VNFIX_TOK_MAX) {             /* (long: read alone, not kept) */
            if (viqr_token(w, t, n, &gv, &tv, &ti, &lb, o, &nout))
                return 0;
        } else {
            uint64_t k[2] = {0, 0};
            memcpy(k, t, n);
            uint64_t h = (k[0] * 0x9E3779B97F4A7C15ull) ^ (k[1] * 0xC2B2AE3D27D4EB4Full) ^ n;
            h ^= h >> 29;
            struct vnfix_tok *e = &w->tok[(h * 0xBF58476D1CE4E5B9ull) >> (64 - VNFIX_TOK_BITS)];
            if (e->len != n || e->enc != VNFIX_ENC_VIQR || e->k0 != k[0] || e->k1 != (uint32_t)k[1]) {
                unsigned char buf[3 * VNFIX_TOK_MAX];
                if (viqr_token(w, t, n, &gv, &tv, &ti, &lb, buf, &nout))
                    return 0;
                /* (a short token's counts are below 13) */
                e->k0 = k[0], e->k1 = (uint32_t)k[1], e->len = (uint8_t)n, e->enc = VNFIX_ENC_VIQR;
                e->gv = (uint8_t)gv, e->valid = (uint8_t)tv, e->invalid = (uint8_t)ti, e->nout = (uint8_t)nout;
                e->label = (uint8_t)lb;
                memcpy(e->out, buf, nout);
            }
            gv = e->gv, tv = e->valid, ti = e->invalid, nout = e->nout, lb = e->label;
            out = e->out;
        }
        if (lb && !seen)
            return 0;                        /* (a list label first: the whole line's to score) */
        seen = 1;
        if ((ti && !named) || (gv & VNFIX_GV_ODD))
            return 0;                        /* (prior_reads would not take it; the guard's to judge) */
        valid += tv;
        own += (gv & VNFIX_GV_OWN) != 0;
        if ((gv & VNFIX_GV_TAKE) && !((gv & VNFIX_GV_STOP) && vnfix_guard_viqr_stop_before(s, len, i))) {
            memmove(o, out, nout);
            o += nout;
            changed = 1;
        } else {
            memcpy(o, t, n);
            o += n;
        }
    }
    if (valid < 2 && !named)
        return 0;
    d->src = (vnfix_source){VNFIX_ENC_VIQR, 0};
    if (named)                               /* (decide_forced's: Vietnamese, whatever it scores) */
        finish(d, (score){1, 0, 0, 0}, 1);
    else
        finish(d, (score){(int)valid, 0, 0, 0}, (int)valid);
    /* (vnfix_guard: a line that proves its source by itself) */
    d->strong = own > 0;
    if (changed) {
        d->direct = 1;
        w->ndirect = (size_t)(o - w->direct);
    } else {                                 /* (the guard kept every word: the line as it stands) */
        d->src.enc = VNFIX_ENC_UTF8;
        d->fast = 1;
        d->vietnamese = named;               /* (vnfix_decide's for VIQR named) */
    }
    return 1;
}

/* Whether a reading left a byte no table reads. */
static int raw_in(const uint32_t *c, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (c[i] & VNFIX_RAWBYTE) return 1;
    return 0;
}

/* The words of a reading that are signs of real documents alone (score
 * words are cut at ASCII other than letters and at separator()): "°" in
 * "16°37". */
static int sign_words(const uint32_t *c, size_t n)
{
    int words = 0;
    size_t i = 0;
    while (i < n) {
        if (separator(c[i])) { i++; continue; }
        int signs = 1;
        for (; i < n && !separator(c[i]); i++)
            signs &= vnfix_guard_sign(c[i]);
        words += signs;
    }
    return words;
}

/* Whether a short line's reading is the source's: every byte beyond
 * ASCII read as a Vietnamese letter or a sign of real documents (° ’ ”
 * of a coordinate, "§" as TCVN3's Đ), not left as a byte nor read as a
 * letter of another alphabet (ÿ, where TCVN3 has nothing); with letters,
 * no word failing but one of a single such letter ("Đ" alone). */
static int short_read(const uint32_t *c, size_t n, score sc)
{
    int letters = 0, signs = 0;
    for (size_t i = 0; i < n; i++) {
        if (c[i] < 0x80) continue;
        if (c[i] & VNFIX_RAWBYTE) return 0;
        if (vnfix_letter_info(c[i]).vowel) letters++;
        else if (vnfix_guard_sign(c[i])) signs++;
        else return 0;
    }
    /* (signs alone: the words the score fails are digits and signs,
     * "16°37’08”N") */
    return letters ? sc.invalid == 0 || (sc.invalid == 1 && letters == 1) : signs > 0;
}

/* Raw legacy bytes (not UTF-8) that the neighbour's source reads
 * cleanly: 1 when that decides the line (*rc set), without trying the
 * rest. */
static int prior_bytes(vnfix_work *w, const unsigned char *s, size_t len, const vnfix_source *prior, size_t bad,
                       vnfix_decision *d, int *rc)
{
    const vnfix_codec *pc = vnfix_codec_get(prior->enc);
    int v;
    if (pc->utf8 && confirms_bytes(w, s, pc->decode, len, 3, &v) && v >= 1 &&
        (w->ndirect = vnfix_decode_direct(pc, s, len, w->direct)) != SIZE_MAX) {
        d->src = *prior;
        d->direct = 1;
        finish(d, (score){v, 0, 0, 0}, v);
        return 1;
    }
    score sc;
    int tokens = read_tokens(w, pc, s, len, 0, &sc);
    if (tokens > 0) {
        d->src = *prior;
        d->direct = 1;
        finish(d, sc, sc.valid);
        return 1;
    }
    /* (tokens < 0: a word fails, a byte means nothing, or fewer than two
     * syllables, token by token; the whole line's reading decides below) */
    if ((*rc = vnfix_decode_as(w, s, len, *prior)))
        return 1;
    sc = score_cps(w, w->cps, w->ncps, 0);
    /* Two syllables prove the line, its other words read too (the words
     * the score fails for a sign alone, "°" between the digits of
     * "16°37’08”N", read as the signs they are); so does a line too short
     * to prove anything ("§" alone, TCVN3's Đ; signs; a label) that the
     * source reads whole: its bytes are no UTF-8, and passed through they
     * are no text at all, where the file's source reads them. */
    if ((sc.valid >= 2 && sc.invalid == sign_words(w->cps, w->ncps) && !raw_in(w->cps, w->ncps)) ||
        (sc.valid <= 1 && short_read(w->cps, w->ncps, sc))) {
        keep_best(w);
        d->src = *prior;
        finish(d, sc, sc.valid);
        note_bad(w, s, len, bad, d);
        return 1;
    }
    return 0;
}

/* Mojibake in the neighbour's source: the text as it stands fails early
 * and the neighbour's reading confirms. 1 when that decides the line. */
static int prior_mojibake(vnfix_work *w, const unsigned char *s, size_t len, unsigned f, const vnfix_source *prior,
                          size_t bad, vnfix_decision *d, int *rc)
{
    int vi, v, plain;
    if (!confirms(w, s, NULL, len, 3, &vi, NULL)) {
        if ((*rc = vnfix_decode_as(w, s, len, *prior)))
            return 1;
        int sign = signed_for(f, *prior);
        if (confirms(w, NULL, w->cps, w->ncps, INT_MAX, &v, sign ? NULL : &plain) && v >= 2 &&
            (sign || v >= plain)) {
            keep_best(w);
            d->src = *prior;
            finish(d, (score){v, 0, 0, 0}, v);
            note_bad(w, s, len, bad, d);
            return 1;
        }
    }
    return 0;
}

/* The sources a line that is not plainly Unicode may be in, into cand
 * (room for 20); how many. */
static size_t candidates(unsigned f, vnfix_source *cand)
{
    size_t nc = 0;
    if (f & L_ASCII) {
        if (f & L_MNEMONIC)
            cand[nc++] = (vnfix_source){VNFIX_ENC_VIQR, 0};
        if (f & L_CTRL_LETTER)
            cand[nc++] = (vnfix_source){VNFIX_ENC_VISCII, 0};
    } else {
        int moji = (f & L_VALID) != 0;
        for (size_t k = 0; k < sizeof legacy / sizeof legacy[0]; k++)
            cand[nc++] = (vnfix_source){legacy[k], moji};
        if (moji)
            cand[nc++] = (vnfix_source){VNFIX_ENC_UTF8_DOUBLE, 1};
        if (moji && (f & L_1258_SIGN))
            for (size_t k = 0; k < 4; k++)      /* (legacy[] without cp1258 itself) */
                cand[nc++] = (vnfix_source){legacy[k], VNFIX_MOJI_CP1258};
        /* Legacy bytes can happen to be valid UTF-8 ("nước" in VISCII is
         * U+07FE): then the line holds characters no misreading yields. */
        if (moji && (f & L_NONINV))
            for (size_t k = 0; k < sizeof legacy / sizeof legacy[0]; k++)
                cand[nc++] = (vnfix_source){legacy[k], 0};
    }
    return nc;
}

/* The neighbour's source first: 1 when it reads the line cleanly, which
 * decides it. */
static int prior_reads(vnfix_work *w, const unsigned char *s, size_t len, unsigned f, const vnfix_source *prior,
                       const vnfix_source *cand, size_t nc, score si, size_t bad, vnfix_decision *d, int *rc)
{
    for (size_t k = 0; k < nc; k++) {
        if (!same_source(cand[k], *prior)) continue;
        if ((*rc = vnfix_decode_as(w, s, len, cand[k])))
            return 1;
        score sc = score_cps(w, w->cps, w->ncps, cand[k].moji);
        if (sc.valid >= 2 && sc.invalid == 0 && sc.valid > si.valid - si.invalid &&
            (!cand[k].moji || signed_for(f, cand[k]) || sc.valid >= sc.ascii_valid)) {
            keep_best(w);
            d->src = cand[k];
            finish(d, sc, sc.valid - (si.valid - si.invalid));
            note_bad(w, s, len, bad, d);
            return 1;
        }
    }
    return 0;
}

/* What a unit u of a reading through table e may decode to (uclass). */
static inline unsigned unit_class(const vnfix_work *w, vnfix_encoding e, uint32_t u)
{
    if (u < 0x100)
        return w->uclass[e][u];
    uint32_t cp = u & ~VNFIX_LITERAL;
    return 1 | ((u & VNFIX_RAWBYTE) || separator(cp) || !vnfix_nfc_stable(cp) ? 2 : 0);
}

enum { BELOW_PIECES = 3 };              /* (1/8, 1/4 and 1/2 of the units) */

/* below_floor's bound on what u[q..nu) can add, rest[k] for the piece k0
 * that ends at q0 and for each piece after it that below_floor reaches
 * (its end q found as there, from the units alone), in one walk from q0.
 * Walked from a piece's end q, with the blank at q standing before it
 * (prev 2), the unit at q counts (cl & 1), and each unit after it counts
 * by its class and the class of the unit before it alone (prev is made
 * of that class only): so the rest from q is that first count and the
 * sum of the later units' counts from q + 1 on, the same sums from
 * whichever piece's end the walk starts, and the walks from the later
 * ends (their units walked again for each piece) are one. */
static void rest_bounds(const vnfix_work *w, vnfix_encoding e, const uint32_t *u, size_t nu, size_t lead, int k0,
                        size_t q0, long rest[BELOW_PIECES])
{
    size_t qs[BELOW_PIECES], at[BELOW_PIECES], p = q0;
    unsigned first[BELOW_PIECES];
    int ks[BELOW_PIECES], n = 0;
    ks[n] = k0, qs[n++] = q0;
    for (int k = k0 + 1; k < BELOW_PIECES; k++) {
        size_t q = nu >> (BELOW_PIECES - k);
        if (q <= p || q <= lead) continue;
        while (q < nu && u[q] != ' ') q++;
        if (q >= nu) break;                 /* (below_floor stops there) */
        ks[n] = k, qs[n++] = q;
        p = q;
    }
    unsigned cl = unit_class(w, e, u[q0]), prev = cl | ((cl & 1) ? 0 : 2);
    size_t sum = 0;
    int j = 1;
    first[0] = cl & 1, at[0] = 0;
    for (size_t i = q0 + 1; i < nu; i++) {
        cl = unit_class(w, e, u[i]);
        sum += (cl & 1) && (prev & 2);
        prev = cl | ((cl & 1) ? 0 : 2);
        if (j < n && i == qs[j])
            first[j] = cl & 1, at[j++] = sum;   /* (the sum past q: from here on) */
    }
    for (int m = 0; m < n; m++)
        rest[ks[m]] = (long)first[m] + (long)(sum - at[m]);
}

/* Whether the reading of the units u[0..nu) through the byte table c
 * (without capitals to recover or a soft hyphen to restore; moji: a
 * mojibake form, whose bytes that mean nothing are read as Windows-1252
 * gives them) scores below floor, found from a part of it: the words of
 * its first pieces, cut at blanks, decoded and scored as the line's are,
 * and a bound on what the rest can add. 1 when so (the contest passes
 * such a reading over: see there); 0 when the pieces did not show it.
 *
 * Exact. The pieces read as the line does: nothing the decoding, NFC or
 * the score does reads across a blank (read_tokens), and a list label
 * counts only first on the line, in the first piece, which holds more
 * than blanks and tabs (so the score's first word is in it). The rest,
 * from a blank, adds at most one valid word for each of its words with
 * a character beyond ASCII and no byte that means nothing (the only ones
 * that count valid), so at most the number of the first such characters
 * of its words, each of which follows ASCII (a letter of the word, or
 * what ends the word before), a separator or nothing (as score_words_cut's
 * `left`, there over a wider set of separators). Each comes from a unit
 * that may decode beyond ASCII (a mark joining with its base is such a
 * unit) after one that may decode to ASCII or a separator, or to a
 * character NFC may change (unit_class), and NFC otherwise only joins
 * marks to their letters. */
static int below_floor(vnfix_work *w, const vnfix_codec *c, const uint32_t *u, size_t nu, int moji, int floor)
{
    /* (a table without toned capitals: its pieces are scored before the
     * recovery, each word as it reads or with any of its toned letters
     * raised, raised_ok, an upper bound on what the recovery may make) */
    const int anycase = (c->flags & VNFIX_CODEC_NO_TONED_CAPS) != 0;
    enum { PIECES = BELOW_PIECES };
    vnfix_encoding e = c->id;
    size_t p = 0;
    int v = 0, have_rest = 0;
    long rest[BELOW_PIECES];
    /* (the score's first word is in the first piece) */
    size_t lead = 0;
    while (lead < nu && (u[lead] == ' ' || u[lead] == '\t')) lead++;
    for (int k = 0; k < PIECES; k++) {
        size_t q = nu >> (PIECES - k);
        if (q <= p || q <= lead) continue;
        while (q < nu && u[q] != ' ') q++;
        if (q >= nu)
            return 0;
        size_t n = vnfix_decode_units(c, u + p, q - p, w->cps);
        if (moji)
            moji_holes(w->cps, n);
        if (vnfix_nfc_apply(&w->nfc, w->cps, &n))
            return 0;
        score sc = anycase ? score_anycase(w, w->cps, n, moji != 0, p == 0)
                           : score_words(w, w->cps, n, moji != 0, p == 0, NULL);
        v += sc.valid - sc.invalid;
        p = q;
        /* the bound on the rest, u[q..nu) */
        if (!have_rest)
            rest_bounds(w, e, u, nu, lead, k, q, rest), have_rest = 1;
        if (v + rest[k] < floor)
            return 1;
    }
    return 0;
}

/* Whether caps.c's recovery would leave the text's own reading, in
 * w->best, as it is, with no word undecided, when that reading is the
 * code points a table decodes the line to before the recovery: all of
 * them NFC-stable (L_NFC_SAFE: nothing NFC changed), counts that
 * vnfix_caps_piecewise passes, and no sentence's first letter to raise
 * (asked of any table: the answer is kept for each that has capitals to
 * recover). */
static int caps_leave(const vnfix_work *w, unsigned f)
{
    if (!(f & L_NFC_SAFE))
        return 0;
    vnfix_caps_count k = {0, 0, 0};
    vnfix_caps_count_piece(w->best, w->nbest, &k);
    return vnfix_caps_piecewise(&k) && !vnfix_caps_sentence_cps(w->best, w->nbest);
}

/* The text's own score from which the contest bounds the scoring of the
 * other readings (score_words' cut): below it the bound cuts little (a
 * line of legacy bytes scores low as it stands, and its readings beat
 * it) and counting the words left costs more than the cut saves: 2 MB of
 * mixed lines, 1,316M instructions in all unbounded, 1,378M bounded from
 * 0, 1,313M from 3. Any floor is exact: it only chooses which readings
 * are bounded. */
enum { BOUND_FROM = 3 };

/* The contest: every candidate reading scored against the text as it
 * stands (si, in w->best; si_ascii: with its ASCII words counted), the
 * best kept in w->best. */
static int contest(vnfix_work *w, const unsigned char *s, size_t len, unsigned f, const vnfix_source *prior,
                   const vnfix_source *cand, size_t nc, score si, int si_ascii, size_t bad, vnfix_decision *d)
{
    int rc;
    vnfix_source ident = {VNFIX_ENC_UTF8, 0};
    score sb = si;
    int best_score = si.valid - si.invalid, second = INT32_MIN;
    int best_bonus = 0, tie = 0;
    /* The mojibake readings of one form (five tables and double UTF-8
     * through Windows-1252, four through Windows-1258) share their units
     * (moji_units): made once per form, in w->mu, not once per table.
     * Windows-1258's clusters take ICU's decompositions, and were a
     * quarter of the contest's decoding. */
    int mu_form = 0, plain = 0, noseq = 0;
    size_t nmu = 0;
    uint64_t seen[4];
    /* While w->best holds the text's own reading (best_text), a reading
     * that plain_text proves the same is neither decoded nor scored: its
     * score is the text's, scored once with ASCII words counted (si1, a
     * function of the code points: si itself when si_ascii), and what
     * follows needs only w->best (it is best's, and a tie with best
     * changes nothing). */
    int best_text = 1, have_si1 = si_ascii;
    score si1 = si;
    /* Whether capitals-font recovery changes nothing in the text's own
     * reading (w->best while best_text; -1 not asked yet): then a table
     * with capitals to recover (VPS) reads a line its plain bits cover as
     * the text too. Its code points are those the table reads before the
     * recovery when all are NFC-stable, and a line whose counts
     * vnfix_caps_piecewise passes has no word raised and none undecided. */
    int caps_clear = -1;
    for (size_t k = 0; k < nc; k++) {
        if (cand[k].moji && cand[k].moji != mu_form) {
            nmu = moji_units(w, s, len, mu_form = cand[k].moji, w->mu);
            plain = mu_form == 1 && (f & L_VALID) && plain_text(s, len, seen, &noseq);
        }
        const uint64_t *pl = w->plain[cand[k].enc];
        int same = best_text && plain && cand[k].moji == 1 &&
                   ((!(seen[0] & ~pl[0]) && !(seen[1] & ~pl[1]) && !(seen[2] & ~pl[2]) && !(seen[3] & ~pl[3]) &&
                     (!(vnfix_codec_get(cand[k].enc)->flags & VNFIX_CODEC_NO_TONED_CAPS) ||
                      (caps_clear < 0 ? (caps_clear = caps_leave(w, f)) : caps_clear))) ||
                    (cand[k].enc == VNFIX_ENC_UTF8_DOUBLE && noseq));
        int ascii_too = cand[k].enc == VNFIX_ENC_VIQR || cand[k].moji, cut = 0;
        score sc;
        if (same) {
            if (!have_si1) si1 = score_cps(w, w->best, w->nbest, 1), have_si1 = 1;
            sc = si1;
            w->nundec = 0;                   /* (no capitals recovered) */
        } else if (cand[k].moji != 1 && si.valid - si.invalid >= BOUND_FROM &&
                   vnfix_codec_get(cand[k].enc)->kind == VNFIX_KIND_BYTES &&
                   !(cand[k].moji && (vnfix_codec_get(cand[k].enc)->flags & VNFIX_CODEC_SHY_IS_LETTER)) &&
                   (!(vnfix_codec_get(cand[k].enc)->flags & VNFIX_CODEC_NO_TONED_CAPS) || (f & L_VALID)) &&
                   below_floor(w, vnfix_codec_get(cand[k].enc),
                               cand[k].moji ? w->mu : w->units,
                               cand[k].moji ? nmu : vnfix_units_from_bytes(s, len, w->units), cand[k].moji,
                               si.valid - si.invalid)) {
            /* Exact: a reading below the text's own score changes nothing
             * (the cut below), found from its first pieces (below_floor)
             * without decoding the line; the readings of a line of Unicode
             * as raw bytes, or through Windows-1258's clusters, are such
             * readings nearly always. */
            continue;
        } else {
            if ((rc = decode_as(w, s, len, cand[k], cand[k].moji ? w->mu : NULL, nmu, 1)))
                return rc;
            if (best_text && same_as_best(w)) {
                /* the text itself again, which plain_text does not prove
                 * (TCVN3 and VPS): decoded, but scored once */
                if (ascii_too && !have_si1) si1 = score_cps(w, w->best, w->nbest, 1), have_si1 = 1;
                sc = ascii_too ? si1 : si;
            } else {
                /* Exact: a reading that cannot reach the text's own score
                 * changes nothing. It never beats or ties best_score, which
                 * is never below that score; once a reading has beaten the
                 * text, second is at least the text's score, and while none
                 * has, second is dropped at the end. So its scoring stops
                 * once it falls short (score_words), and it is passed over.
                 * (vnfast5, 94faaf6) */
                sc = si.valid - si.invalid >= BOUND_FROM
                         ? score_bounded(w, w->cps, w->ncps, ascii_too, si.valid - si.invalid, &cut)
                         : score_words(w, w->cps, w->ncps, ascii_too, 1, NULL);
            }
        }
        if (cut)
            continue;
        int v = sc.valid - sc.invalid;
        if (sc.valid <= sc.invalid)
            continue;                        /* not mostly Vietnamese: never replaces the text */
        if (cand[k].moji && !signed_for(f, cand[k]) && !(sc.valid >= 2 && sc.valid > 2 * sc.ascii_valid && !sc.invalid) &&
            !(prior && same_source(*prior, cand[k]) && sc.valid >= sc.ascii_valid))
            continue;                        /* stray letters in plain text (above) */
        if (cand[k].enc == VNFIX_ENC_VIQR && sc.valid < 1)
            continue;                        /* (guard.c takes VIQR word by word) */
        int bonus = prior && same_source(*prior, cand[k]);
        /* A tie with the text as it stands goes to the surrounding source:
         * a short line that reads both ways follows its neighbours. */
        if (v > best_score || (v == best_score && bonus > best_bonus)) {
            if (best_score > second) second = best_score;
            best_score = v, best_bonus = bonus, sb = sc, tie = 0;
            if (same)
                w->nbest_undec = 0;          /* (best holds it already) */
            else
                keep_best(w), best_text = 0;
            d->src = cand[k];
        } else if (v == best_score) {
            if (bonus == best_bonus && !same && !same_as_best(w)) {
                /* Two readings as good in syllables ("Công nhân" in
                 * Windows-1258, "Cụng nhõn" in TCVN3): the language model,
                 * when there is one, takes the clearly likelier */
                int lm = w->model ? likelier(w) : 0;
                if (lm > 0) {
                    sb = sc, tie = 0;
                    keep_best(w), best_text = 0;
                    d->src = cand[k];
                } else if (lm == 0) {
                    tie = 1;
                }
            }
            second = v;
        } else if (v > second) {
            second = v;
        }
    }
    if (second == INT32_MIN) second = si.valid - si.invalid;
    if (same_source(d->src, ident)) second = INT32_MIN;
    d->ambiguous = tie;
    finish(d, sb, second == INT32_MIN ? 1 : best_score - second);
    if (d->src.moji == VNFIX_MOJI_CP1258)
        d->unrestored = cp1258_remnants(w->best, w->nbest);
    note_bad(w, s, len, bad, d);
    return VNFIX_OK;
}

static int decide(vnfix_work *w, const unsigned char *s, size_t len, vnfix_encoding forced,
                  const vnfix_source *prior, vnfix_decision *d, unsigned *flags)
{
    size_t bad;
    unsigned f = *flags = classify(s, len, &bad);
    int rc = reserve(w, len + 1);
    w->nbest_undec = 0;
    if (rc)
        return rc;
    memset(d, 0, sizeof *d);
    d->src.enc = VNFIX_ENC_UTF8;
    d->bad_offset = SIZE_MAX;
    d->guessed_offset = SIZE_MAX;
    d->has_nul = (f & L_NUL) != 0;
    d->confidence = 1.0;

    if (forced != VNFIX_ENC_AUTO)
        return decide_forced(w, s, len, forced, f, bad, d);

    /* Text that is plainly Unicode already, or plain ASCII: as it stands.
     * A word of Latin-1 letters that is no syllable ("víi", "thùc": TCVN3
     * pasted into Unicode) makes it a line to look at word by word. */
    if ((f & L_VN_ONLY) && (f & L_NFC_SAFE) && !(f & (L_ARTIFACT | L_1258_SIGN | L_MOJI_SIGN)) &&
        !latin1_words_ok(w, s, len)) {
        f = *flags = f | L_MOJI_SIGN;
        /* Such a line, not binary, among neighbours in Unicode and with its
         * score unread (w->conf_unread), is left unscored below and goes
         * through the guard read as it stands (vnfix_decide_scanned); where
         * the guard is proven to pass every word of it as it stands
         * (vnfix_guard_keeps: words with a letter only Unicode has, or a
         * syllable not suspect: "thôngởnước", "khuyên"), this is what the
         * two decide, without the text's reading or the guard's pass. */
        int viet;
        if (!(f & L_BINARY) && w->conf_unread && prior && same_source(*prior, ((vnfix_source){VNFIX_ENC_UTF8, 0})) &&
            vnfix_guard_keeps(w, s, len, &viet)) {
            d->valid = VNFIX_UNSCORED;
            d->fast = 1;
            d->vietnamese = viet;
            return VNFIX_OK;
        }
    }
    if (((f & L_ASCII) && !(f & (L_MNEMONIC | L_CTRL_LETTER))) ||
        ((f & L_VN_ONLY) && (f & L_NFC_SAFE) && !(f & (L_ARTIFACT | L_1258_SIGN | L_MOJI_SIGN)))) {
        d->fast = 1;
        d->vietnamese = (f & L_VN_ONLY) != 0;
        return VNFIX_OK;
    }

    /* Binary data is never converted: a line with NUL or control bytes. */
    if (f & L_BINARY) {
        if (f & L_VALID) { d->fast = 1; return VNFIX_OK; }
        if ((rc = vnfix_decode_as(w, s, len, (vnfix_source){VNFIX_ENC_UTF8, 0})))
            return rc;
        keep_best(w);
        note_bad(w, s, len, bad, d);
        return VNFIX_OK;
    }

    /* ASCII with VIQR's marks among lines of VIQR: word by word */
    if (prior && prior->enc == VNFIX_ENC_VIQR && !prior->moji &&
        f == (L_ASCII | L_VALID | L_NFC_SAFE | L_MNEMONIC) && read_viqr(w, s, len, 0, d))
        return VNFIX_OK;

    int prior_read = !(f & L_VALID) && prior && prior->enc != VNFIX_ENC_UTF8 && !prior->moji;
    if (prior_read && prior_bytes(w, s, len, prior, bad, d, &rc))
        return rc;
    if ((f & L_VALID) && (!(f & L_VN_ONLY) || (f & L_1258_SIGN)) && prior && prior->moji &&
        prior_mojibake(w, s, len, f, prior, bad, d, &rc))
        return rc;

    /* The text as it stands (with invalid bytes passed through). */
    vnfix_source ident = {VNFIX_ENC_UTF8, 0};
    if ((rc = vnfix_decode_as(w, s, len, ident)))
        return rc;
    keep_best(w);
    /* A line of Unicode Vietnamese with a sign of misreading (below, just
     * not NFC, then the guard's) takes from its score only its confidence,
     * its counts and d->vietnamese; the guard sets d->vietnamese itself
     * (and d->fast) where it passes the line as it stands. So where the
     * caller reads neither the confidence nor the counts (conf_unread) and
     * the neighbours' source is Unicode already, which the line could only
     * set again, the line is left unscored: its caller decides it again,
     * scored, unless the guard passed it as it stands (vnfix.c). */
    if ((f & (L_VN_ONLY | L_1258_SIGN | L_MOJI_SIGN)) == (L_VN_ONLY | L_MOJI_SIGN) && w->conf_unread && prior &&
        same_source(*prior, ident)) {
        d->src = ident;
        d->valid = VNFIX_UNSCORED;
        return VNFIX_OK;
    }
    /* (with its ASCII words counted, ascii_too, for a line of valid
     * UTF-8 beyond ASCII that goes on: the contest's readings of mojibake
     * are the only rules that read that count, and they need it nearly
     * always, once here rather than again there; the count changes
     * nothing else, valid and invalid being the same either way) */
    int ascii_too = (f & L_VALID) && !(f & L_ASCII) && !((f & L_VN_ONLY) && !(f & L_1258_SIGN));
    score si = score_cps(w, w->cps, w->ncps, ascii_too);
    d->src = ident;
    if ((f & L_VN_ONLY) && !(f & L_1258_SIGN)) {   /* Unicode Vietnamese, just not NFC */
        /* (no note_bad: L_VN_ONLY is only ever set on valid UTF-8, whose
         * own reading has no byte left raw, so d->bad_offset stays none) */
        finish(d, si, 1);
        return VNFIX_OK;
    }

    vnfix_source cand[20];
    size_t nc = candidates(f, cand);
    /* Unicode text with a few stray Latin-1 letters (OCR that lost its
     * marks: "ban hanh Chuadng trinh téng") is not mojibake even where a
     * table makes syllables of them. A mojibake reading needs a sign of
     * misreading on the line (L_MOJI_SIGN); or, among neighbours read the
     * same way, as many repaired words as plain ASCII syllables; or else to
     * repair every word it touches, two at least, and more words than that.
     * Only a line with a sign can make a mojibake source the neighbours'
     * (d->strong). */

    /* (prior_bytes read the line in the neighbours' source and found it
     * short of what prior_reads asks: the same reading, scored the same
     * way, for more) */
    if (prior && !same_source(*prior, ident) && !prior_read &&
        prior_reads(w, s, len, f, prior, cand, nc, si, bad, d, &rc))
        return rc;
    return contest(w, s, len, f, prior, cand, nc, si, ascii_too, bad, d);
}

/* Whether the guard has nothing to do on a line: legacy bytes read in the
 * neighbours' source, with no UTF-8 sequence of two bytes or more among
 * them (no Unicode word to keep). The common case of a legacy file. */
static int plain_legacy(const unsigned char *s, size_t len, const vnfix_decision *d, const vnfix_source *prior)
{
    if (!prior || !same_source(*prior, d->src) || d->src.moji || d->src.enc == VNFIX_ENC_UTF8 ||
        d->src.enc == VNFIX_ENC_VIQR)
        return 0;
    return !has_utf8_sequence(s, len);
}

int vnfix_decide(vnfix_work *w, const unsigned char *s, size_t len, vnfix_encoding forced,
                 const vnfix_source *prior, vnfix_decision *d)
{
    return vnfix_decide_scanned(w, s, len, forced, prior, -1, d);
}

int vnfix_decide_scanned(vnfix_work *w, const unsigned char *s, size_t len, vnfix_encoding forced,
                         const vnfix_source *prior, int scanned, vnfix_decision *d)
{
    unsigned f;
    /* (clean.c never takes a line of ASCII, which has no letter only
     * Unicode has; among lines of VIQR, all such, that is said without its
     * look-up of every token, and elsewhere without a test more) */
    int clean = scanned >= 0 ? scanned
                : forced != VNFIX_ENC_VIQR && forced != VNFIX_ENC_UTF8_DOUBLE &&
                        !(prior && prior->enc == VNFIX_ENC_VIQR && vnfix_ascii_only(s, len))
                    ? vnfix_clean_line(w, s, len)
                    : 0;
    if (clean == 2 && (forced != VNFIX_ENC_AUTO || vnfix_guard_stays(w, s, len, prior)))
        clean = 1;                     /* (a named source skips the guard) */
    if (clean == 1) {
        /* what decide() finds for the line, without its questions (clean.c);
         * a named source leaves Unicode lines as they are too */
        memset(d, 0, sizeof *d);
        d->src.enc = VNFIX_ENC_UTF8;
        d->bad_offset = d->guessed_offset = SIZE_MAX;
        d->confidence = 1.0;
        d->fast = 1;
        d->vietnamese = forced == VNFIX_ENC_AUTO;
        w->nbest_undec = 0;
        return VNFIX_OK;
    }
    int rc = decide(w, s, len, forced, prior, d, &f);
    if (d->src.moji && !signed_for(f, d->src))
        d->strong = 0;          /* mojibake without a sign: see the contest */
    /* The first rule: a reading of the line is checked word by word, and a
     * Unicode line with a sign of misreading or bytes that are not UTF-8
     * has its odd words read alone (guard.h). Named sources are the
     * caller's word. */
    if (!rc && forced == VNFIX_ENC_VIQR && !d->fast && !d->direct) {
        /* VIQR named: every word its mnemonics make a syllable of, but not
         * an e-mail address, a URL or "No." */
        vnfix_source viqr = {VNFIX_ENC_VIQR, 0};
        rc = vnfix_guard(w, s, len, viqr, &viqr, 0, 0, d);
        d->vietnamese = 1;
    } else if (!rc && forced == VNFIX_ENC_AUTO && !d->fast && !d->direct && !plain_legacy(s, len, d, prior) &&
        !(f & L_BINARY) &&
        (!same_source(d->src, (vnfix_source){VNFIX_ENC_UTF8, 0}) || (f & L_MOJI_SIGN) || !(f & L_VALID))) {
        /* (Windows-1258 mojibake normalised to NFC has letters only
         * Unicode has: NFC made them of the misread bytes) */
        int vn_only = (f & L_VN_ONLY) && d->src.moji != VNFIX_MOJI_CP1258;
        /* (a line decided as it stands holds its own reading in w->best:
         * decide() kept it last, every other reading kept naming its
         * source; valid, NFC-stable and without ƣ Ƣ, the reading is the
         * line's code points, decode_as's first branch with nothing
         * changed) */
        int text_cps = (f & (L_VALID | L_NFC_SAFE | L_ARTIFACT)) == (L_VALID | L_NFC_SAFE);
        rc = vnfix_guard(w, s, len, d->src, prior, vn_only, text_cps, d);
        d->lost = 0;
        /* (a line of valid UTF-8 that the guard passes as it stands has no
         * byte left raw: its words are the input's, read as UTF-8, and its
         * source is Unicode, so note_bad would find nothing) */
        if ((f & L_VALID) && d->fast)
            d->bad_offset = SIZE_MAX;
        else
            note_bad(w, s, len, 0, d);
    }
    return rc;
}
