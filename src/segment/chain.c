/*
 * chain.c: a run of names and groups from a position: "Sở Nội vụ, Sở Tài
 * chính và UBND các huyện", "các Bộ: Công an, Tư pháp", "Ủy ban nhân dân
 * các tỉnh, thành phố: Hà Tĩnh, Quảng Trị, Huế", a council's organs, the
 * provinces a letter names for their people's committees, and a name a
 * regulation defines in brackets ("sau đây gọi chung là ...").
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "segment/agencies_internal.h"
#include "segment/funcwords.h"
#include "segment/places.h"

/* Does f[a, b) hold a verb that gives a role? */
static int verb_in(const char *f, size_t a, size_t b)
{
    static const char *const v[] = {"chi dao", "chu tri", "phoi hop", "thuc hien", "yeu cau", "giao", NULL};
    for (size_t i = a; i < b; i++)
        for (int k = 0; v[k]; k++)
            if (i + strlen(v[k]) <= b && seg_word_at(f, b, i, v[k]))
                return 1;
    return 0;
}

/* The hit h for the Ủy ban nhân dân of the province pe written at f[j,
 * j + ml), ub the gazetteer's entry for such a committee; with its
 * successor's committee too when successor is set. */
static void province_authority(hit *h, const seg_gaz_entry *ub, const seg_gaz_entry *pe, size_t j, size_t ml,
                               int successor)
{
    memset(h, 0, sizeof *h);
    h->e = ub;
    h->a = j;
    h->b = j + ml;
    sbuf b = {0};
    sb_puts(&b, "Ủy ban nhân dân ");
    /* "Huế" is written without its "thành phố": the gazetteer's name has it */
    sb_puts(&b, pe->canonical);
    h->name = sb_take(&b, NULL);
    if (successor && pe->successor) {
        sbuf sb = {0};
        sb_puts(&sb, "Ủy ban nhân dân ");
        sb_puts(&sb, pe->successor);
        h->successor = sb_take(&sb, NULL);
    }
}

/* "Ủy ban nhân dân các tỉnh, thành phố: Hà Tĩnh, Quảng Trị, Huế": the
 * group is the UBND of each province named after its colon. The group's
 * hit g becomes the first of them; the others go to out. */
int ag_province_list(const actx *c, const seg_para *p, hit *g, hit *out, int max, size_t *end)
{
    const char *f = p->fold;
    size_t n = p->nchar, j = skip_sp(f, n, g->b), ml;
    if (!g->collective || strncmp(g->name, "Ủy ban nhân dân các", strlen("Ủy ban nhân dân các")) || j >= n ||
        f[j] != ':')
        return 0;
    const seg_gaz_entry *ub = seg_gaz_match(c->g, "ubnd tinh", 9, 0, &ml);
    int k = -1;
    int party = 0;
    for (size_t q = g->a > 48 ? g->a - 48 : 0; q < g->a && !party; q++)
        party = seg_word_at(f, g->a, q, "bi thu tinh uy");
    for (j = skip_sp(f, n, j + 1); j < n && k < max; j = skip_sp(f, n, j)) {
        const seg_gaz_entry *pe = seg_gaz_match(c->g, f, n, j, &ml);
        if (!pe || strcmp(pe->kind, "province"))
            break;
        hit *h = k < 0 ? g : &out[k];
        if (k < 0) {
            free(g->name);
            free(g->successor);
        }
        province_authority(h, ub, pe, j, ml, 1);
        k++;
        if (party && k < max && !strncmp(pe->canonical, "tỉnh ", strlen("tỉnh "))) {
            /* "Bí thư tỉnh ủy và Chủ tịch UBND các tỉnh: Gia Lai, ...": the
             * provincial party committee of each is addressed too */
            hit *t = &out[k];
            memset(t, 0, sizeof *t);
            t->a = j;
            t->b = j + ml;
            sbuf b = {0};
            sb_puts(&b, "Tỉnh ủy ");
            sb_puts(&b, pe->canonical + strlen("tỉnh "));
            t->name = sb_take(&b, NULL);
            t->keep_name = 1;
            k++;
        }
        *end = j + ml;
        j = skip_sp(f, n, j + ml);
        if (j < n && f[j] == ',')
            j++;
        else if (seg_word_at(f, n, j, "va"))
            j += 2;
        else
            break;
    }
    return k > 0 ? k : 0;
}

/* A list's joint at *j, a comma or "và": past it and the blanks after it
 * (1), or 0 when the list ends there. */
static int list_joint(const char *f, size_t n, size_t *j)
{
    if (*j < n && f[*j] == ',')
        *j = skip_sp(f, n, *j + 1);
    else if (seg_word_at(f, n, *j, "va"))
        *j = skip_sp(f, n, *j + 2);
    else
        return 0;
    return 1;
}

/* The heads a list of members shares: "các tập đoàn, tổng công ty:" before
 * "Điện lực Việt Nam, Dầu khí Việt Nam", "các Sở:" before "Tài chính". */
typedef struct {
    int n;
    const char *fold[4], *name[4]; /* "tap doan " (to match), "Tập đoàn" */
} plural_heads;

/* Head nouns of bodies a plural list names, folded with a space, and as
 * written in a name; longer ones first where one begins another. */
static const struct { const char *fold, *name; } plural_head_nouns[] = {
    {"tong cong ty ", "Tổng công ty"}, {"cong ty ", "Công ty"}, {"tap doan ", "Tập đoàn"},
    {"ngan hang ", "Ngân hàng"}, {"hiep hoi ", "Hiệp hội"}, {"hoi ", "Hội"}, {"hoc vien ", "Học viện"},
    {"benh vien ", "Bệnh viện"}, {"vien ", "Viện"}, {"truong ", "Trường"}, {"trung tam ", "Trung tâm"},
    {"tong cuc ", "Tổng cục"}, {"chi cuc ", "Chi cục"}, {"cuc ", "Cục"}, {"lien doan ", "Liên đoàn"},
    {"dai ", "Đài"}, {"bao ", "Báo"}, {"ban ", "Ban"}, {"bo ", "Bộ"}, {"so ", "Sở"}};

/* Head nouns from j, joined by commas or "và", closed by a colon: into hd;
 * returns the position after the colon, or 0 (hd then empty). */
static size_t plural_heads_at(const char *f, size_t n, size_t j, plural_heads *hd)
{
    hd->n = 0;
    while (hd->n < 4) {
        size_t k, nk = sizeof plural_head_nouns / sizeof plural_head_nouns[0], l = 0;
        for (k = 0; k < nk; k++) {
            l = strlen(plural_head_nouns[k].fold) - 1;
            if (j + l <= n && !memcmp(f + j, plural_head_nouns[k].fold, l) &&
                (j + l == n || !isalnum((unsigned char)f[j + l])))
                break;
        }
        if (k == nk) {
            /* a class noun beside the heads, "các Bộ, cơ quan: Tài chính,
             * ..., Tập đoàn Điện lực Việt Nam": it names no head of its own,
             * each member takes the heads before it (or is named whole) */
            static const char *const classes[] = {"co quan", "nganh", "don vi", "to chuc", NULL};
            l = hd->n ? seg_word_in(f, n, j, classes) : 0;
            if (!l)
                break;
        } else {
            hd->fold[hd->n] = plural_head_nouns[k].fold;
            hd->name[hd->n++] = plural_head_nouns[k].name;
        }
        /* after each head or class noun: a colon closes the heads, a
         * comma or "và" joins one more */
        j = skip_sp(f, n, j + l);
        if (j < n && f[j] == ':')
            return j + 1;
        if (!list_joint(f, n, &j))
            break;
    }
    hd->n = 0;
    return 0;
}

