/*
 * header.c: the Decree 30/2020 parts above the body: issuing body, number
 * and symbol, place and date. The type and title (trích yếu) under them
 * are title.c's, the end block (signer, "Nơi nhận") footer.c's; the line
 * helpers all three use are here (header_internal.h).
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
#include "segment/places.h"

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
void hf_count_case(const char *text, size_t i, size_t end, int *up, int *low)
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
    hf_count_case(h->text, 0, strlen(h->text), &up, &low);
    return up >= 2 && low * 10 <= up;
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

/* Cut the Quốc hiệu and Tiêu ngữ out of a header line; 1 if found. The
 * Party's and the Youth Union's mottos are the names of the Party and the
 * Union too, which a title gives ("... kỷ niệm 96 năm Ngày thành lập Đảng
 * Cộng sản Việt Nam"): they are the motto only above the date (dated, 0),
 * since the motto's cell stands over the date's in the right column and
 * whatever order a page is read in the motto comes first. */
static int cut_motto(hline *h, int dated)
{
    static const struct { const char *pat; int max; int named; } M[] = {
        {D30_QUOC_HIEU, 7, 0},
        {D30_TIEU_NGU, 6, 0},
        {D30_TIEU_NGU_NODASH, 5, 0},
        {D30_PARTY_MOTTO, 4, 1}, /* a Party committee's documents */
        {D30_YOUTH_MOTTO, 4, 1}, /* the Youth Union's */
    };
    int found = 0;
    for (size_t k = 0; k < sizeof M / sizeof M[0]; k++) {
        size_t a, b;
        if (M[k].named && dated)
            continue;
        if (seg_fuzzy_find(h->fold, h->n, M[k].pat, M[k].max, &a, &b) >= 0) {
            /* the Quốc hiệu is printed in capitals (Decree 30, Phụ lục I);
             * in small letters it is the state's name a citation gives
             * ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"),
             * a body line, whose "nước Cộng hòa ..." a page may wrap onto
             * a line of its own */
            int up, low;
            hf_count_case(h->text, h->cpos[a], h->cpos[b], &up, &low);
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

/* Where the last word of h[a, b) starts, its end in *end (both at a when
 * there is none): blanks after it are passed over. */
static size_t last_word(const hline *h, size_t a, size_t b, size_t *end)
{
    while (b > a && h->fold[b - 1] == ' ')
        b--;
    *end = b;
    while (b > a && h->fold[b - 1] != ' ')
        b--;
    return b;
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
        size_t e, s = last_word(h, a, i, &e);
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
                size_t ll = seg_unit_word(f, n, r, SEG_COMMUNE_UNITS, NULL);
                if (ll) {
                    size_t b = 0, len = strlen(issuer_raw);
                    for (size_t c = 0; c < r && b < len; c++)
                        seg_utf8_next(issuer_raw, len, &b);
                    char *place = title_case(issuer_raw + b);
                    if (place) {
                        /* the level word in lower case, "xã Đức Trọng" */
                        size_t lb = 0, pl = strlen(place);
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
                const char *disp = seg_province_bare(pe->canonical);
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
                    size_t keep = seg_level_named(e->canonical);
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
                size_t best = 0, bk = 0;
                const seg_gaz_entry *be = NULL;
                for (size_t k = i; k < n; k++) {
                    size_t ml;
                    const seg_gaz_entry *e = seg_gaz_match(g, f, n, k, &ml);
                    if (e && ml > best && strcmp(e->kind, "province")) {
                        best = ml;
                        bk = k;
                        be = e;
                    }
                }
                /* a body whose line goes on with its province's name, "TỈNH
                 * ĐOÀN NGHỆ AN", is that province's: the name is kept, as the
                 * line prints it after the body's */
                const char *bare = pe ? seg_province_bare(pe->canonical) : NULL;
                char *bf = bare ? seg_fold_str(bare) : NULL;
                size_t after = be ? skip_sp(f, n, bk + best) : n;
                int goes_on = bf && after < n && !strncmp(f + after, bf, strlen(bf)) &&
                              hf_blank_fold(f + after + strlen(bf), n - after - strlen(bf));
                free(bf);
                if (be && pe && seg_level_named(be->canonical)) {
                    /* a body the gazetteer names by its level, "Ủy ban Mặt
                     * trận Tổ quốc Việt Nam tỉnh", takes the province its
                     * header prints ("... / TỈNH LÂM ĐỒNG") */
                    sbuf c = {0};
                    int city = strncmp(pe->canonical, "tỉnh ", sizeof "tỉnh " - 1) != 0;
                    char *base = seg_strndup(be->canonical, seg_level_named(be->canonical));
                    sb_puts(&c, base ? base : "");
                    free(base);
                    sb_puts(&c, city ? " thành phố " : " tỉnh ");
                    sb_puts(&c, seg_province_bare(pe->canonical));
                    m->issuer = sb_take(&c, NULL);
                    m->issuer_full = seg_strdup(m->issuer);
                } else if (be && goes_on) {
                    sbuf c = {0};
                    sb_puts(&c, be->canonical);
                    sb_putc(&c, ' ');
                    sb_puts(&c, bare);
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
    char *up_full = up.issuer_full;
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
        sb_puts(&b, seg_province_bare(pe->canonical));
        free(m->issuer);
        m->issuer = sb_take(&b, NULL);
        free(m->province);
        free(m->province_successor);
        m->province = seg_strdup(pe->canonical);
        m->province_successor = seg_strdup(pe->successor);
    }
    free(rf);
    m->issuer_full = seg_strdup(m->issuer);
    /* "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ" / "VĂN PHÒNG": an office printed
     * alone under its body is that body's office (Decree 30 prints the
     * parent over the unit; "Văn phòng" is a head that needs what it
     * serves): "Văn phòng UBND tỉnh Quảng Trị" */
    if (lf && !strcmp(lf, "van phong") && up.issuer && up_full) {
        sbuf b = {0}, c = {0};
        sb_puts(&b, "Văn phòng ");
        sb_puts(&b, up.issuer);
        sb_puts(&c, "Văn phòng ");
        sb_puts(&c, up_full);
        free(m->issuer);
        free(m->issuer_full);
        m->issuer = sb_take(&b, NULL);
        m->issuer_full = sb_take(&c, NULL);
    }
    free(up_full);
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
        const char *disp = seg_province_bare(pe->canonical);
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
        /* the number's cell on the same line ("... Số: 21/2025/TT-BCT Hà
         * Nội, ngày 30 tháng 6" / "năm 2025") ends before the place */
        size_t from = (int)k == number_line && number_end < e ? number_end : 0;
        m->place = e ? place_from(g, &H[k], right_column(&H[k], from, e), e) : NULL;
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

/* 1. where is the header? Quốc hiệu, number or date in the first lines;
 * the number, date and place are read on the way. 0 when there is none
 * (the text starts with its body). */
static int header_find(seg_doc *d, seg_metadata *m, const seg_gaz *g, hline *H, hloc *L)
{
    char *number = NULL;
    for (size_t k = 0; k < L->limit; k++) {
        if (cut_motto(&H[k], L->date_line >= 0)) {
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
            const char *type = hf_type_of_code(code);
            if (type) {
                m->doc_type = seg_strdup(type);
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
        size_t e, w = last_word(h, a, b, &e);
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

/* A field of the stamp a signing tool prints on a signed PDF's page, above
 * the header in its text layer ("Người ký: Ủy ban Nhân dân tỉnh X", "Email:
 * ...", "Cơ quan: ...", "Thời gian ký: ..."): a label in small letters
 * closed by a colon within its first three words. No body's name holds a
 * colon, and the issuer's column is set in capitals. */
static int stamp_field(const hline *h)
{
    if (hline_caps(h))
        return 0;
    for (size_t i = 0, words = 0; i < h->n && words < 3; i++) {
        if (h->fold[i] == ':')
            return i > 0;
        if (h->fold[i] == ' ' && i > 0 && h->fold[i - 1] != ' ')
            words++;
    }
    return 0;
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
        if (stamp_field(&H[k]))
            continue;
        add_issuer_line(&iss, &H[k]);
    }
    /* a web copy that ran the header's table into one row ("BỘ CÔNG THƯƠNG
     * ------ CỘNG HÒA ... Số: 21/2025/TT-BCT Hà Nội, ngày ...") leaves the
     * issuer's cell before "Số:" on the number's line: its capitals, up to
     * the rule under them, are the column's last line when they open a body */
    if (L->number_line >= 0 && L->number_begin > 0) {
        const hline *h = &H[L->number_line];
        size_t a = 0, b = L->number_begin;
        while (a < b && h->fold[a] == ' ')
            a++;
        for (size_t i = a; i + 2 < b; i++)
            if (strchr("-_=*", h->fold[i]) && h->fold[i + 1] == h->fold[i] && h->fold[i + 2] == h->fold[i]) {
                b = i;
                break;
            }
        while (b > a && h->fold[b - 1] == ' ')
            b--;
        if (b > a && hline_caps_at(h, a, b - a) && hf_opens_body(h->fold + a))
            add_issuer_piece(&iss, h, a, b);
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
            if (!hline_caps(&H[k]) || ocr_garbage(&H[k]) || hf_type_from_line(H[k].fold, H[k].n) >= 0 ||
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
        size_t end = hf_type_title(d, m, H, &L);
        if (!m->issuer && end < L.zone && hf_authority_above_basis(H, end, L.zone)) {
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
