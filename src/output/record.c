/* NAME.txt and NAME.json. */
#include "output/record.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/atomicfile.h"

static void num2(json_writer *w, double v) { json_number(w, round(v * 100) / 100); }

static void box_json(json_writer *w, int x0, int y0, int x1, int y1)
{
    json_key(w, "box");
    json_begin_array(w);
    json_int(w, x0);
    json_int(w, y0);
    json_int(w, x1);
    json_int(w, y1);
    json_end_array(w);
}

/* A stamp or a field for review: two strings and a box. */
static void two_strings_box(json_writer *w, const char *k1, const char *v1, const char *k2, const char *v2,
                            const int box[4])
{
    json_begin_object(w);
    json_key(w, k1);
    json_string(w, v1);
    json_key(w, k2);
    json_string(w, v2);
    box_json(w, box[0], box[1], box[2], box[3]);
    json_end_object(w);
}

static void word_json(json_writer *w, const ocr_word *wd)
{
    json_begin_object(w);
    json_key(w, "text");
    json_string(w, wd->text);
    if (wd->raw) {
        json_key(w, "raw");
        json_string(w, wd->raw);
    }
    box_json(w, wd->x0, wd->y0, wd->x1, wd->y1);
    json_key(w, "conf");
    num2(w, wd->conf);
    json_key(w, "block");
    json_int(w, wd->block);
    json_key(w, "para");
    json_int(w, wd->para);
    json_key(w, "line");
    json_int(w, wd->line);
    if (wd->role != WORD_TEXT) {
        /* Not in the page text: drawn on the page, kept for ALTO/hOCR/PDF. */
        json_key(w, "role");
        json_string(w, wd->role == WORD_STAMP ? "stamp" : "noise");
    }
    /* Symbol alternatives only where tesseract offered more than one
     * candidate with a non-zero confidence: the rest carry no choice. */
    int any = 0;
    for (int s = 0; s < wd->nsymbols && !any; s++) {
        int live = 0;
        for (int c = 0; c < wd->symbols[s].nchoices; c++)
            live += wd->symbols[s].choices[c].conf > 0;
        any = live > 1;
    }
    if (any) {
        json_key(w, "symbols");
        json_begin_array(w);
        for (int s = 0; s < wd->nsymbols; s++) {
            const ocr_symbol *sy = &wd->symbols[s];
            json_begin_object(w);
            json_key(w, "s");
            json_string(w, sy->text);
            json_key(w, "conf");
            num2(w, sy->conf);
            json_key(w, "alt");
            json_begin_array(w);
            for (int c = 0; c < sy->nchoices; c++) {
                if (sy->choices[c].conf <= 0 && c > 0)
                    continue;
                json_begin_array(w);
                json_string(w, sy->choices[c].text);
                num2(w, sy->choices[c].conf);
                json_end_array(w);
            }
            json_end_array(w);
            json_end_object(w);
        }
        json_end_array(w);
    }
    json_end_object(w);
}

/* Each page_*_json below writes its keys into the page's open object, in
 * the record's order. */

/* Outcome, where the text came from, and the image's geometry. */
static void page_scan_json(json_writer *w, const page_record *p)
{
    json_key(w, "page");
    json_int(w, p->index + 1);
    json_key(w, "status");
    json_string(w, p->ok ? "done" : "failed");
    json_key(w, "error");
    json_string(w, p->error);
    json_key(w, "source");
    json_string(w, page_source_name(p->source));
    json_key(w, "width");
    json_int(w, p->width);
    json_key(w, "height");
    json_int(w, p->height);
    json_key(w, "dpi");
    json_int(w, p->dpi);
    json_key(w, "dpi_source");
    json_string(w, dpi_origin_name(p->dpi_from));
    json_key(w, "file_dpi");
    json_int(w, p->file_dpi);
    json_key(w, "scale");
    num2(w, p->scale);
    if (p->reduced > 1) {  /* only then, so records of ordinary pages stay as they were */
        json_key(w, "downsampled");
        num2(w, p->reduced);
    }
    json_key(w, "skew");
    num2(w, p->skew);
    json_key(w, "rotation");
    json_int(w, p->rotation);
    json_key(w, "rotation_confidence");
    num2(w, p->rotation_conf);
}

