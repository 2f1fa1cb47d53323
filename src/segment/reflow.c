/*
 * reflow.c: OCR and PDF lines back into paragraphs.
 *
 * Lines are joined unless the next one opens a numbered item or heading, or
 * the previous one closed a sentence or stopped short of the usual line
 * width. A hyphen at a line end right after a letter is undone. Page
 * numbers, stray URLs and running headers (the same short line at the top
 * or bottom of several pages) are dropped. Each paragraph keeps its span in
 * the document so that what is read from it can be found on the scan.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "segment/seg_internal.h"

size_t seg_char_at(const seg_doc *d, size_t byte)
{
    /* cpos is increasing: binary search for the code point at byte */
    size_t lo = 0, hi = d->nchar;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->cpos[mid] < byte)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v'; }

int seg_split_lines(seg_doc *d)
{
    size_t cap = 64, n = 0;
    seg_line *L = malloc(cap * sizeof *L);
    if (!L)
        return -1;
    int page = 1, blank = 0;
    size_t i = 0;
    if (d->len >= 3 && !memcmp(d->text, "\xEF\xBB\xBF", 3))
        i = 3; /* a byte order mark is not part of the first line */
    while (i < d->len) {
        size_t e = i;
        while (e < d->len && d->text[e] != '\n' && d->text[e] != '\f')
            e++;
        size_t a = i, b = e;
        while (a < b && is_space(d->text[a]))
            a++;
        while (b > a && is_space(d->text[b - 1]))
            b--;
        if (a < b) {
            if (seg_grow(&L, n, &cap, sizeof *L, cap)) {
                free(L);
                return -1;
            }
            L[n].b0 = a;
            L[n].b1 = b;
            L[n].c0 = seg_char_at(d, a);
            L[n].c1 = seg_char_at(d, b);
            L[n].page = page;
            L[n].blank_before = blank;
            L[n].dropped = 0;
            n++;
            blank = 0;
        } else {
            blank = 1;
        }
        if (e < d->len && d->text[e] == '\f') {
            page++;
            blank = 1;
        }
        i = e + 1;
    }
    d->lines = L;
    d->nlines = n;
    d->pages = page;
    return 0;
}

/* Folded copy of a line (for the tests below). */
static size_t line_fold(const seg_doc *d, const seg_line *l, char *buf, size_t cap)
{
    size_t c0 = l->c0, c1 = l->c1;
    size_t n = c1 - c0 < cap - 1 ? c1 - c0 : cap - 1;
    memcpy(buf, d->fold + c0, n);
    buf[n] = 0;
    return n;
}

int seg_page_number(const char *f, size_t n)
{
    /* "12", "- 12 -", "Trang 12", "12/40"; a number a full stop closes is
     * none: "2." is an item's label whose heading the next line holds ("2."
     * / "Trách nhiệm của Bộ Tài chính"), "2026." the end of a sentence a
     * page wrapped ("... hoàn thành trong năm" / "2026.") */
    size_t i = 0, digits = 0;
    if (n >= 2 && f[n - 1] == '.' && isdigit((unsigned char)f[n - 2]))
        return 0;
    if (n >= 6 && !strncmp(f, "trang ", 6))
        i = 6;
    for (; i < n; i++) {
        if (isdigit((unsigned char)f[i]))
            digits++;
        else if (f[i] != '-' && f[i] != ' ' && f[i] != '/' && f[i] != '.')
            return 0;
    }
    return digits > 0 && digits <= 4 && n <= 12;
}

static int is_url(const char *f, size_t n)
{
    if (n > 200)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (f[i] == ' ')
            return 0;
    return strstr(f, "http://") || strstr(f, "https://") || !strncmp(f, "www.", 4);
}

/* Is line k (folded buf) the year that "năm" ending the line before, on
 * the same page, asks for ("... đến năm" / "2030")? A page's number
 * opens its page. */
static int year_of(const seg_doc *d, size_t k, const char *buf, size_t n)
{
    if (k == 0 || n != 4 || strspn(buf, "0123456789") != 4 || (buf[0] != '1' && buf[0] != '2'))
        return 0;
    const seg_line *p = &d->lines[k - 1];
    return p->page == d->lines[k].page && p->c1 - p->c0 >= 3 && seg_word_at(d->fold, p->c1, p->c1 - 3, "nam") &&
           (p->c1 - p->c0 == 3 || d->fold[p->c1 - 4] == ' ');
}

typedef struct {
    uint64_t hash;
    size_t line;
} cand;

static int cmp_cand(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    if (x->hash != y->hash)
        return x->hash < y->hash ? -1 : 1;
    return x->line < y->line ? -1 : x->line > y->line;
}

