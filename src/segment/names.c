/*
 * names.c: one agency's name at a position of a paragraph.
 *
 * The gazetteer's longest match, checked against how the text writes it
 * (an abbreviation or a name in lower case is another word), read past the
 * title of the body's head ("Giám đốc Sở Y tế" is the Sở), with the
 * province that follows it ("Ủy ban nhân dân tỉnh Đồng Nai"); OCR-damaged
 * names within a few edits; else a body the grammar reads by its head noun
 * (bodies.c). The result is a hit (agencies_internal.h).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "segment/agencies_internal.h"
#include "segment/funcwords.h"
#include "segment/places.h"

/* A body the gazetteer lacks, named by grammar ("Sở Văn hóa và Thể thao",
 * "các cơ quan, đơn vị liên quan"): kept with its name as written. */
int ag_written_hit(const seg_para *p, size_t a, size_t b, int collective, hit *h)
{
    memset(h, 0, sizeof *h);
    h->a = a;
    h->b = b;
    h->collective = collective;
    h->name = seg_body_name(p, a, b);
    return h->name != NULL;
}

static int grammar_hit(const seg_para *p, size_t i, hit *h)
{
    int coll = 0;
    size_t e = seg_body_at(p, i, &coll);
    return e ? ag_written_hit(p, i, e, coll, h) : 0;
}

/* Does the name go on past the gazetteer's form with capitals ("Sở Văn hóa"
 * + "và Thể thao")? Then the longer name, as written, is the body. */
static int grammar_longer(const seg_para *p, size_t i, size_t len)
{
    int coll = 0;
    size_t e = seg_body_at(p, i, &coll);
    if (coll || e <= i + len)
        return 0;
    size_t j = i + len;
    while (j < p->nchar && (p->fold[j] == ' ' || p->fold[j] == '-'))
        j++;
    size_t bi = p->cpos[j];
    return j < e && cp_is_upper(seg_utf8_next(p->text, p->cpos[p->nchar], &bi));
}

/* The offices that head a group of bodies in a decision's formula
 * ("Thủ trưởng sở, ban, ngành", "Giám đốc sở", "Chủ tịch UBND xã"), not a
 * person's powers ("Người đứng đầu cơ sở ... có quyền"). */
static int group_office(const char *title)
{
    /* and a regulation's heads of a class of units named in lower case:
     * "Giám thị trại giam", "Hiệu trưởng trường giáo dưỡng", "Trưởng cơ
     * sở cai nghiện bắt buộc" stand for "các trại giam", ... */
    return !strcmp(title, "thu truong") || !strcmp(title, "giam doc") || !strcmp(title, "chu tich") ||
           !strcmp(title, "giam thi") || !strcmp(title, "hieu truong") || !strcmp(title, "truong");
}

/* A compound title names the head noun of the body its holder leads, and
 * the name after it repeats that noun: "Đội trưởng Đội Kiểm tra liên
 * ngành", "Hải đội trưởng Hải đội 2", "Trạm trưởng Trạm Kiểm lâm ...". At
 * i such a title of one or two syllables and "trưởng": where the body's
 * name begins (*hl its head's length), or 0. */
size_t ag_compound_title(const seg_para *p, size_t i, size_t *hl)
{
    const char *f = p->fold;
    size_t n = p->nchar, x = i;
    for (int w = 0; w < 2; w++) {
        while (x < n && f[x] != ' ')
            x++;
        size_t t = skip_sp(f, n, x);
        /* "trưởng" (head), not "trường" (school) */
        if (seg_word_at(f, n, t, "truong") && strstr(p->text + p->cpos[t], "rưởng") == p->text + p->cpos[t] + 1) {
            size_t j = skip_sp(f, n, t + 6), l = x - i;
            size_t bi = p->cpos[j];
            if (j + l <= n && !memcmp(f + j, f + i, l) && (j + l == n || f[j + l] == ' ') &&
                cp_is_upper(seg_utf8_next(p->text, p->cpos[n], &bi))) {
                *hl = l;
                return j;
            }
            return 0;
        }
        x = skip_sp(f, n, x);
    }
    return 0;
}

/* The gazetteer names two offices as rows of their own, "Chủ tịch UBND
 * tỉnh" and "Thủ tướng Chính phủ", since a header prints them as the
 * issuer (a Quyết định of the Chủ tịch, of the Thủ tướng). In the body of
 * a text such an office is a person by office, who stands for the body
 * they head (ANNOTATING.md, second reading): "Chủ tịch Ủy ban nhân dân
 * tỉnh, thành phố có quyền" is the committees of the provinces, "Thủ
 * tướng Chính phủ chỉ đạo" the Government. When e is such a row and the
 * body's own name follows the title at i, where that name begins; else 0
 * (the title alone, "Thủ tướng", keeps the row: it names no body). */
static size_t office_row_body(const actx *c, const seg_para *p, size_t i, const seg_gaz_entry *e)
{
    static const char *const offices[] = {"chu tich", "thu tuong", NULL};
    size_t ml;
    for (int k = 0; offices[k]; k++) {
        size_t l = strlen(offices[k]);
        if (strncmp(e->fold, offices[k], l) || e->fold[l] != ' ' || !seg_word_at(p->fold, p->nchar, i, offices[k]))
            continue;
        size_t j = skip_sp(p->fold, p->nchar, i + l);
        const seg_gaz_entry *b = j < p->nchar ? seg_gaz_match(c->g, p->fold, p->nchar, j, &ml) : NULL;
        return b && strcmp(b->kind, "province") ? j : 0;
    }
    return 0;
}

/* "Bộ trưởng Bộ Công an chỉ đạo", "Giám đốc Sở Y tế": the head of a body
 * acts for it; the body is the agency. So too the offices the gazetteer
 * keeps as rows for the header's sake (office_row_body). */