/* Confidence and size of the text, and the words read least surely. */
static void page_confidence_json(json_writer *w, const page_record *p)
{
    json_key(w, "mean_confidence");
    if (p->source == PAGE_SRC_OCR)
        num2(w, p->mean_conf);
    else
        json_null(w);
    json_key(w, "chars");
    json_int(w, (int64_t)p->text_len);
    json_key(w, "word_count");
    json_int(w, (int64_t)p->nwords);
    json_key(w, "low_confidence_words");
    json_begin_array(w);
    for (size_t i = 0; i < p->nwords; i++) {
        if (p->words[i].conf >= PAGE_LOW_CONF)
            continue;
        json_begin_object(w);
        json_key(w, "word");
        json_int(w, (int64_t)i);
        json_key(w, "text");
        json_string(w, p->words[i].text);
        json_key(w, "conf");
        num2(w, p->words[i].conf);
        json_end_object(w);
    }
    json_end_array(w);
}

static void page_timings_json(json_writer *w, const page_record *p)
{
    json_key(w, "timings");
    json_begin_object(w);
    json_key(w, "decode_ms");
    num2(w, p->t_decode);
    json_key(w, "preprocess_ms");
    num2(w, p->t_preprocess);
    json_key(w, "ocr_ms");
    num2(w, p->t_ocr);
    json_key(w, "repair_ms");
    num2(w, p->t_repair);
    json_end_object(w);
}

/* What was found on the page beside its text: signatures, stamps, and the
 * fields left for a person to check. */
static void page_marks_json(json_writer *w, const page_record *p)
{
    json_key(w, "signatures");
    json_begin_array(w);
    for (size_t i = 0; i < p->nsignatures; i++) {
        json_begin_object(w);
        json_key(w, "signer");
        json_string(w, p->signatures[i].signer);
        json_key(w, "time");
        json_string(w, p->signatures[i].time);
        json_end_object(w);
    }
    json_end_array(w);
    json_key(w, "stamps");
    json_begin_array(w);
    for (size_t i = 0; i < p->nstamps; i++) {
        const page_stamp *st = &p->stamps[i];
        two_strings_box(w, "kind", st->kind, "text", st->text, (const int[4]){st->x0, st->y0, st->x1, st->y1});
    }
    json_end_array(w);
    json_key(w, "review");
    json_begin_array(w);
    for (size_t i = 0; i < p->nreviews; i++) {
        const page_review *rv = &p->reviews[i];
        two_strings_box(w, "field", rv->field, "read", rv->read, (const int[4]){rv->x0, rv->y0, rv->x1, rv->y1});
    }
    json_end_array(w);
}

static void page_repairs_json(json_writer *w, const page_record *p)
{
    json_key(w, "repairs");
    json_begin_array(w);
    for (size_t i = 0; i < p->nrepairs; i++) {
        json_begin_object(w);
        json_key(w, "stage");
        json_string(w, p->repairs[i].stage);
        json_key(w, "word");
        if (p->repairs[i].word >= 0)
            json_int(w, p->repairs[i].word);
        else
            json_null(w);
        json_key(w, "from");
        json_string(w, p->repairs[i].from);
        json_key(w, "to");
        json_string(w, p->repairs[i].to);
        json_end_object(w);
    }
    json_end_array(w);
}

void page_json(json_writer *w, const page_record *p)
{
    json_begin_object(w);
    page_scan_json(w, p);
    page_confidence_json(w, p);
    page_timings_json(w, p);
    json_key(w, "text_layer");
    json_string(w, p->layer_text);
    page_marks_json(w, p);
    page_repairs_json(w, p);
    json_key(w, "words");
    json_begin_array(w);
    for (size_t i = 0; i < p->nwords; i++)
        word_json(w, &p->words[i]);
    json_end_array(w);
    json_end_object(w);
}

