/*
 * pdf.h: the searchable PDF (PDF/A-2b by default): one page per input page
 * at its resolution (page size = image pixels / dpi x 72 pt), the page
 * image as the input gave it (no resampling: 1-bit pages as CCITT G4, grey
 * pages that are 1-bit scans in disguise as G4 too, other grey and colour
 * pages as lossless Flate unless JPEG is clearly smaller),
 * and under it the repaired NFC text in render mode 3 (invisible) at the
 * words' boxes, in an embedded glyph-less font (tesseract's pdf.ttf) with a
 * ToUnicode map, so that selecting, copying and pdftotext give the text.
 *
 * The word boxes of a page record refer to the page turned upright and
 * deskewed (rec->rotation, rec->skew); the image is kept as decoded and the
 * text is mapped onto it (the page gets /Rotate for the quarter turns), so
 * the archived pixels are the scanner's.
 */
#ifndef SOHOA_ARCHIVE_PDF_H
#define SOHOA_ARCHIVE_PDF_H

#include <stddef.h>

#include "archive/part.h"
#include "ocr/page.h"

struct Pix;

typedef struct {
    int jpeg_quality;       /* grey/colour pages (default 75, libjpeg's) */
    /* A grey page with at least this share of pure black/white pixels is
     * a smoothed 1-bit scan and is kept as 1-bit G4 (lossy only for the
     * smoothing at stroke edges). Default 0.90; 0 or > 1: only exactly
     * two-level pages become 1-bit. */
    double bilevel_share;
    const char *font_path;  /* glyph-less TrueType; NULL: tesseract's pdf.ttf */
} pdf_page_options;

void pdf_page_options_init(pdf_page_options *o);

/* The PDF page part of rec: its encoded image and its text layer, as one
 * self-contained blob for pdf_write. image is the page as input_load_page
 * decoded it (before orientation, deskew and scaling), at rec->dpi. A
 * page record without words (failed, blank) gives an image-only page.
 * malloc'd; NULL with a reason in err. */
char *pdf_page_part(const page_record *rec, struct Pix *image, const pdf_page_options *o,
                    size_t *len, char *err, size_t errlen);

/* The same part with a new text layer from rec (corrected words), the
 * image of the old part kept as it is: no page image needed. malloc'd;
 * NULL with a reason in err. */
char *pdf_page_part_retext(const page_record *rec, const char *old, size_t oldlen, size_t *len,
                           char *err, size_t errlen);

typedef struct {
    int pdfa;               /* 1: PDF/A-2b (XMP, output intent); 0: plain PDF 1.7 */
    const char *font_path;  /* as above */
    const char *icc_path;   /* sRGB profile; NULL: look in the usual Debian places */
} pdf_doc_options;

void pdf_doc_options_init(pdf_doc_options *o);

/* Write the document atomically from npages parts made by pdf_page_part.
 * 0 or -1 with a reason in err. */
int pdf_write(const char *path, const archive_doc_info *info, const pdf_doc_options *o,
              int npages, archive_part_fn get, void *user, char *err, size_t errlen);

/* Where the glyph-less font and the sRGB profile were found (NULL: not). */
const char *pdf_default_font(void);
const char *pdf_default_icc(void);

#endif
