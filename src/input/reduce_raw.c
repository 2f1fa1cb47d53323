/* Large PNM and BMP pages read smaller a row at a time (reduce.h): both
 * store plain rows, PNM top first, BMP usually bottom first (read by
 * seeking to each row in turn). */
#include "input/reduce.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <leptonica/allheaders.h>

#include "input/libmsg.h"

/* ---- PNM --------------------------------------------------------------- */

/* The next number of a PNM header or ASCII body, skipping # comments. */
static long pnm_number(FILE *f)
{
    int c = fgetc(f);
    while (c != EOF && (isspace(c) || c == '#')) {
        if (c == '#')
            while (c != EOF && c != '\n')
                c = fgetc(f);
        c = fgetc(f);
    }
    long v = -1;
    while (c != EOF && isdigit(c)) {
        v = (v < 0 ? 0 : v * 10) + (c - '0');
        if (v > 1L << 30)
            return -1;
        c = fgetc(f);
    }
    return v;
}

/* P1: digits that may touch ("0110"). */
static int pbm_ascii_bit(FILE *f)
{
    int c;
    while ((c = fgetc(f)) != EOF && c != '0' && c != '1')
        if (c == '#')
            while (c != EOF && c != '\n')
                c = fgetc(f);
    return c == EOF ? -1 : c - '0';
}

/* One row of a PNM of kind k ('1'..'6') as grey. 0 or -1 (short file). */
static int pnm_row(FILE *f, int k, int w, long maxval, unsigned char *raw, unsigned char *grey)
{
    int spp = k == '3' || k == '6' ? 3 : 1;
    if (k == '4') {
        if (fread(raw, 1, (size_t)(w + 7) / 8, f) != (size_t)(w + 7) / 8)
            return -1;
        for (int x = 0; x < w; x++)
            grey[x] = (raw[x >> 3] >> (7 - (x & 7)) & 1) ? 0 : 255;
        return 0;
    }
    int wide = maxval > 255;
    if (k == '5' || k == '6') {
        size_t n = (size_t)w * spp * (wide ? 2 : 1);
        if (fread(raw, 1, n, f) != n)
            return -1;
    }
    for (int x = 0; x < w; x++) {
        long v[3] = {0, 0, 0};
        for (int s = 0; s < spp; s++) {
            size_t i = (size_t)x * spp + s;
            if (k == '1') {
                int b = pbm_ascii_bit(f);
                if (b < 0)
                    return -1;
                v[s] = b ? 0 : maxval;
            } else if (k == '2' || k == '3') {
                if ((v[s] = pnm_number(f)) < 0)
                    return -1;
            } else {
                v[s] = wide ? raw[2 * i] << 8 | raw[2 * i + 1] : raw[i];
            }
            if (v[s] > maxval)
                v[s] = maxval;
        }
        long g = spp == 3 ? (v[0] * 299 + v[1] * 587 + v[2] * 114) / 1000 : v[0];
        grey[x] = (unsigned char)(g * 255 / maxval);
    }
    return 0;
}

PIX *reduce_pnm(const char *path, int f, int *unsupported)
{
    *unsupported = 0;
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    int k = fgetc(fp) == 'P' ? fgetc(fp) : 0;
    long w = pnm_number(fp), h = pnm_number(fp);
    long maxval = k == '1' || k == '4' ? 1 : pnm_number(fp);
    PIX *pix = NULL;
    if (k >= '1' && k <= '6' && w > 0 && h > 0 && maxval > 0 && maxval < 65536) {
        /* One whitespace byte ends a binary header (already read). */
        unsigned char *raw = malloc((size_t)w * 6), *grey = malloc((size_t)w);
        reducer r;
        if (raw && grey && reducer_init(&r, (int)w, (int)h, f, 0) == 0) {
            int ok = 1;
            for (long y = 0; ok && y < h; y++)
                if (!(ok = pnm_row(fp, k, (int)w, maxval, raw, grey) == 0))
                    libmsg_report("pnm", 1, "the file ends before the last row");
                else
                    reducer_row(&r, (int)y, grey);
            pix = reducer_done(&r, ok);
        }
        free(raw);
        free(grey);
    } else {
        libmsg_report("pnm", 1, "bad header");
    }
    fclose(fp);
    return pix;
}

/* ---- BMP --------------------------------------------------------------- */

static uint32_t le32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

typedef struct {
    long w, h;              /* h > 0: bottom row first */
    int bpp;
    uint32_t data, stride;
    unsigned char pal[256]; /* palette entries as grey */
} bmp_info;

