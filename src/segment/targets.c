/*
 * targets.c: quantified or dated objectives.
 *
 * A paragraph is a target when it states a deadline ("đến năm 2025",
 * "trước ngày 10 tháng 5 năm 2026", or under a heading that does, such as
 * "- Đến năm 2025:") or a quantity (a percentage, or a number after a
 * qualifier such as "tối thiểu", "giảm", "đạt"), and it does not stand in a
 * part about the past (thực trạng, kết quả, đánh giá) or in a "Căn cứ" line.
 * Numbers follow Vietnamese writing: "1.200" is 1200, "2,5" is 2.5. The
 * years and dates a paragraph states, and which is its deadline, are read
 * in deadlines.c.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

#include "segment/funcwords.h"
#include "segment/seg_internal.h"
#include "segment/targets_internal.h"

static const char *const qualifiers[] = {
    "toi thieu", "it nhat", "khong duoi", "khong thap hon", "khong qua", "khong vuot qua",
    "toi da", "tren", "duoi", "dat", "giam", "tang", "len", "con", "hon", "khoang", "tro len", "xuong",
    "rut ngan", "gap", "them", NULL};

/* Qualifiers that cut an amount: after them a count of days, months or
 * hours is the cut a plan proposes ("rút ngắn thời gian giải quyết từ 20
 * ngày xuống 15 ngày", "giảm 05 ngày", "xuống còn 10 ngày"), not a date. */
static const char *const cut_qualifiers[] = {"giam", "xuong", "con", "rut ngan", NULL};
static const char *const durations[] = {"ngay", "thang", "gio", "tuan", NULL};

static const char *const two_word_units[] = {
    "don vi", "doanh nghiep", "thu tuc", "ho so", "can bo", "co quan", "cong chuc",
    "vien chuc", "dich vu", "nguoi dan", "ty dong", "trieu dong", "hop tac", "san pham", NULL};

static const char *const not_units[] = {
    "nam", "va", "cua", "den", "tren", "so", "trong", "tai", "theo", "cac", "nhung", "moi",
    "thang", "ngay", "quy", "tuan", "la", "co", "duoc", "voi", "tu", "nay", "do", NULL};

typedef struct {
    double v;
    size_t a, b;       /* the number in characters */
} num_t;

/* A number at i: Vietnamese thousands "." and decimal ",". */
static int number_at(const char *f, size_t n, size_t i, num_t *out)
{
    if (i >= n || !isdigit((unsigned char)f[i]) || (i > 0 && (isalnum((unsigned char)f[i - 1]) ||
                                                            f[i - 1] == '/' || f[i - 1] == '.' ||
                                                            f[i - 1] == ',')))
        return 0;
    size_t j = i;
    double v = 0;
    while (j < n && isdigit((unsigned char)f[j]))
        v = v * 10 + (f[j++] - '0');
    while (j + 3 < n + 0 && f[j] == '.' && isdigit((unsigned char)f[j + 1]) && isdigit((unsigned char)f[j + 2]) &&
           isdigit((unsigned char)f[j + 3]) && (j + 4 >= n || !isdigit((unsigned char)f[j + 4]))) {
        v = v * 1000 + (f[j + 1] - '0') * 100 + (f[j + 2] - '0') * 10 + (f[j + 3] - '0');
        j += 4;
    }
    if (j + 1 < n && f[j] == ',' && isdigit((unsigned char)f[j + 1])) {
        double scale = 0.1;
        j++;
        while (j < n && isdigit((unsigned char)f[j])) {
            v += (f[j++] - '0') * scale;
            scale /= 10;
        }
    }
    if (j < n && (f[j] == '/' || (isalpha((unsigned char)f[j]))))
        return 0; /* 76/NQ-CP, 2a */
    out->v = v;
    out->a = i;
    out->b = j;
    return 1;
}

static int add_metric(seg_target *t, const seg_para *p, const num_t *num, size_t ua, size_t ub,
                      const char *unit_lit, size_t qa, size_t qb)
{
    seg_metric *q = realloc(t->metrics, (t->n_metrics + 1) * sizeof *q);
    if (!q)
        return -1;
    t->metrics = q;
    seg_metric *m = &t->metrics[t->n_metrics++];
    memset(m, 0, sizeof *m);
    m->value = num->v;
    if (unit_lit)
        m->unit = seg_strdup(unit_lit);
    else if (ub > ua)
        m->unit = seg_strndup(p->text + p->cpos[ua], p->cpos[ub] - p->cpos[ua]);
    if (qb > qa)
        m->qualifier = seg_strndup(p->text + p->cpos[qa], p->cpos[qb] - p->cpos[qa]);
    size_t wa = qb > qa ? qa : num->a, wb = ub > num->b ? ub : num->b;
    m->as_written = seg_strndup(p->text + p->cpos[wa], p->cpos[wb] - p->cpos[wa]);
    return 0;
}

/* A word of a goal set ("phấn đấu", "mục tiêu", "chỉ tiêu") in f[from,
 * i): "từ 10 ha trở lên" alone is a condition a case meets ("Vùng nuôi
 * có từ 10 ha trở lên"), "Phấn đấu mỗi năm phát triển từ 05 bộ dữ liệu
 * mở trở lên" a goal. */
static int goal_before(const char *f, size_t from, size_t i)
{
    for (size_t k = from; k < i; k++)
        if ((k == 0 || !isalnum((unsigned char)f[k - 1])) &&
            (seg_word_at(f, i, k, "phan dau") || seg_word_at(f, i, k, "muc tieu") || seg_word_at(f, i, k, "chi tieu")))
            return 1;
    return 0;
}

/* The qualifier f[qa, qb) caps a count per unit named earlier in its
 * clause: "mỗi lớp bồi dưỡng không quá 50 học viên", "tối đa 02 lượt mỗi
 * hồ sơ" — a size or staffing norm (ANNOTATING.md, second reading), not a
 * result to reach; "mỗi năm", "mỗi quý" name a frequency, another thing. */
static int per_unit_cap(const char *f, size_t from, size_t qa, size_t qb)
{
    static const char *const caps[] = {"khong qua", "toi da", "khong vuot qua", NULL};
    static const char *const times[] = {"nam", "quy", "thang", "tuan", "ngay", "ky", "dot", NULL};
    int cap = 0;
    for (int k = 0; caps[k] && !cap; k++)
        cap = qb - qa == strlen(caps[k]) && !memcmp(f + qa, caps[k], qb - qa);
    if (!cap)
        return 0;
    size_t c = qa;
    while (c > from && !strchr(".;:", f[c - 1]))
        c--;
    for (size_t k = c; k + 4 < qa; k++) {
        if ((k > 0 && isalnum((unsigned char)f[k - 1])) || !seg_word_at(f, qa, k, "moi"))
            continue;
        size_t w = skip_sp(f, qa, k + 3);
        int time = 0;
        for (int q = 0; times[q] && !time; q++)
            time = seg_word_at(f, qa, w, times[q]);
        if (!time && w < qa && isalpha((unsigned char)f[w]))
            return 1;
    }
    return 0;
}

/* The qualifier f[qa, qb) bounds a band after "đến": "từ 0,5 ha đến dưới
 * 1 ha", "từ 1.500 bao đến dưới 3.000 bao": the class a case falls in
 * (a grade, a bracket of a penalty or a support), not a level to reach,
 * which names its figure without an open end ("đạt từ 8% đến 10%"). */
static int band_bound(const char *f, size_t from, size_t qa, size_t qb)
{
    if (!((qb - qa == 4 && !memcmp(f + qa, "duoi", 4)) || (qb - qa == 4 && !memcmp(f + qa, "tren", 4))))
        return 0;
    size_t e = qa;
    while (e > from && f[e - 1] == ' ')
        e--;
    return e >= from + 3 && seg_word_at(f, e, e - 3, "den");
}

/* Find the metrics of a paragraph; returns how many are results to reach,
 * not a regulation's norms (or -1 on OOM). Every number found is listed. */
static int metrics_in(const seg_para *p, size_t from, seg_target *t, int regulation)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    int count = 0;
    for (size_t i = from; i < n; i++) {
        num_t num;
        if (!number_at(f, n, i, &num))
            continue;
        size_t j = skip_sp(f, n, num.b);
        int pct = j < n && f[j] == '%';
        /* the qualifier: one of the list ending within 2 words before */
        size_t qa = 0, qb = 0;
        size_t back = num.a;
        for (int w = 0; w < 3 && back > from; w++) {
            size_t e = back;
            while (e > from && f[e - 1] == ' ')
                e--;
            size_t s = e;
            while (s > from && isalpha((unsigned char)f[s - 1]))
                s--;
            if (s == e)
                break;
            for (int k = 0; qualifiers[k]; k++) {
                size_t L = strlen(qualifiers[k]);
                /* two-word qualifiers end at e */
                if (e >= L + from && !memcmp(f + e - L, qualifiers[k], L) &&
                    (e - L == 0 || !isalnum((unsigned char)f[e - L - 1]))) {
                    qa = e - L;
                    qb = e;
                    break;
                }
            }
            if (qb)
                break;
            back = s;
        }
        /* "gấp 1,6 lần năm 2025": a multiple to reach; not "gặp" (meet) */
        if (qb - qa == 3 && !memcmp(f + qa, "gap", 3) && !seg_marks_match(p, qa, "gấp"))
            qa = qb = 0;
        /* "cứng hóa thêm 12 km", "tuyển dụng thêm 20 bác sĩ": an amount to
         * add, a quantity to reach; not "thềm" (a shelf) */
        if (qb - qa == 4 && !memcmp(f + qa, "them", 4) && !seg_marks_match(p, qa, "thêm"))
            qa = qb = 0;
        /* "từ 05 bộ dữ liệu mở trở lên": "từ" before the number and "trở
         * lên" after its noun phrase (a few words, the same clause) make
         * it a least amount, as "tối thiểu 05" does */
        if (!qb && num.a >= from + 3 && seg_word_at(f, n, num.a - 3, "tu") && goal_before(f, from, num.a)) {
            size_t k = num.b;
            for (int w = 0; w < 8 && k < n && !strchr(".;:,", f[k]); w++) {
                k = skip_sp(f, n, k);
                if (seg_word_at(f, n, k, "tro len")) {
                    qa = num.a - 3;
                    qb = num.a - 1;
                    break;
                }
                while (k < n && !strchr(" .;:,", f[k]))
                    k++;
            }
        }
        /* not a metric: years, document numbers, dates */
        int yy;
        if (!pct && tg_year_at(f, n, num.a, &yy))
            continue;
        if (num.a >= 3 && (seg_word_at(f, n, num.a - 3, "so") || seg_word_at(f, n, num.a - 3, "ngay")))
            continue;
        if (num.a >= 5 && seg_word_at(f, n, num.a - 5, "ngay"))
            continue;
        if (pct) {
            if (add_metric(t, p, &num, j, j + 1, "%", qa, qb) < 0)
                return -1;
            count += !seg_metric_is_norm(p, from, num.a, j, j + 1, regulation);
            i = j;
            continue;
        }
        if (!qb)
            continue;
        /* "ít nhất 10" is a quantity even when OCR spoilt the unit after it */
        static const char *const strong[] = {"toi thieu", "it nhat", "khong duoi", "toi da", "khong qua", NULL};
        int strong_q = 0;
        for (int k = 0; strong[k]; k++)
            if (qb - qa == strlen(strong[k]) && !memcmp(f + qa, strong[k], qb - qa))
                strong_q = 1;
        /* the count unit as written: one word, or two for the usual pairs */
        size_t ua = j, ub = j;
        while (ub < n && isalpha((unsigned char)f[ub]))
            ub++;
        if (ub == ua) {
            if (strong_q) {
                if (add_metric(t, p, &num, 0, 0, NULL, qa, qb) < 0)
                    return -1;
                count += !seg_metric_is_norm(p, from, num.a, num.b, num.b, regulation);
            }
            continue;
        }
        int bad = 0;
        for (int k = 0; not_units[k]; k++)
            if (ub - ua == strlen(not_units[k]) && !memcmp(f + ua, not_units[k], ub - ua))
                bad = 1;
        int cut = 0;
        for (int k = 0; cut_qualifiers[k]; k++)
            cut |= qb - qa == strlen(cut_qualifiers[k]) && !memcmp(f + qa, cut_qualifiers[k], qb - qa);
        /* "còn" cuts only after a verb of cutting ("xuống còn 15 ngày");
         * alone it says what time is left ("chỉ còn gần 2 tháng") */
        if (cut && qb - qa == 3 && !memcmp(f + qa, "con", 3))
            cut = (qa >= 6 && seg_word_at(f, qa, qa - 6, "xuong")) || (qa >= 5 && seg_word_at(f, qa, qa - 5, "giam"));
        /* a cap or a floor the cut reaches: "xuống còn tối đa 30 ngày",
         * "giảm xuống không quá 10 ngày" */
        if (!cut && strong_q) {
            size_t e = qa;
            while (e > from && f[e - 1] == ' ')
                e--;
            cut = tg_word_ending(f, e, cut_qualifiers) != 0 && !(e >= 3 && !memcmp(f + e - 3, "con", 3) &&
                                                              !(e >= 9 && seg_word_at(f, e, e - 9, "xuong con")) &&
                                                              !(e >= 8 && seg_word_at(f, e, e - 8, "giam con")));
        }
        if (bad && seg_word_at(f, n, ua, "ngay lam viec")) {
            bad = 0; /* "còn 09 ngày làm việc": a duration, not a date */
            ub = ua + strlen("ngay lam viec");
            /* "trong thời hạn không quá 05 ngày làm việc": a procedure's
             * time limit (a rule of a regulation), not a quantity to reach;
             * a time limit cut ("rút ngắn thời hạn giải quyết ... xuống 10
             * ngày làm việc") is the goal itself */
            size_t w0 = qa > from + 24 ? qa - 24 : from;
            for (size_t k = w0; k < qa && !bad && !cut; k++)
                bad = seg_word_at(f, n, k, "thoi han") || seg_word_at(f, n, k, "thoi gian");
        }
        for (int k = 0; bad && cut && durations[k]; k++)
            bad = !(ub - ua == strlen(durations[k]) && !memcmp(f + ua, durations[k], ub - ua));
        if (bad)
            continue;
        for (int k = 0; two_word_units[k] && !seg_word_at(f, n, ua, "ngay lam viec"); k++)
            if (seg_word_at(f, n, ua, two_word_units[k])) {
                ub = ua + strlen(two_word_units[k]);
                break;
            }
        if (add_metric(t, p, &num, ua, ub, NULL, qa, qb) < 0)
            return -1;
        count += !seg_metric_is_norm(p, from, num.a, ua, ub, regulation) && !(!cut && per_unit_cap(f, from, qa, qb)) &&
                 !band_bound(f, from, qa, qb);
        i = ub;
    }
    /* a multiple in words: "tăng gấp đôi so với năm 2025", "gấp ba" */
    static const struct { const char *w; double v; } times[] = {{"doi", 2}, {"ba", 3}, {"bon", 4}, {NULL, 0}};
    for (size_t i = from; i + 4 < n; i++) {
        if ((i > 0 && isalnum((unsigned char)f[i - 1])) || !seg_word_at(f, n, i, "gap") || !seg_marks_match(p, i, "gấp"))
            continue;
        size_t j = skip_sp(f, n, i + 3);
        for (int k = 0; times[k].w; k++) {
            size_t e = j + strlen(times[k].w);
            if (!seg_word_at(f, n, j, times[k].w))
                continue;
            num_t num = {times[k].v, j, e};
            if (add_metric(t, p, &num, 0, 0, "lần", i, i + 3) < 0)
                return -1;
            count += !seg_metric_is_norm(p, from, i, e, e, regulation);
            break;
        }
    }
    return count;
}

static const char *const past_words[] = {
    "thuc trang", "ket qua thuc hien", "ket qua dat duoc", "danh gia chung", "han che",
    "nguyen nhan", "uu diem", "tinh hinh", "ket qua noi bat", "bai hoc kinh nghiem", NULL};

/* Is every word of f[a, b) within one edit of the word of phrase w at its
 * place? OCR spoils a letter here and there; two letters of one word make
 * another word ("nguồn nhân lực" is no "nguyên nhân"). */
static int word_by_word(const char *f, size_t a, size_t b, const char *w)
{
    size_t i = a, j = 0, wl = strlen(w);
    while (i < b || j < wl) {
        while (i < b && f[i] == ' ')
            i++;
        while (j < wl && w[j] == ' ')
            j++;
        size_t ie = i, je = j;
        while (ie < b && f[ie] != ' ')
            ie++;
        while (je < wl && w[je] != ' ')
            je++;
        if ((ie == i) != (je == j) || seg_edit_distance(f + i, ie - i, w + j, je - j, 1) > 1)
            return 0;
        i = ie;
        j = je;
    }
    return 1;
}

/* A heading that joins a part about the past to one about what is to
 * come, "và" or a comma before the second ("I. THỰC TRẠNG VÀ MỤC TIÊU",
 * "KẾT QUẢ NĂM 2025, NHIỆM VỤ NĂM 2026"), heads both: its sub-parts say
 * which is which, as "QUAN ĐIỂM, MỤC TIÊU" heads goals. Not a goal word
 * that is the past word's object ("Kết quả thực hiện nhiệm vụ năm 2025"). */
