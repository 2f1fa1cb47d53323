/*
 * header.c: the Decree 30/2020 parts above the body: issuing body, number
 * and symbol, place and date, type and title (trích yếu). The end block
 * (signer, "Nơi nhận") is footer.c's; the line helpers both use are here
 * (header_internal.h).
 *
 * The top is a two-column block (issuer left; Quốc hiệu and Tiêu ngữ right)
 * that OCR often reads as one line per row. The Quốc hiệu and Tiêu ngữ are
 * found approximately in the folded line and cut out; what is left of them
 * is the left column. Lines used here are taken out of the body.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

#include "common/decree30.h"
#include "repair/utf8.h"
#include "segment/header_internal.h"

int hline_set(hline *h, const char *s, size_t len)
{
    h->text = seg_strndup(s, len);
    h->fold = malloc(len + 1);
    h->cpos = malloc((len + 1) * sizeof *h->cpos);
    if (!h->text || !h->fold || !h->cpos)
        return -1;
    h->n = seg_fold(h->text, len, h->fold, h->cpos);
    return 0;
}

int hline_init(hline *h, const seg_doc *d, const seg_line *l)
{
    return hline_set(h, d->text + l->b0, l->b1 - l->b0);
}

void hline_free(hline *h)
{
    free(h->text);
    free(h->fold);
    free(h->cpos);
}

/* Blank out [a, b) characters of the line (fold and text both). */
void hline_blank(hline *h, size_t a, size_t b)
{
    for (size_t i = a; i < b && i < h->n; i++) {
        h->fold[i] = ' ';
        for (size_t k = h->cpos[i]; k < h->cpos[i + 1]; k++)
            h->text[k] = ' ';
    }
}

char *hline_sub(const hline *h, size_t a, size_t b)
{
    if (b > h->n)
        b = h->n;
    if (a >= b)
        return NULL;
    char *s = seg_clean(h->text + h->cpos[a], h->cpos[b] - h->cpos[a]);
    if (s && !*s) {
        free(s);
        return NULL;
    }
    return s;
}

/* Upper- and lower-case letters in text's bytes [i, end). */
static void count_case(const char *text, size_t i, size_t end, int *up, int *low)
{
    *up = *low = 0;
    while (i < end) {
        uint32_t cp = seg_utf8_next(text, end, &i);
        if (cp_is_upper(cp)) (*up)++;
        else if (cp_is_lower(cp)) (*low)++;
    }
}

int hline_caps(const hline *h)
{
    int up, low;
    count_case(h->text, 0, strlen(h->text), &up, &low);
    return up >= 2 && low * 10 <= up;
}

/* How many lower-case letters h holds. */
static int lower_letters(const hline *h)
{
    size_t i = 0, len = strlen(h->text);
    int low = 0;
    while (i < len)
        low += cp_is_lower(seg_utf8_next(h->text, len, &i));
    return low;
}

/* Are the letters of folded positions [a, a + n) capitals in the text? */
int hline_caps_at(const hline *h, size_t a, size_t n)
{
    size_t len = strlen(h->text);
    for (size_t q = a; q < a + n && q < h->n; q++) {
        size_t bi = h->cpos[q];
        if (cp_is_lower(seg_utf8_next(h->text, len, &bi)))
            return 0;
    }
    return 1;
}

int hf_blank_fold(const char *f, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (isalnum((unsigned char)f[i]))
            return 0;
    return 1;
}

