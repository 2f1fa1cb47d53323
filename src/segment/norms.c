/*
 * norms.c: a goal to reach or a norm to apply (ANNOTATING.md, "A target is
 * a goal to reach, not a norm to apply").
 *
 * A number in a plan is usually a result to reach ("đạt 95%", "100% xã
 * có ..."); the same number in a regulation is a rule for every case it
 * governs: a time limit ("trong thời hạn 05 ngày làm việc kể từ ngày ..."),
 * a fee or support rate ("mức thu 50.000 đồng/hồ sơ"), a condition or
 * threshold ("có ít nhất 03 năm kinh nghiệm", "trên 50% ... biểu quyết
 * tán thành"), a budget ("kinh phí", "nguồn vốn"). Vietnamese says which
 * by the words in the clause before the number and by the unit after it;
 * the kind of document (a Thông tư, Nghị định, Quy chế, Quy định states
 * norms) decides when the clause says neither.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "segment/funcwords.h"
#include "segment/seg_internal.h"

/* Words that make the number after them a result to reach ("vượt": to
 * exceed a plan or an estimate by it, "thu ngân sách vượt tối thiểu 10% dự
 * toán"). */
static const char *const goal_words[] = {
    "phan dau", "dat", "dat duoc", "muc tieu", "chi tieu", "giam", "giam duoc", "tang", "nang",
    "hoan thanh", "giai ngan", "xuong con", "xuong", "rut ngan", "con", "len", "tro len", "vuot", NULL};

/* In a regulation, only these name a result to reach ("chỉ tiêu" there is
 * a quota or an indicator to grade by, "Chỉ tiêu xét tối đa 3 tập thể";
 * "giải ngân" a condition, "khi giá trị giải ngân đạt 80%"): its "nâng ... lên
 * tối thiểu 10.000 tỷ đồng" (of a fund's capital) or "giảm 50%" (of a fee)
 * still state a norm, and so does "đạt" there: what a criterion or grade
 * requires ("Hoàn thành xuất sắc: ... đạt từ 95 điểm trở lên", "tổng chi
 * ... đạt tối thiểu 2% doanh thu"). */
static const char *const strong_goal_words[] = {"phan dau", "muc tieu", NULL};

/* Goal words whose folded spelling is another word too ("đất" land,
 * "tầng" floor, "giám đốc", "con", "len", "xương"): the word as the text must
 * write it, read with its marks in any case (funcwords.c). */
static const char *const marked[][2] = {
    {"dat", "đạt"}, {"tang", "tăng"}, {"giam", "giảm"}, {"con", "còn"}, {"len", "lên"}, {"xuong", "xuống"},
    {"vuot", "vượt"}, {"ma", "mà"}, {NULL, NULL}};

static int marks_match(const seg_para *p, size_t i, const char *w)
{
    for (int k = 0; marked[k][0]; k++)
        if (!strcmp(marked[k][0], w))
            return seg_marks_match(p, i, marked[k][1]);
    return 1;
}

/* Words that make it a rule: time limits, rates and fees (a tax rate,
 * "thuế suất 10%", too), prices,
 * budgets, conditions and thresholds, routine frequencies. */
static const char *const norm_words[] = {
    "thoi han", "cham nhat", "ke tu", "muc thu", "muc ho tro", "muc phi", "le phi", "hoc phi",
    "muc hoc phi", "don gia", "muc gia", "gia thue", "gia ban", "gia mua", "gia dat hang",
    "gia dich vu", "muc luong", "phu cap", "kinh phi", "chi phi", "nguon von", "von dieu le",
    "von dau tu", "ngan sach", "du toan", "tong muc dau tu", "bieu quyet", "tan thanh",
    "kinh nghiem", "dien tich", "dung luong", "khoang cach", "ky tu", "mat khau", "dinh ky", "moi lan",
    "hieu luc", "xu phat", "phat tien", "thue suat", "tam ung",
    /* a condition the case meets, in a clause of its own: "Người khuyết
     * tật mà tỷ lệ tổn thương cơ thể từ 61% trở lên ...", "Nếu một hộ có
     * từ 03 người trở lên ...", "Trường hợp người bệnh trên 75 tuổi ..." */
    "ma", "neu", "truong hop",
    /* a grade a thing is recognised at, "sản phẩm được công nhận đạt 4
     * sao": which things, not a level to reach */
    "cong nhan dat", NULL};

