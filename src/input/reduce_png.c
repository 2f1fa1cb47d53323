/* A large PNG read smaller, a row at a time (reduce.h). An interlaced
 * file is read pass by pass, each pass's pixels summed where they fall. */
#include "input/reduce.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>

#include <leptonica/allheaders.h>
#include <png.h>

#include "input/libmsg.h"

static void on_error(png_structp png, png_const_charp msg)
{
    libmsg_report("libpng", 1, msg);
    png_longjmp(png, 1);
}

static void on_warning(png_structp png, png_const_charp msg)
{
    (void)png;
    libmsg_report("libpng", 0, msg);
}

/* libpng turns every kind of PNG into 8-bit grey rows for the reducer. */
static void to_grey(png_structp png, png_infop info)
{
    png_set_expand(png);
    png_set_strip_16(png);
    png_set_strip_alpha(png);
    int ct = png_get_color_type(png, info);
    if (ct & PNG_COLOR_MASK_COLOR || ct == PNG_COLOR_TYPE_PALETTE)
        png_set_rgb_to_gray_fixed(png, 1, -1, -1);
    png_read_update_info(png, info);
}

/* Every row of the image into r: in order, or (interlaced) the seven
 * Adam7 passes, without libpng's interlace handling, which would keep the
 * whole image to merge them. */
static void read_rows(png_structp png, png_infop info, reducer *r, unsigned char *row)
{
    int w = r->w, h = r->h;
    if (png_get_interlace_type(png, info) == PNG_INTERLACE_NONE) {
        for (int y = 0; y < h; y++) {
            png_read_row(png, row, NULL);
            reducer_row(r, y, row);
        }
        return;
    }
    for (int pass = 0; pass < 7; pass++) {
        int cols = (int)PNG_PASS_COLS(w, pass), rows = (int)PNG_PASS_ROWS(h, pass);
        if (!cols || !rows)
            continue;  /* libpng skips an empty pass too */
        for (int i = 0; i < rows; i++) {
            png_read_row(png, row, NULL);
            int y = (int)PNG_PASS_START_ROW(pass) + (i << PNG_PASS_ROW_SHIFT(pass));
            reducer_pixels(r, y, (int)PNG_PASS_START_COL(pass), 1 << PNG_PASS_COL_SHIFT(pass),
                           row, cols);
        }
    }
}

PIX *reduce_png(const char *path, int f)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, NULL, on_error, on_warning);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    /* volatile: read after libpng's longjmp. */
    unsigned char *volatile row = NULL;
    reducer *volatile r = calloc(1, sizeof *r);
    volatile int ok = 0, started = 0;
    if (png && info && r && !setjmp(png_jmpbuf(png))) {
        png_init_io(png, fp);
        png_read_info(png, info);
        int w = (int)png_get_image_width(png, info), h = (int)png_get_image_height(png, info);
        int interlaced = png_get_interlace_type(png, info) != PNG_INTERLACE_NONE;
        if (reducer_init(r, w, h, f, interlaced) == 0) {
            started = 1;
            to_grey(png, info);
            row = malloc(png_get_rowbytes(png, info));
            if (row) {
                read_rows(png, info, r, row);
                png_read_end(png, NULL);
                ok = 1;
            }
        }
    }
    PIX *pix = r && started ? reducer_done(r, ok) : NULL;
    free(r);
    free(row);
    png_destroy_read_struct(png ? &png : NULL, info ? &info : NULL, NULL);
    fclose(fp);
    return pix;
}
