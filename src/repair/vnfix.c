/*
 * vnfix.c: the public entry points of libvnfix.
 *
 * First cut: the context, options, one-shot and streaming calls, and NFC
 * normalisation of UTF-8 through ICU with the PDF artifact U+01A3/U+01A2
 * (ƣ/Ƣ, which PDF text extraction yields for ư/Ư) mapped back. The legacy
 * encodings and per-span detection land on top of this interface.
 */
#include "vnfix.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/unorm2.h>
#include <unicode/ustring.h>

struct vnfix_ctx {
    vnfix_options opt;
    const UNormalizer2 *nfc;
    /* Streaming: bytes of an incomplete line carried to the next feed. */
    char *pending;
    size_t npending, cap;
};

static const char *const enc_names[VNFIX_ENC_COUNT] = {
    "auto", "utf-8", "vni", "tcvn3", "viscii", "vps", "viqr", "cp1258", "utf-8-double",
};

const char *vnfix_encoding_name(vnfix_encoding enc)
{
    return (unsigned)enc < VNFIX_ENC_COUNT ? enc_names[enc] : NULL;
}

int vnfix_encoding_from_name(const char *name)
{
    if (!name)
        return -1;
    for (int i = 0; i < VNFIX_ENC_COUNT; i++) {
        const char *a = enc_names[i], *b = name;
        while (*a && (*a == *b || (*a >= 'a' && *a <= 'z' && *a - 32 == *b))) a++, b++;
        if (!*a && !*b)
            return i;
    }
    return -1;
}

void vnfix_options_init(vnfix_options *opt)
{
    memset(opt, 0, sizeof *opt);
    opt->from = VNFIX_ENC_AUTO;
    opt->tone = VNFIX_TONE_KEEP;
}

vnfix_ctx *vnfix_create(const vnfix_options *opt)
{
    UErrorCode st = U_ZERO_ERROR;
    vnfix_ctx *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    if (opt)
        c->opt = *opt;
    else
        vnfix_options_init(&c->opt);
    c->nfc = unorm2_getNFCInstance(&st);
    if (U_FAILURE(st)) {
        free(c);
        return NULL;
    }
    return c;
}

void vnfix_destroy(vnfix_ctx *c)
{
    if (!c)
        return;
    free(c->pending);
    free(c);
}

void vnfix_free(void *p) { free(p); }

const char *vnfix_strerror(int err)
{
    switch (err) {
    case VNFIX_OK: return "success";
    case VNFIX_ENOMEM: return "out of memory";
    case VNFIX_EINVAL: return "invalid argument";
    case VNFIX_EUNMAPPABLE: return "character cannot be represented in the target encoding";
    case VNFIX_EWRITE: return "output callback failed";
    case VNFIX_EICU: return "ICU error";
    default: return "unknown error";
    }
}

/* NFC of valid UTF-8, with the PDF artifacts mapped. */
static int repair_utf8(vnfix_ctx *c, const char *in, size_t len, char **out, size_t *outlen)
{
    UErrorCode st = U_ZERO_ERROR;
    int32_t ulen = 0;
    u_strFromUTF8(NULL, 0, &ulen, in, (int32_t)len, &st);
    if (st != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(st))
        return VNFIX_EICU;
    st = U_ZERO_ERROR;
    UChar *u = malloc(((size_t)ulen + 1) * sizeof *u);
    UChar *n = malloc(((size_t)ulen * 3 + 1) * sizeof *n);
    int rc = VNFIX_ENOMEM;
    if (!u || !n)
        goto done;
    u_strFromUTF8(u, ulen + 1, NULL, in, (int32_t)len, &st);
    for (int32_t i = 0; i < ulen; i++) {
        if (u[i] == 0x01A3) u[i] = 0x01B0;
        else if (u[i] == 0x01A2) u[i] = 0x01AF;
    }
    int32_t nlen = unorm2_normalize(c->nfc, u, ulen, n, ulen * 3 + 1, &st);
    rc = VNFIX_EICU;
    if (U_FAILURE(st))
        goto done;
    int32_t blen = 0;
    st = U_ZERO_ERROR;
    u_strToUTF8(NULL, 0, &blen, n, nlen, &st);
    st = U_ZERO_ERROR;
    rc = VNFIX_ENOMEM;
    if (!(*out = malloc((size_t)blen + 1)))
        goto done;
    u_strToUTF8(*out, blen + 1, NULL, n, nlen, &st);
    *outlen = (size_t)blen;
    rc = VNFIX_OK;
done:
    free(u);
    free(n);
    return rc;
}

