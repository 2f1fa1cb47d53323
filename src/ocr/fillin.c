/* fillin.c: hand-filled numbers and dates of a header left as marked
 * gaps when unreadable (fillin.h). */
#include "ocr/fillin.h"

#include <stdlib.h>
#include <string.h>

#include "common/sbuf.h"
#include "ocr/fold.h"

/* Where a header line's blanks are looked at for ink: the probe, or NULL
 * to judge by the text alone, and the page's line height. */
typedef struct {
    const fillin_ink *ink;
    double H;
} blank_look;

/* Is s[0..n) spaces and 1..max_digits ASCII digits with a value in lo..hi? */
static int number_in(const char *s, size_t n, int max_digits, long lo, long hi)
{
    long v = 0;
    int d = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ' ')
            continue;
        if (s[i] < '0' || s[i] > '9' || ++d > max_digits)
            return 0;
        v = 10 * v + (s[i] - '0');
    }
    return d > 0 && v >= lo && v <= hi;
}

/* The word's letters, folded ("Số:" -> "so", "ngày" -> "ngay"). */
static int is_word(const ocr_word *w, const char *letters)
{
    char f[32];
    int caps, digits;
    ocr_letters_of(w->text, f, sizeof f, &caps, &digits);
    return !digits && !strcmp(f, letters);
}

/* Give w the text t; tesseract's reading stays in raw. */
static int set_text(ocr_word *w, const char *t)
{
    char *s = strdup(t);
    if (!s)
        return -1;
    if (w->raw)
        free(w->text);
    else
        w->raw = w->text;
    w->text = s;
    return 0;
}

/* The x of w's box where its byte at starts, by its share of w's
 * characters (UTF-8 lead bytes): where a blank ends inside a word
 * ("Số:....", "2Š/2026/..."). */
static int x_at(const ocr_word *w, size_t at)
{
    size_t all = 0, before = 0;
    for (size_t i = 0; w->text[i]; i++)
        if (((unsigned char)w->text[i] & 0xC0) != 0x80) {
            all++;
            before += i < at;
        }
    return all ? w->x0 + (int)((long)(w->x1 - w->x0) * (long)before / (long)all) : w->x0;
}

/* Where the printed label w ("Số:", "ngày") ends: its box, unless that
 * runs on over a leader's dots tesseract took into the word ("ngày...",
 * "SỐ." 5 letters wide); a letter of these labels is about half a line
 * height wide. */
static int label_end(const ocr_word *w, double H)
{
    char f[32];
    int caps, digits;
    ocr_letters_of(w->text, f, sizeof f, &caps, &digits);
    int x = w->x0 + (int)((0.5 * (double)strlen(f) + 0.3) * H);
    return x < w->x1 ? x : w->x1;
}

/* Is the blank x0..x1 on the line y0..y1 empty of ink? 1 empty, 0 inked
 * or no image to tell by, -1 out of memory. The pen writes a little
 * above the printed line, so half a line above it counts; the edges of
 * the printed glyphs either side do not. */
static int blank_empty(const blank_look *look, int x0, int x1, int y0, int y1)
{
    if (!look->ink)
        return 0;
    int pad = (int)(look->H / 5);
    if (x1 - pad <= x0 + pad)
        return 0;   /* no room for a blank: nothing to tell */
    int ink = look->ink->has_ink(look->ink->ctx, x0 + pad, y0 - (int)(look->H / 2), x1 - pad,
                                 y1, look->H);
    return ink < 0 ? -1 : !ink;
}

/* An empty number blank (blank.h) is not text: what was read there (a
 * leader's dots, specks) becomes noise, the label and the slash word
 * keep their printed parts, "Số: /2026/TT-BCA", and nothing is listed
 * for review. */
