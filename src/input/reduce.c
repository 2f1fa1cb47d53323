/*
 * Pages larger than --max-pixels, read smaller. Decoding a 20000x20000
 * scan whole takes 0.4-1.6 GB before OCR even starts; so JPEG is decoded
 * at 1/2, 1/4 or 1/8 by libjpeg itself, and PNG and (strip) TIFF are read
 * a row at a time and averaged over f x f blocks into an 8-bit grey page,
 * so memory is one source row plus the reduced page. Other formats, tiled
 * or interlaced files are decoded whole and then scaled (the limit still
 * holds for OCR, not for their decoding).
 */
#include "input/input_private.h"

#include <math.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <leptonica/allheaders.h>
#include <png.h>
#include <tiffio.h>

#include "input/libmsg.h"

int input_reduction(long long w, long long h, long long max_pixels)
{
    if (max_pixels <= 0 || w * h <= max_pixels)
        return 1;
    int f = (int)ceil(sqrt((double)w * (double)h / (double)max_pixels));
    while ((w + f - 1) / f * ((h + f - 1) / f) > max_pixels)
        f++;
    return f;
}

/* Rows of 8-bit grey in, f x f block averages out into pix. */
typedef struct {
    PIX *pix;
    int w, f, rows;         /* source width, factor, source rows summed so far */
    uint32_t *sum;          /* per output column */
    int y;                  /* next output row */
} reducer;

static int reducer_init(reducer *r, int w, int h, int f)
{
    memset(r, 0, sizeof *r);
    r->w = w;
    r->f = f;
    int ow = (w + f - 1) / f, oh = (h + f - 1) / f;
    r->pix = pixCreate(ow, oh, 8);
    r->sum = calloc((size_t)ow, sizeof *r->sum);
    return r->pix && r->sum ? 0 : -1;
}

static void reducer_flush(reducer *r)
{
    if (!r->rows || r->y >= (int)pixGetHeight(r->pix))
        return;
    int ow = (int)pixGetWidth(r->pix);
    l_uint32 *line = pixGetData(r->pix) + (size_t)r->y * pixGetWpl(r->pix);
    for (int x = 0; x < ow; x++) {
        int cols = x == ow - 1 ? r->w - x * r->f : r->f;
        SET_DATA_BYTE(line, x, r->sum[x] / (uint32_t)(cols * r->rows));
        r->sum[x] = 0;
    }
    r->rows = 0;
    r->y++;
}

static void reducer_row(reducer *r, const unsigned char *row)
{
    for (int x = 0; x < r->w; x++)
        r->sum[x / r->f] += row[x];
    if (++r->rows == r->f)
        reducer_flush(r);
}

static PIX *reducer_done(reducer *r, int ok)
{
    reducer_flush(r);
    free(r->sum);
    if (!ok)
        pixDestroy(&r->pix);
    return r->pix;
}

static void png_on_error(png_structp png, png_const_charp msg)
{
    libmsg_report("libpng", 1, msg);
    png_longjmp(png, 1);
}

static void png_on_warning(png_structp png, png_const_charp msg)
{
    (void)png;
    libmsg_report("libpng", 0, msg);
}

/* libpng turns every kind of PNG into 8-bit grey rows for the reducer. */
static void png_to_grey(png_structp png, png_infop info)
{
    png_set_expand(png);
    png_set_strip_16(png);
    png_set_strip_alpha(png);
    int ct = png_get_color_type(png, info);
    if (ct & PNG_COLOR_MASK_COLOR || ct == PNG_COLOR_TYPE_PALETTE)
        png_set_rgb_to_gray_fixed(png, 1, -1, -1);
    png_read_update_info(png, info);
}

PIX *reduce_png(const char *path, int f)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, NULL, png_on_error,
                                             png_on_warning);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    /* volatile: read after libpng's longjmp. */
    unsigned char *volatile row = NULL;
    reducer *volatile r = calloc(1, sizeof *r);
    volatile int ok = 0;
    if (png && info && r && !setjmp(png_jmpbuf(png))) {
        png_init_io(png, fp);
        png_read_info(png, info);
        int w = (int)png_get_image_width(png, info), h = (int)png_get_image_height(png, info);
        if (png_get_interlace_type(png, info) == PNG_INTERLACE_NONE &&
            reducer_init(r, w, h, f) == 0) {
            png_to_grey(png, info);
            row = malloc(png_get_rowbytes(png, info));
            for (int y = 0; row && y < h; y++) {
                png_read_row(png, row, NULL);
                reducer_row(r, row);
            }
            ok = row != NULL;
        }
    }
    PIX *pix = r ? reducer_done(r, ok) : NULL;
    free(r);
    free(row);
    png_destroy_read_struct(png ? &png : NULL, info ? &info : NULL, NULL);
    fclose(fp);
    return pix;
}

/* One TIFF row as 8-bit grey, from the layouts scanners write: 1-bit
 * (either photometric) and 8-bit grey or RGB, contiguous. */
static void tiff_grey(const unsigned char *in, unsigned char *out, int w, int bps, int spp,
                      int white0)
{
    for (int x = 0; x < w; x++) {
        unsigned v;
        if (bps == 1)
            v = (in[x >> 3] >> (7 - (x & 7)) & 1) ? 255 : 0;
        else if (spp >= 3)
            v = (in[x * spp] * 299u + in[x * spp + 1] * 587u + in[x * spp + 2] * 114u) / 1000;
        else
            v = in[x * spp];
        out[x] = (unsigned char)(white0 ? 255 - v : v);
    }
}

PIX *reduce_tiff(const char *path, int page, int f)
{
    TIFF *t = TIFFOpen(path, "r");
    if (!t)
        return NULL;
    PIX *pix = NULL;
    uint32_t w = 0, h = 0;
    uint16_t bps = 1, spp = 1, photo = 0, planar = PLANARCONFIG_CONTIG;
    if (TIFFSetDirectory(t, (tdir_t)page) && !TIFFIsTiled(t) &&
        TIFFGetField(t, TIFFTAG_IMAGEWIDTH, &w) && TIFFGetField(t, TIFFTAG_IMAGELENGTH, &h)) {
        TIFFGetFieldDefaulted(t, TIFFTAG_BITSPERSAMPLE, &bps);
        TIFFGetFieldDefaulted(t, TIFFTAG_SAMPLESPERPIXEL, &spp);
        TIFFGetFieldDefaulted(t, TIFFTAG_PLANARCONFIG, &planar);
        TIFFGetField(t, TIFFTAG_PHOTOMETRIC, &photo);
        int layout = planar == PLANARCONFIG_CONTIG && (bps == 1 ? spp == 1 : bps == 8) &&
                     (photo == PHOTOMETRIC_MINISWHITE || photo == PHOTOMETRIC_MINISBLACK ||
                      (photo == PHOTOMETRIC_RGB && spp >= 3));
        reducer r;
        unsigned char *in = layout ? malloc((size_t)TIFFScanlineSize(t)) : NULL;
        unsigned char *grey = in ? malloc(w) : NULL;
        if (grey && reducer_init(&r, (int)w, (int)h, f) == 0) {
            int ok = 1;
            for (uint32_t y = 0; ok && y < h; y++) {
                ok = TIFFReadScanline(t, in, y, 0) >= 0;
                tiff_grey(in, grey, (int)w, bps, spp, photo == PHOTOMETRIC_MINISWHITE);
                reducer_row(&r, grey);
            }
            pix = reducer_done(&r, ok);
        } else if (grey) {
            reducer_done(&r, 0);
        }
        free(in);
        free(grey);
    }
    TIFFClose(t);
    return pix;
}