static void raw_or_null(json_writer *w, const char *s)
{
    if (s && *s)
        json_raw(w, s, strlen(s));
    else
        json_null(w);
}

int output_write_document(const char *txt_path, const char *json_path, const doc_info *d,
                          int npages, page_source_fn get, void *user, char *err, size_t errlen)
{
    atomic_file txt, js;
    if (atomic_open(&txt, txt_path) != 0) {
        snprintf(err, errlen, "%s: %s", txt_path, strerror(errno));
        return -1;
    }
    if (atomic_open(&js, json_path) != 0) {
        snprintf(err, errlen, "%s: %s", json_path, strerror(errno));
        atomic_abort(&txt);
        return -1;
    }
    /* The head of NAME.json is written through a writer, then the pages
     * are streamed one at a time so a long document is never all in memory. */
    json_writer w;
    json_init(&w, 1);
    json_begin_object(&w);
    json_key(&w, "source");
    json_string(&w, d->source);
    json_key(&w, "path");
    json_string(&w, d->abspath);
    json_key(&w, "sha256");
    json_string(&w, d->sha256);
    json_key(&w, "size");
    json_int(&w, d->size);
    json_key(&w, "format");
    json_string(&w, d->format);
    json_key(&w, "pages_total");
    json_int(&w, d->pages_total);
    json_key(&w, "status");
    json_string(&w, d->status);
    json_key(&w, "error");
    json_string(&w, d->error);
    json_key(&w, "seconds");
    num2(&w, d->seconds);
    json_key(&w, "engine");
    raw_or_null(&w, d->engine_json);
    json_key(&w, "options");
    raw_or_null(&w, d->options_json);
    for (int i = 0; i < d->nextra; i++) {
        json_key(&w, d->extra_keys[i]);
        raw_or_null(&w, d->extra_values[i]);
    }
    if (d->extra_fields)
        d->extra_fields(d->extra_user, &w);
    json_key(&w, "pages");
    json_begin_array(&w);
    int rc = 0;
    for (int i = 0; i < npages && rc == 0; i++) {
        const char *text = NULL, *pj = NULL;
        if (get(user, i, &text, &pj) != 0) {
            snprintf(err, errlen, "page %d of the record is missing", i + 1);
            rc = -1;
            break;
        }
        if (i > 0)
            fputc('\f', txt.fp);
        if (text)
            fputs(text, txt.fp);
        raw_or_null(&w, pj);
        /* Flush what the writer holds so memory stays one page deep. */
        if (!json_ok(&w) || fwrite(w.out.buf, 1, w.out.len, js.fp) != w.out.len) {
            snprintf(err, errlen, "%s: %s", json_path,
                     json_ok(&w) ? strerror(atomic_stream_errno(js.fp)) : "out of memory");
            rc = -1;
        }
        w.out.len = 0;
    }
    json_end_array(&w);
    json_end_object(&w);
    if (rc == 0) {
        fputc('\n', txt.fp);
        if (!json_ok(&w) || fwrite(w.out.buf, 1, w.out.len, js.fp) != w.out.len || fputc('\n', js.fp) == EOF) {
            snprintf(err, errlen, "%s: %s", json_path,
                     json_ok(&w) ? strerror(atomic_stream_errno(js.fp)) : "out of memory");
            rc = -1;
        }
    }
    json_free(&w);
    if (rc != 0) {
        atomic_abort(&txt);
        atomic_abort(&js);
        return -1;
    }
    if (atomic_commit(&txt) != 0) {
        snprintf(err, errlen, "%s: %s", txt_path, strerror(errno));
        atomic_abort(&js);
        return -1;
    }
    if (atomic_commit(&js) != 0) {
        snprintf(err, errlen, "%s: %s", json_path, strerror(errno));
        return -1;
    }
    return 0;
}
