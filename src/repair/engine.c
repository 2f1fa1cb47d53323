/*
 * engine.c: the one decoder that reads every encoding table (codec.h).
 *
 * Units are decoded left to right: a byte unit gives its table's code point;
 * when the next unit is a mark byte and (this letter, that mark) is a pair of
 * the table, the two make one letter (VNI's base + mark bytes; VIQR's
 * mnemonics, which chain: a ^ ' gives ấ). Literal units pass through.
 */
#include "codec.h"
#include "caps.h"

#include <string.h>

const vnfix_codec vnfix_codec_utf8 = {
    VNFIX_ENC_UTF8, "utf-8", VNFIX_KIND_UTF8, 0, NULL, NULL, NULL, 0, NULL, 0, NULL, NULL,
};
const vnfix_codec vnfix_codec_utf8_double = {
    VNFIX_ENC_UTF8_DOUBLE, "utf-8-double", VNFIX_KIND_UTF8, 0, NULL, NULL, NULL, 0, NULL, 0, NULL, NULL,
};

const vnfix_codec *vnfix_codec_get(vnfix_encoding enc)
{
    switch (enc) {
    case VNFIX_ENC_UTF8: return &vnfix_codec_utf8;
    case VNFIX_ENC_VNI: return &vnfix_codec_vni;
    case VNFIX_ENC_TCVN3: return &vnfix_codec_tcvn3;
    case VNFIX_ENC_VISCII: return &vnfix_codec_viscii;
    case VNFIX_ENC_VPS: return &vnfix_codec_vps;
    case VNFIX_ENC_VIQR: return &vnfix_codec_viqr;
    case VNFIX_ENC_CP1258: return &vnfix_codec_cp1258;
    case VNFIX_ENC_UTF8_DOUBLE: return &vnfix_codec_utf8_double;
    default: return NULL;
    }
}

#define utf8_seq vnfix_utf8_seq

long vnfix_utf8_to_cps(const unsigned char *in, size_t len, uint32_t *out, size_t *bad)
{
    size_t i = 0, o = 0;
    while (i < len) {
        size_t n = utf8_seq(in + i, len - i, &out[o]);
        if (!n) {
            if (bad) *bad = i;
            return -1;
        }
        i += n, o++;
    }
    return (long)o;
}

size_t vnfix_cps_to_utf8(const uint32_t *cps, size_t n, unsigned char *out)
{
    unsigned char *p = out;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = cps[i];
        if (c < 0x80) { *p++ = (unsigned char)c; continue; }   /* (most of a line) */
        if (c < 0x10000) {           /* (the letters; flagged units are above) */
            if (c < 0x800) {
                p[0] = (unsigned char)(0xC0 | c >> 6);
                p[1] = (unsigned char)(0x80 | (c & 0x3F));
                p += 2;
            } else {
                p[0] = (unsigned char)(0xE0 | c >> 12);
                p[1] = (unsigned char)(0x80 | (c >> 6 & 0x3F));
                p[2] = (unsigned char)(0x80 | (c & 0x3F));
                p += 3;
            }
            continue;
        }
        if (c & VNFIX_RAWBYTE) { *p++ = (unsigned char)c; continue; }
        p += vnfix_utf8_put(c & ~VNFIX_LITERAL, p);
    }
    return (size_t)(p - out);
}

size_t vnfix_units_from_bytes(const unsigned char *in, size_t len, uint32_t *out)
{
    for (size_t i = 0; i < len; i++)
        out[i] = in[i];
    return len;
}

size_t vnfix_units_from_mojibake(const unsigned char *in, size_t len, uint32_t *out)
{
    size_t i = 0, o = 0;
    uint32_t cp;
    while (i < len) {
        /* ASCII, and the two-byte forms of U+0080-U+00FF, are their own bytes */
        if (in[i] < 0x80) { out[o++] = in[i++]; continue; }
        if ((in[i] == 0xC2 || in[i] == 0xC3) && i + 1 < len && (in[i + 1] & 0xC0) == 0x80) {
            out[o++] = (uint32_t)(in[i] & 0x1F) << 6 | (in[i + 1] & 0x3F);
            i += 2;
            continue;
        }
        size_t n = utf8_seq(in + i, len - i, &cp);
        if (!n) { out[o++] = VNFIX_RAWBYTE | in[i++]; continue; }
        int b = vnfix_cp1252_byte(cp);
        out[o++] = b >= 0 ? (uint32_t)b : (VNFIX_LITERAL | cp);
        i += n;
    }
    return o;
}

size_t vnfix_units_from_text(const unsigned char *in, size_t len, uint32_t *out)
{
    size_t i = 0, o = 0;
    uint32_t cp;
    while (i < len) {
        size_t n = utf8_seq(in + i, len - i, &cp);
        if (!n) { out[o++] = VNFIX_RAWBYTE | in[i++]; continue; }
        out[o++] = cp < 0x80 ? cp : (VNFIX_LITERAL | cp);
        i += n;
    }
    return o;
}

/* The pair (base, mark) of the table, or 0. A search whose steps do not
 * branch on the comparison (a conditional move): the branches of an
 * ordinary binary search mispredicted on every other step, and this runs
 * for each mark byte of VNI and VIQR. */