static void drop_noise(seg_doc *d)
{
    char buf[256];
    for (size_t k = 0; k < d->nlines; k++) {
        size_t n = line_fold(d, &d->lines[k], buf, sizeof buf);
        if (is_url(buf, n) || (seg_page_number(buf, n) && !year_of(d, k, buf, n)))
            d->lines[k].dropped = 1;
    }
    if (d->pages < 3)
        return;
    /* Running headers and footers: a short line first or last on its page
     * that comes back on at least a third of the pages. Candidates are
     * grouped by a hash of their folded text (sorted), so many pages stay
     * cheap. */
    size_t nc = 0;
    cand *c = malloc((d->nlines + 1) * sizeof *c);
    if (!c)
        return;
    for (size_t k = 0; k < d->nlines; k++) {
        seg_line *l = &d->lines[k];
        int first = k == 0 || d->lines[k - 1].page != l->page;
        int last = k + 1 == d->nlines || d->lines[k + 1].page != l->page;
        if (l->dropped || !(first || last) || l->b1 - l->b0 > 120)
            continue;
        uint64_t h = 1469598103934665603ull; /* FNV-1a */
        for (size_t q = l->c0; q < l->c1; q++)
            h = (h ^ (unsigned char)d->fold[q]) * 1099511628211ull;
        c[nc].hash = h;
        c[nc].line = k;
        nc++;
    }
    qsort(c, nc, sizeof *c, cmp_cand);
    for (size_t a = 0; a < nc;) {
        size_t b = a + 1;
        while (b < nc && c[b].hash == c[a].hash)
            b++;
        if ((b - a) * 3 >= (size_t)d->pages && b - a >= 2) {
            const seg_line *ref = &d->lines[c[a].line];
            for (size_t q = a; q < b; q++) {
                seg_line *l = &d->lines[c[q].line];
                if (l->c1 - l->c0 == ref->c1 - ref->c0 &&
                    !memcmp(d->fold + l->c0, d->fold + ref->c0, l->c1 - l->c0))
                    l->dropped = 1;
            }
        }
        a = b;
    }
    free(c);
}

/* ---- markers ---- */

static const char vn_letters[] = "abcdeghiklmnopqrstuvxy";

static int roman_value(const char *s, size_t n)
{
    int v = 0, prev = 0;
    for (size_t i = n; i-- > 0;) {
        int x = s[i] == 'i' ? 1 : s[i] == 'v' ? 5 : s[i] == 'x' ? 10 : s[i] == 'l' ? 50 : 0;
        if (!x)
            return 0;
        v += x < prev ? -x : x;
        if (x > prev)
            prev = x;
    }
    return v;
}

static void to_roman(int v, char *out)
{
    static const struct { int v; const char *s; } R[] = {
        {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}};
    out[0] = 0;
    for (size_t i = 0; i < sizeof R / sizeof R[0]; i++)
        while (v >= R[i].v) {
            strcat(out, R[i].s);
            v -= R[i].v;
        }
}

static const char *const ordinal_words[] = {
    "nhat", "mot", "hai", "ba", "bon", "tu", "nam", "sau", "bay", "tam", "chin", "muoi", NULL};
/* the same as written with their marks, for labels read through OCR */
static const char *const ordinal_names[] = {
    "nhất", "một", "hai", "ba", "bốn", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", NULL};

/* Each marker_* step below tries one kind of numbering at the start of p:
 * on a match it sets p->mk, writes the label (at most LABEL_CAP bytes with
 * its NUL) and the characters the marker takes, and returns 1. */
enum { LABEL_CAP = 64 };

/* The original text of p's first used characters, cut to fit a label. */
static void label_from_text(const seg_para *p, size_t used, char *label)
{
    size_t bl = p->cpos[used];
    size_t ll = bl < LABEL_CAP - 1 ? bl : LABEL_CAP - 1;
    memcpy(label, p->text, ll);
    label[ll] = 0;
}

/* Returns -1 for a "--" rule or table line, which no later step may take
 * as numbering either. */
static int marker_bullet(seg_para *p, char *label, size_t *used)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    /* "~" stands for any symbol outside the folding table: OCR's reading
     * of a dash ("~ Theo dõi") is a bullet too */
    if (f[0] == '-' || f[0] == '+' || f[0] == '*' || (f[0] == '~' && n > 1 && f[1] == ' ')) {
        if (n > 1 && f[1] == '-')
            return -1;
        p->mk = f[0] == '+' ? MK_PLUS : MK_DASH;
        strcpy(label, f[0] == '+' ? "+" : "-");
        *used = 1;
        return 1;
    }
    return 0;
}

/* "PHỤ LỤC", "PHỤ LỤC II", "PHỤ LỤC 1: ...": an annex, in capitals (a
 * sentence citing "Phụ lục I" is not one) */
static int marker_phuluc(seg_para *p, char *label, size_t *used)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    if (!(n >= 7 && !strncmp(f, "phu luc", 7) && (n == 7 || !isalnum((unsigned char)f[7])) && p->caps))
        return 0;
    size_t t = 7;
    while (t < n && f[t] == ' ')
        t++;
    size_t num = t;
    while (t < n && isalnum((unsigned char)f[t]) && t - num < 6)
        t++;
    int numbered = t > num && (isdigit((unsigned char)f[num]) || roman_value(f + num, t - num) > 0) &&
                   (t == n || !isalnum((unsigned char)f[t]));
    *used = numbered ? t : 7;
    label_from_text(p, *used, label);
    if (*used < n && (f[*used] == '.' || f[*used] == ':'))
        (*used)++;
    p->mk = MK_PHULUC;
    return 1;
}

/* The ordinal word f[j..t) stands for ("Phần thứ nhất"), or -1. */
static int ordinal_at(const char *f, size_t n, size_t j, size_t t, marker_kind k)
{
    for (size_t o = 0; ordinal_words[o]; o++) {
        size_t ol = strlen(ordinal_words[o]);
        /* OCR: "Phan mét" for "Phần một" */
        int maxd = ol >= 3 ? 1 : 0;
        if (seg_edit_distance(f + j, t - j, ordinal_words[o], ol, maxd) <= maxd &&
            (t == n || !isalnum((unsigned char)f[t])) && (t - j == ol || ol >= 3) &&
            (k == MK_PHAN || k == MK_CHUONG))
            return (int)o;
    }
    return -1;
}

