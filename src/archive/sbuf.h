/*
 * sbuf.h: a growable byte buffer for the archival writers, with the XML
 * escaping ALTO and hOCR share. Errors (out of memory) are sticky: check
 * sb.failed once at the end.
 */
#ifndef SOHOA_ARCHIVE_SBUF_H
#define SOHOA_ARCHIVE_SBUF_H

#include <stddef.h>

typedef struct {
    char *buf;      /* NUL-terminated when len > 0 */
    size_t len, cap;
    int failed;
} sbuf;

void sb_add(sbuf *b, const void *data, size_t n);
void sb_puts(sbuf *b, const char *s);
void sb_printf(sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Text as XML character data or attribute value: & < > " ' escaped, bytes
 * that are not valid UTF-8 and characters XML 1.0 forbids (controls other
 * than tab/newline/CR) become U+FFFD. */
void sb_xml(sbuf *b, const char *s);
/* Take the buffer (NULL when failed or empty); b is left empty. */
char *sb_take(sbuf *b, size_t *len);
void sb_free(sbuf *b);

/* Decode one UTF-8 character at s (n bytes left): its code point, or -1 for
 * an invalid sequence (then *used = 1). */
long utf8_next(const unsigned char *s, size_t n, size_t *used);

#endif