/* Where the bodies' list begins after a head's title at a: an addressee
 * item's or an item's subject ("Giám đốc các Sở: ...", "Thủ trưởng các cơ quan: ..."): after
 * the title, when "các", a head noun and a colon follow it; else 0. */
size_t ag_office_before_list(const char *f, size_t n, size_t a)
{
    static const char *const titles[] = {"giam doc", "thu truong", "chu tich", "bo truong", "truong ban", NULL};
    size_t l = seg_word_in(f, n, a, titles);
    if (!l)
        return 0;
    size_t o = skip_sp(f, n, a + l);
    if (!seg_word_at(f, n, o, "cac"))
        return 0;
    for (size_t j = o + 4; j < n && j < o + 24; j++)
        if (f[j] == ':')
            return o;
        else if (f[j] == ',' || f[j] == ';')
            return 0;
    return 0;
}

/* A member of a plural list at i: the head its name has in the gazetteer
 * ("Điện lực Việt Nam" under "tập đoàn, tổng công ty" is the Tập đoàn), a
 * body named whole, or else the first head with the name as written. */
static int member_hit(const actx *c, const seg_para *p, size_t i, const plural_heads *hd, hit *h)
{
    for (int k = 0; k < hd->n; k++) {
        if (!ag_match_at(c, p, i, hd->fold[k], 1, h))
            continue;
        if (h->e && !strncmp(h->e->fold, hd->fold[k], strlen(hd->fold[k])))
            return 1;
        free(h->name);
        free(h->successor);
    }
    if (ag_match_at(c, p, i, NULL, 1, h))
        return 1;
    if (!hd->n || i >= p->nchar)
        return 0;
    size_t bi = p->cpos[i];
    if (!cp_is_upper(seg_utf8_next(p->text, p->cpos[p->nchar], &bi)))
        return 0;
    /* by grammar: the member's words up to a comma, "và" or a verb */
    size_t e = seg_member_end(p, i);
    if (e <= i)
        return 0;
    char *m = seg_body_name(p, i, e);
    if (!m)
        return 0;
    sbuf b = {0};
    sb_puts(&b, hd->name[0]);
    sb_putc(&b, ' ');
    sb_puts(&b, m);
    free(m);
    memset(h, 0, sizeof *h);
    h->a = i;
    h->b = e;
    h->name = sb_take(&b, NULL);
    h->keep_name = 1;
    return h->name != NULL;
}

/* The council's own organs, named in one list with the council written
 * once or more and its level at the end: "Thường trực Hội đồng nhân dân,
 * các Ban của Hội đồng nhân dân, các Tổ đại biểu và đại biểu Hội đồng nhân
 * dân Thành phố" (the closing formula of every people's council
 * resolution). Each organ is named with the council and the last level
 * written; "đại biểu" are persons, read past. Fills hs (at most max) from
 * i, returns how many and the end in *end, or 0. */
static int council_organs(const seg_para *p, size_t i, hit *hs, int max, size_t *end)
{
    static const struct { const char *fold, *name; int coll; } organ[] = {
        {"thuong truc", "Thường trực", 0}, {"to dai bieu", "các Tổ đại biểu", 1}, {"ban", "các Ban của", 1},
        {"dai bieu", NULL, 0}};
    const char *f = p->fold;
    size_t n = p->nchar, j = i, pa = 0, pb = 0;
    int k = 0, councils = 0;
    while (k < max) {
        if (seg_word_at(f, n, j, "cac"))
            j = skip_sp(f, n, j + 3);
        size_t o, l = 0;
        for (o = 0; o < sizeof organ / sizeof organ[0]; o++)
            if (seg_word_at(f, n, j, organ[o].fold) && (l = strlen(organ[o].fold)))
                break;
        if (o == sizeof organ / sizeof organ[0] || (k == 0 && o != 0))
            break; /* the list opens with the standing committee */
        size_t a = j;
        j = skip_sp(f, n, j + l);
        if (seg_word_at(f, n, j, "cua"))
            j = skip_sp(f, n, j + 3);
        size_t cl = seg_word_at(f, n, j, "hoi dong nhan dan") ? 17 : seg_word_at(f, n, j, "hdnd") ? 4 : 0;
        if (cl) {
            councils++;
            j = skip_sp(f, n, j + cl);
            size_t pl = seg_unit_word(f, n, j, SEG_PROVINCE_UNITS, NULL);
            if (pl) {
                pa = j;
                pb = j + pl;
                size_t q = skip_sp(f, n, pb), bi = q < n ? p->cpos[q] : 0;
                while (q < n && cp_is_upper(seg_utf8_next(p->text, p->cpos[n], &bi))) {
                    while (q < n && isalnum((unsigned char)f[q]))
                        q++;
                    pb = q; /* "thành phố Huế": its name */
                    q = skip_sp(f, n, q);
                    bi = q < n ? p->cpos[q] : 0;
                }
                j = skip_sp(f, n, pb);
            }
        } else if (o == 0) {
            break;
        }
        if (organ[o].name) {
            memset(&hs[k], 0, sizeof hs[k]);
            hs[k].a = a;
            hs[k].b = j;
            while (hs[k].b > a && f[hs[k].b - 1] == ' ')
                hs[k].b--;
            hs[k].collective = organ[o].coll;
            hs[k].keep_name = 1;
            hs[k].name = seg_strdup(organ[o].name); /* the council and level below */
            k++;
        }
        *end = j;
        while (j > 0 && f[j - 1] == ' ')
            j--;
        if (j < n && f[j] == ',')
            j = skip_sp(f, n, j + 1);
        else if (seg_word_at(f, n, skip_sp(f, n, j), "va"))
            j = skip_sp(f, n, skip_sp(f, n, j) + 2);
        else
            break;
    }
    if (!councils) {
        ag_free_hits(hs, k);
        return 0;
    }
    for (int h = 0; h < k; h++) {
        sbuf b = {0};
        sb_puts(&b, hs[h].name);
        sb_puts(&b, " Hội đồng nhân dân");
        if (pb > pa) {
            sb_putc(&b, ' ');
            sb_add(&b, p->text + p->cpos[pa], p->cpos[pb] - p->cpos[pa]);
        }
        free(hs[h].name);
        hs[h].name = sb_take(&b, NULL);
    }
    return k;
}

/* Is every word of the place name p[a, b) written with its capital, but
 * for the words "tỉnh", "thành phố" ("Hải dương học" is no Hải Dương)? */
static int place_capitals(const seg_para *p, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        if (i > a && p->fold[i - 1] != ' ')
            continue;
        if (seg_word_at(p->fold, b, i, "tinh") || seg_word_at(p->fold, b, i, "thanh") || seg_word_at(p->fold, b, i, "pho"))
            continue;
        size_t bi = p->cpos[i];
        if (!cp_is_upper(seg_utf8_next(p->text, p->cpos[p->nchar], &bi)))
            return 0;
    }
    return 1;
}

