/*
 * tasklines.c: the lines that say who does a task and by when ("- Đơn vị
 * chủ trì: Sở Nội vụ.", "c) Thời gian thực hiện: Quý IV/2025", a published
 * procedure's "Cơ quan thực hiện:"), and the task they belong to: the
 * paragraph above them, or a procedure's name above its first part.
 * Targets (targets.c) and agencies (agencies.c, headings.c) read them.
 */
#include <ctype.h>
#include <string.h>

#include "segment/seg_internal.h"

static const struct { const char *fold; int kind; } task_labels[] = {
    {"don vi chu tri", SEG_LBL_LEAD}, {"co quan chu tri", SEG_LBL_LEAD}, {"chu tri", SEG_LBL_LEAD},
    {"don vi phoi hop", SEG_LBL_HELP}, {"co quan phoi hop", SEG_LBL_HELP}, {"phoi hop", SEG_LBL_HELP},
    {"co quan thuc hien", SEG_LBL_DOER}, {"don vi thuc hien", SEG_LBL_DOER},
    /* a published procedure's lines (the form of its "Cơ quan thực hiện"):
     * the body that handles the case, the one that decides it, the one
     * authorised to */
    {"co quan truc tiep thuc hien", SEG_LBL_DOER}, {"co quan co tham quyen quyet dinh", SEG_LBL_DOER},
    {"co quan co tham quyen giai quyet", SEG_LBL_DOER}, {"co quan duoc uy quyen thuc hien", SEG_LBL_DOER},
    {"co quan duoc uy quyen", SEG_LBL_DOER},
    {"thoi gian thuc hien", SEG_LBL_TIME}, {"thoi gian hoan thanh", SEG_LBL_TIME},
    {"thoi han hoan thanh", SEG_LBL_TIME}, {"thoi han thuc hien", SEG_LBL_TIME}, {"thoi han", SEG_LBL_TIME},
    {"tien do thuc hien", SEG_LBL_TIME}, {"tien do hoan thanh", SEG_LBL_TIME},
    {"san pham", SEG_LBL_OTHER}, {"kinh phi thuc hien", SEG_LBL_OTHER}, {"nguon kinh phi", SEG_LBL_OTHER},
    /* "- Kinh phí: 800 triệu đồng ...": the task's funds, on a line of its
     * own as its doer and time are */
    {"kinh phi", SEG_LBL_OTHER}, {"ket qua", SEG_LBL_OTHER}};

/* The label of task_labels that f[0, n) opens with, up to its colon
 * (*after: past the colon and its blanks), or 0. */
static int label_at(const char *f, size_t n, size_t *after)
{
    for (size_t k = 0; k < sizeof task_labels / sizeof task_labels[0]; k++) {
        size_t l = strlen(task_labels[k].fold);
        size_t j = l;
        if (n < l || memcmp(f, task_labels[k].fold, l))
            continue;
        while (j < n && f[j] == ' ')
            j++;
        if (j >= n || f[j] != ':')
            continue; /* "Phối hợp với Sở ..." is a task, "Phối hợp:" a label */
        j++;
        while (j < n && f[j] == ' ')
            j++;
        *after = j;
        return task_labels[k].kind;
    }
    return 0;
}

/* Where the bracket closing f[0, n) opens (its "(" index), or n: the
 * text ends with ")" and a stop or semicolon at most, and nothing
 * inside is bracketed again. */
static size_t bracket_open(const char *f, size_t n, size_t *close)
{
    while (n > 0 && (f[n - 1] == ' ' || f[n - 1] == '.' || f[n - 1] == ';'))
        n--;
    if (n < 2 || f[n - 1] != ')')
        return (size_t)-1;
    for (size_t j = n - 1; j-- > 0;) {
        if (f[j] == ')')
            return (size_t)-1;
        if (f[j] == '(') {
            *close = n - 1;
            return j;
        }
    }
    return (size_t)-1;
}

