/* input_private.h: what input.c, image.c and pdf.c share. */
#ifndef SOHOA_INPUT_PRIVATE_H
#define SOHOA_INPUT_PRIVATE_H

#include <pthread.h>

#include "input/input.h"

struct _PopplerDocument;

struct input_doc {
    char *path;
    char *label;            /* the name library messages give (input_open_named) */
    const char *format;
    int pages;
    pthread_mutex_t lock;
    int is_pdf;
    int is_tiff;
    int tiff_readable;      /* TIFF pages before a missing directory (pages - 1 when one is) */
    struct _PopplerDocument *pdf;
    int *pdf_map;           /* physical page -> poppler's page index, -1: unreadable */
};

int image_open(input_doc *d, char *err, size_t errlen);
int image_load_page(input_doc *d, int index, const input_options *o,
                    input_page *pg, char *err, size_t errlen);

int pdf_open(input_doc *d, char *err, size_t errlen);
int pdf_load_page(input_doc *d, int index, const input_options *o,
                  input_page *pg, char *err, size_t errlen);
void pdf_close(input_doc *d);
/* Page index's text layer when it is the page's text (born-digital page):
 * 1 and *text malloc'd; 0 for a scanned or empty page; -1 on error. */
int pdf_page_layer(input_doc *d, int index, char **text, char *err, size_t errlen);

double input_now_ms(void);

#endif
