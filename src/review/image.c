/* Page images for the review application (see image.h). */
#include "review/image.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <leptonica/allheaders.h>

#include "input/input.h"

static void swap(PIX **p, PIX *q)
{
    if (q) {
        pixDestroy(p);
        *p = q;
    }
}

/* Scale first (the preview is a quarter of the pixels or less, so turning
 * and deskewing it costs little), then turn and deskew as preprocess_page
 * did, then match the record's frame. */
static PIX *frame_page(PIX *src, const image_request *q, int full)
{
    int quads = ((q->rotation / 90) % 4 + 4) % 4;
    int upright_w = quads & 1 ? pixGetHeight(src) : pixGetWidth(src);
    double f = 1.0;
    if (!full && upright_w > REVIEW_PREVIEW_WIDTH)
        f = (double)REVIEW_PREVIEW_WIDTH / upright_w;
    PIX *p = NULL;
    if (pixGetDepth(src) == 1)
        p = f < 1 ? pixScaleToGray(src, (l_float32)f) : pixConvertTo8(src, 0);
    else {
        p = pixGetColormap(src) ? pixRemoveColormap(src, REMOVE_CMAP_BASED_ON_SRC)
                                : pixClone(src);
        if (p && pixGetDepth(p) != 8 && pixGetDepth(p) != 32)
            swap(&p, pixConvertTo8(p, 0));
        if (p && f < 1)
            swap(&p, pixScaleSmooth(p, (l_float32)f, (l_float32)f));
    }
    if (!p)
        return NULL;
    if (quads)
        swap(&p, pixRotateOrth(p, quads));
    if (fabs(q->skew) > 0.001)
        swap(&p, pixRotate(p, (l_float32)(q->skew * 3.14159265358979323846 / 180.0), L_ROTATE_AREA_MAP,
                           L_BRING_IN_WHITE, 0, 0));
    return p;
}

int image_render(const image_request *q, int full, unsigned char **data, size_t *len, char *err,
                 size_t errlen)
{
    *data = NULL;
    *len = 0;
    input_doc *d = input_open(q->path, err, errlen);
    if (!d)
        return -1;
    input_options io;
    input_options_init(&io);
    if (q->dpi > 0)
        io.dpi = q->dpi;
    if (q->render_dpi > 0)
        io.render_dpi = q->render_dpi;
    io.force_ocr = 1;  /* the page as an image even where a text layer was read */
    input_page pg;
    int rc = -1;
    if (input_load_page(d, q->page, &io, &pg, err, errlen) == 0) {
        PIX *p = pg.pix ? frame_page(pg.pix, q, full) : NULL;
        size_t n = 0;
        l_uint8 *buf = NULL;
        if (!p)
            snprintf(err, errlen, "page %d has no image", q->page + 1);
        else if (pixWriteMemJpeg(&buf, &n, p, full ? 85 : 80, 0) != 0 || !buf)
            snprintf(err, errlen, "cannot encode the page image");
        else {
            *data = buf;
            *len = n;
            rc = 0;
        }
        pixDestroy(&p);
        input_page_clear(&pg);
    }
    input_close(d);
    return rc;
}

void image_cache_init(image_cache *c)
{
    memset(c, 0, sizeof *c);
    pthread_mutex_init(&c->mu, NULL);
}

void image_cache_free(image_cache *c)
{
    for (int i = 0; i < IMAGE_CACHE_N; i++)
        free(c->e[i].data);
    pthread_mutex_destroy(&c->mu);
}

unsigned char *image_cache_get(image_cache *c, int64_t id, int page, int full, size_t *len)
{
    unsigned char *copy = NULL;
    pthread_mutex_lock(&c->mu);
    for (int i = 0; i < IMAGE_CACHE_N; i++) {
        image_entry *e = &c->e[i];
        if (e->data && e->id == id && e->page == page && e->full == full) {
            copy = malloc(e->len);
            if (copy) {
                memcpy(copy, e->data, e->len);
                *len = e->len;
            }
            e->used = ++c->clock;
            break;
        }
    }
    pthread_mutex_unlock(&c->mu);
    return copy;
}

void image_cache_put(image_cache *c, int64_t id, int page, int full, const unsigned char *data,
                     size_t len)
{
    unsigned char *copy = malloc(len);
    if (!copy)
        return;
    memcpy(copy, data, len);
    pthread_mutex_lock(&c->mu);
    int victim = 0;
    for (int i = 1; i < IMAGE_CACHE_N; i++)
        if (c->e[i].used < c->e[victim].used)
            victim = i;
    image_entry *e = &c->e[victim];
    free(e->data);
    *e = (image_entry){id, page, full, copy, len, ++c->clock};
    pthread_mutex_unlock(&c->mu);
}

void image_cache_drop(image_cache *c, int64_t id)
{
    pthread_mutex_lock(&c->mu);
    for (int i = 0; i < IMAGE_CACHE_N; i++)
        if (c->e[i].data && c->e[i].id == id) {
            free(c->e[i].data);
            memset(&c->e[i], 0, sizeof c->e[i]);
        }
    pthread_mutex_unlock(&c->mu);
}
