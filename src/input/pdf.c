/*
 * PDF pages through poppler-glib. Per page: a page whose largest raster
 * image covers at most half of it is born-digital and its text layer is
 * the text; any other page is rasterised for OCR (annotations not drawn:
 * government scans carry the digital-signature stamp as an annotation
 * appearance, and OCR would read it as the first lines of the page). The
 * text layer of a scanned page is handed over too, so the caller can apply
 * input_layer_is_page_text after OCR. See ocr-facts.md section 2.
 */
#include "input/input_private.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>
#include <leptonica/allheaders.h>
#include <poppler.h>

#include "input/libmsg.h"

/* Poppler's page-tree reader skips a kid that is not a page dictionary,
 * says "Kid object (page N) is wrong type", and gives the pages after it
 * the numbers one lower: asked for page 2 it hands back physical page 3.
 * The physical pages it lost are read from those complaints. */
typedef struct {
    char *lost;             /* per physical page: 1 when poppler lost it */
    int n, nlost;
} lost_pages;

static void hear_lost(void *user, const char *msg)
{
    lost_pages *l = user;
    const char *p = strstr(msg, "(page ");
    int page;
    if (strstr(msg, "Kid") && p && sscanf(p, "(page %d)", &page) == 1 && page >= 1 &&
        page <= l->n && !l->lost[page - 1]) {
        l->lost[page - 1] = 1;
        l->nlost++;
    }
}

/* d->pdf_map: physical page -> poppler's index, -1 for a page that cannot
 * be read. When the pages poppler lost cannot be told from its messages,
 * every page is -1: a page read in the wrong place is worse than none. */
static int map_pages(input_doc *d)
{
    int n = d->pages, readable = 0;
    lost_pages l = {calloc((size_t)n, 1), n, 0};
    d->pdf_map = malloc((size_t)n * sizeof *d->pdf_map);
    if (!l.lost || !d->pdf_map) {
        free(l.lost);
        return -1;
    }
    libmsg_scope scope;
    libmsg_enter(&scope, d->label, 0);
    scope.hear = hear_lost;
    scope.user = &l;
    for (int i = 0; i < n; i++) {
        PopplerPage *page = poppler_document_get_page((PopplerDocument *)d->pdf, i);
        if (page) {
            readable++;
            g_object_unref(page);
        }
    }
    libmsg_leave(&scope);
    int known = readable == n || l.nlost == n - readable;
    for (int p = 0, k = 0; p < n; p++)
        d->pdf_map[p] = !known || (readable < n && l.lost[p]) ? -1 : k++;
    free(l.lost);
    return 0;
}

/* Poppler's page for physical page index, or NULL with the reason in err. */
static PopplerPage *get_page(input_doc *d, int index, char *err, size_t errlen)
{
    PopplerPage *page = d->pdf_map[index] < 0 ? NULL
        : poppler_document_get_page((PopplerDocument *)d->pdf, d->pdf_map[index]);
    if (!page)
        snprintf(err, errlen, "page %d: cannot be read from the PDF (its page object is damaged)",
                 index + 1);
    return page;
}

int pdf_open(input_doc *d, char *err, size_t errlen)
{
    GError *gerr = NULL;
    gchar *uri = g_filename_to_uri(d->path, NULL, &gerr);
    if (!uri) {
        snprintf(err, errlen, "bad path: %s", gerr ? gerr->message : "?");
        g_clear_error(&gerr);
        return -1;
    }
    PopplerDocument *doc = poppler_document_new_from_file(uri, NULL, &gerr);
    g_free(uri);
    if (!doc) {
        if (gerr && gerr->domain == POPPLER_ERROR && gerr->code == POPPLER_ERROR_ENCRYPTED)
            snprintf(err, errlen, "encrypted PDF (a password is needed to open it)");
        else
            snprintf(err, errlen, "corrupt or unreadable PDF: %s",
                     gerr ? gerr->message : "unknown error");
        g_clear_error(&gerr);
        return -1;
    }
    d->pdf = (struct _PopplerDocument *)doc;
    d->pages = poppler_document_get_n_pages(doc);
    if (d->pages < 1) {
        snprintf(err, errlen, "corrupt PDF: no page could be read");
        return -1;
    }
    if (map_pages(d) != 0) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    return 0;
}

void pdf_close(input_doc *d)
{
    if (d->pdf)
        g_object_unref((PopplerDocument *)d->pdf);
    d->pdf = NULL;
    free(d->pdf_map);
    d->pdf_map = NULL;
}

