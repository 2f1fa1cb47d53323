/* pdfpart.c: packing a PDF page part into one blob and reading it back. */
#include "archive/pdfpart.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/sbuf.h"

#define MAGIC "SOHOAPDF1\n"

char *pdfpart_pack(const pdf_part *h, const void *img, const void *content, size_t *len)
{
    sbuf b = {0};
    sb_puts(&b, MAGIC);
    sb_printf(&b, "%.4f %.4f %d %d %d %d %d %d %zu %zu %d\n", h->width_pt, h->height_pt,
              h->rotate, h->img_w, h->img_h, h->bpc, h->ncomp, h->filter, h->img_len,
              h->content_len, h->nnonbmp);
    for (int i = 0; i < h->nnonbmp; i++)
        sb_printf(&b, "%X ", (unsigned)h->nonbmp[i]);
    sb_puts(&b, "\n");
    sb_add(&b, img, h->img_len);
    sb_add(&b, content, h->content_len);
    return sb_take(&b, len);
}

int pdfpart_unpack(const char *blob, size_t len, pdf_part *h, const unsigned char **img,
                   const unsigned char **content)
{
    size_t ml = strlen(MAGIC);
    if (!blob || len < ml || memcmp(blob, MAGIC, ml))
        return -1;
    const char *p = blob + ml, *end = blob + len;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    if (!nl)
        return -1;
    char line[256];
    if ((size_t)(nl - p) >= sizeof line)
        return -1;
    memcpy(line, p, (size_t)(nl - p));
    line[nl - p] = 0;
    memset(h, 0, sizeof *h);
    if (sscanf(line, "%lf %lf %d %d %d %d %d %d %zu %zu %d", &h->width_pt, &h->height_pt,
               &h->rotate, &h->img_w, &h->img_h, &h->bpc, &h->ncomp, &h->filter, &h->img_len,
               &h->content_len, &h->nnonbmp) != 11 ||
        h->nnonbmp < 0 || h->nnonbmp > PDFPART_MAX_NONBMP || h->img_w <= 0 || h->img_h <= 0)
        return -1;
    p = nl + 1;
    for (int i = 0; i < h->nnonbmp; i++) {
        char *e;
        unsigned long v = strtoul(p, &e, 16);
        if (e == p || e >= end)
            return -1;
        h->nonbmp[i] = (uint32_t)v;
        p = e + 1;
    }
    nl = memchr(p, '\n', (size_t)(end - p));
    if (!nl)
        return -1;
    p = nl + 1;
    if ((size_t)(end - p) != h->img_len + h->content_len)
        return -1;
    *img = (const unsigned char *)p;
    *content = (const unsigned char *)p + h->img_len;
    return 0;
}
