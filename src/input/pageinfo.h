/*
 * pageinfo.h: what the input stage learns about a page before any OCR (where
 * its resolution came from, the PDF's digital signatures). Both input.h and
 * the page record (ocr/page.h) use these types; they live here, below both,
 * so that input/ never includes ocr/.
 */
#ifndef SOHOA_INPUT_PAGEINFO_H
#define SOHOA_INPUT_PAGEINFO_H

typedef enum {
    DPI_FROM_FILE = 0,      /* the image said so and it is plausible */
    DPI_INFERRED,           /* from the page size (A4 assumed) */
    DPI_OPTION,             /* --dpi */
    DPI_RENDERED            /* a PDF page rasterised at this resolution */
} dpi_origin;

/* A digital signature on a PDF page (its visible stamp is not OCR'd). */
typedef struct {
    char *signer;           /* as the certificate names it */
    char *time;             /* signing time, ISO 8601, or NULL */
} page_signature;

#endif
