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

#include "common/greypix.h"
#include "input/libmsg.h"
#include "input/reduce.h"

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

/* Row y of an 8-bit grey or RGB PNG into pix: 8-bit while every pixel so
 * far is grey, widened to 32 bits (leptonica's RGB: r, g, b, alpha byte 0)
 * at the first coloured one. The page, or NULL when out of memory. */
static PIX *put_row(PIX *pix, png_uint_32 y, const png_byte *row, int rgb)
{
    png_uint_32 w = (png_uint_32)pixGetWidth(pix);
    l_uint32 *line = pixGetData(pix) + (size_t)y * pixGetWpl(pix);
    if (pixGetDepth(pix) == 8) {
        png_uint_32 x = 0;
        for (; x < w && (!rgb || (row[3 * x] == row[3 * x + 1] && row[3 * x + 1] == row[3 * x + 2]));
             x++)
            SET_DATA_BYTE(line, x, row[rgb ? 3 * x : x]);
        if (x == w)
            return pix;
        /* The first coloured pixel: the rows so far as RGB. */
        PIX *c = pixConvert8To32(pix);
        pixDestroy(&pix);
        if (!(pix = c))
            return NULL;
        line = pixGetData(pix) + (size_t)y * pixGetWpl(pix);
    }
    for (png_uint_32 x = 0; x < w; x++) {
        l_uint32 v = 0;
        SET_DATA_BYTE(&v, COLOR_RED, row[3 * x]);
        SET_DATA_BYTE(&v, COLOR_GREEN, row[3 * x + 1]);
        SET_DATA_BYTE(&v, COLOR_BLUE, row[3 * x + 2]);
        line[x] = v;
    }
    return pix;
}

/* Row y of the page as decoded so far back into libpng's row, for an
 * interlaced PNG: each pass writes only its own pixels into the row. */
static void get_row(PIX *pix, png_uint_32 y, png_byte *row)
{
    png_uint_32 w = (png_uint_32)pixGetWidth(pix);
    const l_uint32 *line = pixGetData(pix) + (size_t)y * pixGetWpl(pix);
    for (png_uint_32 x = 0; x < w; x++)
        if (pixGetDepth(pix) == 8) {
            row[x] = (png_byte)GET_DATA_BYTE(line, x);
        } else {
            row[3 * x] = (png_byte)GET_DATA_BYTE(line + x, COLOR_RED);
            row[3 * x + 1] = (png_byte)GET_DATA_BYTE(line + x, COLOR_GREEN);
            row[3 * x + 2] = (png_byte)GET_DATA_BYTE(line + x, COLOR_BLUE);
        }
}

/* A PNG read a row at a time (one row of memory) with the handlers above.
 * Grey and RGB pages without transparency (8 or 16 bits a sample, the
 * 16 taken down to 8 as leptonica does) are decoded into the page as they
 * are read: leptonica's pixRead holds all the file's rows and the page
 * together (112 MB for an RGB page of 16 million pixels, the peak of a
 * worker before, issue 21). The pixels, resolution, samples and text are
 * leptonica's; a page not interlaced whose every pixel is grey comes back
 * 8-bit, as compact_grey below makes it. Other kinds (palette, alpha,
 * transparency) are only read through: NULL with *whole set, and pixRead
 * decodes them. NULL with *whole 0: the data is damaged (libpng's words
 * went to libmsg) or memory ran out. */