/* Phần / Chương / Mục / Điều + number or ordinal word */
static int marker_word(seg_para *p, char *label, size_t *used)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    static const struct { const char *w; marker_kind k; const char *disp; } words[] = {
        {"phan ", MK_PHAN, "Phần"}, {"chuong ", MK_CHUONG, "Chương"},
        {"muc ", MK_MUC, "Mục"}, {"dieu ", MK_DIEU, "Điều"}};
    for (size_t w = 0; w < 4; w++) {
        size_t wl = strlen(words[w].w);
        size_t b0 = 0;
        if (n <= wl || strncmp(f, words[w].w, wl) || !cp_is_upper(seg_utf8_next(p->text, strlen(p->text), &b0)))
            continue; /* "phận một cửa" wrapped onto a new line is not "Phần một" */
        size_t j = wl;
        if (n > j + 4 && !strncmp(f + j, "thu ", 4))
            j += 4; /* "Phần thứ nhất" */
        size_t t = j;
        while (t < n && isalnum((unsigned char)f[t]))
            t++;
        int ok = 0, ordinal = -1;
        if (t > j && isdigit((unsigned char)f[j]))
            ok = 1;
        else if (t > j && roman_value(f + j, t - j) > 0 && words[w].k != MK_DIEU)
            ok = 1;
        else if (t - j == 3 && !strncmp(f + j, "dau", 3))
            ok = 0; /* "Phấn đấu" (strive) is a sentence, not "Phần sáu" one edit away */
        else {
            ordinal = ordinal_at(f, n, j, t, words[w].k);
            ok = ordinal >= 0;
        }
        if (!ok)
            continue;
        /* Mục followed by a number is a section; "Mục tiêu" is not */
        p->mk = words[w].k;
        *used = t;
        if (*used < n && (f[*used] == '.' || f[*used] == ':'))
            (*used)++;
        if (ordinal >= 0) {
            /* "Phan mét" -> "Phần một" */
            snprintf(label, LABEL_CAP, "%s %s%s", words[w].disp, j > wl ? "thứ " : "", ordinal_names[ordinal]);
        } else {
            /* label: the original words */
            label_from_text(p, *used, label);
        }
        return 1;
    }
    return 0;
}

/* Roman: I. II. ... with OCR look-alikes (1, l, |) for I; upper case */
static int marker_roman(seg_para *p, char *label, size_t *used)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    size_t j = 0;
    char norm[16];
    size_t k = 0;
    while (j < n && j < 8) {
        char c = f[j];
        unsigned char o = (unsigned char)p->text[p->cpos[j]];
        if (c == 'i' && o == 'I') norm[k++] = 'i';
        else if (c == 'v' && o == 'V') norm[k++] = 'v';
        else if (c == 'x' && o == 'X') norm[k++] = 'x';
        else if (k > 0 && (c == '1' || c == 'l' || c == '|')) norm[k++] = 'i';
        else if (k == 0 && p->caps && (c == '1' || c == 'l' || c == '|') && j + 2 < n &&
                 (f[j + 1] == 'i' || f[j + 1] == 'v' || f[j + 1] == 'l' || f[j + 1] == 'x') &&
                 (unsigned char)p->text[p->cpos[j + 1]] >= 'A' &&
                 (unsigned char)p->text[p->cpos[j + 1]] <= 'Z')
            norm[k++] = 'i'; /* a heading's "1V." or "1L." (IV., II.); "11." stays arabic */
        else if (k > 0 && c == 'l' && o == 'L' && p->caps) norm[k++] = 'i';
        else if (k == 0 && c == 'h' && o == 'H' && p->caps && j + 1 < n &&
                 (f[j + 1] == '.' || (f[j + 1] == 'i' && (unsigned char)p->text[p->cpos[j + 1]] == 'I'))) {
            norm[k++] = 'i'; /* OCR reads a heading's "II." as "H.", "III." as "HI." */
            norm[k++] = 'i';
        } else break;
        j++;
    }
    if (k > 0 && j < n && (f[j] == '.' || f[j] == ',') && j + 1 < n && f[j + 1] == ' ') {
        int v = roman_value(norm, k);
        /* "I1." is II., but a lone "1." stays arabic (the first must be I/V/X) */
        if (v > 0 && v < 40) {
            char r[16];
            to_roman(v, r);
            snprintf(label, LABEL_CAP, "%s.", r);
            p->mk = MK_ROMAN;
            *used = j + 1;
            return 1;
        }
    }
    return 0;
}

/* Arabic: 1. 1.2. 1) (at most two digits per part) */
/* Does p open with one or two digits, a comma and a word in capitals or
 * opening with one ("3, SỞ Y tế", "2, Tổ chức thực hiện"), no digit in
 * the words after it? OCR reads an item label's full stop so; a number a
 * sentence lists goes on with a number or a lower-case word ("khoản 2, 3
 * Điều 5", "2, trong đó"), a reference with its numbers ("2, QĐ 66"). */
static int ocr_comma_label(const seg_para *p)
{
    const char *f = p->fold;
    size_t n = p->nchar, j = 0;
    while (j < n && j < 3 && isdigit((unsigned char)f[j]))
        j++;
    if (j == 0 || j > 2 || j + 3 > n || f[j] != ',' || f[j + 1] != ' ' || !isalpha((unsigned char)f[j + 2]))
        return 0;
    size_t b = p->cpos[j + 2];
    if (!cp_is_upper(seg_utf8_next(p->text, strlen(p->text), &b)))
        return 0;
    /* a heading's words, not a reference's numbers ("PL" / "2, QĐ 66") */
    for (size_t k = j + 2; k < n && k < j + 24; k++)
        if (isdigit((unsigned char)p->fold[k]))
            return 0;
    return 1;
}

