/* layout.c: cells, stamps and the reading order of an OCR'd page (layout.h). */
#include "ocr/layout.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/sbuf.h"

/* Two words of a line further apart than both this many line heights and
 * this many ordinary spaces belong to different cells: a justified body
 * line stretches its spaces to about twice the ordinary one, while the gap
 * between a Decree 30 header's cells is several spaces wide (8 mm, five
 * spaces, the narrowest seen). */
#define CELL_GAP_H 1.0
#define CELL_GAP_SPACES 4.0
/* A header's bands are separated by more than ordinary leading. */
#define BAND_GAP 1.2

typedef struct {
    int x0, y0, x1, y1;
} box;

typedef struct {
    size_t first, n;        /* its words: ord[first .. first + n) */
    box b;
    int row;
    char *fold;             /* folded text (see fold_text) */
} piece;

typedef struct {
    size_t first, n;        /* its pieces, left to right */
    box b;
    int block, para;        /* tesseract's, from the first word */
    int zone;               /* 0: none, 1: header, 2: footer */
    int band;               /* header: 0 or 1 */
} row;

typedef struct {
    size_t *ord;            /* word indexes in tesseract's order */
    size_t nord;
    piece *pieces;
    size_t npieces;
    row *rows;
    size_t nrows;
} lines;

/* ---- letters ---------------------------------------------------------- */

/* The Vietnamese letters with marks, by base letter, so that anchors such
 * as "ĐẾN" or "Nơi nhận" match whatever marks OCR gave them. */
static const struct {
    char base;
    const char *lower, *upper;
} vn_letters[] = {
    {'a', "àáảãạăằắẳẵặâầấẩẫậ", "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ"},
    {'d', "đð", "ĐÐ"},
    {'e', "èéẻẽẹêềếểễệ", "ÈÉẺẼẸÊỀẾỂỄỆ"},
    {'i', "ìíỉĩị", "ÌÍỈĨỊ"},
    {'o', "òóỏõọôồốổỗộơờớởỡợ", "ÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ"},
    {'u', "ùúủũụưừứửữự", "ÙÚỦŨỤƯỪỨỬỮỰ"},
    {'y', "ỳýỷỹỵ", "ỲÝỶỸỴ"},
};

static int in_set(const char *set, long cp)
{
    size_t n = strlen(set), i = 0;
    while (i < n) {
        size_t used = 1;
        if (utf8_decode((const unsigned char *)set + i, n - i, &used) == cp)
            return 1;
        i += used ? used : 1;
    }
    return 0;
}

/* Lower-case ASCII base letter or digit of cp, '?' for another letter, 0
 * for anything else; *upper tells a capital. */
static char fold_cp(long cp, int *upper)
{
    *upper = 0;
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z') {
            *upper = 1;
            return (char)(cp + 32);
        }
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'))
            return (char)cp;
        return 0;
    }
    for (size_t k = 0; k < sizeof vn_letters / sizeof vn_letters[0]; k++) {
        if (in_set(vn_letters[k].lower, cp))
            return vn_letters[k].base;
        if (in_set(vn_letters[k].upper, cp)) {
            *upper = 1;
            return vn_letters[k].base;
        }
    }
    /* Other Latin letters (OCR gives "ö", "Ï" on smudges); symbols and
     * punctuation (U+2000 on, × and ÷) are not letters. */
    if (cp >= 0xC0 && cp < 0x2000 && cp != 0xD7 && cp != 0xF7)
        return '?';
    return 0;
}

/* s folded: letters and digits as fold_cp, ASCII punctuation kept, other
 * symbols '~', words separated by one space. */
static void fold_into(sbuf *b, const char *s)
{
    size_t n = strlen(s), i = 0;
    while (i < n) {
        size_t used = 1;
        long cp = utf8_decode((const unsigned char *)s + i, n - i, &used);
        i += used ? used : 1;
        int up;
        char f = fold_cp(cp, &up);
        if (!f)
            f = cp == 0x2026 ? '.' : cp > 0x20 && cp < 0x80 ? (char)cp : '~';
        sb_putc(b, f);
        if (cp == 0x2026)
            sb_puts(b, "..");
    }
}

/* Only the letters of s, folded; *caps: every letter a capital. */
static void letters_of(const char *s, char *out, size_t cap, int *caps, int *digits)
{
    size_t n = strlen(s), i = 0, k = 0;
    *caps = 1;
    *digits = 0;
    while (i < n) {
        size_t used = 1;
        long cp = utf8_decode((const unsigned char *)s + i, n - i, &used);
        i += used ? used : 1;
        int up;
        char f = fold_cp(cp, &up);
        if (f >= '0' && f <= '9')
            (*digits)++;
        else if (f) {
            if (!up)
                *caps = 0;
            if (k + 1 < cap)
                out[k++] = f;
        }
    }
    out[k] = 0;
}

