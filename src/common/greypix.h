/*
 * greypix.h: is a 32-bit page grey? For the stages that hold leptonica
 * images (input/ keeps such a page 8-bit, archive/ embeds it 8-bit);
 * include <leptonica/allheaders.h> first.
 */
#ifndef SOHOA_COMMON_GREYPIX_H
#define SOHOA_COMMON_GREYPIX_H

/* Every pixel of the 32-bit p grey (r = g = b)? Scanners and renderers
 * often save grey pages as RGB: grey is a quarter of the memory and a
 * third of the data. Stops at the first coloured pixel. */
static inline int pix_all_grey(PIX *p)
{
    int w = pixGetWidth(p), h = pixGetHeight(p), wpl = pixGetWpl(p);
    const l_uint32 *data = pixGetData(p);
    for (int y = 0; y < h; y++) {
        const l_uint32 *line = data + (size_t)y * wpl;
        for (int x = 0; x < w; x++) {
            l_uint32 v = line[x];
            l_uint32 r = v >> 24, g = (v >> 16) & 0xff, b = (v >> 8) & 0xff;
            if (r != g || g != b)
                return 0;
        }
    }
    return 1;
}

#endif