static int clear_number(ocr_word **w, size_t s, size_t e, size_t head, size_t slash)
{
    sbuf t = {0};
    size_t len;
    if (e == s) {
        sb_add(&t, w[s]->text, head);
        sb_putc(&t, ' ');
        sb_puts(&t, w[s]->text + slash);
        char *txt = sb_take(&t, &len);
        int rc = txt ? set_text(w[s], txt) : -1;
        free(txt);
        return rc;
    }
    for (size_t i = s + 1; i < e; i++)
        w[i]->role = WORD_NOISE;
    if (strlen(w[s]->text) > head) {
        sb_add(&t, w[s]->text, head);
        char *label = sb_take(&t, &len);
        int rc = label ? set_text(w[s], label) : -1;
        free(label);
        if (rc)
            return -1;
    }
    if (slash > 0) {
        char *rest = strdup(w[e]->text + slash);
        int rc = rest ? set_text(w[e], rest) : -1;
        free(rest);
        return rc;
    }
    return 0;
}

static int add_review(page_record *rec, const char *field, const char *read, const box *b)
{
    page_review *r = realloc(rec->reviews, (rec->nreviews + 1) * sizeof *r);
    if (!r)
        return -1;
    rec->reviews = r;
    r += rec->nreviews;
    while (*read == ' ')
        read++;
    size_t n = strlen(read);
    while (n && read[n - 1] == ' ')
        n--;
    r->field = strdup(field);
    r->read = strndup(read, n);
    r->x0 = b->x0;
    r->y0 = b->y0;
    r->x1 = b->x1;
    r->y1 = b->y1;
    if (!r->field || !r->read) {
        free(r->field);
        free(r->read);
        return -1;
    }
    rec->nreviews++;
    return 0;
}

/* The number between the label w[s] (its first head bytes) and the slash
 * word w[e] (from byte slash on) is unreadable: the label keeps only
 * itself, words between become noise, and the gap mark goes before the
 * slash, "Số: [?]/2026/TT-BCA". */
static int fill_between(page_record *rec, ocr_word **w, size_t s, size_t e, size_t head,
                        size_t slash, const char *read)
{
    box b = {0, 0, 0, 0};
    for (size_t i = s; i <= e; i++)
        lines_box_add(&b, w[i], i == s);
    if (add_review(rec, "number", read, &b))
        return -1;
    if (strlen(w[s]->text) > head) {
        char *label = strndup(w[s]->text, head);
        int rc = label ? set_text(w[s], label) : -1;
        free(label);
        if (rc)
            return -1;
    }
    for (size_t i = s + 1; i < e; i++)
        w[i]->role = WORD_NOISE;
    sbuf t = {0};
    sb_puts(&t, FILLIN_GAP);
    sb_puts(&t, w[e]->text + slash);
    size_t len;
    char *txt = sb_take(&t, &len);
    int rc = txt ? set_text(w[e], txt) : -1;
    free(txt);
    return rc;
}

/* "Số: N/2026/TT-BCA" in words w[0..n): N, between the label and the first
 * "/" (or the dash of a Party committee's "Số 23-NQ/TU"), must be digits. The label may carry the number ("Số:25/2026/...")
 * and the number may run into the slash word ("2Š/2026/..."). */
