/*
 * segstage.h: segmentation as the last stage of sohoa run. Per input, what
 * seg_run found goes into the catalogue (inputs.segment, the targets and
 * agencies tables, the input's CSV rows); at the end of each run
 * OUTDIR/targets.csv and OUTDIR/agencies.csv are rewritten from the
 * catalogue, so they cover every done input, skipped ones included.
 */
#ifndef SOHOA_BATCH_SEGSTAGE_H
#define SOHOA_BATCH_SEGSTAGE_H

#include <stddef.h>
#include <stdint.h>

#include "archive/part.h"
#include "batch/catalog.h"
#include "segment/segment.h"

/* Store r for input id (doc: the input's path as given, the CSV's doc
 * column). 0, or -1 with a reason in err. */
int segstage_store(catalog *c, int64_t id, const seg_result *r, const char *doc, char *err,
                   size_t errlen);

/* Write OUTDIR/targets.csv and OUTDIR/agencies.csv atomically (UTF-8,
 * RFC 4180; bom: start with a byte order mark for spreadsheets). */
int segstage_write_csv(catalog *c, const char *outdir, int bom, char *err, size_t errlen);

/* Metadata fields a person corrected with sohoa review replace what
 * segmentation found, every time the document is segmented again (a rerun,
 * a corrected page). 0 or -1. */
int segstage_apply_corrections(catalog *c, int64_t id, seg_result *r);
/* Index of a correctable metadata field ("issuer", "issuer_full",
 * "doc_type", "number", "date", "place", "title", "signer",
 * "signer_title"), or -1. */
int segstage_meta_field(const char *name);

/* The header facts segmentation read (title, issuer, date, number) as the
 * archival files' descriptive metadata (the PDF's XMP and /Info). */
void segstage_doc_info(const seg_result *r, archive_doc_info *info);

#endif