static int goals_joined(const char *f, size_t from)
{
    static const char *const ahead[] = {"muc tieu", "chi tieu", "nhiem vu", "giai phap", "phuong huong",
                                        "ke hoach", NULL};
    size_t n = strlen(f);
    for (size_t i = from; i < n; i++) {
        size_t j;
        if (f[i] == ',')
            j = skip_sp(f, n, i + 1);
        else if (i > 0 && f[i - 1] == ' ' && seg_word_at(f, n, i, "va"))
            j = skip_sp(f, n, i + 2);
        else
            continue;
        if (seg_word_at(f, n, j, "cac"))
            j = skip_sp(f, n, j + 3);
        if (seg_word_in(f, n, j, ahead))
            return 1;
    }
    return 0;
}

static int past_title(const char *title)
{
    if (!title)
        return 0;
    char *f = seg_fold_str(title);
    int r = 0;
    for (int k = 0; f && past_words[k]; k++) {
        size_t a, b;
        int maxd = strlen(past_words[k]) >= 10 ? 2 : 0;
        /* not "các tỉnh, thành phố trực thuộc trung ương": "thuộc trung"
         * is within one letter a word of "thực trạng", and the heading
         * names the bodies a directive's item asks */
        if (seg_fuzzy_find(f, strlen(f), past_words[k], maxd, &a, &b) >= 0 &&
            word_by_word(f, a, b, past_words[k]) && !goals_joined(f, b) &&
            !seg_word_at(f, strlen(f), skip_sp(f, strlen(f), b), "uong"))
            r = 1;
    }
    free(f);
    return r;
}

/* A part stating the plan's guiding views ("I. QUAN ĐIỂM", "1. Quan
 * điểm chỉ đạo"): principles, not results to reach, though they name the
 * period ("trong giai đoạn 2026 - 2030"); not when the heading joins its
 * goals or tasks ("I. QUAN ĐIỂM, MỤC TIÊU"). */
static int views_title(const char *title)
{
    char *f = seg_fold_str(title);
    if (!f)
        return 0;
    size_t i = 0;
    while (f[i] && !isalpha((unsigned char)f[i]))
        i++;
    int r = !strncmp(f + i, "quan diem", 9) && !strstr(f, "muc tieu") && !strstr(f, "chi tieu") &&
            !strstr(f, "nhiem vu") && !strstr(f, "giai phap");
    free(f);
    return r;
}

/* Does title open with one of words, folded, past any marks before its
 * first letter ("- Tiêu chí ...")? */
static int title_opens(const char *title, const char *const words[])
{
    char *f = title ? seg_fold_str(title) : NULL;
    if (!f)
        return 0;
    size_t n = strlen(f), i = 0;
    while (i < n && !isalpha((unsigned char)f[i]))
        i++;
    int r = 0;
    for (int k = 0; words[k] && !r; k++)
        r = seg_word_at(f, n, i, words[k]);
    free(f);
    return r;
}

/* A part giving the reasons for a measure ("I. SỰ CẦN THIẾT", "Lý do
 * ..."): why it is proposed, no goal of its own; the measures stand
 * under other headings. (A simplification plan's benefits, "Tỷ lệ cắt
 * giảm chi phí: 10%", are what the cut is to reach: readers list them,
 * dev 102.) */
static int reasons_title(const char *title)
{
    static const char *const words[] = {"ly do", "su can thiet", NULL};
    return title_opens(title, words);
}

/* A heading or lead-in naming criteria or conditions ("- Tiêu chí phân
 * định xã theo trình độ phát triển:", "Điều 3. Điều kiện được hỗ trợ",
 * "Tiêu chuẩn ..."), or whom a measure covers ("2. Đối tượng: thôn, bản
 * có tỷ lệ hộ nghèo từ 25% trở lên ..."): what stands under it is what a
 * case must meet to qualify, a norm, whatever it dates or quantifies ("Y
 * tế xã chưa đạt chuẩn theo bộ tiêu chí quốc gia giai đoạn đến năm
 * 2030"; ANNOTATING.md: conditions and thresholds are no targets). "Chỉ
 * tiêu", an indicator to reach, is another word. */
static int criteria_title(const char *title)
{
    static const char *const words[] = {"tieu chi", "dieu kien", "tieu chuan", NULL};
    static const char *const whom[] = {"doi tuong", NULL};
    if (title_opens(title, words))
        return 1;
    /* not whom a goal counts, "Đối tượng và chỉ tiêu tuyển sinh" */
    char *f = title_opens(title, whom) ? seg_fold_str(title) : NULL;
    int r = f && !strstr(f, "chi tieu") && !strstr(f, "muc tieu");
    free(f);
    return r;
}

/* A part listing the plan's legal basis ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
 * "1. Cơ sở pháp lý"): the acts it cites, as "Căn cứ" lines do, whatever
 * years and shares they say (ANNOTATING.md: "Căn cứ" lines are no
 * targets). A short heading of no clause of its own: "1. Căn cứ Kế hoạch
 * này, các Sở ... xây dựng ..." is an item acting on its basis. */
static int basis_title(const char *title)
{
    static const char *const words[] = {"can cu xay dung", "can cu phap ly", "can cu ban hanh", "co so xay dung",
                                        "co so phap ly", "can cu", NULL};
    return title && strlen(title) <= 60 && !strchr(title, ',') && title_opens(title, words);
}

/* A part reporting results of a year not ahead of the text ("I. KẾT QUẢ
 * CÔNG TÁC NĂM 2025" in December 2025, "Kết quả năm 2025"), or assessing
 * one ("I. ĐÁNH GIÁ NĂM HỌC 2024 - 2025" in October 2025, "Đánh giá tình
 * hình năm 2025"): what was reached, as "kết quả thực hiện" is; not
 * results to reach ("Kết quả cần đạt năm 2026", a year ahead), nor a task
 * to assess what is coming ("2. Đánh giá chất lượng công chức năm 2026"). */
static int results_title(const char *tf, int doc_year)
{
    size_t n = strlen(tf), i = 0;
    int y;
    while (i < n && !isalpha((unsigned char)tf[i]))
        i++;
    if (!doc_year || !(seg_word_at(tf, n, i, "ket qua") || seg_word_at(tf, n, i, "danh gia")) ||
        strstr(tf, "can dat") || strstr(tf, "muc tieu") || strstr(tf, "chi tieu"))
        return 0;
    int any = 0;
    for (size_t k = i + 4; k + 4 <= n; k++)
        if (tg_named_year_at(tf, n, k, &y)) {
            if (y > doc_year)
                return 0;
            any = 1;
        }
    /* a school year or a season named so, "năm học 2024 - 2025" */
    int sy = tg_season_year(tf, n);
    if (sy > doc_year)
        return 0;
    return any || sy;
}

/* A heading naming the direction or the tasks of a year not behind the
 * text ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026" in a report of December
 * 2025, "II. NHIỆM VỤ TRỌNG TÂM NĂM 2026"): the year its items are to be
 * done in, as a heading naming the goals of a year dates them. 0 if
 * none. */
static int tasks_year(const char *tf, int doc_year)
{
    size_t n = strlen(tf), i = 0;
    int y, best = 0;
    while (i < n && !isalpha((unsigned char)tf[i]))
        i++;
    if (!doc_year || !(seg_word_at(tf, n, i, "phuong huong") || seg_word_at(tf, n, i, "nhiem vu")))
        return 0;
    for (size_t k = i + 4; k + 4 <= n; k++)
        if (tg_named_year_at(tf, n, k, &y) &&
            y >= doc_year && y > best && !tg_programme_name(tf, k))
            best = y;
    return best;
}

static const char *const generic_titles[] = {
    "muc tieu", "nhiem vu", "den nam", "yeu cau", "chi tieu", "giai phap", "noi dung",
    "mot so", "cu the", "tong quat", "chung", NULL};

static int generic_title(const char *title)
{
    char *f = seg_fold_str(title);
    if (!f)
        return 1;
    int r = 0;
    size_t i = 0;
    while (f[i] && !isalpha((unsigned char)f[i]))
        i++;
    for (int k = 0; generic_titles[k]; k++)
        if (!strncmp(f + i, generic_titles[k], strlen(generic_titles[k])))
            r = 1;
    free(f);
    return r;
}

/* A heading naming a part of goals: a generic one ("Mục tiêu ...",
 * "Chỉ tiêu ...", "Đến năm 2030"), a vision or a direction ("Tầm nhìn
 * đến năm 2045", "Định hướng đến năm 2035") or a stage ("Giai đoạn 2026 -
 * 2027"). */
static int goal_part_title(const char *title)
{
    static const char *const words[] = {"tam nhin", "dinh huong", "giai doan", NULL};
    return title && (generic_title(title) || title_opens(title, words));
}

/* The paragraph after heading paragraph i is a plain one of its section
 * (no label of its own): the heading's body. */
static int plain_body_after(const seg_doc *d, size_t i)
{
    for (size_t j = i + 1; j < d->nparas; j++) {
        const seg_para *q = &d->paras[j];
        if (!q->nchar)
            continue;
        return q->section == d->paras[i].section && !q->label;
    }
    return 0;
}

typedef struct {
    int past, dl, from, to;
} sec_dates;

/* A lead-in ending "... sau:", "... như sau:", "... sau đây:", "... dưới
 * đây:": it announces the items below. */
static int announces_list(const seg_para *p)
{
    static const char *const ends[] = {" sau:", " sau day:", " duoi day:", NULL};
    for (int k = 0; ends[k]; k++) {
        size_t l = strlen(ends[k]);
        if (p->nchar >= l && !memcmp(p->fold + p->nchar - l, ends[k], l))
            return 1;
    }
    return 0;
}

/* The lead-in that announces p's list is its last sentence only, and a
 * sentence before it states a deadline of its own: "Cục Thuế có kế hoạch
 * nâng cấp hệ thống ... đến 03h00 sáng Chủ Nhật ngày 23/11/2025. Trong
 * thời gian này, ... cụ thể như sau:". That sentence is a target as any
 * other; the lead-in after it introduces the list. */
static int dated_before_lead_in(const seg_doc *d, const seg_para *p)
{
    /* a sentence that reports another text or what is now dates nothing
     * of this text's own: "Theo quy định của Luật Đầu tư công, kế hoạch
     * vốn năm 2025 được giải ngân đến hết ngày 31/01/2026.", "Theo Kế
     * hoạch số ..., mục tiêu đến hết năm 2025 ...", "Tính đến ngày ...,
     * ..." (what a cited provision or a report says is no goal) */
    static const char *const reports[] = {"theo", "tinh den", "den nay", "hien nay", "hien tai", NULL};
    const char *f = p->fold;
    const int dd[3] = {d->year, d->month, d->day};
    size_t a = skip_sp(f, p->nchar, p->label_chars);
    for (size_t k = a; k + 2 < p->nchar; k++)
        if (seg_sentence_stop(f, k)) {
            /* the sentence [a, k) stands before the last one */
            int dl = 0, pf = 0, pt = 0;
            if (!seg_word_in(f, k, a, reports))
                tg_dates_in(f + a, k - a, dd, &dl, &pf, &pt);
            if (dl > 0)
                return 1;
            a = k + 2;
        }
    return 0;
}

/* A lead-in whose last sentence opens with the purpose its list serves
 * and ends on the directive, "Để hoàn thành mục tiêu giải ngân vốn đầu tư
 * công năm 2025, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:": it announces
 * what is directed, the figures it names are the aim the items serve. */
static int purpose_lead_in(const seg_para *p)
{
    const char *f = p->fold;
    size_t a = skip_sp(f, p->nchar, p->label_chars);
    for (size_t k = a; k + 2 < p->nchar; k++)
        if (seg_sentence_stop(f, k))
            a = k + 2;
    return p->nchar && f[p->nchar - 1] == ':' && seg_word_at(f, p->nchar, a, "de") &&
           seg_marks_match(p, a, "để") && memchr(f + a, ',', p->nchar - a);
}

/* A letter's closing formula: "Văn phòng Chính phủ xin thông báo để các
 * bộ, ngành ... biết, thực hiện./.", "... để các cơ quan, đơn vị biết và
 * thực hiện." It repeats what the body asked (ANNOTATING.md, fourth rule
 * set), it sets nothing of its own. */
static int closing_line(const char *f, size_t n)
{
    if (strstr(f, "xin thong bao de ") || strstr(f, "thong bao de cac "))
        return 1;
    while (n > 0 && strchr("./ ", f[n - 1]))
        n--;
    static const char *const ends[] = {"biet, thuc hien", "biet va thuc hien", "biet de thuc hien",
                                       "biet, phoi hop thuc hien", "biet va phoi hop thuc hien", NULL};
    for (int k = 0; ends[k]; k++) {
        size_t l = strlen(ends[k]);
        if (n >= l && !memcmp(f + n - l, ends[k], l) && strstr(f, " de "))
            return 1;
    }
    return 0;
}

/* p opens with what a legal provision says, cited: "Tại khoản 2 Điều 2
 * Nghị định 175/2025/NĐ-CP quy định ...", "Theo điểm a khoản 1 Điều 5
 * ...", "Khoản 3 Điều 5 Thông tư ... quy định ...", "Tại Nghị định số ...
 * quy định ..." (a basis of this text's own, "Căn cứ ...", is another
 * rule): it reports the law, it sets no goal. */
static int cites_law(const char *f, size_t n)
{
    static const char *const opens[] = {"tai", "theo", "theo quy dinh tai", "can cu quy dinh tai", "", NULL};
    static const char *const provisions[] = {"khoan", "diem", "dieu", NULL};
    static const char *const acts[] = {"nghi dinh", "thong tu", "luat", "nghi quyet", "quyet dinh", NULL};
    for (int k = 0; opens[k]; k++) {
        size_t a = strlen(opens[k]);
        if (a && !seg_word_at(f, n, 0, opens[k]))
            continue;
        a = skip_sp(f, n, a);
        for (int u = 0; provisions[u]; u++) {
            size_t e = a + strlen(provisions[u]);
            if (seg_word_at(f, n, a, provisions[u]) && e + 1 < n && f[e] == ' ' && isalnum((unsigned char)f[e + 1]) &&
                (f[e + 2] == ' ' || isdigit((unsigned char)f[e + 1])))
                return 1;
        }
        for (int u = 0; acts[u] && k != 1 && opens[k][0]; u++)
            if (seg_word_at(f, n, a, acts[u]) && strstr(f, " quy dinh"))
                return 1;
    }
    return 0;
}

/* f[0, e) names a day before the act it ends with: "Hồ sơ đã tiếp nhận
 * trước ngày Quy chế này có hiệu lực ..." dates a case by the act's
 * start, it is no statement of the act's own validity ("Quy chế này có
 * hiệu lực ...", "Thời gian ủy quyền từ ngày Quyết định này có hiệu lực
 * ... đến hết ngày ...": its span). */
static int opens_with_day(const char *f, size_t e)
{
    for (size_t k = 0; k < e; k++)
        if ((k == 0 || f[k - 1] == ' ') && seg_word_at(f, e, k, "truoc ngay"))
            return 1;
    return 0;
}

/* A paragraph that reports the goals another text set, "Theo Chiến lược
 * phát triển ... của Thủ tướng Chính phủ, mục tiêu đến năm 2030 cả nước có
 * ...", "Theo Kế hoạch số 12/KH-UBND của tỉnh, đến hết năm 2026 ...": what
 * that text says, as "Theo báo cáo" is what a report says, not a goal this
 * one sets, unless it goes on to set one of its own or to order ("...,
 * tỉnh phấn đấu ...", "đề nghị", "yêu cầu", "giao", "phải"). Not this
 * text's own ("Theo Kế hoạch này, ..."). */
static int quotes_other_text(const char *f, size_t n)
{
    static const char *const acts[] = {"chien luoc", "ke hoach", "chuong trinh", "de an", "nghi quyet",
                                       "quyet dinh", "chi thi", "ket luan", "quy hoach", NULL};
    static const char *const own[] = {"phan dau", "de nghi", "yeu cau", "giao ", "phai ", "can ", NULL};
    if (!seg_word_at(f, n, 0, "theo"))
        return 0;
    size_t a = skip_sp(f, n, 4);
    if (!seg_word_in(f, n, a, acts))
        return 0;
    size_t e = a;
    while (e < n && f[e] != ',' && f[e] != ':')
        e++;
    for (size_t k = a; k + 4 <= e; k++)
        if (f[k] == ' ' && seg_word_at(f, e, k + 1, "nay"))
            return 0; /* "Theo Kế hoạch này": its own */
    for (int k = 0; own[k]; k++)
        if (strstr(f + e, own[k]))
            return 0;
    return e < n;
}

/* Text that sets no goal however it is dated: a footnote ("[1] Bộ Chính
 * trị phân công ..."), a forecast or a report ("Theo dự báo ...", "Theo
 * báo cáo ..."), an acknowledgement, a theme. */
