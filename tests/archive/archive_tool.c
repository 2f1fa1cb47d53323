/*
 * archive-tool: the archival outputs of one input, made the way sohoa run
 * will make them once wired (see docs/archival.md): pages from input/,
 * OCR and repair by ocr/, then per page the PDF, ALTO and hOCR parts, and
 * at the end the documents; the page text goes into a real catalogue with
 * its search index. Prints the time of each step per page as JSON, which
 * is what tools/bench-ocr needs for the cost of these outputs.
 *
 *   archive-tool [--no-pdfa] [--pages N] [--render-dpi N] [--outputs BITS] INPUT OUTDIR
 *
 * Writes OUTDIR/NAME.txt (pages separated by form feeds, as sohoa run),
 * NAME.pdf, NAME.alto.xml, NAME.hocr and OUTDIR/catalog.sqlite.
 */
#include <leptonica/allheaders.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "archive/alto.h"
#include "archive/archive.h"
#include "archive/fts.h"
#include "archive/hocr.h"
#include "archive/pdf.h"
#include "batch/catalog.h"
#include "common/atomicfile.h"
#include "common/json.h"
#include "input/input.h"
#include "ocr/pipeline.h"
#include "ocr/preprocess.h"

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int get_part(void *user, int kind, int i, const char **data, size_t *len)
{
    archive_parts *p = user;
    *data = p[i].data[kind];
    *len = p[i].len[kind];
    return 0;
}