/* Words that say what is, not what is to be reached: "Hiện nay, tổng số
 * trạm ... khoảng 180 trạm". */
static const char *const status_words[] = {"hien nay", "hien tai", "hien co", "den nay", NULL};

/* Units of money: an amount is a budget, a price or a rate unless a goal
 * word says it is to be reached ("thu ngân sách đạt 5.000 tỷ đồng"). */
static const char *const money_units[] = {"dong", "ty dong", "trieu dong", "nghin dong", "ngan dong",
                                          "usd", NULL};

/* The goal word at i is said of what was done: "đã" or "ước" right
 * before it ("đã đạt 95%", "đã giải ngân 80%", "ước đạt 6,2%", "đã hoàn
 * thành 08 nhiệm vụ"): a result reported, not one to reach. */
static int reported(const seg_para *p, size_t c, size_t i)
{
    const char *f = p->fold;
    size_t e = i;
    while (e > c && f[e - 1] == ' ')
        e--;
    if (e < c + 2)
        return 0;
    if (seg_word_at(f, e, e - 2, "da") && p->cpos[e - 1] + 2 <= p->cpos[e] &&
        !memcmp(p->text + p->cpos[e - 1], "ã", strlen("ã")))
        return 1;
    return e >= c + 3 && seg_word_at(f, e, e - 3, "uoc") && !memcmp(p->text + p->cpos[e - 3], "ư", strlen("ư"));
}

static int is_strong(const char *w)
{
    for (int k = 0; strong_goal_words[k]; k++)
        if (!strcmp(strong_goal_words[k], w))
            return 1;
    return 0;
}

/* Which of the two lists has a word ending nearest before the number:
 * 1 goal, -1 norm, 0 none. The clause begins after the last ';', ':' or
 * sentence-ending '.' (a '.' of "1.200" is a digit group). */
static int nearest_word(const seg_para *p, size_t from, size_t a, int regulation)
{
    const char *f = p->fold;
    size_t c = a;
    while (c > from) {
        char ch = f[c - 1];
        if (ch == ';' || ch == ':' || (ch == '.' && (c >= a || !isdigit((unsigned char)f[c]))))
            break;
        c--;
    }
    int best = 0, told = 0;
    size_t best_end = 0;
    for (size_t i = c; i < a; i++) {
        if (i > c && isalnum((unsigned char)f[i - 1]))
            continue;
        for (int list = 0; list < 3; list++) {
            const char *const *ws = list == 2 ? status_words : list ? norm_words
                                    : regulation ? strong_goal_words : goal_words;
            for (int k = 0; ws[k]; k++) {
                size_t L = strlen(ws[k]);
                if (!seg_word_at(f, a, i, ws[k]) || !marks_match(p, i, ws[k]))
                    continue;
                if (!list && !strcmp(ws[k], "dat") && seg_word_at(f, a, i + 4, "giai"))
                    continue; /* "học sinh đạt giải": who won a prize, no level to reach */
                if (!list && !strcmp(ws[k], "dat") && i >= c + 10 && seg_word_at(f, a, i - 10, "cong nhan"))
                    continue; /* "công nhận đạt": the grade conferred (norm_words) */
                if (!list && !strcmp(ws[k], "vuot") && seg_word_at(f, a, skip_sp(f, a, i + 4), "qua"))
                    continue; /* "vượt quá quyền hạn": a limit overstepped, no level to reach */
                /* once the clause reports a result ("Năm 2024 toàn tỉnh
                 * đã đạt tỷ lệ giải ngân 95,2%", "ước đạt 3.800 tỷ đồng,
                 * tăng 19%"), its later goal words describe that result,
                 * save one that sets a new goal ("phấn đấu", "mục tiêu") */
                int was = !list && (reported(p, c, i) || (told && !is_strong(ws[k])));
                told |= was;
                if (i + L >= best_end) {
                    best_end = i + L;
                    best = list || was ? -1 : 1;
                }
            }
        }
    }
    return best;
}