/* Cut the Quốc hiệu and Tiêu ngữ out of a header line; 1 if found. */
static int cut_motto(hline *h)
{
    static const struct { const char *pat; int max; } M[] = {
        {D30_QUOC_HIEU, 7},
        {D30_TIEU_NGU, 6},
        {D30_TIEU_NGU_NODASH, 5},
        {D30_PARTY_MOTTO, 4}, /* a Party committee's documents */
    };
    int found = 0;
    for (size_t k = 0; k < sizeof M / sizeof M[0]; k++) {
        size_t a, b;
        if (seg_fuzzy_find(h->fold, h->n, M[k].pat, M[k].max, &a, &b) >= 0) {
            /* the Quốc hiệu is printed in capitals (Decree 30, Phụ lục I);
             * in small letters it is the state's name a citation gives
             * ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"),
             * a body line, whose "nước Cộng hòa ..." a page may wrap onto
             * a line of its own */
            int up, low;
            count_case(h->text, h->cpos[a], h->cpos[b], &up, &low);
            if (!strcmp(M[k].pat, D30_QUOC_HIEU) && low > up)
                continue;
            /* widen to word edges */
            while (a > 0 && isalnum((unsigned char)h->fold[a - 1]))
                a--;
            while (b < h->n && isalnum((unsigned char)h->fold[b]))
                b++;
            hline_blank(h, a, b);
            found = 1;
        }
    }
    return found;
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
 * When span is not NULL, span[0] and span[1] get the folded positions of
 * the type's own words, [span[0], span[1]). */
static int type_from_line(const char *f, size_t n, size_t *span)
{
    size_t off, len, sp[2];
    if (!span)
        span = sp;
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

static int type_from_code(const char *code)
{
    for (size_t i = 0; i < sizeof doc_types / sizeof doc_types[0]; i++)
        if (doc_types[i].code && !strcmp(doc_types[i].code, code))
            return (int)i;
    return -1;
}

/* Letters OCR reads for digits, folded: 'l' and 'I' for 1, 'O' for 0. */
static int digit_like(char c)
{
    return c == 'l' || c == 'i' || c == 'o';
}

/* Is the blank at b within one or two blanks beside a '-' or '/' that join
 * two parts of a notation ("KH - UBND", "KH -UBND", "2025/ NQ")? */
static int spaced_joint(const char *f, size_t n, size_t b)
{
    size_t l = b, r = b;
    while (l > 0 && f[l - 1] == ' ')
        l--;
    while (r < n && f[r] == ' ')
        r++;
    if (r - l > 2 || l == 0 || r >= n)
        return 0;
    char before = f[l - 1], after = f[r];
    if (before == '-' || before == '/')
        return isalnum((unsigned char)after);
    if (after == '-' || after == '/')
        return isalnum((unsigned char)before) && r + 1 < n && (isalnum((unsigned char)f[r + 1]) || f[r + 1] == ' ');
    return 0;
}

/* "Số: 04/CTr-UBND" or OCR'd "S6:04 /CTr-UBND": returns the end of the
 * number in characters and fills *num (spaces removed). */
static size_t find_number(const hline *h, char **num, size_t *begin)
{
    const char *f = h->fold;
    size_t n = h->n;
    for (size_t i = 0; i < n; i++) {
        if (f[i] != '/')
            continue;
        /* back over digits and spaces */
        size_t a = i;
        while (a > 0 && f[a - 1] == ' ')
            a--;
        size_t dstart = a;
        /* "466-KH/TU": a Party document puts its type between the number
         * and the issuer */
        size_t q = a;
        while (q > 0 && isalpha((unsigned char)f[q - 1]))
            q--;
        if (q < a && q > 1 && f[q - 1] == '-' && isdigit((unsigned char)f[q - 2]))
            dstart = q - 1;
        /* the number's digits, with OCR's look-alikes among them ("l5",
         * "1O2"): read as digits below when the run holds a digit */
        size_t d0 = dstart;
        int real = 0;
        while (d0 > 0 && (isdigit((unsigned char)f[d0 - 1]) || digit_like(f[d0 - 1])))
            real += isdigit((unsigned char)f[--d0]) != 0;
        if (real && (d0 == 0 || !isalpha((unsigned char)f[d0 - 1])))
            dstart = d0;
        while (dstart > 0 && isdigit((unsigned char)f[dstart - 1]))
            dstart--;
        /* forward: the notation, letters digits & - */
        size_t b = i + 1;
        while (b < n && f[b] == ' ')
            b++;
        size_t ns = b;
        int letters = 0;
        while (b < n && (isalnum((unsigned char)f[b]) || f[b] == '-' || f[b] == '&' || f[b] == '/' ||
                         /* "11554/VPCP-V.I": a unit's roman numeral */
                         (f[b] == '.' && b + 1 < n && isalnum((unsigned char)f[b + 1])) ||
                         /* OCR's blanks around the notation's dash or slash
                          * ("153/KH - UBND"), one or two */
                         (f[b] == ' ' && spaced_joint(f, n, b)))) {
            if (isalpha((unsigned char)f[b])) letters++;
            b++;
        }
        if (letters < 2 || b == ns)
            continue;
        /* "21/2026/TT-BCT": legal documents put the year in the number
         * (notes §4); the notation proper follows it */
        size_t ls = ns;
        if (ls + 5 < b && isdigit((unsigned char)f[ls]) && (isdigit((unsigned char)f[ls + 3]) || digit_like(f[ls + 3])) &&
            f[ls + 4] == '/')
            ls += 5;
        /* upper case in the original notation (not a date like 15/7/2021) */
        uint32_t cp;
        size_t bi = h->cpos[ls];
        cp = seg_utf8_next(h->text, strlen(h->text), &bi);
        if (!cp_is_upper(cp))
            continue;
        /* "Số:" before it, or a dash in the notation */
        size_t s = dstart;
        while (s > 0 && (h->fold[s - 1] == ' ' || h->fold[s - 1] == ':'))
            s--;
        size_t w = s;
        while (w > 0 && isalnum((unsigned char)h->fold[w - 1]))
            w--;
        /* "Số:" opening the row (or with its colon): "Nghị quyết số 76/NQ-CP"
         * in a sentence is a citation, not this document's number */
        size_t lead = 0;
        while (lead < n && f[lead] == ' ')
            lead++;
        int colon = 0;
        for (size_t q = s; q < dstart; q++)
            if (f[q] == ':')
                colon = 1;
        /* "Số" read by OCR as "S6", "So", or "56" (digits that look like letters) */
        char tok[4] = {0};
        int so_like = 0;
        if (s > w && s - w <= 3) {
            for (size_t q = 0; q < s - w; q++) {
                char ch = f[w + q];
                tok[q] = ch == '5' || ch == '$' ? 's' : ch == '0' || ch == '6' ? 'o' : ch;
            }
            so_like = tok[0] == 's' && seg_edit_distance(tok, s - w, "so", 2, 1) <= 1;
        }
        int has_so = so_like && (w == lead || colon) && (f[w] == 's' || colon);
        if (!has_so)
            continue; /* "76/NQ-CP" in a sentence is a citation, not this document's number */
        sbuf o = {0};
        size_t year_end = ls > ns ? ls - 1 : ns; /* "2O25/" of "15/2O25/NQ-HĐND" */
        for (size_t k = dstart; k < b; k++) {
            if (f[k] == ' ')
                continue;
            if (digit_like(f[k]) && (k < i || (k >= ns && k < year_end)))
                sb_putc(&o, f[k] == 'o' ? '0' : '1');
            else
                sb_add(&o, h->text + h->cpos[k], h->cpos[k + 1] - h->cpos[k]);
        }
        *num = sb_take(&o, NULL);
        *begin = has_so ? w : dstart;
        return b;
    }
    return 0;
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

static int tok_is(const char *f, size_t a, size_t b, const char *w, int maxd)
{
    return seg_edit_distance(f + a, b - a, w, strlen(w), maxd) <= maxd;
}

/* "<place>, ngày 30 tháng 3 năm 2021"; returns 1 and fills date parts. */
static int find_date(const hline *h, size_t from, int *y, int *m, int *dd, size_t *dstart)
{
    const char *f = h->fold;
    size_t n = h->n;
    /* tokens */
    size_t ta[32], tb[32];
    int nt = 0;
    for (size_t i = from; i < n && nt < 32;) {
        while (i < n && !isalnum((unsigned char)f[i]))
            i++;
        if (i >= n)
            break;
        size_t s = i;
        /* a word of letters ends at a digit: OCR's "nam2025" (the space
         * lost) is "nam" "2025"; "l8" (a look-alike) stays one number */
        while (i < n && isalnum((unsigned char)f[i]) &&
               !(i >= s + 3 && isdigit((unsigned char)f[i]) && isalpha((unsigned char)f[i - 1]) &&
                 isalpha((unsigned char)f[i - 2]) && isalpha((unsigned char)f[i - 3])) &&
               /* and a number at a word: "28thang" is "28" "thang" */
               !(i > s && isdigit((unsigned char)f[i - 1]) && i + 2 < n && isalpha((unsigned char)f[i]) &&
                 isalpha((unsigned char)f[i + 1]) && isalpha((unsigned char)f[i + 2])))
            i++;
        ta[nt] = s;
        tb[nt++] = i;
    }
    for (int t = 0; t + 5 < nt; t++) {
        if (!tok_is(f, ta[t], tb[t], "ngay", 1))
            continue;
        int v[3], ok = 1, j = t + 1;
        const char *w[2] = {"thang", "nam"};
        static const size_t width[3] = {2, 2, 4};
        for (int k = 0; k < 3 && ok; k++) {
            /* the number, also as OCR spaced its digits ("2 8", "20 25"):
             * number tokens joined up to the field's width */
            size_t digits = 0;
            v[k] = 0;
            int parts = 0;
            while (j < nt && digits < width[k]) {
                size_t a = ta[j], b = tb[j];
                int num = b - a <= width[k] - digits;
                for (size_t q = a; q < b && num; q++)
                    num = isdigit((unsigned char)f[q]) || f[q] == 'o' || f[q] == 'l' || f[q] == 'i';
                if (!num)
                    break;
                for (size_t q = a; q < b; q++) {
                    char c = f[q];
                    if (c == 'o') c = '0'; /* OCR look-alikes inside numbers */
                    if (c == 'l' || c == 'i') c = '1';
                    v[k] = v[k] * 10 + (c - '0');
                }
                digits += b - a;
                parts++;
                j++;
            }
            if (!parts)
                ok = 0;
            else if (k < 2 && (j >= nt || !tok_is(f, ta[j], tb[j], w[k], 1)))
                ok = 0;
            else if (k < 2)
                j++;
        }
        if (ok && v[0] >= 1 && v[0] <= 31 && v[1] >= 1 && v[1] <= 12 && v[2] >= 1945 && v[2] <= 2100) {
            *dd = v[0];
            *m = v[1];
            *y = v[2];
            *dstart = ta[t];
            return 1;
        }
    }
    return 0;
}

/* Title case for place names written in capitals: "HẬU GIANG" -> "Hậu Giang". */
static char *title_case(const char *s)
{
    sbuf b = {0};
    size_t len = strlen(s), i = 0;
    int start = 1;
    while (i < len) {
        size_t j = i;
        uint32_t cp = seg_utf8_next(s, len, &j);
        uint32_t out = start ? cp : cp_to_lower(cp);
        unsigned char enc[4];
        sb_add(&b, enc, vnfix_utf8_put(out, enc));
        start = cp == ' ' || cp == '-';
        i = j;
    }
    return sb_take(&b, NULL);
}

static const char *province_display(const char *canon)
{
    static const char T[] = "tỉnh ", TP[] = "thành phố ", TP2[] = "Thành phố ";
    if (!strncmp(canon, T, sizeof T - 1))
        return canon + sizeof T - 1;
    if (!strncmp(canon, TP, sizeof TP - 1) || !strncmp(canon, TP2, sizeof TP2 - 1))
        return canon + sizeof TP - 1;
    return canon;
}

/* A province named in folded text f (exact first, then within one edit). */
static const seg_gaz_entry *find_province(const seg_gaz *g, const char *f, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        size_t ml;
        const seg_gaz_entry *e = seg_gaz_match(g, f, n, i, &ml);
        if (e && !strcmp(e->kind, "province"))
            return e;
    }
    /* OCR: try each word pair against the province forms */
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && isalnum((unsigned char)f[i - 1]))
            continue;
        if (!isalpha((unsigned char)f[i]))
            continue;
        size_t ml = 0;
        const seg_gaz_entry *e = seg_gaz_fuzzy(g, f + i, n - i, &ml);
        if (e && !strcmp(e->kind, "province"))
            return e;
    }
    return NULL;
}

int hf_add_recipient(seg_metadata *m, char *s)
{
    if (!s)
        return 0;
    char **q = realloc(m->recipients, (m->n_recipients + 1) * sizeof *q);
    if (!q) {
        free(s);
        return -1;
    }
    m->recipients = q;
    m->recipients[m->n_recipients++] = s;
    return 0;
}

/* The rest of a list item a PDF layer wrapped onto line k ("- Bộ trưởng
 * Bộ Tài chính - Phó Trưởng ban Thường trực" / "Ban Chỉ đạo 389 quốc
 * gia;"): the line above left the item open (no ';' or '.'), and this one
 * closes it or a new item follows; a body's first sentence does neither. */
static int wrapped_item(const hline *H, size_t k, size_t zone)
{
    const hline *prev = &H[k - 1], *l = &H[k];
    if (!prev->n || strchr(";.:", prev->fold[prev->n - 1]) || !l->n)
        return 0;
    return strchr(";.,", l->fold[l->n - 1]) || (k + 1 < zone && H[k + 1].n && strchr("-+", H[k + 1].fold[0]));
}

