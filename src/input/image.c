/* Image files through leptonica; TIFF pages are read one at a time. */
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

/* libpng, called by leptonica with its default handlers, prints "libpng
 * error: Read Error" on stderr with no file name. So a PNG is first read
 * here, row by row (one row of memory), with handlers that hand libpng's
 * words to libmsg; leptonica decodes it only once it is known to be whole. */
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

static int png_readable(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, NULL, png_on_error,
                                             png_on_warning);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    /* volatile: both are read after libpng's longjmp. */
    png_bytep volatile row = NULL;
    volatile int ok = 0;
    if (png && info && !setjmp(png_jmpbuf(png))) {
        png_init_io(png, f);
        png_read_info(png, info);
        int passes = png_set_interlace_handling(png);
        png_read_update_info(png, info);
        png_uint_32 h = png_get_image_height(png, info);
        row = malloc(png_get_rowbytes(png, info));
        for (int p = 0; row && p < passes; p++)
            for (png_uint_32 y = 0; y < h; y++)
                png_read_row(png, row, NULL);
        png_read_end(png, NULL);
        ok = row != NULL;
    }
    free((void *)row);
    png_destroy_read_struct(png ? &png : NULL, info ? &info : NULL, NULL);
    fclose(f);
    return ok;
}

/* Does the chain of page directories of a classic TIFF break, a next
 * directory lying past the end of the file (a truncated file)? libtiff
 * then just stops, and the pages before look like the whole file. */
static int tiff_chain_broken(const char *path)
{
    FILE *f = fopen(path, "rb");
    unsigned char b[8];
    int broken = 0;
    if (f && fread(b, 1, 8, f) == 8 && b[2] + b[3] == 42) {  /* not BigTIFF (43) */
        int le = b[0] == 'I';
#define U32(p) (le ? (uint32_t)(p)[0] | (uint32_t)(p)[1] << 8 | (uint32_t)(p)[2] << 16 | (uint32_t)(p)[3] << 24 \
                   : (uint32_t)(p)[0] << 24 | (uint32_t)(p)[1] << 16 | (uint32_t)(p)[2] << 8 | (uint32_t)(p)[3])
        uint32_t off = U32(b + 4);
        for (int i = 0; off && i < 65536; i++) {
            unsigned char c[4];
            if (fseek(f, (long)off, SEEK_SET) != 0 || fread(c, 1, 2, f) != 2) {
                broken = 1;
                break;
            }
            unsigned n = le ? c[0] | c[1] << 8 : c[0] << 8 | c[1];
            if (fseek(f, (long)off + 2 + 12 * (long)n, SEEK_SET) != 0 || fread(c, 1, 4, f) != 4) {
                broken = 1;
                break;
            }
            off = U32(c);
        }
#undef U32
    }
    if (f)
        fclose(f);
    return broken;
}

/* The pages of a TIFF, counted through libtiff; *lost is 1 when at least
 * one more page exists that cannot be read (tiff_chain_broken). */
static int tiff_pages(const char *path, int *lost)
{
    TIFF *t = TIFFOpen(path, "r");
    *lost = 0;
    if (!t)
        return 0;
    int n = 1;
    while (TIFFReadDirectory(t))
        n++;
    TIFFClose(t);
    *lost = tiff_chain_broken(path);
    return n;
}

int image_open(input_doc *d, char *err, size_t errlen)
{
    if (d->is_tiff) {
        int lost = 0, n = tiff_pages(d->path, &lost);
        if (n < 1) {
            snprintf(err, errlen, "corrupt or unreadable TIFF (no page directory)");
            return -1;
        }
        d->pages = n + lost;
        d->tiff_readable = n;
        return 0;
    }
    l_int32 fmt, w, h, bps, spp, cmap;
    if (pixReadHeader(d->path, &fmt, &w, &h, &bps, &spp, &cmap) != 0 || w <= 0 || h <= 0) {
        snprintf(err, errlen, "corrupt or unreadable %s image (bad header)", d->format);
        return -1;
    }
    d->pages = 1;
    return 0;
}