/* The share a percentage ending at ub is taken of is a cost or a budget:
 * "50% chi phí, tối đa 200 triệu đồng/điểm", "100% học phí", "tối đa 30%
 * giá trị hợp đồng", "tối thiểu 70% trong tổng số dự toán chi ngân sách":
 * a support rate, an advance or an allocation, not a result (ANNOTATING.md:
 * support amounts, budgets and funding are no targets). A goal word before
 * the number still makes it one ("giải ngân 100% kinh phí"). */
static int share_of_cost(const char *f, size_t n, size_t ub)
{
    static const char *const skip[] = {"trong tong so", "trong tong chi", "trong tong", "tong so", "tong chi", "tong",
                                       NULL};
    /* "tối thiểu 1% tổng chi ngân sách thành phố": an allocation of the
     * budget, as of an estimate */
    static const char *const costs[] = {"chi phi", "kinh phi", "hoc phi", "le phi", "phi", "gia tri hop dong",
                                        "du toan", "tien luong", "muc luong", "luong co so", "ngan sach", NULL};
    size_t j = ub;
    while (j < n && f[j] == ' ')
        j++;
    for (int k = 0; skip[k]; k++)
        if (seg_word_at(f, n, j, skip[k])) {
            j += strlen(skip[k]);
            while (j < n && f[j] == ' ')
                j++;
            break;
        }
    return seg_word_in(f, n, j, costs) != 0;
}

/* The number at a stands in a relative clause that picks out the cases a
 * task deals with: "rà soát các thôn có tỷ lệ đường giao thông được cứng
 * hóa dưới 50%", "lập danh sách hộ có thu nhập bình quân dưới 50% chuẩn
 * cận nghèo", "ưu tiên ... cho các xã có tỷ lệ giải ngân ... đạt trên
 * 90%": "có" after a class of cases ("các", "những" before its noun) or
 * after what selects them ("danh sách", "đối với", "ưu tiên"), with no
 * number before it in the clause ("100% xã có ...": the share is the
 * goal) and no goal set ("phấn đấu", "mục tiêu"): which cases, a
 * condition, not a level to reach. */
static int picks_cases(const seg_para *p, size_t from, size_t a)
{
    const char *f = p->fold;
    size_t c = a;
    while (c > from && !strchr(";:", f[c - 1]) && !(f[c - 1] == '.' && !isdigit((unsigned char)f[c])))
        c--;
    size_t co = 0;
    for (size_t i = c; i + 2 <= a; i++)
        if ((i == c || f[i - 1] == ' ') && seg_word_at(f, a, i, "co") && seg_marks_match(p, i, "có"))
            co = i;
    if (!co)
        return 0;
    for (size_t i = c; i < a; i++) {
        if (i < co && isdigit((unsigned char)f[i]))
            return 0;
        if ((i == c || f[i - 1] == ' ') && (seg_word_at(f, a, i, "phan dau") || seg_word_at(f, a, i, "muc tieu")))
            return 0;
    }
    /* the words before "có": a class marker within four, a selecting
     * word within eight */
    static const char *const plural[] = {"cac", "nhung", NULL};
    static const char *const select[] = {"danh sach", "doi voi", "uu tien", NULL};
    size_t i = co;
    for (int w = 0; w < 8 && i > c; w++) {
        while (i > c && f[i - 1] == ' ')
            i--;
        size_t s = i;
        while (s > c && f[s - 1] != ' ')
            s--;
        if (w < 4 && seg_word_in(f, i, s, plural) && (seg_marks_match(p, s, "các") || seg_marks_match(p, s, "những")))
            return 1;
        for (int k = 0; select[k]; k++) {
            size_t L = strlen(select[k]);
            if (i >= c + L && seg_word_at(f, i, i - L, select[k]))
                return 1;
        }
        i = s;
    }
    return 0;
}

