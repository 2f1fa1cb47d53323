/*
 * landuse.c: the indicator tables of a land-use plan (quy hoạch or kế
 * hoạch sử dụng đất), laid out as the national template prints them
 * (Thông tư 29/2014/TT-BTNMT's forms): "STT | Chỉ tiêu sử dụng đất | Mã |
 * Hiện trạng năm ... | Quy hoạch đến năm ..." or "... | Mã | Tổng diện
 * tích", flattened one cell a line in web text. Each row that gives a
 * value under the plan is a quantity of land to reach by the plan's year
 * (ANNOTATING.md, ninth rule set): a target whose text is the row as
 * printed (name, code, values). The natural-area total, which is only
 * given, a row with no value and a bare "Trong đó:" are none.
 */
#include <stdlib.h>
#include <string.h>

#include "segment/seg_internal.h"

/* What a line of a flattened land table is. */
enum { LN_NAME, LN_INDEX, LN_CODE, LN_VALUE, LN_EMPTY, LN_COLNUM };

static const char *lfold(const seg_doc *d, size_t k, size_t *n)
{
    *n = d->lines[k].c1 - d->lines[k].c0;
    return d->fold + d->lines[k].c0;
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* A row's number: "1", "1.2", "2.7.1", "II" (one or two digits a part,
 * so a value such as "100" or "1.776,54" is none). */
static int index_text(const char *f, size_t n)
{
    if (n && f[n - 1] == '.')
        n--;
    if (!n)
        return 0;
    size_t i = 0;
    if (strchr("ivx", f[0])) {
        while (i < n && strchr("ivx", f[i]))
            i++;
        return i == n;
    }
    while (i < n) {
        size_t a = i;
        while (i < n && is_digit(f[i]))
            i++;
        if (i == a || i - a > 2)
            return 0;
        if (i < n && f[i++] != '.')
            return 0;
        if (i == n && f[n - 1] == '.')
            return 0;
    }
    return 1;
}

/* A land-type code of the national list as printed: three capitals,
 * or a conversion "LUA/PNN". */
static int code_text(const char *t, size_t n)
{
    size_t i = 0;
    for (;;) {
        for (int k = 0; k < 3; k++, i++)
            if (i >= n || t[i] < 'A' || t[i] > 'Z')
                return 0;
        if (i == n)
            return 1;
        if (t[i++] != '/')
            return 0;
    }
}

/* A quantity cell: "15.588,45", "-3.504,73", "100", "0,00". */
static int value_text(const char *f, size_t n)
{
    size_t i = 0;
    if (i < n && (f[i] == '-' || f[i] == '+'))
        i++;
    while (i < n && f[i] == ' ')
        i++;
    if (i >= n || !is_digit(f[i]))
        return 0;
    for (; i < n; i++)
        if (!is_digit(f[i]) && f[i] != '.' && f[i] != ',' && !(f[i] == '%' && i == n - 1))
            return 0;
    return 1;
}

/* A page's number a PDF left between a row's cells: a dropped line of
 * digits alone (the noise filter drops some values too, "0.19", which
 * stay). */
static int page_number(const seg_doc *d, size_t k)
{
    size_t n;
    const char *f = lfold(d, k, &n);
    if (!d->lines[k].dropped || !n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!is_digit(f[i]))
            return 0;
    return 1;
}

static int line_kind(const seg_doc *d, size_t k)
{
    size_t n;
    const char *f = lfold(d, k, &n);
    const seg_line *l = &d->lines[k];
    if (n == 1 && (f[0] == '-' || f[0] == '*'))
        return LN_EMPTY; /* a cell left blank */
    if (n >= 3 && f[0] == '(' && is_digit(f[1]))
        return LN_COLNUM; /* "(1)", "(7)=(5)-(3)": the columns' numbers */
    if (index_text(f, n))
        return LN_INDEX;
    if (code_text(d->text + l->b0, l->b1 - l->b0))
        return LN_CODE;
    if (value_text(f, n))
        return LN_VALUE;
    return LN_NAME;
}

static int is_word(const char *f, size_t n, const char *w)
{
    size_t wl = strlen(w);
    return n >= wl && !memcmp(f, w, wl) && (n == wl || f[wl] == ' ' || f[wl] == ',' || f[wl] == '(' || f[wl] == ':');
}

static int whole(const char *f, size_t n, const char *w) { return n == strlen(w) && !memcmp(f, w, n); }

/* A cell of the template's header row (line k): the columns' titles, the
 * years under them, their numbers. "Tổng diện tích" titles the column of
 * a conversion table, unless "tự nhiên" follows: then it opens the
 * natural-area row. */
