/*
 * title.c: the document's type and title (trích yếu) under the header's
 * number and date: Decree 30's type line ("KẾ HOẠCH", Phụ lục III's codes
 * and the EAD type codes of TT 05/2025), the title under it however the
 * page wraps it, a công văn's "V/v" line, and where the title ends and the
 * body begins. header.c finds the header and calls hf_type_title.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

#include "common/decree30.h"
#include "repair/utf8.h"
#include "segment/header_internal.h"

/* How many lower-case letters h holds. */
static int lower_letters(const hline *h)
{
    size_t i = 0, len = strlen(h->text);
    int low = 0;
    while (i < len)
        low += cp_is_lower(seg_utf8_next(h->text, len, &i));
    return low;
}

static const struct { const char *fold, *name, *code; const char *ead; } doc_types[] = {
    {"nghi quyet", "Nghị quyết", "NQ", "01"}, {"quyet dinh", "Quyết định", "QĐ", "02"},
    {"chi thi", "Chỉ thị", "CT", "03"}, {"quy che", "Quy chế", "QC", "04"},
    {"quy dinh", "Quy định", "QyĐ", "05"}, {"thong cao", "Thông cáo", "TC", "06"},
    {"thong bao", "Thông báo", "TB", "07"}, {"huong dan", "Hướng dẫn", "HD", "08"},
    {"chuong trinh", "Chương trình", "CTr", "09"}, {"ke hoach", "Kế hoạch", "KH", "10"},
    {"phuong an", "Phương án", "PA", "11"}, {"de an", "Đề án", "ĐA", "12"},
    {"du an", "Dự án", "DA", "13"}, {"bao cao", "Báo cáo", "BC", "14"},
    {"to trinh", "Tờ trình", "TTr", "15"}, {"giay uy quyen", "Giấy ủy quyền", "GUQ", "16"},
    {"bien ban", "Biên bản", "BB", "20"}, {"hop dong", "Hợp đồng", "HĐ", "21"},
    {"cong van", "Công văn", NULL, "22"}, {"cong dien", "Công điện", "CĐ", "23"},
    {"giay moi", "Giấy mời", "GM", "26"}, {"thong tu", "Thông tư", "TT", "32"},
    {"nghi dinh", "Nghị định", "NĐ", "32"}, {"luat", "Luật", NULL, "32"},
    {"thong tu lien tich", "Thông tư liên tịch", "TTLT", "32"},
    /* a Party committee's conclusion ("125-KL/TU"), a type of the Party's
     * own rules for its documents, not of Decree 30 */
    {"ket luan", "Kết luận", "KL", "32"},
};

const char *seg_ead_type_code(const char *doc_type)
{
    if (!doc_type)
        return NULL;
    for (size_t i = 0; i < sizeof doc_types / sizeof doc_types[0]; i++)
        if (!strcmp(doc_types[i].name, doc_type))
            return doc_types[i].ead;
    return "32";
}

int seg_type_orders_work(const char *doc_type)
{
    return doc_type && (!strcmp(doc_type, "Thông báo") || !strcmp(doc_type, "Chỉ thị") ||
                        !strcmp(doc_type, "Công điện"));
}

/* The alphanumerics of f[0, n), without spaces or marks of punctuation,
 * into out (at most cap - 1 of them); their count. */
static size_t letters_only(const char *f, size_t n, char *out, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < cap; i++)
        if (isalnum((unsigned char)f[i]))
            out[k++] = f[i];
    out[k] = 0;
    return k;
}

/* The type, the words alone on the line, within one edit for a type of
 * eight letters or more. OCR reads the bold, widely set type line with its
 * words run together or split ("KẾHOẠCH", "NGHDỊNH"), so the letters are
 * compared without the spaces too. */
static int type_exact(const char *f, size_t n, size_t *off, size_t *len)
{
    const char *f0 = f;
    while (n && !isalnum((unsigned char)f[n - 1]))
        n--;
    while (n && !isalnum((unsigned char)*f))
        f++, n--;
    *off = (size_t)(f - f0);
    *len = n;
    int best = -1, bd = 100;
    for (size_t i = 0; i < sizeof doc_types / sizeof doc_types[0]; i++) {
        size_t L = strlen(doc_types[i].fold);
        int maxd = L >= 8 ? 1 : 0;
        int dd = seg_edit_distance(f, n, doc_types[i].fold, L, maxd);
        if (dd <= maxd && dd < bd) {
            bd = dd;
            best = (int)i;
        }
    }
    if (best >= 0 || n > 40)
        return best;
    char a[48], b[32];
    size_t na = letters_only(f, n, a, sizeof a);
    for (size_t i = 0; i < sizeof doc_types / sizeof doc_types[0]; i++) {
        size_t nb = letters_only(doc_types[i].fold, strlen(doc_types[i].fold), b, sizeof b);
        int maxd = nb >= 7 ? 1 : 0;
        int dd = seg_edit_distance(a, na, b, nb, maxd);
        if (dd <= maxd && dd < bd) {
            bd = dd;
            best = (int)i;
        }
    }
    return best;
}

/* The type line, also with OCR specks at its ends ("s. CÔNG ĐIỆN Ề", "A ÖÒ_
 * KẾHOẠCH _": a rule's or a seal's edge read as letters): up to two tokens
 * of at most two letters or digits at either end are dropped, the fewest
 * that leave a type ("i THÔNG TƯ" keeps its "TƯ", a word of two letters).
 * span[0] and span[1] get the folded positions of the type's own words,
 * [span[0], span[1]). */
