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
    {"ket qua", SEG_LBL_OTHER}};

int seg_task_label(const seg_para *p, size_t *after)
{
    const char *f = p->fold + p->label_chars;
    size_t n = p->nchar - p->label_chars;
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
        *after = p->label_chars + j;
        return task_labels[k].kind;
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

/* A published procedure is printed part by part in the order Decree
 * 63/2010 (92/2017) sets: its name, then "Trình tự thực hiện", "Cách thức
 * thực hiện", "Thành phần hồ sơ", ..., "Cơ quan thực hiện", "Kết quả".
 * A body line among those parts is given the procedure itself, so its
 * task is the name printed right above the procedure's first part
 * ("1. Đăng ký cai nghiện ma túy tự nguyện - Mã số: ..." over "1.1. Trình
 * tự thực hiện:"). When the line is no part of such a layout, or the line
 * above the first part is a list item or a caption (a table's last cell,
 * "CÁC BƯỚC"), the task is the one above the body lines (seg_task_of). */
size_t seg_task_or_procedure(const seg_doc *d, size_t i)
{
    size_t after;
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
         * "2. Trình tự thực hiện") */
        if (t->mk == MK_DASH || t->mk == MK_PLUS || t->mk == MK_LETTER || t->caps ||
            (t->mk != MK_NONE && t->mk == p->mk && t->mk_depth == p->mk_depth) ||
            t->nchar - t->label_chars < 12 || seg_task_label(t, &after))
            break;
        return j - 2;
    }
    return seg_task_of(d, i);
}
