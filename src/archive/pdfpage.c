/*
 * pdfpage.c: one page of the searchable PDF, made while the page image and
 * record are in memory: the encoded image and the text-layer content
 * stream, packed into a blob that pdfdoc.c assembles into the document.
 */
#include <leptonica/allheaders.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "archive/pdf.h"
#include "archive/pdfpart.h"
#include "common/greypix.h"
#include "common/sbuf.h"

void pdf_page_options_init(pdf_page_options *o)
{
    memset(o, 0, sizeof *o);
    o->jpeg_quality = 75;
    o->bilevel_share = 0.90;
}

/* x' = a x + c y + e, y' = b x + d y + f (PDF's [a b c d e f]). */
typedef struct {
    double a, b, c, d, e, f;
} affine;

/* Apply q first, then p. */
static affine compose(affine p, affine q)
{
    return (affine){
        p.a * q.a + p.c * q.b, p.b * q.a + p.d * q.b,
        p.a * q.c + p.c * q.d, p.b * q.c + p.d * q.d,
        p.a * q.e + p.c * q.f + p.e, p.b * q.e + p.d * q.f + p.f,
    };
}

/* From the frame of the word boxes (upright, deskewed page, y down, in
 * pixels at dpi) to PDF user space of the page that shows the image as
 * decoded (w0 x h0 pixels), with y flipped once more so that text space
 * has y up: text at (x, -y) lands on box point (x, y). */
static affine text_frame(const page_record *rec, int w0, int h0)
{
    int quads = ((rec->rotation / 90) % 4 + 4) % 4;
    double wr = quads & 1 ? h0 : w0, hr = quads & 1 ? w0 : h0;
    double s = 72.0 / (rec->dpi > 0 ? rec->dpi : 72);
    affine flip = {1, 0, 0, -1, 0, 0};
    /* The record's size may be rounded (upscaled OCR); match the image. */
    affine scale = {rec->width > 0 ? wr / rec->width : 1, 0, 0,
                    rec->height > 0 ? hr / rec->height : 1, 0, 0};
    /* Deskew rotated the upright page by rec->skew degrees about its
     * centre (leptonica: clockwise positive, y down); undo it. */
    double t = -rec->skew * 3.14159265358979323846 / 180.0, ct = cos(t), st = sin(t);
    double cx = wr / 2, cy = hr / 2;
    affine unskew = {ct, st, -st, ct, cx - (ct * cx - st * cy), cy - (st * cx + ct * cy)};
    /* The quarter turns: from the upright page back to the decoded one. */
    static const affine none = {1, 0, 0, 1, 0, 0};
    affine unturn = none;
    if (quads == 1)
        unturn = (affine){0, -1, 1, 0, 0, h0};
    else if (quads == 2)
        unturn = (affine){-1, 0, 0, -1, w0, h0};
    else if (quads == 3)
        unturn = (affine){0, 1, -1, 0, w0, 0};
    affine topdf = {s, 0, 0, -s, 0, s * h0};
    return compose(topdf, compose(unturn, compose(unskew, compose(scale, flip))));
}

/* Character codes of a word: the code point for the BMP; characters beyond
 * it get codes in the surrogate range (never a character of their own),
 * listed in nonbmp so that the page's ToUnicode map can name them. */
static void put_codes(sbuf *b, const char *text, int space, uint32_t *nonbmp, int *nn)
{
    const unsigned char *p = (const unsigned char *)text;
    size_t n = strlen(text);
    sb_puts(b, "<");
    while (n) {
        size_t used;
        long cp = utf8_decode(p, n, &used);
        p += used;
        n -= used;
        unsigned code;
        if (cp < 0)
            code = 0xFFFD;
        else if (cp < 0x10000)
            code = (unsigned)cp;
        else {
            int k = 0;
            while (k < *nn && nonbmp[k] != (uint32_t)cp)
                k++;
            if (k == *nn && k < PDFPART_MAX_NONBMP)
                nonbmp[(*nn)++] = (uint32_t)cp;
            code = k < PDFPART_MAX_NONBMP ? 0xD800u + (unsigned)k : 0xFFFD;
        }
        sb_printf(b, "%04X", code);
    }
    if (space)
        sb_puts(b, "0020");
    sb_puts(b, ">");
}

