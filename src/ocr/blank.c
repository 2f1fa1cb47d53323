/* blank.c: ink in a header's fill-in blank, from the pixels (blank.h). */
#include "ocr/blank.h"

#include <leptonica/allheaders.h>

/* Dark enough to be ink on luminance 0-255: print, a blue or black pen
 * and a red seal (luminance 50-80) are far under it; the grey-tinted
 * paper of a photocopy-like scan (mkscan level 3, about 230) far above. */
#define INK_BELOW 160
/* A stroke of a written digit or of a stamp's letters is most of a line
 * tall; the dots of a leader and a scan's specks are a fifth of one, a
 * printed rule less. */
#define STROKE_H 0.4

PIX *blank_ink_mask(PIX *page, int quads, double skew_deg)
{
    PIX *g = pixConvertTo8(page, 0);
    PIX *m = g ? pixThresholdToBinary(g, INK_BELOW) : NULL;
    pixDestroy(&g);
    if (m && quads > 0) {
        PIX *t = pixRotateOrth(m, quads);
        pixDestroy(&m);
        m = t;
    }
    if (m && skew_deg != 0) {
        /* the turn pixFindSkewAndDeskew gave the page (as ocr/seal.c) */
        PIX *t = pixRotate(m, (l_float32)(skew_deg * 3.14159265358979 / 180), L_ROTATE_SAMPLING,
                           L_BRING_IN_WHITE, 0, 0);
        pixDestroy(&m);
        m = t;
    }
    return m;
}

int blank_has_ink(PIX *mask, int x0, int y0, int x1, int y1, double H)
{
    int w = pixGetWidth(mask), h = pixGetHeight(mask);
    x0 = x0 < 0 ? 0 : x0;
    y0 = y0 < 0 ? 0 : y0;
    x1 = x1 > w ? w : x1;
    y1 = y1 > h ? h : y1;
    if (x1 <= x0 || y1 <= y0)
        return 0;
    BOX *b = boxCreate(x0, y0, x1 - x0, y1 - y0);
    PIX *c = b ? pixClipRectangle(mask, b, NULL) : NULL;
    boxDestroy(&b);
    BOXA *cc = c ? pixConnCompBB(c, 8) : NULL;
    pixDestroy(&c);
    if (!cc)
        return -1;
    int ink = 0;
    for (int i = 0; i < boxaGetCount(cc) && !ink; i++) {
        l_int32 bw, bh;
        boxaGetBoxGeometry(cc, i, NULL, NULL, &bw, &bh);
        ink = bh >= STROKE_H * H;
    }
    boxaDestroy(&cc);
    return ink;
}