/* The wrapped rest of the last recipient, joined to it with a space. */
static int join_recipient(seg_metadata *m, char *s)
{
    if (!s)
        return 0;
    char **last = &m->recipients[m->n_recipients - 1];
    size_t a = strlen(*last), b = strlen(s);
    char *j = realloc(*last, a + b + 2);
    if (!j) {
        free(s);
        return -1;
    }
    j[a] = ' ';
    memcpy(j + a + 1, s, b + 1);
    *last = j;
    free(s);
    return 0;
}

/* Strip "- " and the closing ";" or "." of a list line, and any signature
 * text that OCR put on the same row (a run of capitals at the end). */
char *hf_recipient_text(hline *h, size_t a)
{
    while (a < h->n && (h->fold[a] == '-' || h->fold[a] == ' ' || h->fold[a] == '+' || h->fold[a] == '*'))
        a++;
    size_t b = h->n;
    /* a trailing run of >= 2 upper-case words (TM. UBND / CHỦ TỊCH) */
    size_t i = h->n, caps_start = h->n;
    int words = 0;
    while (i > a) {
        size_t e = i;
        while (e > a && h->fold[e - 1] == ' ')
            e--;
        size_t s = e;
        while (s > a && h->fold[s - 1] != ' ')
            s--;
        if (s == e)
            break;
        int up = 0, low = 0;
        for (size_t k = s; k < e; k++) {
            size_t bi = h->cpos[k];
            uint32_t cp = seg_utf8_next(h->text, strlen(h->text), &bi);
            if (cp_is_upper(cp)) up++;
            else if (cp_is_lower(cp)) low++;
        }
        if (low || up < 2 || strchr(";,", h->fold[e - 1]))
            break;
        words++;
        caps_start = s;
        i = s;
    }
    if (words >= 2 && caps_start > a + 3)
        b = caps_start;
    while (b > a && strchr(" ;.,", h->fold[b - 1]))
        b--;
    return hline_sub(h, a, b);
}

/* A gazetteer name ending in the level it serves ("Công an tỉnh", "Ủy ban
 * Mặt trận Tổ quốc Việt Nam tỉnh"): one body per province, named with it;
 * the length of the name before the level word, else 0. */
static size_t level_named(const char *canon)
{
    size_t n = strlen(canon);
    static const char T[] = " tỉnh", TP[] = " thành phố";
    if (n > sizeof T - 1 && !strcmp(canon + n - (sizeof T - 1), T))
        return n - (sizeof T - 1);
    if (n > sizeof TP - 1 && !strcmp(canon + n - (sizeof TP - 1), TP))
        return n - (sizeof TP - 1);
    return 0;
}

/* The issuer from the capitals of its column (one body): "UBND tỉnh X",
 * "HĐND tỉnh X", "Chủ tịch UBND tỉnh X", a department under a UBND, or a
 * central body of the gazetteer; else the line in title case. */
static void issuer_from(seg_metadata *m, const seg_gaz *g, const char *issuer_raw)
{
    if (issuer_raw && *issuer_raw) {
        char *f = seg_fold_str(issuer_raw);
        if (f) {
            size_t n = strlen(f), i = 0;
            while (i < n && !isalnum((unsigned char)f[i]))
                i++;
            const seg_gaz_entry *pe = find_province(g, f, n);
            /* the local bodies Vietnamese abbreviates: UBND, HĐND, and the
             * Chủ tịch UBND who signs decisions in his own name */
            static const struct { const char *fold, *abbr, *full; } LOCAL[] = {
                {"uy ban nhan dan", "UBND", "Ủy ban nhân dân"}, {"ubnd", "UBND", "Ủy ban nhân dân"},
                {"hoi dong nhan dan", "HĐND", "Hội đồng nhân dân"}, {"hdnd", "HĐND", "Hội đồng nhân dân"},
                {"chu tich uy ban nhan dan", "Chủ tịch UBND", "Chủ tịch Ủy ban nhân dân"},
                {"chu tich ubnd", "Chủ tịch UBND", "Chủ tịch Ủy ban nhân dân"}};
            int lk = -1;
            for (int q = 0; q < (int)(sizeof LOCAL / sizeof LOCAL[0]); q++)
                if (!strncmp(f + i, LOCAL[q].fold, strlen(LOCAL[q].fold)))
                    lk = q;
            /* a commune's or ward's UBND or HĐND ("ỦY BAN NHÂN DÂN" / "XÃ
             * ĐỨC TRỌNG"): the level and name as printed, in its case */
            if (lk >= 0 && lk < 4) {
                size_t r = skip_sp(f, n, i + strlen(LOCAL[lk].fold));
                static const char *const levels[] = {"xa", "phuong", "dac khu", "thi tran", NULL};
                int lv = -1;
                for (int q = 0; levels[q] && lv < 0; q++)
                    if (seg_word_at(f, n, r, levels[q]))
                        lv = q;
                if (lv >= 0) {
                    size_t b = 0, len = strlen(issuer_raw);
                    for (size_t c = 0; c < r && b < len; c++)
                        seg_utf8_next(issuer_raw, len, &b);
                    char *place = title_case(issuer_raw + b);
                    if (place) {
                        /* the level word in lower case, "xã Đức Trọng" */
                        size_t lb = 0, ll = strlen(levels[lv]), pl = strlen(place);
                        for (size_t c = 0; c < ll && lb < pl; c++) {
                            size_t at = lb;
                            uint32_t cp = seg_utf8_next(place, pl, &lb);
                            unsigned char enc[4];
                            size_t k = vnfix_utf8_put(cp_to_lower(cp), enc);
                            if (k == lb - at)
                                memcpy(place + at, enc, k);
                        }
                        sbuf a = {0}, fb = {0};
                        sb_puts(&a, LOCAL[lk].abbr);
                        sb_putc(&a, ' ');
                        sb_puts(&a, place);
                        sb_puts(&fb, LOCAL[lk].full);
                        sb_putc(&fb, ' ');
                        sb_puts(&fb, place);
                        free(place);
                        m->issuer = sb_take(&a, NULL);
                        m->issuer_full = sb_take(&fb, NULL);
                        free(f);
                        return;
                    }
                }
            }
            int ubnd = lk >= 0;
            if (!ubnd && m->number) {
                const char *tail = strrchr(m->number, '-');
                if (tail && !strcmp(tail, "-UBND"))
                    ubnd = 1; /* the ký hiệu names the issuer when OCR lost the line */
            }
            if (ubnd && pe) {
                const char *disp = province_display(pe->canonical);
                int city = strncmp(pe->canonical, "tỉnh ", sizeof "tỉnh " - 1) != 0;
                sbuf a = {0}, b = {0};
                sb_puts(&a, lk >= 0 ? LOCAL[lk].abbr : "UBND");
                sb_puts(&a, city ? " thành phố " : " tỉnh ");
                sb_puts(&a, disp);
                sb_puts(&b, lk >= 0 ? LOCAL[lk].full : "Ủy ban nhân dân");
                sb_puts(&b, city ? " thành phố " : " tỉnh ");
                sb_puts(&b, disp);
                m->issuer = sb_take(&a, NULL);
                m->issuer_full = sb_take(&b, NULL);
                /* a department under the UBND (cơ quan chủ quản above it):
                 * "UBND TỈNH HẬU GIANG / SỞ NỘI VỤ" */
                for (size_t k = i; k < n; k++) {
                    size_t ml;
                    const seg_gaz_entry *e = seg_gaz_match(g, f, n, k, &ml);
                    /* the UBND or HĐND itself is no department under it, nor
                     * is the head the header names before it ("CHỦ TỊCH ỦY
                     * BAN NHÂN DÂN" / "TỈNH GIA LAI": the body at the line's
                     * start is the issuer, whatever the gazetteer calls it) */
                    if (!e || !strcmp(e->kind, "province") || !strncmp(e->id, "ubnd", 4) ||
                        !strncmp(e->id, "hdnd", 4) || (lk >= 0 && k == i)) {
                        if (e)
                            k += ml - 1;
                        continue;
                    }
                    if (strcmp(e->kind, "provincial"))
                        continue;
                    sbuf c = {0};
                    /* "Ban Quản lý các khu công nghiệp tỉnh" names its level:
                     * the province's own word takes its place */
                    size_t keep = level_named(e->canonical);
                    char *base = keep ? seg_strndup(e->canonical, keep) : seg_strdup(e->canonical);
                    sb_puts(&c, base ? base : "");
                    sb_puts(&c, city ? " thành phố " : " tỉnh ");
                    sb_puts(&c, disp);
                    m->parent_body = m->issuer;
                    free(m->issuer_full);
                    m->issuer_full = sb_take(&c, NULL);
                    /* the issuer is the unit as its line prints it (ANNOTATING.md:
                     * "the lower line as printed"), "Sở Tư pháp" under "UBND TỈNH
                     * HÀ TĨNH", the province only when the line prints it ("CÔNG
                     * AN TỈNH LÂM ĐỒNG"); the full name carries the province. A
                     * page that wraps the unit's line ("SỞ VĂN HÓA, THỂ THAO VÀ
                     * DU" / "LỊCH") names the same issuer as one that does not. */
                    int placed = !hf_blank_fold(f + k + ml, n - k - ml);
                    m->issuer = placed || !base ? seg_strdup(m->issuer_full) : base;
                    if (m->issuer != base)
                        free(base);
                    break;
                }
            } else {
                /* a central body: the gazetteer's name, the longest match */
                size_t best = 0;
                const seg_gaz_entry *be = NULL;
                for (size_t k = i; k < n; k++) {
                    size_t ml;
                    const seg_gaz_entry *e = seg_gaz_match(g, f, n, k, &ml);
                    if (e && ml > best && strcmp(e->kind, "province")) {
                        best = ml;
                        be = e;
                    }
                }
                if (be && pe && level_named(be->canonical)) {
                    /* a body the gazetteer names by its level, "Ủy ban Mặt
                     * trận Tổ quốc Việt Nam tỉnh", takes the province its
                     * header prints ("... / TỈNH LÂM ĐỒNG") */
                    sbuf c = {0};
                    int city = strncmp(pe->canonical, "tỉnh ", sizeof "tỉnh " - 1) != 0;
                    char *base = seg_strndup(be->canonical, level_named(be->canonical));
                    sb_puts(&c, base ? base : "");
                    free(base);
                    sb_puts(&c, city ? " thành phố " : " tỉnh ");
                    sb_puts(&c, province_display(pe->canonical));
                    m->issuer = sb_take(&c, NULL);
                    m->issuer_full = seg_strdup(m->issuer);
                } else if (be) {
                    m->issuer = seg_strdup(be->canonical);
                    m->issuer_full = seg_strdup(be->canonical);
                } else {
                    m->issuer = title_case(issuer_raw);
                    m->issuer_full = seg_strdup(m->issuer);
                }
            }
            if (pe) {
                m->province = seg_strdup(pe->canonical);
                m->province_successor = seg_strdup(pe->successor);
            }
            free(f);
        }
    }
}