static int not_a_goal(const seg_para *p)
{
    const char *f = p->fold + p->label_chars;
    size_t n = p->nchar - p->label_chars;
    if (n > 2 && f[0] == '[' && isdigit((unsigned char)f[1]))
        return 1;
    /* also what a conclusion acknowledges ("Đánh giá cao nỗ lực của Chủ
     * đầu tư ...", "Ghi nhận ...", "Biểu dương ...") and a campaign's theme
     * or slogan ("Chủ đề Tháng hành động năm 2025 “...”"): no result to reach */
    /* the reason given for a measure ("Lý do: Giảm 30% thời gian chờ
     * đợi ..."): why it is proposed, not a goal of its own */
    if (seg_word_at(f, n, 0, "ly do") && n > 6 && (f[5] == ':' || (f[5] == ' ' && f[6] == ':')))
        return 1;
    /* ... and a worked example a regulation gives of its rule ("Ví dụ:
     * Ông Nguyễn Văn A ... kể từ ngày 01/02/2014 ...", "Ví dụ 1:"): a case
     * imagined, no act of anyone's */
    static const char *const reports[] = {"theo du bao", "theo bao cao", "theo thong ke", "theo tong hop",
                                          "danh gia cao", "ghi nhan", "bieu duong", "hoan nghenh",
                                          "chu de", "khau hieu", "thong diep", "vi du", NULL};
    if (seg_word_in(f, n, 0, reports))
        return 1;
    if (quotes_other_text(f, n))
        return 1;
    /* a forecast with its horizon, "Dự báo đến năm 2030, nhu cầu lao động
     * ... khoảng 180.000 người", "Dự báo năm 2026, ...": what is expected,
     * as "Theo dự báo" says; not the forecasting work a task names ("Dự
     * báo, cảnh báo sớm ... trước ngày ...") */
    if (seg_word_at(f, n, 0, "du bao")) {
        size_t j = skip_sp(f, n, 6);
        if (seg_word_at(f, n, j, "den nam") || seg_word_at(f, n, j, "nam") || seg_word_at(f, n, j, "giai doan"))
            return 1;
    }
    /* what a legal provision says, cited: "Tại khoản 2 Điều 2 Nghị định
     * 175/2025/NĐ-CP quy định ...", "Theo quy định tại điểm a ...",
     * "Khoản 3 Điều 5 Thông tư ... quy định ..." (the brief's "legal
     * citations"; a basis of this text's own, "Căn cứ", is another rule) */
    if (cites_law(f, n))
        return 1;
    /* the text's own validity: "Nghị quyết này có hiệu lực thi hành kể từ
     * ngày ..." (ANNOTATING.md: the date it takes effect is no target) */
    const char *v = strstr(f, " nay co hieu luc");
    if (v && v - f < 40 && !opens_with_day(f, (size_t)(v - f)))
        return 1;
    return closing_line(f, n);
}

/* The year a task's "Thời gian thực hiện: Quý IV/2025" line gives (the
 * latest year it ends by), or 0. */
static int label_year(const seg_para *p, size_t a)
{
    return seg_end_year(p->fold, a, p->nchar);
}

/* A time line that is an item of its own ("c) Thời gian thực hiện: Hoàn
 * thành trong năm 2025." after "a) Nhiệm vụ:" and its bullets, "b) Cơ
 * quan thực hiện:"), the Decree 30 layout of a plan's task: it dates every
 * paragraph under the same parent since the time line before it. */
static void date_siblings(const seg_doc *d, size_t i, int y, int *dl)
{
    int sec = d->paras[i].section;
    if (sec < 0 || d->secs[sec].para != (int)i || d->secs[sec].parent < 0)
        return;
    size_t top = (size_t)d->secs[d->secs[sec].parent].para, a;
    for (size_t j = i; j-- > top + 1;) {
        int kind = seg_task_label(&d->paras[j], &a);
        if (kind == SEG_LBL_TIME)
            break;
        /* the task's other lines ("c) Sản phẩm: Gian hàng được vận
         * hành.", "b) Cơ quan chủ trì: ...") are part of it, no task */
        if (!kind && y > dl[j])
            dl[j] = y;
    }
}

/* A time line of no label under a list ("- Số hóa hồ sơ ...", "- Cập nhật
 * kết quả ...", then "Thời hạn hoàn thành: Quý I/2026."): it closes the
 * list, so it dates every item of it, t being the last, back to the list's
 * first item or to an item with a time line of its own. */
static void date_list(const seg_doc *d, size_t t, int y, int *dl, int any_mark)
{
    int sec = d->paras[t].section;
    if (sec < 0 || d->secs[sec].para != (int)t || (d->secs[sec].mk < MK_LETTER && !any_mark))
        return;
    size_t next = t, a;
    for (int k = sec - 1; k >= 0 && d->secs[k].parent >= d->secs[sec].parent; k--) {
        if (d->secs[k].parent != d->secs[sec].parent)
            continue; /* a child of an earlier item */
        size_t q = (size_t)d->secs[k].para;
        int own = 0; /* a time line of its own, dated or not */
        for (size_t j = q + 1; j < next && !own; j++)
            own = seg_task_label(&d->paras[j], &a) == SEG_LBL_TIME;
        if (d->secs[k].mk != d->secs[sec].mk || dl[q] || own)
            break;
        dl[q] = y;
        next = q;
    }
}

/* p is a sentence after a list's last point that gives the points above
 * it their time by naming them back, with no label of its own: its subject
 * the points ("Các nội dung trên hoàn thành trong tháng 12/2025.", "Các
 * nhiệm vụ nêu trên phải hoàn thành trước ngày ...") or a time label
 * naming them ("Thời hạn hoàn thành các nhiệm vụ nêu trên: trước ngày
 * 25/12/2025."). Where the time is read from, or 0. It is no target of
 * its own: it dates its list (block_deadlines). */
static size_t closing_time_line(const seg_para *p)
{
    static const char *const labels[] = {"thoi han hoan thanh", "thoi gian hoan thanh", "thoi han thuc hien",
                                         "thoi gian thuc hien", "thoi han", NULL};
    static const char *const nouns[] = {"noi dung", "nhiem vu", "cong viec", "viec", NULL};
    const char *f = p->fold;
    size_t n = p->nchar, i = 0;
    if (p->mk != MK_NONE || p->label_chars || n > 160)
        return 0;
    size_t k = seg_word_in(f, n, 0, labels);
    int labelled = k != 0;
    if (labelled)
        i = skip_sp(f, n, k);
    if (seg_word_at(f, n, i, "cac") || seg_word_at(f, n, i, "nhung"))
        i = skip_sp(f, n, i + (f[i] == 'c' ? 3 : 5));
    else
        return 0;
    k = seg_word_in(f, n, i, nouns);
    if (!k)
        return 0;
    i = skip_sp(f, n, i + k);
    if (seg_word_at(f, n, i, "neu") || seg_word_at(f, n, i, "noi"))
        i = skip_sp(f, n, i + 3);
    if (!seg_word_at(f, n, i, "tren"))
        return 0;
    i = skip_sp(f, n, i + 4);
    if (i < n && f[i] == ':')
        return skip_sp(f, n, i + 1);
    if (labelled)
        return 0;
    /* the points' verb of ending: "(phải) hoàn thành", "(được) thực hiện" */
    if (seg_word_at(f, n, i, "phai") || seg_word_at(f, n, i, "can") || seg_word_at(f, n, i, "duoc"))
        i = skip_sp(f, n, i + (f[i] == 'p' ? 4 : f[i] == 'c' ? 3 : 4));
    if (seg_word_at(f, n, i, "hoan thanh") || seg_word_at(f, n, i, "thuc hien"))
        return i;
    return 0;
}

/* f[a, b) says the work goes on rather than ends: "Thường xuyên",
 * "Hằng năm", "Định kỳ 6 tháng", "hằng quý" (ANNOTATING.md, second
 * reading: a standing duty or a routine frequency is no target). */
static int standing_words(const char *f, size_t a, size_t b)
{
    static const char *const words[] = {"thuong xuyen", "hang nam", "dinh ky", "hang quy", "hang thang",
                                        "hang tuan", "lien tuc", NULL};
    for (size_t i = a; i < b; i++)
        if (seg_word_in(f, b, i, words))
            return 1;
    return 0;
}

/* p opens with the words of a standing duty or a routine, or they open
 * what follows its topic's colon ("Hằng năm, tổ chức kiểm tra ...",
 * "Định kỳ 6 tháng, báo cáo ...", "Kiểm tra ... liên tục: định kỳ (hằng
 * năm) đánh giá ..."); inside a clause the same words may name a thing,
 * "chi thường xuyên" (recurrent spending). */
static int standing_opening(const seg_para *p)
{
    const char *f = p->fold;
    size_t a = p->label_chars, n = p->nchar;
    while (a < n && (f[a] == ' ' || f[a] == '('))
        a++;
    size_t e = a;
    while (e < n && isalpha((unsigned char)f[e]))
        e++;
    e = skip_sp(f, n, e);
    while (e < n && isalpha((unsigned char)f[e]))
        e++;
    if (standing_words(f, a, e))
        return 1;
    const char *c = memchr(f + a, ':', n - a);
    if (!c || (size_t)(c - f) > a + 80)
        return 0;
    a = skip_sp(f, n, (size_t)(c - f) + 1);
    e = a;
    while (e < n && isalpha((unsigned char)f[e]))
        e++;
    e = skip_sp(f, n, e);
    while (e < n && isalpha((unsigned char)f[e]))
        e++;
    return standing_words(f, a, e);
}

/* A task's deadline stated on a line of its own below it: the line is no
 * target, the task takes its year (ANNOTATING.md, targets). A time line
 * that gives no year but says the work goes on ("Thời gian thực hiện:
 * Thường xuyên") marks its task standing: -1. */
static int *block_deadlines(seg_doc *d)
{
    int *dl = calloc(d->nparas + 1, sizeof *dl);
    if (!dl)
        return NULL;
    for (size_t i = 0; i < d->nparas; i++) {
        size_t a;
        int kind = seg_task_label(&d->paras[i], &a);
        if (kind == SEG_LBL_LEAD || kind == SEG_LBL_HELP || kind == SEG_LBL_DOER) {
            /* the task's time joined on its doers' line after a semicolon
             * ("Cơ quan chủ trì: X; ...; thời gian: năm 2027") */
            const seg_para *p = &d->paras[i];
            int k2;
            size_t a2, e;
            for (size_t q = seg_label_clause(p, a, &k2, &a2); q < p->nchar; q = seg_label_clause(p, q + 1, &k2, &a2)) {
                if (k2 != SEG_LBL_TIME)
                    continue;
                for (e = a2; e < p->nchar && p->fold[e] != ';'; e++)
                    ;
                int y = seg_end_year(p->fold, a2, e);
                size_t t = seg_task_of(d, i);
                if (t != i && y > dl[t])
                    dl[t] = y;
                else if (!y && t != i && !dl[t] && standing_words(p->fold, a2, e))
                    dl[t] = -1;
                break;
            }
            continue;
        }
        if (kind != SEG_LBL_TIME ||
            (d->paras[i].mk != MK_NONE && d->paras[i].mk <= MK_ARABIC))
            continue; /* "3. Thời gian thực hiện: ..." is the plan's, not a task's */
        int y = label_year(&d->paras[i], a);
        size_t t = seg_task_of(d, i);
        if (y && t != i && y > dl[t])
            dl[t] = y;
        else if (!y && t != i && !dl[t] && standing_words(d->paras[i].fold, a, d->paras[i].nchar))
            dl[t] = -1;
        if (y)
            date_siblings(d, i, y, dl);
        if (y && t != i && d->paras[i].mk == MK_NONE)
            date_list(d, t, y, dl, 0);
    }
    /* a sentence after the last point that dates the points above it by
     * naming them ("Các nội dung trên hoàn thành trong tháng 12/2025.",
     * "Thời hạn hoàn thành các nhiệm vụ nêu trên: trước ngày ...") */
    for (size_t i = 1; i < d->nparas; i++) {
        size_t a = closing_time_line(&d->paras[i]);
        int sec = d->paras[i - 1].section;
        if (!a || sec < 0 || d->paras[i].section != sec)
            continue;
        size_t t = (size_t)d->secs[sec].para;
        int y = seg_end_year(d->paras[i].fold, a, d->paras[i].nchar);
        if (!y || d->secs[sec].mk < MK_ARABIC || dl[t])
            continue;
        dl[t] = y;
        date_list(d, t, y, dl, 1);
    }
    /* a task table's "Thời gian" cell */
    for (size_t r = 0; r < d->ntrows; r++) {
        long t = seg_para_of_line(d, (size_t)d->trows[r].task);
        int y = seg_cell_year(d, d->trows[r].time);
        if (t >= 0 && y > dl[t])
            dl[t] = y;
    }
    return dl;
}

/* Per section, once: is it (or a parent) about the past, and the nearest
 * deadline and period stated by its own or a parent's title. */
static sec_dates *section_dates(const seg_doc *d)
{
    sec_dates *cum = calloc(d->nsecs + 1, sizeof *cum);
    const int dd[3] = {d->year, d->month, d->day};
    if (!cum)
        return NULL;
    for (size_t k = 0; k < d->nsecs; k++) {
        const seg_sec *s = &d->secs[k];
        sec_dates own = {0, 0, 0, 0};
        if (s->title) {
            own.past = past_title(s->title) || views_title(s->title) || reasons_title(s->title) ||
                       (s->parent >= 0 && criteria_title(s->title)) || basis_title(s->title);
            char *tf = seg_fold_str(s->title);
            if (tf) {
                own.past |= results_title(tf, d->year);
                tg_dates_in(tf, strlen(tf), dd, &own.dl, &own.from, &own.to);
                /* a roadmap's phase, "1. Giai đoạn 2025 - 2030": its items are
                 * due by the phase's end */
                if (!own.dl && own.to && !strncmp(tf, "giai doan", 9))
                    own.dl = own.to;
                if (!own.dl && !own.past)
                    own.dl = tg_goal_year(tf, strlen(tf), d->year);
                if (!own.dl && !own.past)
                    own.dl = tasks_year(tf, d->year);
                free(tf);
            }
        }
        sec_dates up = s->parent >= 0 ? cum[s->parent] : (sec_dates){0, 0, 0, 0};
        cum[k].past = own.past || up.past;
        cum[k].dl = own.dl ? own.dl : up.dl;
        cum[k].from = own.from ? own.from : up.from;
        cum[k].to = own.from ? own.to : up.to;
    }
    return cum;
}

/* Every paragraph under heading sec is a line saying who does it or by
 * when ("4. Tổ chức kiểm tra việc thi hành Luật ..." over "- Cơ quan thực
 * hiện: ..." and "- Thời gian thực hiện: Năm 2026 ..."): the heading is the
 * task, not a heading over tasks. */
static int only_task_lines(const seg_doc *d, int sec)
{
    size_t a;
    int any = 0;
    for (size_t j = (size_t)d->secs[sec].para + 1; j < d->nparas; j++) {
        int s = d->paras[j].section;
        while (s >= 0 && s != sec)
            s = d->secs[s].parent;
        if (s != sec)
            break;
        if (!seg_task_label(&d->paras[j], &a))
            return 0;
        any = 1;
    }
    return any;
}

/* Paragraph i stands under a heading "3. Thời gian thực hiện:" and only
 * says when ("Từ nay đến hết năm 2025."): the plan's span, no target (a
 * stage "Đợt 01: từ ngày ... đến ngày ..." says what is done then). */
static int span_line(const seg_doc *d, size_t i)
{
    const seg_para *p = &d->paras[i];
    int sec = p->section;
    size_t a;
    if (sec < 0 || d->secs[sec].para == (int)i || p->nchar - p->label_chars > 60 ||
        seg_task_label(&d->paras[d->secs[sec].para], &a) != SEG_LBL_TIME)
        return 0;
    static const char *const opens[] = {"tu", "den", "trong", "nam", "quy", "thang", "truoc", "ngay", NULL};
    return seg_word_in(p->fold, p->nchar, p->label_chars, opens) != 0;
}

static int in_simplification(const seg_doc *d, size_t i);

/* p is a field of a published procedure (Decree 63/2010 and 92/2017
 * layout), its label and colon first: "Thời hạn giải quyết: 03 ngày làm
 * việc; giảm 50% thời gian ... nếu nộp hồ sơ trực tuyến", "Phí, lệ phí:
 * ...", "Yêu cầu, điều kiện: ... trước ngày 31/12/2025": what every case
 * must meet or pay, a norm however it is dated or quantified
 * (ANNOTATING.md: time limits, conditions, fees are no targets). */
static int procedure_field(const seg_para *p)
{
    static const char *const fields[] = {"thoi han giai quyet", "phi, le phi", "phi le phi", "le phi", "phi",
                                         "yeu cau, dieu kien", "yeu cau dieu kien", "dieu kien", "thanh phan ho so",
                                         "so luong ho so", "cach thuc thuc hien", "doi tuong thuc hien",
                                         "ket qua thuc hien", "can cu phap ly", "trinh tu thuc hien", NULL};
    const char *f = p->fold + p->label_chars;
    size_t n = p->nchar - p->label_chars;
    for (int k = 0; fields[k]; k++) {
        if (!seg_word_at(f, n, 0, fields[k]))
            continue;
        const char *c = memchr(f, ':', n);
        /* the label, then a few words of what it is of ("Yêu cầu, điều
         * kiện thực hiện thủ tục hành chính:") */
        return c && c - f <= (long)strlen(fields[k]) + 48;
    }
    return 0;
}

