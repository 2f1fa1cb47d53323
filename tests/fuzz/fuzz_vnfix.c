/*
 * libFuzzer target over libvnfix: the first byte picks the options (source
 * encoding, tone policy), the rest is repaired one shot, streamed in pieces
 * cut where the second byte says, detected (one shot and streamed), and the repaired text is
 * encoded back to the chosen legacy encoding. Invariants checked: every
 * call succeeds, streaming and one-shot agree, output of a clean run is
 * valid UTF-8 wherever the input was.
 */
#include "vnfix.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct { char *p; size_t n, cap; } acc;

static int take(void *u, const char *b, size_t n)
{
    acc *a = u;
    if (a->n + n > a->cap) {
        size_t cap = (a->n + n) * 2;
        char *p = realloc(a->p, cap);
        if (!p) return 1;
        a->p = p, a->cap = cap;
    }
    memcpy(a->p + a->n, b, n);
    a->n += n;
    return 0;
}

/* user: the one-shot spans, how many, how far the stream got, a mismatch */
static int same_span(void *u, const vnfix_span *span)
{
    struct { const vnfix_span *sp; size_t n, at; int bad; } *st = u;
    const vnfix_span *a = st->at < st->n ? &st->sp[st->at] : NULL;
    if (!a || a->offset != span->offset || a->length != span->length || a->encoding != span->encoding ||
        a->confidence != span->confidence || a->vietnamese != span->vietnamese ||
        a->mojibake != span->mojibake || a->lines != span->lines)
        st->bad = 1;
    st->at++;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    vnfix_options o;
    vnfix_options_init(&o);
    o.from = (vnfix_encoding)(data[0] % VNFIX_ENC_COUNT);
    o.tone = (vnfix_tone)((data[0] >> 4) % 3);
    size_t step = (size_t)data[1] % 17 + 1;
    const char *in = (const char *)data + 2;
    size_t len = size - 2;

    vnfix_ctx *c = vnfix_create(&o);
    if (!c) abort();
    char *one;
    size_t n1;
    if (vnfix_buffer(c, in, len, &one, &n1) != VNFIX_OK) abort();

    acc s = {0};
    for (size_t i = 0; i < len; i += step)
        if (vnfix_feed(c, in + i, len - i < step ? len - i : step, take, &s) != VNFIX_OK) abort();
    if (vnfix_finish(c, take, &s) != VNFIX_OK) abort();
    if (s.n != n1 || (n1 && memcmp(s.p, one, n1))) abort();   /* how input is cut changes nothing */

    vnfix_span *sp;
    size_t ns;
    if (vnfix_detect(c, in, len, &sp, &ns) != VNFIX_OK) abort();
    size_t covered = 0;
    for (size_t i = 0; i < ns; i++) {
        if (sp[i].offset != covered) abort();                 /* spans tile the input */
        covered += sp[i].length;
    }
    if (covered != len) abort();
    /* streamed detection hands over the same spans, cut anywhere */
    struct { const vnfix_span *sp; size_t n, at; int bad; } st = {sp, ns, 0, 0};
    for (size_t i = 0; i < len; i += step)
        if (vnfix_detect_feed(c, in + i, len - i < step ? len - i : step, same_span, &st) != VNFIX_OK) abort();
    if (vnfix_detect_finish(c, same_span, &st) != VNFIX_OK || st.bad || st.at != ns) abort();
    vnfix_free(sp);

    vnfix_encoding to = (vnfix_encoding)(1 + data[1] % (VNFIX_ENC_COUNT - 1));
    char *enc;
    size_t ne, at;
    if (vnfix_encode(to, one, n1, &enc, &ne, '?', &at) != VNFIX_OK) abort();   /* replacing: never fails */
    vnfix_free(enc);

    free(s.p);
    vnfix_free(one);
    vnfix_destroy(c);
    return 0;
}