static int marker_arabic(seg_para *p, char *label, size_t *used)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    size_t j = 0;
    int parts = 0;
    while (j < n) {
        size_t s = j;
        while (j < n && isdigit((unsigned char)f[j]) && j - s < 3)
            j++;
        if (j == s || j - s > 2)
            break;
        if (j < n && (f[j] == '.' || f[j] == ')')) {
            parts++;
            j++;
            if (f[j - 1] == ')' || j >= n || f[j] == ' ')
                break;
        } else {
            if (parts > 0 && (j >= n || f[j] == ' ')) {
                parts++;
                break;
            }
            parts = 0;
            break;
        }
    }
    if (parts == 0 && ocr_comma_label(p) && f[0] != '0') {
        /* OCR's "3, Sở Y tế" for "3. Sở Y tế": the label with its stop */
        j = f[1] == ',' ? 1 : 2;
        memcpy(label, f, j);
        label[j] = '.';
        label[j + 1] = 0;
        p->mk = MK_ARABIC;
        p->mk_depth = 0;
        *used = j + 1;
        return 1;
    }
    if (parts > 0 && j < n && f[j] == ' ') {
        size_t ll = j < LABEL_CAP - 1 ? j : LABEL_CAP - 1;
        memcpy(label, f, ll);
        label[ll] = 0;
        p->mk = MK_ARABIC;
        p->mk_depth = parts - 1;
        *used = j;
        return 1;
    }
    return 0;
}

/* Letters of the Vietnamese alphabet: a) b) ... đ) ... */
static int marker_letter(seg_para *p, char *label, size_t *used)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    if (n >= 3 && (f[1] == ')' ) && f[2] == ' ' && strchr(vn_letters, f[0]) && f[0]) {
        uint32_t cp;
        size_t bi = 0;
        cp = seg_utf8_next(p->text, strlen(p->text), &bi);
        if (cp_is_lower(cp)) {
            size_t ll = p->cpos[2];
            memcpy(label, p->text, ll);
            label[ll] = 0;
            p->mk = MK_LETTER;
            *used = 2;
            return 1;
        }
    }
    return 0;
}

/* Recognise the numbering at the start of a paragraph. Works on the folded
 * text plus the original (for case: Roman numerals are upper case). */
static void find_marker(seg_para *p)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    char label[LABEL_CAP];
    size_t used = 0;
    p->mk = MK_NONE;
    if (n == 0)
        return;
    /* the first kind that matches wins, in this order */
    int found = marker_bullet(p, label, &used);
    if (found < 0)
        return;
    if (!found)
        found = marker_phuluc(p, label, &used) || marker_word(p, label, &used) ||
                marker_roman(p, label, &used) || marker_arabic(p, label, &used) ||
                marker_letter(p, label, &used);
    if (!found)
        return;
    while (used < n && f[used] == ' ')
        used++;
    p->label = seg_strdup(label);
    p->label_chars = used;
}

/* ---- paragraphs ---- */

/* A line in capitals: a heading. The capitals of a word that holds a digit
 * do not count: they are a document's number and symbol ("116/2020/NĐ-CP."),
 * which a page wraps onto a line of its own inside a sentence. */
static int line_caps(const seg_doc *d, const seg_line *l)
{
    size_t i = l->b0;
    int up = 0, low = 0, wup = 0, wlow = 0, digit = 0;
    while (i <= l->b1) {
        uint32_t cp = i < l->b1 ? seg_utf8_next(d->text, l->b1, &i) : (i++, ' ');
        if (cp == ' ' || cp == '\t') {
            if (!digit) {
                up += wup;
                low += wlow;
            }
            wup = wlow = digit = 0;
        } else if (cp_is_upper(cp)) wup++;
        else if (cp_is_lower(cp)) wlow++;
        else if (cp >= '0' && cp <= '9') digit = 1;
    }
    return up >= 3 && low * 10 <= up;
}

/* Does the line open a new item? Checked on the folded line. */
static int line_opens_item(const seg_doc *d, const seg_line *l)
{
    seg_para tmp;
    memset(&tmp, 0, sizeof tmp);
    size_t len = l->b1 - l->b0;
    tmp.text = seg_strndup(d->text + l->b0, len);
    tmp.fold = malloc(len + 1);
    tmp.cpos = malloc((len + 1) * sizeof *tmp.cpos);
    int r = 0;
    if (tmp.text && tmp.fold && tmp.cpos) {
        tmp.nchar = seg_fold(tmp.text, len, tmp.fold, tmp.cpos);
        tmp.caps = line_caps(d, l);
        find_marker(&tmp);
        r = tmp.mk != MK_NONE;
        if (!r) {
            /* sentence openers that start a paragraph of their own */
            static const char *const starts[] = {"can cu ", "xet ", "theo de nghi", "noi nhan", "kinh gui", "quyet dinh:", "quyet nghi:", NULL};
            /* ... with their capital: "căn cứ Kế hoạch này, ..." in lower
             * case is a sentence a page wrapped ("2. Các sở ... có liên quan"
             * / "căn cứ Kế hoạch này, xây dựng ...") */
            size_t b0 = 0;
            int capital = cp_is_upper(seg_utf8_next(tmp.text, len, &b0));
            for (int k = 0; capital && starts[k]; k++)
                if (!strncmp(tmp.fold, starts[k], strlen(starts[k])))
                    r = 1;
            /* a clause an amending act quotes: "“4. Công an cấp xã ...",
             * "“b) Người có thẩm quyền ..." (a paragraph, not a heading of
             * this act) */
            if (tmp.nchar > 3 && tmp.fold[0] == '"' &&
                (isdigit((unsigned char)tmp.fold[1]) || (isalpha((unsigned char)tmp.fold[1]) && tmp.fold[2] == ')')))
                r = 1;
            /* a footnote: "[1] Bộ Chính trị phân công ..." */
            if (tmp.nchar > 3 && tmp.fold[0] == '[' && isdigit((unsigned char)tmp.fold[1]) &&
                (tmp.fold[2] == ']' || (isdigit((unsigned char)tmp.fold[2]) && tmp.fold[3] == ']')))
                r = 1;
        }
    }
    free(tmp.text); free(tmp.fold); free(tmp.cpos); free(tmp.label);
    return r;
}

