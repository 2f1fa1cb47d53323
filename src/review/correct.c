/* Applying a correction to a stored page (see correct.h). */
#include "review/correct.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "archive/alto.h"
#include "archive/archive.h"
#include "archive/hocr.h"
#include "archive/pdf.h"
#include "common/json.h"
#include "common/sbuf.h"
#include "output/record.h"

/* Where each text word stands in the page text: in reading order, each a
 * whole whitespace-separated token not far after the one before (the
 * text is the words joined, give or take vnfix's tidying). SIZE_MAX: not
 * found (a stamp word, or text that differs). */
#define FIND_WINDOW 300
static void locate_words(const page_record *p, size_t *off)
{
    size_t pos = 0;
    for (size_t i = 0; i < p->nwords; i++) {
        off[i] = SIZE_MAX;
        const char *w = p->words[i].text;
        if (p->words[i].role != WORD_TEXT || !w || !*w || !p->text)
            continue;
        size_t wl = strlen(w);
        for (const char *at = p->text + pos; (at = strstr(at, w)) != NULL; at++) {
            size_t k = (size_t)(at - p->text);
            if (k - pos > FIND_WINDOW)
                break;
            int before = k == 0 || strchr(" \t\n\f\r", p->text[k - 1]);
            int after = k + wl == p->text_len || strchr(" \t\n\f\r", p->text[k + wl]);
            if (before && after) {
                off[i] = k;
                pos = k + wl;
                break;
            }
        }
    }
}

/* The page text from the words alone: lines by (block, line), a blank
 * line between paragraphs, as the layout stage writes it. */
static char *text_from_words(const page_record *p, size_t *len)
{
    sbuf b = {0};
    const ocr_word *prev = NULL;
    for (size_t i = 0; i < p->nwords; i++) {
        const ocr_word *w = &p->words[i];
        if (w->role != WORD_TEXT || !w->text || !*w->text)
            continue;
        if (prev && (prev->block != w->block || prev->para != w->para))
            sb_puts(&b, "\n\n");
        else if (prev && prev->line != w->line)
            sb_putc(&b, '\n');
        else if (prev)
            sb_putc(&b, ' ');
        sb_puts(&b, w->text);
        prev = w;
    }
    sb_putc(&b, 0);
    char *s = sb_take(&b, len);
    if (s)
        (*len)--;
    return s;
}

typedef struct {
    size_t word;
    char *text;             /* malloc'd new text */
} change;

/* The page text with the changed words replaced where they stand; a word
 * made empty takes one space beside it along. NULL when a changed word
 * cannot be found in the text (the caller rebuilds it from the words). */
static char *splice_text(const page_record *p, const size_t *off, const change *ch, size_t n,
                         size_t *len)
{
    for (size_t k = 0; k < n; k++)
        if (p->words[ch[k].word].role == WORD_TEXT && off[ch[k].word] == SIZE_MAX)
            return NULL;
    sbuf b = {0};
    size_t at = 0;
    /* Changes come in word order, so in text order too. */
    for (size_t k = 0; k < n; k++) {
        size_t o = off[ch[k].word];
        if (o == SIZE_MAX)
            continue;
        size_t end = o + strlen(p->words[ch[k].word].text);
        if (!*ch[k].text && o > at && p->text[o - 1] == ' ')
            o--;
        else if (!*ch[k].text && end < p->text_len && p->text[end] == ' ')
            end++;
        sb_add(&b, p->text + at, o - at);
        sb_puts(&b, ch[k].text);
        at = end;
    }
    sb_add(&b, p->text + at, p->text_len - at);
    sb_putc(&b, 0);
    char *s = sb_take(&b, len);
    if (s)
        (*len)--;
    return s;
}

static int add_repair(page_record *p, size_t word, const char *from, const char *to)
{
    ocr_repair *r = realloc(p->repairs, (p->nrepairs + 1) * sizeof *r);
    if (!r)
        return -1;
    p->repairs = r;
    r += p->nrepairs++;
    r->stage = strdup("review");
    r->word = (int)word;
    r->from = strdup(from);
    r->to = strdup(to);
    return r->stage && r->from && r->to ? 0 : -1;
}

/* The words of the line word belongs to (same block, line and role), in
 * order: their indexes into idx, their count returned. */
static size_t line_words(const page_record *p, size_t word, size_t *idx)
{
    const ocr_word *w = &p->words[word];
    size_t n = 0;
    for (size_t i = 0; i < p->nwords; i++) {
        const ocr_word *v = &p->words[i];
        if (v->block == w->block && v->line == w->line && v->role == w->role)
            idx[n++] = i;
    }
    return n;
}

static char *join_words(const page_record *p, const size_t *idx, size_t n)
{
    sbuf b = {0};
    for (size_t k = 0; k < n; k++) {
        if (k)
            sb_putc(&b, ' ');
        sb_puts(&b, p->words[idx[k]].text);
    }
    sb_putc(&b, 0);
    return sb_take(&b, NULL);
}

/* What the edit changes, word by word: a line's new text is split at
 * spaces, one piece per word; the last word takes any pieces left over, the
 * words without a piece become empty. Returns the number of changes, or a
 * REVIEW_* code. */
