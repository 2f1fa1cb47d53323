/* layout.c: the reading order of an OCR'd page (layout.h). */
#include "ocr/layout.h"

#include <stdlib.h>
#include <string.h>

#include "common/decree30.h"
#include "common/sbuf.h"
#include "ocr/fillin.h"
#include "ocr/lines.h"
#include "ocr/stamp.h"

/* Two words of a line further apart than both this many line heights and
 * this many ordinary spaces belong to different cells: a justified body
 * line stretches its spaces to about twice the ordinary one, while the gap
 * between a Decree 30 header's cells is several spaces wide (8 mm, five
 * spaces, the narrowest seen). */
#define CELL_GAP_H 1.0
#define CELL_GAP_SPACES 4.0
/* A header's bands are separated by more than ordinary leading. */
#define BAND_GAP 1.2

/* ---- zones: the header's and the footer's cells ----------------------- */

static int starts(const char *fold, const char *what) { return !strncmp(fold, what, strlen(what)); }

/* A piece whose words run on across the cut spans the cells. */
static int crosses(const lines *L, const row *r, int cut, double H)
{
    for (size_t k = 0; k < r->n; k++) {
        const box *b = &L->pieces[r->first + k].b;
        if (b->x0 < cut - H && b->x1 > cut + H)
            return 1;
    }
    return 0;
}

/* Rows by their top, for walking a zone downwards. */
static int by_top(const void *a, const void *b, void *ctx)
{
    const row *rows = ctx;
    const row *x = &rows[*(const size_t *)a], *y = &rows[*(const size_t *)b];
    if (x->b.y0 != y->b.y0)
        return x->b.y0 < y->b.y0 ? -1 : 1;
    return *(const size_t *)a < *(const size_t *)b ? -1 : 1;
}

/* qsort has no context argument in C11: a small insertion sort does, and
 * a page has at most a few hundred rows. */
static void sort_rows(size_t *idx, size_t n, row *rows)
{
    for (size_t i = 1; i < n; i++) {
        size_t v = idx[i], j = i;
        while (j > 0 && by_top(&idx[j - 1], &v, rows) > 0) {
            idx[j] = idx[j - 1];
            j--;
        }
        idx[j] = v;
    }
}

/* Where the national motto starts in p, as a word index, or -1. The motto
 * opens its cell: it is the piece's first word, or follows a gap wider
 * than two spaces (the issuer's cell read into the same piece). A body
 * line quoting "nước Cộng hòa xã hội chủ nghĩa Việt Nam" is not it. */
static int motto_at(const page_record *rec, const lines *L, const piece *p, double space)
{
    for (int m = 0; d30_motto_words[m]; m++) {
        const char *at = strstr(p->fold, d30_motto_words[m]);
        if (!at || (at > p->fold && at[-1] != ' '))
            continue;
        size_t word = 0;
        for (const char *c = p->fold; c < at; c++)
            word += *c == ' ';
        if (word >= p->n)
            continue;
        if (word == 0)
            return 0;
        const ocr_word *w = &rec->words[L->ord[p->first + word]];
        const ocr_word *before = &rec->words[L->ord[p->first + word - 1]];
        if (w->x0 - before->x1 > 2 * space)
            return (int)word;
    }
    return -1;
}

/* Mark the header zone: from the top of the page down to the first row
 * that spans both cells, split at the left edge of the national motto
 * (its two lines at the head of the page). */