static PIX *read_png(const char *path, int *whole)
{
    *whole = 0;
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, NULL, png_on_error,
                                             png_on_warning);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    /* volatile: read after libpng's longjmp. */
    png_bytep volatile row = NULL;
    PIX *volatile pix = NULL;
    volatile int ok = 0;
    if (png && info && !setjmp(png_jmpbuf(png))) {
        png_init_io(png, f);
        png_read_info(png, info);
        int type = png_get_color_type(png, info), rgb = type == PNG_COLOR_TYPE_RGB;
        png_uint_32 w = png_get_image_width(png, info), h = png_get_image_height(png, info);
        int depth = png_get_bit_depth(png, info);
        int ours = (depth == 8 || depth == 16) && (rgb || type == PNG_COLOR_TYPE_GRAY) &&
                   !png_get_valid(png, info, PNG_INFO_tRNS) && w <= INT32_MAX / 4 && h <= INT32_MAX;
        if (ours && depth == 16)
            png_set_strip_16(png);   /* leptonica's PNG_TRANSFORM_STRIP_16 */
        int passes = png_set_interlace_handling(png);
        png_read_update_info(png, info);
        row = malloc(png_get_rowbytes(png, info));
        /* An interlaced page's pixels come in passes: 32 bits from the start. */
        if (ours && row)
            pix = pixCreate((int)w, (int)h, rgb && passes > 1 ? 32 : 8);
        for (int p = 0; row && (pix || !ours) && p < passes; p++)
            for (png_uint_32 y = 0; y < h && (pix || !ours); y++) {
                if (ours && passes > 1)
                    get_row(pix, y, row);
                png_read_row(png, row, NULL);
                if (ours)
                    pix = put_row(pix, y, row, rgb);
            }
        if (row && (pix || !ours)) {
            png_read_end(png, info);
            ok = 1;
        }
        if (ok && pix) {
            /* The file's first text, as leptonica keeps it (its JPEG
             * writer makes it a comment in the PDF's image); a page that
             * came out 8-bit from RGB has none, as one made 8-bit by
             * compact_grey. */
            png_textp text = NULL;
            int ntext = 0;
            if (pixGetDepth(pix) == (rgb ? 32 : 8) && png_get_text(png, info, &text, &ntext) > 0 &&
                text)
                pixSetText(pix, text[0].text);
            l_int32 xres = (l_int32)((l_float32)png_get_x_pixels_per_meter(png, info) / 39.37 + 0.5);
            l_int32 yres = (l_int32)((l_float32)png_get_y_pixels_per_meter(png, info) / 39.37 + 0.5);
            pixSetResolution(pix, xres, yres);
            pixSetInputFormat(pix, IFF_PNG);
        }
    }
    if (!ok)
        pixDestroy((PIX **)&pix);
    *whole = ok && !pix;
    free((void *)row);
    png_destroy_read_struct(png ? &png : NULL, info ? &info : NULL, NULL);
    fclose(f);
    return pix;
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

/* A GIF's logical screen: leptonica has no header reader for GIF (nor
 * for BMP) and decodes the whole image to tell its size. */
static int gif_size(const char *path, int *w, int *h)
{
    unsigned char b[10];
    FILE *f = fopen(path, "rb");
    int ok = f && fread(b, 1, sizeof b, f) == sizeof b && !memcmp(b, "GIF8", 4);
    if (f)
        fclose(f);
    if (!ok)
        return -1;
    *w = b[6] | b[7] << 8;
    *h = b[8] | b[9] << 8;
    return 0;
}

/* The size of page index from the file's header, before decoding it
 * (TIFF pages differ). */
static int page_size(input_doc *d, int index, int *w, int *h)
{
    l_int32 fmt, bps, spp, cmap, res, tfmt;
    if (d->is_tiff)
        return readHeaderTiff(d->path, index, w, h, &bps, &spp, &res, &cmap, &tfmt);
    if (!strcmp(d->format, "gif"))
        return gif_size(d->path, w, h);
    if (!strcmp(d->format, "bmp"))
        return reduce_bmp_size(d->path, w, h);
    return pixReadHeader(d->path, &fmt, w, h, &bps, &spp, &cmap);
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
    int w = 0, h = 0;
    if (page_size(d, 0, &w, &h) != 0 || w <= 0 || h <= 0) {
        snprintf(err, errlen, "corrupt or unreadable %s image (bad header)", d->format);
        return -1;
    }
    d->pages = 1;
    return 0;
}

/* JPEG 2000 through leptonica, which has OpenJPEG decode a lower
 * resolution level (1/2, 1/4 ...): the first level that fits the limit,
 * so OpenJPEG's buffers (4 bytes a sample) follow the reduced page. */
static PIX *read_jp2_reduced(const char *path, int w, int h, long long max_pixels)
{
    l_uint32 r = 2;
    while (r < 64 && ((long long)w / r) * ((long long)h / r) > max_pixels)
        r *= 2;
    return pixReadJp2k(path, r, NULL, 0, 0);
}

/* Page index (w x h) of a file larger than max_pixels, read at 1/f or
 * less in memory that follows the reduced page: JPEG and JPEG 2000
 * through their libraries' own reduction, WebP scaled by libwebp, PNG,
 * TIFF, PNM and BMP a row (or a row of tiles) at a time. GIF, lossless
 * WebP and TIFF layouts read only whole are decoded whole up to
 * REDUCE_WHOLE_MAX pixels and refused above (a reason in err). NULL on
 * failure, the reason in err, or err empty for a decoding error the
 * libraries said. */