static int has_alnum(const char *s)
{
    size_t n = strlen(s), i = 0;
    while (i < n) {
        size_t used = 1;
        long cp = utf8_decode((const unsigned char *)s + i, n - i, &used);
        i += used ? used : 1;
        int up;
        if (fold_cp(cp, &up))
            return 1;
    }
    return 0;
}

/* ---- lines and pieces ------------------------------------------------- */

static void box_add(box *b, const ocr_word *w, int first)
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

static void lines_free(lines *L)
{
    for (size_t i = 0; i < L->npieces; i++)
        free(L->pieces[i].fold);
    free(L->ord);
    free(L->pieces);
    free(L->rows);
    memset(L, 0, sizeof *L);
}

/* Rows (tesseract's text lines) and their pieces, over the words whose
 * role is WORD_TEXT, cut at gaps wider than gap pixels. */
static int lines_build(const page_record *rec, double gap, lines *L)
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
        box_add(&p->b, w, p->n == 0);
        box_add(&r->b, w, r->n == 1 && p->n == 0);
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
            fold_into(&b, rec->words[L->ord[p->first + j]].text);
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

/* The median height of lines of more than one word: the page's line height. */
static double line_height(const page_record *rec)
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
                box_add(&b, &rec->words[j], j == i);
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

/* The median gap between neighbouring words of a line: an ordinary space. */
static double word_space(const page_record *rec)
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

/* ---- noise and stamps ------------------------------------------------- */