static int header_zone(const page_record *rec, lines *L, const size_t *top, double H,
                       double space, int page_h, int X0, int W)
{
    int cut = -1, motto_y0 = -1, motto_y1 = -1;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t k = 0; k < L->npieces; k++) {
            const piece *p = &L->pieces[k];
            if (p->b.y0 > 0.35 * page_h)
                continue;
            int word = motto_at(rec, L, p, space);
            if (word < 0)
                continue;
            /* The motto heads the page: at most the issuer's parent body
             * or a "KHẨN" mark is printed above it. */
            int above = 0;
            for (size_t i = 0; i < L->nrows; i++)
                above += L->rows[i].b.y1 < p->b.y0;
            if (above > 2)
                continue;
            if (pass == 0) {
                /* the topmost */
                if (motto_y0 < 0 || p->b.y0 < motto_y0)
                    motto_y0 = p->b.y0;
                continue;
            }
            if (p->b.y0 > motto_y0 + 3 * H)
                continue;   /* not the motto's lines */
            const ocr_word *w = &rec->words[L->ord[p->first + word]];
            if (cut < 0 || w->x0 < cut)
                cut = w->x0;
            if (p->b.y1 > motto_y1)
                motto_y1 = p->b.y1;
        }
    }
    if (cut < X0 + 0.2 * W)
        return -1;
    cut -= (int)(H / 2);
    int band = 0, last_y1 = -1, dated = 0;
    for (size_t i = 0; i < L->nrows; i++) {
        row *r = &L->rows[top[i]];
        if (r->b.y0 > motto_y1 && crosses(L, r, cut, H))
            break;
        if (band == 1 && r->b.y0 - last_y1 > BAND_GAP * H)
            break;
        /* A one-line issuer puts the number right under it, level with
         * the motto's second line: a scan's skew makes the two overlap by
         * a few pixels, so a row counts as below the motto from half a
         * line height above its bottom (a development page). */
        int below = r->b.y0 + H / 2 > motto_y1, number = 0, date = 0, right = 0;
        for (size_t k = 0; k < r->n; k++) {
            const piece *p = &L->pieces[r->first + k];
            int left = (p->b.x0 + p->b.x1) / 2 < cut;
            /* specks ("l", "'") left by a stamp do not count */
            right |= !left && p->b.y1 - p->b.y0 >= H / 2 && strlen(p->fold) >= 2;
            number |= left && starts(p->fold, "so") && !(p->fold[2] >= 'a' && p->fold[2] <= 'z');
            date |= !left && strstr(p->fold, "ngay") &&
                    (strstr(p->fold, "thang") || strstr(p->fold, "nam"));
        }
        /* The right cell of the second band holds the place and date
         * only; what comes on the right after it (the centred title of
         * a decision) is below the header. The left cell goes on with a
         * công văn's "V/v ..." lines. */
        if (below && dated && right)
            break;
        /* The second band opens with the number (left) or the place and
         * date (right). */
        if (below && (number || date))
            band = 1;
        dated |= below && date;
        r->zone = 1;
        r->band = band;
        if (r->b.y1 > last_y1)
            last_y1 = r->b.y1;
    }
    return cut;
}

/* The left edge of the signer's column, from every footer row and not
 * only the anchor's: the block's title lines are centred, so a longer line
 * under a short "TL. CHỦ TỊCH" (KT. CHÁNH VĂN PHÒNG, PHÓ CHÁNH VĂN PHÒNG)
 * starts further left, and a cut at the first line's edge runs through it
 * (issue 23: the footer was then read row by row, list and titles
 * interleaved). A piece belongs to the column when it lies right of the
 * list's right edge (the list items start at the margin) with its centre
 * in the page's right half; the rows end at the first line across both
 * columns. Returns cut lowered to that edge, or cut. */
static int signer_edge(const lines *L, const size_t *top, int start_y, double H, int X0, int W,
                       int cut)
{
    int list_r = -1, edge = cut;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < L->nrows; i++) {
            const row *r = &L->rows[top[i]];
            if (r->b.y0 < start_y - H / 2 || r->zone)
                continue;
            int across = 0;
            for (size_t k = 0; k < r->n; k++) {
                const box *b = &L->pieces[r->first + k].b;
                int at_margin = b->x0 < X0 + 0.3 * W;
                across |= at_margin && b->x1 > X0 + 0.7 * W;
                if (pass == 0 && at_margin && b->x1 < X0 + 0.62 * W && b->x1 > list_r)
                    list_r = b->x1;
                if (pass == 1 && !at_margin && b->x0 > list_r && (b->x0 + b->x1) / 2 > X0 + W / 2 &&
                    b->x0 < edge)
                    edge = b->x0;
            }
            if (across)
                break;
        }
    }
    return edge;
}

/* The signer's first title line stands level with "Nơi nhận" but in a
 * larger size, and read again under a seal (ocr/signer.c) it can come out
 * as a row a little above it: a row just above start_y centred in the
 * signer's column (right of cut, starting at most a few line heights left
 * of it: a title line wider than the lines below) opens the footer. A
 * body line starts at the margin and is never such a row. */
