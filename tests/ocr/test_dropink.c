/* The dropink step (ocr/preprocess.c) on a small colour page: red and
 * blue ink turn pale, black print stays black also under the ink, grey
 * pixels keep the luminance pixConvertTo8 gives them (issue 23). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <leptonica/allheaders.h>

#include "ocr/preprocess.h"
#include "ocr/seal.h"
#include "../check.h"

/* The grey value of each test colour after preprocessing with flags. */
static void grey_values(unsigned flags, const l_uint32 *rgb, int n, l_uint32 *out)
{
    PIX *pix = pixCreate(n, 1, 32);
    for (int i = 0; i < n; i++)
        pixSetPixel(pix, i, 0, rgb[i]);
    page_record rec;
    page_record_init(&rec, 0);
    PIX *g = preprocess_page(pix, 300, flags, 0, 0, &rec);
    CHECK(g && pixGetDepth(g) == 8, "8-bit result");
    for (int i = 0; g && i < n; i++)
        pixGetPixel(g, i, 0, &out[i]);
    pixDestroy(&g);
    pixDestroy(&pix);
    page_record_clear(&rec);
}

/* A 300 dpi colour page 700 px square with a red ring of radius r (0: none)
 * centred at 350,350 and a red rule along the top. */
static PIX *sealed_page(int r)
{
    PIX *pix = pixCreate(700, 700, 32);
    pixSetAllArbitrary(pix, 0xffffff00);
    l_uint32 red;
    composeRGBPixel(200, 20, 30, &red);
    for (int y = 0; y < 700; y++)
        for (int x = 0; x < 700; x++) {
            int d2 = (x - 350) * (x - 350) + (y - 350) * (y - 350);
            if ((r && d2 <= r * r && d2 >= (r - 12) * (r - 12)) || (y >= 20 && y < 26))
                pixSetPixel(pix, x, y, red);
        }
    return pix;
}

static void test_seal(void)
{
    page_record rec;
    page_record_init(&rec, 0);
    PIX *pix = sealed_page(200);   /* 34 mm across at 300 dpi */
    CHECK(seal_find(pix, 0, 0, 300, &rec) == 0 && rec.nstamps == 1, "one seal: %zu", rec.nstamps);
    if (rec.nstamps == 1)
        CHECK(!strcmp(rec.stamps[0].kind, "seal") && abs(rec.stamps[0].x0 - 150) <= 3 &&
                  abs(rec.stamps[0].y1 - 551) <= 3,
              "seal box %d,%d-%d,%d", rec.stamps[0].x0, rec.stamps[0].y0, rec.stamps[0].x1,
              rec.stamps[0].y1);
    pixDestroy(&pix);
    page_record_clear(&rec);
    page_record_init(&rec, 0);
    pix = sealed_page(0);          /* only the red rule */
    CHECK(seal_find(pix, 0, 0, 300, &rec) == 0 && rec.nstamps == 0, "no seal: %zu", rec.nstamps);
    pixDestroy(&pix);
    page_record_clear(&rec);
}

/* The ring unwrapped (seal_ring_strip): a red bar set radially at the
 * top of the seal, as a letter's stroke in the ring text, comes out as
 * one upright stroke away from the strip's ends; the ring itself, outside
 * the text band, leaves nothing. */
static void test_ring_strip(void)
{
    PIX *pix = sealed_page(200);
    l_uint32 red;
    composeRGBPixel(200, 20, 30, &red);
    for (int y = 350 - 150; y < 350 - 90; y++)   /* radius 90-150 of 200 */
        for (int x = 345; x < 355; x++)
            pixSetPixel(pix, x, y, red);
    page_stamp s = {.x0 = 150, .y0 = 150, .x1 = 551, .y1 = 551};
    PIX *strip = seal_ring_strip(pix, 0, 0, &s);
    CHECK(strip != NULL, "a strip");
    int w = strip ? pixGetWidth(strip) : 0, h = strip ? pixGetHeight(strip) : 0;
    int left = w, right = -1, top = h, bottom = -1;
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            l_uint32 v = 0;
            pixGetPixel(strip, x, y, &v);
            if (!v)
                continue;
            left = x < left ? x : left;
            right = x > right ? x : right;
            top = y < top ? y : top;
            bottom = y > bottom ? y : bottom;
        }
    CHECK(right >= 0 && right - left < w / 40 && left > w / 10 && right < w - w / 10,
          "one stroke away from the ends: x %d-%d of %d", left, right, w);
    CHECK(bottom - top > h / 4, "the stroke upright: y %d-%d of %d", top, bottom, h);
    pixDestroy(&strip);
    pixDestroy(&pix);
}

int main(void)
{
    test_seal();
    test_ring_strip();
    enum { N = 7 };
    l_uint32 rgb[N], plain[N], ink[N];
    const int c[N][3] = {
        {200, 20, 30},   /* seal red */
        {28, 47, 156},   /* ballpoint blue */
        {15, 5, 8},      /* black print under the seal */
        {0, 0, 0},       /* black */
        {128, 128, 128}, /* grey */
        {250, 250, 250}, /* paper */
        {40, 35, 30},    /* print with a scanner's colour cast */
    };
    for (int i = 0; i < N; i++)
        composeRGBPixel(c[i][0], c[i][1], c[i][2], &rgb[i]);
    grey_values(0, rgb, N, plain);
    grey_values(PRE_DROPINK, rgb, N, ink);
    CHECK(ink[0] == 255 && ink[1] >= 240, "ink not taken out: red %u blue %u", ink[0], ink[1]);
    CHECK(plain[0] < 100 && plain[1] < 100, "ink dark without the step: %u %u", plain[0], plain[1]);
    for (int i = 2; i < N; i++)
        CHECK(ink[i] == plain[i], "colour %d: %u with dropink, %u without", i, ink[i], plain[i]);
    char buf[128], err[64];
    unsigned f = 0;
    CHECK(preprocess_parse("orient,dropink,deskew", &f, err, sizeof err) == 0 &&
              (f & PRE_DROPINK) && !strcmp(preprocess_format(f, buf, sizeof buf),
                                          "orient,dropink,deskew"),
          "parse/format %s", buf);
    return check_report("dropink");
}
