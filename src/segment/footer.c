/*
 * footer.c: the Decree 30/2020 end block below the body: the signer's
 * column (signing prefix, title, name), the "Nơi nhận" list, the two run
 * together on one line, and where an attachment begins after them.
 * Lines used here are taken out of the body.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "common/decree30.h"
#include "repair/utf8.h"
#include "segment/header_internal.h"
#include "segment/places.h"

static const char *const title_words[] = {
    "chu tich", "giam doc", "bo truong", "thu truong", "chu nhiem", "thu tuong",
    "truong ban", "chanh van phong", "tong giam doc", "vien truong", "chanh an",
    "bi thu", NULL};   /* "BÍ THƯ", "PHÓ BÍ THƯ": a Party committee's signer */

/* Title word t in the folded line f, also as OCR runs the bold title's
 * words together ("CHỦTỊCH", "BỘTRƯỞNG": then as a whole word); its
 * position, and its length in *len, or NULL. */
static const char *title_word_at(const char *f, int t, size_t *len)
{
    const char *p = strstr(f, title_words[t]);
    if (p) {
        *len = strlen(title_words[t]);
        return p;
    }
    char run[24];
    size_t k = 0;
    for (const char *c = title_words[t]; *c && k + 1 < sizeof run; c++)
        if (*c != ' ')
            run[k++] = *c;
    run[k] = 0;
    for (p = strstr(f, run); p; p = strstr(p + 1, run))
        if ((p == f || !isalnum((unsigned char)p[-1])) && !isalnum((unsigned char)p[k])) {
            *len = k;
            return p;
        }
    return NULL;
}

/* Any title word in f, spaced or run together. */
static int has_title_word(const char *f)
{
    size_t len;
    for (int t = 0; title_words[t]; t++)
        if (title_word_at(f, t, &len))
            return 1;
    return 0;
}

/* "Nơi nhận:" (within one edit, near the start, then a colon or the end of
 * the line: "Nơi nhận hồ sơ" in a procedure is a sentence). */
static int is_noi_nhan(const hline *h, size_t *end)
{
    size_t a, b;
    if (seg_fuzzy_find(h->fold, h->n < 30 ? h->n : 30, D30_NOI_NHAN, 1, &a, &b) < 0 || a >= 12)
        return 0;
    size_t j = b;
    while (j < h->n && h->fold[j] == ' ')
        j++;
    if (j < h->n && h->fold[j] != ':' && h->fold[j] != '-')
        return 0;
    *end = j < h->n && h->fold[j] == ':' ? j + 1 : b;
    return 1;
}

/* The signer acts for a body or a superior (common/decree30.h); a prefix
 * in capitals at the line start. */
int hf_sig_prefix(const char *f)
{
    return (int)d30_signer_prefix(f);
}

static int joined_footer(const hline *h);
static char *caps_before_specks(const hline *h);

static int opens_end_block(const hline *h)
{
    size_t e;
    return is_noi_nhan(h, &e) || (hf_sig_prefix(h->fold) && hline_caps(h)) || joined_footer(h);
}

/* An attachment's first line after a signature: its type in capitals
 * ("KẾ HOẠCH", "QUY CHẾ", "PHỤ LỤC I", "DANH MỤC ..."), the motto or an
 * issuer repeated above it, or "(Kèm theo Quyết định số ...)". */
static int opens_attachment(const hline *h)
{
    static const char *const w[] = {
        "phu luc", "danh muc", "quy che", "quy dinh", "ke hoach", "huong dan", "chuong trinh",
        "de an", "phuong an", "cong hoa xa hoi", "uy ban nhan dan", "hoi dong nhan dan",
        "dieu le", "bieu mau", "mau so", NULL};
    size_t i = 0;
    while (i < h->n && h->fold[i] == ' ')
        i++;
    if (!strncmp(h->fold + i, "(kem theo", 9) || !strncmp(h->fold + i, "(ban hanh kem theo", 18))
        return 1;
    if (!hline_caps(h))
        return 0;
    for (int k = 0; w[k]; k++)
        if (!strncmp(h->fold + i, w[k], strlen(w[k])))
            return 1;
    return 0;
}

/* Narrow [*a, *b) of a folded line to its words: no blanks at either end. */
void hf_trim_fold(const char *f, size_t *a, size_t *b)
{
    while (*a < *b && f[*a] == ' ')
        (*a)++;
    while (*b > *a && f[*b - 1] == ' ')
        (*b)--;
}

/* Is h[a, b) a person's name: 2-5 capitalised words of letters, not all in
 * capitals? A military rank before it ("Đại tướng", "Thiếu tá") is kept. */
static int is_name(const hline *h, size_t a, size_t b)
{
    static const char *const ranks[] = {"dai tuong ", "thuong tuong ", "trung tuong ", "thieu tuong ",
                                        "dai ta ", "thuong ta ", "trung ta ", "thieu ta ", NULL};
    hf_trim_fold(h->fold, &a, &b);
    for (int k = 0; ranks[k]; k++)
        if (b - a > strlen(ranks[k]) && !strncmp(h->fold + a, ranks[k], strlen(ranks[k])))
            a += strlen(ranks[k]);
    if (b <= a || b - a >= 40)
        return 0;
    size_t len = strlen(h->text);
    int words = 0, upper_words = 0;
    for (size_t i = a; i < b;) {
        while (i < b && h->fold[i] == ' ')
            i++;
        if (i >= b)
            break;
        size_t bi = h->cpos[i];
        if (!cp_is_upper(seg_utf8_next(h->text, len, &bi)))
            return 0;
        int low = 0;
        for (; i < b && h->fold[i] != ' '; i++) {
            if (!isalpha((unsigned char)h->fold[i]))
                return 0;
            size_t bj = h->cpos[i];
            uint32_t cp = seg_utf8_next(h->text, len, &bj);
            if (low && cp_is_upper(cp))
                return 0; /* "TháiPHỤ": the next line joined to the name */
            if (cp_is_lower(cp))
                low = 1;
        }
        /* a syllable of a name in title case is no word of two capitals
         * ("Mai VI Văn Chính") nor a consonant alone ("Nguyên N Hoàng
         * Giang"; a vowel is one, "Y Thanh"): an OCR speck of the seal or
         * the signature among the words, which name_read drops */
        size_t wl = 0, wi = i;
        while (wi > a && h->fold[wi - 1] != ' ')
            wi--, wl++;
        if (words && !low && (wl == 2 || (wl == 1 && !strchr("aeiouy", h->fold[wi]))))
            return 0;
        upper_words += !low;
        words++;
    }
    return words >= 2 && words <= 5 && upper_words < words;
}