static size_t count_chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* The text layer, uncompressed. Words of one line share a baseline (the
 * line's bottom) and a size (the line's height) so text extractors see one
 * line; each word is stretched (Tz) to reach the next word, with a real
 * space between, so they see the word breaks too. */
static void text_layer(sbuf *b, const page_record *rec, affine m, uint32_t *nonbmp, int *nn)
{
    size_t n = rec->ok ? rec->nwords : 0;
    const ocr_word *W = rec->words;
    int any = 0;
    for (size_t i = 0; i < n; i++)
        any |= W[i].text && W[i].text[0];
    if (!any)
        return;
    sb_printf(b, "q %.6f %.6f %.6f %.6f %.4f %.4f cm\nBT\n3 Tr\n", m.a, m.b, m.c, m.d, m.e, m.f);
    for (size_t i = 0; i < n;) {
        size_t le = i;
        int top = W[i].y0, bottom = W[i].y1;
        while (le < n && W[le].line == W[i].line && W[le].block == W[i].block) {
            if (W[le].y0 < top) top = W[le].y0;
            if (W[le].y1 > bottom) bottom = W[le].y1;
            le++;
        }
        int size = bottom - top > 0 ? bottom - top : 1;
        sb_printf(b, "/F1 %d Tf\n", size);
        for (size_t k = i; k < le; k++) {
            if (!W[k].text || !W[k].text[0])
                continue;
            size_t next = k + 1;
            while (next < le && (!W[next].text || !W[next].text[0]))
                next++;
            int space = next < le;
            double span = W[k].x1 - W[k].x0;
            if (space && W[next].x0 - W[k].x0 > span)
                span = W[next].x0 - W[k].x0;
            size_t nch = count_chars(W[k].text) + (space ? 1 : 0);
            double tz = 100.0 * span / ((double)nch * 0.5 * size);
            if (!(tz > 0.01))
                tz = 0.01;
            sb_printf(b, "1 0 0 1 %d %d Tm %.2f Tz ", W[k].x0, -bottom, tz);
            put_codes(b, W[k].text, space, nonbmp, nn);
            sb_puts(b, " Tj\n");
        }
        i = le;
    }
    sb_puts(b, "ET\nQ\n");
}

/* Share of the pixels of an 8-bit page that are pure black or white. 1:
 * a 1-bit page in disguise, which G4 keeps exactly and far smaller. Near 1:
 * a 1-bit scan smoothed on the way (a PDF page rasterised with
 * anti-aliasing: 0.93-0.997 on the real pages here; grey scans have sensor
 * noise and come out far lower: 0.002-0.48). */
static double two_level_share(PIX *p)
{
    int w = pixGetWidth(p), h = pixGetHeight(p), wpl = pixGetWpl(p);
    const l_uint32 *data = pixGetData(p);
    size_t n = 0;
    for (int y = 0; y < h; y++) {
        const l_uint32 *line = data + (size_t)y * wpl;
        for (int x = 0; x < w; x++) {
            int v = GET_DATA_BYTE(line, x);
            n += v == 0 || v == 255;
        }
    }
    return w && h ? (double)n / ((double)w * h) : 0;
}

/* Flate with the PNG "up" predictor (each row as its difference from the
 * one above), lossless; clean document pages often beat JPEG with it.
 * NULL as soon as the output passes limit bytes (0: none): the stream
 * only grows, so the rest could not make it small enough to be used, and
 * the PDF is the same byte for byte. On a colour scan JPEG wins by far and
 * deflating all of it was waste: sohoa run on 6 colour pages of levels
 * 1-3 of make-ocr-devset --signed (d400, d401, d405-d407, d411) took
 * 19.1 s of CPU before, 14.7 s after (issue 23, one run each, -j 1). */
