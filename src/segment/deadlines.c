/*
 * deadlines.c: the years and dates a paragraph states, and which of them
 * is its deadline (targets.c reads the rest of a target: its quantities,
 * and whether it is one at all).
 *
 * A year is a deadline after the words that make it one ("đến năm 2025",
 * "trước ngày 10 tháng 5 năm 2026", "chậm nhất", "trong tháng 11/2025"),
 * not a start ("từ năm 2026"), a span a rule or a paper holds over, nor a
 * date in a conditional's topic; a goal's own year ("năm 2026 đạt 60%")
 * and the year a heading sets its goals for ("Chỉ tiêu cụ thể năm 2026")
 * are read here too. docs/segment.md gives each case.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

#include "segment/funcwords.h"
#include "segment/seg_internal.h"
#include "segment/targets_internal.h"

/* A year (1990 to 2100) standing whole at i of f[0..n): 1 and *y, else 0. */
int tg_year_at(const char *f, size_t n, size_t i, int *y)
{
    if (i + 4 > n || (i > 0 && isalnum((unsigned char)f[i - 1])))
        return 0;
    for (int k = 0; k < 4; k++)
        if (!isdigit((unsigned char)f[i + k]))
            return 0;
    if (i + 4 < n && isalnum((unsigned char)f[i + 4]))
        return 0;
    int v = atoi(f + i);
    if (v < 1990 || v > 2100)
        return 0;
    *y = v;
    return 1;
}

/* A year named so at i ("năm 2026", "năm" a word of its own before it):
 * 1 and *y, else 0. */
int tg_named_year_at(const char *f, size_t n, size_t i, int *y)
{
    return i >= 4 && !memcmp(f + i - 4, "nam ", 4) && (i == 4 || !isalnum((unsigned char)f[i - 5])) &&
           tg_year_at(f, n, i, y);
}

/* The last of the years coordinated from the one at i: "năm 2026, 2027
 * và 2028", "các năm 2027 - 2028" name each year a figure is set for, so
 * the one "năm" names them all; *e: where the list ends. Each year is
 * later than the one before it. */
int tg_year_list_end(const char *f, size_t n, size_t i, size_t *e)
{
    int y, next;
    tg_year_at(f, n, i, &y);
    size_t end = i + 4;
    for (;;) {
        size_t j = skip_sp(f, n, end);
        if (j < n && (f[j] == ',' || f[j] == '-'))
            j = skip_sp(f, n, j + 1);
        else if (seg_word_at(f, n, j, "va"))
            j = skip_sp(f, n, j + 2);
        else
            break;
        if (!tg_year_at(f, n, j, &next) || next <= y)
            break;
        y = next;
        end = j + 4;
    }
    if (e)
        *e = end;
    return y;
}

/* Words before a year that make it a deadline: "đến năm 2025", "trước năm",
 * "trong năm", "vào năm", "đến hết năm", "đến 2025". Compared within one
 * edit, since OCR writes "Pén nim 2025" for "Đến năm 2025". */
static int near_word(const char *f, size_t a, size_t b, const char *w)
{
    size_t wl = strlen(w);
    int maxd = wl >= 3 ? 1 : 0;
    return seg_edit_distance(f + a, b - a, w, wl, maxd) <= maxd;
}

/* The length of the first of words that ends at e of f as a whole word,
 * or 0: the phrase before a number or a year that tells what it is. */
size_t tg_word_ending(const char *f, size_t e, const char *const *words)
{
    for (int k = 0; words[k]; k++) {
        size_t l = strlen(words[k]);
        if (e >= l && !memcmp(f + e - l, words[k], l) && (e == l || !isalnum((unsigned char)f[e - l - 1])))
            return l;
    }
    return 0;
}

/* Before "năm" at i: "tháng 11" or "quý IV" after a word that makes it a
 * deadline ("trong", "trước", "đến", "hết", "cuối", "vào", "dự kiến",
 * "hoàn thành")? */
static int month_before(const char *f, size_t i)
{
    size_t e = i;
    while (e > 0 && f[e - 1] == ' ')
        e--;
    size_t s = e;
    while (s > 0 && (isdigit((unsigned char)f[s - 1]) || strchr("ivx", f[s - 1])))
        s--;
    if (s == e || (s > 0 && isalpha((unsigned char)f[s - 1])))
        return 0; /* no month or quarter number */
    e = s;
    while (e > 0 && f[e - 1] == ' ')
        e--;
    static const char *const unit[] = {"thang", "quy", NULL};
    static const char *const lead[] = {"trong", "truoc", "den", "het", "cuoi", "vao", "du kien", "hoan thanh", NULL};
    size_t ul = tg_word_ending(f, e, unit);
    if (!ul)
        return 0;
    size_t w = e - ul;
    while (w > 0 && f[w - 1] == ' ')
        w--;
    return tg_word_ending(f, w, lead) != 0;
}