/* Names of provinces read for their authority ("Nghệ An, Quảng Ngãi và
 * Cao Bằng"): from *jp on, each province the gazetteer knows, up to ","
 * or "và", is the hit of its Ủy ban nhân dân in hs (at most max). With
 * PROV_WORDS a "các tỉnh", "tỉnh" ... before each is stepped over; with
 * PROV_NAMED each is written with its capitals and named as the list
 * says, without successor. *jp is left after the last name and the
 * separator after it, *end at the last name's end; *closed, when given,
 * is set when no separator followed the last name (the list ended at a
 * province, not at an item it could not read). Returns how many. */
int ag_province_names(const actx *c, const seg_para *p, size_t *jp, hit *hs, int max, int how, size_t *end,
                      int *closed)
{
    static const char *const words[] = {"cac tinh, thanh pho", "cac tinh", "cac thanh pho", "tinh", NULL};
    const char *f = p->fold;
    size_t n = p->nchar, j = *jp, ml;
    const seg_gaz_entry *ub = seg_gaz_match(c->g, "ubnd tinh", 9, 0, &ml);
    int k = 0;
    if (closed)
        *closed = 0;
    while (k < max && j < n) {
        for (int w = 0; (how & PROV_WORDS) && words[w]; w++)
            if (seg_word_at(f, n, j, words[w])) {
                j = skip_sp(f, n, j + strlen(words[w]));
                break;
            }
        const seg_gaz_entry *pe = seg_gaz_match(c->g, f, n, j, &ml);
        if (!pe || strcmp(pe->kind, "province") || ((how & PROV_NAMED) && !place_capitals(p, j, j + ml)))
            break;
        hit *h = &hs[k++];
        province_authority(h, ub, pe, j, ml, !(how & PROV_NAMED));
        h->keep_name = (how & PROV_NAMED) != 0;
        if (end)
            *end = j + ml;
        j = skip_sp(f, n, j + ml);
        if (!list_joint(f, n, &j)) {
            if (closed)
                *closed = 1;
            break;
        }
    }
    *jp = j;
    return k;
}

/* "Ủy ban nhân dân thành phố Hà Nội, thành phố Hồ Chí Minh và tỉnh Quảng
 * Ninh": a body of a province's level written once, its head elided
 * before each further place that keeps its own word ("tỉnh", "thành
 * phố"). After the hit h, named by the gazetteer's "... tỉnh" or "...
 * thành phố" with its province, each such place is the same body of that
 * province, into out (at most max); how many, the end in *end. */
static int elided_head_places(const actx *c, const seg_para *p, const hit *h, hit *out, int max, size_t *end)
{
    if (!h->e || !h->name)
        return 0;
    const char *canon = h->e->canonical;
    if (!seg_level_named(canon))
        return 0;
    if (!strcmp(h->name, canon))
        return 0; /* no province of its own: "Ủy ban nhân dân tỉnh, thành phố" is one body's */
    const char *f = p->fold;
    size_t n = p->nchar, j = skip_sp(f, n, h->b), ml;
    int k = 0;
    while (k < max) {
        size_t q = j;
        if (!list_joint(f, n, &q))
            break;
        size_t wl = seg_unit_word(f, n, q, SEG_PROVINCE_UNITS, NULL);
        const seg_gaz_entry *pe = wl ? seg_gaz_match(c->g, f, n, q, &ml) : NULL;
        if (!pe || strcmp(pe->kind, "province") || ml <= wl + 1 || !place_capitals(p, q, q + ml))
            break;
        hit *o = &out[k++];
        memset(o, 0, sizeof *o);
        o->e = h->e;
        o->a = q;
        o->b = q + ml;
        ag_province_body(canon, pe, o);
        *end = q + ml;
        j = skip_sp(f, n, q + ml);
    }
    return k;
}

static char *spans_name(const seg_para *p, size_t a1, size_t b1, size_t a2, size_t b2);

/* o, the body whose head [a1, b1) is written once before [a, b): one of the
 * entries an elided head gives (below); 0 when no name could be made */
static int elided_hit(hit *o, const seg_para *p, size_t a1, size_t b1, size_t a, size_t b)
{
    memset(o, 0, sizeof *o);
    o->name = spans_name(p, a1, b1, a, b);
    if (!o->name)
        return 0;
    o->a = a;
    o->b = b;
    o->keep_name = 1;
    return 1;
}

/* The end of the proper name of a place from w: its capitals or numbers,
 * a hyphen between two of them ("Phan Rang - Tháp Chàm"); w when none. */
static size_t place_name_end(const seg_para *p, size_t w)
{
    const char *f = p->fold;
    size_t n = p->nchar, e = w, q = w;
    while (q < n && seg_capital_at(p, q)) {
        while (q < n && isalnum((unsigned char)f[q]))
            q++;
        e = q;
        q = skip_sp(f, n, q);
        if (q < n && f[q] == '-' && seg_capital_at(p, skip_sp(f, n, q + 1)))
            q = skip_sp(f, n, q + 1);
    }
    return e;
}

/* "Ủy ban nhân dân xã Hòa An và xã Hòa Bình", "Ủy ban nhân dân phường
 * Mỹ Phước, phường Cao Lãnh": a body below the province's level written
 * once, its head elided before each further place of the same level that
 * keeps its own word and proper name; each is that body of that place
 * (ANNOTATING.md: one body per entry). The gazetteer knows no communes,
 * so the grammar reads them: h ends with a kind of place in lower case
 * and its proper name, and each further place is a comma or "và", the
 * kind's word of the same level, in lower case, and capitals. Into out
 * (at most max); how many, the end in *end. */
static int elided_head_units(const seg_para *p, const hit *h, hit *out, int max, size_t *end)
{
    const char *f = p->fold;
    size_t n = p->nchar, kind = 0, l;
    unsigned u = 0, level = 0;
    if (!h->name || h->collective || h->src || h->b > n)
        return 0;
    /* the last kind of place inside h whose proper name closes h */
    for (size_t q = h->a + 1; q < h->b; q++) {
        if (f[q - 1] != ' ' || !(l = seg_unit_marked_at(p, q, SEG_DISTRICT_UNITS | SEG_COMMUNE_UNITS)) ||
            seg_capital_at(p, q) || !seg_unit_word(f, n, q, SEG_UNITS, &u))
            continue;
        size_t w = skip_sp(f, n, q + l);
        if (w < h->b && seg_capital_at(p, w) && place_name_end(p, w) == h->b) {
            kind = q;
            level = (u & SEG_COMMUNE_UNITS) ? SEG_COMMUNE_UNITS : SEG_DISTRICT_UNITS;
        }
    }
    if (!kind)
        return 0;
    size_t base = kind;
    while (base > h->a && f[base - 1] == ' ')
        base--;
    int k = 0;
    size_t j = skip_sp(f, n, h->b);
    while (k < max) {
        size_t q = j, w, e;
        if (!list_joint(f, n, &q) || !(l = seg_unit_marked_at(p, q, level)) || seg_capital_at(p, q) ||
            !seg_unit_word(f, n, q, level, &u))
            break;
        w = skip_sp(f, n, q + l);
        if (!seg_capital_at(p, w) || (e = place_name_end(p, w)) <= w)
            break;
        if (!elided_hit(&out[k], p, h->a, base, q, e))
            break;
        k++;
        *end = e;
        j = skip_sp(f, n, e);
    }
    return k;
}

