/*
 * reduce.h: pages above --max-pixels read smaller, in bounded memory.
 *
 * A decoder hands 8-bit grey source rows (or, for interlaced formats,
 * every k-th pixel of a row) to a reducer, which averages them over
 * f x f blocks into the reduced page. Rows in order need one output row of
 * sums; rows in any order (interlaced PNG, bottom-up BMP) a sum per output
 * pixel, 4 bytes each. Either way memory follows the reduced page, not the
 * file. The readers (reduce_*.c) return NULL on a decoding error (said
 * through libmsg) or when the file's layout is not theirs (*unsupported).
 */
#ifndef SOHOA_INPUT_REDUCE_H
#define SOHOA_INPUT_REDUCE_H

#include <stdint.h>

struct Pix;

typedef struct {
    struct Pix *pix;
    int w, h, f;            /* source size, factor */
    int any_order;
    uint32_t *sum;          /* in order: one output row; any order: every output pixel */
    int rows;               /* in order: source rows summed into sum */
    int y;                  /* in order: next output row */
} reducer;

int reducer_init(reducer *r, int w, int h, int f, int any_order);
/* Source row y (in order: the next one), all w pixels. */
void reducer_row(reducer *r, int y, const unsigned char *grey);
/* n pixels of source row y at x0, x0 + dx, ... (any order only). */
void reducer_pixels(reducer *r, int y, int x0, int dx, const unsigned char *grey, int n);
/* The reduced page (NULL when !ok); frees the sums. */
struct Pix *reducer_done(reducer *r, int ok);

/* Above this many pixels a layout that has to be decoded whole is refused
 * rather than decoded: 4 bytes a pixel, at most 128 MB. */
#define REDUCE_WHOLE_MAX 32000000LL

struct Pix *reduce_png(const char *path, int f);
struct Pix *reduce_tiff(const char *path, int page, int f, int *unsupported);
/* A tiled TIFF page whole, in colour (NULL when not tiled). */
struct Pix *reduce_tiff_tiled(const char *path, int page);
/* The resolution a TIFF page declares (0: none). */
int reduce_tiff_dpi(const char *path, int page);
/* PNM (P1-P6) and uncompressed BMP. */
struct Pix *reduce_pnm(const char *path, int f, int *unsupported);
struct Pix *reduce_bmp(const char *path, int f, int *unsupported);
/* A BMP's size from its header (leptonica's header reader decodes it). */
int reduce_bmp_size(const char *path, int *w, int *h);
/* The resolution a BMP declares (0: none). */
int reduce_bmp_dpi(const char *path);
/* Lossy WebP, scaled by libwebp as it decodes. */
struct Pix *reduce_webp(const char *path, int f, int *unsupported);

#endif
