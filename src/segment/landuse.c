/*
 * landuse.c: the indicator tables of a land-use plan (quy hoạch or kế
 * hoạch sử dụng đất), laid out as the national template prints them
 * (Thông tư 29/2014/TT-BTNMT's forms): "STT | Chỉ tiêu sử dụng đất | Mã |
 * Hiện trạng năm ... | Quy hoạch đến năm ..." or "... | Mã | Tổng diện
 * tích", flattened one cell a line in web text. Each row that gives a
 * value under the plan is a quantity of land to reach by the plan's year
 * (ANNOTATING.md, ninth rule set): a target whose text is the row as
 * printed (name, code, values). The natural-area total, which is only
 * given, a row with no value and a bare "Trong đó:" are none. A PDF's
 * text layer and OCR run a row's cells together on a line, glue a name to
 * its figure, set codes apart from their rows and misread row numbers as
 * specks of letters: the lines are cut into cells first (cells_of), and a
 * row is read by the template's order (number, name, code, figures), not
 * by where a line ends.
 */
#include <stdlib.h>
#include <string.h>

#include "segment/seg_internal.h"

/* What a line of a flattened land table is. */
enum { LN_NAME, LN_INDEX, LN_CODE, LN_VALUE, LN_EMPTY, LN_COLNUM, LN_SPECK };

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
 * or a conversion "LUA/PNN"; OCR adds a letter now and then ("MNGC") or
 * loses the slash ("CLNPNN"). */
static int code_text(const char *t, size_t n)
{
    size_t i = 0;
    if (n == 6) {
        while (i < n && t[i] >= 'A' && t[i] <= 'Z')
            i++;
        if (i == n)
            return 1;
        i = 0;
    }
    for (;;) {
        size_t a = i;
        while (i < n && t[i] >= 'A' && t[i] <= 'Z')
            i++;
        if (i - a < 3 || i - a > 4)
            return 0;
        if (i == n)
            return 1;
        if (t[i++] != '/')
            return 0;
    }
}

/* Three digits and the end of a group: a group of thousands. */
static int thousands(const char *f, size_t n)
{
    return n >= 3 && is_digit(f[0]) && is_digit(f[1]) && is_digit(f[2]) && (n == 3 || !is_digit(f[3]));
}

/* A quantity cell: "15.588,45", "-3.504,73", "100", "0,00"; OCR's
 * "12 085 72" (its separators read as blanks: a blank before a group of
 * thousands; "2 11" is a row's number "2.11"). */
static int value_text(const char *f, size_t n)
{
    size_t i = 0;
    if (i < n && (f[i] == '-' || f[i] == '+'))
        i++;
    while (i < n && f[i] == ' ')
        i++;
    if (i >= n || !is_digit(f[i]))
        return 0;
    for (; i < n; i++) {
        if (f[i] == ' ' && is_digit(f[i - 1])) {
            /* a group of thousands, or after three digits the decimals */
            size_t g = 0;
            while (i + 1 + g < n && is_digit(f[i + 1 + g]))
                g++;
            int three = i >= 3 && is_digit(f[i - 2]) && is_digit(f[i - 3]) && (i == 3 || !is_digit(f[i - 4]));
            if (!thousands(f + i + 1, n - i - 1) && !(three && g && g <= 2 && i + 1 + g == n))
                return 0;
            continue;
        }
        if (!is_digit(f[i]) && f[i] != '.' && f[i] != ',' && !(f[i] == '%' && i == n - 1))
            return 0;
    }
    return 1;
}

/* A figure in a cell glued to others, folded f[0, n): 2 when written the
 * Vietnamese way with a separator ("15.588,45", "0,00", "-62,48"), 1 a
 * bare count of up to three digits ("100"), 0 else (a year, "2030", is
 * none, nor a code "ĐT.741"). */
