/* sbuf.c: see sbuf.h. */
#include "common/sbuf.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "repair/utf8.h"

static int grow(sbuf *b, size_t more)
{
    if (b->failed)
        return -1;
    if (b->len + more + 1 <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + more + 1)
        cap *= 2;
    char *p = realloc(b->buf, cap);
    if (!p) {
        b->failed = 1;
        return -1;
    }
    b->buf = p;
    b->cap = cap;
    return 0;
}

void sb_add(sbuf *b, const void *data, size_t n)
{
    if (grow(b, n) != 0)
        return;
    memcpy(b->buf + b->len, data, n);
    b->len += n;
    b->buf[b->len] = 0;
}

void sb_puts(sbuf *b, const char *s)
{
    sb_add(b, s, strlen(s));
}

void sb_putc(sbuf *b, char c)
{
    sb_add(b, &c, 1);
}

void sb_printf(sbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || grow(b, (size_t)n) != 0)
        return;
    va_start(ap, fmt);
    vsnprintf(b->buf + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

long utf8_decode(const unsigned char *s, size_t n, size_t *used)
{
    uint32_t cp;
    size_t k = vnfix_utf8_seq(s, n, &cp);
    *used = k ? k : 1;
    return k ? (long)cp : -1;
}

void sb_xml(sbuf *b, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s);
    while (n) {
        size_t used;
        long cp = utf8_decode(p, n, &used);
        if (cp == '&')
            sb_puts(b, "&amp;");
        else if (cp == '<')
            sb_puts(b, "&lt;");
        else if (cp == '>')
            sb_puts(b, "&gt;");
        else if (cp == '"')
            sb_puts(b, "&quot;");
        else if (cp == '\'')
            sb_puts(b, "&apos;");
        else if (cp < 0 || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') ||
                 cp == 0xFFFE || cp == 0xFFFF)
            sb_puts(b, "\xEF\xBF\xBD");
        else
            sb_add(b, p, used);
        p += used;
        n -= used;
    }
}

char *sb_take(sbuf *b, size_t *len)
{
    if (!b->failed && !b->buf)
        sb_add(b, "", 0);
    char *p = b->failed ? NULL : b->buf;
    if (len)
        *len = p ? b->len : 0;
    if (!p)
        free(b->buf);
    b->buf = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
    return p;
}

void sb_free(sbuf *b)
{
    free(b->buf);
    b->buf = NULL;
    b->len = b->cap = 0;
}

char *sb_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    sbuf b = {0};
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        sb_add(&b, buf, n);
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        sb_free(&b);
        errno = EIO;
        return NULL;
    }
    return sb_take(&b, len);
}

int str_ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n > k && !strcmp(s + n - k, suffix);
}

void *mem_grow(void *arr, size_t *n, size_t sz)
{
    char *p = realloc(arr, (*n + 1) * sz);
    if (!p)
        return NULL;
    memset(p + *n * sz, 0, sz);
    (*n)++;
    return p;
}

void *mem_append(void *arrp, size_t *n, size_t sz)
{
    void **a = arrp;
    char *p = mem_grow(*a, n, sz);
    if (!p)
        return NULL;
    *a = p;
    return p + (*n - 1) * sz;
}
