/*
 * nfc.h: NFC through ICU (unorm2), and the test that lets most lines skip it.
 */
#ifndef VNFIX_NFC_H
#define VNFIX_NFC_H

#include <stddef.h>
#include <stdint.h>

#include <unicode/unorm2.h>

/* 1 if NFC leaves this code point unchanged whatever is around it. */
static inline int vnfix_nfc_stable(uint32_t c)
{
    /* Below U+0300 nothing decomposes to a singleton or composes with what
     * precedes it; the precomposed Latin letters (Vietnamese included) and
     * the usual punctuation and symbols are NFC too, and none of them is a
     * combining mark that could join the letter before it. */
    return c < 0x300 || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2002 && c <= 0x20CF) ||
           (c >= 0x2100 && c <= 0x2125) || (c >= 0x2190 && c <= 0x2199) || (c >= 0x2200 && c <= 0x22FF) ||
           (c >= 0x2500 && c <= 0x25FF) || c == 0xFEFF;
}

/* The tone marks legacy text leaves as combining characters (Windows-1258's
 * five), in the order of the columns of vnfix_nfc_ctx.pair. */
#define VNFIX_NFC_MARKS 5
#define VNFIX_NFC_BASES 0x300

/* NFC of (base, tone mark) for every base below U+0300: the composed
 * character, 1 where NFC leaves the pair as it is, 0 where it does anything
 * else (the line goes through ICU). Lets a line of Windows-1258 skip ICU,
 * the biggest cost of reading it. Generated (nfc_pairs.c, by
 * tools/gen-nfc-pairs), not asked of ICU at every start: that was two
 * million instructions, a fifth of an empty run's; repair-nfc-pairs checks
 * it against ICU. */
extern const uint16_t vnfix_nfc_pair[VNFIX_NFC_BASES][VNFIX_NFC_MARKS];

typedef struct {
    const UNormalizer2 *nfc, *nfd;
    uint16_t *u16a, *u16b;   /* scratch: cap * 2 and cap * 6 UTF-16 units */
    uint32_t *tmp;           /* scratch: cap * 3 code points (a line's copy) */
    size_t cap;              /* code points the scratch is sized for */
} vnfix_nfc_ctx;

int vnfix_nfc_init(vnfix_nfc_ctx *c);
/* Make the scratch big enough for lines of cap code points. */
int vnfix_nfc_reserve(vnfix_nfc_ctx *c, size_t cap);
void vnfix_nfc_free(vnfix_nfc_ctx *c);

/* Normalise the *n code points of cps (room for cap * 3) to NFC in place.
 * RAWBYTE entries are kept where they are (they split the text around them).
 * Returns 0, or a VNFIX_E* error. */
int vnfix_nfc_apply(vnfix_nfc_ctx *c, uint32_t *cps, size_t *n);

/* The canonical decomposition (NFD) of one code point into out (room for
 * max): how many code points it has, 0 when it has none or more than max. */
size_t vnfix_nfd_char(const vnfix_nfc_ctx *c, uint32_t cp, uint32_t *out, size_t max);
/* The precomposed character of a and the combining mark b, or 0. */
uint32_t vnfix_nfc_compose_pair(const vnfix_nfc_ctx *c, uint32_t a, uint32_t b);

#endif