/* Paragraph i is the rest of the line before it, a task's time or doer
 * line the web text broke mid-phrase ("- Thời gian thực hiện: Từ tháng" /
 * "4 đến tháng 10 năm 2020."): that line ends in a word, with no stop,
 * and i opens with no label, on a digit or a small letter. */
static int label_rest(const seg_doc *d, size_t i)
{
    const seg_para *p = &d->paras[i], *q = i > 0 ? &d->paras[i - 1] : NULL;
    size_t a;
    if (!q || p->label_chars || !p->nchar || !q->nchar || !isalnum((unsigned char)q->fold[q->nchar - 1]))
        return 0;
    int kind = seg_task_label(q, &a);
    if (!kind || kind == SEG_LBL_OTHER)
        return 0;
    unsigned char c = (unsigned char)p->text[0];
    return isdigit(c) || islower(c);
}

/* Paragraph i can be no target whatever it says: the header, a legal basis,
 * a task's own lines, a heading or a lead-in that only introduces its items,
 * a forecast, a part about the past. *lead_in: it ends in a colon. */
static int never_a_target(const seg_doc *d, const sec_dates *cum, size_t i, int *lead_in)
{
    const seg_para *p = &d->paras[i];
    if (p->in_header || p->caps)
        return 1;
    /* a legal basis; not a numbered item of the body opening with the
     * basis it acts on ("1. Căn cứ Kế hoạch này, các Sở ... xây dựng kế
     * hoạch ... (hoàn thành trong tháng 11/2025)") */
    if (seg_is_can_cu(p) && (p->mk == MK_NONE || p->section < 0))
        return 1;
    size_t lab;
    int kind = seg_task_label(p, &lab);
    if ((kind && kind != SEG_LBL_OTHER) || span_line(d, i) || label_rest(d, i) || closing_time_line(p))
        return 1; /* who does a task and by when: part of the task */
    int sec = p->section;
    /* a heading with items under it passes its dates down, it is not a target */
    if (p->label && sec >= 0 && d->secs[sec].para == (int)i) {
        const seg_sec *s = &d->secs[sec];
        size_t tl = s->title ? strlen(s->title) : 0;
        size_t body = strlen(p->text);
        int has_child = sec + 1 < (int)d->nsecs && d->secs[sec + 1].parent == sec && !only_task_lines(d, sec);
        /* a numbered lead-in ending in a colon introduces its items,
         * whatever it quantifies on the way (ANNOTATING.md: lead-ins are
         * no targets) */
        if (has_child && (tl + strlen(s->label) + 3 >= body || p->fold[p->nchar - 1] == ':'))
            return 1;
        /* a strategy's numbered objective over its indicators ("a) Mục
         * tiêu 1: Tăng cường sự tham gia của phụ nữ ..." over "- Chỉ tiêu
         * 1: ..."): it names what they measure, the indicators are the goals */
        const char *f = p->fold + p->label_chars;
        size_t n = p->nchar - p->label_chars, m = skip_sp(f, n, 8);
        if (has_child && seg_word_at(f, n, 0, "muc tieu") && m < n && isdigit((unsigned char)f[m]))
            return 1;
        /* a goal part's heading of no sentence of its own over plain
         * paragraphs, "3. Tầm nhìn đến năm 2045" over what the vision is:
         * it dates them as a heading over items does, and is not one */
        if (!has_child && tl + strlen(s->label) + 3 >= body && p->fold[p->nchar - 1] != '.' &&
            goal_part_title(s->title) && plain_body_after(d, i))
            return 1;
    }
    /* "- Đến năm 2030:" over plain paragraphs: a heading too */
    if (p->nchar - p->label_chars <= 60 && p->fold[p->nchar - 1] == ':')
        return 1;
    /* a lead-in to a list ("... những mục tiêu cụ thể sau:") without a
     * number of its own dates the items after it; it is not one */
    *lead_in = p->fold[p->nchar - 1] == ':';
    /* one that announces the list ("... một số nội dung trọng tâm
     * sau:") is none whatever it quantifies; nor is a footnote ("[1]
     * ..."), nor what a forecast or report says ("Theo dự báo ...") */
    if (*lead_in && dated_before_lead_in(d, p))
        *lead_in = 0; /* a dated sentence stands before the lead-in */
    if ((*lead_in && (announces_list(p) || purpose_lead_in(p))) || not_a_goal(p) || (procedure_field(p) && !in_simplification(d, i)))
        return 1;
    /* a cell the web text broke off its row ("... đạt" / "95%"): no words,
     * nothing stated of its own */
    int word = 0;
    for (size_t k = p->label_chars; k + 1 < p->nchar && !word; k++)
        word = isalpha((unsigned char)p->fold[k]) && isalpha((unsigned char)p->fold[k + 1]);
    if (!word)
        return 1;
    /* past parts are not objectives */
    return sec >= 0 && cum[sec].past;
}

static int timetable_year(const seg_para *p, int doc_year);

/* p opens at a with a span of years before its colon, as a timetable's
 * stage does ("Năm 2027 - 2028: hoàn thành cải tạo 12 chợ ..."): its work
 * is due by the span's end, as a "Giai đoạn 2026 - 2030:" item's is. */
static int span_opening(const seg_para *p, size_t a)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    int y, y2;
    if (!seg_word_at(f, n, a, "nam"))
        return 0;
    size_t i = skip_sp(f, n, a + 3);
    if (!tg_year_at(f, n, i, &y))
        return 0;
    size_t j = skip_sp(f, n, i + 4);
    if (j >= n || f[j] != '-')
        return 0;
    j = skip_sp(f, n, j + 1);
    if (!tg_year_at(f, n, j, &y2) || y2 <= y)
        return 0;
    j = skip_sp(f, n, j + 4);
    return j < n && f[j] == ':';
}

/* The latest year after "năm" in p, outside quotation marks, ahead of the
 * text (doc_year known): the year the thing it follows is for. Not a
 * baseline ("so với năm 2025", "bằng năm ..."), a start ("từ năm 2027"),
 * nor a programme's or a law's name. */
static int goal_object_year(const seg_para *p, size_t from, int doc_year)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    int best = 0, y, quoted = 0;
    if (!doc_year)
        return 0;
    for (size_t i = from; i + 4 <= n; i++) {
        quoted ^= f[i] == '"';
        if (quoted || i < from + 4 || !tg_named_year_at(f, n, i, &y) || y <= doc_year || y <= best ||
            tg_programme_name(f, i))
            continue;
        size_t w = i - 4, back = w > from + 24 ? w - 24 : from;
        int base = 0;
        for (size_t k = back; k < w && !base; k++)
            base = (k == 0 || f[k - 1] == ' ') &&
                   (seg_word_at(f, w, k, "so voi") || seg_word_at(f, w, k, "so cung ky") || seg_word_at(f, w, k, "bang"));
        base |= (w >= from + 3 && seg_word_at(f, w, w - 3, "tu")) || (w >= from + 7 && seg_word_at(f, w, w - 7, "bat dau"));
        if (!base)
            best = tg_year_list_end(f, n, i, NULL); /* "trong các năm 2026, 2027 và 2028" */
    }
    return best;
}

/* Per-year goals stated clause by clause in one item, each clause opening
 * with its year ahead of the text and giving its figure: "Xây mới 60 phòng
 * học, trong đó năm 2026 xây 20 phòng, năm 2027 xây 40 phòng", "Năm 2026
 * cấp nước cho 3.000 hộ, các năm 2027 - 2028 mỗi năm thêm 2.000 hộ" (the
 * year a sentence-initial adjunct, with or without its comma). The item is
 * due by the last of them. Not a year a copula names ("Năm 2026 là năm bản
 * lề ...") nor what a year's money funds ("năm 2026 ngân sách tỉnh bố trí
 * ..."); a year before its colon or comma ("Năm 2026: ...", "Năm 2026,
 * ...") opens a timetable's item, timetable_year's. */
static int clause_years(const seg_para *p, int doc_year)
{
    static const char *const after[] = {"la", "ngan sach", "kinh phi", "nguon", "von", NULL};
    const char *f = p->fold;
    size_t n = p->nchar;
    int best = 0, y;
    if (!doc_year)
        return 0;
    for (size_t c = skip_sp(f, n, p->label_chars); c < n;) {
        size_t a = c, e;
        if (seg_word_at(f, n, a, "trong do"))
            a = skip_sp(f, n, a + 8);
        if (seg_word_at(f, n, a, "cac"))
            a = skip_sp(f, n, a + 3);
        if (seg_word_at(f, n, a, "nam") && tg_year_at(f, n, skip_sp(f, n, a + 3), &y)) {
            y = tg_year_list_end(f, n, skip_sp(f, n, a + 3), &e);
            size_t w = skip_sp(f, n, e), ce = w;
            while (ce < n && !strchr(",;.", f[ce]))
                ce++;
            int figure = 0;
            for (size_t k = w; k < ce && !figure; k++)
                figure = isdigit((unsigned char)f[k]) && (k == 0 || !isalnum((unsigned char)f[k - 1])) &&
                         !tg_year_at(f, n, k, &(int){0});
            if (y > doc_year && y > best && figure && ce > w && f[w] != ':' && !seg_word_in(f, n, w, after))
                best = y;
        }
        while (c < n && !strchr(",;", f[c]))
            c++;
        c = skip_sp(f, n, c + 1);
    }
    return best;
}

/* The year a lead-in paragraph ending in a colon states, among paragraphs
 * [from, to) of section sec, nearest first (-1: any section); 0 if none. */
/* The year ahead of the text that the time a lead-in opens with names,
 * before its "phấn đấu": "Trong đợt cao điểm Tết Nguyên đán và mùa Lễ
 * hội Xuân năm 2026, phấn đấu đạt các chỉ tiêu sau:", "Trong mùa lễ hội
 * Xuân năm 2026, ... phấn đấu ...": the goals are due by the season's
 * year. Only a year after the text's own (a text cited before "phấn đấu"
 * is of the past, "Thực hiện Kế hoạch số ... năm 2025, phấn đấu ..."),
 * and not a programme's name ("Chương trình ... đến năm 2030"). */
static int season_before_goals(const seg_para *lp, int doc_year)
{
    const char *f = lp->fold;
    size_t n = lp->nchar;
    const char *g = strstr(f, "phan dau");
    if (!doc_year || !g)
        return 0;
    int best = 0, y;
    for (size_t i = lp->label_chars; i + 4 <= (size_t)(g - f); i++)
        if (tg_named_year_at(f, n, i, &y) && y > doc_year && y > best && !tg_programme_name(f, i))
            best = y;
    return best;
}

static int lead_in_year(const seg_doc *d, size_t from, size_t to, int sec)
{
    const int dd[3] = {d->year, d->month, d->day};
    for (size_t q = to; q-- > from;) {
        const seg_para *lp = &d->paras[q];
        if ((lp->mk != MK_NONE && (sec < 0 || q != from)) || lp->nchar < 2 ||
            lp->fold[lp->nchar - 1] != ':' || (sec >= 0 && lp->section != sec) || seg_is_can_cu(lp))
            continue;
        int dl = 0, pf = 0, pt = 0;
        tg_dates_in(lp->fold, lp->nchar, dd, &dl, &pf, &pt);
        if (!dl)
            dl = tg_goal_year(lp->fold, lp->nchar, d->year);
        /* the time it opens with, ahead of the text: "Năm 2026, phấn đấu
         * đạt các chỉ tiêu sau:", "Giai đoạn 2026-2030, phấn đấu đạt các
         * mục tiêu cụ thể sau:" (as an item opening so is dated) */
        if (!dl)
            dl = timetable_year(lp, d->year);
        if (!dl && pt && d->year && pf >= d->year && seg_word_at(lp->fold, lp->nchar, skip_sp(lp->fold, lp->nchar, lp->label_chars), "giai doan"))
            dl = pt;
        if (!dl)
            dl = season_before_goals(lp, d->year);
        if (dl)
            return dl;
    }
    return 0;
}

/* The deadline and period paragraph i inherits from the headings above it,
 * else from the lead-ins before it. */
static void inherited_dates(const seg_doc *d, const sec_dates *cum, size_t i, int *dl, int *from, int *to)
{
    int sec = d->paras[i].section;
    int a = sec;
    if (a >= 0 && d->secs[a].para == (int)i)
        a = d->secs[a].parent;
    if (a >= 0) {
        *dl = cum[a].dl;
        *from = cum[a].from;
        *to = cum[a].to;
    }
    if (*dl || sec < 0)
        return;
    /* a lead-in paragraph of the same section ending in a colon
     * ("Mục tiêu đến năm 2025: ... những mục tiêu cụ thể sau:") dates
     * the items after it */
    *dl = lead_in_year(d, (size_t)d->secs[sec].para, i, -1);
    /* and for items nested under a section, the lead-ins of its parents,
     * the parent's own numbered lead-in too ("6. Các bộ ... phấn đấu tăng
     * trưởng ... năm 2026 từ 10% trở lên, cụ thể như sau:") */
    for (int up = d->secs[sec].parent; !*dl && up >= 0; up = d->secs[up].parent)
        *dl = lead_in_year(d, (size_t)d->secs[up].para, (size_t)d->secs[sec].para, up);
}

/* The first clause of p says who answers to whom: "... chịu trách nhiệm
 * trước ...". */
static int accountable(const seg_para *p)
{
    const char *f = p->fold + p->label_chars, *q = strstr(f, "chiu trach nhiem truoc");
    size_t e = strcspn(f, ";.:");
    return q && (size_t)(q - f) < e;
}

/* p opens with what is now: "Hiện nay, tổng số trạm ... khoảng 180 trạm"
 * (its numbers are no goal, norms.c; nor is it dated by its part). */
static int status_opening(const seg_para *p)
{
    const char *f = p->fold + p->label_chars;
    size_t n = p->nchar - p->label_chars;
    return seg_word_at(f, n, 0, "hien nay") || seg_word_at(f, n, 0, "hien tai");
}

/* A paragraph with no date or goal of its own that its part's date does
 * not make a target: a sub-heading over the items of a dated part ("-
 * Nông nghiệp Công nghệ cao": short, no full stop), who answers for a
 * result ("... chịu trách nhiệm trước Đảng, Chính phủ ... về tiến độ"),
 * what is now ("Hiện nay, ..."). */
static int undated_aside(const seg_para *p)
{
    return (p->nchar - p->label_chars <= 50 && !strchr(".;", p->fold[p->nchar - 1])) || accountable(p) ||
           status_opening(p);
}

/* Line k is a cell of numbers alone ("80", "1.200", "97,5", "45%", what
 * reflow drops as it drops page numbers): its value, else -1; *plain: no
 * mark but digits. */
static long number_line(const seg_doc *d, size_t k, int *plain)
{
    const seg_line *l = &d->lines[k];
    long v = 0;
    int digits = 0;
    *plain = 1;
    if (l->c1 - l->c0 > 12)
        return -1;
    for (size_t c = l->c0; c < l->c1; c++) {
        char ch = d->fold[c];
        if (isdigit((unsigned char)ch)) {
            v = v * 10 + (ch - '0');
            digits++;
        } else if (strchr(".,%", ch)) {
            *plain = 0;
        } else if (ch != ' ') {
            return -1;
        }
    }
    return digits ? v : -1;
}

/* Line k may be a row's number ("1", "12"): a plain figure of up to three
 * digits, its value, else -1; a bare year ("2026", "2030") heads a column
 * of a table with one per year. */
static long row_figure(const seg_doc *d, size_t k)
{
    int plain;
    long v = number_line(d, k, &plain);
    return v >= 0 && plain && v <= 999 ? v : -1;
}

static size_t line_of(const seg_doc *d, const seg_para *p);

/* Line k is a value cell of an indicator row: a figure ("95", "97,5%"),
 * a range ("3,5-4", "8 - 8,5") or a figure after a word that bounds or
 * moves it ("Tối thiểu 30", "Trên 70", "Giảm 1-1,5"), as a plan's table
 * of goals gives a value; *bare is set for a plain figure alone, which
 * may also be the next row's number. */
static int value_cell(const seg_doc *d, size_t k, int *bare)
{
    int plain;
    *bare = 0;
    if (number_line(d, k, &plain) >= 0) {
        *bare = plain;
        return 1;
    }
    const seg_line *l = &d->lines[k];
    if (l->c1 - l->c0 > 24)
        return 0;
    const char *f = d->fold;
    size_t c = l->c0;
    while (c < l->c1 && f[c] == ' ')
        c++;
    static const char *const bounds[] = {"toi thieu", "toi da", "it nhat", "khong duoi", "khong qua", "tren",
                                         "duoi", "giam", "tang", "dat", NULL};
    for (int q = 0; bounds[q]; q++)
        if (seg_word_at(f, l->c1, c, bounds[q])) {
            c += strlen(bounds[q]);
            break;
        }
    int digits = 0;
    for (; c < l->c1; c++) {
        if (isdigit((unsigned char)f[c]))
            digits++;
        else if (!strchr(".,%- ", f[c]))
            return 0;
    }
    return digits > 0;
}