/* Does l open with OCR's comma for a label's stop ("3, SỞ Y tế")? Such a
 * label opens an item only after a blank line or a line that closes: a
 * page may wrap a sentence's list of numbers before a name ("... các
 * khoản 1," / "2, Điều 5 ..."). */
static int comma_label(const seg_doc *d, const seg_line *l)
{
    const char *f = d->fold + l->c0;
    size_t n = l->c1 - l->c0;
    return n > 2 && isdigit((unsigned char)f[0]) && (f[1] == ',' || (n > 3 && isdigit((unsigned char)f[1]) && f[2] == ','));
}

/* Do pl and l join two names with a dash, "... dự án Quy Nhơn" / "-
 * Pleiku, hoàn thành ...": pl ends in a capitalised syllable with no sign
 * after it, and after the dash one to three capitalised syllables are
 * closed by a comma, as a sentence goes on after a range of places. An
 * item opens with a verb or a body whose name goes on in lower case ("-
 * Phối hợp ...", "- Sở Tài chính, ..."), or is a name alone ("- UBND
 * huyện;"). */
static int name_range(const seg_doc *d, const seg_line *pl, const seg_line *l)
{
    size_t e = pl->c1, w = e;
    if (e == pl->c0 || !isalpha((unsigned char)d->fold[e - 1]))
        return 0;
    while (w > pl->c0 && d->fold[w - 1] != ' ')
        w--;
    size_t bi = d->cpos[w];
    if (!cp_is_upper(seg_utf8_next(d->text, pl->b1, &bi)))
        return 0;
    size_t c = l->c0 + 1;
    for (int syl = 0; syl < 3; syl++) {
        while (c < l->c1 && d->fold[c] == ' ')
            c++;
        bi = d->cpos[c];
        if (c >= l->c1 || !cp_is_upper(seg_utf8_next(d->text, l->b1, &bi)))
            return 0;
        while (c < l->c1 && isalpha((unsigned char)d->fold[c]))
            c++;
        if (c < l->c1 && d->fold[c] == ',')
            return 1;
        if (c >= l->c1 || d->fold[c] != ' ')
            return 0;
    }
    return 0;
}

/* A line that is only a label: "2.", "2.1.", "a)", "II.", "Điều 5." */
static int bare_label(const seg_doc *d, const seg_line *l)
{
    const char *f = d->fold + l->c0;
    size_t n = l->c1 - l->c0, i = 0;
    while (n > 0 && f[n - 1] == ' ')
        n--;
    if (n >= 5 && !strncmp(f, "dieu ", 5))
        i = 5;
    size_t j = i;
    if (j < n && isdigit((unsigned char)f[j])) {
        /* an item's number has at most two digits a part ("2.", "2.10."),
         * an article's any; "2026." alone is a year a page wrapped */
        size_t run = 0;
        while (j < n && (isdigit((unsigned char)f[j]) || f[j] == '.')) {
            run = f[j] == '.' ? 0 : run + 1;
            if (run > 2 && i == 0)
                return 0;
            j++;
        }
        return j == n && f[n - 1] == '.';
    }
    if (i == 0 && n == 2 && isalpha((unsigned char)f[0]) && f[1] == ')')
        return 1;
    while (j < n && strchr("ivxlc", f[j]))
        j++;
    return i == 0 && j > 0 && j + 1 == n && f[j] == '.';
}

/* Does l open with a Roman numeral that the word ending pl counts ("lần
 * thứ" / "XIII.", "khóa" / "XV")? A page wraps an ordinal's number onto
 * the next line, where it looks like a heading's label. */
static int ordinal_wrap(const seg_doc *d, const seg_line *pl, const seg_line *l)
{
    const char *f = d->fold + l->c0;
    size_t n = l->c1 - l->c0, j = 0;
    while (j < n && j < 8 && strchr("ivxl", f[j]) && d->text[l->b0 + j] >= 'A' &&
           d->text[l->b0 + j] <= 'Z')
        j++;
    if (j == 0 || (j < n && f[j] != '.' && f[j] != ' ' && f[j] != ','))
        return 0;
    size_t e = pl->c1;
    return (e - pl->c0 >= 3 && seg_word_at(d->fold, e, e - 3, "thu")) ||
           (e - pl->c0 >= 4 && seg_word_at(d->fold, e, e - 4, "khoa"));
}

static uint32_t first_cp(const seg_doc *d, const seg_line *l)
{
    size_t i = l->b0;
    return seg_utf8_next(d->text, l->b1, &i);
}

/* A line opening with a number in brackets and a capital word, "(1) Doanh
 * thu ...", "(12) Tỷ lệ ...": how resolutions and programmes number their
 * indicators. The bracket hides the capital that says a new sentence opens. */
static int paren_number_item(const seg_doc *d, const seg_line *l)
{
    size_t c = l->c0, e = l->c0 + 1;
    if (c >= d->nchar || d->fold[c] != '(')
        return 0;
    while (e < d->nchar && e < c + 4 && isdigit((unsigned char)d->fold[e]))
        e++;
    if (e == c + 1 || e + 2 >= d->nchar || d->fold[e] != ')' || d->fold[e + 1] != ' ')
        return 0;
    size_t bi = d->cpos[e + 2];
    return cp_is_upper(seg_utf8_next(d->text, l->b1, &bi));
}

