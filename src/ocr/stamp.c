/* stamp.c: received stamps and printed rules on a page (stamp.h). */
#include "ocr/stamp.h"

#include <stdlib.h>
#include <string.h>

#include "common/sbuf.h"
#include "ocr/fold.h"

void stamp_mark_noise(page_record *rec, const lines *L)
{
    for (size_t k = 0; k < L->npieces; k++) {
        const piece *p = &L->pieces[k];
        int alnum = 0;
        for (size_t j = 0; j < p->n && !alnum; j++)
            alnum = ocr_has_alnum(rec->words[L->ord[p->first + j]].text);
        /* "./." closes a Decree 30 text and "-" opens a list item. */
        if (alnum || !strcmp(p->fold, "./.") || !strcmp(p->fold, "-"))
            continue;
        for (size_t j = 0; j < p->n; j++)
            rec->words[L->ord[p->first + j]].role = WORD_NOISE;
    }
}

static int is_den(const char *text)
{
    char l[16];
    int caps, digits;
    ocr_letters_of(text, l, sizeof l, &caps, &digits);
    return caps && !digits && !strcmp(l, "den");
}

/* A fill-in line of the stamp: dot leaders after one of its labels. The
 * label is the word itself ("Giờ:......") or the word before it. */
static int fill_label(const page_record *rec, size_t i)
{
    static const char *const labels[] = {"gio", "ngay", "chuyen", "so"};
    const ocr_word *w = &rec->words[i];
    if (!strstr(w->text, "...") && !strstr(w->text, "\xe2\x80\xa6"))
        return -1;
    char l[64];
    int caps, digits;
    ocr_letters_of(w->text, l, sizeof l, &caps, &digits);
    for (int k = 0; k < 4; k++)
        if (!strncmp(l, labels[k], strlen(labels[k])))
            return k;
    if (i > 0 && rec->words[i - 1].line == w->line) {
        ocr_letters_of(rec->words[i - 1].text, l, sizeof l, &caps, &digits);
        for (int k = 0; k < 4; k++)
            if (!strcmp(l, labels[k]))
                return k;
    }
    return -1;
}

/* A label of the stamp with its colon ("Số:", "Ngày:"): beside a "ĐẾN"
 * even when OCR lost the dots after it. */
static int label_colon(const char *text)
{
    static const char *const labels[] = {"gio", "ngay", "chuyen", "so"};
    if (!strchr(text, ':'))
        return 0;
    char l[64];
    int caps, digits;
    ocr_letters_of(text, l, sizeof l, &caps, &digits);
    for (int k = 0; k < 4; k++)
        if (!strncmp(l, labels[k], strlen(labels[k])))
            return 1;
    return 0;
}

static int cx(const ocr_word *w) { return (w->x0 + w->x1) / 2; }
static int cy(const ocr_word *w) { return (w->y0 + w->y1) / 2; }

static int add_stamp(page_record *rec, const box *b, const int *mine)
{
    page_stamp *s = realloc(rec->stamps, (rec->nstamps + 1) * sizeof *s);
    if (!s)
        return -1;
    rec->stamps = s;
    sbuf t = {0};
    int line = -1;
    for (size_t i = 0; i < rec->nwords; i++) {
        if (!mine[i])
            continue;
        if (t.len)
            sb_putc(&t, rec->words[i].line != line ? '\n' : ' ');
        sb_puts(&t, rec->words[i].text);
        line = rec->words[i].line;
    }
    s = &rec->stamps[rec->nstamps];
    s->kind = strdup("received");
    s->text = sb_take(&t, NULL);
    if (!s->kind || !s->text) {
        free(s->kind);
        free(s->text);
        return -1;
    }
    s->x0 = b->x0;
    s->y0 = b->y0;
    s->x1 = b->x1;
    s->y1 = b->y1;
    rec->nstamps++;
    return 0;
}

/* A thin horizontal printed line: tesseract hands rules over as words
 * without text (or with rule characters), noise by now. */
static int is_hrule(const ocr_word *w, double H)
{
    return w->role == WORD_NOISE && w->y1 - w->y0 <= 0.4 * H && w->x1 - w->x0 >= 4 * H &&
           w->x1 - w->x0 <= 25 * H;
}

/* Take the text words whose centre lies in r (and that are not protected)
 * as one received stamp. */
static int take_stamp(page_record *rec, const box *r, const int *protect, int *mine)
{
    size_t n = rec->nwords;
    memset(mine, 0, n * sizeof *mine);
    box got = *r;
    int first = 1;
    for (size_t i = 0; i < n; i++) {
        ocr_word *w = &rec->words[i];
        if (w->role != WORD_TEXT || protect[i])
            continue;
        if (cx(w) < r->x0 || cx(w) > r->x1 || cy(w) < r->y0 || cy(w) > r->y1)
            continue;
        mine[i] = 1;
        w->role = WORD_STAMP;
        lines_box_add(&got, w, first);
        first = 0;
    }
    if (first)
        return 0;
    return add_stamp(rec, &got, mine);
}

/* Find received stamps, the dấu ĐẾN of Decree 30 (Phụ lục IV): a ruled
 * frame, about 35 x 50 mm, with the receiving body's name on top, a large
 * "ĐẾN" and fill-in lines "Số:", "Ngày:", "Giờ:", "Chuyển:".
 *  1. A frame (the nearest rule below a rule, 1.5 to 12 line heights
 *     down, over the same stretch) holding a "ĐẾN" or two fill-in labels:
 *     the words inside are the stamp.
 *  2. Without a frame read: "ĐẾN" in capitals with a fill-in line (dot
 *     leaders after a label, or a label and colon to its right) close by,
 *     or two fill-in lines with different labels one above the other. The
 *     words whose centre lies in their box, widened by about a line height
 *     (the receiving body's name sits above the first fill-in line), are
 *     the stamp.
 * Words of long pieces (body lines the stamp touches) and of the motto
 * (its second line often runs close above a stamp) are never taken. */