static int deadline_before(const char *f, size_t yi)
{
    /* "trong tháng 11/2025", "trước quý IV/2025", "đến hết tháng 6/2026" */
    if (yi > 0 && f[yi - 1] == '/' && month_before(f, yi - 1))
        return 1;
    /* the two words before the year */
    size_t ta[3], tb[3];
    int k = 0;
    size_t i = yi;
    while (k < 3 && i > 0) {
        size_t e = i;
        while (e > 0 && f[e - 1] == ' ')
            e--;
        if (e == 0 || !isalpha((unsigned char)f[e - 1]))
            break;
        size_t s = e;
        while (s > 0 && isalnum((unsigned char)f[s - 1]))
            s--;
        ta[k] = s;
        tb[k] = e;
        k++;
        i = s;
    }
    if (k == 0)
        return 0;
    if (near_word(f, ta[0], tb[0], "nam")) {
        if (month_before(f, ta[0]))
            return 1; /* "trong tháng 11 năm 2025", "trước quý IV năm 2025" */
        if (k < 2)
            return 0;
        static const char *const lead[] = {"den", "truoc", "trong", "vao", "het", "cuoi", NULL};
        /* "Tết năm 2026" is no "hết năm 2026" read within one OCR error:
         * the occasion is event_before's, a baseline in "so với cùng kỳ
         * Tết năm 2025" */
        int tet = tb[1] - ta[1] == 3 && !memcmp(f + ta[1], "tet", 3);
        for (int q = 0; lead[q]; q++)
            if (near_word(f, ta[1], tb[1], lead[q]) && !(tet && q == 4))
                return 1;
        /* "dự kiến năm 2026", "hoàn thành năm 2026": when it is planned
         * or due */
        return k >= 3 && ((near_word(f, ta[1], tb[1], "kien") && near_word(f, ta[2], tb[2], "du")) ||
                          (near_word(f, ta[1], tb[1], "thanh") && near_word(f, ta[2], tb[2], "hoan")) ||
                          /* "chậm nhất năm 2028": the latest it may be */
                          (near_word(f, ta[1], tb[1], "nhat") && near_word(f, ta[2], tb[2], "cham")));
    }
    return tb[0] - ta[0] == 3 && !memcmp(f + ta[0], "den", 3);
}

/* "Chương trình mục tiêu quốc gia ... đến năm 2030", "Chiến lược ... đến
 * năm 2030", "Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025": the
 * year names a programme or a law (within the same clause before it), it
 * is not this text's deadline ("pháp luật" names no law). */
int tg_programme_name(const char *f, size_t yi)
{
    /* ... or the text a decision issues with it ("Ban hành kèm theo Quyết
     * định này Kế hoạch ... đến năm 2027": the plan's name) */
    static const char *const names[] = {"chuong trinh", "chien luoc", "de an", "quy hoach", "luat ",
                                        "kem theo quyet dinh nay", "kem theo nghi quyet nay", NULL};
    /* "trong năm 2027", "trước ngày 30/6/2027", "trong quý II/2027" say when
     * an act is due: a programme's name takes its year with "năm", "đến
     * năm", "giai đoạn", never with "trong", "trước", "cuối" or "vào" ("Rà soát, điều
     * chỉnh quy hoạch ..., trình phê duyệt trong năm 2027") */
    size_t w = yi;
    for (int steps = 0; w > 0 && steps < 6; steps++) {
        while (w > 0 && strchr(" /.-", f[w - 1]))
            w--;
        size_t s = w;
        while (s > 0 && isalnum((unsigned char)f[s - 1]))
            s--;
        if (s == w)
            break;
        if ((w - s == 5 && !memcmp(f + s, "trong", 5)) || (w - s == 5 && !memcmp(f + s, "truoc", 5)) ||
            (w - s == 4 && !memcmp(f + s, "cuoi", 4)) || (w - s == 3 && !memcmp(f + s, "vao", 3)))
            return 0;
        int time_word = (w - s == 3 && (!memcmp(f + s, "nam", 3) || !memcmp(f + s, "quy", 3))) ||
                        (w - s == 4 && !memcmp(f + s, "ngay", 4)) ||
                        (w - s == 5 && !memcmp(f + s, "thang", 5));
        int figure = 1;
        for (size_t q = s; q < w; q++)
            figure &= isdigit((unsigned char)f[q]) || strchr("ivx", f[q]) != NULL;
        if (!time_word && !figure)
            break;
        w = s;
    }
    size_t from = yi > 100 ? yi - 100 : 0;
    for (size_t k = yi; k-- > from;) {
        if (f[k] == '.' || f[k] == ';' || f[k] == ':')
            return 0;
        /* "Rà soát ... chuẩn chương trình đào tạo ..., hoàn thành trong
         * năm 2026": a clause of its own says when the work ends */
        if (f[k] == ',' && seg_word_at(f, yi, skip_sp(f, yi, k + 1), "hoan thanh"))
            return 0;
        for (int q = 0; names[q]; q++)
            if (!strncmp(f + k, names[q], strlen(names[q])) && (k == 0 || !isalnum((unsigned char)f[k - 1])) &&
                !(q == 4 && k >= 5 && !strncmp(f + k - 5, "phap ", 5)))
                return 1;
    }
    return 0;
}

/* "Đến năm 2030, tầm nhìn đến năm 2045": the vision's year is no
 * deadline, the horizon's is (ANNOTATING.md, fourth rule set). A vision
 * standing alone, no horizon's year before it ("Tầm nhìn đến năm 2035:
 * du lịch trở thành ..."), is the year it sets its goal for. */
static int vision_year(const char *f, size_t yi)
{
    size_t from = yi > 24 ? yi - 24 : 0;
    for (size_t k = yi; k-- > from;) {
        if (strchr(".;:,", f[k]))
            return 0;
        if (!memcmp(f + k, "tam nhin", 8) && (k == 0 || !isalnum((unsigned char)f[k - 1]))) {
            int y;
            for (size_t q = 0; q < k; q++)
                if (tg_year_at(f, k, q, &y))
                    return 1;
            return 0;
        }
    }
    return 0;
}

