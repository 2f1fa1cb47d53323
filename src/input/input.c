/* A document file as pages: format detection and dispatch to image/PDF. */
#include "input/input_private.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <leptonica/allheaders.h>

#include "input/libmsg.h"

void input_options_init(input_options *o)
{
    memset(o, 0, sizeof *o);
    o->render_dpi = 300;
    o->max_pixels = INPUT_MAX_PIXELS;
}

double input_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* The format from the first bytes; the name is not trusted. */
static const char *sniff(const unsigned char *b, size_t n)
{
    if (n >= 5 && !memcmp(b, "%PDF-", 5))
        return "pdf";
    if (n >= 4 && (!memcmp(b, "II*\0", 4) || !memcmp(b, "MM\0*", 4)))
        return "tiff";
    if (n >= 8 && !memcmp(b, "\x89PNG\r\n\x1a\n", 8))
        return "png";
    if (n >= 3 && b[0] == 0xff && b[1] == 0xd8 && b[2] == 0xff)
        return "jpeg";
    if ((n >= 12 && !memcmp(b, "\0\0\0\x0cjP  \r\n\x87\n", 12)) ||
        (n >= 4 && !memcmp(b, "\xff\x4f\xff\x51", 4)))
        return "jp2";
    if (n >= 4 && (!memcmp(b, "GIF8", 4)))
        return "gif";
    if (n >= 12 && !memcmp(b, "RIFF", 4) && !memcmp(b + 8, "WEBP", 4))
        return "webp";
    if (n >= 2 && b[0] == 'P' && b[1] >= '1' && b[1] <= '6')
        return "pnm";
    if (n >= 2 && b[0] == 'B' && b[1] == 'M')
        return "bmp";
    /* A PDF may have junk before its header (allowed within 1 KB). */
    for (size_t i = 0; i + 5 <= n && i < 1024; i++)
        if (!memcmp(b + i, "%PDF-", 5))
            return "pdf";
    return NULL;
}

input_doc *input_open(const char *path, char *err, size_t errlen)
{
    return input_open_named(path, path, err, errlen);
}

static input_doc *open_doc(const char *path, const char *label, int silent, char *err,
                           size_t errlen);

input_doc *input_open_named(const char *path, const char *label, char *err, size_t errlen)
{
    return open_doc(path, label, 0, err, errlen);
}

input_doc *input_reopen_named(const char *path, const char *label, char *err, size_t errlen)
{
    return open_doc(path, label, 1, err, errlen);
}

static input_doc *open_doc(const char *path, const char *label, int silent, char *err,
                           size_t errlen)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        snprintf(err, errlen, "cannot read: %s", strerror(errno));
        return NULL;
    }
    if (!S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "not a regular file");
        return NULL;
    }
    if (st.st_size == 0) {
        snprintf(err, errlen, "empty file (0 bytes)");
        return NULL;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "cannot read: %s", strerror(errno));
        return NULL;
    }
    unsigned char head[1024];
    size_t n = fread(head, 1, sizeof head, f);
    fclose(f);
    const char *fmt = sniff(head, n);
    if (!fmt) {
        snprintf(err, errlen, "not a supported image or PDF (unknown content at byte 0)");
        return NULL;
    }
    input_doc *d = calloc(1, sizeof *d);
    if (!d || !(d->path = strdup(path)) || !(d->label = strdup(label))) {
        if (d)
            free(d->path);
        free(d);
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    d->format = fmt;
    pthread_mutex_init(&d->lock, NULL);
    int rc;
    libmsg_scope scope;
    libmsg_enter(&scope, d->label, 0);
    scope.silent = silent;
    if (!strcmp(fmt, "pdf")) {
        d->is_pdf = 1;
        rc = pdf_open(d, err, errlen);
    } else {
        d->is_tiff = !strcmp(fmt, "tiff");
        rc = image_open(d, err, errlen);
    }
    libmsg_leave(&scope);
    if (rc != 0) {
        input_close(d);
        return NULL;
    }
    return d;
}

void input_close(input_doc *d)
{
    if (!d)
        return;
    if (d->is_pdf)
        pdf_close(d);
    pthread_mutex_destroy(&d->lock);
    free(d->path);
    free(d->label);
    free(d);
}

int input_page_count(const input_doc *d) { return d->pages; }
const char *input_format(const input_doc *d) { return d->format; }

int input_load_page(input_doc *d, int index, const input_options *o,
                    input_page *pg, char *err, size_t errlen)
{
    memset(pg, 0, sizeof *pg);
    if (index < 0 || index >= d->pages) {
        snprintf(err, errlen, "page %d does not exist (%d pages)", index + 1, d->pages);
        return -1;
    }
    double t0 = input_now_ms();
    libmsg_scope scope;
    libmsg_enter(&scope, d->label, index + 1);
    pthread_mutex_lock(&d->lock);
    int rc = d->is_pdf ? pdf_load_page(d, index, o, pg, err, errlen)
                       : image_load_page(d, index, o, pg, err, errlen);
    pthread_mutex_unlock(&d->lock);
    libmsg_leave(&scope);
    /* A scanned page is its image: if the library could not decode it, the
     * rendering is blank or partial, not the page. Other complaints (a
     * font, an annotation) leave the image whole: said, page kept. On a
     * born-digital page a broken logo does not make the text wrong. */
    if (rc == 0 && scope.image_errors && pg->pix && (!d->is_pdf || pg->image_cover > 0.5)) {
        snprintf(err, errlen, "page %d: the page image cannot be decoded (%s)", index + 1,
                 scope.first_image);
        rc = -1;
    }
    pg->t_decode = input_now_ms() - t0;
    if (rc != 0)
        input_page_clear(pg);
    return rc;
}

void input_page_clear(input_page *pg)
{
    if (pg->pix)
        pixDestroy(&pg->pix);
    free(pg->layer_text);
    for (size_t i = 0; i < pg->nsignatures; i++) {
        free(pg->signatures[i].signer);
        free(pg->signatures[i].time);
    }
    free(pg->signatures);
    memset(pg, 0, sizeof *pg);
}
