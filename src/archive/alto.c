/* alto.c: ALTO v4 pages and documents. */
#include "archive/alto.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/sbuf.h"

typedef struct {
    int x0, y0, x1, y1;
} box;

static void box_add(box *b, const ocr_word *w, int first)
{
    if (first) {
        *b = (box){w->x0, w->y0, w->x1, w->y1};
        return;
    }
    if (w->x0 < b->x0) b->x0 = w->x0;
    if (w->y0 < b->y0) b->y0 = w->y0;
    if (w->x1 > b->x1) b->x1 = w->x1;
    if (w->y1 > b->y1) b->y1 = w->y1;
}

static void pos(sbuf *b, box r)
{
    sb_printf(b, " HPOS=\"%d\" VPOS=\"%d\" WIDTH=\"%d\" HEIGHT=\"%d\"", r.x0, r.y0,
              r.x1 > r.x0 ? r.x1 - r.x0 : 0, r.y1 > r.y0 ? r.y1 - r.y0 : 0);
}

/* The words that will be written: a word without text has no CONTENT. */
static int usable(const ocr_word *w)
{
    return w->text && w->text[0];
}

/* Box of words [from, to) that are usable. */
static box span(const page_record *rec, size_t from, size_t to)
{
    box b = {0, 0, 0, 0};
    int first = 1;
    for (size_t i = from; i < to; i++)
        if (usable(&rec->words[i])) {
            box_add(&b, &rec->words[i], first);
            first = 0;
        }
    return b;
}

char *alto_page(const page_record *rec, int page_no, size_t *len)
{
    sbuf b = {0};
    sb_printf(&b, "    <Page ID=\"p%d\" PHYSICAL_IMG_NR=\"%d\" WIDTH=\"%d\" HEIGHT=\"%d\"", page_no,
              page_no, rec->width, rec->height);
    if (rec->ok && rec->source == PAGE_SRC_OCR && rec->mean_conf > 0)
        sb_printf(&b, " PC=\"%.4f\"", rec->mean_conf / 100.0);
    sb_puts(&b, ">\n");
    sb_printf(&b, "      <PrintSpace ID=\"p%d_ps\" HPOS=\"0\" VPOS=\"0\" WIDTH=\"%d\" HEIGHT=\"%d\">\n",
              page_no, rec->width, rec->height);
    size_t n = rec->ok ? rec->nwords : 0;
    int nblock = 0, nline = 0, nword = 0;
    for (size_t i = 0; i < n;) {
        /* One block: words with the same block index, in order. */
        size_t be = i;
        while (be < n && rec->words[be].block == rec->words[i].block)
            be++;
        box bb = span(rec, i, be);
        sb_printf(&b, "        <TextBlock ID=\"p%d_b%d\"", page_no, ++nblock);
        pos(&b, bb);
        sb_puts(&b, ">\n");
        for (size_t j = i; j < be;) {
            size_t le = j;
            while (le < be && rec->words[le].line == rec->words[j].line)
                le++;
            int any = 0;
            for (size_t k = j; k < le; k++)
                any |= usable(&rec->words[k]);
            if (any) {
                box lb = span(rec, j, le);
                sb_printf(&b, "          <TextLine ID=\"p%d_l%d\"", page_no, ++nline);
                pos(&b, lb);
                sb_puts(&b, ">\n");
                const ocr_word *prev = NULL;
                for (size_t k = j; k < le; k++) {
                    const ocr_word *w = &rec->words[k];
                    if (!usable(w))
                        continue;
                    if (prev) {
                        int gap = w->x0 - prev->x1;
                        sb_printf(&b, "            <SP HPOS=\"%d\" VPOS=\"%d\" WIDTH=\"%d\"/>\n",
                                  prev->x1, lb.y0, gap > 0 ? gap : 0);
                    }
                    sb_printf(&b, "            <String ID=\"p%d_w%d\"", page_no, ++nword);
                    pos(&b, (box){w->x0, w->y0, w->x1, w->y1});
                    float c = w->conf < 0 ? 0 : w->conf > 100 ? 100 : w->conf;
                    sb_printf(&b, " WC=\"%.2f\" CONTENT=\"", c / 100.0);
                    sb_xml(&b, w->text);
                    sb_puts(&b, "\"/>\n");
                    prev = w;
                }
                sb_puts(&b, "          </TextLine>\n");
            }
            j = le;
        }
        sb_puts(&b, "        </TextBlock>\n");
        i = be;
    }
    sb_puts(&b, "      </PrintSpace>\n    </Page>\n");
    return sb_take(&b, len);
}

int alto_write(const char *path, const archive_doc_info *info, int npages, archive_part_fn get,
               void *user, char *err, size_t errlen)
{
    char when[32];
    sbuf h = {0};
    sb_puts(&h,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<alto xmlns=\"http://www.loc.gov/standards/alto/ns-v4#\""
            " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            " xsi:schemaLocation=\"http://www.loc.gov/standards/alto/ns-v4#"
            " http://www.loc.gov/standards/alto/v4/alto-4-4.xsd\" SCHEMAVERSION=\"4.4\">\n"
            "  <Description>\n    <MeasurementUnit>pixel</MeasurementUnit>\n");
    if (info && info->source) {
        sb_puts(&h, "    <sourceImageInformation>\n      <fileName>");
        sb_xml(&h, info->source);
        sb_puts(&h, "</fileName>\n    </sourceImageInformation>\n");
    }
    sb_printf(&h, "    <Processing ID=\"proc1\">\n      <processingCategory>contentGeneration"
                  "</processingCategory>\n      <processingDateTime>%s</processingDateTime>\n",
              archive_iso_time(info, when, sizeof when));
    sb_puts(&h, "      <processingStepDescription>OCR, then diacritic and Unicode repair (NFC)"
                "</processingStepDescription>\n");
    if (info && info->engine) {
        sb_puts(&h, "      <processingStepSettings>");
        sb_xml(&h, info->engine);
        sb_puts(&h, "</processingStepSettings>\n");
    }
    sb_puts(&h, "      <processingSoftware>\n        <softwareName>");
    sb_xml(&h, info && info->software ? info->software : "sohoa");
    sb_puts(&h, "</softwareName>\n      </processingSoftware>\n    </Processing>\n"
                "  </Description>\n  <Layout>\n");
    int rc = -1;
    if (h.failed)
        snprintf(err, errlen, "%s: out of memory", path);
    else
        rc = archive_write_parts(path, h.buf, "  </Layout>\n</alto>\n", npages, get, user, err,
                                 errlen);
    sb_free(&h);
    return rc;
}