static int header_cell(const seg_doc *d, size_t k)
{
    static const char *const words[] = {
        "stt", "tt", "so tt", "thu tu", "chi tieu", "loai dat", "muc dich", "ma", "hien trang", "quy hoach",
        "ke hoach", "nam", "dien tich", "co cau", "tang", "giam", "ghi chu", "don vi", "ty le", NULL};
    size_t n;
    const char *f = lfold(d, k, &n);
    int kind = line_kind(d, k);
    if (kind == LN_COLNUM)
        return 1;
    if (kind == LN_VALUE && n == 4 && (!memcmp(f, "19", 2) || !memcmp(f, "20", 2)))
        return 1; /* "Hiện trạng năm" / "2020" */
    if (whole(f, n, "dat"))
        return 1; /* "Chỉ tiêu sử dụng" / "đất" */
    if (whole(f, n, "tong dien tich")) {
        size_t m;
        const char *g = k + 1 < d->nlines ? lfold(d, k + 1, &m) : "";
        return k + 1 >= d->nlines || !is_word(g, m, "tu nhien");
    }
    if (kind != LN_NAME && kind != LN_CODE)
        return 0; /* "STT" reads as a code */
    for (int w = 0; words[w]; w++)
        if (is_word(f, n, words[w]))
            return 1;
    return 0;
}

/* Where a table's body stops: an article, a numbered heading with its
 * text ("2. Diện tích chuyển mục đích sử dụng đất"), a note in brackets,
 * a sentence. */
static int body_ends(const seg_doc *d, size_t k)
{
    size_t n;
    const char *f = lfold(d, k, &n);
    if (d->lines[k].dropped)
        return 0;
    if (is_word(f, n, "dieu") || is_word(f, n, "chuong") || is_word(f, n, "phu luc") || (n && f[0] == '('))
        return 1;
    size_t i = 0;
    while (i < n && (is_digit(f[i]) || f[i] == '.' || strchr("ivx", f[i])))
        i++;
    if (i && i + 1 < n && (f[i - 1] == '.' || f[i] == ')') && f[i] == ' ')
        return 1;
    if (n > 1 && f[1] == ')' && f[0] >= 'a' && f[0] <= 'z')
        return 1; /* "a) ..." */
    if (n && strchr(".;", f[n - 1]))
        return 1;
    return n && f[n - 1] == ':' && !whole(f, n, "trong do:");
}

/* The year a plan runs to, in folded text f[0, n): the year after
 * "quy hoạch" or "kế hoạch" ("Quy hoạch đến năm 2030", "kế hoạch sử dụng
 * đất năm 2021"), the last such one; 0 none. */
static int plan_year(const char *f, size_t n)
{
    int year = 0;
    for (size_t i = 0; i + 8 <= n; i++) {
        int qh = i + 9 <= n && !memcmp(f + i, "quy hoach", 9);
        if (!qh && memcmp(f + i, "ke hoach", 8))
            continue;
        size_t lim = i + 50 < n ? i + 50 : n;
        for (size_t j = i + 8; j + 8 <= lim; j++)
            if (!memcmp(f + j, "nam ", 4) && is_digit(f[j + 4]) && is_digit(f[j + 5]) && is_digit(f[j + 6]) &&
                is_digit(f[j + 7]) && (j + 8 == n || !is_digit(f[j + 8]))) {
                int y = atoi(f + j + 4);
                if (y >= 1990 && y <= 2100)
                    year = y;
                break;
            }
    }
    return year;
}

/* Lines [a, b) folded and joined by spaces. */
static char *join_fold(const seg_doc *d, size_t a, size_t b)
{
    sbuf s = {0};
    for (size_t k = a; k < b; k++) {
        size_t n;
        const char *f = lfold(d, k, &n);
        if (s.len)
            sb_putc(&s, ' ');
        sb_add(&s, f, n);
    }
    size_t len;
    char *out = sb_take(&s, &len);
    return out;
}

/* The plan's year for a table whose header is lines [h0, h1): its planned
 * column's, else the nearest plan named above it in its article, else the
 * document title's. */