static size_t count_nonspace(const char *s)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if ((*p & 0xc0) != 0x80 && *p != ' ' && *p != '\n' && *p != '\r' && *p != '\t' && *p != '\f')
            n++;
    return n;
}

static double image_cover(PopplerPage *page, double pw, double ph)
{
    double best = 0;
    GList *maps = poppler_page_get_image_mapping(page);
    for (GList *l = maps; l; l = l->next) {
        PopplerImageMapping *m = l->data;
        double x1 = fmax(0, fmin(m->area.x1, m->area.x2)), x2 = fmin(pw, fmax(m->area.x1, m->area.x2));
        double y1 = fmax(0, fmin(m->area.y1, m->area.y2)), y2 = fmin(ph, fmax(m->area.y1, m->area.y2));
        double a = (x2 > x1 && y2 > y1) ? (x2 - x1) * (y2 - y1) / (pw * ph) : 0;
        if (a > best)
            best = a;
    }
    poppler_page_free_image_mapping(maps);
    return best;
}

/* Vertical extent of the text layer's visible characters. */
static void layer_extent(PopplerPage *page, const char *text, double *top, double *bottom)
{
    PopplerRectangle *r = NULL;
    guint n = 0;
    *top = *bottom = 0;
    if (!poppler_page_get_text_layout(page, &r, &n))
        return;
    /* One rectangle per character of the text, in order. */
    const unsigned char *p = (const unsigned char *)text;
    double lo = INFINITY, hi = -INFINITY;
    for (guint i = 0; i < n && *p; i++) {
        unsigned char c = *p;
        int len = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
        if (!(c == ' ' || c == '\n' || c == '\t' || c == '\r')) {
            lo = fmin(lo, fmin(r[i].y1, r[i].y2));
            hi = fmax(hi, fmax(r[i].y1, r[i].y2));
        }
        for (int k = 0; k < len && *p; k++)
            p++;
    }
    g_free(r);
    if (hi > lo) {
        *top = lo;
        *bottom = hi;
    }
}

/* The resolution to render at: dpi, or less when the page would have more
 * than max_pixels (a poster, a map) -- rendered smaller, never refused. */
static int fit_dpi(double pw, double ph, int dpi, long long max_pixels)
{
    while (dpi > 1 && max_pixels > 0 && ceil(pw * dpi / 72.0) * ceil(ph * dpi / 72.0) > max_pixels) {
        double s = sqrt((double)max_pixels / (ceil(pw * dpi / 72.0) * ceil(ph * dpi / 72.0)));
        int next = (int)floor(dpi * s);
        dpi = next < dpi ? (next > 1 ? next : 1) : dpi - 1;
    }
    return dpi;
}

static PIX *render(PopplerPage *page, double pw, double ph, int dpi, char *err, size_t errlen)
{
    double s = dpi / 72.0;
    int w = (int)ceil(pw * s), h = (int)ceil(ph * s);
    if (w < 1 || h < 1 || (double)w * h > 400e6) {
        snprintf(err, errlen, "page size %.0fx%.0f pt cannot be rendered at %d dpi", pw, ph, dpi);
        return NULL;
    }
    cairo_surface_t *surf = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
    if (cairo_surface_status(surf) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(surf);
        snprintf(err, errlen, "out of memory rendering a %dx%d page", w, h);
        return NULL;
    }
    cairo_t *cr = cairo_create(surf);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_scale(cr, s, s);
    /* Printing path with POPPLER_PRINT_DOCUMENT: page content without
     * markup annotations (the caller has removed the others). */
    poppler_page_render_for_printing_with_options(page, cr, POPPLER_PRINT_DOCUMENT);
    cairo_destroy(cr);
    cairo_surface_flush(surf);
    PIX *pix = pixCreate(w, h, 8);
    if (!pix) {
        cairo_surface_destroy(surf);
        snprintf(err, errlen, "out of memory rendering a %dx%d page", w, h);
        return NULL;
    }
    const unsigned char *data = cairo_image_surface_get_data(surf);
    int stride = cairo_image_surface_get_stride(surf);
    l_uint32 *pd = pixGetData(pix);
    int wpl = pixGetWpl(pix);
    for (int y = 0; y < h; y++) {
        const uint32_t *row = (const uint32_t *)(data + (size_t)y * stride);
        l_uint32 *line = pd + (size_t)y * wpl;
        for (int x = 0; x < w; x++) {
            uint32_t v = row[x];
            unsigned r = (v >> 16) & 255, g = (v >> 8) & 255, b = v & 255;
            SET_DATA_BYTE(line, x, (r * 299 + g * 587 + b * 114 + 500) / 1000);
        }
    }
    cairo_surface_destroy(surf);
    pixSetResolution(pix, dpi, dpi);
    return pix;
}