static PIX *read_reduced(input_doc *d, int index, int w, int h, int f, long long max_pixels,
                         char *err, size_t errlen)
{
    PIX *pix = NULL;
    int unsupported = 0;
    err[0] = 0;
    if (!strcmp(d->format, "jpeg")) {
        int r = f <= 2 ? 2 : f <= 4 ? 4 : 8;
        return pixReadJpeg(d->path, 0, r, NULL, 0);
    }
    if (!strcmp(d->format, "jp2"))
        return read_jp2_reduced(d->path, w, h, max_pixels);
    if (!strcmp(d->format, "png"))
        return reduce_png(d->path, f);
    if (d->is_tiff)
        pix = reduce_tiff(d->path, index, f, &unsupported);
    else if (!strcmp(d->format, "pnm"))
        pix = reduce_pnm(d->path, f, &unsupported);
    else if (!strcmp(d->format, "bmp"))
        pix = reduce_bmp(d->path, f, &unsupported);
    else if (!strcmp(d->format, "webp"))
        pix = reduce_webp(d->path, f, &unsupported);
    else
        unsupported = 1;  /* GIF */
    if (pix || !unsupported)
        return pix;
    if ((long long)w * h > REDUCE_WHOLE_MAX) {
        snprintf(err, errlen, "page %d: a %dx%d %s%s page is too large to read: this kind of"
                 " image can only be decoded whole, which sohoa does up to %lld million pixels"
                 " (convert it to PNG or TIFF)", index + 1, w, h,
                 !strcmp(d->format, "webp") ? "lossless " : "", d->format,
                 REDUCE_WHOLE_MAX / 1000000);
        return NULL;
    }
    return d->is_tiff ? pixReadTiff(d->path, index) : pixRead(d->path);
}

/* The resolution the file declares, for a page read through sohoa's own
 * readers (whose images carry none). 0: none said. */
static int declared_dpi(input_doc *d, int index)
{
    if (d->is_tiff)
        return reduce_tiff_dpi(d->path, index);
    if (!strcmp(d->format, "bmp"))
        return reduce_bmp_dpi(d->path);
    l_int32 x = 0, y = 0;
    FILE *f = NULL;
    if (!strcmp(d->format, "png") || !strcmp(d->format, "jp2"))
        f = fopen(d->path, "rb");
    if (f && !strcmp(d->format, "png"))
        fgetPngResolution(f, &x, &y);
    else if (f)
        fgetJp2kResolution(f, &x, &y);
    if (f)
        fclose(f);
    return y > 0 ? y : x;
}

/* A 32-bit page whose every pixel is grey (r = g = b: scanners and
 * renderers often save grey pages as RGB) as the 8-bit page it is: a
 * quarter of the memory for as long as the worker holds the page (issue
 * 21: 61 MB rather than 16 on an A3 page at 300 dpi). Nothing read from it
 * changes: the grey conversions of preprocess.c and blank.c give every
 * grey pixel its own value, seal.c finds no red on either, and the PDF's
 * image (archive/pdfpage.c) was made 8-bit from such a page already. The
 * page itself when it has colour (the scan stops at the first coloured
 * pixel) or when out of memory. */
static PIX *compact_grey(PIX *pix)
{
    if (pixGetDepth(pix) != 32 || !pix_all_grey(pix))
        return pix;
    PIX *g = pixGetRGBComponent(pix, COLOR_GREEN);
    if (!g)
        return pix;
    pixDestroy(&pix);
    return g;
}

int image_load_page(input_doc *d, int index, const input_options *o,
                    input_page *pg, char *err, size_t errlen)
{
    if (d->is_tiff && index >= d->tiff_readable) {
        snprintf(err, errlen, "page %d: cannot be read: the TIFF is truncated or damaged after"
                 " page %d (its next page directory is missing)", index + 1, d->tiff_readable);
        return -1;
    }
    int w = 0, h = 0;
    int f = page_size(d, index, &w, &h) == 0 ? input_reduction(w, h, o->max_pixels) : 1;
    PIX *pix;
    err[0] = 0;
    if (f > 1) {
        pix = read_reduced(d, index, w, h, f, o->max_pixels, err, errlen);
    } else if (d->is_tiff && (pix = reduce_tiff_tiled(d->path, index)) != NULL) {
        int dpi = declared_dpi(d, index);
        pixSetResolution(pix, dpi, dpi);
    } else {
        /* A PNG is read here; leptonica decodes what read_png leaves to
         * it only once it is known to be whole. */
        int whole = 1;
        pix = !strcmp(d->format, "png") ? read_png(d->path, &whole) : NULL;
        if (whole)
            pix = d->is_tiff ? pixReadTiff(d->path, index) : pixRead(d->path);
    }
    if (!pix) {
        if (!err[0])
            snprintf(err, errlen, "page %d: corrupt or truncated %s data", index + 1, d->format);
        return -1;
    }
    l_int32 xres = 0, yres = 0;
    pixGetResolution(pix, &xres, &yres);
    pg->file_dpi = yres > 0 ? yres : xres;
    if (f > 1 && pg->file_dpi <= 0)  /* read reduced: as the file says it */
        pg->file_dpi = declared_dpi(d, index);
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
    pix = compact_grey(pix);
    pixSetResolution(pix, pg->dpi, pg->dpi);
    pg->pix = pix;
    return 0;
}