/* Does a line of the issuer's column open a body (a head noun: "BỘ", "CỤC",
 * "SỞ", "ỦY BAN NHÂN DÂN", ...)? Other lines go on with the body above:
 * "TỈNH VĨNH LONG", "MÔI TRƯỜNG" under "BỘ NÔNG NGHIỆP VÀ". */
int hf_opens_body(const char *f)
{
    static const char *const heads[] = {
        "bo ", "so ", "cuc ", "chi cuc ", "tong cuc ", "vu ", "ban ", "uy ban ", "ubnd ", "hdnd ",
        "hoi dong ", "van phong ", "thue ", "vien ", "truong ", "benh vien ", "trung tam ", "kho bac ",
        "ngan hang ", "cong an ", "dang uy ", "tinh uy ", "thanh uy ", "mat tran ", "chu tich ",
        "thu tuong ", "chinh phu", "quoc hoi", "toa an ", "kiem toan ", "thanh tra ", "phong ",
        "chi nhanh ", "dai ", "bao ", "cong ty ", "tong cong ty ", "doan ", "hoi ", "lien doan ",
        "lien hiep ", NULL};
    while (*f == ' ')
        f++;
    for (int k = 0; heads[k]; k++) {
        size_t l = strlen(heads[k]);
        /* "TỈNH ỦY" alone on its line opens a body too */
        if (!strncmp(f, heads[k], l) || (heads[k][l - 1] == ' ' && !strncmp(f, heads[k], l - 1) && !f[l - 1]))
            return 1;
    }
    return 0;
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

/* The issuer's column, its lines separated by '\n': the bodies in it (a
 * new one at each head noun). The last is the issuer, the ones above it
 * the cơ quan chủ quản ("BỘ TÀI CHÍNH / CỤC THUẾ" is Cục Thuế, under Bộ Tài
 * chính). A department the gazetteer knows under a UBND keeps the UBND's
 * province ("Sở Nội vụ tỉnh Hậu Giang"). */
/* Do the column's lines from a (a body's first) through the one from b
 * make one name the gazetteer knows whole? "ỦY BAN THƯỜNG VỤ" / "QUỐC HỘI",
 * "VĂN PHÒNG" / "CHÍNH PHỦ" are one body each, though the line under
 * opens with a body's word. */
static int one_known_name(const seg_gaz *g, const char *a, const char *b)
{
    const char *e = strchr(b, '\n');
    char *two = seg_strndup(a, e ? (size_t)(e - a) : strlen(a));
    if (!two)
        return 0;
    for (char *q = two; *q; q++)
        if (*q == '\n')
            *q = ' ';
    char *f = seg_fold_str(two);
    free(two);
    size_t n = f ? strlen(f) : 0, ml = 0;
    while (n && !isalnum((unsigned char)f[n - 1]))
        n--;
    int whole = f && seg_gaz_match(g, f, n, 0, &ml) && ml >= n;
    free(f);
    return whole;
}

static void issuer_read(seg_metadata *m, const seg_gaz *g, char *raw)
{
    if (!raw || !*raw)
        return;
    char *last = raw;   /* start of the last body */
    for (char *q = strchr(raw, '\n'); q; q = strchr(q + 1, '\n')) {
        char *f = seg_fold_str(q + 1);
        if (f && hf_opens_body(f) && !one_known_name(g, last, q + 1))
            last = q + 1;
        free(f);
    }
    /* the lines of one body join with a blank ("BỘ NÔNG NGHIỆP VÀ" /
     * "MÔI TRƯỜNG" is one name, also when it is the only body) */
    for (char *q = raw; *q; q++)
        if (*q == '\n' && (last == raw || q != last - 1))
            *q = ' '; /* the lower body's own lines too: "SỞ NÔNG NGHIỆP VÀ" / "MÔI TRƯỜNG" */
    if (last == raw) {
        issuer_from(m, g, raw);
        return;
    }
    last[-1] = 0;
    char *whole = NULL;
    sbuf w = {0};
    sb_puts(&w, raw);
    sb_putc(&w, ' ');
    sb_puts(&w, last);
    whole = sb_take(&w, NULL);
    issuer_from(m, g, whole);
    free(whole);
    if (m->parent_body)
        return; /* a known department under its UBND */
    /* the parent as read from the lines above; the issuer is the last body */
    seg_metadata up;
    memset(&up, 0, sizeof up);
    up.number = m->number;
    issuer_from(&up, g, raw);
    free(up.issuer_full);
    free(up.parent_body);
    free(up.province);
    free(up.province_successor);
    free(m->issuer);
    free(m->issuer_full);
    m->parent_body = up.issuer;
    char *lf = seg_fold_str(last);
    size_t ml = 0, ln = lf ? strlen(lf) : 0;
    const seg_gaz_entry *e = lf ? seg_gaz_match(g, lf, ln, 0, &ml) : NULL;
    m->issuer = e && ml == ln ? seg_strdup(e->canonical) : title_case(last);
    /* "Thuế Tỉnh Vĩnh Long": the unit before a place name is lower case */
    for (char *q = m->issuer ? strstr(m->issuer, " Tỉnh ") : NULL; q; q = strstr(q + 1, " Tỉnh "))
        memcpy(q + 1, "t", 1);
    for (char *q = m->issuer ? strstr(m->issuer, " Thành Phố ") : NULL; q; q = strstr(q + 1, " Thành Phố "))
        memcpy(q + 1, "thành phố", strlen("thành phố"));
    /* a Party committee under its Đảng bộ: "Tỉnh ủy Đồng Nai" */
    const seg_gaz_entry *pe = NULL;
    char *rf = seg_fold_str(raw);
    if (rf && lf && (!strcmp(lf, "tinh uy") || !strcmp(lf, "thanh uy")))
        pe = find_province(g, rf, strlen(rf));
    if (pe) {
        sbuf b = {0};
        sb_puts(&b, m->issuer);
        sb_putc(&b, ' ');
        sb_puts(&b, province_display(pe->canonical));
        free(m->issuer);
        m->issuer = sb_take(&b, NULL);
        free(m->province);
        free(m->province_successor);
        m->province = seg_strdup(pe->canonical);
        m->province_successor = seg_strdup(pe->successor);
    }
    free(rf);
    m->issuer_full = seg_strdup(m->issuer);
    free(lf);
}

/* The place before ", ngày ...", spelt as the gazetteer does when the
 * whole place is within a few edits of a province's name. */
static char *place_from(const seg_gaz *g, const hline *h, size_t a, size_t b)
{
    char *pl = hline_sub(h, a, b);
    if (!pl)
        return NULL;
    char *pf = seg_fold_str(pl);
    const seg_gaz_entry *pe = pf ? find_province(g, pf, strlen(pf)) : NULL;
    size_t plen = pf ? strlen(pf) : 0;
    if (pe) {
        const char *disp = province_display(pe->canonical);
        char *df = seg_fold_str(disp);
        if (df && seg_edit_distance(pf, plen, df, strlen(df), (int)strlen(df) / 6) <= (int)strlen(df) / 6) {
            free(pl);
            pl = seg_strdup(disp);
        }
        free(df);
    }
    free(pf);
    return pl;
}

/* Header cells a PDF's text layer split across lines: "Số:173" and, a few
 * lines below, "/KH-UBND"; "ngày 28" / "tháng 4" / "năm 2026" with blank
 * lines between. Read as if each were on one line; the lines used are
 * blanked like the one-line forms. */
static void split_number(hline *H, size_t limit, int *number_line, char **number)
{
    for (size_t k = 0; k < limit && *number_line < 0; k++) {
        const char *f = H[k].fold;
        size_t i = 0;
        while (i < H[k].n && f[i] == ' ')
            i++;
        /* a law labels its number with its type: "Luật số:" */
        if (!strncmp(f + i, "luat so", 7))
            i += 5;
        if (strncmp(f + i, "so", 2) || strchr(f, '/'))
            continue;
        /* "Số:" alone: the whole "715/QĐ-UBND" is the next line's */
        size_t e = i + 2;
        while (e < H[k].n && (f[e] == ' ' || f[e] == ':'))
            e++;
        int bare = e == H[k].n && memchr(f + i, ':', e - i);
        for (size_t j = k + 1; j < limit && j < k + 7; j++) {
            size_t q = 0;
            while (q < H[j].n && H[j].fold[q] == ' ')
                q++;
            if (bare && q < H[j].n && isdigit((unsigned char)H[j].fold[q])) {
                /* read below as "Số:715/QĐ-UBND" */
            } else if (bare && q >= H[j].n) {
                continue;
            } else if (q >= H[j].n || H[j].fold[q] != '/') {
                if (bare)
                    break;
                continue;
            }
            sbuf b = {0};
            sb_puts(&b, H[k].text);
            sb_puts(&b, H[j].text + H[j].cpos[q]);
            char *t = sb_take(&b, NULL);
            hline J = {0};
            size_t nb;
            if (t && hline_set(&J, t, strlen(t)) == 0 && find_number(&J, number, &nb)) {
                *number_line = (int)k;
                hline_blank(&H[k], 0, H[k].n);
                hline_blank(&H[j], 0, H[j].n);
            }
            hline_free(&J);
            free(t);
            break;
        }
    }
}

/* The number cell whose "Số:" OCR misread past knowing ("0 o:", a rule's
 * speck beside it) or lost: Decree 30 sets the number alone in its cell,
 * so a line holding nothing but a notation with its dash ("20574/QĐ-CT",
 * "12/2026/TT-BYT"), before any "Căn cứ" line, is the number, read as if
 * "Số:" opened it. A citation runs on in a sentence (the line above ends
 * in "số", or words follow the notation), so it never stands so. */
static void label_lost_number(hline *H, size_t limit, int *number_line, char **number)
{
    for (size_t k = 0; k < limit && *number_line < 0; k++) {
        const char *f = H[k].fold;
        if (!strncmp(f, "can cu", 6))
            return;
        size_t a = 0, e = H[k].n;
        while (a < e && f[a] == ' ')
            a++;
        while (e > a && f[e - 1] == ' ')
            e--;
        if (a == e || !isdigit((unsigned char)f[a]) || !memchr(f + a, '/', e - a) || !memchr(f + a, '-', e - a))
            continue;
        size_t p = k;
        while (p > 0 && hf_blank_fold(H[p - 1].fold, H[p - 1].n))
            p--;
        if (p > 0) {
            const char *g = H[p - 1].fold;
            size_t n = H[p - 1].n;
            while (n && !isalnum((unsigned char)g[n - 1]))
                n--;
            if (n >= 2 && !strncmp(g + n - 2, "so", 2) && (n == 2 || g[n - 3] == ' '))
                continue;
        }
        sbuf b = {0};
        sb_puts(&b, "Số: ");
        sb_puts(&b, H[k].text + H[k].cpos[a]);
        char *t = sb_take(&b, NULL);
        hline J = {0};
        size_t nb, ne;
        char *num = NULL;
        if (t && hline_set(&J, t, strlen(t)) == 0 && (ne = find_number(&J, &num, &nb)) != 0 &&
            hf_blank_fold(J.fold + ne, J.n - ne)) {
            *number_line = (int)k;
            *number = num;
            num = NULL;
            hline_blank(&H[k], 0, H[k].n);
        }
        free(num);
        hline_free(&J);
        free(t);
    }
}

/* pdftotext -layout puts the left column's cell on the place's row ("V/v
 * đẩy nhanh ...      Hà Nội, ngày 20 ...", "Số: 174/KH-UBND      Thành phố
 * Hồ Chí Minh, ngày 18"): the place begins after the last run of blanks
 * between the columns in [a, b). */
static size_t right_column(const hline *h, size_t a, size_t b)
{
    size_t from = a;
    for (size_t q = a + 1; q + 3 < b; q++)
        if (h->fold[q] == ' ' && h->fold[q + 1] == ' ' && h->fold[q + 2] == ' ' && h->fold[q + 3] != ' ')
            from = q + 3;
    return from;
}

/* Line k opens the place-and-date unit and the page broke it: "<place>,
 * ngày 18 tháng 11" (or a bare "ngày 28") with nothing after the date's
 * first words and nothing but the place before them. */
static int opens_split_date(const hline *h, size_t *a)
{
    size_t b;
    if (!strncmp(h->fold, "can cu", 6) || seg_fuzzy_find(h->fold, h->n, "ngay", 0, a, &b) < 0)
        return 0;
    size_t e = *a;
    while (e > 0 && h->fold[e - 1] == ' ')
        e--;
    if (e > 0 && h->fold[e - 1] != ',')
        return 0;
    for (size_t q = b; q < h->n;) {
        while (q < h->n && h->fold[q] == ' ')
            q++;
        size_t w = q;
        while (q < h->n && h->fold[q] != ' ')
            q++;
        int num = q > w && q - w <= 4; /* a number, also OCR's "l8", "lI" */
        for (size_t c = w; c < q && num; c++)
            num = isdigit((unsigned char)h->fold[c]) || digit_like(h->fold[c]);
        if (q > w && !num && !isdigit((unsigned char)h->fold[w]) && !tok_is(h->fold, w, q, "thang", 1) &&
            !tok_is(h->fold, w, q, "nam", 1))
            return 0;
    }
    return 1;
}

/* The place a page or OCR put on its own line above the date ("Hà Nội," /
 * "ngày 28 tháng 4 năm 2026"): the line above ends in the place's comma
 * (after the number's cell on a -layout row). Blanked when read. */
static char *place_above(const seg_gaz *g, hline *H, size_t k, int number_line, size_t number_end)
{
    size_t p = k;
    while (p > 0 && k - p < 3) {
        p--;
        if (!hf_blank_fold(H[p].fold, H[p].n))
            break;
    }
    if (p == k || hf_blank_fold(H[p].fold, H[p].n))
        return NULL;
    size_t e = H[p].n;
    while (e > 0 && H[p].fold[e - 1] == ' ')
        e--;
    if (!e || H[p].fold[e - 1] != ',')
        return NULL;
    e--;
    size_t a = (int)p == number_line ? number_end : 0;
    if (a >= e)
        return NULL;
    a = right_column(&H[p], a, e);
    while (a < e && H[p].fold[a] == ' ')
        a++;
    /* a place is a few words: not a sentence's clause */
    int words = 0;
    for (size_t q = a; q < e; q++)
        if (H[p].fold[q] != ' ' && (q == a || H[p].fold[q - 1] == ' '))
            words++;
    if (!words || words > 6)
        return NULL;
    char *pl = place_from(g, &H[p], a, e);
    if (pl)
        hline_blank(&H[p], a, H[p].n);
    return pl;
}

/* The place's name broken by a cell ("Bình" / "Định, ngày 10 ..."): the
 * date's row opens with the name's tail, and the line above is one or two
 * capitalised words without a comma. Joined when the whole names a
 * province and the tail alone does not (a line above that is not the
 * place's is left alone). */
static void place_broken(const seg_gaz *g, hline *H, size_t k, size_t b, char **place)
{
    if (k == 0)
        return;
    hline *u = &H[k - 1];
    size_t a = 0, e = u->n;
    hf_trim_fold(u->fold, &a, &e);
    int words = 0;
    for (size_t q = a; q < e; q++) {
        if (!isalpha((unsigned char)u->fold[q]) && u->fold[q] != ' ')
            return;
        words += q == a || u->fold[q - 1] == ' ';
    }
    if (!words || words > 2 || !hline_caps_at(u, a, 1))
        return;
    char *tf = seg_fold_str(*place);
    int alone = tf && find_province(g, tf, strlen(tf)) != NULL;
    free(tf);
    if (alone)
        return;
    sbuf j = {0};
    char *up = hline_sub(u, a, e), *tail = hline_sub(&H[k], 0, b);
    if (up && tail) {
        sb_puts(&j, up);
        sb_putc(&j, ' ');
        sb_puts(&j, tail);
    }
    free(up);
    free(tail);
    char *whole = sb_take(&j, NULL);
    hline J = {0};
    if (whole && hline_set(&J, whole, strlen(whole)) == 0 && find_province(g, J.fold, J.n)) {
        char *pl = place_from(g, &J, 0, J.n);
        if (pl) {
            free(*place);
            *place = pl;
            hline_blank(u, 0, u->n);
        }
    }
    hline_free(&J);
    free(whole);
}

/* The document's date, as the segmenter's context keeps it (year, month,
 * day for deadlines) and as metadata writes it (ISO). */
static void set_date(seg_doc *d, seg_metadata *m, int y, int mo, int dd)
{
    char buf[16];
    d->year = y;
    d->month = mo;
    d->day = dd;
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, dd);
    m->date = seg_strdup(buf);
}