/* The words before the year at yi name a season or a school or tax year
 * the work is for: "năm học 2025-2026", "vụ mùa năm 2025", "vụ Đông Xuân
 * 2025 - 2026", "năm tính thuế 2025", "kỳ tính thuế năm 2025", "mùa khô
 * 2025 - 2026". */
static int season_before(const char *f, size_t yi)
{
    static const char *const seasons[] = {"nam hoc", "vu mua", "vu dong xuan", "vu he thu", "vu thu dong",
                                          "vu dong", "vu xuan", "nam tinh thue", "ky tinh thue",
                                          /* a weather season, "mùa khô 2025 - 2026", "mùa mưa bão
                                           * năm 2026": what is done or reached over it is for it */
                                          "mua kho", "mua mua", "mua mua bao", "mua bao", "mua lu", NULL};
    size_t e = yi;
    while (e > 0 && f[e - 1] == ' ')
        e--;
    if (e >= 3 && !memcmp(f + e - 3, "nam", 3) && (e == 3 || f[e - 4] == ' ')) {
        e -= 3; /* "vụ mùa năm 2025" */
        while (e > 0 && f[e - 1] == ' ')
            e--;
    }
    return tg_word_ending(f, e, seasons) != 0;
}

/* The latest season or school or tax year f[0, n) names outside quotes:
 * "năm học 2025 - 2026" (2026), "vụ mùa năm 2025". The year the work is
 * for is its deadline (ANNOTATING.md, fifth rule set), but no date of a
 * limit: it dates an item that is a target, it makes none, as a
 * regulation's "mức học phí năm học 2025 - 2026" is a norm of that year. */
int tg_season_year(const char *f, size_t n)
{
    int best = 0, quoted = 0, y, y2;
    for (size_t i = 0; i < n; i++) {
        quoted ^= f[i] == '"';
        if (quoted || (i > 0 && isalnum((unsigned char)f[i - 1])) || !tg_year_at(f, n, i, &y) || !season_before(f, i))
            continue;
        size_t j = skip_sp(f, n, i + 4);
        if (j < n && f[j] == '-' && tg_year_at(f, n, skip_sp(f, n, j + 1), &y2) && y2 == y + 1)
            y = y2;
        /* "năm học 2025 2026": pdftotext joins a line that ends in a
         * hyphen to the next and drops the hyphen ("2025 -" / "2026") */
        else if (j == i + 5 && tg_year_at(f, n, j, &y2) && y2 == y + 1)
            y = y2;
        if (y > best)
            best = y;
    }
    return best;
}

/* The clause before i (back to a '.', ';', ':' or ',') names an occasion
 * the year is of: "phục vụ ... dịp Tết dương lịch 2026", "đón Tết Nguyên
 * đán 2026". The work is due by then (ANNOTATING.md, fourth rule set: an
 * event's year is the deadline). */
static int event_before(const char *f, size_t yi)
{
    size_t from = yi > 40 ? yi - 40 : 0;
    int event = 0;
    for (size_t k = yi; k-- > from && !event;) {
        if (strchr(".;:,", f[k]))
            return 0;
        event = (k == 0 || !isalnum((unsigned char)f[k - 1])) && (seg_word_at(f, yi, k, "dip") || seg_word_at(f, yi, k, "tet"));
    }
    /* "so với cùng kỳ Tết năm 2025": the occasion a figure is measured
     * against, a baseline, not the time it is due by */
    for (size_t k = yi, lo = yi > 60 ? yi - 60 : 0; event && k-- > lo && !strchr(".;:,", f[k]);)
        if (seg_word_at(f, yi, k, "so voi") || seg_word_at(f, yi, k, "cung ky"))
            return 0;
    /* "Kế hoạch cao điểm ... dịp Tết Nguyên đán Bính Ngọ 2026": the year
     * names the plan's period */
    for (size_t k = yi, lo = yi > 120 ? yi - 120 : 0; event && k-- > lo && !strchr(".;:", f[k]);)
        if (seg_word_at(f, yi, k, "ke hoach"))
            return 0;
    return event;
}

/* "kể từ" earlier in the clause before i: "Thời gian hỗ trợ kể từ ngày Chủ
 * tịch UBND xã ban hành quyết định cho đến ngày 31/12/2025", "có hiệu lực
 * kể từ ngày ... đến ngày ...": the end of a right's or a text's span
 * counted from an event, a norm, not a date to reach. */
static int counted_from(const char *f, size_t i)
{
    int from = 0;
    for (size_t k = i; k-- > 0;) {
        if (f[k] == ';' || f[k] == ':' || (f[k] == '.' && (k + 1 >= i || f[k + 1] == ' ')))
            return 0;
        if (seg_word_at(f, i, k, "ke tu"))
            return 1;
        /* "Việc giảm lãi suất áp dụng đối với các khoản vay ... từ ngày
         * 01/10/2025 đến hết ngày 31/12/2025": the span a rule applies
         * over, not a date to reach */
        from |= seg_word_at(f, i, k, "tu ngay") || (seg_word_at(f, i, k, "tu") && k + 3 < i && isdigit((unsigned char)f[k + 3]));
        if (from && seg_word_at(f, i, k, "ap dung"))
            return 1;
    }
    return 0;
}