/* A name as OCR gives it when is_name refuses the line: its capitalised
 * words from the line's start, OCR specks of one or two letters among them
 * dropped ("Nguyễn sẻ Sỹ Hiệp", "Phùng Q Thị Hồng Hà"), up to a word in
 * capitals or one that turns to capitals ("TháiPHỤ LỤC I", "qMỨC": the
 * attachment's heading joined to the name). The name, or NULL. */
static char *name_read(const hline *h)
{
    size_t len = strlen(h->text), i = 0;
    int words = 0, specks = 0, stop_ok = 1;
    sbuf o = {0};
    while (i < h->n) {
        while (i < h->n && h->fold[i] == ' ')
            i++;
        if (i >= h->n)
            break;
        size_t w = i, cut = 0;
        int up = 0, low = 0, alpha = 1;
        for (; i < h->n && h->fold[i] != ' '; i++) {
            size_t bj = h->cpos[i];
            uint32_t cp = seg_utf8_next(h->text, len, &bj);
            if (!isalpha((unsigned char)h->fold[i]))
                alpha = 0;
            if (low && cp_is_upper(cp) && !cut)
                cut = i;
            up += cp_is_upper(cp);
            low += cp_is_lower(cp);
        }
        size_t e = cut ? cut : i;
        /* OCR's punctuation after the name ("Lê Văn Bình ;", "Lê Văn
         * Bình.") is a speck: the letters before it are the word */
        size_t le = e;
        while (le > w && !isalnum((unsigned char)h->fold[le - 1]) && e - le < 2)
            le--;
        /* a speck: punctuation alone, or at most two letters with it
         * ("Lê mẹ. Hài Hòa": the seal's edge) */
        if (!alpha && words && le - w <= 2 && e - w <= 3) {
            specks++;
            if (specks > 2)
                break;
            continue;
        }
        if (!alpha && le > w && le < e && i >= h->n) {
            alpha = 1;
            for (size_t q = w; q < le; q++)
                alpha = alpha && isalpha((unsigned char)h->fold[q]);
            if (alpha)
                e = le;
        }
        int capitalised = alpha && e - w >= 2 && hline_caps_at(h, w, 1) && !hline_caps_at(h, w + 1, e - w - 1);
        if (capitalised && words < 5) {
            if (o.len)
                sb_putc(&o, ' ');
            sb_add(&o, h->text + h->cpos[w], h->cpos[e] - h->cpos[w]);
            words++;
        } else if (alpha && e - w <= 2 && words && specks < 2) {
            specks++;
        } else {
            /* the attachment's heading in capitals, also after a speck
             * ("Mai Văn Chính 7QUY CHẾ") */
            stop_ok = up >= 2 && !low;
            break;
        }
        if (cut)
            break;
    }
    char *name = sb_take(&o, NULL);
    if (words < 2 || !stop_ok) {
        free(name);
        return NULL;
    }
    return name;
}

/* The end of a title's capitals from folded position s: OCR's specks after
 * it ("CHỦ TỊCH - mà", "BỘ TRƯỞNG |") are not the title. The end of the
 * last word holding a capital before a word in lower case, punctuation
 * alone after it dropped. */
static size_t caps_end(const hline *h, size_t s)
{
    size_t end = s, i = s, len = strlen(h->text);
    while (i < h->n) {
        while (i < h->n && h->fold[i] == ' ')
            i++;
        size_t w = i;
        int up = 0, low = 0;
        for (; i < h->n && h->fold[i] != ' '; i++) {
            size_t bi = h->cpos[i];
            uint32_t cp = seg_utf8_next(h->text, len, &bi);
            up += cp_is_upper(cp);
            low += cp_is_lower(cp);
        }
        if (i == w)
            break;
        if (low)
            break;
        if (up)
            end = i;
    }
    return end > s ? end : h->n;
}

/* The signer's title in a line of capitals holding a title word, from the
 * start of its run of capitals ("KT. CHỦ TỊCH" gives "CHỦ TỊCH"). */
static char *title_in(const hline *h)
{
    for (int t = 0; title_words[t]; t++) {
        size_t tl;
        const char *p = title_word_at(h->fold, t, &tl);
        if (!p || !hline_caps_at(h, (size_t)(p - h->fold), tl))
            continue;
        size_t s = (size_t)(p - h->fold);
        while (s > 0) {
            size_t bi = h->cpos[s - 1];
            uint32_t cp = seg_utf8_next(h->text, strlen(h->text), &bi);
            if (cp_is_lower(cp) || cp == ':' || cp == ';')
                break;
            s--;
        }
        while (s < h->n && !isalnum((unsigned char)h->fold[s]))
            s++;
        return hline_sub(h, s, caps_end(h, s));
    }
    return NULL;
}

/* "KT." (ký thay) right above the name: the deputy signs and OCR lost
 * the deputy's own title line; it is the head's title with "PHÓ" ("KT.
 * TRƯỞNG BAN CHÍNH SÁCH, ..." gives "PHÓ TRƯỞNG BAN"), "THỨ TRƯỞNG" for a
 * minister. The first head's title named in the line; NULL when none. */
static char *deputy_title(const char *f)
{
    static const struct { const char *head, *deputy; } D[] = {
        {"bo truong", "THỨ TRƯỞNG"}, {"tong giam doc", "PHÓ TỔNG GIÁM ĐỐC"},
        {"thu tuong", "PHÓ THỦ TƯỚNG"}, {"chu tich", "PHÓ CHỦ TỊCH"}, {"giam doc", "PHÓ GIÁM ĐỐC"},
        {"chu nhiem", "PHÓ CHỦ NHIỆM"}, {"truong ban", "PHÓ TRƯỞNG BAN"},
        {"chanh van phong", "PHÓ CHÁNH VĂN PHÒNG"}, {"vien truong", "PHÓ VIỆN TRƯỞNG"},
        {"chanh an", "PHÓ CHÁNH ÁN"}, {"bi thu", "PHÓ BÍ THƯ"}, {"cuc truong", "PHÓ CỤC TRƯỞNG"},
    };
    const char *best = NULL, *at = NULL;
    for (size_t k = 0; k < sizeof D / sizeof D[0]; k++) {
        const char *p = strstr(f, D[k].head);
        if (p && (!at || p < at)) { /* "TỔNG GIÁM ĐỐC" before its "GIÁM ĐỐC" */
            at = p;
            best = D[k].deputy;
        }
    }
    return best ? seg_strdup(best) : NULL;
}

/* The title from the line of capitals right above the name: "THỨ TRƯỞNG"
 * under "KT. BỘ TRƯỞNG". A "TM." line names the body, not a title; a line
 * that joined "KT. TRƯỞNG BAN ... PHÓ TRƯỞNG BAN", or holds the wrapped end
 * of that line, gives its last "PHÓ ...". */
