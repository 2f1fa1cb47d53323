/*
 * sbuf.h: a growable byte buffer (for building strings, XML and PDF
 * content), UTF-8 decoding and two small helpers (a suffix test, one more
 * element in an array), shared by the stages. Errors (out of
 * memory) are sticky: check sb.failed once at the end, or sb_take's result.
 */
#ifndef SOHOA_COMMON_SBUF_H
#define SOHOA_COMMON_SBUF_H

#include <stddef.h>

typedef struct {
    char *buf;      /* NUL-terminated when len > 0 */
    size_t len, cap;
    int failed;
} sbuf;

void sb_add(sbuf *b, const void *data, size_t n);
void sb_puts(sbuf *b, const char *s);
void sb_putc(sbuf *b, char c);
void sb_printf(sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Text as XML character data or attribute value: & < > " ' escaped, bytes
 * that are not valid UTF-8 and characters XML 1.0 forbids (controls other
 * than tab/newline/CR) become U+FFFD. */
void sb_xml(sbuf *b, const char *s);
/* Take the buffer, NUL-terminated ("" when nothing was added), or NULL when
 * out of memory; b is left empty. */
char *sb_take(sbuf *b, size_t *len);
void sb_free(sbuf *b);
/* A whole file, NUL-terminated (*len without the NUL; len may be NULL),
 * malloc'd; NULL with errno set when it cannot be read. */
char *sb_read_file(const char *path, size_t *len);

/* Decode one UTF-8 character at s (n bytes left): its code point, or -1 for
 * an invalid sequence (then *used = 1). */
long utf8_decode(const unsigned char *s, size_t n, size_t *used);

/* Does s end with suffix and hold more than it? */
int str_ends_with(const char *s, const char *suffix);
/* arr (of *n elements of size sz) grown by one zeroed element at the end:
 * the new array (*n counts it), or NULL with arr and *n unchanged. */
void *mem_grow(void *arr, size_t *n, size_t sz);
/* The same through a pointer to the array (a T ** for T elements): *arrp
 * is replaced, and the new element is returned (NULL when out of memory,
 * nothing changed). */
void *mem_append(void *arrp, size_t *n, size_t sz);

#endif
