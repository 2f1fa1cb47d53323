/* The upscale step's rule by resolution (ocr/preprocess.c): a 150 dpi page
 * is read at x1.5, a 200 dpi page as it is (issue 23: the milder rule cost
 * 17 % less CPU on the dev pages at the same CER), and a bilevel page never
 * gets grey edges made up for it. */
#include <math.h>
#include <stdio.h>

#include <leptonica/allheaders.h>

#include "ocr/preprocess.h"
#include "../check.h"

/* The scale rec records for a page w x w at dpi: a ramp of grey values
 * (grey), or black and white blocks (a bilevel scan). */
static double scale_for(int dpi, int grey)
{
    const int w = 120;
    PIX *pix = pixCreate(w, w, 8);
    for (int y = 0; y < w; y++)
        for (int x = 0; x < w; x++)
            pixSetPixel(pix, x, y, grey ? (l_uint32)((x + y) % 256) : ((x / 7 + y / 5) % 2 ? 255 : 0));
    page_record rec;
    page_record_init(&rec, 0);
    PIX *g = preprocess_page(pix, dpi, PRE_UPSCALE, 0, 0, &rec);
    CHECK(g != NULL, "preprocessed");
    double s = rec.scale;
    if (g)
        CHECK(pixGetWidth(g) == (int)lround(w * s), "width follows the scale (%d at %.3f)", pixGetWidth(g), s);
    pixDestroy(&g);
    pixDestroy(&pix);
    page_record_clear(&rec);
    return s;
}

int main(void)
{
    CHECK(fabs(scale_for(150, 1) - 1.5) < 1e-9, "150 dpi grey page read at x1.5");
    CHECK(scale_for(200, 1) == 1.0, "200 dpi grey page read as it is");
    CHECK(scale_for(300, 1) == 1.0, "300 dpi grey page read as it is");
    CHECK(fabs(scale_for(100, 1) - 3.0) < 1e-9, "100 dpi grey page still read at 300 dpi");
    CHECK(scale_for(150, 0) == 1.0, "bilevel 150 dpi page not upscaled");
    return check_report("upscale");
}