static char *title_above(const hline *h)
{
    size_t i = 0;
    while (i < h->n && h->fold[i] == ' ')
        i++;
    int pre = hf_sig_prefix(h->fold + i);
    /* "TM. ỦY BAN NHÂN DÂN" names the collective, no title; a block run
     * into one line goes on to the signer's own ("TM. ỦY BAN NHÂN DÂN KT.
     * CHỦ TỊCH PHÓ CHỦ TỊCH") */
    if (!strncmp(h->fold + i, "tm.", 3) || !strncmp(h->fold + i, "t/m", 3)) {
        const char *kt = strstr(h->fold + i, " kt. ");
        if (!kt && !strstr(h->fold + i, " pho "))
            return NULL;
        if (kt && !strstr(kt, " pho ")) {
            i = (size_t)(kt - h->fold) + 1;
            pre = hf_sig_prefix(h->fold + i);
        }
    }
    /* also without the prefix: the "KT." line wrapped by the page ("KT.
     * TRƯỞNG BAN GIÁM SÁT QUẢN LÝ" / "VỀ HQ PHÓ TRƯỞNG BAN") leaves its end
     * before the deputy's title */
    const char *last = NULL;
    for (const char *q = strstr(h->fold + i, " pho "); q; q = strstr(q + 1, " pho "))
        last = q;
    if (last)
        i = (size_t)(last - h->fold) + 1;
    else if (!strncmp(h->fold + i, "kt.", 3))
        return deputy_title(h->fold + i);
    else if (pre)
        i += (size_t)pre;
    while (i < h->n && h->fold[i] == ' ')
        i++;
    return hline_sub(h, i, caps_end(h, i));
}

typedef struct {
    int in_list;          /* inside "Nơi nhận" */
    int list_seen;
    char *caps_line;      /* the last line of capitals in the signer's column */
    char *title_fb;       /* a title word seen (when no name follows) */
    int named;
    size_t list_base;     /* recipients before "Nơi nhận" (a "Kính gửi" list's) */
} tail_state;

/* A web copy that ran the signer's block into one line ("KT. BỘ TRƯỞNG
 * THỨ TRƯỞNG Nguyễn Sinh Nhật Tân"): a signing prefix and its capitals,
 * then the name of two to five capitalised words ending the line. The
 * start of the name, or 0. */
static size_t name_ending_block(const hline *h)
{
    size_t i = 0;
    while (i < h->n && h->fold[i] == ' ')
        i++;
    if (!hf_sig_prefix(h->fold + i))
        return 0;
    size_t b = h->n;
    while (b > i && (h->fold[b - 1] == ' ' || h->fold[b - 1] == '|'))
        b--;
    size_t end = b;
    for (int words = 0; words < 5; words++) {
        size_t w = b;
        while (w > i && h->fold[w - 1] != ' ')
            w--;
        if (w <= i)
            return 0;
        size_t a = w;
        while (a > i && h->fold[a - 1] == ' ')
            a--;
        /* the capitals before the name end with a title word */
        if (words >= 1 && is_name(h, w, end) && hline_caps_at(h, i, a - i) && has_title_word(h->fold + i))
            return w;
        b = a;
    }
    return 0;
}

/* One recipient line, a wrapped one, or the "Lưu" line that ends the list. */
static void tail_list_line(seg_doc *d, seg_metadata *m, tail_state *st, hline *h)
{
    size_t lead = 0, e;
    if (is_noi_nhan(h, &e)) {
        hline_blank(h, 0, e);
        st->in_list = st->list_seen = 1;
        st->list_base = m->n_recipients;
    }
    while (lead < h->n && h->fold[lead] == ' ')
        lead++;
    /* OCR reads the item's dash as "~" or "ˆ" too (folded '~') */
    int is_item = lead < h->n && (h->fold[lead] == '-' || h->fold[lead] == '+' || h->fold[lead] == '~');
    size_t word0 = lead;
    while (word0 < h->n && !isalnum((unsigned char)h->fold[word0]))
        word0++;
    /* a line in capitals holding a title word (the signer's title) ends
     * the list even when OCR lost its last line ("- Lưu: ...") */
    int caps_title = has_title_word(h->fold);
    if (st->in_list && caps_title && hline_caps(h))
        st->in_list = 0;
    if (st->in_list && caps_title) { /* "CHỦ TỊCH - mà": the title with a seal's specks */
        char *c = caps_before_specks(h);
        if (c)
            st->in_list = 0;
        free(c);
    }
    /* so does the signer's block opening with its prefix ("KT. THỐNG ĐỐC",
     * "TM. ỦY BAN NHÂN DÂN") after the list's items, when OCR garbled "-
     * Lưu" ("sTưu: VT"); not the block set beside "Nơi nhận:" above them */
    if (st->in_list && m->n_recipients > st->list_base && !is_item && hline_caps(h) && hf_sig_prefix(h->fold + word0))
        st->in_list = 0;
    /* and the block run into one line with its name ("KT. BỘ TRƯỞNG THỨ
     * TRƯỞNG Nguyễn Sinh Nhật Tân") */
    if (st->in_list && !is_item && name_ending_block(h))
        st->in_list = 0;
    if (!st->in_list)
        return;
    if ((is_item || word0 > lead) && !strncmp(h->fold + word0, "luu", 3) &&
        (word0 + 3 >= h->n || !isalpha((unsigned char)h->fold[word0 + 3]))) {
        st->in_list = 0;
    } else if (is_item) {
        if (hf_add_recipient(m, hf_recipient_text(h, lead)) < 0)
            d->oom = 1;
    } else if (m->n_recipients && !hline_caps(h)) {
        /* a list line that wrapped */
        char *last = m->recipients[m->n_recipients - 1];
        size_t ll = strlen(last);
        char *more = ll && last[ll - 1] != ';' ? hf_recipient_text(h, lead) : NULL;
        if (more) {
            sbuf s = {0};
            sb_puts(&s, last);
            sb_putc(&s, ' ');
            sb_puts(&s, more);
            free(more);
            char *joined = sb_take(&s, NULL);
            if (joined) {
                free(last);
                m->recipients[m->n_recipients - 1] = joined;
            }
        }
    }
}

static char *name_of(const hline *h)
{
    return is_name(h, 0, h->n) ? hline_sub(h, 0, h->n) : name_read(h);
}

/* OCR joins the end of a wrapped recipient to the name with one blank
 * ("tỉnh; Nguyễn Minh Dũng"): the name after the item's closing ';'. */
static char *name_after_item(const hline *h)
{
    const char *semi = strrchr(h->text, ';');
    if (!semi || semi[1] != ' ')
        return NULL;
    hline r;
    char *nm = NULL;
    if (hline_set(&r, semi + 1, strlen(semi + 1)) == 0)
        nm = name_of(&r);
    hline_free(&r);
    return nm;
}

