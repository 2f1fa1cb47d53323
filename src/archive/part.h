/*
 * part.h: how the archival writers get their pages.
 *
 * A page's share of an output (its ALTO <Page>, its hOCR ocr_page, its PDF
 * page with the encoded image) is made when the page is finished, from its
 * page record and image while they are in memory, and kept (catalogue
 * blob, file) so that a resumed run can still write the document at the
 * end without decoding or OCRing the page again. The document writers then
 * ask for the parts in page order through this callback.
 */
#ifndef SOHOA_ARCHIVE_PART_H
#define SOHOA_ARCHIVE_PART_H

#include <stddef.h>

/* Page i (0-based among the pages written): its part in *data and *len (valid
 * until the next call). Return 0, or -1 to stop with an error. A NULL part
 * (failed page) is skipped. */
typedef int (*archive_part_fn)(void *user, int i, const char **data, size_t *len);

/* What the document-level headers say about where the pages came from. */
typedef struct {
    const char *source;         /* input path as given (ALTO fileName, hOCR image) */
    const char *title;          /* document title, or NULL (file name used) */
    const char *software;       /* "sohoa 0.1.0" */
    const char *engine;         /* "tesseract 5.3.0 vie", or NULL */
    const char *lang;           /* ISO 639 language of the text, "vi" */
    long long created;          /* seconds since the epoch (UTC): dates in metadata */
    /* What segmentation read in the document's header, for the PDF's XMP
     * (Dublin Core) and /Info; each NULL when not found. */
    const char *creator;        /* the issuing body ("UBND tỉnh Quảng Ngãi") */
    const char *issued;         /* date of issue, ISO ("2025-11-21") */
    const char *identifier;     /* số, ký hiệu ("1627/QĐ-UBND") */
} archive_doc_info;



/* Write head, the npages parts in order, then tail into path atomically.
 * 0 or -1 with a reason naming path in err. */
int archive_write_parts(const char *path, const char *head, const char *tail, int npages,
                        archive_part_fn get, void *user, char *err, size_t errlen);

/* info->created as "2026-11-24T13:20:00Z" (buf of at least 24 bytes). */
const char *archive_iso_time(const archive_doc_info *info, char *buf, size_t len);
#endif