size_t ag_after_title(const actx *c, const seg_para *p, size_t i)
{
    static const char *const titles[] = {
        "bo truong", "thu truong", "pho giam doc", "giam doc", "pho chu tich", "chu tich", "tong giam doc",
        "pho cuc truong", "cuc truong", "pho vu truong", "vu truong", "trung doan truong", "chanh", "truong ban", "nguoi dung dau",
        "vien truong", "hieu truong", "tong cuc truong", "chi cuc truong", "thong doc", "tu lenh",
        "chu nhiem", "chanh an", "tong kiem toan", "tong bien tap", "truong phong", "chi huy truong",
        /* a Công điện's "Bí thư tỉnh ủy và Chủ tịch UBND các tỉnh: ...":
         * both heads, the party committee of each province too (below) */
        "bi thu tinh uy va chu tich", "bi thu tinh uy, chu tich", "bi thu thanh uy va chu tich",
        /* a regulation's heads of units: "Trưởng Công an cấp xã", "Giám thị
         * trại giam", "Thường trực Ủy ban Công tác đại biểu" */
        "giam thi", "thuong truc", "truong", "lanh dao", NULL};
    size_t ml, ob;
    const seg_gaz_entry *ge = seg_gaz_match(c->g, p->fold, p->nchar, i, &ml);
    if (ge)
        return (ob = office_row_body(c, p, i, ge)) ? ob : i;
    size_t i0 = i;
    if (seg_word_at(p->fold, p->nchar, i, "dong chi"))
        i = skip_sp(p->fold, p->nchar, i + 8); /* "Giao đồng chí Bộ trưởng Bộ Xây dựng": a form of address */
    if (i != i0 && (ge = seg_gaz_match(c->g, p->fold, p->nchar, i, &ml)))
        return (ob = office_row_body(c, p, i, ge)) ? ob : i;
    for (int k = 0; titles[k]; k++) {
        size_t l = strlen(titles[k]);
        if (i + l < p->nchar && !memcmp(p->fold + i, titles[k], l) && p->fold[i + l] == ' ') {
            if (!strcmp(titles[k], "truong") && !seg_marks_match(p, i, "trưởng"))
                continue; /* "Trường" (a school) is a body, not a head */
            size_t j = skip_sp(p->fold, p->nchar, i + l);
            size_t bi = p->cpos[j];
            int coll = 0;
            /* "lãnh đạo các Bộ, ngành": the leaders of a group */
            int leaders = !strcmp(titles[k], "lanh dao");
            if (j < p->nchar && (leaders ? seg_word_at(p->fold, p->nchar, j, "cac")
                                         : cp_is_upper(seg_utf8_next(p->text, p->cpos[p->nchar], &bi))))
                return j;
            /* "Giám đốc các Sở", "Thủ trưởng các cơ quan, đơn vị": the group;
             * "Thủ trưởng sở, ban, ngành thành phố" without "các" too */
            if ((seg_word_at(p->fold, p->nchar, j, "cac") && seg_body_at(p, j, &coll) && coll) ||
                (group_office(titles[k]) && seg_office_group_at(p, j) > j))
                return j;
            /* "Người đứng đầu cơ quan, tổ chức, đơn vị ...": the generic
             * head of a list of member nouns is the head of a group; of
             * one noun ("người đứng đầu cơ sở") a person's post */
            size_t ge = !strcmp(titles[k], "nguoi dung dau") ? seg_office_group_at(p, j) : 0;
            if (ge > j && memchr(p->fold + j, ',', ge - j))
                return j;
        }
    }
    return i0;
}

/* An abbreviation's capitals are written so: "TU" is Tỉnh ủy, "từ" is a
 * preposition that folds the same. Is f[i, i+ml) e's abbreviation with a
 * lower-case letter where it has a capital? */
static int lower_abbrev(const seg_para *p, size_t i, size_t ml, const seg_gaz_entry *e)
{
    if (!e->abbrev || ml > 8)
        return 0;
    char *fa = seg_fold_str(e->abbrev);
    int same = fa && strlen(fa) == ml && !memcmp(fa, p->fold + i, ml);
    free(fa);
    if (!same)
        return 0;
    /* letter by letter ("UBND cấp xã" keeps its lower case part) */
    size_t ai = 0, al = strlen(e->abbrev);
    for (size_t k = i; k < i + ml && ai < al; k++) {
        size_t bi = p->cpos[k];
        uint32_t tc = seg_utf8_next(p->text, p->cpos[p->nchar], &bi);
        uint32_t ac = seg_utf8_next(e->abbrev, al, &ai);
        if (cp_is_upper(ac) && cp_is_lower(tc))
            return 1;
    }
    return 0;
}

/* A name is written with its capital: "báo cáo bằng" (report by) folds
 * like "Báo Cao Bằng" (a newspaper). Does the text at i open in lower case
 * a name whose first two words the gazetteer capitalises? */
static int lower_name(const seg_para *p, size_t i, const seg_gaz_entry *e)
{
    size_t ci = 0, cl = strlen(e->canonical), bi = p->cpos[i];
    uint32_t c0 = seg_utf8_next(e->canonical, cl, &ci);
    uint32_t t0 = seg_utf8_next(p->text, p->cpos[p->nchar], &bi);
    if (!cp_is_upper(c0) || !cp_is_lower(t0))
        return 0;
    const char *sp2 = strchr(e->canonical, ' ');
    if (!sp2)
        return 0;
    size_t k = (size_t)(sp2 + 1 - e->canonical);
    return k < cl && cp_is_upper(seg_utf8_next(e->canonical, cl, &k));
}

/* A name's first word is written with its marks: "thử tương đương" (a
 * test of equivalence) folds like "Thủ tướng". Does the text at i open in
 * lower case, where e's name opens with a capital, a word whose marks are
 * not those of the name's first word? Lower case alone is not enough
 * ("ủy ban nhân dân tỉnh" as some texts write it), nor are other marks
 * alone (OCR spoils marks, and a capital then still says a name). */
static int lower_other_word(const seg_para *p, size_t i, const seg_gaz_entry *e)
{
    size_t cl = strlen(e->canonical), ci = 0, bi = p->cpos[i], te = p->cpos[p->nchar];
    uint32_t c0 = seg_utf8_next(e->canonical, cl, &ci);
    uint32_t t0 = seg_utf8_next(p->text, te, &bi);
    /* the same word folded (a row "Các sở, ban, ngành" matches "sở, ban,
     * ngành" without its "các") */
    size_t fl = strcspn(e->fold, " ");
    if (!cp_is_upper(c0) || !cp_is_lower(t0) || i + fl > p->nchar || strncmp(p->fold + i, e->fold, fl) ||
        (i + fl < p->nchar && p->fold[i + fl] != ' '))
        return 0;
    /* the first word, letter by letter in lower case, to the name's space */
    for (uint32_t c = c0, t = t0;;) {
        if (cp_to_lower(c) != cp_to_lower(t))
            return 1;
        if (ci >= cl || e->canonical[ci] == ' ')
            return 0;
        if (bi >= te)
            return 1;
        c = seg_utf8_next(e->canonical, cl, &ci);
        t = seg_utf8_next(p->text, te, &bi);
    }
}

/* "1. Báo cáo bằng văn bản": a sentence's capital opens "Báo", the words
 * after it stay in lower case where the name capitalises them ("Cao
 * Bằng"). Does a word after the first of the ml characters at i start in
 * lower case where e's name has a capital? Compared while the words of the
 * two line up. */
static int lower_inner(const seg_para *p, size_t i, size_t ml, const seg_gaz_entry *e)
{
    size_t cl = strlen(e->canonical), ci = 0;
    const char *cf = e->fold;
    int bad = 0;
    if (!strncmp(cf, p->fold + i, ml) && strlen(cf) == ml) {
        for (size_t k = 1; k < ml && ci < cl; k++) {
            if (p->fold[k + i - 1] != ' ' || p->fold[i + k] == ' ')
                continue;
            /* the k-th character of the name in UTF-8 */
            size_t b = 0, idx = 0;
            while (idx < k && b < cl) {
                seg_utf8_next(e->canonical, cl, &b);
                idx++;
            }
            size_t bb = b, ti = p->cpos[i + k];
            uint32_t cc = seg_utf8_next(e->canonical, cl, &bb);
            uint32_t tc = seg_utf8_next(p->text, p->cpos[p->nchar], &ti);
            /* "nhà nước" (the State) is written either way inside a name:
             * "Kho bạc nhà nước" is the Kho bạc Nhà nước */
            if (cp_is_upper(cc) && cp_is_lower(tc) && !seg_word_at(p->fold, i + ml, i + k, "nha nuoc"))
                bad = 1;
        }
    }
    return bad;
}