static int type_span_from_line(const char *f, size_t n, size_t *span)
{
    size_t off, len;
    int t = type_exact(f, n, &off, &len);
    span[0] = off;
    span[1] = off + len;
    if (t >= 0 || n > 40)
        return t;
    size_t cut[2][3], nc[2] = {1, 1}; /* where the text starts (ends) after 0, 1, 2 tokens */
    size_t a = 0, b = n;
    while (a < b && f[a] == ' ')
        a++;
    while (b > a && f[b - 1] == ' ')
        b--;
    cut[0][0] = a;
    cut[1][0] = b;
    for (size_t q = 0; q < 2; q++) {
        size_t x = cut[0][q], y = x, al = 0;
        while (y < b && f[y] != ' ')
            al += isalnum((unsigned char)f[y++]) != 0;
        while (y < b && f[y] == ' ')
            y++;
        if (al > 2 || y >= b)
            break;
        cut[0][++nc[0] - 1] = y;
    }
    for (size_t q = 0; q < 2; q++) {
        size_t y = cut[1][q], x = y, al = 0;
        while (x > a && f[x - 1] != ' ')
            al += isalnum((unsigned char)f[--x]) != 0;
        while (x > a && f[x - 1] == ' ')
            x--;
        if (al > 2 || x <= a)
            break;
        cut[1][++nc[1] - 1] = x;
    }
    for (size_t total = 1; total <= 4; total++)
        for (size_t i = 0; i < nc[0] && i <= total; i++) {
            size_t j = total - i;
            if (j >= nc[1] || cut[0][i] >= cut[1][j])
                continue;
            if ((t = type_exact(f + cut[0][i], cut[1][j] - cut[0][i], &off, &len)) >= 0) {
                span[0] = cut[0][i] + off;
                span[1] = span[0] + len;
                return t;
            }
        }
    return -1;
}

int hf_type_from_line(const char *f, size_t n)
{
    size_t span[2];
    return type_span_from_line(f, n, span);
}

const char *hf_type_of_code(const char *code)
{
    for (size_t i = 0; i < sizeof doc_types / sizeof doc_types[0]; i++)
        if (doc_types[i].code && !strcmp(doc_types[i].code, code))
            return doc_types[i].name;
    return NULL;
}

/* The type's code in a number that OCR misread, the T of "TT" read as a
 * one or an I ("44/2025/T1-BNNMT", "25/2025/TT1-BVHTTDL", "CI"): the type
 * line names the type, so a code within one edit of its code that holds
 * such a look-alike is that code. Rewritten in place (never longer). */
static void ocr_type_code(char *number, const char *type_code)
{
    char *dash = strchr(number, '-');
    if (!dash)
        return;
    char *c = dash;
    while (c > number && c[-1] != '/')
        c--;
    if (c == number || c == dash)
        return;
    size_t cl = (size_t)(dash - c), tl = strlen(type_code);
    int look_alike = 0;
    for (const char *p = c; p < dash; p++)
        look_alike |= *p == '1' || *p == 'I' || *p == 'l' || *p == '|';
    if (!look_alike || tl > cl || (cl == tl && !memcmp(c, type_code, cl)) ||
        seg_edit_distance(c, cl, type_code, tl, 1) > 1)
        return;
    memcpy(c, type_code, tl);
    memmove(c + tl, dash, strlen(dash) + 1);
}

/* c is the letter u (a capital) or its small form. */
static int same_letter(uint32_t c, uint32_t u)
{
    if (c == u)
        return 1;
    if (u < 0x80)
        return u >= 'A' && u <= 'Z' && c == u + 32;
    if (u >= 0xC0 && u <= 0xDE)
        return c == u + 0x20;
    if (u == 0x1A0 || u == 0x1AF || (u >= 0x100 && u < 0x180) || (u >= 0x1EA0 && u <= 0x1EF9))
        return c == u + 1;
    return 0;
}

/* Is the first word of h, with its marks, a head noun? Folding makes a
 * title's wrapped "HỒI SẢN XUẤT" (of "PHỤC HỒI") look like "HỘI ...". */
static int head_as_written(const hline *h)
{
    static const char *const heads[] = {
        "BỘ", "SỞ", "CỤC", "CHI", "TỔNG", "VỤ", "BAN", "ỦY", "UỶ", "UBND", "HĐND", "HỘI", "VĂN", "THUẾ",
        "VIỆN", "TRƯỜNG", "BỆNH", "TRUNG", "KHO", "NGÂN", "CÔNG", "ĐẢNG", "TỈNH", "THÀNH", "MẶT", "CHỦ",
        "THỦ", "CHÍNH", "QUỐC", "TÒA", "TOÀ", "KIỂM", "THANH", "PHÒNG", "ĐÀI", "BÁO", "ĐOÀN", "LIÊN", NULL};
    size_t len = strlen(h->text), i0 = 0;
    while (i0 < len && h->text[i0] == ' ')
        i0++;
    for (int k = 0; heads[k]; k++) {
        size_t i = i0, j = 0, hl = strlen(heads[k]);
        int ok = 1;
        while (ok && j < hl) {
            uint32_t u = seg_utf8_next(heads[k], hl, &j);
            ok = i < len && same_letter(seg_utf8_next(h->text, len, &i), u);
        }
        if (ok && (i >= len || h->text[i] == ' '))
            return 1;
    }
    return 0;
}

/* Capitals in folded positions [a, b), as line_caps_h judges a line. */
static int caps_range(const hline *h, size_t a, size_t b)
{
    int up, low;
    hf_count_case(h->text, h->cpos[a], h->cpos[b], &up, &low);
    return up >= 4 && low * 10 <= up;
}

static int has_capital(const hline *h, size_t a, size_t b)
{
    size_t i = h->cpos[a], end = h->cpos[b];
    while (i < end)
        if (cp_is_upper(seg_utf8_next(h->text, end, &i)))
            return 1;
    return 0;
}

/* Does folded f[a, b) hold a digit? */
static int has_digit(const char *f, size_t a, size_t b)
{
    while (a < b)
        if (isdigit((unsigned char)f[a++]))
            return 1;
    return 0;
}

/* A title line in capitals with an OCR speck of one or two characters
 * without a capital at an end ("ii  VYTXWPTRUNGUVN", "... GIA LAI ."; "SƠN
 * LA" keeps its "LA"): [*a, *b) is
 * narrowed to the capitals; returns whether the line is in capitals. */
