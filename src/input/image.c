/* Image files through leptonica; TIFF pages are read one at a time. */
#include "input/input_private.h"

#include <stdio.h>
#include <string.h>

#include <leptonica/allheaders.h>

int image_open(input_doc *d, char *err, size_t errlen)
{
    if (d->is_tiff) {
        FILE *f = fopen(d->path, "rb");
        l_int32 n = 0;
        if (!f || tiffGetCount(f, &n) != 0 || n < 1) {
            if (f)
                fclose(f);
            snprintf(err, errlen, "corrupt or unreadable TIFF (no page directory)");
            return -1;
        }
        fclose(f);
        d->pages = n;
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

int image_load_page(input_doc *d, int index, const input_options *o,
                    input_page *pg, char *err, size_t errlen)
{
    PIX *pix = d->is_tiff ? pixReadTiff(d->path, index) : pixRead(d->path);
    if (!pix) {
        snprintf(err, errlen, "page %d: corrupt or truncated %s data", index + 1, d->format);
        return -1;
    }
    l_int32 xres = 0, yres = 0;
    pixGetResolution(pix, &xres, &yres);
    pg->file_dpi = yres > 0 ? yres : xres;
    if (o->dpi > 0) {
        pg->dpi = o->dpi;
        pg->dpi_from = DPI_OPTION;
    } else {
        pg->dpi = input_choose_dpi(pg->file_dpi, pixGetWidth(pix), pixGetHeight(pix),
                                   &pg->dpi_from);
    }
    pixSetResolution(pix, pg->dpi, pg->dpi);
    pg->pix = pix;
    return 0;
}
