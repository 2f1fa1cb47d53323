/*
 * pdfpart.h: the blob a PDF page travels in between pdf_page_part (when the
 * page is finished) and pdf_write (when the document is). Private to the
 * PDF writer.
 */
#ifndef SOHOA_ARCHIVE_PDFPART_H
#define SOHOA_ARCHIVE_PDFPART_H

#include <stddef.h>
#include <stdint.h>

#define PDFPART_MAX_NONBMP 1024

enum { PDFPART_CCITT = 0, PDFPART_DCT = 1, PDFPART_FLATE = 2 };

typedef struct {
    double width_pt, height_pt;
    int rotate;                 /* /Rotate */
    int img_w, img_h, bpc, ncomp, filter;
    size_t img_len, content_len;    /* content: Flate-compressed */
    int nnonbmp;                /* code 0xD800 + k stands for nonbmp[k] */
    uint32_t nonbmp[PDFPART_MAX_NONBMP];
} pdf_part;

/* Header, image data and content in one malloc'd blob. */
char *pdfpart_pack(const pdf_part *h, const void *img, const void *content, size_t *len);
/* Read a blob back: header into h, pointers into blob. 0 or -1 (corrupt). */
int pdfpart_unpack(const char *blob, size_t len, pdf_part *h, const unsigned char **img,
                   const unsigned char **content);

#endif