/* Line j is short enough to be a row's unit cell between its name and its
 * values: a word or two ("%", "Thủ tục", "Trang trại"), or a unit per a
 * base, which names both and runs longer ("Số bé trai/100 bé gái",
 * "Người/10.000 dân", "Triệu đồng/người/năm"). */
static int unit_cell(const seg_doc *d, size_t j)
{
    const seg_line *l = &d->lines[j];
    size_t n = l->c1 - l->c0;
    return n <= 16 || (n <= 32 && memchr(d->fold + l->c0, '/', n) && d->fold[l->c1 - 1] != '.' &&
                       !memchr(d->fold + l->c0, ',', n)); /* not a sentence, nor a list */
}

/* Paragraph i is the item of a table row flattened one cell per line: the
 * row's number on the line above ("4" over "Số thủ tục hành chính được
 * cắt giảm, đơn giản hóa"), and a cell of its values in the lines after
 * it before the next row ("Thủ tục", "25", "40"). An indicator a table
 * sets, not a short sub-heading, however short. */
static int unnumbered_item(const seg_doc *d, size_t k);
static int row_number_follows(const seg_doc *d, size_t k, long row);

static int table_item(const seg_doc *d, size_t i)
{
    size_t k = line_of(d, &d->paras[i]);
    if (k == 0 || k >= d->nlines)
        return 0;
    long row = row_figure(d, k - 1);
    /* a row's number follows the one before ("2" after row "1"): a figure
     * that does not is the last value of a row, and the line after it the
     * next row's name in a table with no number column, or the cell a
     * table closes its row with (the lead body, "Sở Công Thương") */
    if (row <= 0 || !row_number_follows(d, k - 1, row))
        return unnumbered_item(d, k);
    /* its value within the next three cells, only a short one (a unit:
     * "%", "Thủ tục") between */
    for (size_t j = k + 1; j < d->nlines && j <= k + 3; j++) {
        int bare, plain;
        if (value_cell(d, j, &bare))
            return !bare || number_line(d, j, &plain) != row + 1; /* not the next row's number */
        if (!unit_cell(d, j))
            return 0;
    }
    return 0;
}

/* Paragraph i is a value cell with words ("Tối thiểu 30") of the row
 * whose number stands above it, its name and then only short cells (a
 * unit, "Trang trại", and the values of the columns before: "4" / "Số
 * trang trại ..." / "Trang trại" / "18" / "Tối thiểu 25"): part of that
 * row's target, none of its own. */
static int row_value(const seg_doc *d, size_t i)
{
    size_t k = line_of(d, &d->paras[i]);
    int bare;
    if (k >= d->nlines || !value_cell(d, k, &bare) || bare)
        return 0;
    for (size_t j = k; j-- > 0 && j + 6 >= k;) {
        if (row_figure(d, j) > 0 && j + 1 < k) /* rows count from 1: a "0" above is a value */
            return 1;
        /* a cell between the name and this one is short or a value */
        int b;
        if (!unit_cell(d, j) && !value_cell(d, j, &b) && !(j > 0 && row_figure(d, j - 1) > 0))
            return 0;
    }
    return 0;
}

/* The line paragraph p begins on, or nlines. */
static size_t line_of(const seg_doc *d, const seg_para *p)
{
    size_t k = 0;
    while (k < d->nlines && d->lines[k].b0 < p->b0)
        k++;
    return k < d->nlines && d->lines[k].b0 == p->b0 ? k : d->nlines;
}

/* Line k is, whole, one of words (folded). */
static int line_is(const seg_doc *d, size_t k, const char *const words[])
{
    const seg_line *l = &d->lines[k];
    for (int q = 0; words[q]; q++)
        if (l->c1 - l->c0 == strlen(words[q]) && !memcmp(d->fold + l->c0, words[q], l->c1 - l->c0))
            return 1;
    return 0;
}

/* Line k is a table's number column head: "STT", "TT", "Số TT", the
 * column Decree 30's tables open with. */
static int number_head(const seg_doc *d, size_t k)
{
    static const char *const numbers[] = {"stt", "tt", "so tt", "so thu tu", NULL};
    return line_is(d, k, numbers);
}

/* Line k opens a table of indicators that has no number column: "Chỉ
 * tiêu" over "Đơn vị tính" ("Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2026
 * | ..."), the indicator and its unit being the columns every such table
 * of a plan opens with. */
static int indicator_head(const seg_doc *d, size_t k)
{
    static const char *const heads[] = {"chi tieu", "ten chi tieu", "cac chi tieu", "noi dung chi tieu", NULL};
    if (k + 1 >= d->nlines || !line_is(d, k, heads) || (k > 0 && number_head(d, k - 1)))
        return 0;
    const seg_line *u = &d->lines[k + 1];
    const char *f = d->fold + u->c0;
    size_t n = u->c1 - u->c0;
    return n <= 16 && (seg_word_at(f, n, 0, "don vi") || seg_word_at(f, n, 0, "dvt"));
}

/* Line k heads the columns of a table flattened one cell per line: its
 * number column, or an indicator table's "Chỉ tiêu" where it has none. */
static int table_head(const seg_doc *d, size_t k)
{
    return number_head(d, k) || indicator_head(d, k);
}

/* Line k is a column head of such a table: short, naming the unit, a
 * year or what a column holds ("Đơn vị tính", "Kế hoạch năm 2026",
 * "Ước thực hiện năm 2025", "Ghi chú"), not an indicator's name. */
static int head_cell(const seg_doc *d, size_t k)
{
    static const char *const words[] = {"don vi", "dvt", "ke hoach", "uoc", "thuc hien", "muc tieu", "hien trang",
                                        "so sanh", "ghi chu", "lo trinh", "nam", "den", "giai doan", NULL};
    const seg_line *l = &d->lines[k];
    const char *f = d->fold + l->c0;
    size_t n = l->c1 - l->c0;
    int y;
    if (n > 40)
        return 0;
    for (int q = 0; words[q]; q++)
        if (seg_word_at(f, n, 0, words[q]))
            return 1;
    for (size_t q = 0; q + 4 <= n; q++)
        if ((q == 0 || !isalnum((unsigned char)f[q - 1])) && tg_year_at(f, n, q, &y))
            return 1;
    return 0;
}

/* Line k, a row's number "row", follows the row before: it is the first
 * ("1") or the number one less heads a row within the lines above. */
static int row_number_follows(const seg_doc *d, size_t k, long row)
{
    if (row == 1)
        return 1;
    for (size_t j = k, steps = 0; j-- > 0 && steps < 40; steps++)
        if (row_figure(d, j) == row - 1) {
            int bare;
            return j + 1 < d->nlines && !value_cell(d, j + 1, &bare);
        }
    return 0;
}

/* The indicator head ("Chỉ tiêu" over "Đơn vị tính") of the table line k
 * stands in, reading up over its cells (none a sentence of the text's
 * prose, none a heading); nlines if none. */
static size_t indicator_table_above(const seg_doc *d, size_t k)
{
    for (size_t j = k, steps = 0; j-- > 0 && steps < 200; steps++) {
        if (indicator_head(d, j))
            return j;
        if (d->lines[j].c1 - d->lines[j].c0 > 160)
            return d->nlines;
    }
    return d->nlines;
}

/* Line k names an indicator of a table with no number column: after the
 * last column head or the last value of the row before, its unit or its
 * first value next ("Số bác sĩ trên 10.000 dân" / "Bác sĩ" / "11,5"). */
static int unnumbered_item(const seg_doc *d, size_t k)
{
    int bare;
    size_t h = indicator_table_above(d, k);
    const seg_line *l = &d->lines[k];
    if (h == d->nlines || k < h + 2 || value_cell(d, k, &bare) || head_cell(d, k) ||
        !(value_cell(d, k - 1, &bare) || head_cell(d, k - 1)) || !memchr(d->fold + l->c0, ' ', l->c1 - l->c0))
        return 0; /* a name has two words or more */
    for (size_t j = h + 2; j < k; j++)
        if (!head_cell(d, j))
            break;
        else if (j + 1 == k)
            goto first_row; /* the heads run down to it: the first row */
    if (!value_cell(d, k - 1, &bare))
        return 0;
first_row:
    for (size_t j = k + 1; j < d->nlines && j <= k + 2; j++) {
        if (value_cell(d, j, &bare))
            return 1;
        if (!unit_cell(d, j))
            return 0;
    }
    return 0;
}

/* The "STT" line whose column heads run, short and with no row number
 * among them, down to line k (k itself a head, or the first row's number
 * after them); nlines if none. */
static size_t heads_above(const seg_doc *d, size_t k)
{
    for (size_t j = k, steps = 0; j-- > 0 && steps < 16; steps++) {
        if (indicator_head(d, j)) {
            /* no row number ends its heads: each line down to k is one */
            for (size_t m = j + 1; m <= k; m++)
                if (!head_cell(d, m))
                    return d->nlines;
            return j;
        }
        if (table_head(d, j))
            return j;
        if (d->lines[j].c1 - d->lines[j].c0 > 60 || row_figure(d, j) >= 0)
            return d->nlines;
    }
    return d->nlines;
}

/* Paragraph i is a column head of such a table ("Đến năm 2030", "Hiện
 * trạng năm 2025", "Đơn vị tính"): it names a column, it states nothing. */
static int column_head(const seg_doc *d, size_t i)
{
    size_t k = line_of(d, &d->paras[i]);
    return k < d->nlines && !table_head(d, k) && heads_above(d, k) < d->nlines;
}

/* The year the columns of the table above the row on line k set its
 * values for ("Kế hoạch năm 2026", "Năm 2026" ... "Năm 2030", "Đến năm
 * 2030"): the latest after the text's own year, or its own year under a
 * word of a plan or a goal ("Kế hoạch năm 2025"; not "Thực hiện năm 2025",
 * "Ước thực hiện", "Hiện trạng": what is). The row's indicator is set for
 * that year as an item is for its heading's; 0 if none. */
static int columns_year(const seg_doc *d, size_t k, int doc_year)
{
    size_t h = d->nlines;
    for (size_t j = k, steps = 0; j-- > 0 && steps < 200 && h == d->nlines; steps++)
        if (table_head(d, j))
            h = j;
    if (h == d->nlines)
        return 0;
    int best = 0, y;
    for (size_t j = h + 1; j < k && row_figure(d, j) < 0; j++) {
        const seg_line *l = &d->lines[j];
        const char *f = d->fold + l->c0;
        size_t n = l->c1 - l->c0;
        if (n > 40)
            continue;
        int planned = seg_word_at(f, n, 0, "ke hoach") || seg_word_at(f, n, 0, "muc tieu") ||
                      seg_word_at(f, n, 0, "chi tieu") || seg_word_at(f, n, 0, "den");
        for (size_t q = 0; q + 4 <= n; q++)
            if ((q == 0 || !isalnum((unsigned char)f[q - 1])) && tg_year_at(f, n, q, &y) &&
                (y > doc_year || (y == doc_year && planned)) && y > best)
                best = y;
    }
    return best;
}

/* p opens with a year before the text's own ("Năm 2024 toàn tỉnh đã
 * đạt ...", "Trong năm 2024, ..."): it narrates what was done, a result
 * reached, not one to reach (ANNOTATING.md: past results are no targets). */
static int past_opening(const seg_para *p, int doc_year)
{
    const char *f = p->fold + p->label_chars;
    size_t n = p->nchar - p->label_chars, a = 0;
    if (seg_word_at(f, n, 0, "trong"))
        a = skip_sp(f, n, 5);
    if (!seg_word_at(f, n, a, "nam"))
        return 0;
    a = skip_sp(f, n, a + 3);
    int y = a + 4 <= n ? atoi(f + a) : 0;
    return doc_year && y >= 1990 && y < doc_year && (a + 4 == n || !isalnum((unsigned char)f[a + 4]));
}

/* p opens by ordering an event held under a name that carries its year:
 * "Tổ chức Năm Du lịch quốc gia 2027 tại Quảng Ninh", "Đăng cai SEA
 * Games 2031": the event is held that year, so the work is due by then
 * (ANNOTATING.md, fourth rule set: an event's year is the deadline). The
 * name opens with a capital after the verb and the year closes it with
 * no "năm" before it ("Hội nghị tổng kết năm 2025" names the year
 * reviewed). 0 if none. */
static int event_name_year(const seg_para *p, int doc_year)
{
    static const char *const verbs[] = {"to chuc", "dang cai", NULL};
    const char *f = p->fold;
    size_t n = p->nchar, a = skip_sp(f, n, p->label_chars), w = 0;
    for (int k = 0; verbs[k] && !w; k++)
        if (seg_word_at(f, n, a, verbs[k]))
            w = skip_sp(f, n, a + strlen(verbs[k]));
    if (!w || w >= n)
        return 0;
    size_t b = p->cpos[w];
    if (!cp_is_upper(seg_utf8_next(p->text, strlen(p->text), &b)))
        return 0;
    int y;
    static const char *const reviews[] = {"tong ket", "so ket", "danh gia", "bao cao", NULL};
    for (size_t i = w; i < n && i < w + 60 && !strchr(".;:,(", f[i]); i++)
        if (!isalnum((unsigned char)f[i - 1]) && tg_year_at(f, n, i, &y)) {
            if (!(i >= 4 && !memcmp(f + i - 4, "nam ", 4)))
                return y >= doc_year ? y : 0;
            /* "Hội thi ... toàn tỉnh năm 2027", "Hội chợ ... năm 2027": held
             * in a year ahead of the text; a review's year is the one
             * reviewed ("Hội nghị tổng kết năm 2025") */
            for (size_t k = w; k < i; k++)
                for (int r = 0; reviews[r]; r++)
                    if ((k == w || f[k - 1] == ' ') && seg_word_at(f, i, k, reviews[r]))
                        return 0;
            return doc_year && y > doc_year ? y : 0;
        }
    return 0;
}

/* p opens with what is now, the state its figures describe, in forms
 * status_opening leaves: "Đến nay, đã có 21/34 tỉnh ...", "Tính đến ...",
 * "Toàn tỉnh có 1.250 hợp tác xã ...", or the text's own year when most
 * of it is past ("Năm 2025, tỷ lệ ... đạt 58%" in a text of December
 * 2025: the year's figures, what was reached; in one of March it may set
 * the year's goals), a school year over by the text's date ("Năm học
 * 2024-2025, tỷ lệ ... đạt 98,2%" in October 2025). A goal is a future
 * state (ANNOTATING.md: past results and the current situation are no
 * targets). */