/* The place-and-date line is one unit however a page broke it: line k
 * joined with up to four non-blank lines below it ("ngày 28" / "tháng 4"
 * / "năm 2026"; "..., ngày 18 tháng 11" / "" / "năm 2025"). Returns the
 * last line used, -1 when k opens no date. */
static int split_date_at(seg_doc *d, seg_metadata *m, const seg_gaz *g, hline *H, size_t limit, size_t k,
                         int number_line, size_t number_end)
{
    size_t a;
    if (!opens_split_date(&H[k], &a))
        return -1;
    sbuf s = {0};
    sb_puts(&s, H[k].text);
    for (size_t j = k + 1, used = 0; j < limit && used < 4; j++) {
        if (hf_blank_fold(H[j].fold, H[j].n))
            continue;
        sb_putc(&s, ' ');
        sb_puts(&s, H[j].text);
        used++;
        char *t = seg_strdup(s.buf);
        hline J = {0};
        int y, mo, dd;
        size_t ds;
        int ok = t && hline_set(&J, t, strlen(t)) == 0 && find_date(&J, 0, &y, &mo, &dd, &ds);
        hline_free(&J);
        free(t);
        if (!ok)
            continue;
        set_date(d, m, y, mo, dd);
        size_t e = a;
        while (e > 0 && (H[k].fold[e - 1] == ' ' || H[k].fold[e - 1] == ','))
            e--;
        m->place = e ? place_from(g, &H[k], right_column(&H[k], 0, e), e) : NULL;
        for (size_t q = k; q <= j; q++)
            hline_blank(&H[q], 0, H[q].n);
        if (!m->place)
            m->place = place_above(g, H, k, number_line, number_end);
        sb_free(&s);
        return (int)j;
    }
    sb_free(&s);
    return -1;
}

