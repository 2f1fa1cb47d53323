/*
 * alto.h: ALTO v4 XML (what libraries ingest): for each page, blocks,
 * lines and words (String) with boxes in pixels of the page image, word
 * confidence (WC, 0..1) and the repaired NFC text (CONTENT), SP between
 * words. Valid against alto-4-4.xsd.
 */
#ifndef SOHOA_ARCHIVE_ALTO_H
#define SOHOA_ARCHIVE_ALTO_H

#include <stddef.h>

#include "archive/part.h"
#include "ocr/page.h"

/* The <Page> element of rec, numbered page_no (1-based, unique in the
 * document: it prefixes the element IDs). malloc'd, NULL when out of
 * memory. */
char *alto_page(const page_record *rec, int page_no, size_t *len);

/* Write the document atomically from npages parts made by alto_page.
 * 0 or -1 with a reason in err. */
int alto_write(const char *path, const archive_doc_info *info, int npages, archive_part_fn get,
               void *user, char *err, size_t errlen);

#endif