static int current_opening(const seg_para *p, int doc_year, int doc_month)
{
    static const char *const now[] = {"den nay", "tinh den", "toan tinh co", "toan thanh pho co", "ca nuoc co",
                                      "toan quoc co", "toan nganh co", "hien nay,", "hien tai,", NULL};
    const char *f = p->fold + p->label_chars;
    size_t n = p->nchar - p->label_chars, a = 0;
    if (seg_word_in(f, n, 0, now))
        return 1;
    if (!doc_year || !doc_month)
        return 0;
    /* "Đến ngày 30/11/2025, cả nước có 410 bệnh viện ...", "Đến hết tháng
     * 10/2025, ...": a clause counting to a moment not after the text's
     * date opens the count made then, what is (as "Tính đến" does); a
     * moment ahead would be a deadline, and this is read only when the
     * paragraph has none */
    if (seg_word_at(f, n, 0, "den")) {
        size_t c = 0;
        while (c < n && c < 40 && f[c] != ',')
            c++;
        int y, seen = 0;
        for (size_t k = 4; k + 4 <= c; k++)
            if (!isalnum((unsigned char)f[k - 1]) && tg_year_at(f, c, k, &y))
                seen = y <= doc_year ? 1 : -1;
        size_t w = skip_sp(f, n, 3);
        if (seg_word_at(f, n, w, "het") || seg_word_at(f, n, w, "cuoi"))
            w = skip_sp(f, n, w + (f[w] == 'h' ? 3 : 4));
        if (c < n && seen == 1 && (seg_word_at(f, n, w, "ngay") || seg_word_at(f, n, w, "thang")))
            return 1;
    }
    /* "Từ đầu năm 2025 đến ngày 07/12/2025, toàn tỉnh ghi nhận ...", "Từ
     * ngày 01/10 đến nay, ...": a span opening the paragraph that runs up to
     * a moment not after the text's date counts what happened in it, as
     * "Đến ngày ..." does; a span ahead is a time to work in */
    if (seg_word_at(f, n, 0, "tu") && !seg_word_at(f, n, skip_sp(f, n, 2), "nay")) {
        size_t c = 0, to = 0;
        while (c < n && c < 60 && f[c] != ',')
            c++;
        for (size_t k = 3; k + 3 < c && !to; k++)
            if (f[k - 1] == ' ' && seg_word_at(f, c, k, "den"))
                to = k;
        if (!to || c >= n)
            return 0;
        size_t w = skip_sp(f, c, to + 3);
        if (seg_word_at(f, c, w, "nay"))
            return 1;
        if (seg_word_at(f, c, w, "het"))
            w = skip_sp(f, c, w + 3);
        if (seg_word_at(f, c, w, "ngay") || seg_word_at(f, c, w, "thang"))
            w = skip_sp(f, c, w + (f[w + 1] == 'g' ? 4 : 5));
        /* the end's month and year, "07/12/2025" or "11/2025": not after
         * the text's own */
        int v[3], m = 0;
        while (m < 3 && w < c && isdigit((unsigned char)f[w])) {
            v[m++] = atoi(f + w);
            while (w < c && isdigit((unsigned char)f[w]))
                w++;
            if (w < c && f[w] == '/')
                w++;
        }
        if (m < 2 || v[m - 1] < 1990)
            return 0;
        return v[m - 1] < doc_year || (v[m - 1] == doc_year && v[m - 2] <= doc_month);
    }
    /* the year's own figures, not an order for what is left of it
     * ("Năm 2025, phải hoàn thành giải ngân 100% ...") */
    static const char *const orders[] = {"phan dau", "hoan thanh", "phai", "bao dam", "dam bao", "yeu cau", NULL};
    int orders_any = 0;
    for (int k = 0; orders[k]; k++)
        orders_any |= strstr(f, orders[k]) != NULL;
    /* a period ended by the text's date, or ending with the text's year
     * in its last quarter, opening the paragraph: "Giai đoạn 2021 - 2025,
     * giá trị sản xuất ... tăng bình quân 9,4%/năm" in December 2025 is
     * what the period reached, as "Năm 2025, ..." is below */
    if (seg_word_at(f, n, 0, "giai doan")) {
        size_t g = skip_sp(f, n, 9), j;
        int y0, y1;
        if (!tg_year_at(f, n, g, &y0))
            return 0;
        j = skip_sp(f, n, g + 4);
        if (j >= n || f[j] != '-' || !tg_year_at(f, n, skip_sp(f, n, j + 1), &y1) || y1 <= y0 || orders_any)
            return 0;
        return y1 < doc_year || (y1 == doc_year && doc_month >= 10);
    }
    if (seg_word_at(f, n, 0, "trong"))
        a = skip_sp(f, n, 5);
    if (!seg_word_at(f, n, a, "nam"))
        return 0;
    a = skip_sp(f, n, a + 3);
    int school = seg_word_at(f, n, a, "hoc"), y, y2;
    if (school)
        a = skip_sp(f, n, a + 3);
    if (!tg_year_at(f, n, a, &y))
        return 0;
    if (orders_any)
        return 0;
    if (!school)
        return y == doc_year && doc_month >= 10;
    size_t j = skip_sp(f, n, a + 4);
    if (j >= n || f[j] != '-' || !tg_year_at(f, n, skip_sp(f, n, j + 1), &y2) || y2 != y + 1)
        return 0;
    return y2 < doc_year || (y2 == doc_year && doc_month >= 6); /* a school year ends in May */
}

/* p opens with the money it spends ("Nguồn ngân sách nhà nước trung
 * ương hằng năm ... bố trí tối thiểu 70% ...", "Kinh phí thực hiện ...",
 * "Tổng kinh phí ..."): resources, not results (ANNOTATING.md, second
 * reading: budgets and funding); its numbers set no goal unless it
 * disburses ("giải ngân 100% ..."), a result. */
static int funding_opening(const seg_para *p)
{
    static const char *const opens[] = {"nguon ngan sach", "nguon von", "nguon kinh phi", "kinh phi", "tong kinh phi",
                                        "ngan sach nha nuoc", "ngan sach trung uong", "ngan sach dia phuong",
                                        "ngan sach tinh", NULL};
    const char *f = p->fold + p->label_chars;
    size_t n = p->nchar - p->label_chars;
    for (int k = 0; opens[k]; k++)
        if (seg_word_at(f, n, 0, opens[k]))
            return !strstr(f, "giai ngan");
    return 0;
}

/* p sets a rank to reach among peers: "nằm trong nhóm 15 địa phương dẫn
 * đầu cả nước", "thuộc nhóm 20 tỉnh, thành phố dẫn đầu", "trong top 10
 * ... dẫn đầu": a count of the leading group, a quantity to reach as a
 * share is (docs/segment.md). "Dẫn đầu" must follow in the clause; a
 * group named by what it is ("thuộc nhóm 5 tỉnh có diện tích lớn nhất")
 * says what is. Not what is now or was ("hiện nay", "đã"). */
static int rank_goal(const seg_para *p)
{
    const char *f = p->fold + p->label_chars;
    size_t n = p->nchar - p->label_chars;
    for (size_t i = 0; i + 8 < n; i++) {
        if ((i > 0 && isalnum((unsigned char)f[i - 1])) ||
            !(seg_word_at(f, n, i, "nhom") || seg_word_at(f, n, i, "top")))
            continue;
        size_t j = skip_sp(f, n, i + (f[i] == 'n' ? 4 : 3));
        if (j >= n || !isdigit((unsigned char)f[j]))
            continue;
        size_t e = j;
        while (e < n && !strchr(".;:", f[e]))
            e++;
        for (size_t k = j; k + 7 <= e; k++)
            if (f[k - 1] == ' ' && seg_word_at(f, e, k, "dan dau"))
                return !strstr(f, "hien nay") && !strstr(f, "da dat") && !strstr(f, "da xep");
    }
    return 0;
}

/* p states a sum of money and no share ("42 tỷ đồng", "850 triệu
 * đồng"): an amount spent or allocated. */
static int money_sum(const seg_para *p)
{
    const char *f = p->fold + p->label_chars;
    return !strchr(f, '%') && (strstr(f, " ty dong") || strstr(f, " trieu dong") || strstr(f, " nghin dong"));
}

/* p asks a body only to study or consider a measure ("Đề nghị Bộ ...
 * nghiên cứu, xem xét hỗ trợ ... đạt 100%", "Kiến nghị Ủy ban nhân dân
 * tỉnh xem xét nâng mức hỗ trợ lên 70%"): the quantity is the proposal's,
 * no goal this text sets (ANNOTATING.md, fifth rule set); asking a body
 * to reach it, "đề nghị ... bảo đảm đạt 100%", is one. The verb of study
 * stands before the first figure. */
static int study_proposal(const seg_para *p)
{
    const char *f = p->fold + p->label_chars;
    size_t n = p->nchar - p->label_chars, fig = 0;
    if (!seg_word_at(f, n, 0, "de nghi") && !seg_word_at(f, n, 0, "kien nghi"))
        return 0;
    while (fig < n && !isdigit((unsigned char)f[fig]) && !strchr(".;", f[fig]))
        fig++;
    const char *s = strstr(f, "nghien cuu");
    const char *x = strstr(f, "xem xet");
    if (x && (!s || x < s))
        s = x;
    return s && (size_t)(s - f) < fig;
}

/* Where an item's own words begin after the topic it opens with: "3. Về
 * bố trí các nguồn lực ... (đảm bảo tỷ lệ ... đạt 100%): Giao Bộ ..." (a
 * conclusion's answer to a request): the topic's numbers are what was
 * asked, not a goal this text sets. */
static size_t topic_end(const seg_para *p)
{
    const char *f = p->fold + p->label_chars;
    size_t n = p->nchar - p->label_chars;
    if (!seg_word_at(f, n, 0, "ve"))
        return p->label_chars;
    const char *c = memchr(f, ':', n);
    return c ? p->label_chars + (size_t)(c - f) + 1 : p->label_chars;
}

/* f[0, n) sets a one-off time limit counted from this text: "trong thời
 * hạn 10 ngày kể từ ngày nhận (được) Kế hoạch này", "không quá 05 ngày làm
 * việc kể từ ngày ban hành Quyết định", "Trong thời gian 90 ngày kể từ
 * ngày Quyết định này có hiệu lực thi hành" (the day it takes effect is
 * one day too, as its signing is). A task so limited is due, though
 * by no year (ANNOTATING.md: "a dated plan task ... deadline null"); a
 * limit counted from a file, a request or a complaint received is a
 * procedure's norm, and a validity ("có hiệu lực kể từ ngày ký") none. */
/* An act of the State's that exists once, whatever follows its name
 * ("kể từ ngày Nghị định ... có hiệu lực", "kể từ ngày Luật Đất đai năm
 * 2024 có hiệu lực thi hành"): no case has one of its own, as cases have a
 * "quyết định" or a "văn bản". */
static int national_act(const char *act)
{
    static const char *const once[] = {"thong tu", "nghi dinh", "nghi quyet", "luat", NULL};
    for (int k = 0; act && once[k]; k++)
        if (!strcmp(act, once[k]))
            return 1;
    return 0;
}

static int limit_from_this_text(const char *f, size_t n)
{
    /* an assignment of this text with a limit and no day it counts from
     * ("Giao Sở ... trong thời hạn 03 ngày làm việc xây dựng quy trình
     * điện tử"): it counts from the assignment itself */
    if (seg_word_at(f, n, 0, "giao") && !strstr(f, "ke tu")) {
        const char *q = strstr(f, "trong thoi han ");
        if (q && isdigit((unsigned char)q[15]))
            return 1;
    }
    static const char *const acts[] = {"quyet dinh", "ke hoach", "cong van", "chi thi", "van ban", "thong tu",
                                       "nghi dinh", "nghi quyet", "quy che", "quy dinh", "dieu le", "luat", NULL};
    for (size_t i = 0; i + 10 < n; i++) {
        if (!seg_word_at(f, n, i, "ke tu ngay"))
            continue;
        size_t j = skip_sp(f, n, i + 10);
        size_t w = seg_word_at(f, n, j, "ban hanh") ? 8 : seg_word_at(f, n, j, "nhan duoc") ? 9
                 : seg_word_at(f, n, j, "nhan") ? 4 : seg_word_at(f, n, j, "ky") ? 2 : 0;
        j = skip_sp(f, n, j + w);
        /* the verb alone, the day this text is signed or issued: "trong
         * thời hạn 15 ngày kể từ ngày ký, ..." (not "ngày ký hợp đồng") */
        int once = w && w != 4 && w != 9 && (j >= n || strchr(".;,", f[j]));
        /* "kể từ ngày nhận được Thông báo này": this text; a notice
         * received without "này" is a case's, a procedure's norm */
        if (!once && seg_word_at(f, n, j, "thong bao") && seg_word_at(f, n, skip_sp(f, n, j + 9), "nay"))
            once = 1;
        for (int k = 0; acts[k] && !once; k++) {
            if (!seg_word_at(f, n, j, acts[k]))
                continue;
            /* this text: "Kế hoạch này", or the act named alone ("... ban
             * hành Quyết định."), not "quyết định về việc ..."; with no
             * verb before it, the day "Quyết định này" itself names ("kể từ
             * ngày Quyết định này có hiệu lực thi hành"): "này" is required.
             * Or an act named by its number ("kể từ ngày Nghị định số
             * 118/2025/NĐ-CP có hiệu lực thi hành"), or one of the State's
             * acts that exist once: a one-off event (ANNOTATING.md's seventh
             * rule set), not a kind of act every case has ("quyết định giao
             * đất") */
            size_t e = skip_sp(f, n, j + strlen(acts[k]));
            size_t num = seg_word_at(f, n, e, "so") ? skip_sp(f, n, e + 2) : e;
            /* "kể từ ngày Quyết định có hiệu lực thi hành": the act with
             * nothing between it and its taking effect is this text (a
             * case's act "có hiệu lực pháp luật", or is named further) */
            once = seg_word_at(f, n, e, "nay") || (w && (e >= n || strchr(".;,)", f[e]))) ||
                   (!w && seg_word_at(f, n, e, "co hieu luc thi hanh")) ||
                   (num < n && isdigit((unsigned char)f[num])) || national_act(acts[k]);
        }
        if (!once)
            continue;
        size_t c = i;
        while (c > 0 && !strchr(".;:", f[c - 1]))
            c--;
        for (size_t q = c; q < i; q++) {
            /* a validity, the text's or a case's act's: "có hiệu lực kể
             * từ ngày ký", "Quyết định hỗ trợ có giá trị trong thời hạn 12
             * tháng kể từ ngày ký" (ANNOTATING.md: validity periods are
             * norms) */
            if (seg_word_at(f, n, q, "hieu luc") || seg_word_at(f, n, q, "co gia tri"))
                return 0;
            /* "Sau 12 tháng kể từ ngày ký văn bản này, ...": when
             * something begins, no limit to meet */
            if (seg_word_at(f, n, q, "sau") && q + 4 < i && isdigit((unsigned char)f[skip_sp(f, n, q + 3)]))
                return 0;
        }
        return 1;
    }
    return 0;
}

/* f[0, n) says the work must be done in time for an occasion: "để kịp
 * báo cáo Quốc hội tại Kỳ họp thứ 10", "cho kịp đưa vào sử dụng" ("kịp",
 * in time, in a purpose clause; not "kịp thời", timely, nor "chưa kịp",
 * not yet). A deadline by an event: the task is due, by no year. */
static int in_time_for(const char *f, size_t n)
{
    for (size_t i = 0; i + 7 < n; i++)
        if (seg_word_at(f, n, i, "de kip") || seg_word_at(f, n, i, "cho kip")) {
            /* the next word, within one OCR error of "thời" ("thdi"), is
             * no occasion */
            size_t a = skip_sp(f, n, i + (f[i] == 'd' ? 6 : 7)), b = a;
            while (b < n && isalpha((unsigned char)f[b]))
                b++;
            if (seg_edit_distance(f + a, b - a, "thoi", 4, 1) > 1)
                return 1;
        }
    return 0;
}

/* The year by which an item of a timetable is due, when the item opens
 * with its time and a colon: "Tháng 12/2025: tổ chức hội nghị sơ kết",
 * "Quý II/2026: đưa cơ sở dữ liệu vào vận hành", "Giai đoạn 2 (tháng
 * 01/2026): tổng hợp ...", "Đợt 2 (quý I/2026): ..." (a dated stage of a
 * plan's timetable, ANNOTATING.md's fourth rule set). The end of the time
 * is the deadline, a start alone none ("Từ 01/7/2025: ..."; seg_end_year).
 * A time alone before a comma opens the clause the same way ("Năm 2026,
 * hoàn thành ..."), when it is later than the text's own year. */
static int timetable_year(const seg_para *p, int doc_year)
{
    static const char *const stages[] = {"giai doan", "dot", "buoc", "phase", NULL};
    static const char *const times[] = {"thang", "quy", "nam", "ngay", "tuan", "tu", "den", "trong", "truoc",
                                        "cuoi", "dau", "giua", "het", NULL};
    const char *f = p->fold;
    size_t n = p->nchar, a = skip_sp(f, n, p->label_chars);
    const char *c = memchr(f + a, ':', n - a);
    /* or a time alone before a comma, the clause's adverbial: "Năm 2026,
     * hoàn thành việc chuyển đổi ...", "Quý I/2026, tổ chức ..." */
    const char *comma = memchr(f + a, ',', n - a);
    /* "Năm 2026 và các năm tiếp theo, ...", "Từ năm 2026 trở đi, ...": the
     * first year, from which it holds on (ANNOTATING.md, fourth rule set) */
    size_t onward = 0;
    if (comma && seg_word_at(f, n, a, "nam") && isdigit((unsigned char)f[skip_sp(f, n, a + 3)])) {
        size_t q = skip_sp(f, n, skip_sp(f, n, a + 3) + 4);
        if (seg_word_at(f, n, q, "va cac nam tiep theo") && q + 20 == (size_t)(comma - f))
            onward = 20;
    }
    int adverbial = comma && (size_t)(comma - f) <= a + 16 + onward && (!c || comma < c);
    if (adverbial)
        c = comma;
    if (!c || (size_t)(c - f) > a + 60)
        return 0;
    size_t e = (size_t)(c - f), t = a;
    /* a goal's label naming its time, the goal after its colon: "2. Mục
     * tiêu giai đoạn 2026 - 2027: hoàn thành bộ tiêu chí ...", "Chỉ tiêu
     * đến năm 2027: ...": due as the heading of that name dates its items */
    if (!adverbial && e + 2 < n && (seg_word_at(f, e, a, "muc tieu") || seg_word_at(f, e, a, "chi tieu"))) {
        int y = tg_goal_year(f + a, e - a, doc_year);
        if (y)
            return y;
    }
    for (int k = 0; stages[k]; k++)
        if (seg_word_at(f, e, a, stages[k])) {
            t = skip_sp(f, e, a + strlen(stages[k]));
            while (t < e && (isalnum((unsigned char)f[t]) || f[t] == '.'))
                t++; /* its number, "2", "II" */
            t = skip_sp(f, e, t);
            while (t < e && strchr("(-,", f[t]))
                t = skip_sp(f, e, t + 1);
            break;
        }
    int timed = t < e && isdigit((unsigned char)f[t]);
    for (int k = 0; times[k] && !timed; k++)
        timed = seg_word_at(f, e, t, times[k]) && !(adverbial && (k >= 5 || t != a));
    /* an adverbial of the past narrates ("Ngày 30/6/2025, Chính phủ ban
     * hành ..."): only a year after the text's own sets work to do */
    /* what funds that year ("Năm 2026: Ngân sách của Thành phố bổ sung
     * ...", "Năm 2026, ngân sách tỉnh bố trí 4,5 tỷ đồng ..."): a
     * resource, not a result (ANNOTATING.md, second reading) */
    static const char *const funds[] = {"ngan sach", "kinh phi", "nguon", "von", NULL};
    size_t w = skip_sp(f, n, e + 1);
    for (int k = 0; funds[k] && timed; k++)
        timed = !seg_word_at(f, n, w, funds[k]);
    if (adverbial && timed) {
        int y = seg_end_year(f, t, e);
        return y > doc_year ? y : 0;
    }
    return timed ? seg_end_year(f, t, e) : 0;
}