static int block_top(const lines *L, int start_y, int cut, double H)
{
    int y = start_y;
    for (size_t i = 0; i < L->nrows; i++) {
        const row *r = &L->rows[i];
        if (r->zone || r->b.y0 >= start_y - H / 2 || r->b.y0 < start_y - 1.5 * H ||
            r->b.y1 < start_y || (r->b.x0 + r->b.x1) / 2 < cut || r->b.x0 < cut - 4 * H)
            continue;
        if (r->b.y0 < y)
            y = r->b.y0;
    }
    return y;
}

/* Mark the footer zone: from the row of "Nơi nhận" (or of the signer's
 * TM./KT./TL./TUQ. line, T/M in a Party committee's documents) to the end of the page or the first row that
 * spans both columns, split at the left edge of the signer's block. */
static int footer_zone(lines *L, const size_t *top, double H, int X0, int W)
{
    const piece *noi = NULL, *sig = NULL;
    for (size_t k = 0; k < L->npieces; k++) {
        const piece *p = &L->pieces[k];
        if (L->rows[p->row].zone)
            continue;
        int mid = (p->b.x0 + p->b.x1) / 2;
        if (!noi && mid < X0 + W / 2 && starts(p->fold, D30_NOI_NHAN))
            noi = p;
        if (!sig && p->b.x0 > X0 + 0.35 * W && d30_signer_prefix(p->fold))
            sig = p;
    }
    if (!noi && !sig)
        return -1;
    int start_y = noi ? noi->b.y0 : sig->b.y0;
    if (noi && sig && (sig->b.y0 < noi->b.y0 - 3 * H || sig->b.y0 > noi->b.y1 + 6 * H))
        sig = NULL;  /* not the same footer */
    if (sig && sig->b.y0 < start_y)
        start_y = sig->b.y0;
    int cut = -1;
    if (sig) {
        cut = sig->b.x0;
    } else {
        const row *r = &L->rows[noi->row];
        for (size_t k = 0; k < r->n; k++)
            if (L->pieces[r->first + k].b.x0 > noi->b.x1 && cut < 0)
                cut = L->pieces[r->first + k].b.x0;
        /* Nothing beside "Nơi nhận" (the block's first title lost under
         * a seal): the signer's column is wherever its lower lines are. */
        if (cut < 0 && (cut = signer_edge(L, top, noi->b.y0, H, X0, W, X0 + W)) >= X0 + W)
            return -1;
    }
    /* Right-hand pieces on the anchor rows start the signer's column. */
    for (size_t i = 0; i < L->nrows; i++) {
        const row *r = &L->rows[top[i]];
        if (r->b.y0 < start_y - H / 2 || r->b.y0 > start_y + H)
            continue;
        for (size_t k = 0; k < r->n; k++) {
            const box *b = &L->pieces[r->first + k].b;
            if (b->x0 > (noi ? noi->b.x1 : X0) && b->x0 < cut)
                cut = b->x0;
        }
    }
    cut = signer_edge(L, top, start_y, H, X0, W, cut);
    cut -= (int)(H / 2);
    start_y = block_top(L, start_y, cut, H);
    for (size_t i = 0; i < L->nrows; i++) {
        row *r = &L->rows[top[i]];
        if (r->b.y0 < start_y - H / 2 || r->zone)
            continue;
        if (crosses(L, r, cut, H))
            break;
        r->zone = 2;
    }
    return cut;
}

/* ---- putting it together ---------------------------------------------- */

typedef struct {
    page_record *rec;
    ocr_word *out;
    size_t nout;
    sbuf text;
    int block, para, line;
    int need_para;          /* a blank line before the next line */
} emitter;

/* One line of text: words rec->words[idx[0..n)], left to right. Words
 * that stopped being text after the lines were built (junk where a
 * fill-in was written, ocr/fillin.c) are left for emit_rest. */
static void emit_line(emitter *e, const size_t *idx, size_t n)
{
    size_t first = 0;
    while (first < n && e->rec->words[idx[first]].role != WORD_TEXT)
        first++;
    if (first == n)
        return;
    if (e->text.len)
        sb_puts(&e->text, e->need_para ? "\n\n" : "\n");
    e->need_para = 0;
    e->line++;
    for (size_t k = first; k < n; k++) {
        ocr_word w = e->rec->words[idx[k]];
        if (w.role != WORD_TEXT)
            continue;
        if (k > first)
            sb_putc(&e->text, ' ');
        sb_puts(&e->text, w.text);
        w.block = e->block;
        w.para = e->para;
        w.line = e->line;
        e->out[e->nout++] = w;
    }
}