/* The name of two spans of p read as one body, [a1, b1) then [a2, b2)
 * ("Hội đồng nhân dân" + "tỉnh Quảng Ngãi"), each as seg_body_name writes
 * it; NULL when either is none. */
static char *spans_name(const seg_para *p, size_t a1, size_t b1, size_t a2, size_t b2)
{
    char *x = seg_body_name(p, a1, b1), *y = seg_body_name(p, a2, b2), *name = NULL;
    if (x && y) {
        sbuf s = {0};
        sb_puts(&s, x);
        sb_putc(&s, ' ');
        sb_puts(&s, y);
        name = sb_take(&s, NULL);
    }
    free(x);
    free(y);
    return name;
}
/* "Trung tâm Phục vụ hành chính công cấp tỉnh, cấp xã", "Công an cấp
 * tỉnh và cấp xã", "Ủy ban nhân dân cấp huyện, cấp xã": one phrase naming
 * a body at two or three levels names one body per level, the
 * province's one body and the class of each lower level's (ANNOTATING.md,
 * fifth rule set). Vietnamese writes the head once and coordinates the
 * levels, each with its "cấp", from the highest down ("cấp tỉnh, cấp
 * huyện, cấp xã"). After the hit h, named for the highest level (the
 * level right after it or inside it, where the grammar read the levels as
 * one name: h is cut there), the lower levels' bodies into out,
 * collective: how many, the end in *end. */
int ag_second_level(const seg_para *p, hit *h, hit *out, int max, size_t *end)
{
    /* the levels from the highest down: a lower one follows a higher */
    static const char *const levels[] = {"cap tinh", "cap huyen", "cap xa", NULL};
    const char *f = p->fold;
    size_t n = p->nchar, up = 0, j, q;
    int rank = -1;
    if (max < 1 || !h->name || h->src)
        return 0;
    for (q = h->a; q < h->b && rank < 0; q++)
        for (int k = 0; k < 2 && rank < 0; k++)
            if (seg_word_at(f, h->b, q, levels[k]))
                up = q, rank = k;
    if (rank < 0)
        for (int k = 0; k < 2 && rank < 0; k++)
            if (seg_word_at(f, n, (q = skip_sp(f, n, h->b)), levels[k]))
                up = q, rank = k;
    if (rank < 0 || up <= h->a)
        return 0;
    size_t up_end = up + strlen(levels[rank]);
    size_t base = up;
    while (base > h->a && f[base - 1] == ' ')
        base--;
    int got = 0;
    size_t last = up_end;
    for (int r = rank; got < max && r < 2;) {
        j = skip_sp(f, n, last);
        if (j < n && f[j] == '/')
            j = skip_sp(f, n, j + 1);
        else if (!list_joint(f, n, &j))
            break;
        int lower = -1;
        for (int k = r + 1; k < 3 && lower < 0; k++)
            if (seg_word_at(f, n, j, levels[k]))
                lower = k;
        if (lower < 0)
            break;
        size_t le = j + strlen(levels[lower]);
        if (!elided_hit(&out[got], p, h->a, base, j, le))
            break;
        out[got].collective = 1;
        got++;
        last = le;
        r = lower;
    }
    if (!got)
        return 0;
    if (last < h->b)
        goto undo; /* the levels are not where h ends */
    if (up_end < h->b || h->collective || (h->e && !strcmp(h->e->kind, "group"))) {
        /* the levels inside h's name, or h a group the gazetteer names by
         * its units, which would read on over the lower levels as its
         * text ("Ủy ban nhân dân cấp huyện, cấp xã"): h is the highest
         * level's, as written */
        char *u = seg_body_name(p, h->a, up_end);
        if (!u)
            goto undo;
        free(h->name);
        free(h->successor);
        h->name = u;
        h->successor = NULL;
        h->e = NULL;
        h->b = up_end;
        h->collective = rank > 0; /* a province's one body; a lower level's class */
        h->keep_name = 1;
    }
    *end = last;
    return got;
undo:
    for (int k = 0; k < got; k++)
        free(out[k].name);
    return 0;
}

/* "Các tỉnh Nghệ An, Quảng Ngãi, Cao Bằng khẩn trương ...": provinces
 * named after "các tỉnh" (", thành phố", a colon) act through their
 * people's committees, one each. Fills hs from i; how many, or 0. */
static int province_group(const actx *c, const seg_para *p, size_t i, hit *hs, int max, size_t *end)
{
    const char *f = p->fold;
    size_t n = p->nchar, j;
    if (!seg_word_at(f, n, i, "cac") || max < 1)
        return 0;
    j = skip_sp(f, n, i + 3);
    int units = 0;
    for (size_t ul; (ul = seg_unit_word(f, n, j, SEG_PROVINCE_UNITS, NULL)) != 0;) {
        j = skip_sp(f, n, j + ul);
        units++;
        if (j < n && f[j] == ',')
            j = skip_sp(f, n, j + 1);
    }
    if (!units)
        return 0;
    if (j < n && f[j] == ':')
        j = skip_sp(f, n, j + 1);
    return ag_province_names(c, p, &j, hs, max, 0, end, NULL);
}

/* The names of communes after a level word, written with their capitals:
 * from j, each name of one to four capitalised words, up to "," or "và",
 * into from/to (at most max); the list ends at a word in small letters
 * (the clause's predicate), at punctuation or at the end, and before a
 * name that is a body of its own ("... Kỳ Ninh và Sở Xây dựng"). How many
 * names; *end after the last. */
static int commune_names(const actx *c, const seg_para *p, size_t j, size_t *from, size_t *to, int max, size_t *end)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    int k = 0;
    while (k < max && j < n) {
        hit b;
        if (k > 0 && ag_match_at(c, p, j, NULL, 0, &b)) {
            free(b.name);
            free(b.successor);
            break;
        }
        size_t e = j;
        int words = 0;
        while (e < n && isalnum((unsigned char)f[e])) {
            size_t bi = p->cpos[e];
            if (!cp_is_upper(seg_utf8_next(p->text, p->cpos[p->nchar], &bi)) || ++words > 4)
                break;
            while (e < n && f[e] != ' ' && !strchr(",.;:()", f[e]))
                e++;
            size_t q = skip_sp(f, n, e);
            if (q >= n || !isalnum((unsigned char)f[q]))
                break;
            e = q;
        }
        while (e > j && f[e - 1] == ' ')
            e--;
        if (!words || words > 4 || e == j)
            break;
        from[k] = j;
        to[k++] = *end = e;
        j = skip_sp(f, n, e);
        if (!list_joint(f, n, &j))
            break;
    }
    return k;
}

