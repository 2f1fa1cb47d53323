/*
 * tables.c: task tables flattened one cell per line, as web text and PDF
 * layers give an annex's "Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
 * Thời gian hoàn thành | Sản phẩm". The header row names the columns; a row
 * opens with its number (a Roman one opens a group, whose title follows);
 * the task cell runs to the first line that names a body (the lead's
 * column), and the lines after it fill the other columns in the header's
 * order. The cells other than the task are dropped from the body text, so
 * that each task is a paragraph of its own; agencies and targets read the
 * rows from d->trows.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "segment/seg_internal.h"

enum { COL_NONE, COL_INDEX, COL_TASK, COL_LEAD, COL_HELP, COL_TIME, COL_OTHER };

/* Does line k end inside a phrase ("Sở Khoa học và" / "Công nghệ", "Ủy
 * ban nhân dân tỉnh Bà Rịa -" / "Vũng Tàu"), so a cell wrapped there? */
static int open_end(const seg_doc *d, size_t k)
{
    const seg_line *l = &d->lines[k];
    size_t c = l->c1;
    while (c > l->c0 && d->fold[c - 1] == ' ')
        c--;
    if (c > l->c0 && d->fold[c - 1] == '-') {
        /* a dash alone is an empty cell ("-" for no partner), not a name
         * left open */
        size_t b = l->c0;
        while (b < c && d->fold[b] == ' ')
            b++;
        return b < c - 1;
    }
    return c >= l->c0 + 3 && !memcmp(d->fold + c - 3, " va", 3);
}

/* Does line k's cell go on at line k + 1? Besides a phrase left open, a
 * cell a PDF page set in its narrow column wraps where a line fills, and
 * the wrap opens in lower case ("... thúc đẩy, theo" / "dõi, báo cáo chỉ
 * tiêu"): a cell of its own opens with a capital or a digit. */
static int cell_goes_on(const seg_doc *d, size_t k)
{
    if (k + 1 >= d->nlines)
        return 0;
    if (open_end(d, k))
        return 1;
    const seg_line *w = &d->lines[k + 1];
    size_t i = w->b0;
    return cp_is_lower(seg_utf8_next(d->text, w->b1, &i));
}

int seg_line_para(const seg_doc *d, size_t k, seg_para *p)
{
    const seg_line *l = &d->lines[k];
    size_t len = l->b1 - l->b0;
    memset(p, 0, sizeof *p);
    p->wc = d->wc;
    if (k + 1 < d->nlines && d->lines[k + 1].dropped == SEG_TABLE_WRAP && cell_goes_on(d, k)) {
        /* a cell on two lines is one: the name it wrapped is whole again */
        const seg_line *w = &d->lines[k + 1];
        sbuf b = {0};
        sb_add(&b, d->text + l->b0, len);
        sb_putc(&b, ' ');
        sb_add(&b, d->text + w->b0, w->b1 - w->b0);
        p->text = sb_take(&b, &len);
    } else {
        p->text = seg_strndup(d->text + l->b0, len);
    }
    p->fold = malloc(len + 1);
    p->cpos = malloc((len + 1) * sizeof *p->cpos);
    if (!p->text || !p->fold || !p->cpos)
        return -1;
    p->nchar = seg_fold(p->text, len, p->fold, p->cpos);
    p->start = l->c0;
    p->end = l->c1;
    p->b0 = l->b0;
    p->b1 = l->b1;
    p->page = l->page;
    p->section = -1;
    return 0;
}

static int starts(const char *f, const char *w) { return !strncmp(f, w, strlen(w)); }

/* The column a header cell names, from its folded text. */
static int column_of(const char *f, size_t n)
{
    if (n == 0 || n > 48)
        return COL_NONE;
    if (!strcmp(f, "stt") || !strcmp(f, "tt"))
        return COL_INDEX;
    /* the body that does the task: "Cơ quan chủ trì", or where no other
     * column coordinates, "Đơn vị thực hiện", "Cơ quan thực hiện" */
    int does = strstr(f, "thuc hien") && !starts(f, "thoi gian") && !starts(f, "thoi han") &&
               !starts(f, "noi dung") && !starts(f, "nhiem vu") && !starts(f, "ket qua");
    if (strstr(f, "chu tri") || does)
        return COL_LEAD;
    if (strstr(f, "phoi hop"))
        return COL_HELP;
    if (starts(f, "thoi gian") || starts(f, "thoi han") || starts(f, "tien do"))
        return COL_TIME;
    if (starts(f, "nhiem vu") || starts(f, "noi dung") || starts(f, "ten nhiem vu") || starts(f, "hoat dong") ||
        starts(f, "giai phap") || starts(f, "ten cong viec") || !strcmp(f, "chi tieu") || starts(f, "ten chi tieu"))
        return COL_TASK;
    if (starts(f, "san pham") || starts(f, "ket qua") || starts(f, "ghi chu") || starts(f, "kinh phi") ||
        starts(f, "nguon"))
        return COL_OTHER;
    return COL_NONE;
}