int seg_metric_is_norm(const seg_para *p, size_t from, size_t a, size_t ua, size_t ub, int regulation)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    /* inside quotation marks: a name's number (Đề án “Đầu tư xây dựng ít
     * nhất 01 triệu căn hộ ...”), not this text's goal */
    int quoted = 0;
    for (size_t i = from; i < a; i++)
        quoted ^= f[i] == '"';
    if (quoted || picks_cases(p, from, a))
        return 1;
    int near = nearest_word(p, from, a, regulation);
    if (near)
        return near < 0;
    /* a rate per person or unit: "500.000 đồng/người/tháng", "%/năm" */
    if (ub < n && f[ub] == '/')
        return 1;
    if (share_of_cost(f, n, ub))
        return 1;
    for (int k = 0; money_units[k]; k++)
        if (ub > ua && ub - ua == strlen(money_units[k]) && !memcmp(f + ua, money_units[k], ub - ua))
            return 1;
    /* an age says who a rule covers ("trẻ em dưới 6 tuổi", "người từ đủ
     * 80 tuổi trở lên"): a criterion, unless a goal word leads it
     * ("tuổi thọ trung bình đạt 75 tuổi") */
    if (ub - ua == 4 && !memcmp(f + ua, "tuoi", 4))
        return 1;
    return regulation;
}

/* A title that issues rules: "Quy định mức học phí ...", "Ban hành Quy
 * chế ...", "Ban hành Quy định ...", "Ban hành Điều lệ ...", "Công bố
 * danh mục thủ tục hành chính ...". */
static int rule_title(const char *title)
{
    char *t = title ? seg_fold_str(title) : NULL;
    if (!t)
        return 0;
    size_t n = strlen(t);
    /* "Quy định ...", also after the "Về việc" a title may open with
     * ("Về việc quy định mức thu học phí ...") */
    size_t a = seg_word_at(t, n, 0, "ve viec") ? 8 : 0;
    int yes = seg_word_at(t, n, a, "quy dinh") || seg_word_at(t, n, a, "quy che") || seg_word_at(t, n, a, "dieu le");
    /* a decision publishing procedures and their internal steps: "Công
     * bố danh mục thủ tục hành chính ...", "Phê duyệt quy trình nội bộ
     * giải quyết thủ tục hành chính ..." (not one that simplifies them,
     * "Thông qua phương án đơn giản hóa ...": its cuts are goals) */
    static const char *const issues[] = {"ban hanh quy che", "ban hanh quy dinh", "ban hanh dieu le",
                                         "ban hanh quy trinh", "ban hanh tieu chi", "ban hanh bo tieu chi",
                                         "ban hanh dinh muc", "ban hanh tieu chuan", "ban hanh noi quy",
                                         "phe duyet quy trinh", "quy trinh noi bo", NULL};
    for (int k = 0; issues[k] && !yes; k++)
        yes = strstr(t, issues[k]) != NULL;
    /* "Công bố danh mục thủ tục hành chính ...", "Công bố nhóm thủ tục
     * hành chính liên thông ...", "Công bố thủ tục hành chính nội bộ ...":
     * whatever names the list between */
    const char *cb = strstr(t, "cong bo ");
    yes |= cb && strstr(cb, "thu tuc hanh chinh") != NULL;
    /* or approves them, their list or their steps: "Phê duyệt danh mục và
     * quy trình giải quyết thủ tục hành chính ..." (not a plan that cuts
     * them, "Phê duyệt phương án đơn giản hóa thủ tục hành chính ...") */
    const char *pd = strstr(t, "phe duyet ");
    yes |= pd && strstr(pd, "thu tuc hanh chinh") && !strstr(pd, "don gian hoa") && !strstr(pd, "cat giam");
    free(t);
    return yes;
}

size_t seg_regulation_from(const seg_doc *d, const char *doc_type, const char *title)
{
    char *ty = doc_type ? seg_fold_str(doc_type) : NULL;
    static const char *const kinds[] = {"thong tu", "nghi dinh", "luat", "phap lenh", "quy che", "quy dinh",
                                        "dieu le", NULL};
    int whole = 0;
    for (int k = 0; ty && kinds[k]; k++)
        whole |= !strcmp(ty, kinds[k]);
    free(ty);
    if (whole || rule_title(title))
        return 0;
    /* a regulation's first article: "Phạm vi điều chỉnh"; or, where a
     * compilation or a web copy begins after it, the articles that only a
     * legal normative text opens with (its general provisions): "Điều 2.
     * Đối tượng áp dụng", "Điều 3. Giải thích từ ngữ" (an article, not a
     * plan's heading "2. Đối tượng áp dụng", which says whom it serves) */
    for (size_t k = 0; k < d->nsecs; k++) {
        const char *s = d->secs[k].title, *lb = d->secs[k].label;
        char *tf = s ? seg_fold_str(s) : NULL;
        int yes = tf && !strncmp(tf, "pham vi dieu chinh", 18);
        yes |= tf && lb && !strncmp(lb, "Điều", strlen("Điều")) &&
               (!strncmp(tf, "doi tuong ap dung", 17) || !strncmp(tf, "giai thich tu ngu", 17));
        free(tf);
        if (yes)
            return (size_t)d->secs[k].para;
    }
    return d->nparas;
}