int main(int argc, char **argv)
{
    int pdfa = 1, maxpages = 0, ai = 1, render_dpi = 0;
    unsigned outputs = ARCHIVE_PDF | ARCHIVE_ALTO | ARCHIVE_HOCR;
    for (; ai < argc && argv[ai][0] == '-'; ai++) {
        if (!strcmp(argv[ai], "--no-pdfa"))
            pdfa = 0;
        else if (!strcmp(argv[ai], "--pages") && ai + 1 < argc)
            maxpages = atoi(argv[++ai]);
        else if (!strcmp(argv[ai], "--outputs") && ai + 1 < argc)
            outputs = (unsigned)atoi(argv[++ai]);
        else if (!strcmp(argv[ai], "--render-dpi") && ai + 1 < argc)
            render_dpi = atoi(argv[++ai]);
        else
            break;
    }
    if (argc - ai != 2) {
        fprintf(stderr, "usage: archive-tool [--no-pdfa] [--pages N] [--render-dpi N] [--outputs BITS] INPUT OUTDIR\n");
        return 1;
    }
    const char *inpath = argv[ai], *outdir = argv[ai + 1];
    char err[1024];
    input_doc *in = input_open(inpath, err, sizeof err);
    if (!in) {
        fprintf(stderr, "%s: %s\n", inpath, err);
        return 2;
    }
    input_options io;
    input_options_init(&io);
    if (render_dpi > 0)
        io.render_dpi = render_dpi;
    ocr_options oo = {.lang = "vie", .timeout_s = 0};
    if (preprocess_parse(PREPROCESS_DEFAULT, &oo.preprocess, err, sizeof err) != 0)
        return 2;
    ocr_worker *wk = ocr_worker_create(&oo, err, sizeof err);
    if (!wk) {
        fprintf(stderr, "tesseract: %s\n", err);
        return 2;
    }
    make_dirs(outdir);
    const char *slash = strrchr(inpath, '/');
    char name[256];
    snprintf(name, sizeof name, "%s", slash ? slash + 1 : inpath);
    char *dot = strrchr(name, '.');
    if (dot)
        *dot = 0;
    char path[4096];

    snprintf(path, sizeof path, "%s/catalog.sqlite", outdir);
    catalog *cat = catalog_open(path, err, sizeof err);
    sqlite3 *db = NULL;
    if (!cat || sqlite3_open(path, &db) != SQLITE_OK || fts_register(db, err, sizeof err) ||
        fts_create(db, err, sizeof err)) {
        fprintf(stderr, "catalogue: %s\n", err);
        return 2;
    }
    sqlite3_busy_timeout(db, 10000);
    int64_t run = catalog_run_begin(cat, "archive-tool", "{}", 1, 1), id = -1;
    catalog_input_lookup(cat, inpath, "0", "{}", &id);
    fts_forget_input(db, id, err, sizeof err);

    int n = input_page_count(in);
    if (maxpages > 0 && n > maxpages)
        n = maxpages;
    catalog_input_start(cat, id, inpath, 0, input_format(in), input_page_count(in), n, "", "",
                        run);
    archive_parts *pp = calloc((size_t)n, sizeof *pp);
    size_t tlen = 0;
    char *alltext = calloc(1, 1);
    pdf_page_options po;
    pdf_page_options_init(&po);
    double t_ocr = 0, t_pdf = 0, t_alto = 0, t_hocr = 0, t_fts = 0;
    json_writer js;
    json_init(&js, 0);
    json_begin_object(&js);
    json_key(&js, "pages");
    json_begin_array(&js);
    for (int i = 0; i < n; i++) {
        input_page pg;
        page_record rec;
        page_record_init(&rec, i);
        double t0 = now_ms();
        if (input_load_page(in, i, &io, &pg, err, sizeof err) != 0) {
            fprintf(stderr, "%s: page %d: %s\n", inpath, i + 1, err);
            return 2;
        }
        static const volatile int cancel = 0;
        ocr_process_page(wk, &pg, &cancel, &rec);
        double t1 = now_ms();
        if (!rec.ok) {
            fprintf(stderr, "%s: page %d: %s\n", inpath, i + 1, rec.error);
            return 2;
        }
        /* What archive_make_parts does, one part at a time to time each. */
        if (pg.pix)
            pp[i].data[ARCHIVE_PART_PDF] =
                pdf_page_part(&rec, pg.pix, &po, &pp[i].len[ARCHIVE_PART_PDF], err, sizeof err);
        double t2 = now_ms();
        pp[i].data[ARCHIVE_PART_ALTO] = alto_page(&rec, i + 1, &pp[i].len[ARCHIVE_PART_ALTO]);
        double t3 = now_ms();
        pp[i].data[ARCHIVE_PART_HOCR] = hocr_page(&rec, i + 1, &pp[i].len[ARCHIVE_PART_HOCR]);
        double t4 = now_ms();
        if (pg.pix && !pp[i].data[ARCHIVE_PART_PDF]) {
            fprintf(stderr, "%s: %s\n", inpath, err);
            return 2;
        }
        if (i == 0) {
            /* The one-call form gives the same parts. */
            archive_parts same;
            int ok = archive_make_parts(&rec, pg.pix, &po, &same, err, sizeof err) == 0;
            for (int k = 0; ok && k < ARCHIVE_NPARTS; k++)
                ok = same.len[k] == pp[i].len[k] &&
                     (!same.len[k] || !memcmp(same.data[k], pp[i].data[k], same.len[k]));
            archive_parts_free(&same);
            if (!ok) {
                fprintf(stderr, "archive_make_parts differs from the parts one by one\n");
                return 3;
            }
        }
        catalog_page_put(cat, id, &rec, "{}", NULL, run);
        double t4b = now_ms();
        fts_index_page(db, id, i, rec.text, err, sizeof err);
        double t5 = now_ms();
        /* The catalogue's own write (page row, fsync) is not the index's. */
        t_ocr += t1 - t0;
        t_pdf += t2 - t1;
        t_alto += t3 - t2;
        t_hocr += t4 - t3;
        t_fts += t5 - t4b;
        json_begin_object(&js);
        json_key(&js, "page");
        json_int(&js, i + 1);
        json_key(&js, "width");
        json_int(&js, rec.width);
        json_key(&js, "height");
        json_int(&js, rec.height);
        json_key(&js, "dpi");
        json_int(&js, rec.dpi);
        json_key(&js, "rotation");
        json_int(&js, rec.rotation);
        json_key(&js, "skew");
        json_number(&js, rec.skew);
        json_key(&js, "words");
        json_int(&js, (int64_t)rec.nwords);
        json_key(&js, "decode_ocr_ms");
        json_number(&js, t1 - t0);
        json_key(&js, "pdf_part_ms");
        json_number(&js, t2 - t1);
        json_key(&js, "alto_ms");
        json_number(&js, t3 - t2);
        json_key(&js, "hocr_ms");
        json_number(&js, t4 - t3);
        json_key(&js, "pdf_part_bytes");
        json_int(&js, (int64_t)pp[i].len[ARCHIVE_PART_PDF]);
        json_end_object(&js);
        /* NAME.txt as sohoa run writes it: pages separated by form feeds. */
        size_t add = rec.text_len + 2;
        alltext = realloc(alltext, tlen + add);
        if (i)
            alltext[tlen++] = '\f';
        memcpy(alltext + tlen, rec.text, rec.text_len);
        tlen += rec.text_len;
        alltext[tlen] = 0;
        page_record_clear(&rec);
        input_page_clear(&pg);
    }
    json_end_array(&js);
    catalog_input_finish(cat, id, "done", NULL, 0);

    archive_doc_info info = {.source = inpath, .software = "sohoa 0.1.0", .engine = "tesseract vie",
                             .lang = "vi", .created = (long long)time(NULL)};
    int rc = 0;
    char base[4096];
    snprintf(base, sizeof base, "%s/%s", outdir, name);
    double t0 = now_ms();
    unsigned wrote = archive_write_outputs(base, &info, outputs & ARCHIVE_PDF, pdfa, n, get_part,
                                           pp, err, sizeof err);
    double t1 = now_ms();
    wrote |= archive_write_outputs(base, &info, outputs & ARCHIVE_ALTO, pdfa, n, get_part, pp,
                                   err, sizeof err);
    double t2 = now_ms();
    wrote |= archive_write_outputs(base, &info, outputs & ARCHIVE_HOCR, pdfa, n, get_part, pp,
                                   err, sizeof err);
    double t3 = now_ms();
    if (wrote != outputs)
        rc = (fprintf(stderr, "%s\n", err), 3);
    snprintf(path, sizeof path, "%s/%s.txt", outdir, name);
    if (atomic_write_file(path, alltext, tlen) != 0)
        rc = (fprintf(stderr, "%s: cannot write\n", path), 3);

    json_key(&js, "totals_ms");
    json_begin_object(&js);
    json_key(&js, "decode_ocr");
    json_number(&js, t_ocr);
    json_key(&js, "pdf_parts");
    json_number(&js, t_pdf);
    json_key(&js, "pdf_write");
    json_number(&js, t1 - t0);
    json_key(&js, "alto_parts");
    json_number(&js, t_alto);
    json_key(&js, "alto_write");
    json_number(&js, t2 - t1);
    json_key(&js, "hocr_parts");
    json_number(&js, t_hocr);
    json_key(&js, "hocr_write");
    json_number(&js, t3 - t2);
    json_key(&js, "fts_index");
    json_number(&js, t_fts);
    json_end_object(&js);
    json_end_object(&js);
    printf("%s\n", js.out.buf);
    json_free(&js);

    catalog_run_totals tot = {1, 0, 0, n, 0, 0, "done"};
    catalog_run_end(cat, run, &tot);
    catalog_close(cat);
    sqlite3_close(db);
    for (int i = 0; i < n; i++)
        archive_parts_free(&pp[i]);
    free(pp);
    free(alltext);
    ocr_worker_destroy(wk);
    input_close(in);
    return rc;
}
