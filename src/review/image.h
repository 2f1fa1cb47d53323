/*
 * image.h: a page's scan as the browser shows it: the page as `sohoa run`
 * decoded it from the input (leptonica, poppler for PDF; when the input is
 * gone, the page of NAME.pdf, which keeps the scan's pixels), turned upright
 * and deskewed as the OCR saw it, so that the word boxes of the page
 * record fall on their words; JPEG, downscaled to REVIEW_PREVIEW_WIDTH
 * for the first view, full size on zoom. The last few images are kept.
 */
#ifndef SOHOA_REVIEW_IMAGE_H
#define SOHOA_REVIEW_IMAGE_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

#define REVIEW_PREVIEW_WIDTH 1100
#define IMAGE_CACHE_N 12

typedef struct {
    int64_t id;
    int page, full;
    unsigned char *data;
    size_t len;
    unsigned long used;         /* for least recently used */
} image_entry;

typedef struct {
    pthread_mutex_t mu;
    image_entry e[IMAGE_CACHE_N];
    unsigned long clock;
} image_cache;

/* What a page image needs from the catalogue. */
typedef struct {
    const char *path;           /* the input file */
    int page;                   /* 0-based */
    int dpi, render_dpi;        /* the run's --dpi and PDF rendering resolution */
    int rotation;               /* record: quarter turns done (degrees); 0 when
                                 * path is NAME.pdf (poppler applies its /Rotate) */
    double skew;                /* record: degrees deskewed */
    int width, height;          /* record: the boxes' frame */
} image_request;

/* The page as JPEG (malloc'd). 0, or -1 with a reason in err. */
int image_render(const image_request *q, int full, unsigned char **data, size_t *len, char *err,
                 size_t errlen);

void image_cache_init(image_cache *c);
void image_cache_free(image_cache *c);
/* A copy of the cached image (malloc'd), or NULL. */
unsigned char *image_cache_get(image_cache *c, int64_t id, int page, int full, size_t *len);
/* Keep a copy of data. */
void image_cache_put(image_cache *c, int64_t id, int page, int full, const unsigned char *data,
                     size_t len);
/* Forget input id's pages (after a correction nothing changes in the image,
 * but a rerun may have replaced the input). */
void image_cache_drop(image_cache *c, int64_t id);

#endif