/* The limit word at i stands in the topic of a conditional sentence, the
 * part before its "thì": "Đối với những vụ việc ... đã được Tòa án thụ lý
 * trước ngày 01 tháng 7 năm 2016 thì ...", "Trường hợp chưa hoàn thành
 * trước ngày 31/12/2025 thì phải báo cáo ...", "Nếu ... trước năm 2000 thì
 * ...": the date says which cases the rule is for, or on what condition;
 * what is to be done, and by when, is said after "thì". */
static int in_condition(const char *f, size_t n, size_t i)
{
    size_t s = i;
    while (s > 0 && f[s - 1] != ';' && f[s - 1] != ':' && !(f[s - 1] == '.' && (s >= n || f[s] == ' ')))
        s--;
    s = skip_sp(f, n, s);
    if (!(seg_word_at(f, n, s, "doi voi") || seg_word_at(f, n, s, "truong hop") || seg_word_at(f, n, s, "neu")))
        return 0;
    for (size_t k = i; k < n && f[k] != ';' && !(f[k] == '.' && (k + 1 >= n || f[k + 1] == ' ')); k++)
        if (f[k - 1] == ' ' && seg_word_at(f, n, k, "thi"))
            return 1;
    return 0;
}

/* The limit word at i ends a phrase that picks out cases, opened by "đối
 * với" or by a clause's opening "trường hợp", and naming them by the case
 * noun or by what was done to them ("đối với trường hợp giám định viên tư
 * pháp bổ nhiệm trước ngày 01/01/2021", "đối với các hồ sơ đã nộp trước
 * ngày ...", "Trường hợp hồ sơ nộp trước ngày ..., ..."): the date says
 * which cases, not by when, whatever the text's own date. Not when a
 * duty's word stands between ("Đối với các hồ sơ tồn đọng phải giải quyết
 * xong trước ngày ..."), nor the cases as a verb's object ("Xử lý dứt điểm
 * các trường hợp ... trước ngày ...": no "đối với"). */
static int case_phrase(const char *f, size_t i)
{
    int named = 0;
    for (size_t k = i; k-- > 0;) {
        if ((f[k] && strchr(",;:()%", f[k])) || (f[k] == '.' && (k + 1 >= i || f[k + 1] == ' ')))
            return 0; /* the phrase ends; a share before the date ("đạt 100%") makes it a goal's */
        if (seg_word_at(f, i, k, "phai") || seg_word_at(f, i, k, "hoan thanh") || seg_word_at(f, i, k, "xong"))
            return 0;
        if (seg_word_at(f, i, k, "doi voi"))
            return named;
        if (seg_word_at(f, i, k, "truong hop")) {
            size_t c = k;
            while (c > 0 && f[c - 1] == ' ')
                c--;
            if (c == 0 || strchr(",;:.(", f[c - 1]))
                return 1;
            named = 1;
        }
        named |= seg_word_at(f, i, k, "duoc") || seg_word_at(f, i, k, "da");
    }
    return 0;
}

/* The limit word at i ends a clause whose cases are named by what has
 * already been done to them, "đã được" and its verb: "Giấy chứng nhận ...
 * đã được cấp trước ngày 01/7/2016 ...", "vụ việc ... đã được Tòa án thụ
 * lý trước ngày ...": the date says which cases, not by when (a duty laid
 * on them after it keeps its own: "Các dự án đã được phê duyệt phải hoàn
 * thành trước ngày ..."). */
static int done_before(const char *f, size_t i)
{
    int done = 0;
    for (size_t k = i; k-- > 0;) {
        if (f[k] == ',' || f[k] == ';' || f[k] == ':' || (f[k] == '.' && (k + 1 >= i || f[k + 1] == ' ')))
            break;
        if (k > 0 && f[k - 1] != ' ')
            continue;
        if (seg_word_at(f, i, k, "phai") || seg_word_at(f, i, k, "hoan thanh") || seg_word_at(f, i, k, "xong"))
            return 0;
        if (seg_word_at(f, i, k, "da duoc") && !(k >= 4 && seg_word_at(f, i, k - 4, "toi")))
            done = 1;
    }
    return done;
}

/* "đến" at i ends the span a right or a paper holds over: "được tiếp tục
 * hoạt động đến hết ngày 31 tháng 12 năm 2020", "vẫn có giá trị sử dụng
 * đến hết ...", "chỉ có hiệu lực thi hành đến hết ngày ..." (earlier in the
 * clause): how long it may go on, not by when a thing is to be done
 * ("Tiếp tục triển khai ... đến hết năm 2025", a plan's task, has no
 * "được" before its verb; "Nâng cao hiệu lực quản lý ... đến năm 2030",
 * a goal, no "có" before "hiệu lực"). */
static int validity_span(const char *f, size_t i)
{
    for (size_t k = i; k-- > 0;) {
        if (f[k] == ',' || f[k] == ';' || f[k] == ':' || (f[k] == '.' && (k + 1 >= i || f[k + 1] == ' ')))
            return 0;
        if ((k == 0 || f[k - 1] == ' ') && (seg_word_at(f, i, k, "duoc tiep tuc") || seg_word_at(f, i, k, "co gia tri") ||
                                            seg_word_at(f, i, k, "con gia tri") || seg_word_at(f, i, k, "co hieu luc") ||
                                            seg_word_at(f, i, k, "con hieu luc") || seg_word_at(f, i, k, "hieu luc thi hanh")))
            return 1;
    }
    return 0;
}

