/* Page record lifetime. */
#include "ocr/page.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void page_record_init(page_record *p, int index)
{
    memset(p, 0, sizeof *p);
    p->index = index;
    p->scale = 1.0;
    p->reduced = 1.0;
}

void ocr_word_clear(ocr_word *w)
{
    for (int s = 0; s < w->nsymbols; s++) {
        for (int c = 0; c < w->symbols[s].nchoices; c++)
            free(w->symbols[s].choices[c].text);
        free(w->symbols[s].choices);
        free(w->symbols[s].text);
    }
    free(w->symbols);
    free(w->text);
    free(w->raw);
    memset(w, 0, sizeof *w);
}

void page_record_clear(page_record *p)
{
    for (size_t i = 0; i < p->nwords; i++)
        ocr_word_clear(&p->words[i]);
    free(p->words);
    for (size_t i = 0; i < p->nrepairs; i++) {
        free(p->repairs[i].stage);
        free(p->repairs[i].from);
        free(p->repairs[i].to);
    }
    free(p->repairs);
    for (size_t i = 0; i < p->nsignatures; i++) {
        free(p->signatures[i].signer);
        free(p->signatures[i].time);
    }
    free(p->signatures);
    for (size_t i = 0; i < p->nstamps; i++) {
        free(p->stamps[i].kind);
        free(p->stamps[i].text);
    }
    free(p->stamps);
    for (size_t i = 0; i < p->nreviews; i++) {
        free(p->reviews[i].field);
        free(p->reviews[i].read);
    }
    free(p->reviews);
    free(p->text);
    free(p->layer_text);
    free(p->error);
    page_record_init(p, p->index);
}

char *page_words_text(const page_record *p, size_t *len)
{
    /* A word, its separator before it (two \n at most) and the end. */
    size_t n = 3;
    for (size_t i = 0; i < p->nwords; i++)
        n += strlen(p->words[i].text) + 2;
    char *s = malloc(n);
    if (!s)
        return NULL;
    size_t k = 0;
    const ocr_word *prev = NULL;
    for (size_t i = 0; i < p->nwords; i++) {
        const ocr_word *w = &p->words[i];
        /* A rule or a picture comes as one word of blanks (tesseract's
         * block of a line or an image), which its page text leaves out. */
        if (!w->text[strspn(w->text, " ")])
            continue;
        if (prev && (w->block != prev->block || w->para != prev->para)) {
            s[k++] = '\n';
            s[k++] = '\n';
        } else if (prev && w->line != prev->line) {
            s[k++] = '\n';
        } else if (prev) {
            s[k++] = ' ';
        }
        size_t m = strlen(w->text);
        memcpy(s + k, w->text, m);
        k += m;
        prev = w;
    }
    if (prev) {
        s[k++] = '\n';
        s[k++] = '\n';
    }
    s[k] = 0;
    *len = k;
    return s;
}

void page_record_set_error(page_record *p, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    free(p->error);
    p->error = strdup(buf);
    p->ok = 0;
}

const char *page_source_name(page_source s)
{
    switch (s) {
    case PAGE_SRC_OCR: return "ocr";
    case PAGE_SRC_TEXT_LAYER: return "text-layer";
    case PAGE_SRC_EMPTY: return "empty";
    }
    return "?";
}

const char *dpi_origin_name(dpi_origin d)
{
    switch (d) {
    case DPI_FROM_FILE: return "file";
    case DPI_INFERRED: return "inferred";
    case DPI_OPTION: return "option";
    case DPI_RENDERED: return "rendered";
    }
    return "?";
}