size_t seg_closing_bracket(const seg_para *p, size_t *close)
{
    size_t o = bracket_open(p->fold, p->nchar, close);
    if (o == (size_t)-1 || o <= p->label_chars)
        return 0;
    return skip_sp(p->fold, *close, o + 1);
}

int seg_bracket_label(const seg_para *p, size_t *after)
{
    size_t close, o = seg_closing_bracket(p, &close);
    if (!o)
        return 0;
    int kind = label_at(p->fold + o, close - o, after);
    *after += o;
    return kind;
}

int seg_task_label(const seg_para *p, size_t *after)
{
    const char *f = p->fold + p->label_chars;
    size_t n = p->nchar - p->label_chars;
    int kind = label_at(f, n, after);
    if (kind) {
        *after += p->label_chars;
        return kind;
    }
    /* the task's lines in a bracket of their own under it, "(Cơ quan chủ
     * trì: Sở Công Thương; cơ quan phối hợp: ...; thời gian: ...)": the
     * bracket sets them apart from the task as a dash would */
    size_t close;
    if (n > 2 && f[0] == '(' && bracket_open(f, n, &close) == 0) {
        size_t o = skip_sp(f, close, 1);
        kind = label_at(f + o, close - o, after);
        if (kind) {
            *after += p->label_chars + o;
            return kind;
        }
    }
    /* A published procedure names its bodies by the part they play in it,
     * with the object of that part after the verb (Decree 63/2010 and
     * 92/2017 layout): "Cơ quan thực hiện thủ tục hành chính:", "Cơ quan
     * giải quyết TTHC:", "Cơ quan tiếp nhận hồ sơ:", "Cơ quan có thẩm
     * quyền công nhận:". The label is "cơ quan" and its function, then
     * lower-case words only, up to the colon: a capital before it is a
     * body's name ("Cơ quan thực hiện Sở Y tế: ..." is no label). */
    static const char *const proc_parts[] = {"co quan thuc hien ", "co quan giai quyet", "co quan tiep nhan ",
                                             "co quan co tham quyen ", "co quan duoc uy quyen "};
    for (size_t k = 0; k < sizeof proc_parts / sizeof proc_parts[0]; k++) {
        size_t l = strlen(proc_parts[k]);
        if (n < l || memcmp(f, proc_parts[k], l))
            continue;
        for (size_t j = l; j < n && j < 64; j++) {
            if (f[j] == ':') {
                j++;
                while (j < n && f[j] == ' ')
                    j++;
                *after = p->label_chars + j;
                return SEG_LBL_DOER;
            }
            if (f[j] != ' ' && (f[j] < 'a' || f[j] > 'z'))
                break;
            /* a capitalised word opens a name; an abbreviation all in
             * capitals ("TTHC") is the object's */
            const char *t = p->text + p->cpos[p->label_chars + j];
            if (f[j - 1] == ' ' && isupper((unsigned char)t[0]) && !(j + 1 < n && isupper((unsigned char)t[1])))
                break;
        }
        break;
    }
    /* "Thời gian thực hiện Chương trình:", "Thời gian:": a time span */
    if (!strncmp(f, "thoi gian", 9)) {
        for (size_t j = 9; j < n && j < 48; j++)
            if (f[j] == ':') {
                *after = p->label_chars + j + 1;
                return SEG_LBL_TIME;
            }
    }
    /* "Hoàn thành trong năm 2025.": a line that is only a deadline */
    if (n < 60 && (!strncmp(f, "hoan thanh trong", 16) || !strncmp(f, "hoan thanh truoc", 16) ||
                   !strncmp(f, "hoan thanh nam", 14))) {
        *after = p->label_chars;
        return SEG_LBL_TIME;
    }
    return 0;
}