/* The size of page index before decoding it (TIFF pages differ). */
static int page_size(input_doc *d, int index, int *w, int *h)
{
    l_int32 fmt, bps, spp, cmap, res, tfmt;
    if (d->is_tiff)
        return readHeaderTiff(d->path, index, w, h, &bps, &spp, &res, &cmap, &tfmt);
    return pixReadHeader(d->path, &fmt, w, h, &bps, &spp, &cmap);
}

/* Page index of a file larger than max_pixels, read at 1/f or less: JPEG
 * through libjpeg's own reduction, PNG and TIFF row by row (reduce.c);
 * the rest whole, then scaled. *failed: a decoding error, said already. */
static PIX *read_reduced(input_doc *d, int index, int f, int *failed)
{
    PIX *pix = NULL;
    *failed = 0;
    if (!strcmp(d->format, "jpeg")) {
        int r = f <= 2 ? 2 : f <= 4 ? 4 : 8;
        pix = pixReadJpeg(d->path, 0, r, NULL, 0);
    } else if (!strcmp(d->format, "png")) {
        if (!png_readable(d->path)) {
            *failed = 1;
            return NULL;
        }
        pix = reduce_png(d->path, f);
    } else if (d->is_tiff) {
        pix = reduce_tiff(d->path, index, f);
    }
    if (!pix)  /* tiled, interlaced, other formats: whole */
        pix = d->is_tiff ? pixReadTiff(d->path, index) : pixRead(d->path);
    *failed = !pix;
    return pix;
}

int image_load_page(input_doc *d, int index, const input_options *o,
                    input_page *pg, char *err, size_t errlen)
{
    if (d->is_tiff && index >= d->tiff_readable) {
        snprintf(err, errlen, "page %d: cannot be read: the TIFF is truncated or damaged after"
                 " page %d (its next page directory is missing)", index + 1, d->tiff_readable);
        return -1;
    }
    int w = 0, h = 0, failed = 0;
    int f = page_size(d, index, &w, &h) == 0 ? input_reduction(w, h, o->max_pixels) : 1;
    PIX *pix;
    if (f > 1) {
        pix = read_reduced(d, index, f, &failed);
    } else {
        int whole = strcmp(d->format, "png") || png_readable(d->path);
        pix = !whole ? NULL : d->is_tiff ? pixReadTiff(d->path, index) : pixRead(d->path);
    }
    if (!pix) {
        snprintf(err, errlen, "page %d: corrupt or truncated %s data", index + 1, d->format);
        return -1;
    }
    l_int32 xres = 0, yres = 0;
    pixGetResolution(pix, &xres, &yres);
    pg->file_dpi = yres > 0 ? yres : xres;
    if (f > 1 && pixGetWidth(pix) * (long long)pixGetHeight(pix) > o->max_pixels) {
        /* Read whole (or libjpeg's 1/8 was not enough): scaled here. */
        double s = 1.0 / input_reduction(pixGetWidth(pix), pixGetHeight(pix), o->max_pixels);
        PIX *small = pixScale(pix, (l_float32)s, (l_float32)s);
        pixDestroy(&pix);
        if (!(pix = small)) {
            snprintf(err, errlen, "page %d: out of memory scaling a %dx%d page", index + 1, w, h);
            return -1;
        }
    }
    if (!w || !h)
        w = pixGetWidth(pix), h = pixGetHeight(pix);
    pg->reduced = (double)w / pixGetWidth(pix);
    /* The resolution is chosen for the page as scanned, then follows the
     * reduction. */
    if (o->dpi > 0) {
        pg->dpi = o->dpi;
        pg->dpi_from = DPI_OPTION;
    } else {
        pg->dpi = input_choose_dpi(pg->file_dpi, w, h, &pg->dpi_from);
    }
    pg->dpi = (int)lround(pg->dpi / pg->reduced);
    if (pg->dpi < 1)
        pg->dpi = 1;
    pixSetResolution(pix, pg->dpi, pg->dpi);
    pg->pix = pix;
    return 0;
}
