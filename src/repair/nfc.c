/* nfc.c: NFC of a line of code points through ICU. */
#include "nfc.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include "codec.h"

/* The column of a tone mark in vnfix_nfc_pair, or -1. */
static int mark_column(uint32_t c)
{
    switch (c) {
    case 0x300: return 0;
    case 0x301: return 1;
    case 0x303: return 2;
    case 0x309: return 3;
    case 0x323: return 4;
    default: return -1;
    }
}

int vnfix_nfc_init(vnfix_nfc_ctx *c)
{
    UErrorCode st = U_ZERO_ERROR;
    memset(c, 0, sizeof *c);
    c->nfc = unorm2_getNFCInstance(&st);
    if (!U_FAILURE(st))
        c->nfd = unorm2_getNFDInstance(&st);
    return U_FAILURE(st) ? VNFIX_EICU : VNFIX_OK;
}

int vnfix_nfc_reserve(vnfix_nfc_ctx *c, size_t cap)
{
    if (cap <= c->cap)
        return VNFIX_OK;
    uint16_t *a = realloc(c->u16a, cap * 2 * sizeof *a);
    if (!a) return VNFIX_ENOMEM;
    c->u16a = a;
    uint16_t *b = realloc(c->u16b, cap * 6 * sizeof *b);
    if (!b) return VNFIX_ENOMEM;
    c->u16b = b;
    uint32_t *t = realloc(c->tmp, cap * 3 * sizeof *t);
    if (!t) return VNFIX_ENOMEM;
    c->tmp = t;
    c->cap = cap;
    return VNFIX_OK;
}

void vnfix_nfc_free(vnfix_nfc_ctx *c)
{
    free(c->u16a);
    free(c->u16b);
    free(c->tmp);
}

/* Normalise cps[from..to) into out (room enough), returning the count. */
static long nfc_run(vnfix_nfc_ctx *c, const uint32_t *cps, size_t from, size_t to, uint32_t *out)
{
    size_t k = 0;
    for (size_t i = from; i < to; i++) {
        uint32_t v = cps[i];
        if (v >= 0x10000) {
            v -= 0x10000;
            c->u16a[k++] = (uint16_t)(0xD800 | v >> 10);
            c->u16a[k++] = (uint16_t)(0xDC00 | (v & 0x3FF));
        } else {
            c->u16a[k++] = (uint16_t)v;
        }
    }
    UErrorCode st = U_ZERO_ERROR;
    int32_t m = unorm2_normalize(c->nfc, c->u16a, (int32_t)k, c->u16b, (int32_t)(c->cap * 6), &st);
    if (U_FAILURE(st))
        return -1;
    size_t o = 0;
    for (int32_t i = 0; i < m; i++) {
        uint32_t u = c->u16b[i];
        if (u >= 0xD800 && u < 0xDC00 && i + 1 < m) {
            u = 0x10000 + ((u - 0xD800) << 10) + (c->u16b[i + 1] - 0xDC00);
            i++;
        }
        out[o++] = u;
    }
    return (long)o;
}

/* The common line that is not NFC: stable characters and tone marks, each
 * mark alone after a base below U+0300 with stable text after it, so each
 * pair is normalised on its own (vnfix_nfc_pair) and nothing else moves. 1 when
 * the line was of that kind (done in place), 0 when ICU must see it (cps
 * untouched). from: the first character that is not stable. */
static int nfc_pairs(uint32_t *cps, size_t *n, size_t from)
{
    size_t len = *n;
    /* (x < 0x300 first: nearly every character of such a line is) */
    for (size_t i = from; i < len; i++) {
        uint32_t x = cps[i];
        if (x < 0x300) continue;
        int m = mark_column(x);
        if (m < 0) {
            if (vnfix_nfc_stable(x) || (x & VNFIX_RAWBYTE)) continue;
            return 0;
        }
        if (i == 0 || cps[i - 1] >= VNFIX_NFC_BASES || !vnfix_nfc_pair[cps[i - 1]][m])
            return 0;
        if (i + 1 < len && cps[i + 1] >= 0x300 && (!vnfix_nfc_stable(cps[i + 1]) || (cps[i + 1] & VNFIX_RAWBYTE)))
            return 0;
    }
    size_t o = from;
    for (size_t i = from; i < len; i++) {
        uint32_t x = cps[i];
        int m = x < 0x300 ? -1 : mark_column(x);
        uint16_t v = m < 0 ? 0 : vnfix_nfc_pair[cps[o - 1]][m];
        if (v > 1) cps[o - 1] = v;
        else cps[o++] = x;
    }
    *n = o;
    return 1;
}

int vnfix_nfc_apply(vnfix_nfc_ctx *c, uint32_t *cps, size_t *n)
{
    size_t len = *n, i = 0;
    while (i < len) {
        /* Four at a time while all are below U+0300 or Vietnamese letters
         * (U+1E00-U+1EFF), tested without a branch per character: they
         * alternate in Vietnamese, and a branch on each mispredicts. */
        while (i + 4 <= len) {
            unsigned odd = 0;
            for (size_t k = i; k < i + 4; k++)
                odd |= (cps[k] >= 0x300) & (cps[k] - 0x1E00 > 0xFF);
            if (odd) break;
            i += 4;
        }
        if (i == len || (!vnfix_nfc_stable(cps[i]) && !(cps[i] & VNFIX_RAWBYTE)))
            break;
        i++;
    }
    if (i == len || nfc_pairs(cps, n, i))
        return VNFIX_OK;
    /* Work on a copy so the output can grow (NFC may expand a little): in
     * the scratch, not a buffer allocated for each line. */
    uint32_t *tmp = len <= c->cap * 3 ? c->tmp : malloc(len * sizeof *tmp);
    if (!tmp)
        return VNFIX_ENOMEM;
    memcpy(tmp, cps, len * sizeof *tmp);
    size_t o = 0, start = 0;
    for (size_t j = 0; j <= len; j++) {
        if (j < len && !(tmp[j] & VNFIX_RAWBYTE))
            continue;
        if (j > start) {
            long m = nfc_run(c, tmp, start, j, cps + o);
            if (m < 0) {
                if (tmp != c->tmp) free(tmp);
                return VNFIX_EICU;
            }
            o += (size_t)m;
        }
        if (j < len)
            cps[o++] = tmp[j];
        start = j + 1;
    }
    if (tmp != c->tmp) free(tmp);
    *n = o;
    return VNFIX_OK;
}

size_t vnfix_nfd_char(const vnfix_nfc_ctx *c, uint32_t cp, uint32_t *out, size_t max)
{
    UChar d[16];
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = unorm2_getDecomposition(c->nfd, (UChar32)cp, d, 16, &st);
    if (U_FAILURE(st) || n <= 0)
        return 0;
    size_t k = 0;
    for (int32_t i = 0; i < n;) {
        UChar32 x;
        U16_NEXT(d, i, n, x);
        if (k == max)
            return 0;
        out[k++] = (uint32_t)x;
    }
    return k;
}

uint32_t vnfix_nfc_compose_pair(const vnfix_nfc_ctx *c, uint32_t a, uint32_t b)
{
    UChar32 x = unorm2_composePair(c->nfc, (UChar32)a, (UChar32)b);
    return x < 0 ? 0 : (uint32_t)x;
}