/* A line that only qualifies the title above it and cannot stand as a
 * title of its own: "PHÓ TỔNG THANH TRA" / "THƯỜNG TRỰC" is one title
 * (Phó Tổng Thanh tra thường trực), and so is "... / PHỤ TRÁCH". */
static int title_qualifier(const char *fold)
{
    static const char *const Q[] = {"thuong truc", "phu trach", NULL};
    while (*fold == ' ')
        fold++;
    for (int k = 0; Q[k]; k++) {
        size_t n = strlen(Q[k]);
        if (!strncmp(fold, Q[k], n) && strspn(fold + n, " ,.") == strlen(fold + n))
            return 1;
    }
    return 0;
}

/* A title line in capitals that OCR ended with a seal's or a signature's
 * specks ("PHÓ CHỦ TỊCH - mà", "CHỦ TỊCH ii ,"): the capitals up to the
 * last word holding one, when what follows is at most three tokens of at
 * most two letters or digits each; NULL otherwise. */
static char *caps_before_specks(const hline *h)
{
    size_t ce = caps_end(h, 0);
    if (ce >= h->n)
        return NULL;
    int tokens = 0;
    for (size_t i = ce; i < h->n;) {
        while (i < h->n && h->fold[i] == ' ')
            i++;
        if (i >= h->n)
            break;
        int al = 0;
        for (; i < h->n && h->fold[i] != ' '; i++)
            al += isalnum((unsigned char)h->fold[i]) != 0;
        if (al > 2 || ++tokens > 3)
            return NULL;
    }
    char *c = hline_sub(h, 0, ce);
    hline ch;
    int caps = c && hline_set(&ch, c, strlen(c)) == 0 && hline_caps(&ch);
    if (c)
        hline_free(&ch);
    if (!caps) {
        free(c);
        return NULL;
    }
    return c;
}

/* The signer's column of a line: its title lines and the name. */
static void sig_line(seg_metadata *m, tail_state *st, const hline *h)
{
    char *t = title_in(h);
    if (t) {
        free(st->title_fb);
        st->title_fb = t;
    }
    if (hline_caps(h)) {
        char *c = hline_sub(h, 0, h->n);
        size_t pl = st->caps_line ? strlen(st->caps_line) : 0;
        if (c && pl && (strchr(",-", st->caps_line[pl - 1]) || title_qualifier(h->fold))) {
            /* a title set on two lines: "TRƯỞNG BAN BAN CHÍNH SÁCH," / "THUẾ QUỐC TẾ" */
            sbuf b = {0};
            sb_puts(&b, st->caps_line);
            sb_putc(&b, ' ');
            sb_puts(&b, c);
            free(c);
            c = sb_take(&b, NULL);
        }
        if (c) {
            free(st->caps_line);
            st->caps_line = c;
        }
        return;
    }
    if (st->named)
        return;
    m->signer = name_of(h);
    if (!m->signer)
        m->signer = name_after_item(h);
    if (!m->signer)
        return;
    st->named = 1;
    char *above = NULL;
    if (st->caps_line) {
        hline c;
        if (hline_set(&c, st->caps_line, strlen(st->caps_line)) == 0)
            above = title_above(&c);
        hline_free(&c);
    }
    free(m->signer_title);
    m->signer_title = above ? above : seg_strdup(st->title_fb);
}

/* The signer's column of a line; a title line with specks after it is
 * read as the line of capitals it was on the page. */
static void tail_sig_part(seg_metadata *m, tail_state *st, const hline *h)
{
    size_t ns = name_ending_block(h);
    if (ns) {
        hline caps, name;
        int ok = hline_set(&caps, h->text, h->cpos[ns]) == 0;
        size_t ne = h->n;
        while (ne > ns && (h->fold[ne - 1] == ' ' || h->fold[ne - 1] == '|'))
            ne--;
        ok = hline_set(&name, h->text + h->cpos[ns], h->cpos[ne] - h->cpos[ns]) == 0 && ok;
        if (ok) {
            sig_line(m, st, &caps);
            sig_line(m, st, &name);
        }
        hline_free(&caps);
        hline_free(&name);
        if (ok)
            return;
    }
    char *cut_text = NULL;
    if (!hline_caps(h)) {
        char *t = title_in(h);
        if (t)
            cut_text = caps_before_specks(h);
        free(t);
    }
    hline cut;
    if (cut_text && hline_set(&cut, cut_text, strlen(cut_text)) == 0)
        sig_line(m, st, &cut);
    else
        sig_line(m, st, h);
    if (cut_text)
        hline_free(&cut);
    free(cut_text);
}

/* Where the two columns of a footer were joined on one line ("- Lưu: VT.
 * <spaces> Kim Ngọc Thái"): the start of the right column, or 0. A tab is
 * such a gap alone: a web copy that kept the footer's table sets its cells
 * apart by tabs ("- Lưu: VT.<TAB>Kim Ngọc Thái"), and no sentence holds one. */
size_t hf_column_gap(const hline *h)
{
    size_t i = 0;
    while (i < h->n && (h->fold[i] == ' ' || h->fold[i] == '\t'))
        i++;
    /* a table's cells written with bars ("| Nơi nhận: ... | TM. ... |"), as
     * a converter to plain text or Markdown leaves them: a bar between blanks
     * parts the columns too; the bars at the line's ends are none */
    if (i < h->n && h->fold[i] == '|')
        i++;
    for (; i + 1 < h->n; i++)
        if (h->fold[i] == '\t' ||
            (i + 3 < h->n && h->fold[i] == ' ' && h->fold[i + 1] == ' ' && h->fold[i + 2] == ' ') ||
            (i + 2 < h->n && h->fold[i] == ' ' && h->fold[i + 1] == '|' && h->fold[i + 2] == ' ')) {
            size_t j = i;
            while (j < h->n && (h->fold[j] == ' ' || h->fold[j] == '\t' || h->fold[j] == '|'))
                j++;
            return j < h->n ? j : 0;
        }
    return 0;
}

/* OCR joins the footer's columns with a single blank: "- Như trên; KT.
 * TRƯỞNG BAN GIÁM SÁT QUẢN LÝ", "- Lưu: VT, GSQL (03b). VỀ HQ PHÓ TRƯỞNG
 * BAN". In a list item, the capitals after its closing ';' or '.' are the
 * signer's column when they hold a title word or a signing prefix, or go
 * on a title the line above left open ("... CHÍNH SÁCH," / "THUẾ QUỐC TẾ").
 * The start of that column, or 0. */
