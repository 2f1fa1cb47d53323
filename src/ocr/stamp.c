/* stamp.c: received stamps and printed rules on a page (stamp.h). */
#include "ocr/stamp.h"

#include <stdlib.h>
#include <string.h>

#include "common/decree30.h"
#include "common/sbuf.h"
#include "ocr/fold.h"

/* A printed rule that tesseract read as one long run of letters
 * ("NEETtSRWEEUTBIENIRED" under a ministry's name, seen on a development
 * page with the rule thickened by a scan): a lone word, several times as
 * wide as it is high, to which tesseract itself gives no confidence. Words
 * of text get at least a few points. */
static int rule_read_as_word(const page_record *rec, const lines *L, const piece *p)
{
    if (p->n != 1)
        return 0;
    const ocr_word *w = &rec->words[L->ord[p->first]];
    return w->conf < 1.0f && w->x1 - w->x0 > 4 * (w->y1 - w->y0);
}

void stamp_mark_noise(page_record *rec, const lines *L)
{
    for (size_t k = 0; k < L->npieces; k++) {
        const piece *p = &L->pieces[k];
        int alnum = 0;
        for (size_t j = 0; j < p->n && !alnum; j++)
            alnum = ocr_has_alnum(rec->words[L->ord[p->first + j]].text);
        if (rule_read_as_word(rec, L, p))
            alnum = 0;
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

/* Word i is "ĐẾN", or starts it spelt out in three capitals that OCR
 * read as words of their own ("Đ" "Ề" "N": the stamp's large letters are
 * spaced). */
static int den_at(const page_record *rec, size_t i, double H)
{
    if (is_den(rec->words[i].text))
        return 1;
    static const char want[] = "den";
    for (size_t k = 0; k < 3; k++) {
        if (i + k >= rec->nwords)
            return 0;
        const ocr_word *w = &rec->words[i + k];
        char l[8];
        int caps, digits;
        ocr_letters_of(w->text, l, sizeof l, &caps, &digits);
        if (!caps || digits || l[0] != want[k] || l[1] || w->role != WORD_TEXT)
            return 0;
        if (k && (w->line != rec->words[i].line || w->x0 - rec->words[i + k - 1].x1 > H))
            return 0;
    }
    return 1;
}

/* The stamp's fill-in labels, folded: Giờ, Ngày, Chuyển, Số. */
static const char *const labels[] = {"gio", "ngay", "chuyen", "so"};

/* Which label the folded letters start with, or -1. */
static int label_prefix(const char *letters)
{
    for (int k = 0; k < 4; k++)
        if (!strncmp(letters, labels[k], strlen(labels[k])))
            return k;
    return -1;
}

/* A fill-in line of the stamp: dot leaders after one of its labels. The
 * label is the word itself ("Giờ:......") or the word before it. */
static int fill_label(const page_record *rec, size_t i)
{
    const ocr_word *w = &rec->words[i];
    if (!strstr(w->text, "...") && !strstr(w->text, "\xe2\x80\xa6"))
        return -1;
    char l[64];
    int caps, digits;
    ocr_letters_of(w->text, l, sizeof l, &caps, &digits);
    int k = label_prefix(l);
    if (k >= 0 || i == 0 || rec->words[i - 1].line != w->line)
        return k;
    ocr_letters_of(rec->words[i - 1].text, l, sizeof l, &caps, &digits);
    k = label_prefix(l);
    return k >= 0 && !strcmp(l, labels[k]) ? k : -1;
}

/* A label of the stamp with its colon ("Số:", "Ngày:"): beside a "ĐẾN"
 * even when OCR lost the dots after it. */
static int label_colon(const char *text)
{
    if (!strchr(text, ':'))
        return 0;
    char l[64];
    int caps, digits;
    ocr_letters_of(text, l, sizeof l, &caps, &digits);
    return label_prefix(l) >= 0;
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

/* A printed line: tesseract hands rules over as words without text (or
 * with rule characters), noise by now. Thin across, long along; a stamp
 * put on askew (up to 4 degrees) widens a rule's box by 7 % of its length. */
static int is_hrule(const ocr_word *w, double H)
{
    int len = w->x1 - w->x0;
    return w->role == WORD_NOISE && w->y1 - w->y0 <= 0.4 * H + 0.07 * len && len >= 4 * H &&
           len <= 25 * H;
}

static int is_vrule(const ocr_word *w, double H)
{
    int len = w->y1 - w->y0;
    return w->role == WORD_NOISE && w->x1 - w->x0 <= 0.4 * H + 0.07 * len && len >= 3 * H &&
           len <= 15 * H;
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

/* A frame holding a "ĐẾN" or two fill-in labels is a stamp: take the words
 * inside. 0, or -1 when out of memory. */
static int take_framed(page_record *rec, box fr, double H, const int *protect, int *mine)
{
    /* The frame's sides read as "|" or ":" sit on its edge: half a line
     * height more at the sides. (Not above or below: the number line often
     * runs just over a stamp.) A rule's box may also stop short of the
     * corner, so the anchors are looked for two line heights further out
     * and the stamp reaches as far as they do. */
    fr.x0 -= (int)(H / 2);
    fr.x1 += (int)(H / 2);
    int den = 0, labels = 0;
    box anchors = fr;   /* the anchors' box once one is seen */
    for (size_t i = 0; i < rec->nwords; i++) {
        const ocr_word *w = &rec->words[i];
        if (w->role != WORD_TEXT || cx(w) < fr.x0 - 2 * H || cx(w) > fr.x1 + 2 * H ||
            cy(w) < fr.y0 || cy(w) > fr.y1)
            continue;
        int d = den_at(rec, i, H), l = fill_label(rec, i) >= 0 || label_colon(w->text);
        if (d || l)
            lines_box_add(&anchors, w, !den && !labels);
        den |= d;
        labels += l;
    }
    if (!den && labels < 2)
        return 0;
    /* The rule under the receiving body's name can pass for the top of the
     * frame: reach above the fill-in lines as without a frame. */
    if (anchors.y0 - 1.3 * H < fr.y0)
        fr.y0 = (int)(anchors.y0 - 1.3 * H);
    if (anchors.x0 < fr.x0)
        fr.x0 = anchors.x0;
    if (anchors.x1 > fr.x1)
        fr.x1 = anchors.x1;
    return take_stamp(rec, &fr, protect, mine);
}

/* Find received stamps, the dấu ĐẾN of Decree 30 (Phụ lục IV): a ruled
 * frame, about 35 x 50 mm, with the receiving body's name on top, a large
 * "ĐẾN" and fill-in lines "Số:", "Ngày:", "Giờ:", "Chuyển:".
 *  1. A frame (the nearest rule below a rule, 1.5 to 12 line heights
 *     down, over the same stretch; or the nearest rule right of an upright
 *     one, 4 to 25 line heights across, over the same height) holding a
 *     "ĐẾN" or two fill-in labels: the words inside are the stamp.
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
        int keep = d30_has_motto_word(p->fold) || p->b.x1 - p->b.x0 >= 0.6 * text_w;
        for (size_t j = 0; j < p->n; j++)
            protect[L->ord[p->first + j]] = keep;
    }
    /* 1. frames: a rule and the nearest one under it over the same stretch,
     * or a rule and the nearest one to its right over the same height */
    for (size_t t = 0; t < n && rc == 0; t++) {
        const ocr_word *one = &rec->words[t], *two = NULL;
        int horizontal = is_hrule(one, H);
        if (!horizontal && !is_vrule(one, H))
            continue;
        for (size_t u = 0; u < n; u++) {
            const ocr_word *w = &rec->words[u];
            if (u == t || (horizontal ? !is_hrule(w, H) : !is_vrule(w, H)))
                continue;
            int a0 = horizontal ? one->x0 : one->y0, a1 = horizontal ? one->x1 : one->y1;
            int b0 = horizontal ? w->x0 : w->y0, b1 = horizontal ? w->x1 : w->y1;
            int over = (a1 < b1 ? a1 : b1) - (a0 > b0 ? a0 : b0);
            int shorter = a1 - a0 < b1 - b0 ? a1 - a0 : b1 - b0;
            int gap = horizontal ? w->y0 - one->y1 : w->x0 - one->x1;
            int near = horizontal ? (two ? two->y0 : 0) : (two ? two->x0 : 0);
            if (over < (horizontal ? 0.8 : 0.5) * shorter || gap < (horizontal ? 1.5 : 4) * H ||
                gap > (horizontal ? 12 : 25) * H || (two && (horizontal ? w->y0 : w->x0) >= near))
                continue;
            two = w;
        }
        if (!two)
            continue;
        /* Where both rules run: a rule read together with a neighbouring
         * one is longer than the frame. */
        box fr = horizontal ? (box){one->x0 > two->x0 ? one->x0 : two->x0, one->y1,
                                    one->x1 < two->x1 ? one->x1 : two->x1, two->y0}
                            : (box){one->x1, one->y0 > two->y0 ? one->y0 : two->y0, two->x0,
                                    one->y1 < two->y1 ? one->y1 : two->y1};
        rc = take_framed(rec, fr, H, protect, mine);
    }
    /* 2. anchors without a frame */
    for (size_t a = 0; a < n && rc == 0; a++) {
        const ocr_word *wa = &rec->words[a];
        if (wa->role != WORD_TEXT || seed[a])
            continue;
        int den = den_at(rec, a, H), la = den ? -1 : fill_label(rec, a);
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