/* A near match keeps the name's capitals: OCR spoils letters, not the
 * case of every word of a name, so "Báo cáo hằng năm" (a yearly report)
 * is no "Báo Cao Bằng". Does e's name capitalise a word after its first
 * while the ml characters at i hold fewer capitals after their first word
 * ("Báo cáo Ban Thường vụ" has one where "Báo Cao Bằng" has two)? */
static int fuzzy_lower(const seg_para *p, size_t i, size_t ml, const seg_gaz_entry *e)
{
    const char *s = e->canonical;
    size_t cl = strlen(s), b = 0;
    int name_caps = 0, text_caps = 0, start = 1, first = 1;
    while (b < cl) {
        uint32_t cp = seg_utf8_next(s, cl, &b);
        if (cp == ' ') {
            start = 1;
            first = 0;
            continue;
        }
        if (start && !first && cp_is_upper(cp))
            name_caps++;
        start = 0;
    }
    for (size_t k = i + 1; k < i + ml && k < p->nchar; k++)
        if (p->fold[k - 1] == ' ' && p->fold[k] != ' ') {
            size_t bi = p->cpos[k];
            uint32_t cp = seg_utf8_next(p->text, p->cpos[p->nchar], &bi);
            if (cp_is_upper(cp) || (cp >= '0' && cp <= '9'))
                text_caps++;
        }
    return text_caps < name_caps;
}

/* The group an office heads, named without "các" ("Thủ trưởng sở, ban,
 * ngành thành phố"): "các sở, ban, ngành thành phố". */
static int office_group_hit(const seg_para *p, size_t i, hit *h)
{
    size_t e = seg_office_group_at(p, i);
    char *w = e > i ? seg_body_name(p, i, e) : NULL;
    if (!w)
        return 0;
    memset(h, 0, sizeof *h);
    h->a = i;
    h->b = e;
    h->collective = 1;
    h->keep_name = 1;
    sbuf b = {0};
    sb_puts(&b, "các ");
    sb_puts(&b, w);
    free(w);
    h->name = sb_take(&b, NULL);
    return h->name != NULL;
}

/* The body an office's title governs, named with its head's capital only
 * ("Giám đốc Trung tâm an ninh hàng không quốc gia"): kept as written. */
static int titled_hit(const seg_para *p, size_t i, hit *h)
{
    size_t e = seg_titled_body_at(p, i);
    return e ? ag_written_hit(p, i, e, 0, h) : 0;
}

/* The units an issuer calls by their head noun alone in its own text. */
static const char *const own_units[] = {"van phong", "thanh tra", NULL};

/* The issuer's own unit written by its head noun alone (the l words at i):
 * named in full as that noun and the issuer's name, the hit spanning i to
 * end (own_unit_hit, short_own_unit_hit). */
static int issuer_unit_hit(const seg_para *p, size_t i, size_t l, size_t end, const char *iss, hit *h)
{
    sbuf b = {0};
    sb_add(&b, p->text + p->cpos[i], p->cpos[i + l] - p->cpos[i]);
    sb_putc(&b, ' ');
    sb_puts(&b, iss);
    memset(h, 0, sizeof *h);
    h->a = i;
    h->b = end;
    h->keep_name = 1;
    h->name = sb_take(&b, NULL);
    return h->name != NULL;
}

/* "Chánh Văn phòng, Chánh Thanh tra, Vụ trưởng ... chịu trách nhiệm thi
 * hành": a head of the issuer's own unit is named by the unit's noun
 * alone, since the document is the issuer's (a ministry's Thông tư): the
 * unit is the issuer's Văn phòng or Thanh tra. t at the title, i after it. */
static int own_unit_hit(const actx *c, const seg_para *p, size_t t, size_t i, hit *h)
{
    const char *f = p->fold, *iss = c->r->metadata.issuer_full;
    size_t n = p->nchar;
    if (!iss || !seg_word_at(f, n, t, "chanh"))
        return 0;
    for (int k = 0; own_units[k]; k++) {
        size_t l = strlen(own_units[k]);
        if (!seg_word_at(f, n, i, own_units[k]))
            continue;
        size_t q = skip_sp(f, n, i + l);
        if (q < n && f[q] != ',' && f[q] != ';' && !seg_word_at(f, n, q, "va"))
            return 0; /* "Chánh Văn phòng Ủy ban nhân dân tỉnh": named */
        return issuer_unit_hit(p, i, l, i + l, iss, h);
    }
    return 0;
}

/* "Văn phòng Sở", "Thanh tra Sở", "Văn phòng Bộ", "Thanh tra Bộ" with no
 * name after the head noun: a Sở or a ministry calls its own office and
 * inspectorate so in its own documents (a director's conclusions: "Văn
 * phòng Sở theo dõi, đôn đốc ..."), since the document is its act; the
 * unit is the issuer's, named in full ("Văn phòng Sở Y tế"), and an
 * issuer's sub-units are agencies (ANNOTATING.md, fourth rule set). A
 * capitalised word after the head names another body ("Thanh tra Sở Xây
 * dựng"), read as usual. */
static int short_own_unit_hit(const actx *c, const seg_para *p, size_t i, hit *h)
{
    const char *f = p->fold, *iss = c->r->metadata.issuer;
    size_t n = p->nchar, l = seg_word_in(f, n, i, own_units);
    if (!l || !iss || !seg_capital_at(p, i))
        return 0;
    size_t q = skip_sp(f, n, i + l);
    size_t hl = seg_word_at(f, n, q, "so") ? 2 : seg_word_at(f, n, q, "bo") ? 2 : 0;
    if (!hl || !seg_capital_at(p, q))
        return 0;
    size_t z = skip_sp(f, n, q + hl);
    if (z < n && isalnum((unsigned char)f[z]) && seg_capital_at(p, z))
        return 0;
    /* the issuer is a body of that head: "Sở Y tế", "Bộ Tài chính" */
    char *fi = seg_fold_str(iss);
    int own = fi && !strncmp(fi, f + q, hl) && fi[hl] == ' ';
    free(fi);
    if (!own)
        return 0;
    return issuer_unit_hit(p, i, l, q + hl, iss, h);
}

/* A near match that reads the word "thành phố" as a province ("Đài Phát
 * thanh và Truyền hình Thành phố" within two edits of "... Thanh Hóa"):
 * the city's own body, not the province's. */
static int unit_for_place(const char *f, size_t i, size_t ml, const seg_gaz_entry *e)
{
    for (size_t q = i; q + 9 <= i + ml; q++)
        if (seg_word_at(f, i + ml, q, "thanh pho"))
            return !strstr(e->fold, "thanh pho");
    return 0;
}

/* A near match whose name ends in its level ("Kho bạc Nhà nước tỉnh",
 * "Cổng Thông tin điện tử tỉnh") where the text writes another word
 * ("Kho bạc Nhà nước tiếp nhận", "... điện tử Chính phủ"): the edits
 * went to the level, which the text does not name; the name ends before
 * it, and a shorter match or the grammar reads it. */
