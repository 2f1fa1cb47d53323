/*
 * page.h: the page record. Everything a stage learns about one page lands
 * here; output/ writes it into NAME.json and the catalogue keeps it so a
 * resumed run never redoes a finished page. Later stages read the words
 * (boxes for PDF/ALTO, confidences and symbol alternatives for the
 * diacritic repair) from this record, not from tesseract.
 *
 * Coordinates: pixels of the page image the boxes refer to, that is the
 * decoded page turned upright (rotation) and deskewed (skew), at `dpi`
 * (any upscaling done for OCR is undone), origin top-left. width/height
 * are that image's size.
 */
#ifndef SOHOA_OCR_PAGE_H
#define SOHOA_OCR_PAGE_H

#include <stddef.h>

#include "input/pageinfo.h"

/* One of tesseract's candidates for a symbol (lstm_choice_mode). */
typedef struct {
    char *text;             /* UTF-8 */
    float conf;             /* 0..100 */
} ocr_choice;

typedef struct {
    char *text;             /* the symbol tesseract emitted */
    float conf;
    ocr_choice *choices;    /* best first; may be empty */
    int nchoices;
} ocr_symbol;

/* What a word is to the page (ocr/layout.c decides). Only WORD_TEXT words
 * make the page text; the others keep their boxes for ALTO, hOCR and the
 * PDF text layer, where they are drawn on the image. */
typedef enum {
    WORD_TEXT = 0,
    WORD_STAMP,             /* a receiving office's stamp ("dấu ĐẾN") */
    WORD_NOISE              /* a printed rule or smudge read as _—~ */
} word_role;

typedef struct {
    char *text;             /* after vnfix (NFC), as it appears in page text */
    char *raw;              /* tesseract's text when it differs, else NULL */
    int x0, y0, x1, y1;     /* box, x1/y1 exclusive */
    float conf;             /* 0..100 */
    int block, para, line;  /* page-wide running indexes (ALTO grouping) */
    word_role role;
    ocr_symbol *symbols;
    int nsymbols;
} ocr_word;

/* A stamp found on the page and taken out of its text (ocr/layout.c). */
typedef struct {
    char *kind;             /* "received": the dấu ĐẾN of Decree 30, Phụ lục IV */
    char *text;             /* its words in reading order, NFC */
    int x0, y0, x1, y1;
} page_stamp;

/* A header fill-in (number, date) that could not be read and is left as
 * a gap in the text for a person to fill in (ocr/fillin.c). */
typedef struct {
    char *field;            /* "number" or "date" */
    char *read;             /* what tesseract read there ("" when nothing) */
    int x0, y0, x1, y1;
} page_review;

/* A change a repair stage made to the text (vnfix now, issue 14 later). */
typedef struct {
    char *stage;            /* "vnfix", ... */
    int word;               /* index into words, or -1 for page-level */
    char *from, *to;
} ocr_repair;

typedef enum {
    PAGE_SRC_OCR = 0,       /* tesseract on the page image */
    PAGE_SRC_TEXT_LAYER,    /* the PDF's own text (born-digital) */
    PAGE_SRC_EMPTY          /* nothing to read (blank page) */
} page_source;

typedef struct {
    int index;              /* 0-based page number in the document */
    int ok;                 /* 1 when text was produced */
    char *error;            /* why not, when !ok */
    page_source source;
    int width, height, dpi;
    dpi_origin dpi_from;
    int file_dpi;           /* what the file declared (0 = nothing) */
    double scale;           /* upscaling applied for OCR (1 = none) */
    double reduced;         /* the page was read downsampled this much (--max-pixels; 1 = not) */
    double skew;            /* degrees corrected (positive = counter-clockwise) */
    double skew_conf;
    int rotation;           /* 0/90/180/270 clockwise turned to upright */
    float rotation_conf;
    float mean_conf;        /* tesseract's mean word confidence */
    char *text;             /* NFC page text, lines separated by \n */
    size_t text_len;
    char *layer_text;       /* a PDF text layer not used as page text (signature stamp) */
    page_signature *signatures;
    size_t nsignatures;
    page_stamp *stamps;
    size_t nstamps;
    page_review *reviews;
    size_t nreviews;
    ocr_word *words;
    size_t nwords;
    ocr_repair *repairs;
    size_t nrepairs;
    /* Wall times in milliseconds. */
    double t_decode, t_preprocess, t_ocr, t_repair;
} page_record;

void page_record_init(page_record *p, int index);
/* Release everything the record owns (not the struct itself). */
void page_record_clear(page_record *p);
/* Release what one word owns and zero it. */
void ocr_word_clear(ocr_word *w);
/* The words in their order, as tesseract's own page text joins them: a
 * space between the words of a line, \n after a line, another after a
 * paragraph (block and para indexes); words of blanks only (rules and
 * pictures) left out. malloc'd ("" for no words), its
 * length in *len; NULL when out of memory. */
char *page_words_text(const page_record *p, size_t *len);
void page_record_set_error(page_record *p, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

const char *page_source_name(page_source s);
const char *dpi_origin_name(dpi_origin d);

/* Words under this confidence are listed as low-confidence in NAME.json. */
#define PAGE_LOW_CONF 60.0f

#endif
