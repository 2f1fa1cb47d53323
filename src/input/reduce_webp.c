/* A large WebP page read smaller (reduce.h): libwebp decodes a lossy
 * image macroblock row by macroblock row into a scaled output, so memory
 * is the compressed file plus the reduced page. A lossless image is kept
 * whole by libwebp (4 bytes a pixel) whatever the output: above
 * REDUCE_WHOLE_MAX it is refused. */
#include "input/reduce.h"

#include <stdlib.h>
#include <string.h>

#include <leptonica/allheaders.h>
#include <webp/decode.h>

#include "common/sbuf.h"
#include "input/libmsg.h"

PIX *reduce_webp(const char *path, int f, int *unsupported)
{
    *unsupported = 0;
    size_t len = 0;
    char *data = sb_read_file(path, &len);
    if (!data)
        return NULL;
    WebPDecoderConfig cfg;
    PIX *pix = NULL;
    if (!WebPInitDecoderConfig(&cfg) ||
        WebPGetFeatures((const uint8_t *)data, len, &cfg.input) != VP8_STATUS_OK) {
        libmsg_report("libwebp", 1, "bad header");
        free(data);
        return NULL;
    }
    int w = cfg.input.width, h = cfg.input.height;
    if (cfg.input.format != 1 && (long long)w * h > REDUCE_WHOLE_MAX) {
        *unsupported = 1;
        free(data);
        return NULL;
    }
    int ow = (w + f - 1) / f, oh = (h + f - 1) / f;
    cfg.options.use_scaling = 1;
    cfg.options.scaled_width = ow;
    cfg.options.scaled_height = oh;
    /* Luma is the grey page; chroma is a quarter of it. */
    cfg.output.colorspace = MODE_YUV;
    if (WebPDecode((const uint8_t *)data, len, &cfg) != VP8_STATUS_OK) {
        libmsg_report("libwebp", 1, "cannot decode the image data");
    } else if ((pix = pixCreate(ow, oh, 8)) != NULL) {
        const WebPYUVABuffer *b = &cfg.output.u.YUVA;
        for (int y = 0; y < oh; y++) {
            l_uint32 *line = pixGetData(pix) + (size_t)y * pixGetWpl(pix);
            for (int x = 0; x < ow; x++) {
                /* Studio-range luma (16-235) to full range. */
                int v = (b->y[(size_t)y * b->y_stride + x] - 16) * 255 / 219;
                SET_DATA_BYTE(line, x, v < 0 ? 0 : v > 255 ? 255 : v);
            }
        }
    }
    WebPFreeDecBuffer(&cfg.output);
    free(data);
    return pix;
}
