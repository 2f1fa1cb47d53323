/*
 * hocr.h: hOCR (XHTML): ocr_page / ocr_carea / ocr_par / ocr_line /
 * ocrx_word with bbox in pixels of the page image and x_wconf (0..100),
 * the repaired NFC text as content.
 */
#ifndef SOHOA_ARCHIVE_HOCR_H
#define SOHOA_ARCHIVE_HOCR_H

#include <stddef.h>

#include "archive/part.h"
#include "ocr/page.h"

/* The ocr_page <div> of rec, numbered page_no (1-based). malloc'd. */
char *hocr_page(const page_record *rec, int page_no, size_t *len);

/* Write the document atomically from npages parts made by hocr_page. */
int hocr_write(const char *path, const archive_doc_info *info, int npages, archive_part_fn get,
               void *user, char *err, size_t errlen);

#endif