static int other_level_word(const char *f, size_t i, size_t ml, const seg_gaz_entry *e)
{
    if (!str_ends_with(e->fold, " tinh") || ml < 5)
        return 0;
    size_t w = i + ml;
    while (w > i && f[w - 1] == ' ')
        w--;
    size_t s = w;
    while (s > i && f[s - 1] != ' ')
        s--;
    /* "thành phố" read within a few edits of "tỉnh" is a level (gaz_name) */
    return !((w - s == 4 && !memcmp(f + s, "tinh", 4)) || (w - s == 3 && !memcmp(f + s, "pho", 3)) ||
             (w - s == 5 && !memcmp(f + s, "thanh", 5)));
}

/* The gazetteer's entry for the name at i: after prefix when one is given
 * (*advp then counts the text's part only), else as the text writes it,
 * in its case, else with fuzzy within a few edits of a long form that
 * opens with a capital. NULL when none. */
static const seg_gaz_entry *gaz_entry(const actx *c, const seg_para *p, size_t i, const char *prefix, int fuzzy,
                                      size_t *advp)
{
    const char *f = p->fold;
    size_t n = p->nchar, ml = 0, adv = 0;
    const seg_gaz_entry *e = NULL;
    if (prefix) {
        char buf[160];
        size_t pl = strlen(prefix);
        size_t take = n - i < sizeof buf - pl - 1 ? n - i : sizeof buf - pl - 1;
        memcpy(buf, prefix, pl);
        memcpy(buf + pl, f + i, take);
        buf[pl + take] = 0;
        e = seg_gaz_match(c->g, buf, pl + take, 0, &ml);
        if (e && ml > pl)
            adv = ml - pl;
        else
            e = NULL;
    }
    if (!e) {
        e = seg_gaz_match(c->g, f, n, i, &ml);
        adv = ml;
        if (e && (lower_abbrev(p, i, ml, e) || lower_name(p, i, e) || lower_inner(p, i, ml, e) ||
                  lower_other_word(p, i, e)))
            e = NULL;
    }
    if (!e && fuzzy) {
        /* OCR-damaged names ("Uy ban Mit tran T6 qudc") in a list already
         * known to hold names, starting with a capital */
        size_t bi = p->cpos[i];
        if (cp_is_upper(seg_utf8_next(p->text, strlen(p->text), &bi))) {
            e = seg_gaz_fuzzy_at(c->g, f, n, i, &ml);
            adv = ml;
            int coll = 0;
            if (e && (lower_inner(p, i, ml, e) || fuzzy_lower(p, i, ml, e) || unit_for_place(f, i, ml, e) ||
                      other_level_word(f, i, ml, e)))
                e = NULL;
            /* a group the grammar reads whole, and further, is no spoilt
             * gazetteer group: "Các bộ, ngành có liên quan" is not "Các sở,
             * ngành" ("UBND các xã/phường" still is "UBND các xã, phường") */
            if (e && !strcmp(e->kind, "group") && seg_body_at(p, i, &coll) > i + ml && coll)
                e = NULL;
        }
    }
    *advp = adv;
    return e;
}

/* base + a place's name, base's generic last word (" tỉnh", " thành
 * phố") cut off: the place's own word replaces it ("Ủy ban nhân dân" +
 * "thành phố Hà Nội"). */
static char *with_place(const char *base, const char *place)
{
    sbuf b = {0};
    sb_add(&b, base, seg_level_named(base));
    sb_putc(&b, ' ');
    sb_puts(&b, place);
    return sb_take(&b, NULL);
}

int ag_province_body(const char *base, const seg_gaz_entry *pe, hit *h)
{
    if (!seg_level_named(base))
        return 0;
    h->name = with_place(base, pe->canonical);
    if (pe->successor)
        h->successor = with_place(base, pe->successor);
    return 1;
}

/* After a province's body ending at j, the places a national act names
 * it for ("Sở Nông nghiệp và Môi trường các tỉnh, thành phố trực thuộc
 * Trung ương", "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương",
 * the level's word shared): their end, or 0. */
static size_t every_province_end(const char *f, size_t n, size_t j)
{
    size_t q = skip_sp(f, n, j);
    int shared = j >= 4 && !memcmp(f + j - 4, "tinh", 4) && q < n && (f[q] == ',' || f[q] == '/');
    if (!shared) {
        if (!seg_word_at(f, n, q, "cac tinh"))
            return 0;
        q = skip_sp(f, n, q + strlen("cac tinh"));
        if (!(q < n && (f[q] == ',' || f[q] == '/')))
            return 0;
    }
    q = skip_sp(f, n, q + 1);
    if (!seg_word_at(f, n, q, "thanh pho"))
        return 0;
    size_t e = q + strlen("thanh pho"), t = skip_sp(f, n, e);
    if (seg_word_at(f, n, t, "truc thuoc trung uong"))
        e = t + strlen("truc thuoc trung uong");
    return e;
}

/* A province's body named without its level ("Sở Y tế", "Sở Nội vụ":
 * each province has one) followed by the province it belongs to: "Sở Y
 * tế tỉnh Lâm Đồng", "Sở Nội vụ thành phố Hà Nội", "Sở Tài chính tỉnh".
 * Vietnamese writes the place after the head and its field, and the place
 * is the name's: the name takes the province written after it (the
 * province's successor in its successor), and a bare "tỉnh" in lower case
 * (not "Tỉnh ủy", "Tỉnh đoàn", another body) ends it, so that the
 * predicate after the place is read as the body's ("Giao Sở Y tế tỉnh
 * Lâm Đồng chủ trì ..."). */
static void unit_place(const actx *c, const seg_para *p, const seg_gaz_entry *e, hit *h)
{
    const char *f = p->fold;
    size_t n = p->nchar, j = skip_sp(f, n, h->b), pml;
    size_t tl = seg_word_at(f, n, j, "tinh") ? 4 : seg_word_at(f, n, j, "thanh pho") ? 9 : 0;
    if (!tl)
        return;
    const seg_gaz_entry *pe = seg_gaz_match(c->g, f, n, j, &pml);
    if (pe && !strcmp(pe->kind, "province") && pml > tl) {
        sbuf b = {0};
        sb_puts(&b, e->canonical);
        sb_putc(&b, ' ');
        sb_puts(&b, pe->canonical);
        h->name = sb_take(&b, NULL);
        if (pe->successor) {
            sbuf s = {0};
            sb_puts(&s, e->successor ? e->successor : e->canonical);
            sb_putc(&s, ' ');
            sb_puts(&s, pe->successor);
            h->successor = sb_take(&s, NULL);
        }
        h->b = j + pml;
        return;
    }
    /* "Sở Tài chính tỉnh": the place, no name after it; not a level
     * coordinated with others, "Sở Tư pháp tỉnh, thành phố trực thuộc
     * Trung ương", every province's, which the lists read as before */
    size_t bi = p->cpos[j], q = skip_sp(f, n, j + tl);
    if (tl == 4 && !cp_is_upper(seg_utf8_next(p->text, p->cpos[n], &bi)) &&
        !(q < n && (f[q] == ',' || f[q] == '/')) &&
        !(q < n && isalnum((unsigned char)f[q]) && (bi = p->cpos[q], cp_is_upper(seg_utf8_next(p->text, p->cpos[n], &bi)))))
        h->b = j + tl;
}

/* h (e's hit from h->a to h->b) named as the gazetteer's e says, with the
 * province or city written after it and their successors; named for every
 * province (every_province_end), the class of those bodies as written. */