/* The length of the verb a task opens with at the line's start ("Chủ trì",
 * "Phối hợp"), or 0. Wrapped names go on in capitals too ("Hội Liên hiệp" /
 * "Phụ nữ Thành phố"), so only such a verb says a heading ended. */
static size_t opens_task(const seg_doc *d, const seg_line *l)
{
    static const char *const verbs[] = {"chu tri", "phoi hop", "thuc hien", "tham muu", "trien khai",
                                        "to chuc", "huong dan", "chi dao", "theo doi", "tuyen truyen",
                                        "kiem tra", "bao cao", "ra soat", "tiep tuc", "chu dong", "tham gia",
                                        "nghien cuu", "don doc", "phan cong", "lam dau moi", "xay dung",
                                        "tang cuong", "day manh", "nang cao", "de xuat", "bo tri", NULL};
    const char *f = d->fold + l->c0;
    size_t n = l->c1 - l->c0;
    for (int k = 0; verbs[k]; k++) {
        size_t vl = strlen(verbs[k]);
        if (vl <= n && !memcmp(f, verbs[k], vl) && (vl == n || !isalnum((unsigned char)f[vl])))
            return vl;
    }
    return 0;
}

/* The length in characters of line l's first word. */
static size_t first_word(const seg_doc *d, const seg_line *l)
{
    size_t c = l->c0;
    while (c < l->c1 && d->fold[c] != ' ')
        c++;
    return c - l->c0;
}

/* Does l open an article ("Điều 7. ...", capital D, a number)? */
static int article_line(const seg_doc *d, const seg_line *l)
{
    const char *f = d->fold + l->c0;
    size_t n = l->c1 - l->c0;
    size_t b0 = l->b0;
    return n > 7 && !strncmp(f, "dieu ", 5) && isdigit((unsigned char)f[5]) &&
           seg_utf8_next(d->text, l->b1, &b0) == 0x110; /* "Đ" */
}

/* The head nouns a body's name opens with. */
static const char *const name_heads[] = {"Bộ", "Ban", "Sở", "Cục", "Vụ", "Viện", "Ủy ban", "Uỷ ban", "Tổng cục",
                                         "Chi cục", "Văn phòng", "Hội đồng", "Tòa án", "Toà án", "Ngân hàng",
                                         "Trung tâm"};

/* Does line l end where a noun phrase cannot: after a body's head noun
 * written with its capital ("... của Bộ", "... của Ủy ban"), whose name
 * must follow, or after a word that takes an object ("của", "và", "về",
 * "với", "cho", "thuộc")? Compared on the text with its marks, so that
 * "bò" or "cua" are not read as "Bộ" or "của". */
static int ends_inside_name(const seg_doc *d, const seg_line *l)
{
    static const char *const links[] = {"của", "và", "về", "với", "cho", "thuộc"};
    const size_t nh = sizeof name_heads / sizeof name_heads[0];
    const char *s = d->text + l->b0;
    size_t n = l->b1 - l->b0;
    for (size_t k = 0; k < nh + sizeof links / sizeof links[0]; k++) {
        const char *w = k < nh ? name_heads[k] : links[k - nh];
        size_t m = strlen(w);
        if (m < n && s[n - m - 1] == ' ' && !memcmp(s + n - m, w, m))
            return 1;
    }
    return 0;
}

/* Does line l end in a label's colon and a body's head noun alone, "-
 * Cơ quan thực hiện: Sở"? A PDF layer breaks the line there; the name
 * goes on on the next line, as no name ends on its head. */