/* The folded, trimmed line k in buf. */
static size_t fold_line(const seg_doc *d, size_t k, char *buf, size_t cap)
{
    const seg_line *l = &d->lines[k];
    size_t n = 0;
    for (size_t c = l->c0; c < l->c1 && n + 1 < cap; c++)
        buf[n++] = d->fold[c];
    buf[n] = 0;
    return n;
}

/* A sub-row's number under a numbered group, "1.2" (each part one or two
 * digits: "1.004122" is a procedure's code, "70.742" a quantity). */
static int sub_number(const char *f, size_t n)
{
    size_t i = 0, a, b;
    while (i < n && isdigit((unsigned char)f[i]))
        i++;
    a = i;
    if (a == 0 || a > 2 || i >= n || f[i] != '.')
        return 0;
    for (i++; i < n && isdigit((unsigned char)f[i]); i++)
        ;
    b = i - a - 1;
    return i == n && b >= 1 && b <= 2;
}

/* A row's number: "3", "3.", or a group's Roman "II", also as OCR reads
 * a Roman numeral's strokes: "H" and "HI" for II and III, "Il" and "I1"
 * for II (a stroke after a capital I). */
static int index_line(const seg_doc *d, size_t k, int *roman)
{
    char f[16];
    size_t n = fold_line(d, k, f, sizeof f);
    if (n && (f[n - 1] == '.' || (n > 1 && f[n - 1] == ',' && isdigit((unsigned char)f[n - 2]))))
        n--; /* "3." and OCR's "3," */
    if (n == 0 || n > 5)
        return 0;
    if (sub_number(f, n)) {
        *roman = 0;
        return 1;
    }
    const char *t = d->text + d->lines[k].b0;
    int digits = 1, rom = 1;
    for (size_t i = 0; i < n; i++) {
        digits &= isdigit((unsigned char)f[i]) != 0;
        rom &= (t[i] && strchr("IVX", t[i]) != NULL) || (i > 0 && t[0] == 'I' && (t[i] == 'l' || t[i] == '1'));
    }
    rom = rom || (n == 1 && t[0] == 'H') || (n == 2 && !strncmp(t, "HI", 2));
    *roman = rom && !digits;
    return (digits && n <= 3) || (rom && !digits);
}

/* A group's title whose Roman numeral OCR lost, where a row's number
 * stands: a line of two words or more in capitals, no digit, naming no
 * body ("HỖ TRỢ VÀ PHÁT TRIỂN CÔNG NGHỆ"). */
static int bare_group_title(const seg_doc *d, size_t k)
{
    const seg_line *l = &d->lines[k];
    size_t i = l->b0, letters = 0, words = 1;
    while (i < l->b1) {
        uint32_t cp = seg_utf8_next(d->text, l->b1, &i);
        if (cp_is_lower(cp) || (cp >= '0' && cp <= '9'))
            return 0;
        if (cp == ' ')
            words++;
        letters += cp_is_upper(cp) != 0;
    }
    return words >= 2 && letters >= 8;
}

/* A group's number and title on one line: "I. Kinh tế số" (capital Roman
 * numeral, a full stop, the title). */
static int group_line(const seg_doc *d, size_t k)
{
    const char *t = d->text + d->lines[k].b0, *e = d->text + d->lines[k].b1;
    const char *p = t;
    while (p < e && strchr("IVX", *p))
        p++;
    return p > t && p - t <= 4 && p + 2 < e && p[0] == '.' && p[1] == ' ' && !isdigit((unsigned char)p[2]);
}

/* The number of the row opened at line k ("3", "3."), or 0. */
static long row_number(const seg_doc *d, size_t k)
{
    char f[16];
    size_t n = fold_line(d, k, f, sizeof f);
    long v = 0;
    for (size_t i = 0; i < n && isdigit((unsigned char)f[i]); i++)
        v = v * 10 + (f[i] - '0');
    return v;
}