size_t seg_label_clause(const seg_para *p, size_t from, int *kind, size_t *after)
{
    for (size_t q = from; q < p->nchar; q++) {
        if (p->fold[q] != ';')
            continue;
        size_t a = q + 1;
        while (a < p->nchar && p->fold[a] == ' ')
            a++;
        size_t j;
        int k = label_at(p->fold + a, p->nchar - a, &j);
        if (!k && p->nchar - a > 9 && !memcmp(p->fold + a, "thoi gian", 9))
            for (j = 9; a + j < p->nchar && j < 40; j++)
                if (p->fold[a + j] == ':') {
                    k = SEG_LBL_TIME; /* "; thời gian: năm 2027" */
                    for (j++; a + j < p->nchar && p->fold[a + j] == ' '; j++)
                        ;
                    break;
                }
        if (k) {
            *kind = k;
            *after = a + j;
            return q;
        }
    }
    return p->nchar;
}

int seg_label_value(const seg_doc *d, size_t i)
{
    size_t after;
    if (i == 0 || i >= d->nparas || d->paras[i].mk != MK_NONE || seg_task_label(&d->paras[i], &after))
        return 0;
    /* a PDF's text layer and a web page break the line after the colon of
     * a procedure's label: its value stands alone on the next line, with
     * no marker of its own */
    const seg_para *l = &d->paras[i - 1];
    int kind = seg_task_label(l, &after);
    return (kind == SEG_LBL_LEAD || kind == SEG_LBL_HELP || kind == SEG_LBL_DOER) && after >= l->nchar;
}

size_t seg_task_of(const seg_doc *d, size_t i)
{
    size_t after;
    while (i > 0 && (seg_task_label(&d->paras[i], &after) || seg_label_value(d, i)))
        i--;
    /* "a) Nhiệm vụ: ..." or the heading "1.1. Xây dựng ..." above the labels */
    return i;
}

/* The captions of a published procedure's parts in the order Decree
 * 63/2010 (92/2017) sets them, past an item's label: "Trình tự thực
 * hiện", "Cách thức thực hiện", "Thành phần, số lượng hồ sơ", "Thời hạn
 * giải quyết", "Đối tượng thực hiện", "Cơ quan thực hiện", "Kết quả
 * thực hiện", "Lệ phí", "Căn cứ pháp lý". Only the captions a procedure
 * alone prints: not a plan's "Kết quả:", "Thời hạn:" or "Yêu cầu:". */
static int procedure_part(const seg_para *p)
{
    static const char *const parts[] = {"trinh tu thuc hien", "cach thuc thuc hien", "thanh phan ho so",
                                        "thanh phan, so luong ho so", "so luong ho so", "thoi han giai quyet",
                                        "doi tuong thuc hien", "co quan thuc hien", "co quan giai quyet",
                                        "ket qua thuc hien thu tuc", "ket qua giai quyet", "le phi", "phi, le phi",
                                        "can cu phap ly", NULL};
    return seg_word_in(p->fold, p->nchar, p->label_chars, parts) > 0;
}

/* Is line l a number alone (at most three digits and a stop), or, with
 * code set, a procedure's code in the national database ("1.014464.H05",
 * "1.014466. H05", "2.002815": digits with dots, a province's letter)? */
static int number_line(const seg_doc *d, const seg_line *l, int code)
{
    const char *f = d->fold + l->c0;
    size_t n = l->c1 - l->c0, k = 0, digits = 0, dots = 0;
    while (n > 0 && f[n - 1] == '.')
        n--;
    if (!code) {
        while (k < n && isdigit((unsigned char)f[k]))
            k++;
        return n > 0 && n <= 3 && k == n;
    }
    for (; k < n; k++) {
        if (isdigit((unsigned char)f[k]))
            digits++;
        else if (f[k] == '.')
            dots++;
        else if (f[k] != ' ' && f[k] != 'h')
            return 0;
    }
    return n <= 20 && digits >= 5 && dots >= 1 && isdigit((unsigned char)f[0]);
}

/* Does the line right above paragraph p hold a row's number alone, a
 * flattened table's first cell ("1", "01"), or its procedure's code with
 * the number above it? The line may have been set aside as a page's
 * number: the number is read from the text itself. */