/* "Chủ tịch Ủy ban nhân dân các tỉnh Thanh Hóa, Nghệ An, Hà Tĩnh:", "Ủy
 * ban nhân dân các xã Kỳ Xuân, Kỳ Ninh hoàn thành ...": a committee group
 * of one level whose members' names follow its level word with no colon
 * between (ag_province_list and ag_communes_listed read the colon's list)
 * is the committee of each, as Vietnamese writes "các" before a list of
 * places of one kind ("các tỉnh Nghệ An, Hà Tĩnh"). Two names at least: one
 * name after "các" is no list. The group's hit g becomes the first member,
 * the others go to out; how many went to out. */
static int committees_named(const actx *c, const seg_para *p, hit *g, hit *out, int max, size_t *end)
{
    const char *f = p->fold;
    size_t n = p->nchar, j = g->a;
    if (!g->collective || !g->name || strncmp(g->name, "Ủy ban nhân dân các", strlen("Ủy ban nhân dân các")))
        return 0;
    if (seg_word_at(f, n, j, "uy ban nhan dan cac"))
        j = skip_sp(f, n, j + strlen("uy ban nhan dan cac"));
    else if (seg_word_at(f, n, j, "ubnd cac"))
        j = skip_sp(f, n, j + strlen("ubnd cac"));
    else
        return 0;
    hit hs[24];
    int k = 0, max_in = max + 1 < 24 ? max + 1 : 24;
    size_t e = *end;
    unsigned unit = 0;
    size_t ul = seg_unit_word(f, n, j, SEG_PROVINCE_UNITS | SEG_XA | SEG_PHUONG, &unit);
    if (!ul)
        return 0;
    j = skip_sp(f, n, j + ul);
    if (unit & SEG_PROVINCE_UNITS) {
        if (j < n && f[j] == ',') {
            /* "các tỉnh, thành phố Thanh Hóa, Nghệ An": both words of the level */
            size_t q = skip_sp(f, n, j + 1), l2 = seg_unit_word(f, n, q, SEG_PROVINCE_UNITS, NULL);
            if (l2)
                j = skip_sp(f, n, q + l2);
        }
        if (j >= n || f[j] == ':')
            return 0;
        k = ag_province_names(c, p, &j, hs, max_in, 0, &e, NULL);
    } else {
        /* a commune's level, one word: "các xã", "các phường" (a mixed
         * "các xã, phường" names no level for each name) */
        size_t from[24], to[24];
        k = commune_names(c, p, j, from, to, max_in, &e);
        const char *head = unit == SEG_XA ? "Ủy ban nhân dân xã " : "Ủy ban nhân dân phường ";
        if (k < 2)
            return 0;
        ag_commune_hits(p, head, from, to, k, hs);
    }
    if (k < 2) {
        ag_free_hits(hs, k);
        return 0;
    }
    free(g->name);
    free(g->successor);
    *g = hs[0];
    for (int m = 1; m < k; m++)
        out[m - 1] = hs[m];
    *end = e;
    return k - 1;
}

/* "Công an xã, phường, đặc khu (sau đây gọi chung là Công an cấp xã)": a
 * regulation defines the name it uses for the bodies it has just named.
 * The hit h ending at i takes the defined name; a short form that names
 * no body (a level, "cấp xã") leaves h as it is. Returns the position after
 * the bracket, or 0 when no definition follows; level_only: 0 also when
 * the bracket defines a body's name. */
static const char *const defining_say[] = {"sau day goi chung la", "sau day goi tat la", "sau day goi la",
                                           "goi chung la", "goi tat la", NULL};

size_t ag_definition_end(const seg_para *p, size_t i)
{
    const char *f = p->fold;
    size_t n = p->nchar, j = skip_sp(f, n, i);
    if (j >= n || f[j] != '(' || !seg_word_in(f, n, skip_sp(f, n, j + 1), defining_say))
        return 0;
    for (size_t q = j + 1; q < n && q < j + 120; q++)
        if (f[q] == ')')
            return q + 1;
        else if (f[q] == '(')
            return 0;
    return 0;
}

static size_t defined_as(const actx *c, const seg_para *p, hit *h, size_t i, int level_only)
{
    const char *f = p->fold;
    size_t n = p->nchar, j = skip_sp(f, n, i);
    if (j >= n || f[j] != '(')
        return 0;
    j = skip_sp(f, n, j + 1);
    size_t sl = seg_word_in(f, n, j, defining_say);
    if (!sl)
        return 0;
    hit d;
    if (level_only || !ag_match_at(c, p, skip_sp(f, n, j + sl), NULL, 0, &d)) {
        /* "Chủ tịch Ủy ban nhân dân xã, phường, đặc khu (sau đây gọi chung
         * là cấp xã) có quyền:": a short form that names no body (a level)
         * keeps the body's name; the clause goes on after the bracket */
        size_t q = j;
        while (q < n && q < j + 60 && f[q] != ')' && f[q] != '(')
            q++;
        if (level_only && ag_match_at(c, p, skip_sp(f, n, j + sl), NULL, 0, &d)) {
            free(d.name);
            free(d.successor);
            return 0; /* a body's short name after a list: not read here */
        }
        return q < n && f[q] == ')' ? q + 1 : 0;
    }
    size_t q = skip_sp(f, n, d.b);
    if (q >= n || f[q] != ')') {
        free(d.name);
        free(d.successor);
        return 0;
    }
    free(h->name);
    free(h->successor);
    h->name = d.name;
    h->successor = d.successor;
    h->e = d.e;
    h->collective = h->collective || d.collective;
    h->keep_name = 1;
    return q + 1;
}

/* A run of names from i: "Sở Nội vụ, Sở Tài chính và UBND các huyện".
 * Fills hits (at most max); returns how many and the end in *end. */
/* Inside a list of bodies every item is a body or a group, so member
 * nouns in lower case joined by commas or "và" name a group even without
 * "các" ("phối hợp với các sở, ban, ngành, Ủy ban nhân dân phường, xã,
 * báo, đài và các đơn vị có liên quan"): a collective as written. One noun
 * alone says too little, but in the list of partners (alone: a
 * preposition's object is a noun, "phối hợp với địa phương chỉ đạo ...",
 * "... chính quyền địa phương và chủ rừng tăng cường ..."), and the units
 * of a level ("xã, phường") name the committee the list left out, so they
 * are not read here. */
static int bare_members(const seg_para *p, size_t i, hit *h, int alone)
{
    const char *f = p->fold;
    size_t e = seg_office_group_at(p, i);
    if (e <= i)
        return 0;
    int joints = 0;
    for (size_t q = i; q < e; q++)
        joints += f[q] == ',' || seg_word_at(f, e, q, "va");
    /* not "quận", whose folded word is also "quản" and "quân"; "thị xã"
     * has never been among these units, so "thị xã, phường" still reads
     * as a group here until a measured change says otherwise */
    if (seg_unit_word(f, p->nchar, i, SEG_UNITS & ~(SEG_THI_XA | SEG_QUAN), NULL))
        return 0;
    if (!joints && alone) {
        /* the noun alone, a word of two syllables ("địa phương", "chủ
         * rừng"): a modifier after it makes a class the generic reader
         * names or leaves ("cơ sở sản xuất thuốc, nguyên liệu ..."), and
         * a kind's head alone ("cơ quan", "đơn vị") refers back */
        size_t sp = 0;
        for (size_t q = i; q < e; q++)
            sp += f[q] == ' ';
        if (sp > 1 || seg_generic_head_at(p, i) || !ag_written_hit(p, i, e, 1, h))
            return 0;
        /* the group it names, as "các" names it where the text writes
         * it so ("các địa phương" of the same document) */
        sbuf b = {0};
        sb_puts(&b, "các ");
        sb_puts(&b, h->name);
        char *w = sb_take(&b, NULL);
        if (w) {
            free(h->name);
            h->name = w;
            h->keep_name = 1;
        }
        return 1;
    }
    return joints ? ag_written_hit(p, i, e, 1, h) : 0;
}