static void gaz_name(const actx *c, const seg_para *p, const seg_gaz_entry *e, hit *h)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    size_t ep;
    if (!strcmp(e->kind, "provincial") && strncmp(e->canonical, "Chủ tịch", strlen("Chủ tịch")) &&
        (ep = every_province_end(f, n, h->b)) && (h->name = seg_body_name(p, h->a, ep))) {
        h->b = ep;
        h->collective = 1;
        h->keep_name = 1;
        return;
    }
    if (str_ends_with(e->canonical, " tỉnh") && h->b >= h->a + 6 && !memcmp(f + h->b - 5, "thanh", 5) &&
        f[h->b - 6] == ' ' && seg_word_at(f, n, skip_sp(f, n, h->b), "pho")) {
        /* "... thành phố" read within a few edits of the gazetteer's "...
         * tỉnh": the city's word decides (below) */
        h->b -= 6;
    }
    /* "Ủy ban nhân dân tỉnh Đồng Nai": the province belongs to the name */
    if (seg_level_named(e->canonical)) {
        size_t j = skip_sp(f, n, h->b);
        size_t pml;
        const seg_gaz_entry *pe = seg_gaz_match(c->g, f, n, j, &pml);
        if (pe && !strcmp(pe->kind, "province")) {
            ag_province_body(e->canonical, pe, h);
            h->b = j + pml;
        }
    }
    if (!h->name && !strcmp(e->kind, "provincial") && !seg_level_named(e->canonical))
        unit_place(c, p, e, h);
    if (!h->name && str_ends_with(e->canonical, " tỉnh") && seg_word_at(f, n, skip_sp(f, n, h->b), "thanh pho")) {
        /* "Văn phòng UBND thành phố" of a city: the gazetteer's "tỉnh" row */
        sbuf b = {0};
        sb_add(&b, e->canonical, strlen(e->canonical) - strlen(" tỉnh"));
        sb_puts(&b, " thành phố");
        h->name = sb_take(&b, NULL);
        h->b = skip_sp(f, n, h->b) + strlen("thanh pho");
    }
    if (!h->name)
        h->name = seg_strdup(e->canonical);
    if (!h->successor && e->successor)
        h->successor = seg_strdup(e->successor);
}

/* After a known body's name ending at j, a level or a region it does not
 * carry names another body of the same kind: "Trung tâm Phục vụ hành
 * chính công" + "cấp xã" is the communes' centres, not the province's the
 * gazetteer's row means; "Ngân hàng Nhà nước" + "khu vực XII", "Kho bạc
 * Nhà nước" + "khu vực I" a region's branch, not the central bank. Where
 * that name ends, or 0; *coll says a level's class of bodies. */
static size_t other_level_end(const seg_para *p, size_t j, const seg_gaz_entry *e, int *coll)
{
    static const char *const levels[] = {"cap xa", "cap huyen", NULL};
    const char *f = p->fold;
    size_t n = p->nchar, q = skip_sp(f, n, j);
    if (!strcmp(e->kind, "province") || !strcmp(e->kind, "group"))
        return 0;
    if (strstr(e->fold, " cap ") || strstr(e->fold, "khu vuc"))
        return 0;
    for (int k = 0; levels[k]; k++)
        if (seg_word_at(f, n, q, levels[k])) {
            *coll = 1;
            return q + strlen(levels[k]);
        }
    if (!seg_word_at(f, n, q, "khu vuc"))
        return 0;
    /* the region's name: a numeral ("XII", "3") or capitalised words */
    size_t r = skip_sp(f, n, q + strlen("khu vuc")), end = 0;
    while (r < n && isalnum((unsigned char)f[r])) {
        size_t bi = p->cpos[r];
        uint32_t cp = seg_utf8_next(p->text, p->cpos[n], &bi);
        if (!cp_is_upper(cp) && !(cp >= '0' && cp <= '9'))
            break;
        while (r < n && isalnum((unsigned char)f[r]))
            r++;
        end = r;
        r = skip_sp(f, n, r);
    }
    *coll = 0;
    return end;
}

static int match_plain(const actx *c, const seg_para *p, size_t i, const char *prefix, int fuzzy, hit *h)
{
    const char *f = p->fold;
    size_t ml = 0, i0 = i, adv = 0;
    if (!prefix)
        i = ag_after_title(c, p, i);
    if (!prefix && short_own_unit_hit(c, p, i, h))
        return 1;
    const seg_gaz_entry *e = gaz_entry(c, p, i, prefix, fuzzy, &adv);
    if (!e || !strcmp(e->kind, "province")) {
        /* a name the gazetteer lacks, read by grammar; unless it is a known
         * name that OCR spoilt ("Sở Tơi pháp"), which the gazetteer still
         * matches whole within a few edits */
        if (!grammar_hit(p, i, h)) {
            size_t hl = 0, a = i == i0 ? ag_compound_title(p, i0, &hl) : 0, e;
            /* the body after the title is read as it would be alone: "Tổ
             * trưởng Tổ công tác đặc biệt" is the team "Tổ công tác đặc
             * biệt" names, "Viện trưởng Viện kiểm sát" the procuracy */
            if (a && grammar_hit(p, a, h))
                return 1;
            if (a && (e = seg_headed_body_at(p, a, hl))) {
                /* a body the grammar has no head noun for: the title says it */
                memset(h, 0, sizeof *h);
                h->a = a;
                h->b = e;
                h->name = seg_body_name(p, a, e);
                return h->name != NULL;
            }
            return i != i0 && (office_group_hit(p, i, h) || titled_hit(p, i, h) || own_unit_hit(c, p, i0, i, h));
        }
        /* long forms were tried in gaz_entry (seg_gaz_fuzzy_at); a short name
         * whole, which is cheap */
        /* a name in lower case is a class's noun read by grammar ("đồn
         * Công an"), not a known name whose capital OCR lost */
        size_t bi = p->cpos[i];
        int lower = !h->collective && cp_is_lower(seg_utf8_next(p->text, p->cpos[p->nchar], &bi));
        e = fuzzy && !lower && h->b - i <= 24 ? seg_gaz_fuzzy(c->g, f + i, h->b - i, &ml) : NULL;
        if (!e || !strcmp(e->kind, "province") || i + ml + 2 < h->b || i + ml > h->b + 2)
            return 1;
        free(h->name);
        adv = ml;
    }
    memset(h, 0, sizeof *h);
    h->e = e;
    h->a = i;
    h->b = i + adv;
    gaz_name(c, p, e, h);
    int lcoll = 0;
    size_t le = prefix ? 0 : other_level_end(p, h->b, e, &lcoll);
    char *lname = le ? seg_body_name(p, i, le) : NULL;
    if (lname) {
        free(h->name);
        free(h->successor);
        memset(h, 0, sizeof *h);
        h->a = i;
        h->b = le;
        h->name = lname;
        h->collective = lcoll;
        h->keep_name = 1;
        return 1;
    }
    if (!prefix && grammar_longer(p, i, h->b - i)) {
        free(h->name);
        free(h->successor);
        return grammar_hit(p, i, h);
    }
    return 1;
}