static size_t caps_tail(const hline *h, const tail_state *st)
{
    size_t lead = 0;
    while (lead < h->n && h->fold[lead] == ' ')
        lead++;
    if (lead >= h->n || !strchr("-+~", h->fold[lead]))
        return 0;
    size_t pl = st->caps_line ? strlen(st->caps_line) : 0;
    int open = pl && strchr(",-", st->caps_line[pl - 1]);
    for (size_t i = lead + 2; i + 4 < h->n; i++) {
        if (h->fold[i - 1] != ' ' || !strchr(";.)", h->fold[i - 2]) || !isalpha((unsigned char)h->fold[i]))
            continue;
        hline t;
        if (hline_set(&t, h->text + h->cpos[i], strlen(h->text) - h->cpos[i]) < 0) {
            hline_free(&t);
            return 0;
        }
        int caps = hline_caps(&t) && hline_caps_at(&t, 0, t.n), titled = hf_sig_prefix(t.fold) || open;
        titled = titled || has_title_word(t.fold);
        hline_free(&t);
        if (caps && titled)
            return i;
    }
    return 0;
}

/* A web copy that ran the footer's two columns together with one blank
 * puts the signer's name after the closing stop of the list's last item,
 * "- Lưu: VT. Lê Văn Hòa": the office's copy lists codes ("VT", "NVY"),
 * so a name of capitalised syllables after its stop ends the line as the
 * signer's column. The start of that name, or 0. */
static size_t name_after_luu(const hline *h)
{
    size_t i = 0;
    while (i < h->n && (h->fold[i] == ' ' || h->fold[i] == '-' || h->fold[i] == '+' || h->fold[i] == '~'))
        i++;
    if (!i || strncmp(h->fold + i, "luu", 3) || (i + 3 < h->n && isalpha((unsigned char)h->fold[i + 3])))
        return 0;
    for (size_t k = h->n; k > i + 4; k--) {
        if (h->fold[k - 1] != ' ' || !strchr(".;", h->fold[k - 2]))
            continue;
        return is_name(h, k, h->n) ? k : 0;
    }
    return 0;
}

/* Blanks before a -layout row of the signer's column (the page's right
 * half: its text starts past the middle of a 75-column row). */
#define SIG_COLUMN 28

/* The blanks before line k in the document (its text is trimmed). */
size_t hf_line_indent(const seg_doc *d, size_t k)
{
    size_t b = d->lines[k].b0, n = 0;
    while (b > 0 && d->text[b - 1] == ' ') {
        b--;
        n++;
    }
    return n;
}

/* One line of the end block. Returns 1 when the block ends after it. */
static int tail_line(seg_doc *d, seg_metadata *m, tail_state *st, hline *h, size_t indent)
{
    size_t gap = hf_column_gap(h);
    if (!gap)
        gap = caps_tail(h, st);
    if (!gap && !st->named)
        gap = name_after_luu(h);
    hline right;
    int has_right = gap && hline_set(&right, h->text + h->cpos[gap], strlen(h->text) - h->cpos[gap]) == 0;
    if (gap && !has_right)
        hline_free(&right);
    if (has_right)
        hline_blank(h, gap, h->n);
    int was_named = st->named;
    size_t lead = 0;
    while (lead < h->n && h->fold[lead] == ' ')
        lead++;
    int item = lead < h->n && strchr("-+~", h->fold[lead]);
    /* pdftotext -layout sets the signer's column alone on its rows, far
     * right, between the list's ("Nơi nhận:  BỘ TRƯỞNG" / ... /
     * "               Nguyễn Mạnh Hùng" / "- Văn phòng ..."): such a row is
     * the signer's, not a wrapped recipient, inside the list too */
    if (!has_right && !item && indent >= SIG_COLUMN && lead < h->n) {
        tail_sig_part(m, st, h);
        return !was_named && st->named;
    }
    tail_list_line(d, m, st, h);
    if (has_right) {
        tail_sig_part(m, st, &right);
        hline_free(&right);
    }
    if (!st->in_list && !item && !hf_blank_fold(h->fold, h->n)) {
        size_t e;
        if (!is_noi_nhan(h, &e))
            tail_sig_part(m, st, h);
    }
    return !was_named && st->named;
}

/* Does a "Nơi nhận" line come within the next few lines (a signature
 * printed above its recipient list)? */
static int list_follows(const seg_doc *d, size_t k)
{
    for (size_t q = k, seen = 0; q < d->nlines && seen < 3; q++) {
        hline h;
        size_t e;
        if (hline_init(&h, d, &d->lines[q]) < 0) {
            hline_free(&h);
            return 0;
        }
        int r = is_noi_nhan(&h, &e), blank_line = hf_blank_fold(h.fold, h.n);
        hline_free(&h);
        if (r)
            return 1;
        seen += !blank_line;
    }
    return 0;
}

/* Can line k open the end block? A cheap look at the document's folded
 * text first ("Nơi nhận" is short or followed by its colon or list; the
 * signer's prefixes open the line), so that long documents stay fast. */
static int may_open_end(const seg_doc *d, size_t k)
{
    const char *f = d->fold + d->lines[k].c0;
    size_t n = d->lines[k].c1 - d->lines[k].c0;
    if (hf_sig_prefix(f))
        return 1;
    if (n < 20)
        return 1;
    for (size_t i = 6; i < 22 && i < n; i++)
        if (f[i] == ':' || f[i] == '-')
            return 1;
    return 0;
}

/* The first line of the end block after the header, or -1. */
static long find_end_block(seg_doc *d, size_t from)
{
    for (size_t k = from; k < d->nlines; k++) {
        if (d->lines[k].dropped == USED_HEADER || !may_open_end(d, k))
            continue;
        hline h;
        if (hline_init(&h, d, &d->lines[k]) < 0) {
            hline_free(&h);
            d->oom = 1;
            return -1;
        }
        int r = opens_end_block(&h);
        hline_free(&h);
        if (r)
            return (long)k;
    }
    return -1;
}

/* An attachment's own heading lines up to "(Kèm theo ...)" are a header,
 * not body; a "PHỤ LỤC" line and the capitals under it stay (a section). */
static void attachment_header(seg_doc *d, size_t first)
{
    size_t kem = 0;
    for (size_t k = first; k < d->nlines && k < first + 12 && !kem; k++) {
        hline h;
        if (hline_init(&h, d, &d->lines[k]) < 0) {
            hline_free(&h);
            d->oom = 1;
            return;
        }
        size_t i = 0;
        while (i < h.n && h.fold[i] == ' ')
            i++;
        if (!strncmp(h.fold + i, "(kem theo", 9) || !strncmp(h.fold + i, "(ban hanh kem theo", 18))
            kem = k + 1;
        hline_free(&h);
    }
    int keep = 0;
    for (size_t k = first; k < kem; k++) {
        hline h;
        if (hline_init(&h, d, &d->lines[k]) < 0) {
            hline_free(&h);
            d->oom = 1;
            return;
        }
        int blank_line = hf_blank_fold(h.fold, h.n);
        if (!strncmp(h.fold, "phu luc", 7) && hline_caps(&h))
            keep = 1;
        else if (keep && !blank_line && !hline_caps(&h))
            keep = 0;
        if (!keep && !blank_line)
            d->lines[k].dropped = USED_HEADER;
        hline_free(&h);
    }
}