/* A page's number printed first on its page, inside a row's cells ("công"
 * / "11" / "nghệ cao ..." when row 1 runs over the break): a number on the
 * first line of a page that is not the next row's, next. */
static int page_number_line(const seg_doc *d, size_t k, long next)
{
    if (k == 0 || d->lines[k - 1].page == d->lines[k].page)
        return 0;
    char f[16];
    size_t n = fold_line(d, k, f, sizeof f);
    long v = 0;
    for (size_t i = 0; i < n; i++) {
        if (!isdigit((unsigned char)f[i]))
            return 0;
        v = v * 10 + (f[i] - '0');
    }
    return n > 0 && v != next;
}

/* Does line k name a body at its start (a lead's or partner's cell)? */
static int names_body(const seg_doc *d, const seg_gaz *g, size_t k)
{
    seg_para p;
    int r = 0, coll;
    size_t ml;
    if (seg_line_para(d, k, &p) == 0)
        r = seg_gaz_match(g, p.fold, p.nchar, 0, &ml) != NULL || seg_body_at(&p, 0, &coll) > 0 ||
            starts(p.fold, "so, ban, nganh") || starts(p.fold, "cac so");
    seg_para_free(&p);
    return r;
}

static int add_row(seg_doc *d, const seg_trow *row)
{
    seg_trow *q = realloc(d->trows, (d->ntrows + 1) * sizeof *q);
    if (!q)
        return -1;
    d->trows = q;
    d->trows[d->ntrows++] = *row;
    return 0;
}

/* The line after the cells of a row whose lead's cell is line q: the
 * lead's wrap, then the na columns after it, each with its wrap. */
static size_t after_cells(const seg_doc *d, size_t q, int na)
{
    int roman;
    q++;
    if (q < d->nlines && cell_goes_on(d, q - 1) && !index_line(d, q, &roman))
        q++;
    for (int c = 0; c < na && q < d->nlines && !index_line(d, q, &roman); c++, q++)
        if (q + 1 < d->nlines && cell_goes_on(d, q) && !index_line(d, q + 1, &roman))
            q++;
    return q;
}

/* Is line k a time cell: a year ("2026", "2025-2030", "Quý IV/2026") or
 * a standing duty's "Thường xuyên", "Hằng năm"? */
static int time_cell(const seg_doc *d, size_t k)
{
    char f[64];
    size_t n = fold_line(d, k, f, sizeof f);
    if (starts(f, "thuong xuyen") || starts(f, "hang nam") || starts(f, "hang quy") || starts(f, "hang thang"))
        return 1;
    for (size_t i = 0; i + 4 <= n; i++)
        if (f[i] == '2' && f[i + 1] == '0' && isdigit((unsigned char)f[i + 2]) && isdigit((unsigned char)f[i + 3]) &&
            (i == 0 || !isdigit((unsigned char)f[i - 1])) && (i + 4 == n || !isdigit((unsigned char)f[i + 4])))
            return n <= 24;
    return 0;
}

/* Is line k a row whose number OCR lost (read as a dash or not at all),
 * the row after it numbered last + 2, or 2 when k opens a group (its rows
 * numbered from 1 again), or the next group opening after it? Returns the
 * task cell's first line (after a speck standing for the number), or 0. */
static size_t unnumbered_row(const seg_doc *d, const seg_gaz *g, size_t k, long last, int group_start, int na,
                             long *num)
{
    int roman;
    size_t t = k;
    const seg_line *l = &d->lines[k];
    size_t alnum = 0;
    for (size_t c = l->c0; c < l->c1; c++)
        alnum += isalnum((unsigned char)d->fold[c]) != 0;
    if (!alnum && l->c1 - l->c0 <= 3)
        t++; /* "-" where the number stood */
    if (t >= d->nlines || names_body(d, g, t))
        return 0;
    size_t q = t + 1;
    while (q < d->nlines && q < t + 12 && (!index_line(d, q, &roman) || page_number_line(d, q, last + 2)) &&
           !names_body(d, g, q))
        q++; /* the task's cell, a page's number inside it ("công" / "11" / "nghệ cao ...") */
    if (q >= d->nlines || q >= t + 12 || index_line(d, q, &roman))
        return 0;
    q = after_cells(d, q, na);
    if (q >= d->nlines)
        return 0;
    *num = last + 1;
    if (index_line(d, q, &roman)) {
        if (!roman && group_start && row_number(d, q) == 2)
            *num = 1;
        /* a row's number after a row whose last cell is its time ("2026",
         * "Thường xuyên"): the row is whole, whatever number OCR read next
         * ("8," for 2) */
        return roman || row_number(d, q) == last + 2 || *num == 1 || time_cell(d, q - 1) ? t : 0;
    }
    return group_line(d, q) || bare_group_title(d, q) ? t : 0;
}