static int title_caps(const hline *h, size_t *a, size_t *b)
{
    const char *f = h->fold;
    while (*a < *b && f[*a] == ' ')
        (*a)++;
    while (*b > *a && f[*b - 1] == ' ')
        (*b)--;
    size_t t1 = *a, t0 = *b;
    while (t1 < *b && f[t1] != ' ')
        t1++;
    while (t0 > *a && f[t0 - 1] != ' ')
        t0--;
    size_t r = t1;
    while (r < *b && f[r] == ' ')
        r++;
    /* a number is no speck ("... NGÀY 22" / "THÁNG 12 ...", "... BÃO SỐ 3"),
     * nor the dash or comma that leaves a title open ("... KINH TẾ -" /
     * "XÃ HỘI ...") */
    if (t1 - *a <= 2 && r < *b && !has_capital(h, *a, t1) && !has_digit(f, *a, t1) && caps_range(h, r, *b))
        *a = r;
    size_t e = t0;
    while (e > *a && f[e - 1] == ' ')
        e--;
    if (*b - t0 <= 2 && e > *a && !has_capital(h, t0, *b) && !has_digit(f, t0, *b) && !strchr("-,", f[*b - 1]) &&
        caps_range(h, *a, e))
        *b = e;
    return *b > *a && caps_range(h, *a, *b);
}

/* The words a title's line cannot end with (goes_on): each folded, and as
 * it is written (lower case, with its marks). */
static const struct { const char *fold, *marked; } wrap_words[] = {
    {"cua", "của"},   {"va", "và"},     {"voi", "với"},   {"ve", "về"},     {"giua", "giữa"},   {"cho", "cho"},
    {"tai", "tại"},   {"tren", "trên"}, {"doi", "đối"},   {"cac", "các"},   {"nhung", "những"}, {"tu", "từ"},
    {"den", "đến"},   {"theo", "theo"}, {"thuoc", "thuộc"}, {"trong", "trong"}, {"hoac", "hoặc"}, {"de", "để"},
    {"nham", "nhằm"}, {"boi", "bởi"},   {"vao", "vào"},   {"cung", "cùng"}};

/* The word at folded [a, b) of h is w (lower case, with its marks) as the
 * text prints it, or prints it without any marks (OCR's "CUA"): "Trọng" of
 * a place name is no "trong", "Đức" no "đúc". */
static int marks_of(const hline *h, size_t a, size_t b, const char *w)
{
    size_t i = h->cpos[a], end = h->cpos[b], j = 0, wl = strlen(w);
    int same = 1, plain = 1;
    while (i < end) {
        uint32_t c = seg_utf8_next(h->text, end, &i);
        uint32_t u = j < wl ? seg_utf8_next(w, wl, &j) : 0;
        same &= cp_to_lower(c) == u;
        plain &= c < 0x80;
    }
    return (same && j == wl) || plain;
}

/* Does the line end in a word a title cannot end with (a preposition or a
 * conjunction: "... QUYỀN HẠN GIỮA", "... CỦA"), or a comma or dash? Its
 * next line is the title's wrap, whatever it opens with. */
/* Does the line end announcing a list the title goes on to give ("... MỘT
 * SỐ LOẠI TÀI SẢN NHƯ:" / "TÀU THUYỀN, Ô TÔ, ...", "... GỒM:")? Decree 30
 * ends no title with a colon; the colon that ends a header's other lines
 * opens the addressees ("... điện:", "Kính gửi:"). */
static int announces_list(const hline *h)
{
    size_t e = h->n;
    while (e > 0 && h->fold[e - 1] == ' ')
        e--;
    if (!e || h->fold[e - 1] != ':')
        return 0;
    size_t b = e - 1, a = b;
    while (a > 0 && h->fold[a - 1] != ' ')
        a--;
    return (b - a == 3 && !strncmp(h->fold + a, "nhu", 3) && marks_of(h, a, b, "như")) ||
           (b - a == 3 && !strncmp(h->fold + a, "gom", 3) && marks_of(h, a, b, "gồm"));
}

static int goes_on(const hline *h)
{
    const char *f = h->fold;
    size_t e = h->n;
    while (e > 0 && f[e - 1] == ' ')
        e--;
    if (!e)
        return 0;
    if (f[e - 1] == ',' || f[e - 1] == '-' || announces_list(h))
        return 1;
    size_t a = e;
    while (a > 0 && f[a - 1] != ' ')
        a--;
    /* a one-word line ("QUYẾT ĐỊNH" is two): not a wrap's head, but for
     * the "VỀ" a cell broke from "VIỆC ..." (Decree 30's titles open "Về
     * việc"; the preposition ends none) */
    if (a == 0)
        return e == 2 && !strncmp(f, "ve", 2) && marks_of(h, 0, 2, "về");
    for (size_t i = 0; i < sizeof wrap_words / sizeof wrap_words[0]; i++)
        if (e - a == strlen(wrap_words[i].fold) && !strncmp(f + a, wrap_words[i].fold, e - a))
            return marks_of(h, a, e, wrap_words[i].marked);
    return 0;
}

/* Does the line name the authority that issues, a position before its body
 * ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...", "BỘ TRƯỞNG BỘ Y TẾ", "CỤC TRƯỞNG
 * CỤC HẢI QUAN"), as a Quyết định or Thông tư puts it under its title?
 * Folded, so OCR's lost marks ("CUC TRUONG CUC HAI QUAN") do not hide it.
 * The length of the post (the body follows it), or 0. */
size_t hf_opens_authority(const char *f)
{
    static const char *const posts[] = {"chu tich ", "bo truong ", "thu tuong chinh phu", "cuc truong ",
                                        "tong cuc truong ", "giam doc ", "tong giam doc ", "chanh an ",
                                        "vien truong ", "thong doc ", "truong ban ", "tong kiem toan ",
                                        "tong thanh tra ", "chu nhiem ", "chanh van phong ", NULL};
    const char *f0 = f;
    while (*f == ' ')
        f++;
    for (int i = 0; posts[i]; i++) {
        size_t l = strlen(posts[i]);
        if (!strncmp(f, posts[i], l))
            return posts[i][l - 1] != ' ' || hf_opens_body(f + l) || !strncmp(f + l, "nha nuoc", 8)
                       ? (size_t)(f - f0) + l
                       : 0;
    }
    return 0;
}