static unsigned char *flate_image(PIX *p, size_t limit, size_t *len)
{
    int w = pixGetWidth(p), h = pixGetHeight(p), wpl = pixGetWpl(p);
    int spp = pixGetDepth(p) == 32 ? 3 : 1;
    size_t row = (size_t)w * spp;
    unsigned char *cur = malloc(row), *prev = calloc(1, row), *filt = malloc(row + 1);
    z_stream z;
    memset(&z, 0, sizeof z);
    size_t cap = compressBound((uLong)((row + 1) * h)) + 64;
    unsigned char *out = malloc(cap);
    int ok = cur && prev && filt && out && deflateInit(&z, 6) == Z_OK;
    if (ok) {
        z.next_out = out;
        z.avail_out = (uInt)cap;
        const l_uint32 *data = pixGetData(p);
        for (int y = 0; y < h && ok; y++) {
            const l_uint32 *line = data + (size_t)y * wpl;
            if (spp == 1) {
                for (int x = 0; x < w; x++)
                    cur[x] = (unsigned char)GET_DATA_BYTE(line, x);
            } else {
                for (int x = 0; x < w; x++) {
                    cur[3 * x] = (unsigned char)(line[x] >> 24);
                    cur[3 * x + 1] = (unsigned char)(line[x] >> 16);
                    cur[3 * x + 2] = (unsigned char)(line[x] >> 8);
                }
            }
            filt[0] = 2;
            for (size_t i = 0; i < row; i++)
                filt[i + 1] = (unsigned char)(cur[i] - prev[i]);
            z.next_in = filt;
            z.avail_in = (uInt)(row + 1);
            ok = deflate(&z, y == h - 1 ? Z_FINISH : Z_NO_FLUSH) != Z_STREAM_ERROR &&
                 z.avail_in == 0 && (limit == 0 || z.total_out <= limit);
            unsigned char *t = prev;
            prev = cur;
            cur = t;
        }
        ok = ok && z.total_out > 0;
        *len = z.total_out;
        deflateEnd(&z);
    }
    free(cur);
    free(prev);
    free(filt);
    if (!ok) {
        free(out);
        return NULL;
    }
    return out;
}

/* The image to embed (a new reference) and how to encode it: G4 for
 * 1-bit pages, JPEG or Flate (the smaller) for grey and colour. */
static PIX *choose_image(PIX *image, const pdf_page_options *o, int *type, double *share)
{
    *share = 0;
    PIX *p = pixGetColormap(image) ? pixRemoveColormap(image, REMOVE_CMAP_BASED_ON_SRC)
                                   : pixClone(image);
    if (!p)
        return NULL;
    int d = pixGetDepth(p);
    if (d == 1) {
        *type = L_G4_ENCODE;
        return p;
    }
    if (d == 32 || d == 24) {
        if (!pix_all_grey(p)) {
            *type = L_JPEG_ENCODE;
            return p;
        }
        PIX *g = pixGetRGBComponent(p, COLOR_GREEN);
        pixDestroy(&p);
        p = g;
    } else if (d != 8) {
        PIX *g = pixConvertTo8(p, 0);
        pixDestroy(&p);
        p = g;
    }
    if (!p)
        return NULL;
    *share = two_level_share(p);
    if (*share == 1.0 || (o->bilevel_share > 0 && *share >= o->bilevel_share)) {
        /* leptonica's 1-bit: 1 = black, from values below the threshold. */
        PIX *b = pixThresholdToBinary(p, 128);
        pixDestroy(&p);
        *type = L_G4_ENCODE;
        return b;
    }
    *type = L_JPEG_ENCODE;
    return p;
}

/* The page's content stream (text layer under the image that covers the
 * page, w0 x h0 pixels drawn pw x ph points), Flate-compressed, malloc'd;
 * hdr gets the page size, rotation, content length and the characters
 * beyond the BMP. NULL with a reason in err. */