/* "Hội đồng nhân dân, Ủy ban nhân dân tỉnh Gia Lai", "Đoàn đại biểu Quốc
 * hội và đại biểu Quốc hội tỉnh Gia Lai": Vietnamese writes the place
 * that coordinated bodies share once, after the last of them. A head that
 * names a body only with its place (a people's council or committee, the
 * Front's committee, a National Assembly delegation) standing bare before
 * a comma or "và" takes the place or level that closes the coordination,
 * read on over the later conjuncts' words up to a verb, a function word
 * (a preposition, "các") or a clause's punctuation, where the place would
 * be an adjunct's. At i, such a head: h named so, 1; else 0. */
static int shared_place(const actx *c, const seg_para *p, size_t i, hit *h)
{
    static const char *const bare[] = {"hoi dong nhan dan", "uy ban nhan dan", "hdnd", "ubnd",
                                       "doan dai bieu quoc hoi", "doan dbqh", "uy ban mat tran to quoc viet nam",
                                       "uy ban mttq viet nam", NULL};
    static const char *const delegation[] = {"doan dai bieu quoc hoi", "doan dbqh", NULL};
    const char *f = p->fold;
    size_t n = p->nchar, hl = seg_word_in(f, n, i, bare), q = skip_sp(f, n, i + hl), pa = 0, pb = 0;
    int coll = 0, joint = 1;
    if (!hl || !seg_capital_at(p, i) || !list_joint(f, n, &q))
        return 0;
    /* a National Assembly delegation is a province's: no level shares it */
    int province_only = seg_word_in(f, n, i, delegation) != 0;
    for (int words = 0; q < n && !pb && words < 12; words++) {
        size_t l, ml;
        if (f[q] == ',' || seg_word_at(f, n, q, "va")) {
            list_joint(f, n, &q);
            joint = 1;
            continue;
        }
        if (!isalnum((unsigned char)f[q]))
            return 0; /* ".", ";", ":", a bracket: the clause goes on without a place */
        if ((l = seg_level_word(f, n, q)) || seg_word_at(f, n, q, "cac cap")) {
            if (province_only)
                return 0;
            coll = !l; /* "các cấp": the bodies of every level, a class */
            l = l ? l : strlen("cac cap");
            pa = q;
            pb = q + l;
        } else if ((l = seg_unit_word(f, n, q, SEG_PROVINCE_UNITS, NULL))) {
            const seg_gaz_entry *pe = seg_gaz_match(c->g, f, n, q, &ml);
            size_t w = skip_sp(f, n, q + l);
            pa = q;
            if (pe && !strcmp(pe->kind, "province") && ml > l + 1)
                pb = q + ml;
            else if (!seg_capital_at(p, w) && !province_only)
                pb = q + l; /* "tỉnh" alone: the province the text is about */
            else
                return 0;
        } else if (seg_verb_at(p, q) || seg_function_word_at(p, q))
            return 0;
        else if (joint && !seg_capital_at(p, q) && !seg_word_at(f, n, q, "dai bieu"))
            return 0; /* each conjunct is a body's name or the deputies */
        else
            while (q < n && isalnum((unsigned char)f[q]))
                q++;
        joint = 0;
        q = skip_sp(f, n, q);
    }
    if (!pb)
        return 0;
    memset(h, 0, sizeof *h);
    h->name = spans_name(p, i, i + hl, pa, pb);
    h->a = i;
    h->b = i + hl;
    h->collective = coll;
    h->keep_name = 1;
    /* a later conjunct that names no body ("đại biểu Quốc hội", persons)
     * is read past, up to the place it shares */
    hit o;
    memset(&o, 0, sizeof o);
    size_t q0 = skip_sp(f, n, i + hl);
    list_joint(f, n, &q0);
    if (!ag_match_at(c, p, q0, NULL, 1, &o))
        h->b = pb;
    free(o.name);
    free(o.successor);
    return h->name != NULL;
}

/* Does the run of names from i stand after "phối hợp với" (also "phối
 * hợp chặt chẽ với"), the list of the partners? A preposition's object is
 * a noun, so a head there ("tổ chức") is no verb; bare "phối hợp" is not
 * read so, where it may be the verb's first half ("phối hợp tổ chức hội
 * nghị", to organise together). */
static int partners_before(const seg_para *p, size_t i)
{
    const char *f = p->fold;
    size_t n = p->nchar, b = i;
    while (b > 0 && f[b - 1] == ' ')
        b--;
    if (b < 3 || !seg_word_at(f, n, b - 3, "voi") || (b > 3 && isalnum((unsigned char)f[b - 4])))
        return 0;
    b -= 3;
    while (b > 0 && f[b - 1] == ' ')
        b--;
    if (b >= 8 && seg_word_at(f, n, b - 8, "chat che")) {
        b -= 8;
        while (b > 0 && f[b - 1] == ' ')
            b--;
    }
    return b >= 8 && seg_word_at(f, n, b - 8, "phoi hop") && (b == 8 || !isalnum((unsigned char)f[b - 9]));
}

/* A verb at q: a name reader's stop verb or the lexicon's verb; its
 * length (the lexicon's word, else one syllable), or 0. */
static size_t verb_here(const seg_para *p, size_t q)
{
    size_t l = seg_wc_verb_at(p, q);
    if (l)
        return l;
    if (!seg_verb_at(p, q))
        return 0;
    while (q + l < p->nchar && isalnum((unsigned char)p->fold[q + l]))
        l++;
    return l;
}

/* In the list of partners every item is a body or a group (docs/segment.md,
 * "phối hợp với"), so a class named in lower case there, a generic noun
 * phrase (generic.c: a head that names bodies by their kind and its
 * modifiers, "cơ quan bảo hiểm xã hội", "đơn vị cung cấp dịch vụ công nghệ
 * thông tin", "cơ quan nhà nước có thẩm quyền"), is one, whatever the
 * gazetteer and the class readers know. It stands first in the list or
 * after its comma, "và" or "hoặc" (right after a name with none, the word
 * is the clause's verb: "phối hợp với Bộ Công an tổ chức diễn tập"). Its
 * modifiers end at the clause's verb: the work a class is named by comes
 * right after the heads ("đơn vị quản lý nhiệm vụ", "cơ quan thi hành
 * tạm giữ, tạm giam") or after a relative word ("nơi ký hợp đồng"), so a
 * verb after a noun modifier is the clause's ("cơ quan nhà nước có thẩm
 * quyền | thực hiện kết nối"), and so are the verbs of carrying out a
 * task after the work's verb ("đơn vị soạn thảo | tổ chức hội nghị"). A
 * member noun after a comma that goes on a
 * "các" group before it is that group's ("các sở, ngành, cơ quan liên
 * quan"). What follows must close a phrase: the list's next joint,
 * punctuation, a preposition, a verb; a lone syllable there is the rest
 * of a word the phrase cut ("cơ quan công | an"). Not a bare head ("cơ
 * quan": one named before), nor a body named by its part in this work,
 * "cơ quan chủ trì", "đơn vị phối hợp" (a procedure's role, referring
 * back), nor "tổ chức" but coordinated with another head ("tổ chức, cá
 * nhân"), where it is as often the verb to organise. At i: h filled, 1;
 * else 0. */