/* Does h begin with the issuer's name, or is it the name's first lines
 * ("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "ỦY BAN NHÂN DÂN" of it), the issuer
 * repeated above "Căn cứ"? A wrap of the title that opens with another
 * body ("VỀ VIỆC KIỆN TOÀN" / "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH ...") is
 * none. x: the issuer's name, folded (NULL: none). */
static int names_issuer(const hline *h, const char *x)
{
    if (!x)
        return 0;
    const char *f = h->fold;
    size_t n = h->n;
    while (n > 0 && !isalnum((unsigned char)f[n - 1]))
        n--;
    while (n > 0 && *f == ' ')
        f++, n--;
    size_t xl = strlen(x);
    int yes = n > 0 && (n <= xl ? !memcmp(x, f, n) && (n == xl || x[n] == ' ')
                                : !memcmp(x, f, xl) && !isalnum((unsigned char)f[xl]));
    return yes;
}

/* Does h hold a letter? */
static int has_letter(const hline *h)
{
    for (size_t i = 0; i < h->n; i++)
        if (isalpha((unsigned char)h->fold[i]))
            return 1;
    return 0;
}

/* Is h the issuer's name after the post of its head, the authority line
 * Decree 30 puts under the title: "TRƯỞNG BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH"
 * under a "BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH" header (the post "Trưởng Ban"
 * shares the head noun), "TỔNG KIỂM TOÁN NHÀ NƯỚC", "BỘ TRƯỞNG BỘ Y TẾ"?
 * The post is one to three words, one of them "trưởng", "tổng", "chủ
 * tịch", "giám đốc", "chủ nhiệm" or "thống đốc" (a head's title); a
 * title's own line ending in the issuer's name ("... QUY CHẾ HOẠT ĐỘNG CỦA
 * BAN CHỈ ĐẠO ...") has more words before it or none of these. x: the
 * issuer's name, folded (NULL: none). */
static int heads_issuer(const hline *h, const char *x)
{
    if (!x)
        return 0;
    const char *f = h->fold;
    size_t e = h->n, xl = strlen(x);
    while (e > 0 && !isalnum((unsigned char)f[e - 1]))
        e--;
    int yes = 0;
    if (xl && xl + 1 < e && !memcmp(f + e - xl, x, xl) && f[e - xl - 1] == ' ') {
        static const char *const posts[] = {"truong", "tong", "chu tich", "giam doc", "chu nhiem", "thong doc", NULL};
        size_t pe = e - xl - 1;
        int words = 0, post = 0;
        for (size_t i = 0; i < pe; i++) {
            if (f[i] == ' ' || (i > 0 && f[i - 1] != ' '))
                continue;
            words++;
            for (int q = 0; posts[q]; q++)
                post |= seg_word_at(f, pe, i, posts[q]);
        }
        yes = words >= 1 && words <= 3 && post;
    }
    return yes;
}

/* Words that open a paragraph's clause of basis, purpose or sequence ("Căn
 * cứ", "Thực hiện", "Nhằm", "Để"): each folded, and as written (lower case,
 * with its marks, so that "Đề án" is no "Để"). */
static const struct { const char *fold, *marked; } para_words[] = {
    {"can cu", "căn cứ"}, {"thuc hien", "thực hiện"}, {"theo", "theo"}, {"xet", "xét"},
    {"tren co so", "trên cơ sở"}, {"nham", "nhằm"}, {"de", "để"}, {"sau khi", "sau khi"},
    {"tiep theo", "tiếp theo"}};

/* Does a line in sentence case open the body's first paragraph rather than
 * wrap the title above it? A title names its subject; the paragraph under
 * it, often with no blank line between (a PDF layer drops them), opens as
 * a sentence does: with a clause of basis or purpose ("Thực hiện Kế hoạch
 * số ...", "Nhằm chủ động ...", "Để có cơ sở ..."; "Theo dõi" is a verb), a
 * date ("Ngày 10 tháng 11 năm 2025, ...", "Chiều ngày 05/12/2025, ..."), a
 * time closed by a comma ("Thời gian qua, ...", "Năm 2025, ..."), or a
 * list's label ("1.", "a)"). A title's wrap that begins with a capital
 * begins with a name: "Tháng hành động vì ...", "Khu du lịch quốc gia ...",
 * "Ngày Nhà giáo Việt Nam" (no digit after "Ngày"). */
static int opens_paragraph(const hline *h)
{
    static const char *const dayparts[] = {"sang", "chieu", "toi", "trua", "vao", NULL};
    static const char *const times[] = {"thoi gian qua", "thoi gian vua qua", "trong thoi gian qua", "vua qua",
                                        "hien nay", "gan day", "thoi gian gan day", "nhung nam qua",
                                        "nhung nam gan day", "nam", "trong nam", NULL};
    const char *f = h->fold;
    size_t n = h->n, a = skip_sp(f, n, 0);
    if (a + 2 >= n)
        return 0;
    /* a label: "1. ", "12) ", "a) " */
    size_t d = a;
    while (d < n && d < a + 2 && isdigit((unsigned char)f[d]))
        d++;
    if (d == a && isalpha((unsigned char)f[a]))
        d = a + 1;
    if (d > a && d + 1 < n && (f[d] == ')' || (f[d] == '.' && isdigit((unsigned char)f[a]))) && f[d + 1] == ' ')
        return 1;
    size_t b0 = h->cpos[a];
    if (!cp_is_upper(seg_utf8_next(h->text, strlen(h->text), &b0)))
        return 0;
    for (size_t i = 0; i < sizeof para_words / sizeof para_words[0]; i++) {
        size_t l = strlen(para_words[i].fold);
        if (seg_word_at(f, n, a, para_words[i].fold) && marks_of(h, a, a + l, para_words[i].marked))
            return strcmp(para_words[i].fold, "theo") || !seg_word_at(f, n, a, "theo doi");
    }
    /* a date: "Ngày 10 ...", "Chiều ngày 05 ...", "Sáng 5/12 ..." */
    size_t p = a;
    for (int i = 0; dayparts[i]; i++)
        if (seg_word_at(f, n, p, dayparts[i])) {
            p = skip_sp(f, n, p + strlen(dayparts[i]));
            break;
        }
    if (seg_word_at(f, n, p, "ngay"))
        p = skip_sp(f, n, p + 4);
    if (p > a && p < n && isdigit((unsigned char)f[p]))
        return 1;
    /* a time closed by a comma: "Thời gian qua, ...", "Năm 2025, ..." */
    for (int i = 0; times[i]; i++)
        if (seg_word_at(f, n, a, times[i])) {
            p = skip_sp(f, n, a + strlen(times[i]));
            if (!strcmp(times[i], "nam") || !strcmp(times[i], "trong nam")) {
                size_t q = p;
                while (q < n && isdigit((unsigned char)f[q]))
                    q++;
                if (q - p != 4)
                    continue;
                p = skip_sp(f, n, q);
            }
            if (p < n && f[p] == ',')
                return 1;
        }
    return 0;
}