static int after_row_number(const seg_doc *d, const seg_para *p)
{
    size_t lo = 0, hi = d->nlines;
    while (lo < hi) { /* the first line starting at or after p */
        size_t m = lo + (hi - lo) / 2;
        if (d->lines[m].b0 < p->b0)
            lo = m + 1;
        else
            hi = m;
    }
    if (lo == 0 || lo >= d->nlines || d->lines[lo].b0 != p->b0)
        return 0;
    if (number_line(d, &d->lines[lo - 1], 0))
        return 1;
    return lo >= 2 && number_line(d, &d->lines[lo - 1], 1) && number_line(d, &d->lines[lo - 2], 0);
}

/* The name of the procedure whose parts a list of procedures prints in
 * one cell of its row (a web page or a PDF layer flattens the table one
 * cell a line: "1" / its name / its time limit / its place / ... / "1.
 * Trình tự thực hiện:" ... "2. Cơ quan thực hiện:"): the cell right
 * after the row's number, the nearest above part j within the row (a
 * row's cells fill a few dozen lines; an earlier procedure's first part
 * closes the search). 0 when there is none. */
static size_t row_procedure(const seg_doc *d, size_t j)
{
    for (size_t q = j, lim = j > 40 ? j - 40 : 0; q > lim && q > d->body_first; q--) {
        const seg_para *p = &d->paras[q - 1];
        size_t after;
        if (p->in_header || p->caps || (q < j && !strncmp(p->fold + p->label_chars, "trinh tu thuc hien", 18)))
            return 0;
        if (p->mk != MK_NONE || p->nchar < 12 || !after_row_number(d, p) || seg_task_label(p, &after) ||
            procedure_part(p))
            continue;
        return q - 1;
    }
    return 0;
}

/* A published procedure is printed part by part in the order Decree
 * 63/2010 (92/2017) sets: its name, then "Trình tự thực hiện", "Cách thức
 * thực hiện", "Thành phần hồ sơ", ..., "Cơ quan thực hiện", "Kết quả".
 * A body line among those parts is given the procedure itself, so its
 * task is the name printed right above the procedure's first part
 * ("1. Đăng ký cai nghiện ma túy tự nguyện - Mã số: ..." over "1.1. Trình
 * tự thực hiện:"), also when the body line's part follows others with
 * nothing between ("1. Công nhận ..." over "1.1. Thời hạn giải quyết:
 * ...", "1.2. Cơ quan thực hiện:"), or the name in its row's cell when a
 * list of procedures prints the parts in that row. When the line is no
 * part of such a layout, or the line above the first part is a list item
 * or a caption (a table's last cell, "CÁC BƯỚC"), the task is the one
 * above the body lines (seg_task_of). */