/* "Chương trình ... đến năm 2025, định hướng đến năm 2030": the year at i
 * names a strategy after a first year (near "định hướng", with a year
 * earlier in the text); a heading "Định hướng đến năm 2035" is a deadline. */
static int strategy_year(const char *f, size_t n, size_t i)
{
    size_t q = skip_sp(f, n, i + 4);
    size_t a, b;
    size_t w0 = i > 30 ? i - 30 : 0;
    size_t w1 = q + 16 < n ? q + 16 : n;
    int named = 0;
    for (size_t k = w0; k + 4 <= w1 && !named; k++)
        if (f[k] == 'h' && (f[k + 1] == 'u' || f[k + 2] == 'o'))
            named = seg_fuzzy_find(f + w0, w1 - w0, "dinh huong", 2, &a, &b) >= 0;
    int earlier = 0;
    for (size_t k = 0; k + 4 <= w0 && named && !earlier; k++) {
        int y0;
        earlier = (k == 0 || !isalnum((unsigned char)f[k - 1])) && tg_year_at(f, n, k, &y0);
    }
    return named && earlier;
}

/* The number of one or two digits ending at e (f[e - 1] a digit), or -1;
 * *s its start. */
static int small_number_before(const char *f, size_t e, size_t *s)
{
    size_t a = e;
    while (a > 0 && e - a < 3 && isdigit((unsigned char)f[a - 1]))
        a--;
    if (a == e || e - a > 2 || (a > 0 && isalnum((unsigned char)f[a - 1])))
        return -1;
    *s = a;
    return atoi(f + a);
}

/* The day and month of the date whose year is at yi: "31/12/2025",
 * "12/2025", "ngày 31 tháng 12 năm 2025", "tháng 12 năm 2025" (*day 0 when
 * only a month is written). 0 when the year stands alone. */
static int date_of_year(const char *f, size_t yi, int *day, int *month)
{
    size_t s, e;
    *day = 0;
    if (yi > 0 && f[yi - 1] == '/') {
        if ((*month = small_number_before(f, yi - 1, &s)) < 1)
            return 0;
        if (s > 0 && f[s - 1] == '/' && (*day = small_number_before(f, s - 1, &e)) < 0)
            *day = 0;
        return *month <= 12;
    }
    /* "... tháng 12 năm 2025" */
    e = yi;
    while (e > 0 && f[e - 1] == ' ')
        e--;
    if (e < 4 || memcmp(f + e - 3, "nam", 3) || (e > 3 && isalnum((unsigned char)f[e - 4])))
        return 0;
    e -= 3;
    while (e > 0 && f[e - 1] == ' ')
        e--;
    if ((*month = small_number_before(f, e, &s)) < 1 || *month > 12)
        return 0;
    e = s;
    while (e > 0 && f[e - 1] == ' ')
        e--;
    if (e < 5 || memcmp(f + e - 5, "thang", 5))
        return 0;
    e -= 5;
    while (e > 0 && f[e - 1] == ' ')
        e--;
    if (e > 0 && isdigit((unsigned char)f[e - 1]) && small_number_before(f, e, &s) > 0) {
        size_t w = s;
        while (w > 0 && f[w - 1] == ' ')
            w--;
        if (w >= 4 && !memcmp(f + w - 4, "ngay", 4))
            *day = atoi(f + s);
    }
    return 1;
}

/* The date whose year y is at yi is before the document's own date
 * (dd[0..2]: year, month, day; NULL or 0 when unknown): "(chức danh khi
 * nghỉ hưu trước ngày 01/7/2025)" in a text of 26/11/2025 says what was,
 * not by when. */
static int before_document(const char *f, size_t yi, int y, const int *dd)
{
    int day, month;
    if (!dd || !dd[0] || !dd[1] || y != dd[0] || !date_of_year(f, yi, &day, &month))
        return y < (dd ? dd[0] : 0);
    return month < dd[1] || (month == dd[1] && day && dd[2] && day < dd[2]);
}

/* Past an hour of the day, a part of it and a weekday written before a
 * date, from j: "16h00", "16h", "17 giờ 00", "17g30", "sáng", "chiều",
 * "tối", "Thứ Bảy", "thứ 6", "Chủ Nhật", a comma, then "ngày". */
static size_t skip_hour_day(const char *f, size_t n, size_t j)
{
    static const char *const parts[] = {"sang", "trua", "chieu", "toi", "dem", "chu nhat", "ngay", NULL};
    static const char *const days[] = {"hai", "ba", "tu", "nam", "sau", "bay", NULL};
    for (int step = 0; step < 6; step++) {
        size_t e = j;
        while (e < n && isdigit((unsigned char)f[e]))
            e++;
        if (e > j && e - j <= 2) {
            size_t u = skip_sp(f, n, e);
            size_t w = u < n && (f[u] == 'h' || f[u] == 'g') && (u + 1 >= n || !isalpha((unsigned char)f[u + 1])) ? 1
                     : seg_word_at(f, n, u, "gio") ? 3 : 0;
            if (!w)
                return j; /* a day's number: the date itself */
            u += w;
            size_t m = skip_sp(f, n, u), me = m;
            while (me < n && isdigit((unsigned char)f[me]))
                me++;
            if (me > m && me - m <= 2 && !(me < n && f[me] == '/'))
                u = me;
            j = skip_sp(f, n, u);
            if (j < n && f[j] == ',')
                j = skip_sp(f, n, j + 1);
            continue;
        }
        int moved = 0;
        for (int k = 0; parts[k] && !moved; k++)
            if (seg_word_at(f, n, j, parts[k])) {
                j = skip_sp(f, n, j + strlen(parts[k]));
                moved = 1;
            }
        if (!moved && seg_word_at(f, n, j, "thu")) {
            size_t d = skip_sp(f, n, j + 3);
            for (int k = 0; days[k] && !moved; k++)
                if (seg_word_at(f, n, d, days[k])) {
                    j = skip_sp(f, n, d + strlen(days[k]));
                    moved = 1;
                }
            if (!moved && d < n && isdigit((unsigned char)f[d]) && (d + 1 >= n || !isdigit((unsigned char)f[d + 1]))) {
                j = skip_sp(f, n, d + 1);
                moved = 1;
            }
        }
        if (!moved)
            return j;
        if (j < n && f[j] == ',')
            j = skip_sp(f, n, j + 1);
    }
    return j;
}

