/*
 * Pages larger than --max-pixels, read smaller (reduce.h): the reduction
 * factor and the reducer the format readers feed. Decoding a 20000x20000
 * scan whole takes 0.4-1.6 GB before OCR even starts.
 */
#include "input/input_private.h"
#include "input/reduce.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <leptonica/allheaders.h>

int input_reduction(long long w, long long h, long long max_pixels)
{
    if (max_pixels <= 0 || w * h <= max_pixels)
        return 1;
    int f = (int)ceil(sqrt((double)w * (double)h / (double)max_pixels));
    while ((w + f - 1) / f * ((h + f - 1) / f) > max_pixels)
        f++;
    return f;
}

int reducer_init(reducer *r, int w, int h, int f, int any_order)
{
    memset(r, 0, sizeof *r);
    r->w = w;
    r->h = h;
    r->f = f;
    r->any_order = any_order;
    int ow = (w + f - 1) / f, oh = (h + f - 1) / f;
    r->pix = pixCreate(ow, oh, 8);
    r->sum = calloc((size_t)ow * (any_order ? (size_t)oh : 1), sizeof *r->sum);
    if (r->pix && r->sum)
        return 0;
    pixDestroy(&r->pix);
    free(r->sum);
    r->sum = NULL;
    return -1;
}

/* The block averages of sums (one output row) into output row y, over the
 * block's source rows (fewer at the bottom edge). */
static void put_row(reducer *r, int y, const uint32_t *sums, int rows)
{
    int ow = (int)pixGetWidth(r->pix);
    l_uint32 *line = pixGetData(r->pix) + (size_t)y * pixGetWpl(r->pix);
    for (int x = 0; x < ow; x++) {
        int cols = x == ow - 1 ? r->w - x * r->f : r->f;
        SET_DATA_BYTE(line, x, sums[x] / (uint32_t)(cols * rows));
    }
}

static void flush(reducer *r)
{
    if (!r->rows || r->y >= (int)pixGetHeight(r->pix))
        return;
    put_row(r, r->y, r->sum, r->rows);
    memset(r->sum, 0, pixGetWidth(r->pix) * sizeof *r->sum);
    r->rows = 0;
    r->y++;
}

void reducer_row(reducer *r, int y, const unsigned char *grey)
{
    if (r->any_order) {
        reducer_pixels(r, y, 0, 1, grey, r->w);
        return;
    }
    for (int x = 0; x < r->w; x++)
        r->sum[x / r->f] += grey[x];
    if (++r->rows == r->f)
        flush(r);
}

void reducer_pixels(reducer *r, int y, int x0, int dx, const unsigned char *grey, int n)
{
    if (y < 0 || y >= r->h)
        return;
    uint32_t *row = r->sum + (size_t)(y / r->f) * pixGetWidth(r->pix);
    for (int i = 0, x = x0; i < n && x < r->w; i++, x += dx)
        row[x / r->f] += grey[i];
}

PIX *reducer_done(reducer *r, int ok)
{
    if (ok && r->any_order) {
        int ow = (int)pixGetWidth(r->pix), oh = (int)pixGetHeight(r->pix);
        for (int y = 0; y < oh; y++)
            put_row(r, y, r->sum + (size_t)y * ow, y == oh - 1 ? r->h - y * r->f : r->f);
    } else if (ok) {
        flush(r);
    }
    free(r->sum);
    r->sum = NULL;
    if (!ok)
        pixDestroy(&r->pix);
    return r->pix;
}
