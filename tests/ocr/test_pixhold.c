/* ocr/pixhold.c: a colour page's pixels deflated while tesseract reads and
 * inflated back are the same bytes (alpha too), with the page's size,
 * resolution and text; other pages are left as they are (issue 21). */
#include <stdlib.h>
#include <string.h>

#include <leptonica/allheaders.h>

#include "ocr/pixhold.h"
#include "../check.h"

/* A page of w x h: a scan-like pattern, or noise that deflate cannot
 * shrink. */
static PIX *page(int w, int h, int depth, int noise)
{
    PIX *pix = pixCreate(w, h, depth);
    l_uint32 *data = pixGetData(pix);
    size_t words = (size_t)pixGetWpl(pix) * h;
    unsigned v = 12345;
    for (size_t i = 0; i < words; i++) {
        v = v * 1103515245u + 12345u;
        data[i] = noise ? v : (i % 97 < 90 ? 0xfefdfc00u : 0x20304001u + (l_uint32)(i % 7));
    }
    pixSetResolution(pix, 300, 300);
    pixSetText(pix, "scanner note");
    return pix;
}

static void test_colour_round_trip(void)
{
    PIX *pix = page(640, 480, 32, 0), *was = pixCopy(NULL, pix);
    pix_hold h;
    CHECK(pix_hold_pixels(pix, 0, &h) == 1, "a colour page is held");
    CHECK(pixGetData(pix) == NULL && h.zlen < h.raw / 4, "its pixels freed, %zu of %zu bytes kept",
          h.zlen, h.raw);
    CHECK(pixGetWidth(pix) == 640 && pixGetHeight(pix) == 480 && pixGetDepth(pix) == 32,
          "the page keeps its size");
    CHECK(pix_unhold(pix, &h) == 0 && h.z == NULL, "the pixels come back");
    size_t bytes = (size_t)pixGetWpl(was) * 4 * pixGetHeight(was);
    CHECK(pixGetData(pix) && !memcmp(pixGetData(pix), pixGetData(was), bytes), "the same bytes");
    CHECK(pixGetXRes(pix) == 300 && pixGetText(pix) && !strcmp(pixGetText(pix), "scanner note"),
          "resolution and text kept");
    CHECK(pix_unhold(pix, &h) == 0, "nothing held: nothing to do");
    pixDestroy(&pix);
    pixDestroy(&was);
}

static void test_left_alone(void)
{
    pix_hold h;
    PIX *grey = page(640, 480, 8, 0);
    CHECK(pix_hold_pixels(grey, 0, &h) == 0 && pixGetData(grey) && h.z == NULL, "an 8-bit page stays");
    CHECK(pix_unhold(grey, &h) == 0 && pixGetData(grey), "and unholding it does nothing");
    pixDestroy(&grey);
    PIX *noise = page(320, 240, 32, 1);
    CHECK(pix_hold_pixels(noise, 0, &h) == 0 && pixGetData(noise), "no gain: kept as it is");
    PIX *clone = pixClone(noise);
    PIX *scan = page(320, 240, 32, 0), *other = pixClone(scan);
    CHECK(pix_hold_pixels(scan, 0, &h) == 0 && pixGetData(other), "a page shared by a clone stays");
    PIX *small = page(320, 240, 32, 0);
    CHECK(pix_hold_pixels(small, PIXHOLD_MIN_BYTES, &h) == 0 && pixGetData(small),
          "a page under the size held is kept as it is");
    pixDestroy(&small);
    pixDestroy(&clone);
    pixDestroy(&noise);
    pixDestroy(&other);
    pixDestroy(&scan);
}

int main(void)
{
    test_colour_round_trip();
    test_left_alone();
    return check_report("pixhold");
}