/* "từ ngày" at i names the day a result must hold from: its sentence
 * opens a purpose clause with "để" and i is in it (before the clause's
 * comma), or "áp dụng" stands right before it (a few words between) after
 * "ban hành" in the same sentence, the text to be issued; not when "đến"
 * follows, a span (counted_from reads those). */
static int result_from(const char *f, size_t i)
{
    size_t c = i;
    while (c > 0 && !strchr(".;:", f[c - 1]))
        c--;
    while (f[c] == ' ')
        c++;
    if (seg_word_at(f, i, c, "de")) {
        int comma = 0;
        for (size_t k = c; k < i && !comma; k++)
            comma = f[k] == ',';
        if (!comma)
            return 1;
    }
    /* a purpose clause inside the sentence that puts the result to use,
     * "để" and a verb of applying or running, up to the day with no comma
     * between: "trình Ủy ban nhân dân tỉnh để áp dụng từ ngày 01/01/2026",
     * "hoàn thiện hạ tầng để vận hành chính thức từ ngày 01/4/2026"; not a
     * plan's requirement "để bảo đảm từ ngày ..., Luật ... được thực hiện
     * thống nhất" (a reading of dev 006) */
    static const char *const put_to_use[] = {"ap dung", "van hanh", "dua vao", "su dung", "thuc hien", "trien khai",
                                             "co hieu luc", "thi hanh", NULL};
    for (size_t k = i; k-- > c;) {
        if (f[k] == ',')
            break;
        if ((k > 0 && f[k - 1] != ' ') || !seg_word_at(f, i, k, "de"))
            continue;
        size_t nx = skip_sp(f, i, k + 2);
        if (seg_word_in(f, i, nx, put_to_use))
            return 1;
    }
    size_t w0 = i > 40 ? i - 40 : c;
    if (w0 < c)
        w0 = c;
    int applies = 0, issued = 0;
    for (size_t k = w0; k < i && !applies; k++)
        applies = seg_word_at(f, i, k, "ap dung");
    for (size_t k = c; k < i && applies && !issued; k++)
        issued = seg_word_at(f, i, k, "ban hanh");
    return applies && issued;
}

/* Deadlines and periods stated in folded text f[0..n). A year inside
 * quotation marks belongs to a name ("Đề án “... giai đoạn 2021 -
 * 2030”", a campaign's theme), not to this text's deadline; a date before
 * the document's own (dd, NULL when unknown) is what was. */