/* The length of the "V/v" (về việc) that opens a công văn's subject, or 0;
 * also as OCR gives it with its second letter lost or misread ("V/ khoản
 * tiền ...", "V/y ..."): "v/", at most one letter, then a blank. */
static size_t vv_mark(const char *f, size_t n)
{
    /* blanks before it: the number's cell cut from the row ("Số: 4514/UBND-KT
     * <blanks> V/v triển khai ...", as web text joins the left column's cells) */
    size_t i = 0;
    while (i < n && f[i] == ' ')
        i++;
    f += i, n -= i;
    if (n < 3 || f[0] != 'v' || f[1] != '/')
        return 0;
    if (f[2] == ' ')
        return i + 2;
    if (f[2] == 'v')
        return i + 3;
    if (isalpha((unsigned char)f[2]) && (n == 3 || f[3] == ' ' || f[3] == ':'))
        return i + 3;
    return 0;
}

/* Where the right column begins on the header's rows [0, upto) that
 * `pdftotext -layout` printed with both columns ("CỤC THUẾ      CỘNG HÒA
 * ...", "Số: 1539/VLO-QLDN3      Vĩnh Long, ngày ..."): the least start of
 * a cell after a run of three blanks with text before it, or 0 (web text,
 * a text layer read one cell a line); *edge: where the widest of those rows
 * ends (the right column's right edge). */
static size_t right_col(const seg_doc *d, size_t upto, size_t *edge)
{
    size_t col = 0;
    *edge = 0;
    for (size_t k = 0; k < upto && k < d->nlines; k++) {
        hline h;
        if (hline_init(&h, d, &d->lines[k]) == 0) {
            size_t i = 0;
            while (i < h.n && h.fold[i] == ' ')
                i++;
            size_t c = i < h.n ? hf_column_gap(&h) : 0;
            if (c)
                c += hf_line_indent(d, k); /* a line's text starts after its indent */
            if (c && (!col || c < col))
                col = c;
            if (c && h.n + hf_line_indent(d, k) > *edge)
                *edge = h.n + hf_line_indent(d, k);
        }
        hline_free(&h);
    }
    return col;
}

/* Is h one dash and nothing else ("-", "–")? */
static int lone_dash(const hline *h)
{
    char *s = seg_clean(h->text, strlen(h->text));
    int yes = s && (!strcmp(s, "-") || !strcmp(s, "\u2013"));
    free(s);
    return yes;
}

/* Is w (folded, [a, b)) a Roman numeral of the letters a heading numbers
 * with ("I", "IV", "XII")? */
static int roman_word(const char *f, size_t a, size_t b)
{
    if (b <= a || b - a > 6)
        return 0;
    for (size_t i = a; i < b; i++)
        if (!strchr("ivxl", f[i]))
            return 0;
    return 1;
}

/* Does h open a heading of the body: a numbered item ("I. MỤC ĐÍCH, YÊU
 * CẦU", "1. Mục đích") or a part, chapter or section ("Chương I", "Phần
 * thứ nhất", "Mục 2")? A title's wrap never opens with a label, in
 * capitals or not: the blank line and the capitals that let a title go on
 * ("... QUÊ HƯƠNG" / "" / "TỈNH QUẢNG NINH") do not let it run into its
 * document's first heading. "Mục tiêu", "Phần mềm", "Chương trình" name
 * no numbered part. */
static int opens_heading(const hline *h)
{
    static const char *const ordinals[] = {"nhat", "mot", "hai", "ba", "bon", "tu", "nam", "sau", "bay", "tam",
                                           "chin", "muoi", NULL};
    const char *f = h->fold;
    size_t n = h->n, a = skip_sp(f, n, 0), t = a;
    while (t < n && isalnum((unsigned char)f[t]))
        t++;
    if (t == a)
        return 0;
    size_t b0 = h->cpos[a];
    int upper = cp_is_upper(seg_utf8_next(h->text, strlen(h->text), &b0));
    /* "I. ", "12. ": a Roman numeral in capitals, or digits, then a full stop */
    if (t + 1 < n && f[t] == '.' && f[t + 1] == ' ' &&
        ((upper && roman_word(f, a, t)) || (t - a <= 2 && isdigit((unsigned char)f[a]) && isdigit((unsigned char)f[t - 1]))))
        return 1;
    if (!upper || !(seg_word_at(f, n, a, "phan") || seg_word_at(f, n, a, "chuong") || seg_word_at(f, n, a, "muc")))
        return 0;
    size_t j = skip_sp(f, n, t);
    if (seg_word_at(f, n, j, "thu"))
        j = skip_sp(f, n, j + 3);
    size_t e = j;
    while (e < n && isalnum((unsigned char)f[e]))
        e++;
    if (e == j || (e < n && f[e] != ' ' && f[e] != '.' && f[e] != ':'))
        return 0;
    if (isdigit((unsigned char)f[j]) || roman_word(f, j, e))
        return 1;
    for (int i = 0; ordinals[i]; i++)
        if (e - j == strlen(ordinals[i]) && !strncmp(f + j, ordinals[i], e - j))
            return 1;
    return 0;
}

/* Does h open in lower case with a word of two letters or more, and hold a
 * second word: the wrap of the line above, whatever case that is in? A
 * sentence, a heading or a body's name opens with a capital, so a Party
 * notice's "KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY" / "về tình hình ..." is one
 * title in two cases. One small letter or a lone word is a speck or a
 * rule OCR read as letters. */