static uint32_t pair_lookup(const vnfix_codec *c, uint32_t base, uint32_t mark)
{
    uint32_t key = base << 8 | mark;
    const vnfix_pair *p = c->pairs;
    size_t n = c->npairs;
    if (!n) return 0;
    /* p[0 .. n) holds the last pair with a key <= key, if any */
    while (n > 1) {
        size_t half = n / 2;
        p = p[half].key <= key ? p + half : p;
        n -= half;
    }
    return p->key == key ? p->cp : 0;
}

/* utf-8-double: the units are the bytes of UTF-8 that was read as cp1252; a
 * run that is not valid UTF-8 stays what it was read as. */
static size_t decode_utf8_units(const uint32_t *u, size_t n, uint32_t *out)
{
    size_t i = 0, o = 0;
    unsigned char s[4];
    while (i < n) {
        if (u[i] >= 0x80 && u[i] < 0x100) {
            size_t k = 0;
            while (k < 4 && i + k < n && u[i + k] < 0x100) { s[k] = (unsigned char)u[i + k]; k++; }
            uint32_t cp;
            size_t m = utf8_seq(s, k, &cp);
            if (m) { out[o++] = cp; i += m; continue; }
            out[o++] = vnfix_cp1252_char((uint8_t)u[i++]);
            continue;
        }
        out[o++] = u[i] & VNFIX_LITERAL ? u[i] & ~VNFIX_LITERAL : u[i];
        i++;
    }
    return o;
}

size_t vnfix_decode_units(const vnfix_codec *c, const uint32_t *u, size_t n, uint32_t *out)
{
    if (c->kind == VNFIX_KIND_UTF8)
        return decode_utf8_units(u, n, out);
    /* locals: stores through out could alias *c for the compiler */
    const uint16_t *const decode = c->decode;
    const uint8_t *const mark = c->mark;
    const int pairs = c->pairs != NULL, mnemonic = c->kind == VNFIX_KIND_MNEMONIC;
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t x = u[i];
        if (x >= 0x100) {                 /* literal or raw byte */
            out[o++] = x & VNFIX_LITERAL ? x & ~VNFIX_LITERAL : x;
            continue;
        }
        if (mnemonic && x == '\\' && i + 1 < n && u[i + 1] < 0x100 && mark[u[i + 1]]) {
            out[o++] = u[++i];            /* escaped mark: literal */
            continue;
        }
        uint32_t cp = decode[x];
        if (cp == VNFIX_NOCP) {
            out[o++] = VNFIX_RAWBYTE | x;
            continue;
        }
        if (pairs) {
            while (i + 1 < n && u[i + 1] < 0x100 && mark[u[i + 1]]) {
                uint32_t joined = pair_lookup(c, cp, u[i + 1]);
                if (!joined) break;
                cp = joined, i++;
                if (!mnemonic) break;
            }
        }
        out[o++] = cp;
    }
    return o;
}

/* The capitals-font test of the direct path: the letter classes (1
 * capital, 2 toned lowercase, 4 other letter, 0 not a letter) of the
 * current word are or-ed together, and a word that ends with capitals and
 * toned lowercase only (classes 3) is capitals-font text. */
/* vnfix_decode_direct, with caps (the codec's NO_TONED_CAPS) a constant
 * in each of its two copies: without it the word classes cost nothing.
 * One byte at a time, without the eight-ASCII-bytes skip it had: legacy
 * Vietnamese has a byte beyond ASCII every few bytes, so the skip's test
 * failed on nearly every try, and a test of the bytes at i that decides
 * where i goes next puts a load, the test and a branch that mispredicts
 * between one byte and the next. Byte by byte, i only counts and o only
 * adds each row's length: the loads of one byte do not wait for the last
 * (VISCII on 20 MB, task-clock: 202 -> 227 MB/s; TCVN3 152 -> 181). */
static inline __attribute__((always_inline)) size_t direct(const vnfix_codec *c, const unsigned char *in,
                                                           size_t len, unsigned char *out, const int caps)
{
    unsigned char *o = out;
    unsigned word = 0, bad = 0, unmapped = 0;
    /* locals: stores through o could alias *c for the compiler */
    const uint8_t (*const utf8)[4] = c->utf8, *const letter = c->letter;
    size_t i = 0;
    while (i < len) {
        unsigned b = in[i++];
        /* the whole table row goes out (out has room for 3 * len + 4);
         * its first byte says how much of it counts */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        uint32_t r;
        memcpy(&r, utf8[b], 4);
        r >>= 8;
        memcpy(o, &r, 4);
#else
        memcpy(o, utf8[b] + 1, 3);
#endif
        unsigned n = utf8[b][0];
        o += n;
        if (n == 0)
            unmapped = 1;                /* (rare: a branch, not a flag per byte) */
        if (!caps)
            continue;
        unsigned cls = letter[b] & 7;
        bad |= !cls && word == 3;
        word = cls ? word | cls : 0;
        if (bad)
            return SIZE_MAX;     /* (the general path takes the line: stop here) */
    }
    bad |= word == 3;
    /* a byte that means nothing, or capitals-font text: the general path;
     * a sentence's or a name's first letter to raise (caps.c) is raised
     * here, where the line has few of them */
    if (unmapped || (caps && (bad || vnfix_caps_raise_line(c, in, len, out, (size_t)(o - out)))))
        return SIZE_MAX;
    return (size_t)(o - out);
}

size_t vnfix_decode_direct(const vnfix_codec *c, const unsigned char *in, size_t len, unsigned char *out)
{
    return c->flags & VNFIX_CODEC_NO_TONED_CAPS ? direct(c, in, len, out, 1) : direct(c, in, len, out, 0);
}
