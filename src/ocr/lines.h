/*
 * lines.h: a page's words as rows (tesseract's text lines) cut into
 * pieces where the words are further apart than a cell gap, the unit the
 * layout stage reasons on. Internal to the ocr stage.
 */
#ifndef SOHOA_OCR_LINES_H
#define SOHOA_OCR_LINES_H

#include <stddef.h>

#include "ocr/page.h"

typedef struct {
    int x0, y0, x1, y1;
} box;

typedef struct {
    size_t first, n;        /* its words: ord[first .. first + n) */
    box b;
    int row;
    char *fold;             /* folded text (ocr_fold_into), words one space apart */
} piece;

typedef struct {
    size_t first, n;        /* its pieces, left to right */
    box b;
    int block, para;        /* tesseract's, from the first word */
    int zone;               /* 0: none, 1: header, 2: footer */
    int band;               /* header: 0 or 1 */
} row;

typedef struct {
    size_t *ord;            /* word indexes in tesseract's order */
    size_t nord;
    piece *pieces;
    size_t npieces;
    row *rows;
    size_t nrows;
} lines;

/* Rows and their pieces over the words whose role is WORD_TEXT, cut at
 * gaps wider than gap pixels. 0, or -1 when out of memory. */
int lines_build(const page_record *rec, double gap, lines *L);
void lines_free(lines *L);
/* Grow b by w's box (first: b takes it). */
void lines_box_add(box *b, const ocr_word *w, int first);
/* The median height of lines of more than one word: the page's line
 * height in pixels (at least 1). */
double lines_line_height(const page_record *rec);
/* The median gap between neighbouring words of a line: an ordinary space. */
double lines_word_space(const page_record *rec);

#endif
