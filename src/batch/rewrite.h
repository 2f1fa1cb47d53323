/*
 * rewrite.h: write a finished document's outputs again from the catalogue
 * alone, after a person corrected some of its pages (sohoa review). The
 * same writers as sohoa run's finish step: NAME.txt and NAME.json
 * (output_write_document, with the segmentation run again on the corrected
 * text and stored), NAME.pdf / .alto.xml / .hocr (archive_write_outputs
 * from the stored page parts: the kinds the input already has), and
 * OUTDIR/targets.csv and agencies.csv. Each file is replaced atomically;
 * neither the input file nor OCR is needed.
 */
#ifndef SOHOA_BATCH_REWRITE_H
#define SOHOA_BATCH_REWRITE_H

#include <stddef.h>
#include <stdint.h>

#include "batch/catalog.h"
#include "segment/segment.h"

/* Rewrite input id's outputs (outdir: where targets.csv and agencies.csv
 * are) and take it off the catalogue's list of pending rewrites. 0, or -1
 * with a reason in err (it stays pending: sohoa review writes it when it
 * starts next). */
int batch_rewrite_input(catalog *cat, seg_ctx *seg, const char *outdir, int64_t id, char *err,
                        size_t errlen);

/* Where an input's outputs are under outdir, from the NAME.txt path the
 * catalogue recorded (out_txt, ending in .txt): OUTBASE, malloc'd, or NULL
 * when it is not under outdir. */
char *batch_outbase(const char *outdir, const char *out_txt);

#endif