static int value_stops_on_head(const seg_doc *d, const seg_line *l)
{
    const char *s = d->text + l->b0;
    size_t n = l->b1 - l->b0;
    for (size_t k = 0; k < sizeof name_heads / sizeof name_heads[0]; k++) {
        size_t m = strlen(name_heads[k]);
        if (m + 2 < n && s[n - m - 1] == ' ' && s[n - m - 2] == ':' && !memcmp(s + n - m, name_heads[k], m))
            return 1;
    }
    return 0;
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

void seg_para_free(seg_para *p)
{
    free(p->text);
    free(p->fold);
    free(p->cpos);
    free(p->label);
}

static int emit_para(seg_doc *d, size_t first, size_t last, size_t *cap)
{
    sbuf b = {0};
    for (size_t k = first; k < last; k++) {
        seg_line *l = &d->lines[k];
        if (l->dropped)
            continue;
        const char *s = d->text + l->b0;
        size_t n = l->b1 - l->b0;
        if (b.len) {
            /* a hyphen at the end right after a letter, lower case next: undo it */
            if (b.len >= 2 && b.buf[b.len - 1] == '-' && isalpha((unsigned char)b.buf[b.len - 2]) &&
                cp_is_lower(first_cp(d, l)))
                b.len--;
            else
                sb_putc(&b, ' ');
        }
        sb_add(&b, s, n);
    }
    char *text = sb_take(&b, NULL);
    if (!text)
        return -1;
    char *clean = seg_clean(text, strlen(text));
    free(text);
    if (!clean)
        return -1;
    if (!*clean) {
        free(clean);
        return 0;
    }
    if (seg_grow(&d->paras, d->nparas, cap, sizeof *d->paras, 64)) {
        free(clean);
        return -1;
    }
    seg_para *p = &d->paras[d->nparas];
    memset(p, 0, sizeof *p);
    p->wc = d->wc;
    size_t len = strlen(clean);
    p->text = clean;
    p->fold = malloc(len + 1);
    p->cpos = malloc((len + 1) * sizeof *p->cpos);
    if (!p->fold || !p->cpos) {
        seg_para_free(p);
        return -1;
    }
    p->nchar = seg_fold(clean, len, p->fold, p->cpos);
    size_t k0 = first;
    while (k0 < last && d->lines[k0].dropped)
        k0++;
    size_t k1 = last;
    while (k1 > k0 && d->lines[k1 - 1].dropped)
        k1--;
    p->b0 = d->lines[k0].b0;
    p->b1 = d->lines[k1 - 1].b1;
    p->start = seg_char_at(d, p->b0);
    p->end = seg_char_at(d, p->b1);
    p->page = d->lines[k0].page;
    p->section = -1;
    {
        size_t i = 0;
        int up = 0, low = 0;
        while (i < len) {
            uint32_t cp = seg_utf8_next(clean, len, &i);
            if (cp_is_upper(cp)) up++;
            else if (cp_is_lower(cp)) low++;
        }
        p->caps = up >= 3 && low * 10 <= up;
    }
    find_marker(p);
    d->nparas++;
    return 0;
}

int seg_reflow(seg_doc *d)
{
    drop_noise(d);
    /* the usual line width: the 80th percentile of line lengths in chars */
    size_t width = 60;
    if (d->nlines) {
        size_t *w = malloc(d->nlines * sizeof *w);
        if (!w)
            return -1;
        size_t m = 0;
        for (size_t k = 0; k < d->nlines; k++)
            if (!d->lines[k].dropped)
                w[m++] = d->lines[k].c1 - d->lines[k].c0;
        if (m) {
            qsort(w, m, sizeof *w, cmp_size);
            width = w[m * 8 / 10];
        }
        free(w);
    }
    size_t cap = 0, first = 0;
    int prev_caps = 0;
    size_t prev = (size_t)-1;
    int cell_gap = 0, row_gap = 0;
    for (size_t k = 0; k < d->nlines; k++) {
        seg_line *l = &d->lines[k];
        if (l->dropped) {
            cell_gap |= l->dropped == SEG_TABLE_CELL;
            /* a bare number inside a page, neither its first line nor after
             * a page's end: no page's number but a row's number (or a
             * value) of a table flattened one cell per line */
            row_gap |= l->dropped == 1 && k > 0 && prev != (size_t)-1 && d->lines[prev].page == l->page &&
                       d->lines[k - 1].page == l->page && k + 1 < d->nlines && d->lines[k + 1].page == l->page &&
                       seg_page_number(d->fold + l->c0, l->c1 - l->c0) && !memchr(d->fold + l->c0, '/', l->c1 - l->c0) &&
                       memchr(d->fold + l->c0, '-', l->c1 - l->c0) == NULL;
            continue;
        }
        int caps = line_caps(d, l);
        int brk = 0;
        if (prev != (size_t)-1) {
            seg_line *pl = &d->lines[prev];
            char last = d->text[pl->b1 - 1];
            size_t plen = pl->c1 - pl->c0;
            uint32_t fc = first_cp(d, l);
            int upper_start = cp_is_upper(fc) || (fc >= '0' && fc <= '9');
            int quote_start = 0;
            if (fc == 0x201C || fc == '"') {
                /* a clause an amending act quotes opens a paragraph after a
                 * line that closes, as its words would ("... như sau:" /
                 * "“Điều 48. Thẩm quyền ..."), with no blank line between in
                 * a PDF layer */
                size_t i = l->b0;
                seg_utf8_next(d->text, l->b1, &i);
                uint32_t c2 = i < l->b1 ? seg_utf8_next(d->text, l->b1, &i) : 0;
                quote_start = cp_is_upper(c2) || (c2 >= '0' && c2 <= '9');
            }
            if (d->attach_line && k >= d->attach_line && prev < d->attach_line)
                brk = 1; /* an attachment after the signature */
            else if (cell_gap)
                brk = 1; /* the next task of a table, its other cells between */
            else if (row_gap && upper_start && !caps && !prev_caps)
                brk = 1; /* "Chỉ tiêu về khách du lịch" / "1" / "Tổng lượt khách
                          * du lịch": a table's group row, then the next row's
                          * number and name; the short lines of a table do not
                          * fill the width a paragraph's wrapped lines do */
            else if (first == prev && bare_label(d, pl) && !line_opens_item(d, l))
                brk = 0; /* "2." on a line of its own, its heading on the next:
                          * "Trách nhiệm của Bộ Tài chính" */
            else if (ordinal_wrap(d, pl, l))
                brk = 0; /* "... Đại hội đại biểu toàn quốc lần thứ" / "XIII. Bộ Xây
                          * dựng ...": the ordinal's number, not a heading */
            else if (bare_label(d, l))
                brk = 1; /* ... and that "2." opens a paragraph */
            else if (line_opens_item(d, l) && !(comma_label(d, l) && !l->blank_before && !strchr(".:;!?", last))) {
                /* "... giai đoạn 2021\n- 2030;" is a range that wrapped, not a
                 * bullet; so is the joint of a compound a page broke, "... chính
                 * trị" / "- xã hội:", "... kinh tế" / "- xã hội của Tỉnh." (an
                 * item opens with a capital) */
                size_t c0 = l->c0;
                size_t c1 = c0 + 1;
                while (c1 < d->nchar && d->fold[c1] == ' ')
                    c1++;
                uint32_t nc = 0;
                if (c1 < d->nchar) {
                    size_t bi = d->cpos[c1];
                    nc = seg_utf8_next(d->text, l->b1, &bi);
                }
                /* what goes on after the dash: a figure glued to it (a
                 * negative value of a table, "-3.504,73"), a year (the
                 * range's end, "- 2030;") or a date ("ngày" / "- 29/6/2021");
                 * a bullet may open with any other figure, under a heading
                 * that ends in a year too ("3. Mục tiêu năm 2026" / "- 100%
                 * hồ sơ ...", "- 05 trạm ...") */
                size_t de = c1;
                while (de < d->nchar && isdigit((unsigned char)d->fold[de]))
                    de++;
                int goes_on = cp_is_lower(nc) || (de > c1 && (c1 == c0 + 1 || (de < d->nchar && d->fold[de] == '/') ||
                                                               (de - c1 == 4 && strchr("12", d->fold[c1]) &&
                                                                (de == d->nchar || !strchr("%.,", d->fold[de])))));
                brk = !(d->fold[c0] == '-' && c1 < d->nchar && goes_on && isalnum((unsigned char)d->fold[pl->c1 - 1]));
                if (brk && d->fold[c0] == '-' && plen * 10 >= width * 9 && name_range(d, pl, l) &&
                    !strchr("-+", d->fold[d->lines[first].c0]))
                    brk = 0; /* "... dự án Quy Nhơn" / "- Pleiku, hoàn thành ...": a
                              * range of two names the page broke before its dash,
                              * the line above filled, inside a paragraph that is no
                              * dash item */
            }
            else if (caps != prev_caps && (caps || plen * 10 < width * 9 || (prev_caps && !cp_is_lower(fc))))
                brk = 1; /* a heading in capitals begins or ends (a long heading
                          * ends too when the next line does not go on in lower case:
                          * "(Kèm theo Quyết định số ...)" under an annex's title) */
            else if (caps && prev_caps)
                brk = 0; /* a heading on two lines */
            else if (first == prev && cp_is_upper(fc) && !caps && value_stops_on_head(d, pl))
                brk = 0; /* "- Cơ quan thực hiện: Sở" / "Xây dựng tỉnh Lai Châu.",
                          * also where the name opens with a verb, "Xây dựng" */
            else if (first == prev && upper_start && !strchr(",-", last) && opens_task(d, l) &&
                     plen + 1 + opens_task(d, l) < width && line_opens_item(d, pl))
                brk = 1; /* a numbered heading that stopped short of the width, its
                          * first item on the next line ("2.9. Đề nghị Liên đoàn Lao
                          * động tỉnh" / "Chủ trì ..."): the heading ends there, or the
                          * body's name takes in the verb ("... tỉnh Chủ trì") */
            else if (first == prev && cp_is_upper(fc) && article_line(d, pl) && ends_inside_name(d, pl) &&
                     !article_line(d, l) && (l->c1 - l->c0) * 10 < width * 8 &&
                     !strchr(".:;!?,", d->text[l->b1 - 1]))
                brk = 0; /* "Điều 38. Trách nhiệm của Bộ" / "Thông tin và Truyền
                          * thông": a title that stopped on a head noun or on "của"
                          * goes on with the name; the line under it is short, has
                          * no label (a numbered or dashed item broke above) and no
                          * stop, as a title has none */
            else if (first == prev && upper_start && !strchr(",-", last) && article_line(d, pl) &&
                     (plen + 1 + first_word(d, l)) * 10 < width * 9)
                brk = 1; /* an article's title is a paragraph of its own: where the
                          * next line's first word would have fit on the title's
                          * line, the title ended ("Điều 7. Thời gian thực hiện" /
                          * "Thời gian thực hiện ... từ ngày ..."); a title a page
                          * wrapped fills its line */
            else if (strchr(".:;!?", last) && (upper_start || fc == '(' || quote_start))
                brk = 1; /* "(1) Phối hợp ..." after "... chủ trì:" is an item */
            else if (last == ',' && first == prev && article_line(d, pl) && upper_start && !article_line(d, l))
                brk = 0; /* an article's sentence does not end in a comma: "Điều 3.
                          * Chánh Văn phòng Ủy ban nhân dân tỉnh," / "Giám đốc Sở Xây
                          * dựng, ... chịu trách nhiệm thi hành ...", its list of
                          * subjects broken after a name, however short the line (a
                          * line opening an item broke above) */
            else if (plen * 10 < width * 7 && (upper_start || paren_number_item(d, l)))
                brk = 1; /* a short line ended the paragraph ("2. Chỉ tiêu cụ thể
                          * năm 2026" / "(1) Doanh thu ...": a heading with no
                          * colon over its numbered indicators) */
            else if (strchr(".:;", last) && l->c1 - l->c0 > 3 &&
                     (d->fold[l->c0 + 1] == ')' || d->fold[l->c0 + 1] == '.') &&
                     d->fold[l->c0 + 2] == ' ' && isalnum((unsigned char)d->fold[l->c0]))
                brk = 1; /* "f) ..." after "e)", or "o. Sở Tài chính" (OCR for "5."):
                          * a new item even when the label is not a valid one */
            else if (l->blank_before && strchr(".:!?", last) && !cp_is_lower(fc))
                brk = 1; /* "(...)" or a quote opening a paragraph; ";" + lower case goes on */
            if (brk && emit_para(d, first, k, &cap) < 0)
                return -1;
        }
        if (brk || prev == (size_t)-1)
            first = k;
        cell_gap = 0;
        row_gap = 0;
        prev = k;
        prev_caps = caps;
    }
    if (prev != (size_t)-1 && emit_para(d, first, d->nlines, &cap) < 0)
        return -1;
    return 0;
}

int seg_is_can_cu(const seg_para *p)
{
    const char *f = p->fold + p->label_chars;
    size_t n = p->nchar - p->label_chars;
    if (n < 8 || strncmp(f, "can c", 5))
        return 0;
    /* "căn cứ" with the second word damaged: c + at most 3 letters */
    size_t j = 5;
    while (j < n && j < 9 && isalpha((unsigned char)f[j]))
        j++;
    return j < n && f[j] == ' ' && j <= 8;
}