static int lower_wrap(const hline *h)
{
    const char *f = h->fold;
    size_t n = h->n, a = skip_sp(f, n, 0), t = a;
    if (a >= n)
        return 0;
    size_t b0 = h->cpos[a];
    if (!cp_is_lower(seg_utf8_next(h->text, strlen(h->text), &b0)))
        return 0;
    while (t < n && isalpha((unsigned char)f[t]))
        t++;
    if (t - a < 2)
        return 0;
    while (t < n && !isalpha((unsigned char)f[t]))
        t++;
    return t < n; /* "cáo, Ban Thường vụ ...": a second word after the comma */
}

/* Does the sentence-case line k open a paragraph that a PDF layer wrapped
 * under the title with no blank line between: one of the lower-case lines
 * that go on with it (at most three) ends in a full stop or a colon ("Tết
 * Nguyên đán ... nhu" / "cầu đi lại, ... tăng cao.", "Văn phòng ... của
 * Lãnh đạo Ủy ban" / "nhân dân tỉnh như sau:")? A trích yếu closes with
 * no stop (Decree 30), so a sentence closed under it is the body's. The
 * line k itself is not asked: OCR reads specks as stops at a title's end
 * (". Khu du lịch quốc gia Mũi Né đến năm 2040."). */
static int closes_sentence(const hline *H, const seg_doc *d, size_t k, size_t zone)
{
    for (size_t i = k + 1; i < zone && i < k + 4; i++) {
        if (d->lines[i].blank_before)
            return 0;
        /* a wrap may open with a name the sentence goes on with ("... Ủy
         * ban nhân dân tỉnh ban hành" / "Kế hoạch triển khai ... như sau:")
         * when the line above stopped inside its clause: no stop, comma or
         * semicolon there, this line in sentence case and no paragraph's
         * or heading's opening */
        if (!lower_wrap(&H[i])) {
            size_t pe = H[i - 1].n;
            while (pe > 0 && H[i - 1].fold[pe - 1] == ' ')
                pe--;
            if (i == k + 1 || !pe || !isalnum((unsigned char)H[i - 1].fold[pe - 1]) || hline_caps(&H[i]) ||
                opens_paragraph(&H[i]) || opens_heading(&H[i]))
                return 0;
        }
        size_t e = H[i].n;
        while (e > 0 && H[i].fold[e - 1] == ' ')
            e--;
        if (e && (H[i].fold[e - 1] == '.' || H[i].fold[e - 1] == ':'))
            return 1;
    }
    return 0;
}

/* Does the line k, opening with a capital after a blank line under a title
 * in sentence case, go on with the title: the name a title's wrap opens
 * with, as web text sets each line of a title as a paragraph of its own
 * ("Về việc phê duyệt Điều lệ tổ chức và hoạt động" / "" / "Quỹ Phát
 * triển đất tỉnh Tây Ninh")? The body's first paragraph is a sentence:
 * it ends in a stop, or runs on into a lower-case line below it (a
 * page's wrap, also past a blank line), or is wider than the title's lines (a title is set
 * centred in lines of about one width); so is a clause of basis or
 * purpose or a heading, which end the title elsewhere. widest: the
 * title's widest line so far. */
static int name_wrap(const hline *H, size_t k, size_t zone, size_t widest)
{
    const hline *h = &H[k];
    size_t e = h->n;
    while (e > 0 && h->fold[e - 1] == ' ')
        e--;
    if (!e || strchr(".;:!?", h->fold[e - 1]) || e > widest || opens_paragraph(h) || opens_heading(h))
        return 0;
    size_t a = skip_sp(h->fold, h->n, 0), b0 = h->cpos[a];
    if (!cp_is_upper(seg_utf8_next(h->text, strlen(h->text), &b0)))
        return 0;
    /* the next line with text, blank lines between or not: OCR parts a
     * paragraph's lines with blank ones ("Trong những năm qua ... và ứng"
     * / "" / "dụng công nghệ ...") */
    size_t j = k + 1;
    while (j < zone && hf_blank_fold(H[j].fold, H[j].n))
        j++;
    return !(j < zone && lower_wrap(&H[j]));
}

/* Is line k a body's name in capitals with the first "Căn cứ" line right
 * under it: the authority line Decree 30 sets between the title and the
 * basis, known even when the header printed no issuer to compare it with
 * (a web copy that opens with "Số: ...")? The caller asks too that it be
 * narrower than the title's lines: a wrap as wide as they are that opens
 * with a body's word ("... KHÔNG CUNG CẤP DỊCH" / "VỤ TRÒ CHƠI ...") is
 * the title's; and that the head be a body's with its marks: "BẢO VỆ ..."
 * (a law's name: "... THI HÀNH LUẬT" / "BẢO VỆ NGUỒN LỢI ...") folds to
 * the "bao" of a newspaper ("Báo"). */
int hf_authority_above_basis(const hline *H, size_t k, size_t zone)
{
    if (!hf_opens_body(H[k].fold) || !hline_caps(&H[k]))
        return 0;
    for (size_t j = k + 1; j < zone; j++) {
        if (hf_blank_fold(H[j].fold, H[j].n))
            continue;
        size_t a = skip_sp(H[j].fold, H[j].n, 0);
        return !strncmp(H[j].fold + a, "can cu", 6);
    }
    return 0;
}

/* The title's lines from k on (under the type line, or the "V/v" line of
 * a công văn): its text in m->title; returns the line after it. */