static void new_para(emitter *e, int new_block)
{
    e->para++;
    if (new_block)
        e->block++;
    e->need_para = 1;
}

/* Words idx[0..n) by their left edge. */
static void sort_by_x(const page_record *rec, size_t *idx, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        size_t v = idx[i], j = i;
        while (j > 0 && rec->words[idx[j - 1]].x0 > rec->words[v].x0) {
            idx[j] = idx[j - 1];
            j--;
        }
        idx[j] = v;
    }
}

/* Do a and b share most of their height (one printed line)? */
static int same_line(const box *a, const box *b)
{
    int top = a->y0 > b->y0 ? a->y0 : b->y0, bot = a->y1 < b->y1 ? a->y1 : b->y1;
    int ha = a->y1 - a->y0, hb = b->y1 - b->y0;
    return 2 * (bot - top) >= (ha < hb ? ha : hb);
}

/* One cell of a zone (side 0 left of cut, 1 right), line by line. A piece
 * is on the side of its centre; one that runs across the cut (two cells
 * tesseract read as one line) gives each side its own words. Rows of the
 * cell that share their height are one printed line ("- UBND các xã;" and
 * the "(để thực hiện)" set beside it, which tesseract may split). */
static void emit_cell(emitter *e, const lines *L, const size_t *top, int zone, int band, int side,
                      int cut, size_t *tmp)
{
    const page_record *rec = e->rec;
    size_t m = 0;
    box gb = {0, 0, 0, 0};
    int open = 0, any = 0;
    for (size_t i = 0; i <= L->nrows; i++) {
        const row *r = i < L->nrows ? &L->rows[top[i]] : NULL;
        if (r && (r->zone != zone || r->band != band))
            continue;
        size_t start = m;
        box rb = {0, 0, 0, 0};
        for (size_t k = 0; r && k < r->n; k++) {
            const piece *p = &L->pieces[r->first + k];
            int split = p->b.x0 < cut && p->b.x1 > cut;
            for (size_t j = 0; j < p->n; j++) {
                size_t wi = L->ord[p->first + j];
                const ocr_word *w = &rec->words[wi];
                int c = split ? (w->x0 + w->x1) / 2 : (p->b.x0 + p->b.x1) / 2;
                if ((c >= cut) == side) {
                    lines_box_add(&rb, w, m == start);
                    tmp[m++] = wi;
                }
            }
        }
        if (r && m == start)
            continue;
        if (r && open && same_line(&gb, &rb))
            continue;
        if (open) {
            /* Flush the line gathered so far; this row opens the next. */
            sort_by_x(rec, tmp, start);
            if (!any)
                new_para(e, 1);
            any = 1;
            emit_line(e, tmp, start);
            memmove(tmp, tmp + start, (m - start) * sizeof *tmp);
            m -= start;
        }
        gb = rb;
        open = 1;
    }
}

static void emit_zone(emitter *e, const lines *L, const size_t *top, int zone, int cut,
                      size_t *tmp)
{
    for (int band = 0; band < 2; band++)
        for (int side = 0; side < 2; side++)
            emit_cell(e, L, top, zone, band, side, cut, tmp);
    new_para(e, 1);
}

/* Stamp or noise words after the text, one block for each run. */
static void emit_rest(emitter *e, word_role role)
{
    int prev_line = -1, any = 0;
    for (size_t i = 0; i < e->rec->nwords; i++) {
        ocr_word w = e->rec->words[i];
        if (w.role != role)
            continue;
        if (!any) {
            e->block++;
            e->para++;
        }
        if (!any || w.line != prev_line)
            e->line++;
        any = 1;
        prev_line = w.line;
        w.block = e->block;
        w.para = e->para;
        w.line = e->line;
        e->out[e->nout++] = w;
    }
}

int ocr_layout_page(page_record *rec)
{
    return ocr_layout_page_ink(rec, NULL);
}

/* Take back what the stage set on rec when it fails: the words' roles,
 * the stamps and the blanks to review. The page keeps tesseract's order. */