static int partner_class(const seg_para *p, size_t i, hit *h)
{
    static const char *const parts[] = {"chu tri", "phoi hop", "thuc hien", "to chuc", "duoc giao", "dau moi", NULL};
    static const char *const rel[] = {"co", "noi", "duoc", "do", "ma", "thuoc", "truc thuoc", NULL};
    /* modifiers of one piece, though they open with a verb or "có" */
    static const char *const fixed[] = {"co lien quan", "co tham quyen", "lien quan", "huu quan", NULL};
    /* "cơ quan quy định tại khoản 1": bodies a reference names, no name */
    static const char *const cited[] = {"quy dinh tai", "neu tai", "noi tai", "quy dinh o", NULL};
    const char *f = p->fold;
    size_t n = p->nchar, hl = seg_generic_head_at(p, i);
    if (!hl || seg_capital_at(p, i))
        return 0;
    size_t w = skip_sp(f, n, i + hl);
    if (seg_word_in(f, n, w, parts) || seg_word_in(f, n, w, cited))
        return 0;
    if (seg_word_at(f, n, i, "to chuc") && !(w < n && f[w] == ',' && seg_generic_head_at(p, skip_sp(f, n, w + 1))))
        return 0;
    size_t e = seg_generic_np_end(p, i);
    while (e > i && f[e - 1] == ' ')
        e--;
    if (e <= i + hl)
        return 0;
    /* the modifiers, word by word: where a verb follows a noun */
    enum { HEAD, NOUN, VERB, REL } last = HEAD;
    /* the verbs of carrying out a task open the clause's predicate, also
     * right after the work's verb ("đơn vị soạn thảo | tổ chức hội nghị") */
    static const char *const carry[] = {"to chuc", "thuc hien", "trien khai", NULL};
    for (size_t q = w; q < e;) {
        if (f[q] == ',' || seg_word_at(f, n, q, "va") || seg_word_at(f, n, q, "hoac")) {
            q = skip_sp(f, n, q + (f[q] == ',' ? 1 : seg_word_at(f, n, q, "va") ? 2 : 4));
            if (last != REL)
                last = last == VERB ? VERB : HEAD; /* "cơ quan, tổ chức", "quản lý, vận hành" */
            continue;
        }
        size_t l, vl = seg_capital_at(p, q) ? 0 : verb_here(p, q);
        /* "tổ chức" after a modifier is the clause's verb, to organise
         * ("cơ quan y tế tổ chức ..."); coordinated after a comma, a head */
        if (seg_word_at(f, n, q, "to chuc") && !(q >= 2 && f[q - 2] == ','))
            vl = strlen("to chuc");
        if ((l = seg_word_in(f, n, q, fixed))) {
            last = NOUN;
        } else if ((l = seg_word_in(f, n, q, rel))) {
            last = REL;
        } else if (vl && (last == NOUN || (last == VERB && seg_word_in(f, n, q, carry)))) {
            e = q;
            while (e > i && f[e - 1] == ' ')
                e--;
            break;
        } else if (vl) {
            l = vl;
            last = VERB;
        } else {
            int v = 0, vc = 0;
            l = seg_wc_word_at(p, q, &v, &vc);
            if (!l)
                for (l = 0; q + l < n && isalnum((unsigned char)f[q + l]); l++)
                    ;
            last = NOUN;
        }
        if (!l)
            break;
        q = skip_sp(f, n, q + l);
    }
    if (e <= i + hl)
        return 0;
    size_t v = skip_sp(f, n, e);
    int closes = v >= n || !isalnum((unsigned char)f[v]) || seg_word_at(f, n, v, "va") ||
                 seg_word_at(f, n, v, "hoac") || seg_word_at(f, n, v, "to chuc") || seg_function_word_at(p, v) ||
                 seg_predicate_opens(p, v);
    if (!closes) {
        size_t vl = seg_wc_verb_at(p, v);
        closes = (vl && memchr(f + v, ' ', vl)) || seg_verb_at(p, v);
    }
    return closes ? ag_written_hit(p, i, e, 1, h) : 0;
}

/* A bracket at j that gives a role to the bodies in it or before it,
 * closing with its word of role: "(Sở Tài chính, Sở Tư pháp phối hợp)",
 * "(Sở Y tế phối hợp thực hiện)", "(chủ trì)" after the lead's name.
 * The role ("chủ trì" or "phối hợp") and in *rw where its word stands,
 * or NULL. A notice's or a telegram's way of naming a task's partners
 * without "phối hợp với". */
const char *ag_paren_role(const seg_para *p, size_t j, size_t *rw)
{
    const char *f = p->fold;
    size_t n = p->nchar, e;
    if (j >= n || f[j] != '(')
        return NULL;
    for (e = j + 1; e < n && e < j + 160 && f[e] != ')' && f[e] != '(' && f[e] != ';' && f[e] != ':'; e++)
        ;
    if (e >= n || f[e] != ')')
        return NULL;
    while (e > j + 1 && f[e - 1] == ' ')
        e--;
    if (e >= j + 11 && seg_word_at(f, e, e - 9, "thuc hien"))
        e = e - 9; /* "phối hợp thực hiện" */
    while (e > j + 1 && f[e - 1] == ' ')
        e--;
    static const struct { const char *w, *role; } words[] = {{"phoi hop", "phối hợp"}, {"chu tri", "chủ trì"}};
    for (int k = 0; k < 2; k++) {
        size_t l = strlen(words[k].w);
        if (e >= j + 1 + l && (e == j + 1 + l || f[e - l - 1] == ' ') && seg_word_at(f, e, e - l, words[k].w)) {
            *rw = e - l;
            return words[k].role;
        }
    }
    return NULL;
}