/* An item opening with its year and a colon whose later clauses open the
 * same way after a semicolon, "Năm 2026: hoàn thành xây dựng cơ sở dữ liệu
 * ...; năm 2027: kết nối với ...": a timetable in one paragraph, due by
 * its last stage (docs/segment.md: each clause opening with its year gives
 * the last). y: the year the item opens with (timetable_year), 0 none. */
static int later_stage_year(const seg_para *p, int y)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    int y2;
    if (!y)
        return 0;
    for (size_t c = p->label_chars; c < n; c++) {
        if (f[c] != ';')
            continue;
        size_t a = skip_sp(f, n, c + 1);
        if (!seg_word_at(f, n, a, "nam"))
            continue;
        size_t j = skip_sp(f, n, a + 3);
        if (!tg_year_at(f, n, j, &y2))
            continue;
        j = skip_sp(f, n, j + 4);
        if (j < n && (f[j] == ':' || f[j] == ',') && y2 > y)
            y = y2;
    }
    return y;
}

/* The year an item's own time gives where no word of a limit leads it:
 * after a time label inside the item ("Ban hành quy chế. Thời gian: tháng
 * 12/2025.", "...; thời hạn hoàn thành: 30/6/2026", "Tiến độ: Quý I/2026"),
 * or in brackets after the task's phrase ("Xây dựng kho dữ liệu (Quý
 * II/2026).", "báo cáo tổng kết (năm 2035), gửi ..."): the time the task
 * is set for. The end of the time
 * counts, a start alone none (seg_end_year); a bracket that cites or names
 * ("(theo Quyết định số ... ngày ...)", "(giai đoạn 2021 - 2025)") opens
 * with no word of time. */
static int own_time_year(const seg_para *p)
{
    static const char *const labels[] = {"thoi gian thuc hien:", "thoi gian hoan thanh:", "thoi gian:",
                                         "thoi han hoan thanh:", "thoi han:", "tien do:", "hoan thanh:", NULL};
    static const char *const times[] = {"thang", "quy", "nam", "ngay", "tuan", "truoc", "trong", "den", "cuoi",
                                        "dau", "giua", "het", "dot", NULL};
    const char *f = p->fold;
    size_t n = p->nchar;
    int best = 0;
    for (size_t i = p->label_chars; i < n; i++) {
        if (i > 0 && isalnum((unsigned char)f[i - 1]))
            continue;
        size_t a = 0;
        for (int k = 0; labels[k] && !a; k++)
            if (!strncmp(f + i, labels[k], strlen(labels[k])))
                a = skip_sp(f, n, i + strlen(labels[k]));
        size_t e = a;
        if (a) {
            while (e < n && !strchr(";", f[e]) && !(f[e] == '.' && (e + 1 >= n || f[e + 1] == ' ')))
                e++;
        } else if (f[i] == '(') {
            a = skip_sp(f, n, i + 1);
            const char *c = memchr(f + a, ')', n - a);
            if (!c || (size_t)(c - f) > a + 40)
                continue;
            e = (size_t)(c - f);
            /* it closes the task's phrase ("Báo cáo giữa kỳ thực hiện Kế
             * hoạch (năm 2030) và báo cáo tổng kết ... (năm 2035), gửi
             * ..."); one the noun phrase goes on after names the year of
             * what it is said of ("kết quả kiểm kê hằng năm (năm 2025) của
             * các cơ quan ...") */
            if (seg_word_at(f, n, skip_sp(f, n, e + 1), "cua"))
                continue;
            int timed = 0, y0;
            for (int k = 0; times[k] && !timed; k++)
                timed = seg_word_at(f, e, a, times[k]);
            /* a year alone in the brackets that close the item ("... tổ
             * chức hội nghị đối thoại (2026)."): the time it is set for */
            size_t z = skip_sp(f, n, e + 1);
            if (!timed && tg_year_at(f, e, a, &y0) && skip_sp(f, e, a + 4) == e &&
                (z >= n || (strchr(".;", f[z]) && skip_sp(f, n, z + 1) >= n)))
                timed = 1;
            if (!timed)
                continue;
        } else {
            continue;
        }
        int y = seg_end_year(f, a, e);
        if (y > best)
            best = y;
    }
    return best;
}

/* A line that only says by when the task above it is due, written
 * without the label's colon: "Thời hạn hoàn thành không quá 05 ngày làm
 * việc kể từ ngày ban hành Quyết định." */
static int time_line_words(const seg_para *p)
{
    const char *f = p->fold + p->label_chars;
    size_t n = p->nchar - p->label_chars;
    return seg_word_at(f, n, 0, "thoi han") || seg_word_at(f, n, 0, "thoi gian hoan thanh") ||
           seg_word_at(f, n, 0, "thoi gian thuc hien");
}

/* Verbs a proposal to simplify a procedure opens with: it cuts, drops,
 * replaces or merges a step, a paper, a time or a cost. */
static const char *const change_verbs[] = {
    "giam", "cat giam", "rut ngan", "bai bo", "bo", "luoc bo", "cat bo", "thay the", "thay doi", "sua doi",
    "bo sung", "dieu chinh", "don gian hoa", "tich hop", "gop", "chuyen", "cho phep",
    NULL};

static int opens_change_verb(const char *f, size_t n, size_t a)
{
    a = skip_sp(f, n, a);
    return seg_word_in(f, n, a, change_verbs) != 0;
}

/* Paragraph i is a cut a plan to simplify administrative procedures
 * proposes: an item under a heading naming the simplification ("1.1. Nội
 * dung đơn giản hóa" over "Bãi bỏ thành phần hồ sơ ...") or an item
 * opening with those words and a colon ("Nội dung đơn giản hóa: Tiếp nhận
 * hồ sơ trực tuyến ..."), that opens with a verb of change. Each proposed
 * cut is a target, with or without a number (ANNOTATING.md, seventh rule
 * set); the reasons for it ("Lý do: ...") and the acts that would carry it
 * out ("Kiến nghị thực thi") stand under other headings. */
static int cut_proposal(const seg_doc *d, size_t i)
{
    static const char *const topic = "noi dung don gian hoa";
    const seg_para *p = &d->paras[i];
    const char *f = p->fold;
    size_t n = p->nchar, a = skip_sp(f, n, p->label_chars);
    if (seg_word_at(f, n, a, topic)) {
        size_t c = skip_sp(f, n, a + strlen(topic));
        return c < n && f[c] == ':' && opens_change_verb(f, n, c + 1);
    }
    int sec = p->section;
    if (sec >= 0 && d->secs[sec].para == (int)i)
        sec = d->secs[sec].parent;
    for (; sec >= 0 && d->secs[sec].mk >= MK_DASH; sec = d->secs[sec].parent)
        ;
    if (sec < 0 || !d->secs[sec].title)
        return 0;
    /* "Nội dung đơn giản hóa", "Nội dung phương án đơn giản hóa",
     * "Phương án cắt giảm": not the parts on its benefits, its reasons or
     * the acts to amend ("Lợi ích phương án đơn giản hóa", "Kiến nghị thực
     * thi"), whose items open with "Sửa đổi ..." too, nor the list of the
     * procedures it covers ("DANH MỤC PHƯƠNG ÁN ĐƠN GIẢN HÓA ...", a table
     * whose cells name the kind of cut, "Giảm thời gian giải quyết") */
    static const char *const other[] = {"loi ich", "kien nghi", "ly do", "chi phi", "danh muc", NULL};
    char *t = seg_fold_str(d->secs[sec].title);
    int under = t && (strstr(t, "don gian hoa") || strstr(t, "cat giam"));
    for (int k = 0; other[k] && under; k++)
        under = !strstr(t, other[k]);
    free(t);
    return under && opens_change_verb(f, n, a);
}

/* Paragraph i stands in a plan to simplify procedures, under a heading
 * naming it ("PHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH", "Phần II. NỘI
 * DUNG PHƯƠNG ÁN ĐƠN GIẢN THỦ TỤC ...", "a) Nội dung đơn giản hóa", "Lợi
 * ích phương án đơn giản hóa"): its cuts are goals even where the text
 * around publishes procedures, whose numbers are norms (ANNOTATING.md,
 * seventh rule set). */
static int in_simplification(const seg_doc *d, size_t i)
{
    for (int a = d->paras[i].section; a >= 0; a = d->secs[a].parent) {
        char *t = d->secs[a].title ? seg_fold_str(d->secs[a].title) : NULL;
        int yes = t && (strstr(t, "phuong an don gian") || strstr(t, "noi dung don gian hoa"));
        free(t);
        if (yes)
            return 1;
    }
    return 0;
}

/* Where target t stands: its text, section id, subject area and span. */
static void place_target(const seg_doc *d, size_t i, seg_target *t)
{
    const seg_para *p = &d->paras[i];
    int sec = p->section;
    t->text = seg_strdup(p->text + p->cpos[p->label_chars]);
    t->id = sec >= 0 ? seg_strdup(d->secs[sec].id) : NULL;
    for (int a = sec; a >= 0; a = d->secs[a].parent) {
        const seg_sec *s = &d->secs[a];
        if (s->mk >= MK_DASH || !s->title || generic_title(s->title))
            continue;
        t->area = seg_strdup(s->title);
        break;
    }
    t->page = p->page;
    t->start = p->start;
    t->end = p->end;
}

/* A season the item is due by, after a word of a limit: "Đến hết mùa
 * khô năm 2026, không để xảy ra thiếu điện", "trước mùa mưa năm 2026",
 * "trong vụ Đông Xuân 2025 - 2026": the season's (last) year is its
 * deadline (ANNOTATING.md, fifth rule set), as a date after "đến" is; 0
 * if none. */
static int season_limit_year(const seg_para *p, int doc_year)
{
    static const char *const limits[] = {"den het", "den", "truoc", "trong", NULL};
    const char *f = p->fold;
    size_t n = p->nchar;
    for (size_t i = p->label_chars; i < n; i++) {
        if (i > 0 && isalnum((unsigned char)f[i - 1]))
            continue;
        for (int q = 0; limits[q]; q++) {
            if (!seg_word_at(f, n, i, limits[q]))
                continue;
            size_t j = skip_sp(f, n, i + strlen(limits[q]));
            if (!seg_word_at(f, n, j, "mua") && !seg_word_at(f, n, j, "vu"))
                break;
            size_t e = j + 40 < n ? j + 40 : n;
            int y = tg_season_year(f + j, e - j);
            if (y && y >= doc_year)
                return y;
            break;
        }
    }
    return 0;
}

/* Where the sentence that sets p's goal begins when p opens with a
 * sentence reporting what was or what is ("Giai đoạn 2021 - 2025, toàn
 * tỉnh đã được chứng nhận 1.250 ha ... . Trên cơ sở đó, phấn đấu đến năm
 * 2030 ...", "Năm 2025, toàn phường có 92% ... . Đến năm 2028, tỷ lệ này
 * đạt trên 95%" in December 2025): the report is no part of the goal, so
 * the target's text starts at the sentence after it (docs/segment.md:
 * the text from the start of its sentence), as a task's starts at the
 * first sentence that gives one (ANNOTATING.md, tenth rule set). The
 * later sentence sets the goal: "phấn đấu" or "mục tiêu" in it, or it
 * opens with a time ahead ("Đến năm 2028", "Đến hết năm 2027"). 0 if
 * none. */
static size_t goal_sentence(const seg_para *p, int doc_year, int doc_month)
{
    const char *f = p->fold;
    size_t n = p->nchar, e = p->label_chars;
    while (e + 2 < n && !(f[e] == '.' && f[e + 1] == ' '))
        e++;
    if (e + 2 >= n)
        return 0;
    size_t g = skip_sp(f, n, e + 1);
    if (g >= n)
        return 0;
    unsigned char c = (unsigned char)p->text[p->cpos[g]];
    if (!(isupper(c) || c >= 0xC0))
        return 0;
    /* the first sentence alone: does it report? */
    char *first = seg_strndup(f + p->label_chars, e - p->label_chars);
    if (!first)
        return 0;
    seg_para head = *p;
    head.fold = first;
    head.nchar = e - p->label_chars;
    head.label_chars = 0;
    /* what is now, said as done or held ("đã", "ước", "có"): not a year's
     * figure that may still be an order ("Năm 2025 đào tạo nghề cho 800
     * lao động.") */
    int said = 0;
    for (size_t k = 0; k < head.nchar && !said; k++)
        if (k == 0 || first[k - 1] == ' ')
            said = seg_word_at(first, head.nchar, k, "da") || seg_word_at(first, head.nchar, k, "uoc") ||
                   seg_word_at(first, head.nchar, k, "co");
    int report = past_opening(&head, doc_year) || (current_opening(&head, doc_year, doc_month) && said);
    free(first);
    if (!report)
        return 0;
    const char *r = f + g;
    size_t rn = n - g;
    int y;
    size_t a = seg_word_at(r, rn, 0, "den") ? skip_sp(r, rn, 3) : rn;
    if (a < rn && seg_word_at(r, rn, a, "het"))
        a = skip_sp(r, rn, a + 3);
    int ahead = a < rn && seg_word_at(r, rn, a, "nam") && tg_year_at(r, rn, skip_sp(r, rn, a + 3), &y) && y >= doc_year;
    int sets = ahead || strstr(r, "phan dau") || strstr(r, "muc tieu");
    return sets ? g : 0;
}

/* Words a phrase cannot end on, as written (with their marks: "đất" ends
 * "sử dụng đất", "đạt" goes on to what is reached): a preposition, a
 * conjunction, a determiner, a verb waiting for its object. */
static const char *const open_words[] = {
    "từ", "các", "của", "và", "với", "cho", "đạt", "tại", "về", "những", "theo", "đến", "trên", "dưới",
    "là", "có", "được", "hoặc", "mỗi", "trong", "để", "nhằm", "thiểu", "nhất", "chiếm", "gắn", NULL};

/* The last word of text as written, lower case ASCII aside: [*a, e). */
static int last_word_is(const char *text, size_t e, size_t s, const char *w)
{
    size_t wl = strlen(w);
    return e - s == wl && !memcmp(text + s, w, wl);
}

/* Paragraph q, just above target paragraph i on the line before it (no
 * blank line between), is where the target's sentence begins: a PDF or a
 * table cell broke the line there, and the line after goes on as no
 * sentence opens, with a number, a lower-case word or an acronym ("Phấn
 * đấu mỗi năm phát triển từ" / "05 bộ dữ liệu mở ...", "Tỷ trọng đào tạo
 * các ngành" / "STEM trong các cơ sở ... đạt tối thiểu 30%"). q is a plain
 * line (no label, heading, header or closing punctuation) whose last word
 * leaves its phrase open, or is the head noun right after "các",
 * "những", "mỗi". The target is the whole sentence, from q's start. */
static int sentence_head(const seg_doc *d, size_t i)
{
    if (i == 0)
        return 0;
    const seg_para *q = &d->paras[i - 1], *p = &d->paras[i];
    if (p->label_chars || p->mk != MK_NONE || q->label_chars || q->mk != MK_NONE || q->in_header || q->caps ||
        p->in_header || q->nchar < 8)
        return 0;
    if (q->section >= 0 && d->secs[q->section].para == (int)(i - 1))
        return 0;
    /* the line before: one line break between, or a blank line too, as
     * OCR puts between the lines of a table's cell */
    int nl = 0;
    for (size_t b = q->b1; b < p->b0; b++) {
        if (d->text[b] == '\n')
            nl++;
        else if (!strchr(" \t\r", d->text[b]))
            return 0;
    }
    if (nl < 1 || nl > 2 || strchr(".;:!?)", q->fold[q->nchar - 1]))
        return 0;
    /* the next line goes on: a number, a lower-case word or an acronym */
    size_t bi = p->cpos[0];
    uint32_t c0 = seg_utf8_next(p->text, strlen(p->text), &bi);
    uint32_t c1 = seg_utf8_next(p->text, strlen(p->text), &bi);
    int goes_on = (c0 >= '0' && c0 <= '9') || cp_is_lower(c0) || (cp_is_upper(c0) && cp_is_upper(c1));
    if (!goes_on)
        return 0;
    /* q's last two words, as written */
    const char *t = q->text;
    size_t e = strlen(t);
    size_t s = e;
    while (s > 0 && t[s - 1] != ' ')
        s--;
    size_t e2 = s;
    while (e2 > 0 && t[e2 - 1] == ' ')
        e2--;
    size_t s2 = e2;
    while (s2 > 0 && t[s2 - 1] != ' ')
        s2--;
    for (int k = 0; open_words[k]; k++)
        if (last_word_is(t, e, s, open_words[k]))
            return 1;
    return last_word_is(t, e2, s2, "các") || last_word_is(t, e2, s2, "những") || last_word_is(t, e2, s2, "mỗi");
}

