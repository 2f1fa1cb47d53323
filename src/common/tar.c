/*
 * tar.c: ustar (POSIX.1-1988) headers by hand: 512-byte blocks, octal
 * fields, a checksum over the header with its own field read as spaces.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "common/tar.h"

enum { BLOCK = 512 };

/* Split name into ustar's prefix (155) and name (100) at a slash. */
static int put_name(unsigned char *h, const char *name)
{
    size_t n = strlen(name);
    if (n <= 100) {
        memcpy(h, name, n);
        return 0;
    }
    for (size_t i = n - 1; i > 0; i--)
        if (name[i] == '/' && i <= 155 && n - i - 1 <= 100 && n - i - 1 > 0) {
            memcpy(h, name + i + 1, n - i - 1);
            memcpy(h + 345, name, i);
            return 0;
        }
    errno = ENAMETOOLONG;
    return -1;
}

static unsigned checksum(const unsigned char *h)
{
    unsigned sum = 0;
    for (int i = 0; i < BLOCK; i++)
        sum += (i >= 148 && i < 156) ? ' ' : h[i];
    return sum;
}

/* value in octal, zero-padded to width - 1 digits and a NUL. */
static void octal_field(unsigned char *at, size_t width, unsigned long long value)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%0*llo", (int)(width - 1), value);
    memcpy(at, buf, width - 1);
    at[width - 1] = 0;
}

static int put_header(FILE *out, const char *name, char type, long long size, long long mtime,
                      unsigned mode)
{
    unsigned char h[BLOCK] = {0};
    if (put_name(h, name) != 0)
        return -1;
    if (size < 0 || size >= 077777777777LL) {
        errno = EFBIG;
        return -1;
    }
    octal_field(h + 100, 8, mode);
    octal_field(h + 108, 8, 0);
    octal_field(h + 116, 8, 0);
    octal_field(h + 124, 12, (unsigned long long)size);
    octal_field(h + 136, 12, (unsigned long long)(mtime > 0 ? mtime : 0));
    h[156] = (unsigned char)type;
    memcpy(h + 257, "ustar", 6);
    memcpy(h + 263, "00", 2);
    octal_field(h + 148, 7, checksum(h));
    h[155] = ' ';
    return fwrite(h, 1, BLOCK, out) == BLOCK ? 0 : -1;
}

int tar_add_dir(FILE *out, const char *name, long long mtime)
{
    char buf[300];
    if (snprintf(buf, sizeof buf, "%s/", name) >= (int)sizeof buf) {
        errno = ENAMETOOLONG;
        return -1;
    }
    return put_header(out, buf, '5', 0, mtime, 0755);
}

int tar_add_file(FILE *out, const char *name, const char *path)
{
    FILE *in = fopen(path, "rb");
    struct stat st;
    if (!in)
        return -1;
    if (fstat(fileno(in), &st) != 0 || put_header(out, name, '0', st.st_size, st.st_mtime, 0644)) {
        fclose(in);
        return -1;
    }
    char buf[65536];
    size_t n;
    long long total = 0;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0) {
        if (fwrite(buf, 1, n, out) != n) {
            fclose(in);
            return -1;
        }
        total += (long long)n;
    }
    int bad = ferror(in) || total != (long long)st.st_size;
    fclose(in);
    if (bad) {
        errno = EIO;    /* the file changed while it was being read */
        return -1;
    }
    static const char zero[BLOCK];
    size_t pad = (size_t)((BLOCK - total % BLOCK) % BLOCK);
    return fwrite(zero, 1, pad, out) == pad ? 0 : -1;
}

int tar_finish(FILE *out)
{
    static const char zero[2 * BLOCK];
    return fwrite(zero, 1, sizeof zero, out) == sizeof zero ? 0 : -1;
}

struct tar_reader {
    FILE *f;
    long long left;     /* bytes of the current member not read yet */
};

long tar_read(tar_reader *r, void *buf, size_t n)
{
    if (r->left <= 0)
        return 0;
    if ((long long)n > r->left)
        n = (size_t)r->left;
    size_t got = fread(buf, 1, n, r->f);
    if (got == 0)
        return -1;
    r->left -= (long long)got;
    return (long)got;
}

static long long octal(const unsigned char *p, size_t n)
{
    long long v = 0;
    for (size_t i = 0; i < n && p[i] >= '0' && p[i] <= '7'; i++)
        v = v * 8 + (p[i] - '0');
    return v;
}

static int skip(FILE *f, long long n)
{
    char buf[4096];
    while (n > 0) {
        size_t k = n > (long long)sizeof buf ? sizeof buf : (size_t)n;
        if (fread(buf, 1, k, f) != k)
            return -1;
        n -= (long long)k;
    }
    return 0;
}

int tar_each(FILE *f, tar_member_fn fn, void *user, char *err, size_t errlen)
{
    unsigned char h[BLOCK];
    long long offset = 0;
    for (;;) {
        if (fread(h, 1, BLOCK, f) != BLOCK) {
            snprintf(err, errlen, "byte %lld: archive ends without its end blocks", offset);
            return -1;
        }
        static const unsigned char zero[BLOCK];
        if (!memcmp(h, zero, BLOCK))
            return 0;
        if ((unsigned)octal(h + 148, 8) != checksum(h)) {
            snprintf(err, errlen, "byte %lld: damaged tar header", offset);
            return -1;
        }
        char name[300];
        size_t plen = strnlen((char *)h + 345, 155), nlen = strnlen((char *)h, 100);
        snprintf(name, sizeof name, "%.*s%s%.*s", (int)plen, (char *)h + 345, plen ? "/" : "",
                 (int)nlen, (char *)h);
        long long size = octal(h + 124, 12);
        long long padded = (size + BLOCK - 1) / BLOCK * BLOCK;
        int regular = h[156] == '0' || h[156] == 0;
        tar_reader r = {f, regular ? size : 0};
        if (regular && fn(user, &r, name, size) != 0)
            return 1;
        long long consumed = regular ? size - r.left : 0;
        if (skip(f, padded - consumed) != 0) {
            snprintf(err, errlen, "byte %lld: member %s is cut short", offset, name);
            return -1;
        }
        offset += BLOCK + padded;
    }
}