static void mark_noise(page_record *rec, const lines *L)
{
    for (size_t k = 0; k < L->npieces; k++) {
        const piece *p = &L->pieces[k];
        int alnum = 0;
        for (size_t j = 0; j < p->n && !alnum; j++)
            alnum = has_alnum(rec->words[L->ord[p->first + j]].text);
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
    letters_of(text, l, sizeof l, &caps, &digits);
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
    letters_of(w->text, l, sizeof l, &caps, &digits);
    for (int k = 0; k < 4; k++)
        if (!strncmp(l, labels[k], strlen(labels[k])))
            return k;
    if (i > 0 && rec->words[i - 1].line == w->line) {
        letters_of(rec->words[i - 1].text, l, sizeof l, &caps, &digits);
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
    letters_of(text, l, sizeof l, &caps, &digits);
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
        box_add(&got, w, first);
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
static int find_stamps(page_record *rec, const lines *L, double H, int text_w)
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
                box_add(&anchors, w, !den && !labels);
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
            box_add(&b, wf, 0);
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

/* Mark the header zone: from the top of the page down to the first row
 * that spans both cells, split at the left edge of the national motto. */
static int header_zone(const page_record *rec, lines *L, const size_t *top, double H,
                       int page_h, int X0, int W)
{
    static const char *const motto[] = {"cong hoa", "chu nghia", "doc lap", "hanh phuc"};
    int cut = -1, motto_y1 = -1;
    for (size_t k = 0; k < L->npieces; k++) {
        const piece *p = &L->pieces[k];
        if (p->b.y0 > 0.35 * page_h)
            continue;
        for (int m = 0; m < 4; m++) {
            const char *at = strstr(p->fold, motto[m]);
            if (!at)
                continue;
            /* The motto's first word: tesseract may have read the issuer
             * into the same line. */
            size_t word = 0;
            for (const char *c = p->fold; c < at; c++)
                word += *c == ' ';
            const ocr_word *w = &rec->words[L->ord[p->first + (word < p->n ? word : 0)]];
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
        int below = r->b.y0 > motto_y1, number = 0, date = 0, right = 0;
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

/* Mark the footer zone: from the row of "Nơi nhận" (or of the signer's
 * TM./KT./TL./TUQ. line) to the end of the page or the first row that
 * spans both columns, split at the left edge of the signer's block. */
static int footer_zone(lines *L, const size_t *top, double H, int X0, int W)
{
    const piece *noi = NULL, *sig = NULL;
    for (size_t k = 0; k < L->npieces; k++) {
        const piece *p = &L->pieces[k];
        if (L->rows[p->row].zone)
            continue;
        int mid = (p->b.x0 + p->b.x1) / 2;
        if (!noi && mid < X0 + W / 2 && starts(p->fold, "noi nhan"))
            noi = p;
        if (!sig && p->b.x0 > X0 + 0.35 * W &&
            (starts(p->fold, "tm.") || starts(p->fold, "kt.") || starts(p->fold, "tl.") ||
             starts(p->fold, "tuq.") || starts(p->fold, "tm ") || starts(p->fold, "kt ")))
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
        if (cut < 0)
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
    cut -= (int)(H / 2);
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

/* One line of text: words rec->words[idx[0..n)], left to right. */
static void emit_line(emitter *e, const size_t *idx, size_t n)
{
    if (!n)
        return;
    if (e->text.len)
        sb_puts(&e->text, e->need_para ? "\n\n" : "\n");
    e->need_para = 0;
    e->line++;
    for (size_t k = 0; k < n; k++) {
        ocr_word w = e->rec->words[idx[k]];
        if (k)
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
                    box_add(&rb, w, m == start);
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
    if (!rec->nwords)
        return 0;
    double H = line_height(rec), space = word_space(rec);
    double gap = CELL_GAP_H * H > CELL_GAP_SPACES * space ? CELL_GAP_H * H
                                                          : CELL_GAP_SPACES * space;
    if (getenv("SOHOA_LAYOUT_DEBUG"))
        fprintf(stderr, "layout: line height %.0f, space %.0f, cell gap %.0f\n", H, space, gap);
    lines L;
    if (lines_build(rec, gap, &L))
        return -1;
    int X0 = 0, X1 = 0;
    for (size_t k = 0; k < L.npieces; k++) {
        if (!k || L.pieces[k].b.x0 < X0)
            X0 = L.pieces[k].b.x0;
        if (!k || L.pieces[k].b.x1 > X1)
            X1 = L.pieces[k].b.x1;
    }
    /* Roles are set on rec->words: remember them to undo on failure. */
    mark_noise(rec, &L);
    int rc = find_stamps(rec, &L, H, X1 - X0);
    lines_free(&L);
    if (rc == 0)
        rc = lines_build(rec, gap, &L);
    if (rc)
        goto fail;

    size_t *top = malloc((L.nrows ? L.nrows : 1) * sizeof *top);
    size_t *tmp = malloc(rec->nwords * sizeof *tmp);
    emitter e = {.rec = rec, .block = -1, .para = -1, .line = -1};
    e.out = malloc(rec->nwords * sizeof *e.out);
    if (!top || !tmp || !e.out) {
        free(top);
        free(tmp);
        free(e.out);
        lines_free(&L);
        rc = -1;
        goto fail;
    }
    for (size_t i = 0; i < L.nrows; i++)
        top[i] = i;
    sort_rows(top, L.nrows, L.rows);
    int W = X1 - X0;
    int hcut = header_zone(rec, &L, top, H, rec->height, X0, W);
    int fcut = footer_zone(&L, top, H, X0, W);
    int done[3] = {0, 0, 0};
    int prev_block = -1, prev_para = -1;
    for (size_t i = 0; i < L.nrows; i++) {
        const row *r = &L.rows[i];
        if (r->zone) {
            if (!done[r->zone])
                emit_zone(&e, &L, top, r->zone, r->zone == 1 ? hcut : fcut, tmp);
            done[r->zone] = 1;
            prev_block = prev_para = -1;
            continue;
        }
        if (r->block != prev_block || r->para != prev_para)
            new_para(&e, r->block != prev_block);
        prev_block = r->block;
        prev_para = r->para;
        size_t m = 0;
        for (size_t k = 0; k < r->n; k++)
            for (size_t j = 0; j < L.pieces[r->first + k].n; j++)
                tmp[m++] = L.ord[L.pieces[r->first + k].first + j];
        emit_line(&e, tmp, m);
    }
    emit_rest(&e, WORD_STAMP);
    emit_rest(&e, WORD_NOISE);
    size_t tlen = 0;
    char *text = sb_take(&e.text, &tlen);
    if (!text || e.nout != rec->nwords) {
        free(text);
        free(e.out);
        free(top);
        free(tmp);
        lines_free(&L);
        rc = -1;
        goto fail;
    }
    memcpy(rec->words, e.out, rec->nwords * sizeof *e.out);
    free(e.out);
    free(top);
    free(tmp);
    lines_free(&L);
    free(rec->text);
    rec->text = text;
    rec->text_len = tlen;
    return 0;
fail:
    for (size_t i = 0; i < rec->nwords; i++)
        rec->words[i].role = WORD_TEXT;
    for (size_t i = 0; i < rec->nstamps; i++) {
        free(rec->stamps[i].kind);
        free(rec->stamps[i].text);
    }
    free(rec->stamps);
    rec->stamps = NULL;
    rec->nstamps = 0;
    return -1;
}