void tg_dates_in(const char *f, size_t n, const int *dd, int *deadline, int *pfrom, int *pto)
{
    int quoted = 0;
    for (size_t i = 0; i < n; i++) {
        quoted ^= f[i] == '"';
        if (i > 0 && isalnum((unsigned char)f[i - 1]))
            continue;
        int y;
        if (!quoted && tg_year_at(f, n, i, &y) && !deadline_before(f, i) && event_before(f, i) && y > *deadline)
            *deadline = y;
        if (!quoted && tg_year_at(f, n, i, &y) && deadline_before(f, i) && !strategy_year(f, n, i) &&
            !tg_programme_name(f, i) && !vision_year(f, i) && y > *deadline && !before_document(f, i, y, dd) &&
            !in_condition(f, n, i) && !case_phrase(f, i) && !validity_span(f, i) &&
            !(dd && y <= dd[0] && done_before(f, i)))
            *deadline = y; /* not "điểm đen ... đã được xác định trong năm 2025"
                            * in December 2025: which ones, not by when */

        /* "trước ngày 10 tháng 5 năm 2026", "đến ngày 31/12/2025", "đến hết
         * ngày 31/12/2025", "chậm nhất là ngày 15/12/2025", "trước
         * 30/11/2025": a date after a word of a limit */
        size_t lw = seg_word_at(f, n, i, "truoc") ? 5 : seg_word_at(f, n, i, "den") ? 3 : seg_word_at(f, n, i, "cham nhat") ? 9 : 0;
        /* not "tính đến hết ngày 31/5/2020": the date a figure is counted
         * to, what is, not by when */
        if (lw == 3 && i >= 5 && seg_word_at(f, n, i - 5, "tinh"))
            lw = 0;
        /* "hoàn thành ngay trong ngày 08/12/2025", "tiêu hủy ... trong ngày
         * 21/12/2025": the day an act must be done within; not a clause
         * opening "Trong ngày 13/12/2025, ...", the day something befell */
        if (!lw && seg_word_at(f, n, i, "trong") && seg_word_at(f, n, skip_sp(f, n, i + 5), "ngay")) {
            size_t c = i;
            while (c > 0 && f[c - 1] == ' ')
                c--;
            if (c > 0 && !strchr(".;:-)", f[c - 1]))
                lw = 5;
        }
        if (!quoted && lw && !counted_from(f, i) && !in_condition(f, n, i) && !case_phrase(f, i) &&
            !(lw == 3 && validity_span(f, i)) &&
            !(lw == 5 && done_before(f, i))) {
            static const char *const fill[] = {"het", "la", "vao", "trong", "ngay", NULL};
            size_t j = skip_sp(f, n, i + lw);
            for (int k = 0, step = 0; fill[k] && step < 4; k++)
                if (seg_word_at(f, n, j, fill[k])) {
                    j = skip_sp(f, n, j + strlen(fill[k]));
                    k = -1;
                    step++;
                }
            /* the hour and the day before the date: "trước 16h00 ngày
             * 25/11/2025", "trước 17 giờ 00 ngày ...", "đến 03h00 sáng Chủ
             * Nhật ngày 23/11/2025"; not a clause opening "Đến 12h00 ngày
             * 21/11/2025, toàn tỉnh ghi nhận ...", the moment a count is
             * made to */
            size_t c = i;
            while (c > 0 && f[c - 1] == ' ')
                c--;
            if (!(lw == 3 && (c == 0 || strchr(".;:", f[c - 1]))))
                j = skip_hour_day(f, n, j);
            size_t e = j;
            while (e < n && isdigit((unsigned char)f[e]))
                e++;
            if (e > j && e - j <= 2 && e < n && (f[e] == '/' || !strncmp(f + e, " thang", 6))) {
                /* the year within the next 24 characters */
                for (size_t q = j; q < n && q < j + 24; q++)
                    if (tg_year_at(f, n, q, &y)) {
                        if (y > *deadline && !before_document(f, q, y, dd))
                            *deadline = y;
                        break;
                    }
            }
        }
        /* "từ ngày 01/01/2026" is a start, no deadline, unless it is the
         * date a result must hold from (ANNOTATING.md, fifth rule set): in
         * a purpose clause ("Để bảo đảm việc thu lệ phí trước bạ từ ngày
         * 01/01/2026, đề nghị ..."), or the date from which a text to be
         * issued applies ("ban hành Bảng giá ... áp dụng từ ngày ...") */
        if (!quoted && seg_word_at(f, n, i, "tu ngay") && result_from(f, i)) {
            size_t j = skip_sp(f, n, i + 7);
            for (size_t q = j; q < n && q < j + 24; q++)
                if (tg_year_at(f, n, q, &y)) {
                    if (y > *deadline && !before_document(f, q, y, dd))
                        *deadline = y;
                    break;
                }
        }
        /* periods: "giai đoạn 2021 - 2025", "2021-2025", "từ năm 2021 đến năm 2025" */
        if (tg_year_at(f, n, i, &y)) {
            size_t j = skip_sp(f, n, i + 4);
            if (j < n && f[j] == '-') {
                int y2;
                j = skip_sp(f, n, j + 1);
                if (tg_year_at(f, n, j, &y2) && y2 > y && !*pfrom) {
                    *pfrom = y;
                    *pto = y2;
                }
            }
        }
        if (seg_word_at(f, n, i, "tu nam")) {
            int y1, y2;
            size_t j = skip_sp(f, n, i + 6);
            if (tg_year_at(f, n, j, &y1)) {
                size_t q = skip_sp(f, n, j + 4);
                if (q + 8 <= n && !memcmp(f + q, "den nam ", 8) && tg_year_at(f, n, skip_sp(f, n, q + 8), &y2) &&
                    !*pfrom) {
                    *pfrom = y1;
                    *pto = y2;
                }
            }
        }
    }
}

/* The year the goals a heading or lead-in names are set for: "Chỉ tiêu
 * cụ thể năm 2026", "Điều 2. Mục tiêu, chỉ tiêu chủ yếu năm 2026" (a year
 * after "năm" with no word of a limit, later in the same text than
 * "mục tiêu" or "chỉ tiêu"; none before the document's year). Goals of a
 * year are due within it, as a season's work is by the season's year
 * (ANNOTATING.md, fifth rule set); its items take it. 0 if none. */
int tg_goal_year(const char *f, size_t n, int doc_year)
{
    static const char *const words[] = {"chi tieu", "muc tieu", "phan dau", NULL};
    const char *g = NULL;
    for (int k = 0; words[k]; k++) {
        const char *m = strstr(f, words[k]);
        if (m && (!g || m < g))
            g = m;
    }
    if (!g)
        return 0;
    int best = 0, y, y2;
    for (size_t i = (size_t)(g - f) + 8; i + 4 <= n; i++) {
        if (tg_named_year_at(f, n, i, &y) && y >= doc_year && y > best && !tg_programme_name(f, i))
            best = y; /* not "Chương trình mục tiêu quốc gia ... năm 2030" */
        /* goals set over a period ahead, "Mục tiêu cụ thể giai đoạn
         * 2026 - 2030", "CHỈ TIÊU ... GIAI ĐOẠN 2026 - 2030": due by its
         * end, as a roadmap's phase is, when the period lies ahead of the
         * text (one under way, "MỤC TIÊU CỤ THỂ ... GIAI ĐOẠN 2021 – 2030"
         * in a later text, is the plan's own span, its name's years); not
         * a programme's name before it */
        if (doc_year && i >= 10 && !memcmp(f + i - 10, "giai doan ", 10) && tg_year_at(f, n, i, &y) && y >= doc_year) {
            size_t j = skip_sp(f, n, i + 4);
            if (j < n && f[j] == '-' && tg_year_at(f, n, skip_sp(f, n, j + 1), &y2) && y2 > y &&
                y2 > best && !tg_programme_name(f, i))
                best = y2;
        }
    }
    /* "Chỉ tiêu năm học 2025-2026": the season the goals are for */
    int sy = doc_year ? tg_season_year(g, n - (size_t)(g - f)) : 0;
    if (sy >= doc_year && sy > best)
        best = sy;
    return best;
}

