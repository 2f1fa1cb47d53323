/* fillin.c: hand-filled numbers and dates of a header left as marked
 * gaps when unreadable (fillin.h). */
#include "ocr/fillin.h"

#include <stdlib.h>
#include <string.h>

#include "common/sbuf.h"
#include "ocr/fold.h"

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

/* The words w[a..b) hold an unreadable fill-in: the first becomes the gap
 * mark, the others noise (out of the text, kept for ALTO and the PDF). */
static int gap_words(page_record *rec, ocr_word **w, size_t a, size_t b, const char *field)
{
    sbuf read = {0};
    box bx = {0, 0, 0, 0};
    for (size_t i = a; i < b; i++) {
        if (i > a)
            sb_putc(&read, ' ');
        sb_puts(&read, w[i]->text);
        lines_box_add(&bx, w[i], i == a);
    }
    size_t len = 0;
    char *s = sb_take(&read, &len);
    int rc = s ? add_review(rec, field, s, &bx) : -1;
    free(s);
    if (rc == 0)
        rc = set_text(w[a], FILLIN_GAP);
    for (size_t i = a + 1; i < b; i++)
        w[i]->role = WORD_NOISE;
    return rc;
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
static int check_number(page_record *rec, ocr_word **w, size_t n)
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
 * Junk becomes the gap mark; nothing read at all gets the mark after the
 * label ("ngày [?]"). */
static int check_value(page_record *rec, ocr_word **w, size_t n, size_t at,
                       const char *next_label, long lo, long hi)
{
    size_t end = at + 1;
    while (end < n && !is_word(w[end], next_label))
        end++;
    if (end >= n)
        return 0;   /* not the printed pattern: leave it */
    if (end == at + 2 && number_in(w[at + 1]->text, strlen(w[at + 1]->text), 2, lo, hi))
        return 0;
    if (end > at + 1)
        return gap_words(rec, w, at + 1, end, "date");
    box b = {w[at]->x1, w[at]->y0, w[end]->x0, w[at]->y1};
    if (add_review(rec, "date", "", &b))
        return -1;
    sbuf t = {0};
    sb_puts(&t, w[at]->text);
    sb_puts(&t, " " FILLIN_GAP);
    size_t len;
    char *txt = sb_take(&t, &len);
    int rc = txt ? set_text(w[at], txt) : -1;
    free(txt);
    return rc;
}

/* "Hà Nội, ngày D tháng M năm 2026": D 1-31 and M 1-12 in digits. */
static int check_date(page_record *rec, ocr_word **w, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (is_word(w[i], "ngay") && check_value(rec, w, n, i, "thang", 1, 31))
            return -1;
        if (is_word(w[i], "thang") && check_value(rec, w, n, i, "nam", 1, 12))
            return -1;
    }
    return 0;
}

int fillin_check(page_record *rec, const lines *L, int cut)
{
    ocr_word **w = malloc((rec->nwords ? rec->nwords : 1) * sizeof *w);
    if (!w)
        return -1;
    int rc = 0;
    for (size_t k = 0; k < L->npieces && rc == 0; k++) {
        const piece *p = &L->pieces[k];
        if (L->rows[p->row].zone != 1)
            continue;
        for (size_t j = 0; j < p->n; j++)
            w[j] = &rec->words[L->ord[p->first + j]];
        /* the number heads the left cell, the date ends the right one */
        if ((p->b.x0 + p->b.x1) / 2 < cut)
            rc = check_number(rec, w, p->n);
        else if (strstr(p->fold, "ngay") && strstr(p->fold, "thang"))
            rc = check_date(rec, w, p->n);
    }
    free(w);
    return rc;
}