size_t seg_task_or_procedure(const seg_doc *d, size_t i)
{
    size_t after;
    /* the parts from the body line up, each right under the one before:
     * the name heads the first, of a higher rank */
    for (size_t j = i; j > d->body_first; j--) {
        const seg_para *p = &d->paras[j];
        if (j < i && !procedure_part(p) && !seg_task_label(p, &after) && !seg_label_value(d, j))
            break;
        if (!procedure_part(p))
            continue;
        const seg_para *t = &d->paras[j - 1];
        if (procedure_part(t) || seg_task_label(t, &after) || seg_label_value(d, j - 1))
            continue;
        if (p->mk == MK_ARABIC && t->mk == MK_ARABIC && t->mk_depth < p->mk_depth && !t->caps &&
            t->nchar - t->label_chars >= 12)
            return j - 1;
        break;
    }
    /* a procedure's parts fill a few pages at most */
    for (size_t j = i, lim = i > 400 ? i - 400 : 0; j > lim && j - 1 >= d->body_first; j--) {
        const seg_para *p = &d->paras[j - 1];
        const char *f = p->fold + p->label_chars;
        /* a caption without a colon is joined by the reflow to the name
         * above it: "Cho phép nhập khẩu thuốc ... Trình tự thực hiện" */
        size_t m = p->nchar;
        while (m > p->label_chars && (p->fold[m - 1] == ' ' || p->fold[m - 1] == ':'))
            m--;
        if (m >= p->label_chars + 30 && !memcmp(p->fold + m - 18, "trinh tu thuc hien", 18) &&
            p->fold[m - 19] == ' ' && p->mk != MK_DASH && p->mk != MK_PLUS)
            return j - 1;
        if (strncmp(f, "trinh tu thuc hien", 18))
            continue;
        if (j - 1 == 0)
            break;
        const seg_para *t = &d->paras[j - 2];
        /* the name heads its parts: not an item of a list ("b) Gửi hồ sơ
         * ..."), nor a part of the same rank ("1. Cách thức thực hiện" over
         * "2. Trình tự thực hiện"); else the cell after its row's number */
        if (t->mk == MK_DASH || t->mk == MK_PLUS || t->mk == MK_LETTER || t->caps ||
            (t->mk != MK_NONE && t->mk == p->mk && t->mk_depth == p->mk_depth) ||
            t->nchar - t->label_chars < 12 || seg_task_label(t, &after)) {
            size_t r = row_procedure(d, j - 1);
            return r ? r : seg_task_of(d, i);
        }
        return j - 2;
    }
    /* a row whose cells print no "Trình tự thực hiện", its body line among
     * its dashed cells ("01" / the name / its time / "- Cơ quan thực hiện:
     * Sở ..."): the row's name, when no numbered item stands between */
    size_t r = row_procedure(d, i), t = seg_task_of(d, i);
    for (size_t q = r + 1; r && q < i; q++) {
        marker_kind mk = d->paras[q].mk;
        if (mk != MK_NONE && mk != MK_DASH && mk != MK_PLUS)
            r = 0;
    }
    return r && r < t ? r : t;
}

/* Where p's colon closes a caption of at most words syllables opening its
 * text ("Nhiệm vụ:", "Thời lượng (dự kiến):"): the colon's index, or 0. */
static size_t caption_colon(const seg_para *p, int words)
{
    const char *f = p->fold;
    int w = 0;
    for (size_t j = p->label_chars; j < p->nchar && j < p->label_chars + 48; j++) {
        if (f[j] == ':')
            return w ? j : 0;
        if (f[j] == '.' || f[j] == ',' || f[j] == ';')
            return 0;
        if (f[j] != ' ' && (j == p->label_chars || f[j - 1] == ' ') && ++w > words)
            return 0;
    }
    return 0;
}

/* Is p a caption that only numbers what it heads, a word or two and a
 * number, with its colon or nothing after: "Chuyên đề 2: ...", "Hoạt
 * động 3"? */
static int enumerated(const seg_para *p)
{
    const char *f = p->fold;
    size_t j = p->label_chars;
    int w = 0;
    while (j < p->nchar && isalpha((unsigned char)f[j]) && w < 2) {
        while (j < p->nchar && isalpha((unsigned char)f[j]))
            j++;
        w++;
        if (j < p->nchar && f[j] == ' ')
            j++;
    }
    if (!w || j >= p->nchar || !isdigit((unsigned char)f[j]))
        return 0;
    while (j < p->nchar && isdigit((unsigned char)f[j]))
        j++;
    while (j < p->nchar && f[j] == ' ')
        j++;
    return j >= p->nchar || f[j] == ':';
}

/* Is p a field of a task's description, its name and colon first: "-
 * Tên phóng sự: ...", "- Thời lượng (dự kiến): 8-10 phút.", "- Hình
 * thức: ...", a caption over items of its own ("- Nội dung:" over "+
 * ..."), or an enumerated caption of what the task makes, "Chuyên đề 2:
 * ..."? A plan describes a task by such fields under its heading, the
 * body and time lines among them. Not "- Nội dung (thực hiện): Tổ chức
 * ...", which states the task itself. */
