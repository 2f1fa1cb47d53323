/*
 * restorer.c: diacritic restoration of a stream (vnfix_restorer, vnfix.h).
 *
 * The restorer wants context (trigrams across lines, the document's tone
 * style), so the text is gathered into blocks of whole paragraphs (at least
 * BLOCK bytes, cut at a blank line, else a line end, else a blank) and each
 * block is restored with vnfix_restore and handed on. Memory stays bounded
 * by the block size, for lines of any length.
 */
#include "vnfix.h"

#include <stdlib.h>
#include <string.h>

#define BLOCK (256 * 1024)

struct vnfix_restorer {
    const vnfix_model *model;
    vnfix_restore_options opt;      /* opt.mode: this stream's, once decided */
    vnfix_restore_mode want;        /* the mode asked for */
    vnfix_explain_fn explain;       /* the caller's, given stream offsets */
    void *explain_user;
    char *buf;                      /* text waiting for a block to fill */
    size_t len, cap;
    size_t base;                    /* stream offset of buf[0] */
    size_t changes;
};

/* The caller's explain callback, with the change's offset in the stream. */
static void explain_in_stream(void *user, const vnfix_change *c)
{
    vnfix_restorer *r = user;
    vnfix_change x = *c;
    x.offset += r->base;
    r->explain(r->explain_user, &x);
}

vnfix_restorer *vnfix_restorer_create(const vnfix_model *m, const vnfix_restore_options *opt)
{
    if (!m)
        return NULL;
    vnfix_restorer *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->model = m;
    if (opt)
        r->opt = *opt;
    else
        vnfix_restore_options_init(&r->opt);
    r->want = r->opt.mode;
    r->explain = r->opt.explain;
    r->explain_user = r->opt.explain_user;
    if (r->explain) {
        r->opt.explain = explain_in_stream;
        r->opt.explain_user = r;
    }
    return r;
}

void vnfix_restorer_destroy(vnfix_restorer *r)
{
    if (!r)
        return;
    free(r->buf);
    free(r);
}

size_t vnfix_restorer_changes(const vnfix_restorer *r) { return r ? r->changes : 0; }

/* Restore and hand on the first n waiting bytes. */
static int flush(vnfix_restorer *r, size_t n, vnfix_write_fn write, void *user)
{
    if (!n)
        return VNFIX_OK;
    if (r->opt.mode == VNFIX_RESTORE_AUTO)   /* decided once per stream, on its first block */
        r->opt.mode = vnfix_restore_detect_mode(r->buf, n);
    char *o;
    size_t olen, changes = 0;
    if (vnfix_restore(r->model, r->buf, n, &r->opt, &o, &olen, NULL, &changes))
        return VNFIX_ENOMEM;
    r->changes += changes;
    int bad = write(user, o, olen);
    free(o);
    memmove(r->buf, r->buf + n, r->len - n);
    r->len -= n;
    r->base += n;
    return bad ? VNFIX_EWRITE : VNFIX_OK;
}

/* Where a full block ends: after a blank line, else a line end, else a
 * blank; a block without any (a file without newlines or blanks) is taken
 * whole, the writer handing over whole characters. */
static size_t block_end(const char *p, size_t len)
{
    for (size_t i = len; i > 1; i--)
        if (p[i - 1] == '\n' && p[i - 2] == '\n')
            return i;
    for (size_t i = len; i > 0; i--)
        if (p[i - 1] == '\n')
            return i;
    for (size_t i = len; i > 0; i--)
        if (p[i - 1] == ' ' || p[i - 1] == '\t')
            return i;
    return len;
}

int vnfix_restorer_feed(vnfix_restorer *r, const char *text, size_t len, vnfix_write_fn write, void *user)
{
    if (!r || (!text && len) || !write)
        return VNFIX_EINVAL;
    if (r->len + len > r->cap) {
        size_t cap = r->cap ? r->cap : 4096;
        while (cap < r->len + len) cap *= 2;
        char *b = realloc(r->buf, cap);
        if (!b)
            return VNFIX_ENOMEM;
        r->buf = b, r->cap = cap;
    }
    if (len)
        memcpy(r->buf + r->len, text, len);
    r->len += len;
    if (r->len < BLOCK)
        return VNFIX_OK;
    return flush(r, block_end(r->buf, r->len), write, user);
}

int vnfix_restorer_finish(vnfix_restorer *r, vnfix_write_fn write, void *user)
{
    if (!r || !write)
        return VNFIX_EINVAL;
    int rc = flush(r, r->len, write, user);
    r->len = r->base = 0;
    r->opt.mode = r->want;
    return rc;
}

void vnfix_restorer_reset(vnfix_restorer *r)
{
    if (!r)
        return;
    r->len = r->base = 0;
    r->opt.mode = r->want;
}