static int figure_text(const char *f, size_t n)
{
    size_t i = 0, g = 0;
    int sep = 0;
    if (n && (f[0] == '-' || f[0] == '+'))
        i++;
    while (i + g < n && is_digit(f[i + g]))
        g++;
    if (!g)
        return 0;
    i += g;
    while (i + 4 <= n && f[i] == '.' && g <= 3 && is_digit(f[i + 1]) && is_digit(f[i + 2]) && is_digit(f[i + 3]) &&
           (i + 4 == n || !is_digit(f[i + 4]))) {
        i += 4;
        sep = 1;
    }
    if (i + 1 < n && f[i] == ',' && is_digit(f[i + 1])) {
        i++;
        while (i < n && is_digit(f[i]))
            i++;
        sep = 1;
    }
    if (i != n)
        return 0;
    return sep ? 2 : g <= 3;
}

/* Every letter of line k a capital, and no digit ("TỰ NHIÊN")? */
static int all_caps(const seg_doc *d, size_t k)
{
    const seg_line *l = &d->lines[k];
    int letters = 0;
    for (size_t i = l->b0; i < l->b1;) {
        uint32_t cp = seg_utf8_next(d->text, l->b1, &i);
        if (cp >= '0' && cp <= '9')
            return 0;
        if (cp_is_lower(cp))
            return 0;
        letters += cp_is_upper(cp);
    }
    return letters >= 2;
}

/* Is the word from byte b (after its capital) in lower case or in
 * capitals throughout ("Đất", "ĐẤT"), not OCR's "BÀs"? */
static int word_cased(const seg_doc *d, size_t b, size_t end)
{
    int lower = 0, upper = 0;
    while (b < end) {
        uint32_t cp = seg_utf8_next(d->text, end, &b);
        if (cp == ' ')
            break;
        lower |= cp_is_lower(cp);
        upper |= cp_is_upper(cp);
    }
    return !(lower && upper);
}

/* Is line k words, as a row's name is ("Đất trồng lúa", "ĐẤT Ở", "+ Đất
 * giao thông", "Trong đó: ...", "2.1 Đất quốc phòng"): 1 two words or
 * more, the first of three letters or more and a capital; 2 words with no
 * digit that can go on from a name above, in lower case ("thủy sản") or
 * in capitals under capitals ("TỔNG DIỆN TÍCH" / "TỰ NHIÊN"); 0 else, a
 * speck OCR made of a row's number or a figure ("Tì", "q5;"). */
static int wordy(const seg_doc *d, size_t k)
{
    const seg_line *l = &d->lines[k];
    const char *f = d->fold + l->c0;
    size_t n = l->c1 - l->c0, i = 0;
    if (n > 2 && strchr("+-*", f[0]) && f[1] == ' ')
        i = 2;
    size_t e = i;
    while (e < n && f[e] != ' ')
        e++;
    if (e < n && e > i && is_digit(f[i]) && index_text(f + i, e - i))
        i = e + 1; /* "2.1 Đất quốc phòng" */
    if (i >= n)
        return 0;
    size_t b = d->cpos[l->c0 + i];
    uint32_t cp = seg_utf8_next(d->text, l->b1, &b);
    size_t first = 0, words = 0, digits = 0;
    int in = 0, lead = 1;
    for (size_t j = i; j < n; j++) {
        if (f[j] == ' ') {
            in = 0;
            lead = 0;
            continue;
        }
        digits += is_digit(f[j]);
        if (f[j] >= 'a' && f[j] <= 'z') {
            if (!in)
                words++;
            in = 1;
            first += lead;
        } else if (lead && !strchr(":,", f[j])) {
            first = 0; /* "(Vị", "T17": no word of letters first */
            lead = 0;
        }
    }
    if (cp_is_upper(cp) && words >= 2 && first >= 3 && word_cased(d, b, l->b1))
        return 1;
    if (cp_is_lower(cp) && !digits && words)
        return 2;
    return all_caps(d, k) && words && !code_text(d->text + l->b0, l->b1 - l->b0) ? 2 : 0;
}

/* Does line k go on from the name on line k - 1 (wordy's 2): in lower
 * case, or in capitals under a name in capitals? */
static int name_goes_on(const seg_doc *d, size_t k)
{
    if (k == 0 || d->lines[k - 1].dropped || !wordy(d, k - 1))
        return 0;
    return !all_caps(d, k) || all_caps(d, k - 1);
}

