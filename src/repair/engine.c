/*
 * engine.c: the one decoder that reads every encoding table (codec.h).
 *
 * Units are decoded left to right: a byte unit gives its table's code point;
 * when the next unit is a mark byte and (this letter, that mark) is a pair of
 * the table, the two make one letter (VNI's base + mark bytes; VIQR's
 * mnemonics, which chain: a ^ ' gives ấ). Literal units pass through.
 */
#include "codec.h"

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
        if (c & VNFIX_RAWBYTE) { *p++ = (unsigned char)c; continue; }
        c &= ~VNFIX_LITERAL;
        if (c < 0x80) *p++ = (unsigned char)c;
        else if (c < 0x800) { *p++ = 0xC0 | c >> 6; *p++ = 0x80 | (c & 0x3F); }
        else if (c < 0x10000) { *p++ = 0xE0 | c >> 12; *p++ = 0x80 | (c >> 6 & 0x3F); *p++ = 0x80 | (c & 0x3F); }
        else { *p++ = 0xF0 | c >> 18; *p++ = 0x80 | (c >> 12 & 0x3F); *p++ = 0x80 | (c >> 6 & 0x3F); *p++ = 0x80 | (c & 0x3F); }
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

static uint32_t pair_lookup(const vnfix_codec *c, uint32_t base, uint32_t mark)
{
    uint32_t key = base << 8 | mark;
    size_t lo = 0, hi = c->npairs;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->pairs[mid].key == key) return c->pairs[mid].cp;
        if (c->pairs[mid].key < key) lo = mid + 1; else hi = mid;
    }
    return 0;
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
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t x = u[i];
        if (x >= 0x100) {                 /* literal or raw byte */
            out[o++] = x & VNFIX_LITERAL ? x & ~VNFIX_LITERAL : x;
            continue;
        }
        if (c->kind == VNFIX_KIND_MNEMONIC && x == '\\' && i + 1 < n && u[i + 1] < 0x100 && c->mark[u[i + 1]]) {
            out[o++] = u[++i];            /* escaped mark: literal */
            continue;
        }
        uint32_t cp = c->decode[x];
        if (cp == VNFIX_NOCP) {
            out[o++] = VNFIX_RAWBYTE | x;
            continue;
        }
        if (c->pairs) {
            while (i + 1 < n && u[i + 1] < 0x100 && c->mark[u[i + 1]]) {
                uint32_t joined = pair_lookup(c, cp, u[i + 1]);
                if (!joined) break;
                cp = joined, i++;
                if (c->kind != VNFIX_KIND_MNEMONIC) break;
            }
        }
        out[o++] = cp;
    }
    return o;
}

size_t vnfix_decode_direct(const vnfix_codec *c, const unsigned char *in, size_t len, unsigned char *out)
{
    unsigned char *o = out;
    unsigned word = 0;                 /* letter classes seen in the current word */
    int caps = (c->flags & VNFIX_CODEC_NO_TONED_CAPS) != 0;
    /* locals: stores through o could alias *c for the compiler */
    const uint8_t (*const utf8)[4] = c->utf8, *const letter = c->letter;
    for (size_t i = 0; i < len; i++) {
        unsigned b = in[i];
        if (b >= 0x20 && b < 0x80) {
            *o++ = (unsigned char)b;   /* ASCII text is itself in every table */
        } else {
            const uint8_t *u = utf8[b];
            if (!u[0])
                return SIZE_MAX;
            memcpy(o, u + 1, 3);       /* the table row has room for three */
            o += u[0];
        }
        unsigned k = letter[b];
        if (k) {
            word |= k;
        } else {
            /* capitals and toned lowercase only: maybe capitals-font text */
            if (caps && (word & 3) == 3 && !(word & 4))
                return SIZE_MAX;
            word = 0;
        }
    }
    if (caps && (word & 3) == 3 && !(word & 4))
        return SIZE_MAX;
    return (size_t)(o - out);
}