/* Is line q the first sub-row ("1.1") of the row numbered at line k ("1")? */
static int first_sub_row(const seg_doc *d, size_t k, size_t q)
{
    char f[16], g[16];
    size_t n = fold_line(d, k, f, sizeof f), m = fold_line(d, q, g, sizeof g);
    if (n && f[n - 1] == '.')
        f[--n] = 0;
    if (m && g[m - 1] == '.')
        g[--m] = 0;
    return n > 0 && m == n + 2 && !strncmp(g, f, n) && g[n] == '.' && g[n + 1] == '1' && sub_number(g, m);
}

/* Rows from line k (after the header); returns the line after the table. */
static size_t read_rows(seg_doc *d, const seg_gaz *g, size_t k, const int *cols, int nc)
{
    int after_lead[8], na = 0, seen_task = 0;
    for (int c = 0; c < nc; c++) {
        if (cols[c] == COL_TASK)
            seen_task = 1;
        else if (seen_task && cols[c] != COL_LEAD && na < 8)
            after_lead[na++] = cols[c];
    }
    int roman, group_start = 0;
    long last = 0;
    while (k < d->nlines) {
        if (group_line(d, k) || bare_group_title(d, k)) {
            k++; /* a group's title, a line of the body */
            group_start = 1;
            continue;
        }
        if (last > 0 && page_number_line(d, k, last + 1) && k + 1 < d->nlines &&
            index_line(d, k + 1, &roman) && !roman && row_number(d, k + 1) == last + 1) {
            d->lines[k++].dropped = 1; /* the page's number above the next row's ("12" / "3") */
            continue;
        }
        size_t lost = 0;
        if (!index_line(d, k, &roman)) {
            long num = 0;
            lost = last > 0 || group_start ? unnumbered_row(d, g, k, last, group_start, na, &num) : 0;
            if (!lost)
                break;
            roman = 0;
            last = num;
            while (k < lost)
                d->lines[k++].dropped = SEG_TABLE_CELL;
        } else {
            if (!roman)
                last = row_number(d, k);
            d->lines[k++].dropped = SEG_TABLE_CELL;
        }
        if (roman) { /* a group's title: lines of the body up to its first row */
            size_t j = k;
            int r2 = 0;
            while (j < d->nlines && !index_line(d, j, &r2))
                j++;
            if (j < d->nlines && !r2 && row_number(d, j) != 1 && row_number(d, j) != last + 1) {
                /* OCR lost the first row's number: the title alone, in
                 * capitals or one line, and that row is read unnumbered */
                size_t t = k;
                while (t < j && bare_group_title(d, t))
                    t++;
                j = t > k ? t : k + 1;
            }
            k = j;
            group_start = 1;
            continue;
        }
        group_start = 0;
        seg_trow row = {(long)k, -1, -1, -1};
        long next = last + 1;
        size_t q = k + 1;
        while (q < d->nlines && q < k + 12 && (!index_line(d, q, &roman) || page_number_line(d, q, next)) &&
               !names_body(d, g, q))
            q++;
        if (q < d->nlines && q < k + 12 && index_line(d, q, &roman) && !roman && first_sub_row(d, k - 1, q)) {
            /* "1" / its title / "1.1": a numbered group over its sub-rows,
             * its title a line of the body as a Roman group's is */
            k = q;
            group_start = 1;
            continue;
        }
        if (q < d->nlines && q == k + 2 + (size_t)na && index_line(d, q, &roman) &&
            (roman || row_number(d, q) == next) && !names_body(d, g, k))
            q = k + 1; /* one line a cell up to the next row: the lead's cell is the
                          first, a body the gazetteer and the head nouns do not name
                          ("Viễn thông An Giang"), its partner's cell "-" */
        else if (q >= d->nlines || q >= k + 12 || index_line(d, q, &roman))
            return q; /* no lead's cell: not a task table after all */
        row.lead = (long)q;
        d->lines[q++].dropped = SEG_TABLE_CELL;
        if (q < d->nlines && cell_goes_on(d, q - 1) && !index_line(d, q, &roman))
            d->lines[q++].dropped = SEG_TABLE_WRAP; /* the lead's cell goes on */
        for (int c = 0; c < na && q < d->nlines; c++, q++) {
            /* the row's last cells a page put on the next: its number first
             * there ("Các sở, ngành liên quan" / "2" / "Năm 2028") */
            while (q + 1 < d->nlines && page_number_line(d, q, next) && !index_line(d, q + 1, &roman))
                d->lines[q++].dropped = 1;
            if (index_line(d, q, &roman))
                break;
            int skip = 0;
            if (after_lead[c] == COL_HELP && time_cell(d, q) && !names_body(d, g, q))
                for (int c2 = c + 1; c2 < na; c2++)
                    if (after_lead[c2] == COL_TIME) {
                        /* an empty partner's cell ("-") that a PDF layer
                         * dropped: the time stands in its place */
                        skip = c2 - c;
                        break;
                    }
            c += skip;
            if (after_lead[c] == COL_HELP)
                row.help = (long)q;
            else if (after_lead[c] == COL_TIME)
                row.time = (long)q;
            d->lines[q].dropped = SEG_TABLE_CELL;
            if (q + 1 < d->nlines && cell_goes_on(d, q) && !index_line(d, q + 1, &roman))
                d->lines[++q].dropped = SEG_TABLE_WRAP;
        }
        if (add_row(d, &row) < 0) {
            d->oom = 1;
            return d->nlines;
        }
        k = q;
    }
    return k;
}