static unsigned char *page_content(const page_record *rec, int w0, int h0, double pw, double ph,
                                   pdf_part *hdr, size_t *zlen_out, char *err, size_t errlen)
{
    sbuf text = {0};
    hdr->nnonbmp = 0;
    text_layer(&text, rec, text_frame(rec, w0, h0), hdr->nonbmp, &hdr->nnonbmp);
    sb_printf(&text, "q %.4f 0 0 %.4f 0 0 cm /Im0 Do Q\n", pw, ph);
    if (text.failed) {
        sb_free(&text);
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    uLongf zlen = compressBound(text.len);
    unsigned char *z = malloc(zlen);
    if (!z || compress2(z, &zlen, (const Bytef *)text.buf, text.len, 6) != Z_OK) {
        free(z);
        sb_free(&text);
        snprintf(err, errlen, "page %d: cannot compress the text layer", rec->index + 1);
        return NULL;
    }
    sb_free(&text);
    hdr->width_pt = pw;
    hdr->height_pt = ph;
    hdr->rotate = ((rec->rotation / 90) % 4 + 4) % 4 * 90;
    hdr->content_len = zlen;
    *zlen_out = zlen;
    return z;
}

char *pdf_page_part(const page_record *rec, PIX *image, const pdf_page_options *o, size_t *len,
                    char *err, size_t errlen)
{
    pdf_page_options defaults;
    if (!o) {
        pdf_page_options_init(&defaults);
        o = &defaults;
    }
    if (!image) {
        snprintf(err, errlen, "page %d: no page image", rec->index + 1);
        return NULL;
    }
    int w0 = pixGetWidth(image), h0 = pixGetHeight(image);
    int type = L_JPEG_ENCODE;
    double share;
    PIX *p = choose_image(image, o, &type, &share);
    L_COMP_DATA *cid = NULL;
    if (!p || pixGenerateCIData(p, type, o->jpeg_quality > 0 ? o->jpeg_quality : 85, 0, &cid) != 0 ||
        !cid) {
        pixDestroy(&p);
        snprintf(err, errlen, "page %d: cannot encode the page image", rec->index + 1);
        return NULL;
    }
    /* Lossless unless JPEG is clearly smaller. A grey page with few pure
     * black or white pixels is a noisy scan that Flate never wins on: not
     * tried (it costs as much as the JPEG). */
    size_t flen = 0;
    const unsigned char *img = cid->datacomp;
    size_t img_len = cid->nbytescomp;
    size_t flate_max = img_len + img_len / 4;
    int try_flate = type == L_JPEG_ENCODE && (pixGetDepth(p) == 32 || share >= 0.5);
    unsigned char *flate = try_flate ? flate_image(p, flate_max, &flen) : NULL;
    int filter = type == L_G4_ENCODE ? PDFPART_CCITT : PDFPART_DCT;
    if (flate && flen <= flate_max) {
        img = flate;
        img_len = flen;
        filter = PDFPART_FLATE;
    }
    pixDestroy(&p);

    int dpi = rec->dpi > 0 ? rec->dpi : 72;
    double pw = w0 * 72.0 / dpi, ph = h0 * 72.0 / dpi;
    pdf_part hdr = {0};
    size_t zlen = 0;
    unsigned char *z = page_content(rec, w0, h0, pw, ph, &hdr, &zlen, err, errlen);
    if (!z) {
        l_CIDataDestroy(&cid);
        free(flate);
        return NULL;
    }
    hdr.img_w = cid->w;
    hdr.img_h = cid->h;
    hdr.bpc = cid->bps;
    hdr.ncomp = cid->spp == 3 ? 3 : 1;
    hdr.filter = filter;
    hdr.img_len = img_len;
    char *blob = pdfpart_pack(&hdr, img, z, len);
    free(z);
    free(flate);
    l_CIDataDestroy(&cid);
    if (!blob)
        snprintf(err, errlen, "out of memory");
    return blob;
}

char *pdf_page_part_retext(const page_record *rec, const char *old, size_t oldlen, size_t *len,
                           char *err, size_t errlen)
{
    pdf_part hdr;
    const unsigned char *img, *content;
    if (pdfpart_unpack(old, oldlen, &hdr, &img, &content) != 0) {
        snprintf(err, errlen, "page %d: the stored PDF page is unreadable", rec->index + 1);
        return NULL;
    }
    /* The image is kept byte for byte: only the text under it changes. */
    size_t zlen = 0;
    unsigned char *z = page_content(rec, hdr.img_w, hdr.img_h, hdr.width_pt, hdr.height_pt, &hdr,
                                    &zlen, err, errlen);
    if (!z)
        return NULL;
    char *blob = pdfpart_pack(&hdr, img, z, len);
    free(z);
    if (!blob)
        snprintf(err, errlen, "out of memory");
    return blob;
}
