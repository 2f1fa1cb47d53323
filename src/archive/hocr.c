/* hocr.c: hOCR pages and documents. */
#include "archive/hocr.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/sbuf.h"

static int usable(const ocr_word *w)
{
    return w->text && w->text[0];
}

static void bbox(sbuf *b, const page_record *rec, size_t from, size_t to)
{
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0, first = 1;
    for (size_t i = from; i < to; i++) {
        const ocr_word *w = &rec->words[i];
        if (!usable(w))
            continue;
        if (first || w->x0 < x0) x0 = w->x0;
        if (first || w->y0 < y0) y0 = w->y0;
        if (first || w->x1 > x1) x1 = w->x1;
        if (first || w->y1 > y1) y1 = w->y1;
        first = 0;
    }
    sb_printf(b, "bbox %d %d %d %d", x0, y0, x1, y1);
}

static int any_usable(const page_record *rec, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (usable(&rec->words[i]))
            return 1;
    return 0;
}

char *hocr_page(const page_record *rec, int page_no, size_t *len)
{
    sbuf b = {0};
    sb_printf(&b, "  <div class=\"ocr_page\" id=\"page_%d\" title=\"bbox 0 0 %d %d; ppageno %d",
              page_no, rec->width, rec->height, page_no - 1);
    if (rec->dpi > 0)
        sb_printf(&b, "; scan_res %d %d", rec->dpi, rec->dpi);
    sb_puts(&b, "\">\n");
    size_t n = rec->ok ? rec->nwords : 0;
    int nb = 0, np = 0, nl = 0, nw = 0;
    const ocr_word *W = rec->words;
    for (size_t i = 0; i < n;) {
        size_t be = i;
        while (be < n && W[be].block == W[i].block)
            be++;
        if (!any_usable(rec, i, be)) {
            i = be;
            continue;
        }
        sb_printf(&b, "   <div class=\"ocr_carea\" id=\"block_%d_%d\" title=\"", page_no, ++nb);
        bbox(&b, rec, i, be);
        sb_puts(&b, "\">\n");
        for (size_t p = i; p < be;) {
            size_t pe = p;
            while (pe < be && W[pe].para == W[p].para)
                pe++;
            if (any_usable(rec, p, pe)) {
                sb_printf(&b, "    <p class=\"ocr_par\" id=\"par_%d_%d\" lang=\"vie\" title=\"",
                          page_no, ++np);
                bbox(&b, rec, p, pe);
                sb_puts(&b, "\">\n");
                for (size_t l = p; l < pe;) {
                    size_t le = l;
                    while (le < pe && W[le].line == W[l].line)
                        le++;
                    if (any_usable(rec, l, le)) {
                        sb_printf(&b, "     <span class=\"ocr_line\" id=\"line_%d_%d\" title=\"",
                                  page_no, ++nl);
                        bbox(&b, rec, l, le);
                        sb_puts(&b, "\">");
                        int first = 1;
                        for (size_t k = l; k < le; k++) {
                            if (!usable(&W[k]))
                                continue;
                            float c = W[k].conf < 0 ? 0 : W[k].conf > 100 ? 100 : W[k].conf;
                            sb_printf(&b,
                                      "%s<span class=\"ocrx_word\" id=\"word_%d_%d\" title=\"bbox"
                                      " %d %d %d %d; x_wconf %d\">",
                                      first ? "" : " ", page_no, ++nw, W[k].x0, W[k].y0, W[k].x1,
                                      W[k].y1, (int)(c + 0.5f));
                            sb_xml(&b, W[k].text);
                            sb_puts(&b, "</span>");
                            first = 0;
                        }
                        sb_puts(&b, "</span>\n");
                    }
                    l = le;
                }
                sb_puts(&b, "    </p>\n");
            }
            p = pe;
        }
        sb_puts(&b, "   </div>\n");
        i = be;
    }
    sb_puts(&b, "  </div>\n");
    return sb_take(&b, len);
}

int hocr_write(const char *path, const archive_doc_info *info, int npages, archive_part_fn get,
               void *user, char *err, size_t errlen)
{
    sbuf h = {0};
    const char *lang = info && info->lang ? info->lang : "vi";
    sb_puts(&h, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\"\n"
                "    \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
                "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"");
    sb_xml(&h, lang);
    sb_puts(&h, "\" lang=\"");
    sb_xml(&h, lang);
    sb_puts(&h, "\">\n <head>\n  <title>");
    sb_xml(&h, info && info->title ? info->title : info && info->source ? info->source : "");
    sb_puts(&h, "</title>\n  <meta http-equiv=\"Content-Type\" content=\"text/html;charset=utf-8\"/>\n"
                "  <meta name=\"ocr-system\" content=\"");
    sb_xml(&h, info && info->software ? info->software : "sohoa");
    sb_puts(&h, "\"/>\n  <meta name=\"ocr-capabilities\""
                " content=\"ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf\"/>\n"
                " </head>\n <body>\n");
    int rc = -1;
    if (h.failed)
        snprintf(err, errlen, "%s: out of memory", path);
    else
        rc = archive_write_parts(path, h.buf, " </body>\n</html>\n", npages, get, user, err,
                                 errlen);
    sb_free(&h);
    return rc;
}
