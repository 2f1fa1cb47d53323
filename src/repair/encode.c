/*
 * encode.c: the reverse direction, NFC UTF-8 into a legacy encoding (and
 * into the mojibake forms), through the same tables the decoder reads.
 */
#include <stdlib.h>
#include <string.h>

#include "codec.h"

const vnfix_encpt *vnfix_codec_encoded(const vnfix_codec *c, uint32_t cp)
{
    size_t lo = 0, hi = c->nencode;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->encode[mid].cp == cp) return &c->encode[mid];
        if (c->encode[mid].cp < cp) lo = mid + 1; else hi = mid;
    }
    return NULL;
}

static int is_vowel_byte(unsigned char b) { return b && strchr("aeiouyAEIOUY", b) != NULL; }

/* Encode; *out has room for 4 bytes per input byte (VIQR's longest letter is
 * three ASCII bytes for a two-byte UTF-8 letter, plus an escape). */
static int encode_bytes(const vnfix_codec *c, const unsigned char *in, size_t len, unsigned char *out,
                        size_t *outlen, int replace, size_t *err)
{
    size_t i = 0, o = 0;
    while (i < len) {
        uint32_t cp;
        size_t n = 1;
        if (in[i] < 0x80) {
            cp = in[i];
        } else {
            n = vnfix_utf8_seq(in + i, len - i, &cp);
            if (!n) {
                /* not UTF-8: bytes vnfix passed through stay as they are */
                out[o++] = in[i++];
                continue;
            }
        }
        if (cp < 0x80) {
            /* VIQR: a mark character after a letter it could join is escaped */
            if (c->kind == VNFIX_KIND_MNEMONIC && o > 0 && c->mark[cp] &&
                (is_vowel_byte(out[o - 1]) || strchr("(^+", out[o - 1]) ||
                 ((cp == 'd' || cp == 'D') && (out[o - 1] == 'd' || out[o - 1] == 'D'))))
                out[o++] = '\\';
            out[o++] = (unsigned char)cp;
            i += n;
            continue;
        }
        const vnfix_encpt *e = vnfix_codec_encoded(c, cp);
        if (!e && replace == VNFIX_REPLACE_FOLD && (c->flags & VNFIX_CODEC_NO_TONED_CAPS)) {
            vnfix_letter L = vnfix_letter_info(cp);
            if (L.vowel && L.upper)
                e = vnfix_codec_encoded(c, vnfix_letter_compose(L.vowel, L.tone, 0));
        }
        if (e) {
            memcpy(out + o, e->b, e->len);
            o += e->len;
        } else if (replace) {
            out[o++] = replace > 0 && replace < 0x80 ? (unsigned char)replace : '?';
        } else {
            if (err) *err = i;
            return VNFIX_EUNMAPPABLE;
        }
        i += n;
    }
    *outlen = o;
    return VNFIX_OK;
}

int vnfix_encode_form(vnfix_encoding to, vnfix_form form, const char *in, size_t len, char **out,
                      size_t *outlen, int replace, size_t *err_offset)
{
    if ((!in && len) || !out || !outlen || (unsigned)form > VNFIX_FORM_LATIN1)
        return VNFIX_EINVAL;
    const vnfix_codec *c = vnfix_codec_get(to);
    if (!c)
        return VNFIX_EINVAL;
    if (err_offset) *err_offset = 0;
    unsigned char *b = malloc(len * 4 + 1);
    if (!b)
        return VNFIX_ENOMEM;
    size_t n = 0;
    int rc = VNFIX_OK;
    if (c->kind == VNFIX_KIND_UTF8) {
        memcpy(b, in, len);
        n = len;
        if (to == VNFIX_ENC_UTF8_DOUBLE && form == VNFIX_FORM_BYTES)
            form = VNFIX_FORM_CP1252;         /* that is what utf-8-double is */
    } else {
        rc = encode_bytes(c, (const unsigned char *)in, len, b, &n, replace, err_offset);
    }
    if (rc) {
        free(b);
        return rc;
    }
    if (form != VNFIX_FORM_BYTES) {
        uint32_t *cps = malloc((n + 1) * sizeof *cps);
        unsigned char *u = malloc(n * 3 + 1);
        if (!cps || !u) {
            free(cps), free(u), free(b);
            return VNFIX_ENOMEM;
        }
        for (size_t i = 0; i < n; i++)
            cps[i] = form == VNFIX_FORM_LATIN1 ? b[i] : vnfix_cp1252_char(b[i]);
        n = vnfix_cps_to_utf8(cps, n, u);
        free(cps);
        free(b);
        b = u;
    }
    b[n] = 0;
    *out = (char *)b;
    *outlen = n;
    return VNFIX_OK;
}

int vnfix_encode(vnfix_encoding to, const char *in, size_t len, char **out, size_t *outlen, int replace,
                 size_t *err_offset)
{
    return vnfix_encode_form(to, VNFIX_FORM_BYTES, in, len, out, outlen, replace, err_offset);
}