/* Where a text's numbers become norms for its targets: a regulation's
 * start (seg_regulation_from), or the whole of a letter answering a query
 * ("Trả lời Công văn số ... của Công ty ...", "... nhận được công văn số
 * ... vướng mắc về ..."): it applies the law to a case, its numbers are the
 * law's (tax rates, shares, limits), no goals of its own. */
/* A number with its year, "45/2025/QĐ-UBND", "20/2025/NQ-HĐND": the way
 * a legal normative document (văn bản quy phạm pháp luật) is numbered,
 * an individual act's number having none ("2150/QĐ-UBND"). Such a
 * decision or resolution lays down rules: fees, rates, conditions, powers
 * delegated ("Phân cấp ...", "Ủy quyền ..."), amendments to a regulation. */
static int normative_number(const char *number)
{
    const char *s = number ? strchr(number, '/') : NULL;
    if (!s)
        return 0;
    int k = 1;
    while (k <= 4 && isdigit((unsigned char)s[k]))
        k++;
    return k == 5 && s[5] == '/';
}

/* A text with no header (no type, no number: nothing of Decree 30's
 * header) whose body opens with an article, "Điều 15. Tiêu chí xếp loại
 * ...": an extract of a legal normative text, as the pháp điển compiles
 * them; a plan, a letter or a decision prints its header first. Its
 * numbers are the law's norms (criteria, rates, shares), as a regulation's
 * are. */
static int legal_extract(const seg_doc *d, const char *doc_type, const char *number)
{
    if (doc_type || number)
        return 0;
    for (size_t k = 0; k < d->nparas; k++) {
        const seg_para *p = &d->paras[k];
        if (p->in_header || !p->nchar)
            continue;
        return p->mk == MK_DIEU;
    }
    return 0;
}

/* f answers another text ("Trả lời Công văn số ...", "... nhận được văn
 * bản số ... vướng mắc ..."), not the closing order of the text itself
 * ("Nhận được Công văn này, đề nghị các đơn vị triển khai ..."). */
static int answers_text(const char *f)
{
    static const char *const refs[] = {"tra loi cong van", "nhan duoc cong van", "tra loi van ban", "nhan duoc van ban",
                                       NULL};
    for (int q = 0; refs[q]; q++)
        for (const char *h = strstr(f, refs[q]); h; h = strstr(h + 1, refs[q])) {
            const char *e = h + strlen(refs[q]);
            if (strncmp(e, " nay", 4) || (e[4] && isalnum((unsigned char)e[4])))
                return 1;
        }
    return 0;
}

size_t seg_norms_from(const seg_doc *d, const char *doc_type, const char *title, const char *number)
{
    for (size_t k = 0; k < d->nparas && k < 40; k++) {
        const char *f = d->paras[k].fold;
        if (d->paras[k].in_header || !f)
            continue;
        if (answers_text(f))
            return 0;
    }
    size_t from = normative_number(number) || legal_extract(d, doc_type, number) ? 0 : seg_regulation_from(d, doc_type, title);
    /* a decision that issues a regulation or publishes procedures orders
     * its own articles as any decision does ("Điều 2. Giao Sở ... tổ
     * chức tập huấn cho 100% công chức ..."): the norms begin with what it
     * issues, the attachment after its signature */
    char *ty = doc_type ? seg_fold_str(doc_type) : NULL;
    int decision = ty && !strcmp(ty, "quyet dinh");
    free(ty);
    if (from == 0 && decision && d->attach_line) {
        size_t b0 = d->lines[d->attach_line].b0;
        for (size_t k = 0; k < d->nparas; k++)
            if (d->paras[k].b0 >= b0)
                return k;
    }
    return from;
}