/* Signature fields: who signed and when (not verified: the certificate
 * chain is not checked, this is a record of what the file claims). */
static void signatures(PopplerPage *page, input_page *pg)
{
    GList *fields = poppler_page_get_form_field_mapping(page);
    for (GList *l = fields; l; l = l->next) {
        PopplerFormField *f = ((PopplerFormFieldMapping *)l->data)->field;
        if (poppler_form_field_get_field_type(f) != POPPLER_FORM_FIELD_SIGNATURE)
            continue;
        GError *gerr = NULL;
        PopplerSignatureInfo *si = poppler_form_field_signature_validate_sync(
            f, (PopplerSignatureValidationFlags)0, NULL, &gerr);
        g_clear_error(&gerr);
        if (!si)
            continue;
        page_signature *p = realloc(pg->signatures, (pg->nsignatures + 1) * sizeof *p);
        if (p) {
            pg->signatures = p;
            const char *name = poppler_signature_info_get_signer_name(si);
            GDateTime *t = poppler_signature_info_get_local_signing_time(si);
            gchar *iso = t ? g_date_time_format_iso8601(t) : NULL;
            p[pg->nsignatures].signer = strdup(name ? name : "");
            p[pg->nsignatures].time = iso ? strdup(iso) : NULL;
            pg->nsignatures++;
            g_free(iso);
        }
        poppler_signature_info_free(si);
    }
    poppler_page_free_form_field_mapping(fields);
}

int pdf_page_layer(input_doc *d, int index, char **text, char *err, size_t errlen)
{
    *text = NULL;
    PopplerPage *page = get_page(d, index, err, errlen);
    if (!page)
        return -1;
    double pw = 0, ph = 0;
    poppler_page_get_size(page, &pw, &ph);
    char *t = poppler_page_get_text(page);
    /* The same rule as pdf_load_page: a page mostly covered by an image is
     * a scan, whatever small text layer (a signature stamp) it carries. */
    int born = t && count_nonspace(t) > 0 && pw > 1 && ph > 1 && image_cover(page, pw, ph) <= 0.5;
    if (born)
        *text = strdup(t);
    g_free(t);
    g_object_unref(page);
    if (born && !*text) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    return born;
}

int pdf_load_page(input_doc *d, int index, const input_options *o,
                  input_page *pg, char *err, size_t errlen)
{
    PopplerPage *page = get_page(d, index, err, errlen);
    if (!page)
        return -1;
    poppler_page_get_size(page, &pg->page_w, &pg->page_h);
    if (!(pg->page_w > 1 && pg->page_h > 1)) {
        g_object_unref(page);
        snprintf(err, errlen, "page %d: invalid page size", index + 1);
        return -1;
    }
    char *text = poppler_page_get_text(page);
    if (text && *text) {
        pg->layer_chars = count_nonspace(text);
        layer_extent(page, text, &pg->layer_top, &pg->layer_bottom);
        pg->layer_text = strdup(text);
    }
    g_free(text);
    pg->image_cover = image_cover(page, pg->page_w, pg->page_h);
    signatures(page, pg);
    if (!o->force_ocr && pg->image_cover <= 0.5 && pg->layer_chars > 0) {
        pg->use_layer = 1;
        pg->dpi = 72;
        pg->dpi_from = DPI_RENDERED;
        g_object_unref(page);
        return 0;
    }
    /* Annotation appearances (the signature widget's stamp among them) are
     * drawn even by the printing path; take them off this in-memory page
     * before rendering. The file is not touched. */
    GList *annots = poppler_page_get_annot_mapping(page);
    for (GList *l = annots; l; l = l->next)
        poppler_page_remove_annot(page, ((PopplerAnnotMapping *)l->data)->annot);
    poppler_page_free_annot_mapping(annots);
    int want = o->dpi > 0 ? o->dpi : o->render_dpi;
    int dpi = fit_dpi(pg->page_w, pg->page_h, want, o->max_pixels);
    pg->reduced = (double)want / dpi;
    pg->pix = render(page, pg->page_w, pg->page_h, dpi, err, errlen);
    g_object_unref(page);
    if (!pg->pix)
        return -1;
    pg->dpi = dpi;
    pg->dpi_from = o->dpi > 0 ? DPI_OPTION : DPI_RENDERED;
    return 0;
}