static size_t header_title(seg_doc *d, seg_metadata *m, hline *H, const hloc *L, size_t k)
{
    sbuf t = {0};
    size_t got = 0, widest = 0; /* a line as wide as the title's widest is its wrap, even
                                 * when it opens with a body ("CHI NHÁNH" / "VĂN PHÒNG ...") */
    int prev_caps = 0;
    /* the issuer folded once for names_issuer and heads_issuer, which ask
     * of every line of the title */
    char *iss = m->issuer_full ? seg_fold_str(m->issuer_full) : NULL;
    /* a công văn's subject stands in the left column under the number
     * (Decree 30): a line running into the right column is the letter's
     * first sentence, not the subject's wrap ("  V/v trả lãi tiền vay cho
     * cổ đông" / "     Ngày 18/11/2025, Thuế tỉnh Vĩnh Long có nhận được
     * Công văn số", no blank line between them). Into it means past its
     * middle: the left column's cells are centred in it and set in other
     * sizes than the right column's, so the subject's widest line may
     * reach a few places past where the right column's cells begin
     * ("  Về việc góp ý dự thảo Quy chế" / "  quản lý kiến trúc thành phố
     * Đà" under a right column from place 29), never across it. */
    size_t edge = 0;
    size_t col = L->type_line < 0 && L->vv_line >= 0 && k == (size_t)L->vv_line ? right_col(d, k, &edge) : 0;
    if (col && edge > col)
        col += (edge - col) / 2;
    for (; k < L->zone && got < 16; k++) {
        seg_line *l = &d->lines[k];
        /* the other column's cells a text layer put between a subject's
         * lines ("V/v triển" / "Lâm Đồng, ngày 12 ..." / "khai thực hiện
         * ..."), cut out of the row, do not end it */
        int cell = (L->date_line >= 0 && (int)k >= L->date_line && (int)k <= L->date_end) || (int)k == L->motto_line;
        if (got && cell && hf_blank_fold(H[k].fold, H[k].n) && L->vv_line >= 0 && L->type_line < 0)
            continue;
        /* the number a text layer prints at the top of the next page
         * (Decree 30: from page 2 on), between the lines of a title the
         * page broke ("... cấp trung học cơ sở và" / "2" / "cấp trung học
         * phổ thông"), is no wrap of it: its years, wrapped, share its page */
        if (got && k > 0 && l->page != d->lines[k - 1].page && seg_page_number(d->fold + l->c0, l->c1 - l->c0))
            continue;
        if (col && got) {
            size_t e = H[k].n;
            while (e > 0 && H[k].fold[e - 1] == ' ')
                e--;
            if (e + hf_line_indent(d, k) > col)
                break;
        }
        /* a dash alone is the joint of a compound the left column's wrap
         * left on its own row ("... kế hoạch tài chính" / "-" / "ngân sách
         * nhà nước ..."), not a rule (three or more) under the title */
        if (hf_blank_fold(H[k].fold, H[k].n) && !(got && lone_dash(&H[k]))) {
            if (got)
                break;
            continue;
        }
        /* the title goes on in the same case: a title in capitals ends
         * where a sentence begins, one in sentence case at capitals
         * (the issuer repeated above "Căn cứ"); a blank line ends it
         * unless the next goes on in lower case; so does a line that
         * names a body ("HỘI ĐỒNG NHÂN DÂN TỈNH ...") or ends in ':'
         * ("THỦ TƯỚNG CHÍNH PHỦ điện:") */
        size_t ta = 0, tb = H[k].n;
        /* the specks are cut from a line of capitals too ("ii  VỀ VIỆC ...":
         * two small letters do not turn the line's case) */
        int caps = title_caps(&H[k], &ta, &tb) || hline_caps(&H[k]);
        if (!caps)
            ta = 0, tb = H[k].n;
        /* a line of digits has no case: the years a title ends with,
         * wrapped onto their own line ("... NĂM HỌC" / "2025-2026", "...
         * GIAI ĐOẠN" / "2026 - 2030"), go on with it */
        int caseless = got && !has_letter(&H[k]);
        if (caseless)
            caps = prev_caps, ta = 0, tb = H[k].n;
        size_t b0 = H[k].cpos[0];
        int lower = H[k].n && cp_is_lower(seg_utf8_next(H[k].text, strlen(H[k].text), &b0));
        /* a line ending in a word that cannot end a title ("... CỦA",
         * "... VÀ") goes on with the next; the line of the authority that
         * issues ("CHỦ TỊCH ỦY BAN NHÂN DÂN ...", "CỤC TRƯỞNG CỤC ...")
         * ends the title, however wide (Decree 30: it stands under it) */
        int cont = got && (goes_on(&H[k - 1]) || caseless);
        /* the authority line set apart under the title is no wrap of it,
         * whatever the line above ends with (OCR reads a speck as a comma:
         * "... DỊCH VỤ KARAOKE," / "" / "BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU
         * LỊCH") */
        if (cont && l->blank_before && heads_issuer(&H[k], iss))
            break;
        /* a line opening in lower case goes on the title in any case */
        if (got && !cont && !caps && lower_wrap(&H[k]))
            cont = !opens_heading(&H[k]);
        if (got && !cont &&
            ((l->blank_before && !lower && !(caps && prev_caps) &&
              !(!caps && !prev_caps && name_wrap(H, k, L->zone, widest))) ||
             caps != prev_caps || hf_opens_authority(H[k].fold) ||
             opens_heading(&H[k]) || (!caps && !lower && closes_sentence(H, d, k, L->zone)) ||
             (!caps && opens_paragraph(&H[k])) ||
             heads_issuer(&H[k], iss) ||
             (hf_authority_above_basis(H, k, L->zone) && head_as_written(&H[k]) &&
              !(widest >= 40 && H[k].n * 5 >= widest * 4)) ||
             (hf_opens_body(H[k].fold) && head_as_written(&H[k]) && (l->blank_before || names_issuer(&H[k], iss)) &&
              !(widest >= 40 && H[k].n * 5 >= widest * 4)) ||
             (H[k].fold[H[k].n - 1] == ':' && !announces_list(&H[k]))))
            break;
        prev_caps = caps;
        const char *f = H[k].fold;
        if (!strncmp(f, "can cu", 6) || !strncmp(f, "kinh gui", 8) ||
            (!strncmp(f, "dieu ", 5) && isdigit((unsigned char)f[5])))
            break; /* the body begins */
        size_t a = ta;
        if (!got && vv_mark(H[k].fold, H[k].n))
            a = vv_mark(H[k].fold, H[k].n); /* "V/v" (a Công điện's too) is not part of the subject */
        while (a < H[k].n && (H[k].fold[a] == ' ' || H[k].fold[a] == ':'))
            a++;
        char *s = hline_sub(&H[k], a, tb);
        if (s) {
            if (t.len)
                sb_putc(&t, ' ');
            sb_puts(&t, s);
            free(s);
        }
        got++;
        if (H[k].n > widest)
            widest = H[k].n;
    }
    free(iss);
    m->title = sb_take(&t, NULL);
    if (m->title && !*m->title) {
        free(m->title);
        m->title = NULL;
    }
    return k;
}