/* A page's number a PDF left between a row's cells: a dropped line of
 * digits alone (the noise filter drops some values too, "0.19", which
 * stay), where pages are known first or last on its page (OCR's figures
 * read without their comma, "231", the filter drops too). */
static int page_number(const seg_doc *d, size_t k)
{
    size_t n;
    const char *f = lfold(d, k, &n);
    if (!d->lines[k].dropped || !n)
        return 0;
    int page = d->lines[k].page;
    if (d->pages > 1 && k > 0 && d->lines[k - 1].page == page && k + 1 < d->nlines && d->lines[k + 1].page == page)
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
    int w = wordy(d, k);
    if (w == 1 || (w == 2 && name_goes_on(d, k)))
        return LN_NAME;
    return LN_SPECK;
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
    if (kind != LN_NAME && kind != LN_CODE && kind != LN_SPECK)
        return 0; /* "STT" reads as a code, "Mã" as a speck */
    for (int w = 0; words[w]; w++)
        if (is_word(f, n, words[w]))
            return 1;
    return 0;
}

/* Where a table's body stops, whatever line k reads as: an article, a
 * chapter, an annex, a note in brackets, a numbered heading with its text
 * ("2. Diện tích chuyển mục đích sử dụng đất"), a lettered item ("a) ..."). */
static int body_breaks(const seg_doc *d, size_t k)
{
    size_t n;
    const char *f = lfold(d, k, &n);
    if (d->lines[k].dropped)
        return 0;
    if (is_word(f, n, "dieu") || is_word(f, n, "chuong") || is_word(f, n, "phu luc") ||
        (n > 1 && f[0] == '(' && f[1] >= 'a' && f[1] <= 'z'))
        return 1;
    size_t i = 0;
    while (i < n && (is_digit(f[i]) || f[i] == '.' || strchr("ivx", f[i])))
        i++;
    if (i && i + 1 < n && f[i - 1] == '.' && f[i] == ' ' && f[i + 1] >= 'a' && f[i + 1] <= 'z')
        return 1; /* not OCR's "2. 1Ũ", a row's number misread */
    return n > 3 && f[1] == ')' && f[2] == ' ' && f[0] >= 'a' && f[0] <= 'z';
}

