/* archive.c: the archival outputs of a document, parts to files. */
#include "archive/archive.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "archive/alto.h"
#include "archive/hocr.h"

const char *archive_part_name(int kind)
{
    static const char *const names[ARCHIVE_NPARTS] = {"pdf", "alto", "hocr"};
    return kind >= 0 && kind < ARCHIVE_NPARTS ? names[kind] : "?";
}

void archive_parts_free(archive_parts *p)
{
    for (int k = 0; k < ARCHIVE_NPARTS; k++) {
        free(p->data[k]);
        p->data[k] = NULL;
        p->len[k] = 0;
    }
}

int archive_make_parts(const page_record *rec, struct Pix *image, const pdf_page_options *po,
                       archive_parts *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    /* A page whose OCR failed still has its image: it stays in the PDF
     * (image only) and in ALTO/hOCR (no words), so page numbers hold. */
    if (image) {
        out->data[ARCHIVE_PART_PDF] =
            pdf_page_part(rec, image, po, &out->len[ARCHIVE_PART_PDF], err, errlen);
        if (!out->data[ARCHIVE_PART_PDF])
            return -1;
    }
    out->data[ARCHIVE_PART_ALTO] = alto_page(rec, rec->index + 1, &out->len[ARCHIVE_PART_ALTO]);
    out->data[ARCHIVE_PART_HOCR] = hocr_page(rec, rec->index + 1, &out->len[ARCHIVE_PART_HOCR]);
    if (!out->data[ARCHIVE_PART_ALTO] || !out->data[ARCHIVE_PART_HOCR]) {
        archive_parts_free(out);
        snprintf(err, errlen, "page %d: out of memory", rec->index + 1);
        return -1;
    }
    return 0;
}

typedef struct {
    archive_kind_fn get;
    void *user;
    int kind;
} one_kind;

static int get_kind(void *user, int i, const char **data, size_t *len)
{
    one_kind *k = user;
    return k->get(k->user, k->kind, i, data, len);
}

unsigned archive_write_outputs(const char *outbase, const archive_doc_info *info, unsigned outputs,
                               int pdfa, int npages, archive_kind_fn get, void *user, char *err,
                               size_t errlen)
{
    size_t n = strlen(outbase) + 16;
    char *path = malloc(n);
    unsigned done = 0;
    if (!path) {
        snprintf(err, errlen, "out of memory");
        return 0;
    }
    char e[1024] = "";
    if (outputs & ARCHIVE_PDF) {
        pdf_doc_options o;
        pdf_doc_options_init(&o);
        o.pdfa = pdfa;
        one_kind k = {get, user, ARCHIVE_PART_PDF};
        snprintf(path, n, "%s.pdf", outbase);
        if (pdf_write(path, info, &o, npages, get_kind, &k, e, sizeof e) == 0)
            done |= ARCHIVE_PDF;
        else
            snprintf(err, errlen, "%s", e);
    }
    if (outputs & ARCHIVE_ALTO) {
        one_kind k = {get, user, ARCHIVE_PART_ALTO};
        snprintf(path, n, "%s.alto.xml", outbase);
        if (alto_write(path, info, npages, get_kind, &k, e, sizeof e) == 0)
            done |= ARCHIVE_ALTO;
        else
            snprintf(err, errlen, "%s", e);
    }
    if (outputs & ARCHIVE_HOCR) {
        one_kind k = {get, user, ARCHIVE_PART_HOCR};
        snprintf(path, n, "%s.hocr", outbase);
        if (hocr_write(path, info, npages, get_kind, &k, e, sizeof e) == 0)
            done |= ARCHIVE_HOCR;
        else
            snprintf(err, errlen, "%s", e);
    }
    free(path);
    return done;
}