/* A class noun in apposition before the name of one body: "cơ quan Bảo
 * hiểm xã hội thành phố Huế", "đơn vị Văn phòng UBND tỉnh", "Nhà đầu tư
 * (Tập đoàn Đèo Cả)". Vietnamese puts the kind of thing first and its
 * name after it, so the name says which body it is: the agency is the
 * name's body, as written from the class noun. A branch of service is
 * named so by its head alone ("lực lượng Công an", "Cơ quan Công an": the
 * Công an). The parties of a project take their name in
 * brackets here; written right after them ("chủ đầu tư Dự án ...") they
 * are read by bodies.c. A name of no body ("cơ quan Nhà nước") is no
 * apposition. */
static int apposed_hit(const actx *c, const seg_para *p, size_t i, int fuzzy, hit *h)
{
    static const char *const nouns[] = {"co quan", "don vi", "luc luong", "nha dau tu", "chu dau tu", "nha thau",
                                        NULL};
    enum { PARTIES = 3 }; /* nouns[3..] take the name in brackets only */
    const char *f = p->fold;
    size_t n = p->nchar;
    int k;
    for (k = 0; nouns[k]; k++)
        if (seg_word_at(f, n, i, nouns[k]))
            break;
    if (!nouns[k])
        return 0;
    size_t j = skip_sp(f, n, i + strlen(nouns[k]));
    int bracket = j < n && f[j] == '(';
    if (bracket)
        j = skip_sp(f, n, j + 1);
    else if (k >= PARTIES)
        return 0;
    int branch = 0;
    size_t hl = j < n ? seg_head_at(p, j, &branch) : 0;
    if (!hl)
        return 0;
    if (!match_plain(c, p, j, NULL, fuzzy, h))
        memset(h, 0, sizeof *h);
    else if (h->collective) {
        free(h->name);
        free(h->successor);
        memset(h, 0, sizeof *h);
    }
    if (!h->name) {
        /* a branch named by its head alone, the word after it no capital */
        size_t q = skip_sp(f, n, j + hl), bi = p->cpos[q < n ? q : n];
        if (bracket || !branch || (q < n && cp_is_upper(seg_utf8_next(p->text, p->cpos[n], &bi))))
            return 0;
        /* "Công an nhân dân" (the people's police) is the branch's full
         * name; "các cấp" (at every level) makes it the class of its
         * bodies: "cơ quan Công an các cấp" */
        size_t e = j + hl;
        if (seg_word_at(f, n, q, "nhan dan"))
            e = q + strlen("nhan dan");
        q = skip_sp(f, n, e);
        if (seg_word_at(f, n, q, "cac cap")) {
            e = q + strlen("cac cap");
            h->collective = 1;
        }
        h->name = seg_body_name(p, j, e);
        h->b = e;
        if (!h->name)
            return 0;
    }
    if (bracket) {
        size_t q = skip_sp(f, n, h->b);
        if (q >= n || f[q] != ')') {
            free(h->name);
            free(h->successor);
            memset(h, 0, sizeof *h);
            return 0;
        }
        h->b = q + 1;
    }
    h->a = i;
    return 1;
}

/* "Văn phòng Ban Chỉ đạo", where the regulation called "Ban Chỉ đạo
 * Nhà nước về Du lịch" "Ban Chỉ đạo" for short: Vietnamese names a body's
 * unit by a head noun and the body's name, so the short name inside the
 * unit's name stands for the body as it does alone. The hit h read by
 * grammar, a head noun and the short name with its capital up to h's end,
 * is named with the body's full name. */
static void unit_of_alias(const actx *c, const seg_para *p, hit *h)
{
    int branch = 0;
    size_t hl = seg_head_at(p, h->a, &branch);
    if (h->e || h->keep_name || !hl)
        return;
    /* the sentence that defines a short name names its bodies in full */
    int defining = strstr(p->fold, "(sau day goi") || strstr(p->fold, "(goi tat la");
    for (int k = 0; k < c->n_alias; k++) {
        if (c->alias_para[k])
            continue;
        /* the short name alone, as the grammar reads it too ("Ban Chỉ
         * đạo"), or after the unit's head */
        size_t x = h->a, bx;
        if (x + strlen(c->alias_fold[k]) != h->b || defining)
            x = skip_sp(p->fold, p->nchar, h->a + hl);
        bx = p->cpos[x < p->nchar ? x : p->nchar];
        if (x >= h->b || x + strlen(c->alias_fold[k]) != h->b || !seg_word_at(p->fold, p->nchar, x, c->alias_fold[k]) ||
            !cp_is_upper(seg_utf8_next(p->text, p->cpos[p->nchar], &bx)))
            continue;
        char *head = x > h->a ? seg_body_name(p, h->a, h->a + hl) : seg_strdup("");
        if (!head)
            return;
        sbuf b = {0};
        sb_puts(&b, head);
        if (*head)
            sb_putc(&b, ' ');
        sb_puts(&b, c->alias_name[k]);
        free(head);
        free(h->name);
        free(h->successor);
        h->successor = NULL;
        h->name = sb_take(&b, NULL);
        h->keep_name = 1;
        return;
    }
}

/* The units of one level a kind of place may belong to: "thành phố" is
 * the province's or, before 2025, the district's. */
static unsigned unit_levels(unsigned u)
{
    unsigned l = 0;
    if (u & SEG_PROVINCE_UNITS)
        l |= 1u;
    if ((u & SEG_DISTRICT_UNITS) || u == SEG_THANH_PHO)
        l |= 2u;
    if (u & SEG_COMMUNE_UNITS)
        l |= 4u;
    return l;
}

/* A kind of place in lower case at i, with its marks, no proper name
 * after it ("huyện", not "huyện Đức Trọng", one place) and no 'xã' of
 * 'xã hội': its length, its unit in *u; else 0. */
static size_t kind_of_place(const seg_para *p, size_t i, unsigned *u)
{
    const char *f = p->fold;
    size_t n = p->nchar, l;
    if (i >= n || !(l = seg_unit_marked_at(p, i, SEG_UNITS)) || !seg_unit_word(f, n, i, SEG_UNITS, u))
        return 0;
    size_t bi = p->cpos[i], q = skip_sp(f, n, i + l), bq = p->cpos[q < n ? q : n];
    if (cp_is_upper(seg_utf8_next(p->text, p->cpos[n], &bi)))
        return 0;
    if (q < n && isalnum((unsigned char)f[q]) && cp_is_upper(seg_utf8_next(p->text, p->cpos[n], &bq)))
        return 0;
    if (*u == SEG_XA && (seg_word_at(f, n, q, "hoi") || seg_word_at(f, n, q, "vien")))
        return 0;
    return l;
}

/* A unit's head over kinds of place of one level ("Phòng Tư pháp quận,
 * huyện, thị xã", "các Chi cục Thuế quận, huyện", "Trung tâm Y tế các
 * huyện, thị xã"): Vietnamese names the units of that head at each kind
 * of place listed, one class (ANNOTATING.md: a group named as such,
 * collective, as written). The name h read up to its first kind of place,
 * or up to a "các" before them, runs over the list; a "thành phố" last
 * takes "trực thuộc Trung ương" or "(trực) thuộc tỉnh", which say which cities
 * ("tỉnh, thành phố trực thuộc Trung ương", one class, never cut before
 * it). Kinds of two levels ("huyện, xã") are two levels' bodies, and a
 * capital after the comma another body: neither is read. */