/* The Quốc hiệu's first words a cell broke onto the line above the rest
 * ("CỘNG" / "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", which cut_motto found within
 * its edits): that line holds nothing but a head of the fixed words, and
 * is blanked with them, not read as the issuer's. */
static void motto_head_above(hline *H, size_t k)
{
    size_t p = k;
    while (p > 0 && hf_blank_fold(H[p - 1].fold, H[p - 1].n) && k - p < 2)
        p--;
    if (p == 0 || hf_blank_fold(H[p - 1].fold, H[p - 1].n))
        return;
    hline *h = &H[p - 1];
    size_t a = 0, b = h->n;
    hf_trim_fold(h->fold, &a, &b);
    static const char qh[] = D30_QUOC_HIEU;
    /* a whole-word head, shorter than the fixed words */
    if (b > a && b - a < sizeof qh - 1 && !strncmp(h->fold + a, qh, b - a) && qh[b - a] == ' ')
        hline_blank(h, 0, h->n);
}

/* The Quốc hiệu broken over lines k and k + 1 at a word ("CỘNG HÒA XÃ" /
 * "HỘI CHỦ NGHĨA VIỆT NAM"): the fixed words are read across the break,
 * a head of them ending line k (after the issuer's words, in a layer that
 * runs the two columns together) and the rest opening line k + 1, both in
 * capitals; both parts are blanked, so that neither is read as the
 * issuer's name. 1 if found. */
static int motto_across(hline *H, size_t k)
{
    static const char qh[] = D30_QUOC_HIEU;
    hline *h = &H[k], *nx = &H[k + 1];
    size_t a = 0, b = h->n, a2 = 0, b2 = nx->n;
    hf_trim_fold(h->fold, &a, &b);
    hf_trim_fold(nx->fold, &a2, &b2);
    for (size_t w = a; w < b; w++) {
        if (w > a && h->fold[w - 1] != ' ')
            continue;
        size_t len = b - w;
        if (len >= sizeof qh - 1 || strncmp(h->fold + w, qh, len) || qh[len] != ' ')
            continue;
        const char *rest = qh + len + 1;
        size_t rlen = strlen(rest);
        if (b2 - a2 < rlen || strncmp(nx->fold + a2, rest, rlen) ||
            (a2 + rlen < b2 && isalnum((unsigned char)nx->fold[a2 + rlen])))
            return 0;
        if (!hline_caps_at(h, w, len) || !hline_caps_at(nx, a2, rlen))
            return 0;
        hline_blank(h, w, b);
        hline_blank(nx, a2, a2 + rlen);
        return 1;
    }
    return 0;
}

/* Where the header's cells were found (line indices into H, -1 none). */
typedef struct {
    size_t zone, limit;        /* lines read as header, lines searched for it */
    int motto_line, number_line, date_line, type_line, vv_line;
    size_t number_begin, number_end;
    int date_end;              /* the date unit's last line (a broken one spans several) */
} hloc;

/* 1. where is the header? Quốc hiệu, number or date in the first lines;
 * the number, date and place are read on the way. 0 when there is none
 * (the text starts with its body). */
static int header_find(seg_doc *d, seg_metadata *m, const seg_gaz *g, hline *H, hloc *L)
{
    char *number = NULL;
    for (size_t k = 0; k < L->limit; k++) {
        if (cut_motto(&H[k])) {
            L->motto_line = (int)k;
            motto_head_above(H, k);
        } else if (k + 1 < L->limit && motto_across(H, k)) {
            L->motto_line = (int)k + 1;
        }
        if (L->number_line < 0) {
            size_t nb = 0;
            size_t ne = find_number(&H[k], &number, &nb);
            if (ne) {
                L->number_line = (int)k;
                L->number_end = ne;
                L->number_begin = nb;
            }
        }
        int y, mo, dd;
        size_t ds;
        /* a date cited in the body ("Căn cứ Nghị quyết ... ngày 12 tháng 6
         * năm 2025") is not the document's, whose line a page may have
         * wrapped ("..., ngày 18 tháng 11 năm" / "2025": split_date) */
        if (L->date_line < 0 && strncmp(H[k].fold, "can cu", 6) &&
            find_date(&H[k], k == (size_t)L->number_line ? L->number_end : 0, &y, &mo, &dd, &ds)) {
            L->date_line = (int)k;
            set_date(d, m, y, mo, dd);
            /* place: the words before ", ngày" (after the number if on the same row) */
            size_t a = k == (size_t)L->number_line ? L->number_end : 0;
            size_t b = ds;
            a = right_column(&H[k], a, b);
            while (b > a && (H[k].fold[b - 1] == ' ' || H[k].fold[b - 1] == ','))
                b--;
            /* "V/v ...      ngày 3 tháng 11": the left column's "V/v" cell,
             * not a place, when the columns' gap and no comma come before
             * "ngày" (the place went on the row above) */
            size_t c = a;
            while (c < b && H[k].fold[c] == ' ')
                c++;
            if (ds - b >= 3 && !memchr(H[k].fold + b, ',', ds - b) && !strncmp(H[k].fold + c, "v/v", 3))
                b = a = ds;
            m->place = b > a ? place_from(g, &H[k], a, b) : NULL;
            if (m->place && !a)
                place_broken(g, H, k, b, &m->place);
            hline_blank(&H[k], a, H[k].n);
            if (!m->place)
                m->place = place_above(g, H, k, L->number_line, L->number_end);
            L->date_end = (int)k;
        } else if (L->date_line < 0 && (L->date_end = split_date_at(d, m, g, H, L->limit, k, L->number_line, L->number_end)) >= 0) {
            L->date_line = (int)k;
        }
    }
    if (L->number_line < 0)
        split_number(H, L->limit, &L->number_line, &number);
    if (L->number_line < 0)
        label_lost_number(H, L->limit, &L->number_line, &number);
    if (L->motto_line < 0 && L->number_line < 0 && L->date_line < 0) {
        free(number);
        return 0;
    }
    if (L->number_line >= 0) {
        m->number = number;
        number = NULL;
        hline_blank(&H[L->number_line], L->number_begin, L->number_end);
        /* type from the notation: "04/CTr-UBND" -> CTr; a legal document's
         * number puts its year first, "254/2025/NĐ-CP" -> NĐ */
        const char *slash = strchr(m->number, '/');
        if (slash && isdigit((unsigned char)slash[1])) {
            const char *p = slash + 1;
            while (isdigit((unsigned char)*p))
                p++;
            if (*p == '/')
                slash = p;
        }
        if (slash) {
            char code[16];
            size_t k = 0;
            for (const char *p = slash + 1; *p && *p != '-' && k < sizeof code - 1; p++)
                code[k++] = *p;
            code[k] = 0;
            int t = type_from_code(code);
            if (t >= 0) {
                m->doc_type = seg_strdup(doc_types[t].name);
            }
        }
    }
    free(number);
    return 1;
}