static int table_year(const seg_doc *d, const char *title, size_t h0, size_t h1, int *oom)
{
    char *hf = join_fold(d, h0, h1);
    if (!hf) {
        *oom = 1;
        return 0;
    }
    int y = plan_year(hf, strlen(hf));
    free(hf);
    if (y)
        return y;
    size_t a = h0;
    while (a > 0 && h0 - a < 400) {
        a--;
        size_t n;
        const char *f = lfold(d, a, &n);
        if (is_word(f, n, "dieu"))
            break;
    }
    char *ctx = join_fold(d, a, h0);
    if (!ctx) {
        *oom = 1;
        return 0;
    }
    y = plan_year(ctx, strlen(ctx));
    free(ctx);
    if (!y && title) {
        char *tf = seg_fold_str(title);
        if (tf) {
            y = plan_year(tf, strlen(tf));
            free(tf);
        }
    }
    return y;
}

static int push(seg_result *r, size_t *cap, const seg_target *t)
{
    if (r->n_targets == *cap) {
        size_t n = *cap ? *cap * 2 : 32;
        seg_target *q = realloc(r->targets, n * sizeof *q);
        if (!q)
            return -1;
        r->targets = q;
        *cap = n;
    }
    r->targets[r->n_targets++] = *t;
    return 0;
}

/* The row's cells [a, b) as printed, one space between; a "+" or "-"
 * that marks a sub-row is dropped, so is a blank cell's mark. */
static char *row_text(const seg_doc *d, size_t a, size_t b)
{
    sbuf s = {0};
    for (size_t k = a; k < b; k++) {
        const seg_line *l = &d->lines[k];
        const char *t = d->text + l->b0;
        size_t n = l->b1 - l->b0;
        if (line_kind(d, k) == LN_EMPTY || page_number(d, k))
            continue;
        if (n > 2 && (t[0] == '+' || t[0] == '-' || t[0] == '*') && t[1] == ' ' && line_kind(d, k) == LN_NAME) {
            t += 2;
            n -= 2;
        }
        if (s.len)
            sb_putc(&s, ' ');
        sb_add(&s, t, n);
    }
    size_t len;
    return sb_take(&s, &len);
}

static int section_of_char(const seg_doc *d, size_t c)
{
    for (size_t i = 0; i < d->nparas; i++)
        if (d->paras[i].start <= c && c < d->paras[i].end)
            return d->paras[i].section;
    return -1;
}

/* Reads the body from line k (after the header); adds its rows' targets
 * with deadline year; returns the line after the body. */
static size_t read_body(const seg_doc *d, seg_result *r, size_t *cap, size_t k, int year, int *oom)
{
    size_t n = d->nlines;
    while (k < n && !*oom) {
        int kind = line_kind(d, k);
        if (d->lines[k].dropped || kind == LN_COLNUM || kind == LN_EMPTY) {
            k++;
            continue;
        }
        size_t hn;
        const char *hf = lfold(d, k, &hn);
        if (whole(hf, hn, "stt") || whole(hf, hn, "tt") || is_word(hf, hn, "chi tieu su dung")) {
            while (k < n && header_cell(d, k))
                k++; /* the header again, on a new page */
            continue;
        }
        /* a row: its number, its name (up to three lines), its code, its values */
        size_t name0;
        if (kind == LN_INDEX && k + 1 < n && line_kind(d, k + 1) == LN_NAME)
            name0 = k + 1;
        else if (kind == LN_NAME)
            name0 = k;
        else {
            k++; /* a stray cell */
            continue;
        }
        if (body_ends(d, name0))
            return name0;
        size_t q = name0;
        while (q < n && line_kind(d, q) == LN_NAME && !body_ends(d, q) && q - name0 < 4)
            q++;
        if (q - name0 >= 4)
            return name0; /* prose, not a name */
        size_t name1 = q, last = q - 1;
        while (q < n && page_number(d, q) && !(q + 1 < n && line_kind(d, q + 1) == LN_NAME))
            q++;
        if (q < n && line_kind(d, q) == LN_CODE)
            last = q++;
        int values = 0;
        while (q < n) {
            int kq = line_kind(d, q);
            if (kq == LN_INDEX && q + 1 < n && line_kind(d, q + 1) == LN_NAME)
                break; /* the next row's number */
            if (kq == LN_EMPTY || page_number(d, q)) {
                q++;
                continue;
            }
            if (kq != LN_VALUE && kq != LN_INDEX)
                break;
            values++;
            last = q++;
        }
        char *nf = join_fold(d, name0, name1);
        if (!nf) {
            *oom = 1;
            break;
        }
        size_t nn = strlen(nf);
        /* the natural area is only given; "Trong đó:" alone is no row */
        int given = is_word(nf, nn, "tong") && strstr(nf, "tu nhien");
        free(nf);
        if (values && !given) {
            seg_target t;
            memset(&t, 0, sizeof t);
            t.text = row_text(d, name0, q);
            if (!t.text) {
                *oom = 1;
                break;
            }
            t.deadline = year;
            t.start = d->lines[name0].c0;
            t.end = d->lines[last].c1;
            t.page = d->lines[name0].page;
            int sec = section_of_char(d, t.start);
            if (sec >= 0) {
                t.id = seg_strdup(d->secs[sec].id);
                for (int a = sec; a >= 0; a = d->secs[a].parent)
                    if (d->secs[a].mk < MK_DASH && d->secs[a].title) {
                        t.area = seg_strdup(d->secs[a].title);
                        break;
                    }
            }
            if (push(r, cap, &t) < 0) {
                free(t.text);
                free(t.id);
                free(t.area);
                *oom = 1;
                break;
            }
        }
        k = q;
    }
    return k;
}