/* ... and, for a line that reads as a name, a sentence. */
static int body_ends(const seg_doc *d, size_t k)
{
    size_t n;
    const char *f = lfold(d, k, &n);
    if (d->lines[k].dropped)
        return 0;
    if (body_breaks(d, k))
        return 1;
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

/* The row's cells [a, b) as printed, one space between; a "+" or "-"
 * that marks a sub-row is dropped, so are a blank cell's mark, OCR's
 * specks and, of a run of codes OCR read apart from their rows, all but
 * the last (the row's own, next to its figures). */
static char *row_text(const seg_doc *d, size_t a, size_t b)
{
    sbuf s = {0};
    for (size_t k = a; k < b; k++) {
        const seg_line *l = &d->lines[k];
        const char *t = d->text + l->b0;
        size_t n = l->b1 - l->b0;
        int kind = line_kind(d, k);
        if (kind == LN_EMPTY || kind == LN_SPECK || kind == LN_COLNUM || page_number(d, k) ||
            (kind == LN_CODE && k + 1 < b && line_kind(d, k + 1) == LN_CODE))
            continue;
        if (n > 2 && (t[0] == '+' || t[0] == '-' || t[0] == '*') && t[1] == ' ' && kind == LN_NAME) {
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

/* Does a row open at line k: its number (or none), then its name, or in
 * a table whose code column comes first its code and then its name? *from
 * is the row's first cell to print, *name0 its name's first line. */
static int row_start(const seg_doc *d, size_t k, int code_first, size_t *from, size_t *name0)
{
    size_t j = k;
    if (line_kind(d, j) == LN_INDEX)
        j++;
    if (j >= d->nlines)
        return 0;
    int kind = line_kind(d, j);
    if (code_first && kind == LN_CODE && j + 1 < d->nlines && line_kind(d, j + 1) == LN_NAME) {
        *from = j;
        *name0 = j + 1;
        return 1;
    }
    if (kind != LN_NAME)
        return 0;
    *from = *name0 = j;
    return 1;
}

/* Reads the body from line k (after the header); adds its rows' targets
 * with deadline year; returns the line after the body. */
static size_t read_body(const seg_doc *d, seg_result *r, size_t *cap, size_t k, int year, int code_first, int *oom)
{
    size_t n = d->nlines, stray = 0;
    while (k < n && !*oom) {
        int kind = line_kind(d, k);
        if (d->lines[k].dropped || kind == LN_COLNUM || kind == LN_EMPTY) {
            k++;
            continue;
        }
        if (body_breaks(d, k))
            return k;
        size_t hn;
        const char *hf = lfold(d, k, &hn);
        if (whole(hf, hn, "stt") || whole(hf, hn, "tt") || is_word(hf, hn, "chi tieu su dung")) {
            while (k < n && header_cell(d, k))
                k++; /* the header again, on a new page */
            continue;
        }
        /* a row: its number, its name (up to three lines), its code, its values */
        size_t from, name0;
        if (!row_start(d, k, code_first, &from, &name0)) {
            /* a stray cell: a speck, a code OCR read apart from its row;
             * a long run of them is no table's */
            if (++stray > 16)
                return k;
            k++;
            continue;
        }
        stray = 0;
        if (body_ends(d, name0))
            return from;
        size_t q = name0;
        while (q < n && line_kind(d, q) == LN_NAME && !body_ends(d, q) && q - name0 < 4)
            q++;
        if (q - name0 >= 4)
            return from; /* prose, not a name */
        size_t name1 = q, last = q - 1;
        while (q < n && (page_number(d, q) || line_kind(d, q) == LN_SPECK) && !body_breaks(d, q))
            q++;
        while (!code_first && q < n && line_kind(d, q) == LN_CODE)
            last = q++; /* of a run, the last is the row's (row_text) */
        int values = 0;
        while (q < n && !body_breaks(d, q)) {
            int kq = line_kind(d, q);
            size_t f0, n0;
            if (kq == LN_INDEX && row_start(d, q, code_first, &f0, &n0))
                break; /* the next row's number */
            if (kq == LN_EMPTY || kq == LN_SPECK || page_number(d, q)) {
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
            t.text = row_text(d, from, last + 1);
            if (!t.text) {
                *oom = 1;
                break;
            }
            t.deadline = year;
            t.start = d->lines[from].c0;
            t.end = d->lines[last].c1;
            t.page = d->lines[from].page;
            int sec = section_of_char(d, t.start);
            if (sec >= 0) {
                t.id = seg_strdup(d->secs[sec].id);
                for (int a = sec; a >= 0; a = d->secs[a].parent)
                    if (d->secs[a].mk < MK_DASH && d->secs[a].title) {
                        t.area = seg_strdup(d->secs[a].title);
                        break;
                    }
            }
            if (seg_push_target(r, cap, &t) < 0) {
                *oom = 1;
                break;
            }
        }
        k = q;
    }
    return k;
}

/* ---- cells: what OCR and PDF text run together on one line ---- */

typedef struct {
    seg_line *v;
    size_t n, cap;
} cellv;

/* Adds the cell of line l's characters [c0, c1), trimmed. */
static int add_cell(const seg_doc *d, cellv *cv, const seg_line *l, size_t c0, size_t c1)
{
    while (c0 < c1 && (d->fold[c0] == ' ' || d->fold[c0] == '\t'))
        c0++;
    while (c1 > c0 && (d->fold[c1 - 1] == ' ' || d->fold[c1 - 1] == '\t'))
        c1--;
    if (c0 == c1)
        return 0;
    if (seg_grow(&cv->v, cv->n, &cv->cap, sizeof *cv->v, 256))
        return -1;
    seg_line *c = &cv->v[cv->n++];
    *c = *l;
    c->c0 = c0;
    c->c1 = c1;
    c->b0 = d->cpos[c0];
    c->b1 = d->cpos[c1];
    c->blank_before = c0 == l->c0 && l->blank_before;
    return 0;
}

static int is_caps_code(const seg_doc *d, size_t c0, size_t c1)
{
    return code_text(d->text + d->cpos[c0], d->cpos[c1] - d->cpos[c0]);
}

/* A piece of a line whose words are apart by one space: when it ends in
 * figures written the Vietnamese way ("Đất trồng lúa LUA 4.120,50 23,44",
 * OCR's row on one line), the row's number, name, code and each figure
 * are cells of their own; else the piece is one cell. A piece ending in a
 * year or a word ("... năm 2030", "... 909,75 ha") is one. */
static int add_piece(const seg_doc *d, cellv *cv, const seg_line *l, size_t p0, size_t p1)
{
    const char *f = d->fold;
    size_t tok[64][2], nt = 0;
    for (size_t c = p0; c < p1 && nt < 64;) {
        while (c < p1 && f[c] == ' ')
            c++;
        size_t a = c;
        while (c < p1 && f[c] != ' ')
            c++;
        if (c > a) {
            tok[nt][0] = a;
            tok[nt][1] = c;
            nt++;
        }
    }
    size_t t = nt;
    int sep = 0;
    while (t > 0) {
        int fig = figure_text(f + tok[t - 1][0], tok[t - 1][1] - tok[t - 1][0]);
        if (!fig)
            break;
        sep |= fig == 2;
        t--;
    }
    if (!sep || nt == 64)
        return add_cell(d, cv, l, p0, p1);
    size_t h0 = 0, h1 = t; /* the head: tokens [h0, h1) */
    if (h1 > h0 + 1 && is_digit(f[tok[0][0]]) && index_text(f + tok[0][0], tok[0][1] - tok[0][0])) {
        if (add_cell(d, cv, l, tok[0][0], tok[0][1]) < 0)
            return -1;
        h0++;
    }
    int code = h1 > h0 && is_caps_code(d, tok[h1 - 1][0], tok[h1 - 1][1]);
    if (h1 > h0 + code && add_cell(d, cv, l, tok[h0][0], tok[h1 - 1 - code][1]) < 0)
        return -1;
    if (code && add_cell(d, cv, l, tok[h1 - 1][0], tok[h1 - 1][1]) < 0)
        return -1;
    for (size_t i = t; i < nt; i++)
        if (add_cell(d, cv, l, tok[i][0], tok[i][1]) < 0)
            return -1;
    return 0;
}

/* Cuts a piece where a word runs into a figure ("Đất nông
 * nghiệp15.588,45", "NNP9.412,33") or a row's number into its name
 * ("2.14Đất cơ sở tôn giáo"); a bare number after letters ("ĐT741") is
 * part of the word. */
static int add_glued(const seg_doc *d, cellv *cv, const seg_line *l, size_t p0, size_t p1)
{
    const char *f = d->fold;
    size_t a = p0;
    for (size_t j = p0 + 1; j < p1; j++) {
        int cut = 0;
        if (f[j - 1] >= 'a' && f[j - 1] <= 'z' && is_digit(f[j])) {
            size_t e = j;
            while (e < p1 && f[e] != ' ')
                e++;
            cut = figure_text(f + j, e - j) == 2;
        } else if (f[j] >= 'a' && f[j] <= 'z' && is_digit(f[a]) && index_text(f + a, j - a)) {
            size_t b = d->cpos[j];
            cut = cp_is_upper(seg_utf8_next(d->text, d->len, &b));
        }
        if (cut) {
            if (add_piece(d, cv, l, a, j) < 0)
                return -1;
            a = j;
        }
    }
    return add_piece(d, cv, l, a, p1);
}

/* The document's lines cut into cells: a PDF's or OCR's row on one line,
 * its cells apart by runs of blanks or by one, or glued. A line of web
 * text, one cell, stays whole. */
static seg_line *cells_of(const seg_doc *d, size_t *ncells)
{
    cellv cv = {0};
    for (size_t k = 0; k < d->nlines; k++) {
        const seg_line *l = &d->lines[k];
        size_t a = l->c0;
        for (size_t c = l->c0; c <= l->c1; c++) {
            int run = c == l->c1 || d->fold[c] == '\t' || (d->fold[c] == ' ' && c + 1 < l->c1 && d->fold[c + 1] == ' ');
            if (!run)
                continue;
            if (c > a && add_glued(d, &cv, l, a, c) < 0) {
                free(cv.v);
                return NULL;
            }
            while (c < l->c1 && (d->fold[c] == ' ' || d->fold[c] == '\t'))
                c++;
            a = c;
            if (c == l->c1)
                break;
        }
    }
    if (!cv.v)
        cv.v = malloc(sizeof *cv.v); /* no line at all */
    *ncells = cv.n;
    return cv.v;
}

/* Does the cell open the indicator column's title ("Chỉ tiêu sử dụng
 * đất", "Loại đất", "Mục đích sử dụng đất"), or the whole header on one
 * line ("STT Mã Chỉ tiêu sử dụng đất Hiện trạng ...")? *code_first: a
 * code column before it. */
static int indicator_title(const char *f, size_t n, int *code_first)
{
    static const char *const titles[] = {"chi tieu su dung", "loai dat", "muc dich su dung", NULL};
    *code_first = 0;
    for (int t = 0; titles[t]; t++)
        if (is_word(f, n, titles[t]))
            return 1;
    if (!is_word(f, n, "stt") && !is_word(f, n, "tt"))
        return 0;
    for (int t = 0; titles[t]; t++) {
        const char *p = strstr(f, titles[t]);
        if (p && p - f < (long)n) {
            for (const char *m = f; m + 4 <= p; m++)
                if (!memcmp(m, " ma ", 4))
                    *code_first = 1;
            return 1;
        }
    }
    return 0;
}

void seg_landuse(seg_doc *doc, seg_result *r)
{
    size_t cap = r->n_targets, first = r->n_targets;
    size_t spans[64][2];
    size_t nspans = 0;
    int oom = 0;
    /* the tables are read from the lines cut into cells */
    seg_doc view = *doc;
    view.lines = cells_of(doc, &view.nlines);
    if (!view.lines) {
        doc->oom = 1;
        return;
    }
    const seg_doc *d = &view;
    for (size_t k = 0; k < d->nlines && !oom; k++) {
        size_t n;
        const char *f = lfold(d, k, &n);
        int code_first;
        if (d->lines[k].dropped || !indicator_title(f, n, &code_first))
            continue;
        size_t h0 = k;
        if (h0 > 0 && header_cell(d, h0 - 1))
            h0--; /* "STT" */
        if (h0 < k) {
            const char *g = lfold(d, h0, &n);
            if (whole(g, n, "ma")) { /* "STT" / "Mã" / "Chỉ tiêu ..." */
                code_first = 1;
                if (h0 > 0 && header_cell(d, h0 - 1))
                    h0--;
            }
        }
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
        size_t end = read_body(d, r, &cap, h1, year, code_first, &oom);
        if (r->n_targets > before && nspans < 64) {
            spans[nspans][0] = d->lines[h0].c0;
            spans[nspans][1] = d->lines[end > h1 ? end - 1 : h1].c1;
            nspans++;
        }
        k = end > k ? end - 1 : k;
    }
    free(view.lines);
    if (oom)
        doc->oom = 1;
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
            seg_target_clear(&r->targets[i]);
        else
            r->targets[w++] = r->targets[i];
    }
    /* the rows go among the paragraphs' targets in the order of the text;
     * both runs are in that order already */
    size_t nland = r->n_targets - first, nold = w - nland;
    seg_target *m = malloc(w * sizeof *m);
    if (!m) {
        r->n_targets = w;
        doc->oom = 1;
        return;
    }
    size_t a = 0, b = nold, o = 0;
    while (a < nold || b < w)
        m[o++] = b >= w || (a < nold && r->targets[a].start <= r->targets[b].start) ? r->targets[a++] : r->targets[b++];
    memcpy(r->targets, m, w * sizeof *m);
    free(m);
    r->n_targets = w;
}