/* A line OCR made of a rule or a stamp's edge ("0C R5 BÙ Go HD ÚC"): words
 * mixing letters and digits, two of them, or one in a line not in
 * capitals. No body's name is written so. */
static int ocr_garbage(const hline *h)
{
    int mixed = 0;
    for (size_t i = 0; i < h->n;) {
        while (i < h->n && h->fold[i] == ' ')
            i++;
        int al = 0, dg = 0;
        for (; i < h->n && h->fold[i] != ' '; i++) {
            al |= isalpha((unsigned char)h->fold[i]) != 0;
            dg |= isdigit((unsigned char)h->fold[i]) != 0;
        }
        mixed += al && dg;
    }
    return mixed >= 2 || (mixed && !hline_caps(h));
}

static int add_issuer_piece(sbuf *iss, const hline *h, size_t a, size_t b);

/* One more line of the issuer's column, under those before it; 0 when
 * memory ran out. A line that held the two columns joined ("BỘ TÀI CHÍNH
 * CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM CỤC THUẾ Độc lập - Tự do - Hạnh
 * phúc") is left with the issuer's lines parted by the motto's blanks: a
 * piece after such a gap that opens a body is a line of its own, as it was
 * on the page (the body under its cơ quan chủ quản). */
static int add_issuer_line(sbuf *iss, const hline *h)
{
    size_t a = 0;
    for (size_t i = 0; i + 3 < h->n; i++) {
        if (h->fold[i] != ' ' || h->fold[i + 1] != ' ' || h->fold[i + 2] != ' ' || hf_blank_fold(h->fold + a, i - a))
            continue;
        size_t j = skip_sp(h->fold, h->n, i);
        if (j < h->n && hf_opens_body(h->fold + j)) {
            if (!add_issuer_piece(iss, h, a, i))
                return 0;
            a = j;
        }
        i = j;
    }
    return add_issuer_piece(iss, h, a, h->n);
}

/* The words of h[a, b) as a line of the issuer's column. */
static int add_issuer_piece(sbuf *iss, const hline *h, size_t a, size_t b)
{
    /* a stop or a stroke standing alone after the name ("VỀ DU LỊCH .", "SỞ
     * Y TẾ |") is OCR's speck of a rule or a seal, no part of a name; a
     * dash may join the line to the next and is kept */
    for (;;) {
        size_t e = b;
        while (e > a && h->fold[e - 1] == ' ')
            e--;
        size_t w = e;
        while (w > a && h->fold[w - 1] != ' ')
            w--;
        if (w == a || w == e || !hf_blank_fold(h->fold + w, e - w) || memchr(h->fold + w, '-', e - w) ||
            memchr(h->fold + w, '&', e - w))
            break;
        b = w;
    }
    char *s = hline_sub(h, a, b);
    if (!s)
        return 0;
    /* a line of one word is a piece of the name a cell broke ("ỦY" / "BAN
     * NHÂN DÂN", "TỔNG" / "CỤC THUẾ"): no body's name is one syllable, so it
     * opens the same body as the line under it */
    size_t last = iss->len;
    while (last > 0 && iss->buf[last - 1] != '\n')
        last--;
    int piece = iss->len && !strchr(iss->buf + last, ' ');
    if (iss->len)
        sb_putc(iss, piece ? ' ' : '\n');
    sb_puts(iss, s);
    free(s);
    return 1;
}

/* 2. issuer: capitals in the left column above the number */
static void header_issuer(seg_metadata *m, const seg_gaz *g, hline *H, const hloc *L)
{
    size_t top_end = L->number_line >= 0 ? (size_t)L->number_line
                                         : (L->date_line >= 0 ? (size_t)L->date_line : L->limit);
    sbuf iss = {0};
    for (size_t k = 0; k < top_end; k++) {
        if (hf_blank_fold(H[k].fold, H[k].n) || ocr_garbage(&H[k]))
            continue;
        /* the issuer's column is set in capitals: under the motto, after
         * the column's capitals, a line whose first word is not is OCR's
         * reading of a rule or a seal's edge ("z vi BA", "Ki. cung"; a row
         * that goes on in the other column, "TỈNH X    Đôc lâp ...", is not) */
        size_t w0 = 0;
        while (w0 < H[k].n && H[k].fold[w0] == ' ')
            w0++;
        size_t w1 = w0;
        while (w1 < H[k].n && H[k].fold[w1] != ' ')
            w1++;
        if (iss.len && L->motto_line >= 0 && k > (size_t)L->motto_line && !hline_caps_at(&H[k], w0, w1 - w0))
            continue;
        /* nor is a line of one or two letters with a sign: the star under
         * a Party committee's name as OCR reads it (">k"), a speck; a
         * name's last syllable wrapped alone ("... KHU KINH" / "TẾ") is
         * letters only */
        size_t alnum = 0, sign = 0;
        for (size_t i = 0; i < H[k].n; i++) {
            alnum += isalnum((unsigned char)H[k].fold[i]) != 0;
            sign += !isalnum((unsigned char)H[k].fold[i]) && H[k].fold[i] != ' ';
        }
        if (alnum <= 2 && sign)
            continue;
        add_issuer_line(&iss, &H[k]);
    }
    /* nothing above the number: the page was read in another order (OCR's
     * "Số: 23/2025/TT-BNV" / "BỘ NỘI VỤ" / "CỘNG HÒA ..."), and the issuer's
     * column is the lines of capitals under the number, the first opening
     * a body, up to the date or the first other line */
    if (!iss.len && L->number_line >= 0) {
        size_t stop = L->date_line > L->number_line ? (size_t)L->date_line : (size_t)L->number_line + 5;
        for (size_t k = (size_t)L->number_line + 1; k < stop && k < L->limit; k++) {
            if (hf_blank_fold(H[k].fold, H[k].n))
                continue;
            if (!hline_caps(&H[k]) || ocr_garbage(&H[k]) || type_from_line(H[k].fold, H[k].n, NULL) >= 0 ||
                (!iss.len && !hf_opens_body(H[k].fold)))
                break;
            if (!add_issuer_line(&iss, &H[k]))
                break;
        }
    }
    char *issuer_raw = sb_take(&iss, NULL);
    issuer_read(m, g, issuer_raw);
    free(issuer_raw);
}