static int check_number(page_record *rec, const blank_look *look, ocr_word **w, size_t n)
{
    size_t s = 0;
    while (s < n && !is_word(w[s], "so"))
        s++;
    size_t e = s;
    while (e < n && !strchr(w[e]->text, '/'))
        e++;
    if (s >= n || e >= n)
        return 0;   /* no "/": not a Decree 30 number */
    const char *colon = strchr(w[s]->text, ':');
    size_t head = colon ? (size_t)(colon - w[s]->text) + 1 : strlen(w[s]->text);
    size_t slash = (size_t)(strchr(w[e]->text, '/') - w[e]->text);
    sbuf num = {0};
    if (e == s) {
        if (slash >= head)
            sb_add(&num, w[s]->text + head, slash - head);
    } else {
        sb_puts(&num, w[s]->text + head);
        for (size_t i = s + 1; i < e; i++) {
            sb_putc(&num, ' ');
            sb_puts(&num, w[i]->text);
        }
        sb_putc(&num, ' ');
        sb_add(&num, w[e]->text, slash);
    }
    size_t len = 0;
    char *read = sb_take(&num, &len);
    if (!read && num.failed)
        return -1;
    /* a Party committee's number carries its type before the slash
     * ("Số 23-NQ/TU"): the digits end at the dash */
    size_t dash = read && strchr(read, '-') ? (size_t)(strchr(read, '-') - read) : len;
    int ok = read && number_in(read, dash, 5, 1, 99999);
    int rc = 0;
    if (!ok && (e > s || slash >= head)) {
        int x0 = strlen(w[s]->text) > head ? x_at(w[s], head) : w[s]->x1;
        int end = label_end(w[s], look->H);
        x0 = x0 < end ? x0 : end;
        int y0 = w[s]->y0 < w[e]->y0 ? w[s]->y0 : w[e]->y0;
        int y1 = w[s]->y1 > w[e]->y1 ? w[s]->y1 : w[e]->y1;
        int empty = blank_empty(look, x0, x_at(w[e], slash), y0, y1);
        if (empty) {
            rc = empty < 0 ? -1 : clear_number(w, s, e, head, slash);
            ok = 1;   /* printed text, not a gap */
        }
    }
    if (!ok && e == s && slash >= head) {
        /* one word: keep its label and what follows the slash */
        sbuf t = {0};
        sb_add(&t, w[s]->text, head);
        sb_puts(&t, FILLIN_GAP);
        sb_puts(&t, w[s]->text + slash);
        char *txt = sb_take(&t, &len);
        box b = {w[s]->x0, w[s]->y0, w[s]->x1, w[s]->y1};
        rc = txt ? add_review(rec, "number", read ? read : "", &b) : -1;
        if (rc == 0)
            rc = set_text(w[s], txt);
        free(txt);
    } else if (!ok && e > s) {
        rc = fill_between(rec, w, s, e, head, slash, read ? read : "");
    }
    free(read);
    return rc;
}

/* The value after the label w[at] ("ngày", "tháng") runs to the word whose
 * letters are next_label ("tháng", "năm"); it must be a number in lo..hi.
 * If not, the label gets the gap mark ("ngày [?]") and what was read
 * there becomes noise: the mark stays on the printed line even when the
 * pen's junk was read as a line of its own above it. */
static int check_value(page_record *rec, const blank_look *look, ocr_word **w, size_t n,
                       size_t at, const char *next_label, long lo, long hi)
{
    size_t end = at + 1;
    while (end < n && !is_word(w[end], next_label))
        end++;
    if (end >= n)
        return 0;   /* not the printed pattern: leave it */
    if (end == at + 2 && number_in(w[at + 1]->text, strlen(w[at + 1]->text), 2, lo, hi))
        return 0;
    int empty = blank_empty(look, label_end(w[at], look->H), w[end]->x0,
                            w[at]->y0 < w[end]->y0 ? w[at]->y0 : w[end]->y0,
                            w[at]->y1 > w[end]->y1 ? w[at]->y1 : w[end]->y1);
    if (empty) {
        /* an empty blank: what was read in it (dots, specks) is noise,
         * also the leader's dots run into the label ("ngày...") */
        for (size_t i = at + 1; i < end; i++)
            w[i]->role = WORD_NOISE;
        size_t len = strlen(w[at]->text);
        while (len && w[at]->text[len - 1] == '.')
            len--;
        if (empty < 0 || len == strlen(w[at]->text))
            return empty < 0 ? -1 : 0;
        char *label = strndup(w[at]->text, len);
        int rc = label ? set_text(w[at], label) : -1;
        free(label);
        return rc;
    }
    sbuf read = {0};
    box b = {w[at]->x1, w[at]->y0, w[end]->x0, w[at]->y1};
    for (size_t i = at + 1; i < end; i++) {
        if (i > at + 1)
            sb_putc(&read, ' ');
        sb_puts(&read, w[i]->text);
        lines_box_add(&b, w[i], i == at + 1);
        w[i]->role = WORD_NOISE;
    }
    size_t len;
    char *r = sb_take(&read, &len);
    int rc = add_review(rec, "date", r ? r : "", &b);
    free(r);
    sbuf t = {0};
    sb_puts(&t, w[at]->text);
    sb_puts(&t, " " FILLIN_GAP);
    char *txt = sb_take(&t, &len);
    if (rc == 0)
        rc = txt ? set_text(w[at], txt) : -1;
    free(txt);
    return rc;
}