/* The end block (Decree 30 Điều 8: "Nơi nhận", the signer's title and
 * name) is the first one after the header: a decision's attached plan,
 * regulation or annex follows it, and its lines go back to the body. */
/* The name is the block's last line, under the signer's title: a "name"
 * followed by a title line in capitals and a name below it (within the
 * next few lines) was the signature itself read as text ("Si Ti" /
 * "PHÓ CHỦ TỊCH" / "Trương Công Thái"). */
static int name_below(seg_doc *d, size_t k)
{
    int titled = 0, found = 0;
    for (size_t j = k, seen = 0; j < d->nlines && seen < 3 && !found && !d->oom; j++) {
        hline h;
        if (hline_init(&h, d, &d->lines[j]) < 0) {
            d->oom = 1;
        } else if (!hf_blank_fold(h.fold, h.n)) {
            seen++;
            char *t = titled ? NULL : title_in(&h);
            if (t && hline_caps(&h)) {
                titled = 1;
            } else if (titled) {
                char *nm = name_of(&h);
                found = nm != NULL;
                free(nm);
                seen = 3;
            } else {
                seen = 3;
            }
            free(t);
        }
        hline_free(&h);
    }
    return found;
}

/* ---- a signature block run into the "Nơi nhận" list ----
 *
 * A web copy flattens the footer's table: the signer's column ("TM. ỦY BAN
 * ..." / "CHỦ TỊCH" / the name) comes out on one line with the list's items,
 * in whatever order the cells were read ("TM. X CHỦ TỊCH Nơi nhận: - A; - B;
 * Trần Văn C - D; ..."), and a PDF layer of the same page wraps that line.
 * Decree 30 fixes the column's parts: a signing prefix with the body or the
 * superior's title in capitals, the signer's own title in capitals, then a
 * person's name; the list's items open with a dash and close with ';'. */

/* The case of the word at folded [a, b): 2 capitals only (at least one),
 * 1 capitalised (a capital, then small letters only), 0 else (lower case,
 * digits, signs: a dash, "3;"). */
static int word_case(const hline *h, size_t a, size_t b)
{
    size_t len = strlen(h->text);
    int up = 0, low = 0, first_up = 0;
    for (size_t i = a; i < b; i++) {
        if (!isalpha((unsigned char)h->fold[i]))
            return 0;
        size_t bi = h->cpos[i];
        uint32_t cp = seg_utf8_next(h->text, len, &bi);
        if (cp_is_upper(cp)) {
            first_up |= i == a;
            up++;
        } else if (cp_is_lower(cp)) {
            low++;
        }
    }
    if (up && !low)
        return 2;
    return first_up && up == 1 ? 1 : 0;
}

/* The word after folded position i: its start and end, 0 at the line end. */
static int next_word(const hline *h, size_t i, size_t *a, size_t *b)
{
    while (i < h->n && h->fold[i] == ' ')
        i++;
    if (i >= h->n)
        return 0;
    *a = i;
    while (i < h->n && h->fold[i] != ' ')
        i++;
    *b = i;
    return 1;
}

/* The end of the run of words in capitals from folded position i (no word
 * in capitals: i). Punctuation closing a word of it ("QUẢN LÝ,") stays. */
size_t hf_caps_run(const hline *h, size_t i)
{
    size_t a, b, end = i;
    while (next_word(h, end, &a, &b)) {
        size_t e = b;
        while (e > a && strchr(",.", h->fold[e - 1]))
            e--;
        if (e == a || word_case(h, a, e) != 2)
            break;
        end = b;
    }
    return end;
}

/* Where the signer's own title begins in the capitals [a, b): at the last
 * title word, "PHÓ" before it kept ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH", "KT.
 * CHỦ TỊCH PHÓ CHỦ TỊCH"); b when the run holds none. */
size_t hf_title_start(const hline *h, size_t a, size_t b)
{
    size_t at = b;
    for (size_t i = a; i < b; i++)
        for (int t = 0; title_words[t]; t++)
            if (seg_word_at(h->fold, b, i, title_words[t]))
                at = i;
    if (at < b && at >= a + 4 && !strncmp(h->fold + at - 4, "pho ", 4))
        at -= 4;
    return at;
}

/* "Nơi nhận" with its colon anywhere in the line: the label's start and
 * the end of its colon; 0 when none. */
static int noi_nhan_at(const hline *h, size_t *a, size_t *e)
{
    for (size_t from = 0; from < h->n;) {
        size_t s, b;
        if (seg_fuzzy_find(h->fold + from, h->n - from, D30_NOI_NHAN, 1, &s, &b) < 0)
            return 0;
        s += from;
        b += from;
        size_t j = b;
        while (j < h->n && h->fold[j] == ' ')
            j++;
        if (j < h->n && h->fold[j] == ':' && (s == 0 || !isalnum((unsigned char)h->fold[s - 1]))) {
            *a = s;
            *e = j + 1;
            return 1;
        }
        from = b > s ? b : s + 1;
    }
    return 0;
}

/* A signing prefix at a word's start followed by a word in capitals: the
 * prefix's start and the end of the capitals after it; 0 when none. */
static int prefix_at(const hline *h, size_t *p, size_t *ce)
{
    for (size_t i = 0; i < h->n; i++) {
        if (i > 0 && h->fold[i - 1] != ' ')
            continue;
        size_t pl = hf_sig_prefix(h->fold + i);
        if (!pl || !hline_caps_at(h, i, pl))
            continue;
        size_t e = hf_caps_run(h, i + pl);
        if (e > i + pl) {
            *p = i;
            *ce = e;
            return 1;
        }
    }
    return 0;
}

/* Is line h the footer's two columns run together: a signing prefix with
 * its capitals and "Nơi nhận:" on the line, with an item of the list after
 * the label, its dash or its closing ';' (so that a -layout row "Nơi nhận:
 * TM. ỦY BAN NHÂN DÂN", whose columns column_gap parts, is not)? */
static int joined_footer(const hline *h)
{
    size_t a, e, p, ce;
    if (!strstr(h->fold, "nhan") && !strstr(h->fold, "noi "))
        return 0;
    if (!noi_nhan_at(h, &a, &e) || !prefix_at(h, &p, &ce) || hf_column_gap(h))
        return 0;
    return memchr(h->fold + e, ';', h->n - e) || memchr(h->fold + e, '-', h->n - e);
}

/* Is h[a, b) a person's name among the list's items? 2-5 capitalised
 * syllables (is_name) that neither open a body, a post nor a place: "Ban
 * Tổ chức" with its dash lost, "Chủ tịch", "Quảng Ninh" are items. */