/* 3. type and title below the number/date; returns the first line after
 * them (and after the number, date and "V/v" lines). */
size_t hf_type_title(seg_doc *d, seg_metadata *m, hline *H, hloc *L)
{
    size_t k0 = (size_t)(L->date_end > L->number_line ? L->date_end : L->number_line) + 1;
    if (L->motto_line >= 0 && (size_t)L->motto_line + 1 > k0)
        k0 = (size_t)L->motto_line + 1;
    size_t end = k0;
    for (size_t k = k0; k < L->zone && k < k0 + 4; k++) {
        if (hf_blank_fold(H[k].fold, H[k].n))
            continue;
        size_t span[2];
        int t = type_span_from_line(H[k].fold, H[k].n, span);
        /* the type is printed in capitals; specks of a rule or a seal at its
         * ends come out of OCR in either case ("s. CÔNG ĐIỆN", "ii \"KẾ
         * HOẠCH. ro"): the type's own words are asked to be capitals */
        if (t >= 0 && (hline_caps(&H[k]) || lower_letters(&H[k]) <= 1 ||
                       hline_caps_at(&H[k], span[0], span[1] - span[0]))) {
            L->type_line = (int)k;
            free(m->doc_type);
            m->doc_type = seg_strdup(doc_types[t].name);
            break;
        }
    }
    /* the type and the title's first words on one line, as a page's text
     * layer or a retyped header joins them ("QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH
     * QUY CHẾ ..."): the type's words are the type line, the rest of the
     * line opens the title; the type in capitals before a title in
     * sentence case too, as web text joins them ("QUYẾT ĐỊNH Về việc phê
     * duyệt ...") */
    int joined = 0;
    for (size_t k = k0; k < L->zone && k < k0 + 4 && L->type_line < 0; k++) {
        if (hf_blank_fold(H[k].fold, H[k].n))
            continue;
        size_t a = 0;
        while (a < H[k].n && H[k].fold[a] == ' ')
            a++;
        size_t best = 0, tl = 0; /* the longest type: "THÔNG TƯ LIÊN TỊCH" */
        for (size_t t = 0; t < sizeof doc_types / sizeof doc_types[0]; t++)
            if (seg_word_at(H[k].fold, H[k].n, a, doc_types[t].fold) && strlen(doc_types[t].fold) > tl) {
                best = t;
                tl = strlen(doc_types[t].fold);
            }
        size_t r = a + tl;
        while (r < H[k].n && H[k].fold[r] == ' ')
            r++;
        size_t rb = r < H[k].n ? H[k].cpos[r] : 0;
        int sentence = tl && r < H[k].n && hline_caps_at(&H[k], a, tl) &&
                       cp_is_upper(seg_utf8_next(H[k].text, strlen(H[k].text), &rb));
        if (!hline_caps(&H[k]) && !sentence)
            continue;
        if (tl && !hf_blank_fold(H[k].fold + a + tl, H[k].n - a - tl)) {
            L->type_line = (int)k;
            joined = 1;
            free(m->doc_type);
            m->doc_type = seg_strdup(doc_types[best].name);
            hline_blank(&H[k], a, a + tl);
        }
        break; /* only the first line of capitals under the date */
    }
    /* the type line above the date, as a page's columns read in another
     * order put it ("Số: 15/QĐ-UBND" / "QUYẾT ĐỊNH" / "Lâm Đồng, ngày ..."
     * / "VỀ VIỆC ..."): the title is still under the date */
    int above = 0;
    for (size_t k = L->number_line >= 0 ? (size_t)L->number_line + 1 : k0; k < k0 && L->type_line < 0; k++) {
        if (hf_blank_fold(H[k].fold, H[k].n) || !hline_caps(&H[k]))
            continue;
        int t = hf_type_from_line(H[k].fold, H[k].n);
        if (t >= 0) {
            L->type_line = (int)k;
            above = 1;
            free(m->doc_type);
            m->doc_type = seg_strdup(doc_types[t].name);
        }
    }
    /* công văn: "V/v ..." under the number */
    for (size_t k = L->number_line >= 0 ? (size_t)L->number_line : 0;
         k < L->zone && k < k0 + 3 && L->type_line < 0; k++)
        if (H[k].n > 4 && (vv_mark(H[k].fold, H[k].n) ||
                           /* "Về hướng dẫn ..." right under the number, no type line */
                           (!strncmp(H[k].fold, "ve ", 3) && L->number_line >= 0 && k == (size_t)L->number_line + 1)))
            L->vv_line = (int)k;
    if (L->type_line >= 0 || L->vv_line >= 0) {
        end = header_title(d, m, H, L, above ? k0 : L->type_line >= 0 ? (size_t)L->type_line + !joined : (size_t)L->vv_line);
        if (L->vv_line >= 0 && L->type_line < 0) {
            /* a công văn has no type line; its notation names the issuer
             * and the drafting unit ("5253/CT-CS": Cục Thuế, not Chỉ thị) */
            free(m->doc_type);
            m->doc_type = seg_strdup("Công văn");
        }
    }
    if (m->doc_type)
        for (size_t i = 0; i < sizeof doc_types / sizeof doc_types[0]; i++)
            if (!strcmp(doc_types[i].name, m->doc_type) && doc_types[i].code)
                m->doc_type_code = seg_strdup(doc_types[i].code);
    if (m->doc_type_code && m->number)
        ocr_type_code(m->number, m->doc_type_code);
    if (L->vv_line >= 0 && (size_t)L->vv_line + 1 > end)
        end = (size_t)L->vv_line + 1;
    if (L->date_end >= 0 && (size_t)L->date_end + 1 > end)
        end = (size_t)L->date_end + 1;
    return end;
}
