/*
 * input.h: a document file as a sequence of pages.
 *
 * Images (TIFF, multi-page included; PNG; JPEG; JPEG 2000; anything else
 * leptonica reads) give one grayscale-or-colour Pix per page. PDF pages are
 * either rasterised without annotations (so a signature stamp is not drawn
 * and read back as text) or, for born-digital pages, handed over as their
 * text layer. A document handle may be used from several threads: page
 * loads are serialised inside it (poppler does not like one document
 * rendered from two threads at once).
 */
#ifndef SOHOA_INPUT_H
#define SOHOA_INPUT_H

#include <stddef.h>

#include "input/pageinfo.h"

struct Pix;

typedef struct input_doc input_doc;

typedef struct {
    int dpi;                /* --dpi: resolution to assume for images (0 = file/inferred) */
    int render_dpi;         /* resolution PDF pages are rasterised at */
    int force_ocr;          /* --force-ocr: never use a PDF text layer as page text */
    long long max_pixels;   /* --max-pixels: larger pages are read downsampled (0 = no limit) */
} input_options;

/* The default of --max-pixels: 16 million pixels, an A4 page at 400 dpi or
 * an A3 page at about 290 dpi. Tesseract's memory grows with the pixels
 * (docs/archivists.md: 78 MB for a worker on an A4 page at 300 dpi, 134 MB
 * on a colour A3 page at 300 dpi); at this size a worker stays near
 * 135 MB (more while a page that reads badly is turned upright), and OCR
 * gains nothing from more than 300 dpi. */
#define INPUT_MAX_PIXELS 16000000LL

/* The integer factor f that brings a w x h page to at most max_pixels when
 * both sides are divided by f (rounded up); 1 when it fits. */
int input_reduction(long long w, long long h, long long max_pixels);

void input_options_init(input_options *o);

/* Open a file and count its pages. On failure returns NULL and writes a
 * reason (without the file name) into err. */
input_doc *input_open(const char *path, char *err, size_t errlen);
/* The same; library messages about the file name it label (the path as the
 * user gave it) with the page. */
input_doc *input_open_named(const char *path, const char *label, char *err, size_t errlen);
/* The same for a file another process of the run opened already: what the
 * libraries say about the file as a whole (not about a page) is not said
 * again. */
input_doc *input_reopen_named(const char *path, const char *label, char *err, size_t errlen);
void input_close(input_doc *d);
int input_page_count(const input_doc *d);
/* "pdf", "tiff", "png", "jpeg", "jp2", ... */
const char *input_format(const input_doc *d);

typedef struct {
    struct Pix *pix;        /* page image to OCR, NULL when the text layer is the text */
    int dpi;                /* resolution of pix (never 0) */
    dpi_origin dpi_from;
    int file_dpi;           /* what the file declared, 0 if nothing */
    /* PDF only. */
    char *layer_text;       /* the page's text layer (UTF-8 as poppler gives it), or NULL */
    size_t layer_chars;     /* its non-space characters */
    double layer_top, layer_bottom;  /* vertical extent of its characters, in points */
    double page_w, page_h;  /* page size in points */
    double image_cover;     /* largest raster image / page area, 0..1 */
    int use_layer;          /* 1: born-digital page, the layer is the text (no OCR) */
    page_signature *signatures;  /* signature fields on the page */
    size_t nsignatures;
    double t_decode;        /* ms spent decoding or rendering */
    double reduced;         /* pix is the page downsampled this much for --max-pixels (1: not) */
} input_page;

/* Load page index (0-based). 0 on success, else -1 with a reason in err
 * that names the page. A PDF page whose image the library reports it could
 * not decode fails (poppler would render it blank), as does a page whose
 * object in the PDF is damaged; the other pages keep their numbers. */
int input_load_page(input_doc *d, int index, const input_options *o,
                    input_page *pg, char *err, size_t errlen);
void input_page_clear(input_page *pg);

/* The text-layer rule for a scanned PDF page that has a text layer: after
 * OCR, keep the layer as the page text only if it really is the page's
 * text (as many characters as half the OCR's and spanning at least half
 * the height the OCR text spans); otherwise it is a stamp or similar and
 * stays metadata. Spans in any common unit. */
int input_layer_is_page_text(size_t layer_chars, double layer_span,
                             size_t ocr_chars, double ocr_span);

/* The text of a born-digital PDF for `sohoa segment`: every page's text
 * layer, repaired by vnfix (NFC, legacy fonts), pages separated by \f, in
 * *text (malloc'd, NUL-terminated, *len bytes). A PDF with a scanned page
 * (no text layer, or only a stamp's) is refused with the page named: its
 * text comes from OCR (sohoa run). 0, or -1 with a reason in err. */
int input_pdf_text(const char *path, char **text, size_t *len, char *err, size_t errlen);

/* Resolution policy for an image: the declared value when plausible for a
 * document page, else inferred from the page size (A4). */
int input_choose_dpi(int file_dpi, int width, int height, dpi_origin *from);

#endif