/* The latest year f[0, n) gives its goals right after it: "năm 2026 đạt
 * 60%, năm 2027 đạt 80%", "năm 2030 giảm 90% so với năm 2025" ("năm",
 * the year, then "đạt", "giảm" or "tăng" with their marks): each figure is
 * due in its year. None before the text's year (a baseline). */
int tg_year_of_goal(const seg_para *p, size_t from, int doc_year)
{
    static const char *const verbs[][2] = {{"dat", "đạt"}, {"giam", "giảm"}, {"tang", "tăng"}, {NULL, NULL}};
    const char *f = p->fold;
    size_t n = p->nchar;
    int best = 0, y;
    for (size_t i = from + 4; i + 4 <= n; i++) {
        if (!tg_named_year_at(f, n, i, &y) || y < doc_year || y <= best)
            continue;
        /* the verb, then its figure within a few words ("đạt tối thiểu
         * 70%"); a year ahead of the text, the text's own being what is
         * reported as often as what is set ("năm 2025 đạt 92%") */
        size_t j = skip_sp(f, n, i + 4);
        for (int k = 0; verbs[k][0] && y > doc_year; k++) {
            if (!seg_word_at(f, n, j, verbs[k][0]) || !seg_marks_match(p, j, verbs[k][1]) || tg_programme_name(f, i))
                continue;
            size_t q = j + strlen(verbs[k][0]);
            for (int w = 0; w < 4 && q < n && !strchr(".;:,", f[q]); w++) {
                q = skip_sp(f, n, q);
                if (q < n && isdigit((unsigned char)f[q])) {
                    best = y;
                    break;
                }
                while (q < n && !strchr(" .;:,", f[q]))
                    q++;
            }
        }
        /* "Phấn đấu năm 2026: tỷ lệ ... đạt tối thiểu 95%": the year the
         * effort is set for */
        if (i >= 13 && !memcmp(f + i - 13, "phan dau nam ", 13) && (i == 13 || !isalnum((unsigned char)f[i - 14])))
            best = y;
    }
    return best;
}

/* The latest year a time line f[a, b) gives as an end: "Quý IV/2025",
 * "Tháng 11 - 12/2025", "Từ ngày 01/01/2026 đến ngày 31/3/2026" (2026),
 * "Năm 2025 và các năm tiếp theo" (2025). A start is none: "Từ tháng
 * 11/2025 đến khi kết thúc Tổng kiểm kê", "Từ 01/7/2025" give 0
 * (ANNOTATING.md, fourth rule set). */
int seg_end_year(const char *f, size_t a, size_t b)
{
    int best = 0, start = 0, y;
    for (size_t i = a; i < b; i++) {
        if (f[i] == '-' || f[i] == ';')
            start = 0;
        if (i > a && isalnum((unsigned char)f[i - 1]))
            continue;
        if (seg_word_at(f, b, i, "tu"))
            start = 1;
        else if (seg_word_at(f, b, i, "den") || seg_word_at(f, b, i, "toi"))
            start = 0;
        else if (!start && tg_year_at(f, b, i, &y) && y > best)
            best = y;
    }
    return best;
}

/* The end of the span a task's own work takes: "hoàn thành ... trong giai
 * đoạn 2026 - 2028" (the period an adverb of the verb), or a period the
 * text opens with ("Giai đoạn 2026 - 2027, ..."). A period that follows a
 * noun names what it qualifies, a budget, a programme or a plan
 * ("phân bổ vốn ngân sách trung ương giai đoạn 2026 - 2030", "Chương
 * trình mục tiêu quốc gia giai đoạn 2026 - 2035", "Quy hoạch ... thời kỳ
 * 2021 - 2030"): its years are part of the name, no deadline
 * (ANNOTATING.md, fourth and fifth rule sets), as targets read them. 0 if
 * none. */
static int own_span_end(const char *f, size_t n)
{
    size_t open = skip_sp(f, n, 0);
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && isalnum((unsigned char)f[i - 1]))
            continue;
        size_t j;
        if (seg_word_at(f, n, i, "trong giai doan"))
            j = skip_sp(f, n, i + 15);
        else if (i == open && seg_word_at(f, n, i, "giai doan"))
            j = skip_sp(f, n, i + 9);
        else
            continue;
        int y1, y2;
        if (!tg_year_at(f, n, j, &y1))
            continue;
        size_t q = skip_sp(f, n, j + 4);
        if (q < n && f[q] == '-' && tg_year_at(f, n, skip_sp(f, n, q + 1), &y2) && y2 > y1)
            return y2;
    }
    return 0;
}

int seg_deadline_in(const char *f, size_t n)
{
    int dl = 0, pf = 0, pt = 0;
    tg_dates_in(f, n, NULL, &dl, &pf, &pt);
    return dl ? dl : own_span_end(f, n);
}