static int personal_name(const hline *h, const seg_gaz *g, size_t a, size_t b)
{
    if (!is_name(h, a, b))
        return 0;
    char *f = seg_strndup(h->fold + a, b - a);
    if (!f)
        return 0;
    size_t n = strlen(f), ml = 0;
    int no = hf_opens_body(f) || hf_opens_authority(f) || (seg_gaz_match(g, f, n, 0, &ml) && ml >= n);
    for (int t = 0; title_words[t] && !no; t++)
        no = !strncmp(f, title_words[t], strlen(title_words[t]));
    /* a unit's word and a name after it, "Thị Xã Sơn Tây" ("đặc khu" has
     * never been among these words) */
    size_t ul = seg_unit_word(f, n, 0, SEG_UNITS & ~SEG_DAC_KHU, NULL);
    no = no || (ul && f[ul] == ' ');
    free(f);
    return !no;
}

/* The signer's name in the run: a run of capitalised words standing where
 * an item does not (after an item's closing ';' or '.', the label's colon
 * or the capitals of the signer's column, not after a dash), and closed as
 * an item is (the line's end, a dash, ';', capitals, or the next item
 * whose dash was lost: a capitalised word before small letters, "Trần
 * Thanh Mẫn Kiểm toán nhà nước;", which is not the name's). */
static int name_in_run(const hline *h, const seg_gaz *g, size_t *na, size_t *nb)
{
    size_t a, b;
    for (size_t i = 0; next_word(h, i, &a, &b); i = b) {
        size_t prev = a;
        while (prev > 0 && h->fold[prev - 1] == ' ')
            prev--;
        int opens = prev == 0 || strchr(";.:", h->fold[prev - 1]) ||
                    (prev >= 2 && word_case(h, prev - 1, prev) == 2 && h->fold[prev - 2] != ' ' &&
                     isalpha((unsigned char)h->fold[prev - 2]));
        if (!opens || word_case(h, a, b) != 1)
            continue;
        size_t ends[6], c, d;
        int words = 0, closed = 0;
        size_t j = a;
        while (words < 6 && next_word(h, j, &c, &d)) {
            size_t e = d;
            int punct = e > c && strchr(";.", h->fold[e - 1]);
            if (punct)
                e--;
            if (e == c || word_case(h, c, e) != 1) {
            /* what follows the run closes it as an item does: a dash,
             * capitals; small letters after a capitalised word mean that
             * word opened the next item, its dash lost */
            size_t f = d;
            while (f > c && !isalnum((unsigned char)h->fold[f - 1]))
                f--;
            size_t bc = h->cpos[c];
            int lower = isalpha((unsigned char)h->fold[c]) && cp_is_lower(seg_utf8_next(h->text, strlen(h->text), &bc));
            if (h->fold[c] == '-' || (f > c && word_case(h, c, f) == 2))
                closed = 1;
            else if (lower && words > 2)
                words--, closed = 1;
            break;
        }
            ends[words++] = e;
            j = d;
            if (punct) {
                closed = 1;
                break;
            }
        }
        if (!next_word(h, j, &c, &d))
            closed = 1;
        if (closed && words >= 2 && words <= 5 && personal_name(h, g, a, ends[words - 1])) {
            *na = a;
            *nb = ends[words - 1];
            return 1;
        }
    }
    return 0;
}

/* The list's items of the run, the signer's parts already blanked out of
 * it: each closes with ';' or opens with a dash before a capital, and
 * "Lưu" (the office's copy) ends the list. */
static void run_recipients(seg_doc *d, seg_metadata *m, const hline *r)
{
    size_t i = 0;
    while (i < r->n) {
        size_t a = i;
        while (a < r->n && strchr(" -+;.", r->fold[a]))
            a++;
        size_t b = a;
        while (b < r->n && r->fold[b] != ';') {
            if (b > a && r->fold[b] == '-' && r->fold[b - 1] == ' ') {
                size_t c = skip_sp(r->fold, r->n, b + 1), bc = c < r->n ? r->cpos[c] : 0;
                if (c < r->n && cp_is_upper(seg_utf8_next(r->text, strlen(r->text), &bc)))
                    break;
            }
            b++;
        }
        i = b + (b < r->n && r->fold[b] == ';');
        if (seg_word_at(r->fold, r->n, a, "luu"))
            break;
        size_t e = b;
        while (e > a && strchr(" ;.,:", r->fold[e - 1]))
            e--;
        if (e > a && hf_add_recipient(m, hline_sub(r, a, e)) < 0)
            d->oom = 1;
    }
}

/* A run that held no name: the name on its own line below it, a list's
 * last items or a title line between (OCR set the row of the label and
 * the signer's prefix apart from the rest of the columns). Within four
 * lines; the line after the name, else end as it was. */
static size_t name_after_run(seg_doc *d, seg_metadata *m, size_t end)
{
    for (size_t j = end, seen = 0; j < d->nlines && seen < 4 && !d->oom; j++) {
        hline h;
        if (hline_init(&h, d, &d->lines[j]) < 0) {
            hline_free(&h);
            d->oom = 1;
            break;
        }
        size_t a = skip_sp(h.fold, h.n, 0);
        int blank_line = hf_blank_fold(h.fold, h.n), item = a < h.n && strchr("-+~", h.fold[a]);
        int caps = !blank_line && hline_caps(&h);
        char *nm = blank_line || item || caps ? NULL : name_of(&h);
        hline_free(&h);
        if (blank_line)
            continue;
        seen++;
        if (nm) {
            m->signer = nm;
            for (size_t q = end; q <= j; q++)
                d->lines[q].dropped = USED_TAIL;
            return j + 1;
        }
        if (!item && !caps)
            break;
    }
    return end;
}

/* Lines from k of a footer run together (joined_footer): the signer's
 * title and name, the recipients; the line after the run. The run goes on
 * over the lines a PDF layer wrapped it into, up to a blank line, a line
 * that closes with a full stop (the "Lưu: VT." that ends the list) or an
 * attachment's heading. */
