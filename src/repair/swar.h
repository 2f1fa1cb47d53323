/* swar.h: eight bytes at a time in a 64-bit word, for the scans that run
 * over every byte of the input (clean.c's token scan, detect.c's token
 * memo). Inline: a call would cost more than the test. */
#ifndef VNFIX_SWAR_H
#define VNFIX_SWAR_H

#include <stddef.h>
#include <stdint.h>

#define VNFIX_ONES8 0x0101010101010101ull
#define VNFIX_HIGHS8 0x8080808080808080ull

/* How many of the 8 bytes x (read little-endian) come before the first
 * blank: 8 if none. Subtracting 1 from each byte of x ^ "        " borrows
 * into a byte's top bit where that byte was a blank; the lowest such bit
 * is exact (a borrow only runs upwards). */
static inline size_t vnfix_before_blank(uint64_t x)
{
    uint64_t t = x ^ (VNFIX_ONES8 * ' ');
    uint64_t z = (t - VNFIX_ONES8) & ~t & VNFIX_HIGHS8;
    return z ? (size_t)__builtin_ctzll(z) >> 3 : 8;
}

/* The top bits of the bytes of x (read little-endian) that are not
 * printable ASCII (below 0x20 or from 0x80), exact up to the lowest one:
 * subtracting 0x20 from each byte borrows into the top bit of a byte below
 * 0x20 whose top bit was clear, and a borrow only runs upwards (the bytes
 * below the lowest, 0x20-0x7F, borrow nothing). */
static inline uint64_t vnfix_unprintable8(uint64_t x)
{
    return (x | ((x - VNFIX_ONES8 * 0x20) & ~x)) & VNFIX_HIGHS8;
}

/* Whether s[0..len) is ASCII, eight bytes at a time. */
static inline int vnfix_ascii_only(const unsigned char *s, size_t len)
{
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t x;
        __builtin_memcpy(&x, s + i, 8);
        if (x & VNFIX_HIGHS8) return 0;
    }
    for (; i < len; i++)
        if (s[i] >= 0x80) return 0;
    return 1;
}

#endif