static int field_line(const seg_para *p)
{
    size_t c = caption_colon(p, 5);
    while (c && c + 1 < p->nchar && p->fold[c + 1] == ' ')
        c++;
    if (c && c + 1 >= p->nchar)
        return 1;
    static const char *const names[] = {"ten", "thoi luong", "hinh thuc", "dia diem", "quy mo",
                                        "doi tuong", "so luong", "phuong thuc", "yeu cau", "muc tieu", "mo ta",
                                        "pham vi", NULL};
    const char *f = p->fold;
    size_t a = p->label_chars;
    if (!caption_colon(p, 5))
        return 0;
    return seg_word_in(f, p->nchar, a, names) || enumerated(p);
}

/* The task over the description fields ending at t ("1. Tuyên truyền trên
 * Kênh truyền hình" over "- Tên phóng sự: ...", "- Nội dung:" and its "+"
 * items, "- Thời lượng: ..."; or "Xây dựng 07 chuyên đề ..., gồm:" over
 * "Chuyên đề 1: ...", ...): the heading of a higher rank above them, or
 * the lead-in whose colon opens them; 0 when there is none. */
static size_t task_over_fields(const seg_doc *d, size_t t)
{
    const seg_para *f = &d->paras[t];
    for (size_t j = t; j-- > d->body_first;) {
        const seg_para *p = &d->paras[j];
        if ((field_line(p) && seg_same_rank(p, f)) || seg_lower_rank(f, p))
            continue;
        if (seg_lower_rank(p, f) && p->mk != MK_NONE)
            return enumerated(p) ? 0 : j; /* "a) Hoạt động 1" says no task: its fields do */
        size_t n = seg_trimmed(p);
        return n > 0 && p->fold[n - 1] == ':' && !caption_colon(p, 5) ? j : 0;
    }
    return 0;
}

size_t seg_tasks_of(const seg_doc *d, size_t i, size_t *out, size_t max)
{
    size_t t = seg_task_of(d, i), a;
    out[0] = t;
    if (t == i || max < 2)
        return 1;
    const seg_para *tp = &d->paras[t];
    if (field_line(tp)) {
        size_t h = task_over_fields(d, t);
        if (h)
            out[0] = h;
        return 1;
    }
    /* "a) Nhiệm vụ:" over "- Triển khai ...", "- Phối hợp ...", then "b)
     * Cơ quan thực hiện:" and its body lines: a caption heads the task's
     * items, and each is a task of the bodies named below them (the
     * deadline's lines date them all alike, targets.c) */
    if (tp->mk < MK_LETTER)
        return 1;
    size_t n = 1;
    for (size_t j = t; j-- > d->body_first;) {
        const seg_para *p = &d->paras[j];
        if (seg_task_label(p, &a) || seg_label_value(d, j))
            return 1; /* another task's lines: each item has its own */
        if (seg_lower_rank(tp, p))
            continue;
        if (seg_same_rank(p, tp)) {
            if (n < max)
                out[n++] = j;
            continue;
        }
        /* the caption is all the lead-in says, and it names the work:
         * "Nhiệm vụ:", "Nội dung:", "Các hoạt động:" and nothing after its
         * colon (not a procedure's "Trình tự thực hiện:" over its steps) */
        static const char *const work[] = {"nhiem vu", "noi dung", "hoat dong", "giai phap", "cong viec",
                                           "cac nhiem vu", "cac noi dung", "cac hoat dong", "cac giai phap", NULL};
        size_t c = seg_lower_rank(p, tp) && seg_word_in(p->fold, p->nchar, p->label_chars, work) ? caption_colon(p, 4) : 0;
        while (c && c + 1 < p->nchar && p->fold[c + 1] == ' ')
            c++;
        return c && c + 1 >= p->nchar ? n : 1;
    }
    return 1;
}