static size_t read_joined(seg_doc *d, seg_metadata *m, const seg_gaz *g, size_t k)
{
    sbuf s = {0};
    size_t end = k;
    while (end < d->nlines && end < k + 15 && !d->oom) {
        hline h;
        if (hline_init(&h, d, &d->lines[end]) < 0) {
            hline_free(&h);
            d->oom = 1;
            break;
        }
        int stop = hf_blank_fold(h.fold, h.n) || (end > k && opens_attachment(&h));
        int closed = !stop && h.n && h.fold[h.n - 1] == '.';
        if (!stop) {
            if (s.len)
                sb_putc(&s, ' ');
            sb_puts(&s, h.text);
            d->lines[end++].dropped = USED_TAIL;
        }
        hline_free(&h);
        if (stop || closed)
            break;
    }
    char *text = sb_take(&s, NULL);
    hline r = {0};
    if (!text || hline_set(&r, text, strlen(text)) < 0) {
        free(text);
        hline_free(&r);
        d->oom = 1;
        return end;
    }
    free(text);
    size_t la = 0, le = 0, p = 0, ce = 0;
    if (!noi_nhan_at(&r, &la, &le) || !prefix_at(&r, &p, &ce)) {
        hline_free(&r);
        return end;
    }
    size_t body = p + hf_sig_prefix(r.fold + p);
    /* the signer's own title: a run of capitals holding a title word
     * elsewhere in the run (its line under the prefix's), else the title
     * that ends the prefix's capitals */
    size_t ta = 0, tb = 0, a, b;
    for (size_t i = 0; !tb && next_word(&r, i, &a, &b); i = b) {
        if (a >= p && a < ce)
            continue;
        size_t e = hf_caps_run(&r, a);
        if (e > a && hf_title_start(&r, a, e) < e) {
            ta = hf_title_start(&r, a, e);
            tb = e;
        }
        if (e > b)
            b = e;
    }
    char *title = NULL;
    if (!tb && hf_title_start(&r, body, ce) > body && hf_title_start(&r, body, ce) < ce) {
        ta = hf_title_start(&r, body, ce);
        tb = ce;
    }
    if (tb) {
        while (tb > ta && strchr(" ,.", r.fold[tb - 1]))
            tb--;
        title = hline_sub(&r, ta, tb);
    } else {
        hline c;
        if (hline_set(&c, r.text + r.cpos[p], r.cpos[ce] - r.cpos[p]) == 0)
            title = title_above(&c);
        hline_free(&c);
    }
    size_t na = 0, nb = 0;
    int named = name_in_run(&r, g, &na, &nb);
    free(m->signer);
    m->signer = named ? hline_sub(&r, na, nb) : NULL;
    if (!named)
        end = name_after_run(d, m, end);
    free(m->signer_title);
    m->signer_title = title;
    hline_blank(&r, p, ce);
    hline_blank(&r, la, le);
    if (tb)
        hline_blank(&r, ta, tb);
    if (named)
        hline_blank(&r, na, nb);
    run_recipients(d, m, &r);
    hline_free(&r);
    return end;
}

/* A law, a resolution of the Quốc hội or the Constitution ends without
 * "Nơi nhận" or a signing prefix: after the closing formula ("Luật này đã
 * được Quốc hội ... thông qua ngày ...") stand the signer's title in
 * capitals, on one to three lines as a page wrapped it ("CHỦ TỊCH QUỐC" /
 * "HỘI"), and the name, the text's last line. Read only when no end block
 * was found. */
static void bare_signature(seg_doc *d, seg_metadata *m, size_t from)
{
    size_t k = d->nlines;
    while (k > from && d->lines[k - 1].b1 == d->lines[k - 1].b0)
        k--;
    if (k <= from + 1)
        return;
    hline h;
    if (hline_init(&h, d, &d->lines[k - 1]) < 0) {
        hline_free(&h);
        d->oom = 1;
        return;
    }
    char *name = is_name(&h, 0, h.n) ? hline_sub(&h, 0, h.n) : NULL;
    hline_free(&h);
    if (!name)
        return;
    char *title = NULL;
    size_t top = k - 1;
    while (top > from && k - 1 - top < 3 && d->lines[top - 1].b1 > d->lines[top - 1].b0) {
        if (hline_init(&h, d, &d->lines[top - 1]) < 0) {
            hline_free(&h);
            d->oom = 1;
            break;
        }
        int caps = hline_caps(&h) && !hf_blank_fold(h.fold, h.n);
        char *line = caps ? hline_sub(&h, 0, h.n) : NULL;
        hline_free(&h);
        if (!line)
            break;
        sbuf b = {0};
        sb_puts(&b, line);
        if (title) {
            sb_putc(&b, ' ');
            sb_puts(&b, title);
        }
        free(line);
        free(title);
        title = sb_take(&b, NULL);
        top--;
    }
    char *tf = title ? seg_fold_str(title) : NULL;
    if (tf && has_title_word(tf)) {
        m->signer = name;
        m->signer_title = title;
        name = title = NULL;
        for (size_t q = top; q < k; q++)
            d->lines[q].dropped = USED_TAIL;
    }
    free(tf);
    free(title);
    free(name);
}

void hf_read_end(seg_doc *d, seg_metadata *m, const seg_gaz *g, size_t from)
{
    long start = find_end_block(d, from);
    if (start < 0) {
        if (!m->signer)
            bare_signature(d, m, from);
        return;
    }
    tail_state st = {0, 0, NULL, NULL, 0, 0};
    size_t k = (size_t)start, end = d->nlines;
    int named_in_list = 0;
    hline h0;
    if (hline_init(&h0, d, &d->lines[k]) < 0) {
        hline_free(&h0);
        d->oom = 1;
        return;
    }
    int joined = joined_footer(&h0);
    hline_free(&h0);
    if (joined) {
        end = read_joined(d, m, g, k);
        k = d->nlines;
    }
    for (; k < d->nlines && !d->oom; k++) {
        hline h;
        if (hline_init(&h, d, &d->lines[k]) < 0) {
            hline_free(&h);
            d->oom = 1;
            break;
        }
        /* no name (OCR lost it): an attachment's heading still ends it */
        int stop_before = (!st.in_list || named_in_list) && (st.title_fb || st.caps_line) && opens_attachment(&h);
        /* a list that never closes after the name ("Lưu" lost) ends within
         * a list's length */
        if (named_in_list && ++named_in_list > 40)
            stop_before = 1;
        int named = !stop_before && tail_line(d, m, &st, &h, hf_line_indent(d, k));
        hline_free(&h);
        if (stop_before) {
            end = k;
            break;
        }
        d->lines[k].dropped = USED_TAIL;
        if (named && name_below(d, k + 1)) {
            free(m->signer);
            m->signer = NULL;
            st.named = 0;
            continue;
        }
        /* a -layout page set the name before the list's end: read on to it */
        if (named && st.in_list) {
            named_in_list = 1;
            continue;
        }
        if ((named || (named_in_list && !st.in_list)) && (st.list_seen || !list_follows(d, k + 1))) {
            end = k + 1;
            break;
        }
    }
    if (!st.named && st.title_fb) {
        free(m->signer_title);
        m->signer_title = st.title_fb;
        st.title_fb = NULL;
    }
    free(st.title_fb);
    free(st.caps_line);
    /* the attachment: whatever text follows the signature */
    while (end < d->nlines && d->lines[end].b1 == d->lines[end].b0)
        end++;
    if (end < d->nlines) {
        d->attach_line = end;
        attachment_header(d, end);
    }
}