static void free_target(seg_target *t)
{
    free(t->text);
    free(t->id);
    free(t->area);
    for (size_t k = 0; k < t->n_metrics; k++) {
        free(t->metrics[k].unit);
        free(t->metrics[k].qualifier);
        free(t->metrics[k].as_written);
    }
    free(t->metrics);
}

void seg_landuse(seg_doc *d, seg_result *r)
{
    size_t cap = r->n_targets, first = r->n_targets;
    size_t spans[64][2];
    size_t nspans = 0;
    int oom = 0;
    for (size_t k = 0; k < d->nlines && !oom; k++) {
        size_t n;
        const char *f = lfold(d, k, &n);
        if (!is_word(f, n, "chi tieu su dung") && !is_word(f, n, "loai dat") && !is_word(f, n, "muc dich su dung"))
            continue;
        size_t h0 = k;
        if (h0 > 0 && header_cell(d, h0 - 1))
            h0--; /* "STT" */
        size_t h1 = k;
        while (h1 < d->nlines && header_cell(d, h1))
            h1++;
        char *hf = join_fold(d, h0, h1);
        if (!hf) {
            oom = 1;
            break;
        }
        /* the template's indicator column, and a column of what is
         * planned: "Quy hoạch đến năm", "Kế hoạch năm", a conversion
         * table's "Tổng diện tích" (no present state beside it) */
        int land = strstr(hf, "chi tieu su dung dat") || strstr(hf, "loai dat") || strstr(hf, "muc dich su dung dat");
        int planned = strstr(hf, "quy hoach") || strstr(hf, "ke hoach");
        if (!planned && strstr(hf, "dien tich") && !strstr(hf, "hien trang")) {
            /* a bare "Diện tích" column holds what the heading above
             * says: the plan's, unless it is "Hiện trạng sử dụng đất" */
            char *above = join_fold(d, h0 > 4 ? h0 - 4 : 0, h0);
            planned = above && !strstr(above, "hien trang");
            free(above);
        }
        free(hf);
        if (!land || !planned) {
            k = h1 > k ? h1 - 1 : k;
            continue;
        }
        int year = table_year(d, r->metadata.title, h0, h1, &oom);
        if (!year) {
            k = h1 > k ? h1 - 1 : k;
            continue;
        }
        size_t before = r->n_targets;
        size_t end = read_body(d, r, &cap, h1, year, &oom);
        if (r->n_targets > before && nspans < 64) {
            spans[nspans][0] = d->lines[h0].c0;
            spans[nspans][1] = d->lines[end > h1 ? end - 1 : h1].c1;
            nspans++;
        }
        k = end > k ? end - 1 : k;
    }
    if (oom)
        d->oom = 1;
    if (r->n_targets == first)
        return;
    /* the table's rows are read here; what the paragraphs' pass took
     * from its cells goes */
    size_t w = 0;
    for (size_t i = 0; i < r->n_targets; i++) {
        int inside = 0;
        for (size_t s = 0; i < first && s < nspans; s++)
            if (spans[s][0] <= r->targets[i].start && r->targets[i].start < spans[s][1])
                inside = 1;
        if (inside)
            free_target(&r->targets[i]);
        else
            r->targets[w++] = r->targets[i];
    }
    /* the rows go among the paragraphs' targets in the order of the text;
     * both runs are in that order already */
    size_t nland = r->n_targets - first, nold = w - nland;
    seg_target *m = malloc(w * sizeof *m);
    if (!m) {
        r->n_targets = w;
        d->oom = 1;
        return;
    }
    size_t a = 0, b = nold, o = 0;
    while (a < nold || b < w)
        m[o++] = b >= w || (a < nold && r->targets[a].start <= r->targets[b].start) ? r->targets[a++] : r->targets[b++];
    memcpy(r->targets, m, w * sizeof *m);
    free(m);
    r->n_targets = w;
}