static void units_of_head(const seg_para *p, hit *h)
{
    const char *f = p->fold;
    size_t n = p->nchar, q = skip_sp(f, n, h->b), end = 0, l = 0;
    unsigned u = 0, lv = 7u, last = 0;
    static const size_t lens[] = {2, 4, 5, 6, 7, 8, 9};
    for (size_t k = 0; k < sizeof lens / sizeof lens[0] && !l; k++) {
        size_t i = h->b - lens[k];
        if (h->b >= h->a + lens[k] + 2 && f[i - 1] == ' ' && kind_of_place(p, i, &u) == lens[k])
            l = lens[k];
    }
    int cac = 0;
    if (l) {
        lv = unit_levels(u);
        last = u;
    } else if (!h->collective && seg_word_at(f, n, q, "cac")) {
        cac = 1;
        q = skip_sp(f, n, q + 3);
        if (!(l = kind_of_place(p, q, &u)))
            return;
        lv = unit_levels(u);
        last = u;
        end = q + l;
        q = skip_sp(f, n, end);
    } else
        return;
    size_t before = end;
    for (;;) {
        size_t r = q;
        if (r < n && (f[r] == ',' || f[r] == '/'))
            r = skip_sp(f, n, r + 1);
        else if (seg_word_at(f, n, r, "va"))
            r = skip_sp(f, n, r + 2);
        else if (!cac || !kind_of_place(p, r, &u))
            break; /* after "các" the kinds may stand side by side, no comma:
                    * "các tỉnh thành phố trực thuộc Trung ương" */
        if (!(l = kind_of_place(p, r, &u)) || !(lv & unit_levels(u)))
            break;
        lv &= unit_levels(u);
        last = u;
        end = r + l;
        q = skip_sp(f, n, end);
    }
    if (!cac && end == before)
        return;
    if (last == SEG_THANH_PHO) {
        static const char *const which[] = {"truc thuoc trung uong", "thuoc trung uong", "truc thuoc tinh", "thuoc tinh", NULL};
        size_t w = seg_word_in(f, n, q, which);
        if (w)
            end = q + w;
    }
    char *name = seg_body_name(p, h->a, end);
    if (!name)
        return;
    free(h->name);
    free(h->successor);
    h->successor = NULL;
    h->name = name;
    h->b = end;
    h->collective = 1;
    h->keep_name = 1;
}

/* An enterprise may print its legal form after its name and a dash
 * rather than in front ("Tổng công ty Cảng hàng không Việt Nam - CTCP",
 * "... - Công ty cổ phần"): the form belongs to the name as printed
 * (ANNOTATING.md, fourth rule set), so the mention reads through it and
 * a clause's verb comes after it. Only a name whose head is an
 * enterprise's: after another body a dash joins two parts of a field
 * ("Ban Kinh tế - Ngân sách") or sets off something else. */
static void legal_form_of(const seg_para *p, hit *h)
{
    static const char *const heads[] = {"tong cong ty", "cong ty", "tap doan", NULL};
    static const char *const forms[] = {"ctcp", "cong ty co phan", NULL};
    const char *f = p->fold;
    size_t n = p->nchar, q = skip_sp(f, n, h->b), l;
    if (!h->name || !seg_word_in(f, n, h->a, heads) || q >= n || f[q] != '-')
        return;
    q = skip_sp(f, n, q + 1);
    if (q >= n || q == h->b + 1 || !(l = seg_word_in(f, n, q, forms)) || !seg_capital_at(p, q))
        return;
    sbuf b = {0};
    sb_puts(&b, h->name);
    sb_puts(&b, " - ");
    sb_add(&b, p->text + p->cpos[q], p->cpos[q + l] - p->cpos[q]);
    char *name = sb_take(&b, NULL);
    if (!name)
        return;
    free(h->name);
    h->name = name;
    h->b = q + l;
    h->keep_name = 1;
}

/* Agency name at folded position i (a word start), or 0. prefix lets "Bộ:"
 * lists ("các Bộ: Công an, Tư pháp") read each item as "bộ công an". */
int ag_match_at(const actx *c, const seg_para *p, size_t i, const char *prefix, int fuzzy, hit *h)
{
    /* "1470/QĐ-TTg", "12/2025/QĐ-UBND": after the hyphen of an act's
     * number (Decree 30: number/year/kind-issuer) the issuer's letters
     * cite whose act it is; they name no agency */
    if (!prefix && i >= 2 && p->fold[i - 1] == '-' && isalnum((unsigned char)p->fold[i - 2]))
        return 0;
    for (int k = 0; !prefix && k < c->n_alias; k++) {
        if (!c->alias_para[k])
            continue;
        /* the full name whose abbreviation the bracket after it defines,
         * the bracket read with it ("... (Ban QLDA) chủ trì"); and the
         * abbreviation itself, written with its capitals */
        size_t l = strlen(c->alias_fold[k]), b = 0;
        if (c->alias_para[k] == p && c->alias_a[k] == i)
            b = c->alias_b[k];
        else if (seg_word_at(p->fold, p->nchar, i, c->alias_fold[k]) &&
                 !strncmp(p->text + p->cpos[i], c->alias_text[k], strlen(c->alias_text[k])))
            b = i + l;
        if (!b)
            continue;
        memset(h, 0, sizeof *h);
        h->a = i;
        h->b = b;
        h->name = seg_strdup(c->alias_name[k]);
        h->keep_name = 1;
        return h->name != NULL;
    }
    if (match_plain(c, p, i, prefix, fuzzy, h)) {
        if (!prefix) {
            unit_of_alias(c, p, h);
            units_of_head(p, h);
            legal_form_of(p, h);
        }
        return 1;
    }
    if (prefix)
        return 0;
    for (int k = 0; k < c->n_alias; k++) {
        /* a short name the document defined, with its capital, not the
         * start of a longer name ("Hội đồng nhân dân" is read above) */
        size_t l = strlen(c->alias_fold[k]), bi = p->cpos[i];
        if (!seg_word_at(p->fold, p->nchar, i, c->alias_fold[k]) ||
            !cp_is_upper(seg_utf8_next(p->text, p->cpos[p->nchar], &bi)))
            continue;
        size_t q = skip_sp(p->fold, p->nchar, i + l), bq = p->cpos[q < p->nchar ? q : p->nchar];
        if (q < p->nchar && cp_is_upper(seg_utf8_next(p->text, p->cpos[p->nchar], &bq)))
            continue;
        memset(h, 0, sizeof *h);
        h->a = i;
        h->b = i + l;
        h->name = seg_strdup(c->alias_name[k]);
        h->keep_name = 1;
        return h->name != NULL;
    }
    size_t e = seg_listed_body_at(p, i);
    if (e)
        return ag_written_hit(p, i, e, 0, h);
    return apposed_hit(c, p, ag_after_title(c, p, i), fuzzy, h);
}

/* The initial of the syllable at i, folded (the letter, "đ" as 'd'). */
static char initial_at(const seg_para *p, size_t i) { return p->fold[i]; }

/* Records a short name (folded) standing for the body name; text, para,
 * a and b only for an abbreviation defined in a bracket (acronym_aliases):
 * its capitals as written, and the full mention [a, b) read with it. The
 * caller has checked there is room (n_alias < 8). */