int stamp_find(page_record *rec, const lines *L, double H, int text_w)
{
    size_t n = rec->nwords;
    int *seed = calloc(n ? n : 1, sizeof *seed);
    int *mine = calloc(n ? n : 1, sizeof *mine);
    int *protect = calloc(n ? n : 1, sizeof *protect);
    int rc = 0;
    if (!seed || !mine || !protect) {
        rc = -1;
        goto done;
    }
    for (size_t k = 0; k < L->npieces; k++) {
        const piece *p = &L->pieces[k];
        int keep = strstr(p->fold, "doc lap") || strstr(p->fold, "hanh phuc") ||
                   strstr(p->fold, "cong hoa") || p->b.x1 - p->b.x0 >= 0.6 * text_w;
        for (size_t j = 0; j < p->n; j++)
            protect[L->ord[p->first + j]] = keep;
    }
    /* 1. frames */
    for (size_t t = 0; t < n && rc == 0; t++) {
        const ocr_word *top = &rec->words[t];
        if (!is_hrule(top, H))
            continue;
        const ocr_word *bot = NULL;
        for (size_t u = 0; u < n; u++) {
            const ocr_word *w = &rec->words[u];
            int over = (w->x1 < top->x1 ? w->x1 : top->x1) - (w->x0 > top->x0 ? w->x0 : top->x0);
            int shorter = w->x1 - w->x0 < top->x1 - top->x0 ? w->x1 - w->x0 : top->x1 - top->x0;
            if (u == t || !is_hrule(w, H) || over < 0.8 * shorter || w->y0 - top->y1 < 1.5 * H ||
                w->y0 - top->y1 > 12 * H || (bot && w->y0 >= bot->y0))
                continue;
            bot = w;
        }
        if (!bot)
            continue;
        /* Where both rules run: a rule read together with a neighbouring
         * one is longer than the frame. */
        box fr = {top->x0 > bot->x0 ? top->x0 : bot->x0, top->y1,
                  top->x1 < bot->x1 ? top->x1 : bot->x1, bot->y0};
        int den = 0, labels = 0;
        box anchors = fr;   /* the anchors' box once one is seen */
        for (size_t i = 0; i < n; i++) {
            const ocr_word *w = &rec->words[i];
            if (w->role != WORD_TEXT || cx(w) < fr.x0 || cx(w) > fr.x1 || cy(w) < fr.y0 ||
                cy(w) > fr.y1)
                continue;
            int d = is_den(w->text), l = fill_label(rec, i) >= 0 || label_colon(w->text);
            if (d || l)
                lines_box_add(&anchors, w, !den && !labels);
            den |= d;
            labels += l;
        }
        if (!den && labels < 2)
            continue;
        /* The rule under the receiving body's name can pass for the top of
         * the frame: reach above the fill-in lines as in 2. */
        if (anchors.y0 - 1.3 * H < fr.y0)
            fr.y0 = (int)(anchors.y0 - 1.3 * H);
        /* The frame's sides read as "|" or ":" sit on its edge. (Not
         * above or below: the number line often runs just over a stamp.) */
        box r = {fr.x0 - (int)(H / 2), fr.y0, fr.x1 + (int)(H / 2), fr.y1};
        rc = take_stamp(rec, &r, protect, mine);
    }
    /* 2. anchors without a frame */
    for (size_t a = 0; a < n && rc == 0; a++) {
        const ocr_word *wa = &rec->words[a];
        if (wa->role != WORD_TEXT || seed[a])
            continue;
        int den = is_den(wa->text), la = den ? -1 : fill_label(rec, a);
        if (!den && la < 0)
            continue;
        box b = {wa->x0, wa->y0, wa->x1, wa->y1};
        int support = 0;
        for (size_t f = 0; f < n; f++) {
            const ocr_word *wf = &rec->words[f];
            if (f == a || wf->role != WORD_TEXT || seed[f])
                continue;
            int lf = fill_label(rec, f);
            int beside = den && lf < 0 && wf->x0 >= wa->x1 && abs(cy(wf) - cy(wa)) <= 2 * H &&
                         label_colon(wf->text);
            if ((lf < 0 && !beside) || (!den && (lf == la || wf->line == wa->line)))
                continue;
            int ok = den ? cx(wf) >= wa->x0 - 3 * H && cx(wf) <= wa->x1 + 14 * H &&
                               cy(wf) >= wa->y0 - 4 * H && cy(wf) <= wa->y1 + 4 * H
                         : abs(cx(wf) - cx(wa)) <= 10 * H && abs(cy(wf) - cy(wa)) <= 4 * H;
            if (!ok)
                continue;
            seed[f] = 1;
            support++;
            lines_box_add(&b, wf, 0);
        }
        if (!support)
            continue;
        seed[a] = 1;
        box r = {(int)(b.x0 - 1.5 * H), (int)(b.y0 - 1.3 * H), (int)(b.x1 + 1.5 * H),
                 (int)(b.y1 + 1.5 * H)};
        rc = take_stamp(rec, &r, protect, mine);
    }
done:
    free(seed);
    free(mine);
    free(protect);
    return rc;
}