int seg_push_target(seg_result *r, size_t *cap, seg_target *t)
{
    if (seg_grow(&r->targets, r->n_targets, cap, sizeof *r->targets, 32)) {
        seg_target_clear(t);
        return -1;
    }
    r->targets[r->n_targets++] = *t;
    return 0;
}

void seg_targets(seg_doc *d, seg_result *r)
{
    size_t cap = 0;
    sec_dates *cum = section_dates(d);
    int *block_dl = block_deadlines(d);
    size_t reg_from = seg_norms_from(d, r->metadata.doc_type, r->metadata.title, r->metadata.number);
    const int dd[3] = {d->year, d->month, d->day};
    if (!cum || !block_dl) {
        free(cum);
        free(block_dl);
        d->oom = 1;
        return;
    }
    for (size_t i = 0; i < d->nparas; i++) {
        const seg_para *p = &d->paras[i];
        int lead_in = 0;
        if (never_a_target(d, cum, i, &lead_in) || column_head(d, i) || row_value(d, i))
            continue;
        int inh_deadline = 0, inh_from = 0, inh_to = 0;
        inherited_dates(d, cum, i, &inh_deadline, &inh_from, &inh_to);
        int row = table_item(d, i);
        /* a regulation's table sets rates and fees for its years (a
         * norm), a plan's sets indicators to reach */
        if (!inh_deadline && row && i < reg_from)
            inh_deadline = columns_year(d, line_of(d, p), d->year);
        seg_target t;
        memset(&t, 0, sizeof t);
        tg_dates_in(p->fold + p->label_chars, p->nchar - p->label_chars, dd, &t.deadline, &t.period_from, &t.period_to);
        if (!t.deadline && t.period_to && strstr(p->fold + p->label_chars, "trong giai doan"))
            t.deadline = t.period_to; /* "hoàn thành trong giai đoạn 2023 - 2025" */
        /* "Giai đoạn 2026 - 2030, kinh tế số chiếm tối thiểu 30% GRDP": the
         * period the item opens with, when it lies ahead of the text, is
         * when it is due, as "Năm 2026, ..." is */
        /* ... after the "Phấn đấu" that sets the goal too ("Phấn đấu giai
         * đoạn 2026 - 2030, mỗi năm đào tạo ít nhất 3.000 lao động") */
        size_t open = skip_sp(p->fold, p->nchar, p->label_chars);
        if (seg_word_at(p->fold, p->nchar, open, "phan dau"))
            open = skip_sp(p->fold, p->nchar, open + 8);
        /* ... and after a goal's label naming the period, the goal after
         * its colon ("2. Mục tiêu giai đoạn 2026 - 2027: hoàn thành ...") */
        else if (seg_word_at(p->fold, p->nchar, open, "muc tieu") || seg_word_at(p->fold, p->nchar, open, "chi tieu")) {
            size_t g = skip_sp(p->fold, p->nchar, open + 8);
            if (seg_word_at(p->fold, p->nchar, g, "cu the"))
                g = skip_sp(p->fold, p->nchar, g + 6);
            const char *colon = memchr(p->fold + g, ':', p->nchar - g);
            if (colon && skip_sp(p->fold, p->nchar, (size_t)(colon - p->fold) + 1) < p->nchar)
                open = g;
        }
        if (!t.deadline && t.period_to && d->year && t.period_from >= d->year &&
            (seg_word_at(p->fold, p->nchar, open, "giai doan") || span_opening(p, open)))
            t.deadline = t.period_to;
        /* the time an item opens with or closes on, unless it spans a
         * period of its own ("Năm 2021, số hóa ... đạt 30%; giai đoạn 2022
         * - 2025, mỗi năm tăng ...": its later years are read as before) */
        if (!t.deadline && !t.period_from)
            t.deadline = later_stage_year(p, timetable_year(p, d->year));
        if (!t.deadline && !t.period_from)
            t.deadline = own_time_year(p);
        if (!t.deadline)
            t.deadline = tg_year_of_goal(p, p->label_chars, d->year);
        if (!t.deadline && i < reg_from)
            t.deadline = clause_years(p, d->year);
        if (!t.deadline)
            t.deadline = event_name_year(p, d->year);
        if (!t.deadline && i < reg_from)
            t.deadline = season_limit_year(p, d->year);
        if (d->year && t.deadline && t.deadline < d->year)
            t.deadline = 0; /* "công trình xây dựng trước ngày 01/7/2006": a date
                             * before the document's year says what was, not by when */
        int nm = metrics_in(p, topic_end(p), &t, i >= reg_from && !in_simplification(d, i));
        if (nm < 0) {
            seg_target_clear(&t);
            d->oom = 1;
            break;
        }
        if (!nm && cut_proposal(d, i))
            nm = 1; /* a proposed cut is a goal, number or not */
        if (!nm && rank_goal(p))
            nm = 1;
        if (funding_opening(p) || study_proposal(p))
            nm = 0;
        /* what it spends, given as sums of money, is a resource, dated or
         * not ("Kinh phí thực hiện dự kiến năm 2026 là 42 tỷ đồng" under a
         * year's goals; not a share to reach, "Kinh phí chi cho nghiên cứu
         * phát triển/GRDP tối thiểu 2%"); what a body is only asked to
         * study sets no goal unless it is dated */
        if ((funding_opening(p) && money_sum(p)) || (study_proposal(p) && !t.deadline)) {
            seg_target_clear(&t);
            continue;
        }
        if (!t.deadline && past_opening(p, d->year)) {
            seg_target_clear(&t);
            continue;
        }
        /* what is now, stated as such: no goal unless the paragraph sets
         * one ("phấn đấu", "mục tiêu") or a date, or its part dates it */
        if (!t.deadline && !inh_deadline && current_opening(p, d->year, d->month) &&
            !strstr(p->fold, "phan dau") && !limit_from_this_text(p->fold + p->label_chars, p->nchar - p->label_chars)) {
            seg_target_clear(&t);
            continue;
        }
        /* a standing duty or a routine ("Hằng năm, tổ chức kiểm tra ...",
         * "Định kỳ 6 tháng, báo cáo ...", or its time line "Thường
         * xuyên") dated only by its heading sets no goal */
        int standing = block_dl[i] < 0 || (!t.deadline && standing_opening(p));
        if (block_dl[i] > 0)
            t.deadline = block_dl[i]; /* its "Thời gian thực hiện" line says when */
        /* a one-off limit counted from this text, stated in the item or on
         * the time line right under it */
        int limited = 0;
        if (time_line_words(p) && !t.deadline && !nm) {
            seg_target_clear(&t);
            continue; /* the limit is its task's */
        }
        limited = limit_from_this_text(p->fold + p->label_chars, p->nchar - p->label_chars) ||
                  in_time_for(p->fold + p->label_chars, p->nchar - p->label_chars) ||
                  (i + 1 < d->nparas && time_line_words(&d->paras[i + 1]) &&
                   limit_from_this_text(d->paras[i + 1].fold, d->paras[i + 1].nchar));
        int own_dl = t.deadline || limited;
        if (!own_dl && !nm && ((undated_aside(p) && !row) || standing)) {
            seg_target_clear(&t);
            continue;
        }
        /* a goal's object named with a year ahead of the text: "giải ngân
         * 100% kế hoạch vốn năm 2026", "phấn đấu thu ngân sách nhà nước năm
         * 2026 vượt tối thiểu 10% dự toán": the year the goal is for, as a
         * season's is ("vụ mùa năm 2025") */
        if (!t.deadline && nm > 0)
            t.deadline = goal_object_year(p, topic_end(p), d->year);
        if (!t.deadline)
            t.deadline = inh_deadline;
        if (!t.period_from) {
            t.period_from = inh_from;
            t.period_to = inh_to;
        }
        if ((!nm && !own_dl && !inh_deadline) || (lead_in && !nm)) {
            seg_target_clear(&t);
            continue;
        }
        /* the season the item is for, the latest year it states */
        int sy = tg_season_year(p->fold + p->label_chars, p->nchar - p->label_chars);
        if (sy && (!own_dl || sy > t.deadline) && (!d->year || sy >= d->year))
            t.deadline = sy;
        int head = sentence_head(d, i);
        if (head && r->n_targets && r->targets[r->n_targets - 1].start == d->paras[i - 1].start) {
            /* the rest of the line above's target: the same sentence */
            r->targets[r->n_targets - 1].end = p->end;
            seg_target_clear(&t);
            continue;
        }
        place_target(d, i, &t);
        size_t g = head ? 0 : goal_sentence(p, d->year, d->month);
        if (g && t.text) {
            char *from = seg_strdup(p->text + p->cpos[g]);
            if (from) {
                free(t.text);
                t.text = from;
            }
        }
        if (head) {
            /* the target's text from where its sentence begins */
            const seg_para *q = &d->paras[i - 1];
            sbuf b = {0};
            sb_puts(&b, q->text);
            sb_putc(&b, ' ');
            sb_puts(&b, t.text);
            size_t len;
            char *joined = sb_take(&b, &len);
            if (joined) {
                free(t.text);
                t.text = joined;
                t.start = q->start;
            }
        }
        if (seg_push_target(r, &cap, &t) < 0) {
            d->oom = 1;
            break;
        }
    }
    free(cum);
    free(block_dl);
}

/* A letter's request after the issuer's own plan and a semicolon is the
 * target where its tasks start (ag_request_clause): "đề nghị Quý cơ quan,
 * đơn vị cử cán bộ ... trước ngày 16/12/2025", not the plan before it
 * ("Sở Tài chính sẽ tổ chức Hội nghị ...", the issuer's own event). Only
 * when every task of the target's paragraph starts at that clause. */
static void clause_targets(seg_result *r)
{
    for (size_t q = 0; q < r->n_targets; q++) {
        seg_target *tg = &r->targets[q];
        size_t tl = tg->text ? strlen(tg->text) : 0;
        const char *clause = NULL;
        int other = 0;
        for (size_t a = 0; a < r->n_agencies && !other; a++)
            for (size_t k = 0; k < r->agencies[a].n_tasks && !other; k++) {
                const seg_task *t = &r->agencies[a].tasks[k];
                if (t->start != tg->start || t->end != tg->end)
                    continue;
                size_t kl = t->text ? strlen(t->text) : 0;
                const char *b = kl && kl < tl ? tg->text + tl - kl : NULL;
                if (b && !strcmp(b, t->text)) {
                    while (b > tg->text && b[-1] == ' ')
                        b--;
                    if (b > tg->text && b[-1] == ';' && (!clause || !strcmp(clause, t->text))) {
                        clause = t->text;
                        continue;
                    }
                }
                other = 1;
            }
        char *c = clause && !other ? seg_strdup(clause) : NULL;
        if (c) {
            free(tg->text);
            tg->text = c;
        }
    }
}

/* A year (1990-2099) standing alone in s[0, n), or a percentage: what
 * sets a goal's date or size. */
static int dates_or_sizes(const char *s, size_t n)
{
    int y;
    for (size_t k = 0; k < n; k++)
        if (s[k] == '%' || (tg_year_at(s, n, k, &y) && y < 2100))
            return 1;
    return 0;
}

/* A paragraph of conclusions that opens by ruling on a proposal or a
 * course ("Đồng ý với đề xuất của Sở ... về việc ...", "Thống nhất chủ
 * trương ...", "Không thống nhất ...", "Chấp thuận ..."): what it grants
 * is decided by saying so, no task and no result anyone is to reach
 * (ANNOTATING.md, ninth rule set: a ruling is no target), however the
 * proposal is dated. f: its text folded. */
static int ruling_opening(const char *f)
{
    static const char *const rulings[] = {"dong y", "thong nhat", "khong dong y", "khong thong nhat",
                                          "chap thuan", "khong chap thuan", NULL};
    return f && seg_word_in(f, strlen(f), 0, rulings) != 0;
}

/* A paragraph that opens with the day something was done, not after the
 * text's own date ("Ngày 12 tháng 12 năm 2025, Giám đốc Sở chủ trì cuộc
 * họp về ..."): the report of a meeting, a past result. f: its text
 * folded; date: the text's own (YYYY-MM-DD). */
static int day_report(const char *f, const char *date)
{
    int dy, dm, dd;
    if (!f || !date || sscanf(date, "%d-%d-%d", &dy, &dm, &dd) != 3)
        return 0;
    size_t n = strlen(f);
    /* "ngày 12 tháng 12 năm 2025," or "ngày 12/12/2025," */
    int d = 0, m = 0, y = 0, used = 0;
    if (!seg_word_at(f, n, 0, "ngay") || (sscanf(f, "ngay %d thang %d nam %d%n", &d, &m, &y, &used) != 3 &&
                                         sscanf(f, "ngay %d/%d/%d%n", &d, &m, &y, &used) != 3))
        used = 0;
    size_t c = used ? skip_sp(f, n, (size_t)used) : 0;
    return used && c < n && f[c] == ',' && y * 10000 + m * 100 + d <= dy * 10000 + dm * 100 + dd;
}

/* Where a target's paragraph opens with a ruling ("Đồng ý với đề xuất
 * của Bộ Xây dựng về việc .... Bộ Xây dựng chủ trì, ...") and its tasks
 * start at a later sentence, the target is read from that sentence, as
 * the tasks are (ANNOTATING.md, tenth rule set; docs/segment.md: a
 * target's text from the start of its sentence). In a notice, a directive
 * or a telegram, whose points open with rulings, assessments and the
 * heads' shared duty, a dated target is read from the later sentence that
 * gives a body its own task ("Văn phòng Ủy ban nhân dân tỉnh theo dõi,
 * ..., báo cáo ... trước ngày 28/02/2026" after "Giám đốc các sở ... có
 * trách nhiệm triển khai thực hiện Chỉ thị này"). Not elsewhere: a plan's
 * item opens with its act and names its body after ("Tổ chức tập huấn
 * .... Sở Nội vụ chủ trì"), and the act is the goal. Either way only when
 * the sentences before state no year or share, which would make them the
 * goal, and every task of the paragraph is found in the text. A paragraph
 * that gives no body a task and opens with a ruling or a day's report is
 * no target at all. */
static void sentence_targets(seg_result *r)
{
    int orders = seg_type_orders_work(r->metadata.doc_type);
    size_t w = 0;
    for (size_t q = 0; q < r->n_targets; q++) {
        seg_target *tg = &r->targets[q];
        size_t tl = tg->text ? strlen(tg->text) : 0;
        size_t later = 0;
        int at0 = 0, unknown = 0, any = 0;
        for (size_t a = 0; a < r->n_agencies; a++)
            for (size_t k = 0; k < r->agencies[a].n_tasks; k++) {
                const seg_task *t = &r->agencies[a].tasks[k];
                if (t->start < tg->start || t->start >= tg->end)
                    continue;
                any = 1;
                size_t kl = t->text ? strlen(t->text) : 0;
                if (!kl || kl > tl || strcmp(tg->text + tl - kl, t->text)) {
                    unknown = 1;
                    continue;
                }
                size_t b = tl - kl, e = b;
                while (e > 0 && tg->text[e - 1] == ' ')
                    e--;
                if (b == 0)
                    at0 = 1;
                else if (e < b && tg->text[e - 1] == '.')
                    later = !later || b < later ? b : later;
                else
                    unknown = 1;
            }
        /* the target's text folded once, for both readings of its opening */
        char *tf = seg_fold_str(tg->text);
        int ruling = ruling_opening(tf);
        int gone = !any && (ruling || day_report(tf, r->metadata.date));
        free(tf);
        if (gone) {
            seg_target_clear(tg);
            continue;
        }
        if (later && !unknown && ((!at0 && ruling) || (orders && tg->deadline)) && !dates_or_sizes(tg->text, later)) {
            char *c = seg_strdup(tg->text + later);
            if (c) {
                free(tg->text);
                tg->text = c;
            }
        }
        r->targets[w++] = *tg;
    }
    r->n_targets = w;
}

/* A task whose own words and lines give no date (no year, no "Thường
 * xuyên") takes the deadline its paragraph has as a target, the year of the
 * heading or lead-in it stands under ("III. NHIỆM VỤ TRỌNG TÂM ... trong
 * năm 2025" over "a) Bộ Xây dựng ..."). */
void seg_task_deadlines(seg_result *r)
{
    clause_targets(r);
    sentence_targets(r);
    for (size_t a = 0; a < r->n_agencies; a++)
        for (size_t k = 0; k < r->agencies[a].n_tasks; k++) {
            seg_task *t = &r->agencies[a].tasks[k];
            if (t->deadline == SEG_UNDATED) {
                t->deadline = 0; /* its own words date it by nothing */
                continue;
            }
            for (size_t q = 0; q < r->n_targets && !t->deadline && !t->deadline_text; q++)
                if (r->targets[q].start <= t->start && t->start < r->targets[q].end)
                    t->deadline = r->targets[q].deadline;
        }
}