static void add_alias(actx *c, char *fold, char *name, char *text, const seg_para *para, size_t a, size_t b)
{
    c->alias_fold[c->n_alias] = fold;
    c->alias_name[c->n_alias] = name;
    c->alias_text[c->n_alias] = text;
    c->alias_para[c->n_alias] = para;
    c->alias_a[c->n_alias] = a;
    c->alias_b[c->n_alias++] = b;
}

/* "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh (Ban
 * QLDA)", "Trung tâm Phát triển quỹ đất tỉnh (TTPTQĐ)": a document
 * abbreviates a body's name by writing, in brackets right after its first
 * mention, the initials of the name's first syllables, its head noun kept
 * or not, and then writes only that. The body opens with a head noun
 * written with its capital, and the initials after it (or its own and
 * theirs) spell the abbreviation's capitals, in order, syllable by
 * syllable; the name runs to the bracket, with no punctuation inside.
 * The abbreviation then stands for the body wherever written with its
 * capitals, and the full mention is read to the bracket. */
static void acronym_aliases(actx *c, const seg_para *p)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    for (size_t open = 0; open < n && c->n_alias < 8; open++) {
        if (f[open] != '(' || open < 2)
            continue;
        static const char *const say[] = {"sau day viet tat la", "sau day goi tat la", "viet tat la", "goi tat la",
                                          NULL};
        size_t y = open + 1, sl = seg_word_in(f, n, y, say);
        if (sl)
            y = skip_sp(f, n, y + sl);
        size_t ye = y;
        while (ye < n && f[ye] != ')' && ye - y < 16)
            ye++;
        if (ye >= n || f[ye] != ')')
            continue;
        /* the abbreviation: an optional head word with its capital, then
         * one run of two to seven capitals */
        size_t caps = y, k, bi;
        int words = 0;
        for (k = y; k < ye; k++)
            if (f[k] == ' ')
                words++, caps = k + 1;
        if (words > 1)
            continue;
        char letters[8];
        size_t nl = 0;
        int ok = 1;
        for (k = caps; k < ye && ok; k++) {
            bi = p->cpos[k];
            uint32_t cp = seg_utf8_next(p->text, p->cpos[n], &bi);
            if (!cp_is_upper(cp) || nl >= sizeof letters - 1 || !isalpha((unsigned char)f[k]))
                ok = 0;
            else
                letters[nl++] = f[k];
        }
        if (!ok || nl < 2)
            continue;
        letters[nl] = 0;
        /* the word before the bracket, then back to a head noun with its
         * capital whose syllables' initials spell the letters */
        size_t e = open;
        while (e > 0 && f[e - 1] == ' ')
            e--;
        for (size_t x = e; x-- > 0;) {
            if (!isalnum((unsigned char)f[x])) {
                if (f[x] == ' ')
                    continue;
                break; /* punctuation: the name has none */
            }
            if (x > 0 && isalnum((unsigned char)f[x - 1]))
                continue;
            int branch = 0;
            size_t hl = seg_head_at(p, x, &branch);
            bi = p->cpos[x];
            if (!hl || !cp_is_upper(seg_utf8_next(p->text, p->cpos[n], &bi)))
                continue;
            /* with the head word in the abbreviation ("Ban QLDA"), the
             * letters start after the head; else at the head */
            size_t s = words ? skip_sp(f, n, x + hl) : x;
            if (words && (caps - y - 1 != hl || memcmp(f + y, f + x, hl)))
                continue;
            size_t li = 0, q = s;
            while (li < nl && q < e && initial_at(p, q) == letters[li]) {
                li++;
                while (q < e && isalnum((unsigned char)f[q]))
                    q++;
                q = skip_sp(f, n, q);
            }
            if (li < nl)
                continue;
            char *name = seg_body_name(p, x, e), *fold = seg_strndup(f + y, ye - y);
            char *text = seg_strndup(p->text + p->cpos[y], p->cpos[ye] - p->cpos[y]);
            if (!name || !fold || !text) {
                free(name);
                free(fold);
                free(text);
                break;
            }
            add_alias(c, fold, name, text, p, x, ye + 1);
            break;
        }
    }
}

/* "Quỹ nhà ở quốc gia (sau đây gọi là Quỹ)", "... Hội đồng thẩm định độc
 * lập theo quy định tại ... (sau đây gọi là Hội đồng)": a regulation
 * defines a short name for a body and then writes only that. The body is
 * the last phrase before the bracket that opens with the short name, up
 * to a preposition or punctuation ("theo", "tại", "của", "về", "thuộc");
 * the short name stands for it wherever written with its capital. The
 * name must open with a body's head noun: "Quy chế" is no "Quỹ". */
void ag_read_aliases(actx *c)
{
    static const char *const say[] = {"(sau day goi chung la ", "(sau day goi tat la ", "(sau day goi la ",
                                      "(goi tat la ", NULL};
    static const char *const preps[] = {"theo", "tai", "cua", "ve", "thuoc", "do", "trong", "voi", "de", NULL};
    const seg_doc *d = c->d;
    for (size_t pi = 0; pi < d->nparas && c->n_alias < 8; pi++) {
        const seg_para *p = &d->paras[pi];
        const char *f = p->fold;
        size_t n = p->nchar;
        for (int w = 0; say[w] && c->n_alias < 8; w++) {
            const char *hitp = strstr(f, say[w]);
            if (!hitp)
                continue;
            size_t open = (size_t)(hitp - f), y = open + strlen(say[w]), ye = y;
            while (ye < n && f[ye] != ')')
                ye++;
            size_t by = p->cpos[y < n ? y : n];
            if (ye >= n || ye - y < 2 || ye - y > 24 || !cp_is_upper(seg_utf8_next(p->text, p->cpos[n], &by)))
                continue;
            /* the last mention of the short name before the bracket */
            size_t yl = ye - y, x = n;
            for (size_t k = 0; k + yl <= open; k++)
                if (!memcmp(f + k, f + y, yl) && (k == 0 || f[k - 1] == ' ') && f[k + yl] == ' ')
                    x = k;
            if (x >= n)
                continue;
            int branch = 0;
            if (!seg_head_at(p, x, &branch))
                continue; /* a body's head noun, not "Quy chế", "Quy định" */
            size_t e = x + yl, q = skip_sp(f, n, e);
            while (q < open && isalnum((unsigned char)f[q])) {
                if (seg_word_in(f, n, q, preps))
                    break;
                while (q < n && isalnum((unsigned char)f[q]))
                    q++;
                e = q;
                q = skip_sp(f, n, q);
            }
            int coll = 0;
            size_t ge = seg_body_at(p, x, &coll);
            if (!coll && ge > e && ge <= open)
                e = ge; /* "Ban Chỉ đạo Nhà nước về Du lịch": a board's field after "về" */
            if (e <= x + yl)
                continue; /* the short name is the whole name */
            char *name = seg_body_name(p, x, e);
            char *fold = seg_strndup(f + y, yl);
            if (!name || !fold) {
                free(name);
                free(fold);
                continue;
            }
            add_alias(c, fold, name, NULL, NULL, 0, 0);
        }
        acronym_aliases(c, p);
    }
}

void ag_free_aliases(actx *c)
{
    for (int k = 0; k < c->n_alias; k++) {
        free(c->alias_fold[k]);
        free(c->alias_name[k]);
        free(c->alias_text[k]);
    }
    c->n_alias = 0;
}
