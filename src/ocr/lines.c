/* lines.c: rows and cell pieces of a page's words (lines.h). */
#include "ocr/lines.h"

#include <stdlib.h>
#include <string.h>

#include "ocr/fold.h"

void lines_box_add(box *b, const ocr_word *w, int first)
{
    if (first) {
        *b = (box){w->x0, w->y0, w->x1, w->y1};
        return;
    }
    if (w->x0 < b->x0)
        b->x0 = w->x0;
    if (w->y0 < b->y0)
        b->y0 = w->y0;
    if (w->x1 > b->x1)
        b->x1 = w->x1;
    if (w->y1 > b->y1)
        b->y1 = w->y1;
}

void lines_free(lines *L)
{
    for (size_t i = 0; i < L->npieces; i++)
        free(L->pieces[i].fold);
    free(L->ord);
    free(L->pieces);
    free(L->rows);
    memset(L, 0, sizeof *L);
}

int lines_build(const page_record *rec, double gap, lines *L)
{
    size_t n = rec->nwords;
    memset(L, 0, sizeof *L);
    L->ord = malloc((n ? n : 1) * sizeof *L->ord);
    L->pieces = malloc((n ? n : 1) * sizeof *L->pieces);
    L->rows = malloc((n ? n : 1) * sizeof *L->rows);
    if (!L->ord || !L->pieces || !L->rows) {
        lines_free(L);
        return -1;
    }
    int prev_line = -1;
    const ocr_word *prev = NULL;
    for (size_t i = 0; i < n; i++) {
        const ocr_word *w = &rec->words[i];
        if (w->role != WORD_TEXT)
            continue;
        int new_row = !prev || w->line != prev_line;
        int new_piece = new_row || w->x0 - prev->x1 > gap;
        if (new_row) {
            row *r = &L->rows[L->nrows++];
            memset(r, 0, sizeof *r);
            r->first = L->npieces;
            r->block = w->block;
            r->para = w->para;
        }
        row *r = &L->rows[L->nrows - 1];
        if (new_piece) {
            piece *p = &L->pieces[L->npieces++];
            memset(p, 0, sizeof *p);
            p->first = L->nord;
            p->row = (int)(L->nrows - 1);
            r->n++;
        }
        piece *p = &L->pieces[L->npieces - 1];
        lines_box_add(&p->b, w, p->n == 0);
        lines_box_add(&r->b, w, r->n == 1 && p->n == 0);
        L->ord[L->nord++] = i;
        p->n++;
        prev = w;
        prev_line = w->line;
    }
    for (size_t k = 0; k < L->npieces; k++) {
        sbuf b = {0};
        piece *p = &L->pieces[k];
        for (size_t j = 0; j < p->n; j++) {
            if (j)
                sb_putc(&b, ' ');
            ocr_fold_into(&b, rec->words[L->ord[p->first + j]].text);
        }
        p->fold = sb_take(&b, NULL);
        if (!p->fold) {
            lines_free(L);
            return -1;
        }
    }
    return 0;
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return x < y ? -1 : x > y;
}

double lines_line_height(const page_record *rec)
{
    int *h = malloc((rec->nwords ? rec->nwords : 1) * sizeof *h);
    if (!h)
        return 0;
    size_t nh = 0;
    for (int pass = 0; pass < 2 && nh == 0; pass++) {
        size_t i = 0;
        while (i < rec->nwords) {
            size_t j = i;
            box b = {0, 0, 0, 0};
            while (j < rec->nwords && rec->words[j].line == rec->words[i].line) {
                lines_box_add(&b, &rec->words[j], j == i);
                j++;
            }
            if (j - i > 1 || pass == 1)
                h[nh++] = b.y1 - b.y0;
            i = j;
        }
    }
    double m = 0;
    if (nh) {
        qsort(h, nh, sizeof *h, cmp_int);
        m = h[nh / 2];
    }
    free(h);
    return m > 1 ? m : 1;
}

double lines_word_space(const page_record *rec)
{
    int *g = malloc((rec->nwords ? rec->nwords : 1) * sizeof *g);
    if (!g)
        return 0;
    size_t ng = 0;
    for (size_t i = 1; i < rec->nwords; i++)
        if (rec->words[i].line == rec->words[i - 1].line &&
            rec->words[i].x0 >= rec->words[i - 1].x1)
            g[ng++] = rec->words[i].x0 - rec->words[i - 1].x1;
    double m = 0;
    if (ng) {
        qsort(g, ng, sizeof *g, cmp_int);
        m = g[ng / 2];
    }
    free(g);
    return m;
}
