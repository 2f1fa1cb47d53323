/*
 * measure-policy: OCR pages under one preprocessing / tesseract policy, so
 * that policies can be compared on development pages before one becomes
 * the default (driven by tests/ocr/measure-policy, which prints CER).
 *
 *   measure-policy OUTDIR SPEC IMAGE...
 *
 * SPEC is comma-separated key=value:
 *   res=none|file|auto|N  resolution declared to tesseract: none (0:
 *                     tesseract estimates it from the text), file (the
 *                     page's own or, without one, inferred from an A4 long
 *                     side; times the upscale factor), auto (the page's own
 *                     when plausible, else none), or a fixed N
 *   up=no|dpi|dpi:D|xh:T|auto  upscale: never, pages under 280 (or D) dpi
 *                     to 300 (dpi: the old default), only when the median
 *                     glyph height is under T px, to T px, or auto (dpi,
 *                     except bilevel pages: sohoa's rule in preprocess.c)
 *   deskew=no|A       deskew when the measured angle is at least A degrees
 *   in=grey|bin       give tesseract the grey page, or a 1-bit page
 *                     thresholded at mid-grey after the other steps
 *   psm=N             tesseract page segmentation mode
 * Writes OUTDIR/NAME.txt per image and prints "NAME scale glyph_h angle".
 */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <leptonica/allheaders.h>
#include <tesseract/capi.h>

struct policy {
    int res;        /* -1 none, 0 file, -2 auto, else fixed */
    int up;         /* 0 no, 1 dpi, 2 xh, 3 dpi unless bilevel */
    double up_xh;
    int up_dpi;
    double deskew;  /* < 0: no */
    int bin;
    int psm;
};