static int plan_changes(const page_record *p, const review_edit *e, const char *clean,
                        change *ch, size_t *idx)
{
    size_t n = 1;
    idx[0] = (size_t)e->word;
    if (e->whole_line)
        n = line_words(p, (size_t)e->word, idx);
    char *old = join_words(p, idx, n);
    if (!old)
        return REVIEW_ERROR;
    int same = !strcmp(old, e->old);
    free(old);
    if (!same)
        return REVIEW_CONFLICT;
    const char *s = clean;
    size_t m = 0;
    for (size_t k = 0; k < n; k++) {
        while (e->whole_line && *s == ' ')
            s++;
        size_t len = !e->whole_line || k == n - 1 ? strlen(s) : strcspn(s, " ");
        while (e->whole_line && len && s[len - 1] == ' ')
            len--;
        if (strlen(p->words[idx[k]].text) != len || strncmp(p->words[idx[k]].text, s, len)) {
            ch[m].word = idx[k];
            if (!(ch[m].text = strndup(s, len))) {
                while (m > 0)
                    free(ch[--m].text);
                return REVIEW_ERROR;
            }
            m++;
        }
        s += len;
    }
    return (int)m;
}

/* The changes into the record: words, text, repairs. 0 or -1. */
static int apply_changes(page_record *p, const change *ch, size_t n)
{
    size_t *off = malloc((p->nwords ? p->nwords : 1) * sizeof *off);
    if (!off)
        return -1;
    locate_words(p, off);
    size_t len = 0;
    char *text = splice_text(p, off, ch, n, &len);
    free(off);
    int rc = 0;
    for (size_t k = 0; k < n && rc == 0; k++) {
        ocr_word *w = &p->words[ch[k].word];
        rc = add_repair(p, ch[k].word, w->text, ch[k].text);
        /* raw keeps what OCR read; a word a person set is certain. */
        if (!w->raw)
            w->raw = w->text;
        else
            free(w->text);
        w->text = strdup(ch[k].text);
        w->conf = 100;
        rc = rc == 0 && w->text ? 0 : -1;
    }
    if (!text)
        text = text_from_words(p, &len);
    free(p->text);
    p->text = text;
    p->text_len = len;
    return rc == 0 && text ? 0 : -1;
}

/* The page's parts made again from the corrected record; the PDF part
 * keeps its image and gets a new text layer. 0 or -1. */
static int remake_parts(catalog *cat, int64_t id, const page_record *p, archive_parts *parts,
                        char *err, size_t errlen)
{
    memset(parts, 0, sizeof *parts);
    const char *old = NULL;
    size_t oldlen = 0;
    if (catalog_part_get(cat, id, p->index, "pdf", &old, &oldlen) != 0)
        return -1;
    if (old) {
        parts->data[ARCHIVE_PART_PDF] =
            pdf_page_part_retext(p, old, oldlen, &parts->len[ARCHIVE_PART_PDF], err, errlen);
        if (!parts->data[ARCHIVE_PART_PDF])
            return -1;
    }
    parts->data[ARCHIVE_PART_ALTO] = alto_page(p, p->index + 1, &parts->len[ARCHIVE_PART_ALTO]);
    parts->data[ARCHIVE_PART_HOCR] = hocr_page(p, p->index + 1, &parts->len[ARCHIVE_PART_HOCR]);
    if (!parts->data[ARCHIVE_PART_ALTO] || !parts->data[ARCHIVE_PART_HOCR]) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    return 0;
}

static int store(catalog *cat, int64_t id, page_record *p, const review_edit *e,
                 const char *clean, size_t n, char *err, size_t errlen)
{
    archive_parts parts;
    json_writer w;
    json_init(&w, 0);
    page_json(&w, p);
    int rc = REVIEW_ERROR;
    if (!json_ok(&w)) {
        snprintf(err, errlen, "out of memory");
    } else if (remake_parts(cat, id, p, &parts, err, errlen) == 0) {
        catalog_correction c = {e->whole_line ? "line" : "word", e->word, e->old, clean};
        if (catalog_page_correct(cat, id, p, w.out.buf, &parts, n ? &c : NULL, n ? 1 : 0,
                                 e->user) == 0)
            rc = REVIEW_OK;
        else
            snprintf(err, errlen, "catalogue: %s", catalog_error(cat));
    }
    archive_parts_free(&parts);
    json_free(&w);
    return rc;
}

int review_correct(catalog *cat, int64_t id, int page, const review_edit *e, char *err,
                   size_t errlen)
{
    err[0] = 0;
    char *clean = e->new_text ? review_clean_text(e->new_text) : NULL;
    if (!clean || !e->old) {
        snprintf(err, errlen, "the new text is not valid UTF-8, holds control characters or is"
                              " longer than %d bytes", REVIEW_MAX_TEXT);
        free(clean);
        return REVIEW_INVALID;
    }
    page_record p;
    if (catalog_page_record(cat, id, page, &p) != 0) {
        snprintf(err, errlen, "no page %d of input %lld", page + 1, (long long)id);
        free(clean);
        return REVIEW_NOTFOUND;
    }
    change *ch = NULL;
    size_t *idx = NULL;
    int rc = REVIEW_NOTFOUND;
    if (e->word < 0 || (size_t)e->word >= p.nwords) {
        snprintf(err, errlen, "page %d has no word %d", page + 1, e->word);
    } else if (!(ch = calloc(p.nwords, sizeof *ch)) || !(idx = calloc(p.nwords, sizeof *idx))) {
        snprintf(err, errlen, "out of memory");
        rc = REVIEW_ERROR;
    } else {
        int n = plan_changes(&p, e, clean, ch, idx);
        if (n == REVIEW_CONFLICT)
            snprintf(err, errlen, "the page has changed since it was shown: reload it");
        rc = n < 0 ? n : apply_changes(&p, ch, (size_t)n) != 0 ? REVIEW_ERROR
                   : store(cat, id, &p, e, clean, (size_t)n, err, errlen);
        for (size_t k = 0; ch && n > 0 && k < (size_t)n; k++)
            free(ch[k].text);
        if (rc == REVIEW_ERROR && !err[0])
            snprintf(err, errlen, "out of memory");
    }
    free(ch);
    free(idx);
    free(clean);
    page_record_clear(&p);
    return rc;
}