/* The header, for the layouts read here: uncompressed 1, 4, 8, 24 and 32
 * bits a pixel (32 also as BITFIELDS, taken as BGRA). */
static int bmp_header(FILE *fp, bmp_info *b, int *unsupported)
{
    unsigned char h[54];
    if (fread(h, 1, sizeof h, fp) != sizeof h || h[0] != 'B' || h[1] != 'M')
        return -1;
    uint32_t dib = le32(h + 14), comp = le32(h + 30), used = le32(h + 46);
    b->data = le32(h + 10);
    b->w = (int32_t)le32(h + 18);
    b->h = (int32_t)le32(h + 22);
    b->bpp = h[28] | h[29] << 8;
    if (dib < 40 || b->w <= 0 || b->h == 0 || b->w > 1L << 20 || b->h > 1L << 20 ||
        b->h < -(1L << 20))
        return -1;
    if (!(comp == 0 || (comp == 3 && b->bpp == 32)) ||
        !(b->bpp == 1 || b->bpp == 4 || b->bpp == 8 || b->bpp == 24 || b->bpp == 32)) {
        *unsupported = 1;
        return -1;
    }
    b->stride = (uint32_t)(((uint64_t)b->w * b->bpp + 31) / 32 * 4);
    if (b->bpp <= 8) {
        uint32_t n = used && used <= (1u << b->bpp) ? used : 1u << b->bpp;
        unsigned char q[4];
        if (fseek(fp, 14 + (long)dib, SEEK_SET) != 0)
            return -1;
        for (uint32_t i = 0; i < n; i++) {
            if (fread(q, 1, 4, fp) != 4)
                return -1;
            b->pal[i] = (unsigned char)((q[2] * 299u + q[1] * 587u + q[0] * 114u) / 1000);
        }
    }
    return 0;
}

static void bmp_grey(const bmp_info *b, const unsigned char *in, unsigned char *out)
{
    for (long x = 0; x < b->w; x++) {
        if (b->bpp == 1)
            out[x] = b->pal[in[x >> 3] >> (7 - (x & 7)) & 1];
        else if (b->bpp == 4)
            out[x] = b->pal[(in[x >> 1] >> (x & 1 ? 0 : 4)) & 15];
        else if (b->bpp == 8)
            out[x] = b->pal[in[x]];
        else {
            const unsigned char *p = in + x * (b->bpp / 8);
            out[x] = (unsigned char)((p[2] * 299u + p[1] * 587u + p[0] * 114u) / 1000);
        }
    }
}

int reduce_bmp_size(const char *path, int *w, int *h)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return -1;
    bmp_info b;
    int unsupported = 0, rc = bmp_header(fp, &b, &unsupported);
    fclose(fp);
    if (rc != 0 && !unsupported)
        return -1;
    /* Other layouts still have their size in the header (checked there). */
    *w = (int)b.w;
    *h = (int)(b.h < 0 ? -b.h : b.h);
    return 0;
}

int reduce_bmp_dpi(const char *path)
{
    unsigned char h[42];
    FILE *fp = fopen(path, "rb");
    int ok = fp && fread(h, 1, sizeof h, fp) == sizeof h && h[0] == 'B' && h[1] == 'M';
    if (fp)
        fclose(fp);
    /* Pixels per metre. */
    return ok ? (int)(le32(h + 38) * 0.0254 + 0.5) : 0;
}

PIX *reduce_bmp(const char *path, int f, int *unsupported)
{
    *unsupported = 0;
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    bmp_info b;
    memset(&b, 0, sizeof b);
    PIX *pix = NULL;
    if (bmp_header(fp, &b, unsupported) == 0) {
        long h = b.h < 0 ? -b.h : b.h;
        unsigned char *raw = malloc(b.stride), *grey = malloc((size_t)b.w);
        reducer r;
        if (raw && grey && reducer_init(&r, (int)b.w, (int)h, f, 0) == 0) {
            int ok = 1;
            for (long y = 0; ok && y < h; y++) {
                long row = b.h > 0 ? h - 1 - y : y;
                ok = fseek(fp, (long)b.data + row * (long)b.stride, SEEK_SET) == 0 &&
                     fread(raw, 1, b.stride, fp) == b.stride;
                if (!ok)
                    libmsg_report("bmp", 1, "the file ends before the last row");
                bmp_grey(&b, raw, grey);
                reducer_row(&r, (int)y, grey);
            }
            pix = reducer_done(&r, ok);
        }
        free(raw);
        free(grey);
    } else if (!*unsupported) {
        libmsg_report("bmp", 1, "bad header");
    }
    fclose(fp);
    return pix;
}