/* Capitals in folded positions [a, b), as line_caps_h judges a line. */
static int caps_range(const hline *h, size_t a, size_t b)
{
    int up, low;
    count_case(h->text, h->cpos[a], h->cpos[b], &up, &low);
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
        if (d->lines[i].blank_before || !lower_wrap(&H[i]))
            return 0;
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
static int authority_above_basis(const hline *H, size_t k, size_t zone)
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
             (authority_above_basis(H, k, L->zone) && head_as_written(&H[k]) &&
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
static size_t header_type_title(seg_doc *d, seg_metadata *m, hline *H, hloc *L)
{
    size_t k0 = (size_t)(L->date_end > L->number_line ? L->date_end : L->number_line) + 1;
    if (L->motto_line >= 0 && (size_t)L->motto_line + 1 > k0)
        k0 = (size_t)L->motto_line + 1;
    size_t end = k0;
    for (size_t k = k0; k < L->zone && k < k0 + 4; k++) {
        if (hf_blank_fold(H[k].fold, H[k].n))
            continue;
        size_t span[2];
        int t = type_from_line(H[k].fold, H[k].n, span);
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
        int t = type_from_line(H[k].fold, H[k].n, NULL);
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

/* A Công điện names its addressees under "THỦ TƯỚNG CHÍNH PHỦ điện:",
 * "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:" or "Công điện gửi:", as "-" items
 * (ANNOTATING.md, addressees). They stay body lines (a numbered item may
 * refer back to them); the agencies' pass reads them as addressees. */
static void telegram_addressees(seg_doc *d, const hline *H, size_t zone, size_t end)
{
    for (size_t k = end; k < zone && k < end + 6; k++) {
        const hline *l = &H[k];
        size_t n = l->n;
        while (n > 0 && l->fold[n - 1] == ' ')
            n--;
        if (n < 5 || n > 80 || l->fold[n - 1] != ':' ||
            !(!memcmp(l->fold + n - 5, "dien:", 5) || strstr(l->fold, "cong dien gui")))
            continue;
        size_t a = k + 1, e;
        while (a < zone && strspn(H[a].fold, " ") == H[a].n)
            a++;
        for (e = a; e < zone; e++) {
            if (H[e].n && (strchr("-+", H[e].fold[0]) || (e > a && wrapped_item(H, e, zone))))
                continue; /* an item, or the rest of one wrapped ("..., Công" / "Thương, ...;") */
            if (H[e].n == strspn(H[e].fold, " ") && e + 1 < zone && H[e + 1].n && strchr("-+", H[e + 1].fold[0]))
                continue; /* a blank line between two items */
            break;
        }
        if (e > a && strchr("-+", H[a].fold[0])) {
            d->addr_first = a;
            d->addr_end = e;
        }
        return;
    }
}

/* "Kính gửi:" and its list from about line end: recipients, and the lines
 * the agencies' pass reads as addressees (d->addr_first, d->addr_end);
 * returns the first line after them. A PDF layer may put the motto's
 * second line (cut out above, now blanks) before it. */
static size_t header_addressees(seg_doc *d, seg_metadata *m, hline *H, const hloc *L, size_t end)
{
    size_t zone = L->zone;
    size_t kg = end;
    while (kg < zone && kg < end + 3 && strspn(H[kg].fold, " ") == H[kg].n)
        kg++;
    /* OCR may read the date cell after a bare "Kính gửi:" of the left
     * column: its list then follows the date */
    size_t early = end;
    for (size_t k = end > 4 ? end - 4 : 0; k < end; k++)
        if (!strncmp(H[k].fold, "kinh gui", 8) && H[k].fold[H[k].n - 1] == ':' && H[k].n <= 10)
            early = k;
    if (early < end && kg < zone && H[kg].n && strchr("-+", H[kg].fold[0]))
        kg = early;
    if (kg >= zone || strncmp(H[kg].fold, "kinh gui", 8)) {
        telegram_addressees(d, H, zone, end);
        return end;
    }
    size_t a = 8;
    while (a < H[kg].n && (H[kg].fold[a] == ':' || H[kg].fold[a] == ' '))
        a++;
    if (a < H[kg].n && hf_add_recipient(m, hf_recipient_text(&H[kg], a)) < 0)
        d->oom = 1;
    end = kg < end ? end : kg + 1;
    d->addr_first = kg < end - 1 && a >= H[kg].n ? end : kg;
    while (end < zone && strspn(H[end].fold, " ") == H[end].n)
        end++;
    while (end < zone && H[end].n) {
        if (H[end].fold[0] == '-' || H[end].fold[0] == '+') {
            if (hf_add_recipient(m, hf_recipient_text(&H[end], 0)) < 0)
                d->oom = 1;
        } else if (m->n_recipients && wrapped_item(H, end, zone)) {
            if (join_recipient(m, hf_recipient_text(&H[end], 0)) < 0)
                d->oom = 1;
        } else {
            break;
        }
        end++;
    }
    d->addr_end = end;
    return end;
}

/* A web copy that lost the issuer's box (ANNOTATING.md): the issuer is the
 * body the authority line names, the line Decree 30 sets above "Căn cứ"
 * ("ỦY BAN THƯỜNG VỤ QUỐC HỘI"; "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X" names
 * its head's post before the body, and the body issues). */
static void issuer_of_authority(seg_metadata *m, const seg_gaz *g, const hline *h)
{
    size_t post = hf_opens_authority(h->fold);
    char *raw = hline_sub(h, post && hf_opens_body(h->fold + post) ? post : 0, h->n);
    issuer_read(m, g, raw);
    free(raw);
}

/* Else the body the signer acts for: "TM." (thay mặt) names the collective
 * that issues (Decree 30 Điều 12), its capitals up to the signer's title.
 * A bare "ỦY BAN NHÂN DÂN" names no one body, and gives none. */
static void issuer_of_tm(seg_doc *d, seg_metadata *m, const seg_gaz *g)
{
    for (size_t k = 0; k < d->nlines && !m->issuer && !d->oom; k++) {
        if (d->lines[k].dropped != USED_TAIL)
            continue;
        hline h;
        if (hline_init(&h, d, &d->lines[k]) < 0) {
            hline_free(&h);
            d->oom = 1;
            return;
        }
        size_t i = skip_sp(h.fold, h.n, 0), pl = hf_sig_prefix(h.fold + i);
        if (pl && (h.fold[i] == 't') && (h.fold[i + 1] == 'm' || h.fold[i + 1] == '/') && hline_caps_at(&h, i, pl)) {
            size_t e = hf_caps_run(&h, i + pl), t = hf_title_start(&h, i + pl, e);
            while (t > i + pl && strchr(" ,.", h.fold[t - 1]))
                t--;
            char *raw = hline_sub(&h, i + pl, t);
            char *f = raw ? seg_fold_str(raw) : NULL;
            if (f && strcmp(f, "uy ban nhan dan") && strcmp(f, "hoi dong nhan dan"))
                issuer_read(m, g, raw);
            free(f);
            free(raw);
        }
        hline_free(&h);
    }
}

/* Does h open an article of the body ("Điều 5. Thời hạn", "Điều 12a.")?
 * Decree 30 sets the header (number, place and date) above the title and
 * the articles under it, so the header is never sought at or past one: a
 * text that opens with its articles (a code's articles as a compilation
 * prints them) has none, and its clauses' dates ("1. Kể từ ngày 01 tháng
 * 01 năm 2018, ...") are the rule's, not the document's. */
static int opens_article(const hline *h)
{
    size_t i = skip_sp(h->fold, h->n, 0);
    if (h->n - i < 6 || strncmp(h->fold + i, "dieu ", 5))
        return 0;
    i += 5;
    size_t j = i;
    while (j < h->n && isdigit((unsigned char)h->fold[j]))
        j++;
    if (j == i || j - i > 3)
        return 0;
    if (j < h->n && isalpha((unsigned char)h->fold[j]))
        j++;
    return j < h->n && h->fold[j] == '.';
}

void seg_header(seg_doc *d, seg_result *r, const seg_gaz *g)
{
    seg_metadata *m = &r->metadata;
    m->pages = d->pages;
    size_t nl = d->nlines;
    hloc L = {nl < 30 ? nl : 30, 0, -1, -1, -1, -1, -1, 0, 0, -1};
    L.limit = L.zone < 14 ? L.zone : 14;
    hline *H = calloc(L.zone ? L.zone : 1, sizeof *H);
    if (!H) {
        d->oom = 1;
        return;
    }
    for (size_t k = 0; k < L.zone; k++)
        if (hline_init(&H[k], d, &d->lines[k]) < 0)
            d->oom = 1;
    if (d->oom)
        goto out;
    for (size_t k = 0; k < L.limit; k++)
        if (opens_article(&H[k])) {
            L.limit = k;
            break;
        }
    size_t body_from = 0; /* first line after the header */
    if (header_find(d, m, g, H, &L)) {
        header_issuer(m, g, H, &L);
        size_t end = header_type_title(d, m, H, &L);
        if (!m->issuer && end < L.zone && authority_above_basis(H, end, L.zone)) {
            issuer_of_authority(m, g, &H[end]);
            end++;
        }
        /* the issuer repeated in capitals above "Căn cứ" (decisions) */
        if (end < L.zone && hline_caps(&H[end]) && H[end].n < 60) {
            size_t ml;
            size_t i = 0;
            while (i < H[end].n && H[end].fold[i] == ' ')
                i++;
            if (seg_gaz_match(g, H[end].fold, H[end].n, i, &ml))
                end++;
        }
        end = header_addressees(d, m, H, &L, end);
        for (size_t k = 0; k < end && k < nl; k++)
            d->lines[k].dropped = USED_HEADER;
        body_from = end;
    }
    /* 4. the end: "Nơi nhận:", signer's title and name; what follows the
     * signature is an attachment (seg_end_block) */
    hf_read_end(d, m, g, body_from);
    if (!m->issuer)
        issuer_of_tm(d, m, g);
out:
    for (size_t k = 0; k < L.zone; k++)
        hline_free(&H[k]);
    free(H);
}