int ag_chain(const actx *c, const seg_para *p, size_t i, hit *hits, int max, size_t *end)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    int k = 0, skipped = 0, partners = partners_before(p, i);
    plural_heads hd = {0};
    const char *prefix = NULL; /* hd's first head, for the groups' test below */
    int paren = 0;
    *end = i;
    while (i < n && k < max && !paren) {
        /* separators and little words between names */
        for (;;) {
            size_t j = i;
            /* "Phòng Kinh tế/ Phòng Kinh tế, Hạ tầng và Đô thị": either, both named */
            size_t rw;
            while (j < n && (f[j] == ' ' || f[j] == ',' || f[j] == ';' || (f[j] == '(' && !ag_paren_role(p, j, &rw)) ||
                             f[j] == ':' || (f[j] == '/' && k > 0)))
                j++;
            if (j < n && f[j] == '(' && k > 0) {
                paren = 1; /* "Sở Công Thương (Sở Tài chính phối hợp)": the
                              bracket's bodies have a role of their own */
                break;
            }
            static const char *const little[] = {"va", "cac", "voi", "cung", NULL};
            int w, coll = 0;
            size_t o;
            for (w = 0; little[w]; w++)
                if (seg_word_at(f, n, j, little[w]))
                    break;
            if (little[w] && !strcmp(little[w], "cac") && seg_body_at(p, j, &coll) && coll) {
                /* "các cơ quan, đơn vị liên quan" is a body itself, unless
                 * the gazetteer knows what follows ("các huyện, thị xã") */
                hit g;
                memset(&g, 0, sizeof g);
                int here = ag_match_at(c, p, j, prefix, 1, &g) && g.e;
                free(g.name);
                free(g.successor);
                memset(&g, 0, sizeof g);
                /* the gazetteer's group with its "các" ("các sở, ngành") is
                 * read there, not from its member noun */
                int known = !here && ag_match_at(c, p, skip_sp(f, n, j + 3), prefix, 1, &g) && g.e;
                free(g.name);
                free(g.successor);
                if (!known)
                    w = -1;
            }
            if (w < 0)
                ;
            else if (little[w])
                j += strlen(little[w]);
            else if (!prefix && k == 0 && (o = ag_office_before_list(f, n, j)) &&
                     plural_heads_at(f, n, skip_sp(f, n, o + 3), &hd))
                /* "Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo ...",
                 * "Giám đốc các Sở: Xây dựng, Y tế tập trung ...": the heads
                 * stand for their bodies, the list after the colon */
                j = o;
            else if (!prefix && plural_heads_at(f, n, j, &hd)) {
                /* "các Bộ: Công an, Tư pháp", "các tập đoàn, tổng công ty:
                 * Điện lực Việt Nam, ...": each member under its head */
                j = plural_heads_at(f, n, j, &hd);
                prefix = hd.fold[0];
            }
            if (j == i)
                break;
            i = j;
        }
        if (paren)
            break;
        size_t ce;
        int m = council_organs(p, i, hits + k, max - k, &ce);
        if (!m)
            m = province_group(c, p, i, hits + k, max - k, &ce);
        if (m) {
            k += m;
            i = *end = ce;
            continue;
        }
        hit h;
        /* after a comma, bare members go on a "các" group before them
         * ("các sở, ngành, địa phương và doanh nghiệp"): its own words */
        size_t pa = k > 0 ? hits[k - 1].a : 0;
        int goes_on = k > 0 && !hits[k - 1].src && hits[k - 1].b <= i &&
                      (seg_word_at(f, n, pa, "cac") || (pa >= 4 && seg_word_at(f, n, pa - 4, "cac")));
        for (size_t q = goes_on ? hits[k - 1].b : i; q < i; q++)
            if (seg_word_at(f, i, q, "va"))
                goes_on = 0; /* "... và nhà đầu tư, doanh nghiệp dự án": a list of its own */
        int joined = k == 0;
        for (size_t q = *end; !joined && q < i; q++)
            joined = f[q] == ',' || ((q == 0 || f[q - 1] == ' ') && (seg_word_at(f, i, q, "va") || seg_word_at(f, i, q, "hoac")));
        if (!member_hit(c, p, i, &hd, &h) && !shared_place(c, p, i, &h) &&
            !(k > 0 && !goes_on && bare_members(p, i, &h, 0)) && !(partners && joined && !goes_on && partner_class(p, i, &h)) &&
            !(partners && joined && !goes_on && bare_members(p, i, &h, 1))) {
            /* a list of partners may hold a few items that are not bodies
             * of the gazetteer ("các tổ chức chính trị - xã hội"): step over
             * one such item when a name follows it */
            /* nor over the clause's verb, which ends the list: "phối hợp
             * với các cơ quan liên quan hướng dẫn người dân, doanh nghiệp" */
            if (k == 0 || skipped >= 2 || seg_verb_at(p, i))
                break;
            size_t j = i;
            while (j < n && j < i + 40 && f[j] != ',' && f[j] != ';' && f[j] != '.' && f[j] != ':')
                j++;
            if (j >= n || (f[j] != ',' && f[j] != ';') || verb_in(f, i, j))
                break; /* "Bộ Quốc phòng chỉ đạo Quân khu 5, ...": a verb ends the list */
            j++;
            while (j < n && f[j] == ' ')
                j++;
            if (seg_word_at(f, n, j, "cac"))
                j = skip_sp(f, n, j + 3);
            if (!member_hit(c, p, j, &hd, &h) && !shared_place(c, p, j, &h))
                break;
            skipped++;
        }
        if (k > 0 && h.collective && !hits[k - 1].collective && h.name) {
            /* "Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên":
             * the members are the Front's, named so */
            char *hf = seg_fold_str(h.name);
            if (hf && !strcmp(hf, "cac to chuc thanh vien")) {
                sbuf b = {0};
                sb_puts(&b, h.name);
                sb_puts(&b, " của ");
                sb_puts(&b, hits[k - 1].name);
                free(h.name);
                h.name = sb_take(&b, NULL);
                h.keep_name = 1;
            }
            free(hf);
        }
        /* a group the gazetteer knows ("Ủy ban nhân dân các xã, phường")
         * may be restricted after its units ("... có đất thu hồi", "...
         * vùng cao", bodies.c): the restriction is the group's, named with
         * it (agencies.c, group_as_written), so the clause's verb is read
         * after it, as for any subject. Not a list going on by a comma. */
        if (!h.keep_name && (h.collective || (h.e && !strcmp(h.e->kind, "group")))) {
            int coll = 0;
            size_t ge = seg_body_at(p, h.a, &coll);
            if (coll && ge > h.b && !memchr(f + h.b, ',', ge - h.b))
                h.b = ge;
        }
        hits[k++] = h;
        i = h.b;
        *end = i;
        size_t dn = defined_as(c, p, &hits[k - 1], i, 0);
        if (dn)
            i = *end = dn;
        k += ag_province_list(c, p, &hits[k - 1], hits + k, max - k, end);
        k += committees_named(c, p, &hits[k - 1], hits + k, max - k, end);
        /* "Ủy ban nhân dân các xã: Tân Lập, Phú Mỹ hoàn thành ...": each
         * commune's committee, the subject's list */
        k += ag_communes_listed(p, n, &hits[k - 1], max - k + 1, end, 1) - 1;
        int ep = elided_head_places(c, p, &hits[k - 1], hits + k, max - k, end);
        if (!ep)
            ep = elided_head_units(p, &hits[k - 1], hits + k, max - k, end);
        k += ep;
        k += ag_second_level(p, &hits[k - 1], hits + k, max - k, end);
        if (!dn && (dn = defined_as(c, p, &hits[k - 1], *end, 1)))
            *end = dn; /* "Ủy ban nhân dân xã, phường, đặc khu (sau đây gọi chung là cấp xã)" */
        i = *end;
    }
    return k;
}

void ag_free_hits(hit *h, int n)
{
    for (int k = 0; k < n; k++) {
        free(h[k].name);
        free(h[k].successor);
    }
}
