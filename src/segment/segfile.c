/* Segmenting one file (segfile.h): read, repair, seg_run. */
#include "segment/segfile.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* All of fp into *out (malloc'd, *len bytes). 0 or -1. */
static int read_all(FILE *fp, char **out, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *b = malloc(cap);
    if (!b)
        return -1;
    for (;;) {
        if (n == cap) {
            char *q = realloc(b, cap * 2);
            if (!q) {
                free(b);
                return -1;
            }
            b = q;
            cap *= 2;
        }
        size_t got = fread(b + n, 1, cap - n, fp);
        n += got;
        if (got == 0)
            break;
    }
    if (ferror(fp)) {
        free(b);
        return -1;
    }
    *out = b;
    *len = n;
    return 0;
}

/* The bytes of path ("-": stdin). SEG_FILE_OK or SEG_FILE_UNREADABLE. */
static int read_file(const char *path, char **raw, size_t *len, char *err, size_t errlen)
{
    int is_stdin = !strcmp(path, "-");
    FILE *fp = is_stdin ? stdin : fopen(path, "rb");
    if (!fp) {
        snprintf(err, errlen, "%s", strerror(errno));
        return SEG_FILE_UNREADABLE;
    }
    int rr = read_all(fp, raw, len);
    if (!is_stdin)
        fclose(fp);
    if (rr < 0) {
        snprintf(err, errlen, "read error");
        return SEG_FILE_UNREADABLE;
    }
    return SEG_FILE_OK;
}

int seg_file(const seg_ctx *ctx, vnfix_ctx *vx, seg_pdf_reader pdf, const char *path,
             seg_result **res, char *err, size_t errlen)
{
    *res = NULL;
    char *raw = NULL;
    size_t rawlen = 0;
    int rc = read_file(path, &raw, &rawlen, err, errlen);
    if (rc != SEG_FILE_OK)
        return rc;
    if (rawlen >= 5 && !memcmp(raw, "%PDF-", 5)) {
        /* The text layer, read again by the PDF reader, which repairs it:
         * a second vnfix pass would only cost time. */
        free(raw);
        char *text = NULL;
        size_t len = 0;
        if (!pdf) {
            snprintf(err, errlen, "PDF input needs the PDF text-layer reader (use sohoa run,"
                                  " or give the .txt)");
            return SEG_FILE_UNREADABLE;
        }
        if (pdf(path, &text, &len, err, errlen) < 0)
            return SEG_FILE_UNREADABLE;
        *res = seg_run(ctx, text, len);
        free(text);
    } else {
        char *text = NULL;
        size_t len = 0;
        int vr = vnfix_buffer(vx, raw, rawlen, &text, &len);
        free(raw);
        if (vr != VNFIX_OK) {
            snprintf(err, errlen, "vnfix: %s", vnfix_strerror(vr));
            return vr == VNFIX_ENOMEM ? SEG_FILE_NOMEM : SEG_FILE_UNREADABLE;
        }
        *res = seg_run(ctx, text, len);
        vnfix_free(text);
    }
    if (!*res) {
        snprintf(err, errlen, "out of memory");
        return SEG_FILE_NOMEM;
    }
    return SEG_FILE_OK;
}

int seg_file_candidates(const seg_ctx *ctx, vnfix_ctx *vx, const char *path, const char *doc, FILE *out,
                        char *err, size_t errlen)
{
    char *raw = NULL, *text = NULL;
    size_t rawlen = 0, len = 0;
    int rc = read_file(path, &raw, &rawlen, err, errlen);
    if (rc != SEG_FILE_OK)
        return rc;
    int vr = vnfix_buffer(vx, raw, rawlen, &text, &len);
    free(raw);
    if (vr != VNFIX_OK) {
        snprintf(err, errlen, "vnfix: %s", vnfix_strerror(vr));
        return vr == VNFIX_ENOMEM ? SEG_FILE_NOMEM : SEG_FILE_UNREADABLE;
    }
    rc = seg_candidates(ctx, text, len, doc, out) < 0 ? SEG_FILE_NOMEM : SEG_FILE_OK;
    vnfix_free(text);
    if (rc != SEG_FILE_OK)
        snprintf(err, errlen, "out of memory");
    return rc;
}
