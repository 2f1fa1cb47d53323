/*
 * The PDF writer on synthetic pages whose answer is known: a 1-bit page
 * turned a quarter (/Rotate, CCITT G4), a two-level grey page with skew
 * (made 1-bit losslessly), a colour page (JPEG RGB), text beyond the BMP
 * and XML-special characters; read back with poppler-utils.
 */
#include <leptonica/allheaders.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "archive/alto.h"
#include "archive/pdf.h"
#include "../check.h"

static char *run(const char *cmd)
{
    FILE *p = popen(cmd, "r");
    if (!p)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t r;
    while (buf && (r = fread(buf + n, 1, cap - n - 1, p)) > 0) {
        n += r;
        if (n + 1 == cap) {
            char *b = realloc(buf, cap *= 2);
            if (!b)
                break;
            buf = b;
        }
    }
    pclose(p);
    if (buf)
        buf[n] = 0;
    return buf;
}

/* Collapse whitespace runs to one space, trim. */
static void squeeze(char *s)
{
    char *o = s;
    int sp = 0;
    for (char *p = s; *p; p++) {
        if (*p == ' ' || *p == '\n' || *p == '\f' || *p == '\t' || *p == '\r') {
            sp = o != s;
            continue;
        }
        if (sp)
            *o++ = ' ';
        sp = 0;
        *o++ = *p;
    }
    *o = 0;
}

typedef struct {
    const char *text;
    int x0, y0, x1, y1, line;
} wspec;

static void make_record(page_record *r, int index, int w, int h, int dpi, int rotation,
                        double skew, const wspec *ws, int n, const char *text)
{
    page_record_init(r, index);
    r->ok = 1;
    r->source = PAGE_SRC_OCR;
    r->width = w;
    r->height = h;
    r->dpi = dpi;
    r->rotation = rotation;
    r->skew = skew;
    r->scale = 1;
    r->text = strdup(text);
    r->text_len = strlen(text);
    r->words = calloc((size_t)n, sizeof *r->words);
    r->nwords = (size_t)n;
    for (int i = 0; i < n; i++) {
        r->words[i].text = strdup(ws[i].text);
        r->words[i].x0 = ws[i].x0;
        r->words[i].y0 = ws[i].y0;
        r->words[i].x1 = ws[i].x1;
        r->words[i].y1 = ws[i].y1;
        r->words[i].line = ws[i].line;
        r->words[i].conf = 91.5f;
    }
}

typedef struct {
    char *part[4];
    size_t len[4];
} parts;

