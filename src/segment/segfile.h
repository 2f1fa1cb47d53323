/*
 * segfile.h: segmenting one file as `sohoa segment` does: the file read
 * whole (or stdin), repaired with libvnfix, and given to seg_run; a PDF is
 * read through its text layer instead.
 *
 * The PDF text-layer reader belongs to the input stage (input_pdf_text),
 * which the segmenter does not link: the caller plugs it in, and without
 * it PDFs are refused with a message that says what to do.
 */
#ifndef SOHOA_SEGMENT_SEGFILE_H
#define SOHOA_SEGMENT_SEGFILE_H

#include <stddef.h>
#include <stdio.h>

#include "vnfix.h"
#include "segment/segment.h"

/* A PDF's text layer: malloc'd NFC UTF-8, already repaired by vnfix (legacy
 * fonts, PDF artefacts), pages separated by \f. 0, or -1 with a reason in
 * err. */
typedef int (*seg_pdf_reader)(const char *path, char **text, size_t *len, char *err,
                              size_t errlen);

enum {
    SEG_FILE_OK = 0,
    SEG_FILE_UNREADABLE = 1,    /* cannot open or read, not a usable PDF, vnfix refused */
    SEG_FILE_NOMEM = 2
};

/* Segment the file at path ("-": stdin). Its bytes go through vnfix (vx)
 * before seg_run, except a PDF's (it starts with "%PDF-"), whose text
 * comes from pdf already repaired, so it is not repaired a second time;
 * pdf NULL refuses PDFs. *res receives the result (seg_result_free).
 * SEG_FILE_OK, or another SEG_FILE_* with a reason in err. */
int seg_file(const seg_ctx *ctx, vnfix_ctx *vx, seg_pdf_reader pdf, const char *path,
             seg_result **res, char *err, size_t errlen);

/* The same reading of a text file (not a PDF), written as the agency
 * model's candidates (seg_candidates) named doc instead of a result. */
int seg_file_candidates(const seg_ctx *ctx, vnfix_ctx *vx, const char *path, const char *doc, FILE *out,
                        char *err, size_t errlen);

#endif