int vnfix_buffer(vnfix_ctx *c, const char *in, size_t len, char **out, size_t *outlen)
{
    if (!c || (!in && len) || !out || !outlen)
        return VNFIX_EINVAL;
    c->npending = 0;
    return repair_utf8(c, in ? in : "", len, out, outlen);
}

static int emit(vnfix_ctx *c, const char *in, size_t len, vnfix_write_fn w, void *user)
{
    char *o;
    size_t n;
    int rc = repair_utf8(c, in, len, &o, &n);
    if (rc)
        return rc;
    if (n && w(user, o, n))
        rc = VNFIX_EWRITE;
    free(o);
    return rc;
}

int vnfix_feed(vnfix_ctx *c, const char *in, size_t len, vnfix_write_fn w, void *user)
{
    if (!c || (!in && len) || !w)
        return VNFIX_EINVAL;
    /* Process up to the last newline; keep the tail for the next call. */
    size_t cut = len;
    while (cut > 0 && in[cut - 1] != '\n') cut--;
    if (cut == 0) {
        if (len == 0)
            return VNFIX_OK;
        if (c->npending + len > c->cap) {
            size_t ncap = (c->npending + len) * 2;
            char *p = realloc(c->pending, ncap);
            if (!p) return VNFIX_ENOMEM;
            c->pending = p, c->cap = ncap;
        }
        memcpy(c->pending + c->npending, in, len);
        c->npending += len;
        return VNFIX_OK;
    }
    int rc = VNFIX_OK;
    if (c->npending) {
        if (c->npending + cut > c->cap) {
            size_t ncap = c->npending + cut;
            char *p = realloc(c->pending, ncap);
            if (!p) return VNFIX_ENOMEM;
            c->pending = p, c->cap = ncap;
        }
        memcpy(c->pending + c->npending, in, cut);
        rc = emit(c, c->pending, c->npending + cut, w, user);
        c->npending = 0;
    } else {
        rc = emit(c, in, cut, w, user);
    }
    if (rc)
        return rc;
    return vnfix_feed(c, in + cut, len - cut, w, user);
}

int vnfix_finish(vnfix_ctx *c, vnfix_write_fn w, void *user)
{
    if (!c || !w)
        return VNFIX_EINVAL;
    int rc = c->npending ? emit(c, c->pending, c->npending, w, user) : VNFIX_OK;
    c->npending = 0;
    return rc;
}

int vnfix_detect(vnfix_ctx *c, const char *in, size_t len, vnfix_span **spans, size_t *count)
{
    if (!c || (!in && len) || !spans || !count)
        return VNFIX_EINVAL;
    *count = 0;
    if (!(*spans = calloc(1, sizeof **spans)))
        return VNFIX_ENOMEM;
    (*spans)[0] = (vnfix_span){0, len, VNFIX_ENC_UTF8, 1.0, 1};
    *count = 1;
    return VNFIX_OK;
}

int vnfix_encode(vnfix_encoding to, const char *in, size_t len, char **out,
                 size_t *outlen, int replace, size_t *err_offset)
{
    (void)replace;
    if (!in || !out || !outlen || to != VNFIX_ENC_UTF8)
        return VNFIX_EINVAL;
    if (err_offset) *err_offset = 0;
    if (!(*out = malloc(len + 1)))
        return VNFIX_ENOMEM;
    memcpy(*out, in, len);
    (*out)[len] = 0;
    *outlen = len;
    return VNFIX_OK;
}
