/* The text layer of a born-digital PDF as one text, for sohoa segment. */
#define _XOPEN_SOURCE 700   /* realpath */
#include "input/input_private.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/sbuf.h"
#include "vnfix.h"

int input_pdf_text(const char *path, char **text, size_t *len, char *err, size_t errlen)
{
    *text = NULL;
    *len = 0;
    /* poppler opens files by URI, which wants an absolute path. */
    char *abs = realpath(path, NULL);
    if (!abs) {
        snprintf(err, errlen, "cannot open: %s", strerror(errno));
        return -1;
    }
    input_doc *d = input_open(abs, err, errlen);
    free(abs);
    if (!d)
        return -1;
    if (!d->is_pdf) {
        snprintf(err, errlen, "not a PDF");
        input_close(d);
        return -1;
    }
    sbuf b = {0};
    int scanned = 0, first_scanned = 0, rc = 0;
    for (int i = 0; i < d->pages && rc == 0; i++) {
        char *t = NULL;
        int r = pdf_page_layer(d, i, &t, err, errlen);
        if (r < 0) {
            rc = -1;
            break;
        }
        if (i)
            sb_putc(&b, '\f');
        if (r == 0) {
            if (!scanned++)
                first_scanned = i + 1;
            continue;
        }
        sb_puts(&b, t);
        free(t);
    }
    int pages = d->pages;
    input_close(d);
    if (rc == 0 && scanned == pages) {
        snprintf(err, errlen, "no text layer (a scanned PDF): run sohoa run first and segment its NAME.txt");
        rc = -1;
    } else if (rc == 0 && scanned) {
        snprintf(err, errlen, "page %d%s has no text layer (scanned): run sohoa run first and segment its NAME.txt",
                 first_scanned, scanned > 1 ? " and others" : "");
        rc = -1;
    }
    size_t rawlen = 0;
    char *raw = sb_take(&b, &rawlen);
    if (rc != 0) {
        free(raw);
        return -1;
    }
    if (!raw) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    /* Legacy-font mojibake and ƣ artefacts are common in these layers. */
    vnfix_ctx *vx = vnfix_create(NULL);
    char *out = NULL;
    size_t n = 0;
    int vr = vx ? vnfix_buffer(vx, raw, rawlen, &out, &n) : VNFIX_OK + 1;
    free(raw);
    if (!vx || vr != VNFIX_OK) {
        snprintf(err, errlen, "text repair (vnfix) failed");
        if (vx)
            vnfix_destroy(vx);
        return -1;
    }
    *text = malloc(n + 1);
    if (*text) {
        memcpy(*text, out, n);
        (*text)[n] = 0;
        *len = n;
    }
    vnfix_free(out);
    vnfix_destroy(vx);
    if (!*text) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    return 0;
}