/* Does line k + 1 carry on line k's header cell: it opens in lower case
 * and is short, as a wrapped cell's last words are? */
static int header_wrap(const seg_doc *d, size_t k)
{
    if (k + 1 >= d->nlines || d->lines[k + 1].c1 - d->lines[k + 1].c0 > 24)
        return 0;
    const seg_line *w = &d->lines[k + 1];
    size_t i = w->b0;
    return cp_is_lower(seg_utf8_next(d->text, w->b1, &i));
}

void seg_tables(seg_doc *d, const seg_gaz *g)
{
    char buf[64];
    for (size_t k = 0; k < d->nlines && !d->oom; k++) {
        int cols[8], nc = 0, task = 0, lead = 0;
        size_t cline[8];
        size_t q = k;
        for (; q < d->nlines && nc < 8; q++) {
            size_t n = fold_line(d, q, buf, sizeof buf);
            int wrap = header_wrap(d, q);
            if (wrap && n + 1 < sizeof buf) {
                /* a header cell a PDF page wrapped in its narrow column
                 * ("Thời gian" / "hoàn thành", "Cơ quan" / "chủ trì"): a
                 * cell of its own opens with a capital */
                buf[n++] = ' ';
                n += fold_line(d, q + 1, buf + n, sizeof buf - n);
            }
            int c = column_of(buf, n);
            if (c == COL_NONE)
                break;
            cline[nc] = q;
            q += wrap;
            cols[nc++] = c;
            task |= c == COL_TASK;
            lead |= c == COL_LEAD;
        }
        if (nc < 3 || !task || !lead)
            continue;
        /* a title in capitals right above ("NHIỆM VỤ TRỌNG TÂM") is not a
         * cell: the header row starts at its "STT" */
        for (int c = 1; c < nc; c++)
            if (cols[c] == COL_INDEX) {
                memmove(cols, cols + c, (size_t)(nc - c) * sizeof *cols);
                nc -= c;
                k = cline[c];
                break;
            }
        for (size_t h = k; h < q; h++)
            d->lines[h].dropped = SEG_TABLE_CELL;
        k = read_rows(d, g, q, cols, nc);
    }
}

long seg_para_of_line(const seg_doc *d, size_t k)
{
    size_t b = d->lines[k].b0;
    for (size_t i = 0; i < d->nparas; i++)
        if (d->paras[i].b0 <= b && b < d->paras[i].b1)
            return (long)i;
    return -1;
}

int seg_cell_year(const seg_doc *d, long k)
{
    if (k < 0)
        return 0;
    const seg_line *l = &d->lines[k];
    return seg_end_year(d->fold, l->c0, l->c1); /* "Từ tháng 11/2025" is a start */
}
