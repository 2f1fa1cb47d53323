/*
 * archive.h: the archival outputs of one document in two calls, for
 * sohoa run. When a page is finished (worker thread, page image and record
 * in memory): archive_make_parts. When every page of the document is
 * (the batch's finish step, possibly in a later, resumed run):
 * archive_write_outputs with the parts, stored in the meantime.
 *
 * Parts are made for every output whatever the options ask for (ALTO and
 * hOCR parts cost ~1 ms a page, the PDF part 1-2 % of the OCR time), so
 * that a re-run that adds an output writes only that file from the stored
 * parts, without OCR.
 */
#ifndef SOHOA_ARCHIVE_ARCHIVE_H
#define SOHOA_ARCHIVE_ARCHIVE_H

#include <stddef.h>

#include "archive/part.h"
#include "archive/pdf.h"
#include "ocr/page.h"

struct Pix;

/* Output files (bit set), named OUTBASE + suffix. */
enum {
    ARCHIVE_PDF = 1 << 0,       /* OUTBASE.pdf */
    ARCHIVE_ALTO = 1 << 1,      /* OUTBASE.alto.xml */
    ARCHIVE_HOCR = 1 << 2,      /* OUTBASE.hocr */
};
/* The defaults of sohoa run: PDF and ALTO (--no-pdf, --no-alto remove,
 * --hocr adds). */
#define ARCHIVE_DEFAULT (ARCHIVE_PDF | ARCHIVE_ALTO)

/* Kinds of part, in archive_parts order. */
enum { ARCHIVE_PART_PDF = 0, ARCHIVE_PART_ALTO = 1, ARCHIVE_PART_HOCR = 2, ARCHIVE_NPARTS = 3 };
/* Names to store parts under ("pdf", "alto", "hocr"). */
const char *archive_part_name(int kind);

typedef struct {
    char *data[ARCHIVE_NPARTS];     /* malloc'd; NULL: none (page without image) */
    size_t len[ARCHIVE_NPARTS];
} archive_parts;

/* All parts of a finished page. image: the page as input_load_page gave it
 * (input_page.pix; NULL for a page read from a PDF text layer, which gets
 * no PDF part). A page whose OCR failed (!rec->ok) gets an image-only PDF
 * page and word-less ALTO/hOCR pages, so page numbers hold. 0, or -1 with
 * a reason in err (parts freed). */
int archive_make_parts(const page_record *rec, struct Pix *image, const pdf_page_options *po,
                       archive_parts *out, char *err, size_t errlen);
void archive_parts_free(archive_parts *p);

/* Page i's part of one kind (0-based among the pages written; NULL part
 * for a failed page). Return 0, or -1 to stop. */
typedef int (*archive_kind_fn)(void *user, int kind, int i, const char **data, size_t *len);

/* Write the outputs in `outputs` (ARCHIVE_* bits) for a document of npages
 * pages: OUTBASE.pdf (PDF/A-2b when pdfa), .alto.xml, .hocr, each
 * atomically. Returns the bits written; on an error the reason is in err
 * and the files not written are missing from the result. */
unsigned archive_write_outputs(const char *outbase, const archive_doc_info *info, unsigned outputs,
                               int pdfa, int npages, archive_kind_fn get, void *user, char *err,
                               size_t errlen);

#endif