/* "Hà Nội, ngày D tháng M năm 2026": D 1-31 and M 1-12 in digits. */
static int check_date(page_record *rec, const blank_look *look, ocr_word **w, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (is_word(w[i], "ngay") && check_value(rec, look, w, n, i, "thang", 1, 31))
            return -1;
        if (is_word(w[i], "thang") && check_value(rec, look, w, n, i, "nam", 1, 12))
            return -1;
    }
    return 0;
}

/* Do rows a and b share most of their height (one printed line)? */
static int same_line(const box *a, const box *b)
{
    int top = a->y0 > b->y0 ? a->y0 : b->y0, bot = a->y1 < b->y1 ? a->y1 : b->y1;
    int ha = a->y1 - a->y0, hb = b->y1 - b->y0;
    return 2 * (bot - top) >= (ha < hb ? ha : hb);
}

/* The words on one side of the cut (0 left, 1 right) of the header rows
 * that make one printed line with row i, left to right, into w; how many.
 * Rows, not a piece: the blank a pen was meant to fill ("Số:      /2026",
 * "ngày      tháng") is wider than the gap between cells, so the line is
 * cut into pieces there, and the pen's digits, written above the line,
 * are often a row of their own. Rows taken are marked in done. */
static size_t line_words(page_record *rec, const lines *L, size_t i, int cut, int side,
                         char *done, ocr_word **w)
{
    size_t n = 0;
    for (size_t j = i; j < L->nrows; j++) {
        const row *r = &L->rows[j];
        if (r->zone != 1 || (j > i && (done[j] || !same_line(&L->rows[i].b, &r->b))))
            continue;
        for (size_t k = 0; k < r->n; k++) {
            const piece *p = &L->pieces[r->first + k];
            if (((p->b.x0 + p->b.x1) / 2 >= cut) != side)
                continue;
            for (size_t m = 0; m < p->n; m++)
                w[n++] = &rec->words[L->ord[p->first + m]];
        }
    }
    for (size_t a = 1; a < n; a++) {   /* by left edge: a few words */
        ocr_word *v = w[a];
        size_t b = a;
        for (; b > 0 && w[b - 1]->x0 > v->x0; b--)
            w[b] = w[b - 1];
        w[b] = v;
    }
    return n;
}

/* Mark the rows of line i as taken. */
static void take_line(const lines *L, size_t i, char *done)
{
    for (size_t j = i; j < L->nrows; j++)
        if (L->rows[j].zone == 1 && (j == i || same_line(&L->rows[i].b, &L->rows[j].b)))
            done[j] = 1;
}

int fillin_check(page_record *rec, const lines *L, int cut, const fillin_ink *ink)
{
    blank_look look = {ink, lines_line_height(rec)};
    ocr_word **w = malloc((rec->nwords ? rec->nwords : 1) * sizeof *w);
    char *done = calloc(L->nrows ? L->nrows : 1, 1);
    int rc = w && done ? 0 : -1;
    for (size_t i = 0; i < L->nrows && rc == 0; i++) {
        if (L->rows[i].zone != 1 || done[i])
            continue;
        /* the number heads the left cell, the date ends the right one */
        size_t n = line_words(rec, L, i, cut, 0, done, w);
        rc = check_number(rec, &look, w, n);
        n = line_words(rec, L, i, cut, 1, done, w);
        if (rc == 0)
            rc = check_date(rec, &look, w, n);
        take_line(L, i, done);
    }
    free(w);
    free(done);
    return rc;
}
