/* TIFF pages through libtiff itself (reduce.h): a large page read smaller,
 * strips a scanline at a time for the layouts scanners write, tiles one
 * row of tiles at a time, any other layout through libtiff's RGBA reader a
 * strip at a time; a tiled page whole (leptonica reads no tiled TIFF); the
 * resolution a page declares. */
#include "input/reduce.h"

#include <stdlib.h>
#include <string.h>

#include <leptonica/allheaders.h>
#include <tiffio.h>

typedef struct {
    uint32_t w, h;
    uint16_t bps, spp, photo, planar;
    uint16_t *cmap_r, *cmap_g, *cmap_b;   /* palette images (libtiff's) */
} tiff_layout;

/* Can a scanline of this layout be turned into grey by scan_grey? */
static int scan_layout(const tiff_layout *l)
{
    if (l->planar != PLANARCONFIG_CONTIG)
        return 0;
    switch (l->photo) {
    case PHOTOMETRIC_MINISWHITE:
    case PHOTOMETRIC_MINISBLACK:
        return l->bps == 1 || l->bps == 8 || l->bps == 16;
    case PHOTOMETRIC_RGB:
        return (l->bps == 8 || l->bps == 16) && l->spp >= 3;
    case PHOTOMETRIC_PALETTE:
        return (l->bps == 8 || l->bps == 4) && l->spp == 1 && l->cmap_r;
    default:
        return 0;
    }
}

static unsigned sample(const unsigned char *in, int i, int bps)
{
    /* 16-bit samples are in the machine's order after libtiff's swab. */
    return bps == 16 ? ((const uint16_t *)(const void *)in)[i] >> 8 : in[i];
}

static void scan_grey(const tiff_layout *l, const unsigned char *in, unsigned char *out)
{
    int spp = l->spp, bps = l->bps;
    for (uint32_t x = 0; x < l->w; x++) {
        unsigned v;
        if (l->photo == PHOTOMETRIC_PALETTE) {
            unsigned k = bps == 8 ? in[x] : (in[x >> 1] >> (x & 1 ? 0 : 4)) & 15;
            v = ((l->cmap_r[k] >> 8) * 299u + (l->cmap_g[k] >> 8) * 587u +
                 (l->cmap_b[k] >> 8) * 114u) / 1000;
        } else if (bps == 1) {
            v = (in[x >> 3] >> (7 - (x & 7)) & 1) ? 255 : 0;
        } else if (l->photo == PHOTOMETRIC_RGB) {
            int i = (int)x * spp;
            v = (sample(in, i, bps) * 299u + sample(in, i + 1, bps) * 587u +
                 sample(in, i + 2, bps) * 114u) / 1000;
        } else {
            v = sample(in, (int)x * spp, bps);
        }
        out[x] = (unsigned char)(l->photo == PHOTOMETRIC_MINISWHITE ? 255 - v : v);
    }
}

static int read_scanlines(TIFF *t, const tiff_layout *l, reducer *r, unsigned char *grey)
{
    unsigned char *in = malloc((size_t)TIFFScanlineSize(t));
    int ok = in != NULL;
    for (uint32_t y = 0; ok && y < l->h; y++) {
        ok = TIFFReadScanline(t, in, y, 0) >= 0;
        scan_grey(l, in, grey);
        reducer_row(r, (int)y, grey);
    }
    free(in);
    return ok;
}

static unsigned char rgba_grey(uint32_t p)
{
    return (unsigned char)((TIFFGetR(p) * 299u + TIFFGetG(p) * 587u + TIFFGetB(p) * 114u) / 1000);
}

/* A row of tiles into a band of grey rows, then the band into r. libtiff
 * gives each tile bottom row first. */
static int read_tiles(TIFF *t, const tiff_layout *l, reducer *r)
{
    uint32_t tw = 0, th = 0;
    TIFFGetField(t, TIFFTAG_TILEWIDTH, &tw);
    TIFFGetField(t, TIFFTAG_TILELENGTH, &th);
    if (!tw || !th || (long long)tw * th > REDUCE_WHOLE_MAX)
        return -1;
    uint32_t *tile = malloc((size_t)tw * th * sizeof *tile);
    unsigned char *band = malloc((size_t)l->w * th);
    int ok = tile && band;
    for (uint32_t y0 = 0; ok && y0 < l->h; y0 += th) {
        uint32_t rows = l->h - y0 < th ? l->h - y0 : th;
        for (uint32_t x0 = 0; ok && x0 < l->w; x0 += tw) {
            ok = TIFFReadRGBATile(t, x0, y0, tile) != 0;
            uint32_t cols = l->w - x0 < tw ? l->w - x0 : tw;
            for (uint32_t y = 0; ok && y < rows; y++)
                for (uint32_t x = 0; x < cols; x++)
                    band[(size_t)y * l->w + x0 + x] = rgba_grey(tile[(size_t)(th - 1 - y) * tw + x]);
        }
        for (uint32_t y = 0; ok && y < rows; y++)
            reducer_row(r, (int)(y0 + y), band + (size_t)y * l->w);
    }
    free(tile);
    free(band);
    return ok;
}

/* Strips of another layout (YCbCr, planar, 2-bit ...) through the RGBA
 * reader, a strip at a time, bottom row first. */