static int get(void *user, int i, const char **d, size_t *len)
{
    parts *p = user;
    *d = p->part[i];
    *len = p->len[i];
    return 0;
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : ".";
    char err[512] = "", path[1024], cmd[1200];
    page_record rec[4];

    /* Page 1: scanned sideways (the OCR turned it 90 degrees clockwise):
     * decoded 800 x 1200, upright 1200 x 800, 200 dpi. */
    PIX *p1 = pixCreate(800, 1200, 1);
    pixRasterop(p1, 50, 50, 20, 300, PIX_SET, NULL, 0, 0);
    static const wspec w1[] = {
        {"Xin", 100, 100, 200, 140, 0}, {"chào", 220, 100, 330, 140, 0},
        {"\xF0\x9D\x90\x80" "BC&<>", 100, 200, 300, 240, 1}, {"Đ\"'", 320, 200, 400, 240, 1},
    };
    make_record(&rec[0], 0, 1200, 800, 200, 90, 0, w1, 4, "Xin chào\n𝐀BC&<> Đ\"'");
    /* Page 2: 8-bit grey with only black and white, deskewed by 2 degrees. */
    PIX *p2 = pixCreate(1000, 600, 8);
    pixSetAllArbitrary(p2, 255);
    pixRasterop(p2, 100, 100, 300, 30, PIX_CLR, NULL, 0, 0);
    static const wspec w2[] = {{"Điều", 100, 100, 250, 150, 0}, {"2.", 270, 100, 320, 150, 0}};
    make_record(&rec[1], 1, 1000, 600, 300, 0, 2.0, w2, 2, "Điều 2.");
    /* Page 3: flat colour (lossless Flate wins); page 4: noisy colour
     * (JPEG wins). */
    PIX *p3 = pixCreate(300, 200, 32);
    pixSetAllArbitrary(p3, 0xff000000);
    pixRasterop(p3, 10, 10, 50, 50, PIX_CLR, NULL, 0, 0);
    static const wspec w3[] = {{"đỏ", 10, 10, 100, 60, 0}};
    make_record(&rec[2], 2, 300, 200, 100, 0, 0, w3, 1, "đỏ");
    PIX *p4 = pixCreate(300, 200, 32);
    unsigned seed = 12345;
    for (int y = 0; y < 200; y++)
        for (int x = 0; x < 300; x++) {
            seed = seed * 1103515245u + 12345u;
            pixSetPixel(p4, x, y, (seed >> 8) & 0xffffff00u);
        }
    static const wspec w4[] = {{"xanh", 10, 10, 100, 60, 0}};
    make_record(&rec[3], 3, 300, 200, 100, 0, 0, w4, 1, "xanh");

    PIX *pix[4] = {p1, p2, p3, p4};
    parts pp;
    for (int i = 0; i < 4; i++) {
        pp.part[i] = pdf_page_part(&rec[i], pix[i], NULL, &pp.len[i], err, sizeof err);
        CHECK(pp.part[i], "page part %d: %s", i + 1, err);
    }
    archive_doc_info info = {.source = "/x/Tờ trình <số 1>.tif", .software = "sohoa test",
                             .lang = "vi", .created = 1790000000};
    snprintf(path, sizeof path, "%s/test-pdf.pdf", dir);
    CHECK(pdf_write(path, &info, NULL, 4, get, &pp, err, sizeof err) == 0, "write: %s", err);

    snprintf(cmd, sizeof cmd, "pdftotext -raw '%s' -", path);
    char *txt = run(cmd);
    CHECK(txt, "pdftotext");
    if (txt) {
        squeeze(txt);
        CHECK(!strcmp(txt, "Xin chào 𝐀BC&<> Đ\"' Điều 2. đỏ xanh"), "text: '%s'", txt);
    }
    free(txt);
    snprintf(cmd, sizeof cmd, "pdfinfo -f 1 -l 3 '%s'", path);
    char *info_out = run(cmd);
    CHECK(info_out && strstr(info_out, "Page    1 size:  288 x 432 pts") &&
              strstr(info_out, "Page    1 rot:   90") &&
              strstr(info_out, "Page    2 size:  240 x 144 pts") &&
              strstr(info_out, "Page    3 size:  216 x 144 pts") &&
              strstr(info_out, "Title:           Tờ trình <số 1>.tif"),
          "pdfinfo: %s", info_out ? info_out : "");
    free(info_out);
    snprintf(cmd, sizeof cmd, "pdfimages -list '%s'", path);
    char *imgs = run(cmd);
    CHECK(imgs, "pdfimages");
    if (imgs) {
        char *l1 = strstr(imgs, "\n   1 "), *l2 = strstr(imgs, "\n   2 "), *l3 = strstr(imgs, "\n   3 ");
        CHECK(l1 && l2 && l3, "pdfimages lines: %s", imgs);
        if (l1 && l2 && l3) {
            CHECK(strstr(l1, "ccitt") && strstr(l1, "ccitt") < l2 && strstr(l1, " 1   1 "),
                  "page 1 not 1-bit G4: %s", imgs);
            CHECK(strstr(l2, "ccitt") && strstr(l2, "ccitt") < l3, "page 2 not G4: %s", imgs);
            CHECK(strstr(l3, "rgb") && strstr(l3, " image "), "page 3 not RGB Flate: %s", imgs);
            char *l4 = strstr(imgs, "\n   4 ");
            CHECK(l4 && strstr(l4, "rgb") && strstr(l4, "jpeg"), "page 4 not RGB JPEG: %s", imgs);
        }
    }
    free(imgs);
    /* Where the words are: on the displayed (upright) page 1, "Xin" is at
     * its box in points (x 100 px = 36 pt, bottom 140 px = 50.4 pt). */
    snprintf(cmd, sizeof cmd, "pdftotext -bbox -f 1 -l 1 '%s' -", path);
    char *bb = run(cmd);
    double x0 = -1, y0 = -1, x1 = -1, y1 = -1;
    char *xin = bb ? strstr(bb, ">Xin<") : NULL;
    if (xin) {
        char *s = xin;
        while (s > bb && strncmp(s, "<word", 5))
            s--;
        sscanf(s, "<word xMin=\"%lf\" yMin=\"%lf\" xMax=\"%lf\" yMax=\"%lf\"", &x0, &y0, &x1, &y1);
    }
    /* Glyph box: top at the line top; poppler adds a descent below the
     * baseline (the line bottom); "Xin " (with its space) reaches the next
     * word at 220 px, so "Xin" ends at 3/4 of that. */
    CHECK(fabs(x0 - 36) < 1 && fabs(y0 - 36) < 1 && y1 > 50 && y1 < 56 && fabs(x1 - 68.4) < 1,
          "Xin at %.2f %.2f %.2f %.2f, want 36 36 68.4 50.4-56", x0, y0, x1, y1);
    free(bb);

    /* The page image is the pixels given, not resampled. */
    snprintf(cmd, sizeof cmd, "pdfimages -f 2 -l 2 -png '%s' '%s/img'", path, dir);
    CHECK(system(cmd) == 0, "pdfimages -png");
    snprintf(path, sizeof path, "%s/img-000.png", dir);
    PIX *back = pixRead(path);
    PIX *b2 = pixThresholdToBinary(p2, 128);
    PIX *back1 = back ? pixConvertTo1(back, 128) : NULL;
    l_int32 same = 0;
    if (back1 && b2)
        pixEqual(back1, b2, &same);
    CHECK(same, "page 2 image differs from the input");
    pixDestroy(&back);
    snprintf(cmd, sizeof cmd, "pdfimages -f 3 -l 3 -png '%s/test-pdf.pdf' '%s/img3'", dir, dir);
    CHECK(system(cmd) == 0, "pdfimages -png");
    snprintf(path, sizeof path, "%s/img3-000.png", dir);
    back = pixRead(path);
    same = 0;
    if (back)
        pixEqual(back, p3, &same);
    CHECK(same, "page 3 (Flate) image differs from the input");
    pixDestroy(&back);
    pixDestroy(&back1);
    pixDestroy(&b2);

    /* A damaged part is refused, naming the page. */
    pp.len[1] -= 10;
    snprintf(path, sizeof path, "%s/test-bad.pdf", dir);
    CHECK(pdf_write(path, &info, NULL, 4, get, &pp, err, sizeof err) != 0 && strstr(err, "page 2"),
          "damaged part: %s", err);

    /* ALTO escapes what XML needs escaped. */
    size_t alen;
    char *alto = alto_page(&rec[0], 1, &alen);
    CHECK(alto && strstr(alto, "CONTENT=\"𝐀BC&amp;&lt;&gt;\"") &&
              strstr(alto, "CONTENT=\"Đ&quot;&apos;\"") && strstr(alto, "WC=\"0.92\"") &&
              strstr(alto, "<SP HPOS=\"200\" VPOS=\"100\" WIDTH=\"20\"/>"),
          "alto: %s", alto ? alto : "");
    free(alto);

    for (int i = 0; i < 4; i++) {
        free(pp.part[i]);
        page_record_clear(&rec[i]);
        pixDestroy(&pix[i]);
    }
    return check_report("pdf");
}