static int undo(page_record *rec)
{
    for (size_t i = 0; i < rec->nwords; i++)
        rec->words[i].role = WORD_TEXT;
    for (size_t i = 0; i < rec->nstamps; i++) {
        free(rec->stamps[i].kind);
        free(rec->stamps[i].text);
    }
    free(rec->stamps);
    rec->stamps = NULL;
    rec->nstamps = 0;
    for (size_t i = 0; i < rec->nreviews; i++) {
        free(rec->reviews[i].field);
        free(rec->reviews[i].read);
    }
    free(rec->reviews);
    rec->reviews = NULL;
    rec->nreviews = 0;
    return -1;
}

/* The left and right edges of the text: of all pieces. */
static void text_edges(const lines *L, int *X0, int *X1)
{
    *X0 = *X1 = 0;
    for (size_t k = 0; k < L->npieces; k++) {
        if (!k || L->pieces[k].b.x0 < *X0)
            *X0 = L->pieces[k].b.x0;
        if (!k || L->pieces[k].b.x1 > *X1)
            *X1 = L->pieces[k].b.x1;
    }
}

/* The rows top to bottom: a header or footer zone cell by cell where its
 * first row stands, every other row as one line of the body. */
static void emit_rows(emitter *e, const lines *L, const size_t *top, int hcut, int fcut,
                      size_t *tmp)
{
    int done[3] = {0, 0, 0};
    int prev_block = -1, prev_para = -1;
    for (size_t i = 0; i < L->nrows; i++) {
        const row *r = &L->rows[i];
        if (r->zone) {
            if (!done[r->zone])
                emit_zone(e, L, top, r->zone, r->zone == 1 ? hcut : fcut, tmp);
            done[r->zone] = 1;
            prev_block = prev_para = -1;
            continue;
        }
        if (r->block != prev_block || r->para != prev_para)
            new_para(e, r->block != prev_block);
        prev_block = r->block;
        prev_para = r->para;
        size_t m = 0;
        for (size_t k = 0; k < r->n; k++)
            for (size_t j = 0; j < L->pieces[r->first + k].n; j++)
                tmp[m++] = L->ord[L->pieces[r->first + k].first + j];
        emit_line(e, tmp, m);
    }
}

int ocr_layout_page_ink(page_record *rec, const fillin_ink *ink)
{
    if (!rec->nwords)
        return 0;
    double H = lines_line_height(rec), space = lines_word_space(rec);
    double gap = CELL_GAP_H * H > CELL_GAP_SPACES * space ? CELL_GAP_H * H
                                                          : CELL_GAP_SPACES * space;
    lines L;
    if (lines_build(rec, gap, &L))
        return -1;
    int X0, X1;
    text_edges(&L, &X0, &X1);
    /* Roles are set on rec->words: undo() takes them back on failure. */
    stamp_mark_noise(rec, &L);
    int rc = stamp_find(rec, &L, H, X1 - X0);
    lines_free(&L);
    if (rc == 0)
        rc = lines_build(rec, gap, &L);
    if (rc)
        return undo(rec);

    size_t *top = malloc((L.nrows ? L.nrows : 1) * sizeof *top);
    size_t *tmp = malloc(rec->nwords * sizeof *tmp);
    emitter e = {.rec = rec, .block = -1, .para = -1, .line = -1};
    e.out = malloc(rec->nwords * sizeof *e.out);
    char *text = NULL;
    size_t tlen = 0;
    rc = -1;
    if (top && tmp && e.out) {
        for (size_t i = 0; i < L.nrows; i++)
            top[i] = i;
        sort_rows(top, L.nrows, L.rows);
        int W = X1 - X0;
        int hcut = header_zone(rec, &L, top, H, space, rec->height, X0, W);
        int fcut = footer_zone(&L, top, H, X0, W);
        if (hcut < 0 || !fillin_check(rec, &L, hcut, ink)) {
            emit_rows(&e, &L, top, hcut, fcut, tmp);
            emit_rest(&e, WORD_STAMP);
            emit_rest(&e, WORD_NOISE);
            text = sb_take(&e.text, &tlen);
            rc = text && e.nout == rec->nwords ? 0 : -1;
        }
    }
    if (rc == 0)
        memcpy(rec->words, e.out, rec->nwords * sizeof *e.out);
    free(e.out);
    free(top);
    free(tmp);
    lines_free(&L);
    if (rc) {
        free(text);
        return undo(rec);
    }
    free(rec->text);
    rec->text = text;
    rec->text_len = tlen;
    return 0;
}
