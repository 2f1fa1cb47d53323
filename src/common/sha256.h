/*
 * sha256.h: SHA-256 (FIPS 180-4), streaming. The batch identifies inputs by
 * their content hash, so a renamed-in-place or edited file is redone.
 */
#ifndef SOHOA_SHA256_H
#define SOHOA_SHA256_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint32_t h[8];
    uint64_t total;         /* bytes fed so far */
    unsigned char block[64];
    size_t fill;            /* bytes waiting in block */
} sha256_ctx;

void sha256_init(sha256_ctx *c);
void sha256_update(sha256_ctx *c, const void *data, size_t len);
void sha256_final(sha256_ctx *c, unsigned char out[32]);
/* Lower-case hex of a digest into hex[65] (NUL-terminated). */
void sha256_hex(const unsigned char digest[32], char hex[65]);
/* Hash a whole file. 0 on success, -1 with errno set. */
int sha256_file(const char *path, char hex[65]);

#endif