static int read_rgba_strips(TIFF *t, const tiff_layout *l, reducer *r, unsigned char *grey)
{
    uint32_t rps = l->h;
    TIFFGetFieldDefaulted(t, TIFFTAG_ROWSPERSTRIP, &rps);
    if (rps > l->h)
        rps = l->h;
    if (!rps || (long long)l->w * rps > REDUCE_WHOLE_MAX)
        return -1;
    uint32_t *strip = malloc((size_t)l->w * rps * sizeof *strip);
    int ok = strip != NULL;
    for (uint32_t y0 = 0; ok && y0 < l->h; y0 += rps) {
        uint32_t rows = l->h - y0 < rps ? l->h - y0 : rps;
        ok = TIFFReadRGBAStrip(t, y0, strip) != 0;
        for (uint32_t y = 0; ok && y < rows; y++) {
            const uint32_t *src = strip + (size_t)(rows - 1 - y) * l->w;
            for (uint32_t x = 0; x < l->w; x++)
                grey[x] = rgba_grey(src[x]);
            reducer_row(r, (int)(y0 + y), grey);
        }
    }
    free(strip);
    return ok;
}

PIX *reduce_tiff(const char *path, int page, int f, int *unsupported)
{
    *unsupported = 0;
    TIFF *t = TIFFOpen(path, "r");
    if (!t)
        return NULL;
    PIX *pix = NULL;
    tiff_layout l = {.bps = 1, .spp = 1, .planar = PLANARCONFIG_CONTIG};
    uint16_t compression = COMPRESSION_NONE;
    if (TIFFSetDirectory(t, (tdir_t)page) && TIFFGetField(t, TIFFTAG_IMAGEWIDTH, &l.w) &&
        TIFFGetField(t, TIFFTAG_IMAGELENGTH, &l.h)) {
        TIFFGetFieldDefaulted(t, TIFFTAG_BITSPERSAMPLE, &l.bps);
        TIFFGetFieldDefaulted(t, TIFFTAG_SAMPLESPERPIXEL, &l.spp);
        TIFFGetFieldDefaulted(t, TIFFTAG_PLANARCONFIG, &l.planar);
        TIFFGetFieldDefaulted(t, TIFFTAG_COMPRESSION, &compression);
        TIFFGetField(t, TIFFTAG_PHOTOMETRIC, &l.photo);
        if (l.photo == PHOTOMETRIC_PALETTE)
            TIFFGetField(t, TIFFTAG_COLORMAP, &l.cmap_r, &l.cmap_g, &l.cmap_b);
        int tiled = TIFFIsTiled(t);
        if (!tiled && l.photo == PHOTOMETRIC_YCBCR && compression == COMPRESSION_JPEG &&
            TIFFSetField(t, TIFFTAG_JPEGCOLORMODE, JPEGCOLORMODE_RGB))
            l.photo = PHOTOMETRIC_RGB;  /* libjpeg gives RGB scanlines */
        reducer r;
        unsigned char *grey = malloc(l.w);
        if (grey && reducer_init(&r, (int)l.w, (int)l.h, f, 0) == 0) {
            int ok = tiled ? read_tiles(t, &l, &r)
                   : scan_layout(&l) ? read_scanlines(t, &l, &r, grey)
                   : read_rgba_strips(t, &l, &r, grey);
            *unsupported = ok < 0;
            pix = reducer_done(&r, ok > 0);
        }
        free(grey);
    }
    TIFFClose(t);
    return pix;
}

PIX *reduce_tiff_tiled(const char *path, int page)
{
    TIFF *t = TIFFOpen(path, "r");
    if (!t)
        return NULL;
    PIX *pix = NULL;
    uint32_t w = 0, h = 0;
    if (TIFFSetDirectory(t, (tdir_t)page) && TIFFIsTiled(t) &&
        TIFFGetField(t, TIFFTAG_IMAGEWIDTH, &w) && TIFFGetField(t, TIFFTAG_IMAGELENGTH, &h) &&
        (pix = pixCreate((l_int32)w, (l_int32)h, 32)) != NULL) {
        /* 32-bit pixels either way: libtiff's ABGR words, then leptonica's. */
        l_uint32 *data = pixGetData(pix);
        if (!TIFFReadRGBAImageOriented(t, w, h, data, ORIENTATION_TOPLEFT, 0)) {
            pixDestroy(&pix);
        } else {
            for (size_t i = 0; i < (size_t)w * h; i++) {
                l_uint32 p = data[i];
                composeRGBPixel((l_int32)TIFFGetR(p), (l_int32)TIFFGetG(p), (l_int32)TIFFGetB(p),
                                &data[i]);
            }
        }
    }
    TIFFClose(t);
    return pix;
}

int reduce_tiff_dpi(const char *path, int page)
{
    TIFF *t = TIFFOpen(path, "r");
    if (!t)
        return 0;
    float x = 0;
    uint16_t unit = RESUNIT_INCH;
    int dpi = 0;
    if (TIFFSetDirectory(t, (tdir_t)page) && TIFFGetField(t, TIFFTAG_XRESOLUTION, &x) && x > 0) {
        TIFFGetFieldDefaulted(t, TIFFTAG_RESOLUTIONUNIT, &unit);
        dpi = unit == RESUNIT_CENTIMETER ? (int)(x * 2.54f + 0.5f)
              : unit == RESUNIT_INCH ? (int)(x + 0.5f) : 0;
    }
    TIFFClose(t);
    return dpi;
}