static int parse(const char *spec, struct policy *p)
{
    *p = (struct policy){.res = 0, .up = 0, .deskew = -1, .bin = 0, .psm = 3};
    char *s = strdup(spec), *save = NULL;
    for (char *t = strtok_r(s, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
        if (!strcmp(t, "res=none"))
            p->res = -1;
        else if (!strcmp(t, "res=file"))
            p->res = 0;
        else if (!strcmp(t, "res=auto"))
            p->res = -2;
        else if (!strncmp(t, "res=", 4))
            p->res = atoi(t + 4);
        else if (!strcmp(t, "up=no"))
            p->up = 0;
        else if (!strcmp(t, "up=auto")) {
            p->up = 3;
            p->up_dpi = 280;
        } else if (!strcmp(t, "up=dpi")) {
            p->up = 1;
            p->up_dpi = 280;
        } else if (!strncmp(t, "up=dpi:", 7)) {
            p->up = 1;
            p->up_dpi = atoi(t + 7);
        }
        else if (!strncmp(t, "up=xh:", 6)) {
            p->up = 2;
            p->up_xh = atof(t + 6);
        } else if (!strcmp(t, "deskew=no"))
            p->deskew = -1;
        else if (!strncmp(t, "deskew=", 7))
            p->deskew = atof(t + 7);
        else if (!strcmp(t, "in=grey"))
            p->bin = 0;
        else if (!strcmp(t, "in=bin"))
            p->bin = 1;
        else if (!strncmp(t, "psm=", 4))
            p->psm = atoi(t + 4);
        else {
            fprintf(stderr, "measure-policy: unknown '%s'\n", t);
            free(s);
            return -1;
        }
    }
    free(s);
    return 0;
}

/* Share of pure black or white pixels of an 8-bit page (every 2nd). */
static double bilevel_share(PIX *grey)
{
    NUMA *h = pixGetGrayHistogram(grey, 2);
    if (!h)
        return 0;
    l_float32 total = 0, a = 0, b = 0;
    numaGetSum(h, &total);
    numaGetFValue(h, 0, &a);
    numaGetFValue(h, 255, &b);
    numaDestroy(&h);
    return total > 0 ? (a + b) / total : 0;
}

/* Median height of glyph-sized connected components of the page. */
static double glyph_height(PIX *grey)
{
    PIX *b = pixConvertTo1(grey, 128);
    BOXA *boxa = pixConnComp(b, NULL, 8);
    int n = boxaGetCount(boxa);
    NUMA *hs = numaCreate(n);
    for (int i = 0; i < n; i++) {
        int x, y, w, h;
        boxaGetBoxGeometry(boxa, i, &x, &y, &w, &h);
        if (h >= 4 && h <= 120 && w >= 2 && w <= 120)
            numaAddNumber(hs, (l_float32)h);
    }
    l_float32 med = 0;
    if (numaGetCount(hs) > 0)
        numaGetMedian(hs, &med);
    numaDestroy(&hs);
    boxaDestroy(&boxa);
    pixDestroy(&b);
    return med;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: measure-policy OUTDIR SPEC IMAGE...\n");
        return 1;
    }
    struct policy pol;
    if (parse(argv[2], &pol))
        return 1;
    TessBaseAPI *api = TessBaseAPICreate();
    if (TessBaseAPIInit3(api, NULL, "vie")) {
        fprintf(stderr, "measure-policy: cannot load vie\n");
        return 1;
    }
    TessBaseAPISetPageSegMode(api, (TessPageSegMode)pol.psm);
    TessBaseAPISetVariable(api, "debug_file", "/dev/null");
    for (int a = 3; a < argc; a++) {
        PIX *pix = pixRead(argv[a]);
        if (!pix) {
            fprintf(stderr, "measure-policy: cannot read %s\n", argv[a]);
            continue;
        }
        int w = pixGetWidth(pix), h = pixGetHeight(pix);
        int fres = pixGetYRes(pix);
        int longside = w > h ? w : h;
        int plausible = fres >= 70 && fres <= 2400 && longside / (double)fres >= 4 &&
                        longside / (double)fres <= 18;
        int dpi = plausible ? fres : (int)lround(longside / 11.69);
        PIX *p = pixConvertTo8(pix, 0);
        int bilevel = pixGetDepth(pix) == 1 || bilevel_share(p) >= 0.9;
        pixDestroy(&pix);
        float angle = 0, conf = 0;
        if (pol.deskew >= 0) {
            PIX *b = pixConvertTo1(p, 128);
            pixFindSkew(b, &angle, &conf);
            pixDestroy(&b);
            if (conf >= 3.0 && fabs(angle) >= pol.deskew && fabs(angle) >= 0.1) {
                PIX *q = pixRotate(p, (l_float32)(angle * 3.14159265358979 / 180), L_ROTATE_AREA_MAP,
                                   L_BRING_IN_WHITE, 0, 0);
                pixDestroy(&p);
                p = q;
            } else {
                angle = 0;
            }
        }
        double gh = glyph_height(p);
        double scale = 1;
        if ((pol.up == 1 || (pol.up == 3 && !bilevel)) && dpi < pol.up_dpi)
            scale = 300.0 / dpi;
        else if (pol.up == 2 && gh > 0 && gh < pol.up_xh)
            scale = pol.up_xh / gh;
        if (scale > 4)
            scale = 4;
        if (scale > 1) {
            PIX *q = pixScaleGrayLI(p, (l_float32)scale, (l_float32)scale);
            pixDestroy(&p);
            p = q;
        }
        if (pol.bin) {
            PIX *q = pixConvertTo1(p, 128);
            pixDestroy(&p);
            p = q;
        }
        int declared = pol.res == -1                ? 0
                       : pol.res == -2              ? (plausible ? (int)lround(dpi * scale) : 0)
                       : pol.res == 0               ? (int)lround(dpi * scale)
                                                    : pol.res;
        pixSetResolution(p, declared, declared);
        TessBaseAPISetImage2(api, p);
        if (declared > 0)
            TessBaseAPISetSourceResolution(api, declared);
        char *text = TessBaseAPIGetUTF8Text(api);
        const char *base = strrchr(argv[a], '/');
        base = base ? base + 1 : argv[a];
        char name[512];
        snprintf(name, sizeof name, "%s", base);
        char *dot = strrchr(name, '.');
        if (dot)
            *dot = 0;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s.txt", argv[1], name);
        FILE *f = fopen(path, "w");
        if (f) {
            fputs(text ? text : "", f);
            fclose(f);
        }
        /* What the OCR used: with 0 declared, tesseract's layout analysis
         * estimates a resolution from the text size (PSM 3) while the API
         * still reports its 70 dpi fallback. */
        printf("%s scale %.2f glyph_h %.1f angle %.2f declared %d used %d\n", name, scale, gh,
               angle, declared, TessBaseAPIGetSourceYResolution(api));
        fflush(stdout);
        TessDeleteText(text);
        TessBaseAPIClear(api);
        pixDestroy(&p);
    }
    TessBaseAPIEnd(api);
    TessBaseAPIDelete(api);
    return 0;
}
