/*
 * addressees.c: the bodies a letter is addressed to. A Công điện's or công
 * văn's "Kính gửi:" lines (agencies when its body asks them to act), the
 * members an item later addressed to their group means, a Thông báo's
 * closing line, and ministries a group's task covers.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "segment/agencies_internal.h"
#include "segment/funcwords.h"

/* "từ Hà Tĩnh đến Khánh Hòa:" at i up to the paragraph's closing colon:
 * a range of places bounding the group named before it. */
int ag_member_range(const seg_para *p, size_t i)
{
    const char *f = p->fold;
    size_t n = p->nchar - 1, j;
    if (!seg_word_at(f, n, i, "tu") || n - i > 80)
        return 0;
    for (j = i + 2; j < n && !seg_word_at(f, n, j, "den"); j++)
        if (!isalnum((unsigned char)f[j]) && f[j] != ' ')
            return 0;
    if (j >= n)
        return 0;
    /* each end a place's name: capitals only */
    size_t ends[2] = {skip_sp(f, n, i + 2), skip_sp(f, n, j + 3)};
    for (int e = 0; e < 2; e++) {
        size_t bi = p->cpos[ends[e]];
        if (ends[e] >= n || !cp_is_upper(seg_utf8_next(p->text, p->cpos[p->nchar], &bi)))
            return 0;
    }
    for (j = ends[1]; j < n; j++)
        if (!isalnum((unsigned char)f[j]) && f[j] != ' ')
            return 0;
    return 1;
}

/* A Công điện or công văn names its addressees before its numbered body
 * ("- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Hà Tĩnh, Quảng Trị,
 * Huế;"); an item later addressed to the group ("1. Chủ tịch Ủy ban nhân
 * dân các tỉnh, thành phố từ Hà Tĩnh đến Khánh Hòa:") means those members.
 * Replaces the group hit g by the members listed for the same group there
 * (the first in g, the others in out); returns how many hits g and out
 * now hold, or 0 when no such list is found. */
int ag_addressed_members(const actx *c, hit *g, hit *out, int max)
{
    const seg_doc *d = c->d;
    if (!g->collective || !g->name || strncmp(g->name, "Ủy ban nhân dân các", strlen("Ủy ban nhân dân các")))
        return 0;
    /* the addressees come before the first numbered heading, as lines or
     * bullets */
    size_t body = d->nparas;
    for (size_t s = 0; s < d->nsecs && body == d->nparas; s++)
        if (d->secs[s].mk < MK_DASH)
            body = (size_t)d->secs[s].para;
    for (size_t q = 0; q < body; q++) {
        const seg_para *p = &d->paras[q];
        for (size_t i = 0; i + 4 < p->nchar; i++) {
            if ((i > 0 && isalnum((unsigned char)p->fold[i - 1])) ||
                !(seg_word_at(p->fold, p->nchar, i, "uy ban nhan dan") || seg_word_at(p->fold, p->nchar, i, "ubnd")))
                continue;
            hit h;
            if (!ag_match_at(c, p, i, NULL, 0, &h))
                continue;
            size_t end;
            hit first = h;
            int k = h.collective && ag_same_name(h.name, g->name) ? ag_province_list(c, p, &first, out, max, &end) : 0;
            if (first.name != h.name) {
                /* ag_province_list replaced the group by its first member */
                free(g->name);
                free(g->successor);
                *g = first;
                g->src = p;
                for (int m = 0; m < k; m++)
                    out[m].src = p;
                return k + 1;
            }
            free(h.name);
            free(h.successor);
        }
    }
    return 0;
}

/* Where p asks at or after from: "Đề nghị Thuế tỉnh ...", "đề nghị Công
 * ty liên hệ ..." (asked: *role đề nghị), "yêu cầu ..." (ordered: thực
 * hiện); p->nchar when it asks nothing more. "Theo đề nghị của", "về đề
 * nghị", "các yêu cầu", "đề nghị số ..." name a request, they make none;
 * "đề nghị Sở Tài chính", which folds alike, asks the Sở. */
static int quy_at(const seg_para *p, size_t j)
{
    return seg_word_at(p->fold, p->nchar, j, "quy") && seg_marks_match(p, j, "quý");
}

/* The length of the word of request at i that request_in found: "đề
 * nghị", "yêu cầu"; "mong" of "kính mong Quý cơ quan ..."; 0 for "Quý
 * cơ quan vui lòng ...", whose request is the addressee's own name. */
static size_t request_len(const seg_para *p, size_t i)
{
    if (quy_at(p, i))
        return 0;
    return seg_word_at(p->fold, p->nchar, i, "mong") ? 4 : 7;
}

/* "Quý cơ quan vui lòng ...": the addressee named as "Quý" and its head
 * noun (up to three words), then "vui lòng" (please) */
static int quy_please(const seg_para *p, size_t i)
{
    if (!quy_at(p, i))
        return 0;
    size_t j = i;
    for (int w = 0; w < 4 && j < p->nchar; w++) {
        while (j < p->nchar && isalnum((unsigned char)p->fold[j]))
            j++;
        j = skip_sp(p->fold, p->nchar, j < p->nchar && p->fold[j] == ',' ? j + 1 : j);
        if (seg_word_at(p->fold, p->nchar, j, "vui long"))
            return 1;
    }
    return 0;
}

static size_t request_in(const seg_para *p, size_t from, const char **role)
{
    static const char *const before[] = {"theo", "ve", "xet", "cac", "nhung", "tai", "co", "dap ung", "nay", NULL};
    static const char *const after[] = {"cua", "so", "tai", "nay", NULL};
    const char *f = p->fold;
    size_t n = p->nchar;
    for (size_t i = from; i < n; i++) {
        if (i > 0 && isalnum((unsigned char)f[i - 1]))
            continue;
        /* a writer's wish to "Quý" + its noun asks as "đề nghị" does:
         * "kính mong Quý cơ quan quan tâm, cử ...", "Quý Sở vui lòng gửi ..." */
        if ((seg_word_at(f, n, i, "mong") && quy_at(p, skip_sp(f, n, i + 4))) || quy_please(p, i)) {
            *role = "đề nghị";
            return i;
        }
        const char *r = seg_word_at(f, n, i, "de nghi") ? "đề nghị" : seg_word_at(f, n, i, "yeu cau") ? "thực hiện" : NULL;
        if (!r)
            continue;
        int no = 0;
        for (int k = 0; before[k] && !no; k++) {
            size_t l = strlen(before[k]);
            no = i >= l + 1 && seg_word_at(f, n, i - l - 1, before[k]);
        }
        size_t j = skip_sp(f, n, i + 7);
        for (int k = 0; after[k] && !no; k++)
            no = seg_word_at(f, n, j, after[k]) && (strcmp(after[k], "so") || !seg_marks_match(p, j, "sở"));
        if (!no) {
            *role = r;
            return i;
        }
    }
    return n;
}

/* An addressee line read whole, its heads' offices dropped: "Bộ trưởng các
 * Bộ, Thủ trưởng cơ quan ngang bộ" addresses "các Bộ, cơ quan ngang bộ"
 * (ANNOTATING.md: a person by office stands for the body). */
static char *without_offices(const char *s)
{
    static const char *const offices[] = {"Bộ trưởng ", "Thủ trưởng ", "Chủ tịch ", "Tổng Giám đốc ",
                                          "Giám đốc ", "Chánh ", "Trưởng ban ", "Cục trưởng ", "Viện trưởng ",
                                          "Hiệu trưởng ", "Người đứng đầu ", NULL};
    sbuf b = {0};
    const char *t = s;
    if (!strncmp(t, "Bộ trưởng, ", strlen("Bộ trưởng, "))) {
        sb_puts(&b, "các Bộ, "); /* "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, ...": the ministers' ministries */
        t += strlen("Bộ trưởng, ");
    }
    while (*t) {
        int k;
        for (k = 0; offices[k]; k++) {
            size_t l = strlen(offices[k]);
            if ((t == s || t[-1] == ' ') && !strncmp(t, offices[k], l) &&
                (!strncmp(t + l, "các ", 5) || !strncmp(t + l, "cơ quan", 8) ||
                 cp_is_upper((uint32_t)(unsigned char)t[l]) || (unsigned char)t[l] >= 0x80))
                break;
        }
        if (offices[k])
            t += strlen(offices[k]);
        else
            sb_putc(&b, *t++);
    }
    return sb_take(&b, NULL);
}

/* The agencies the "Kính gửi:" lines named, by name (the agencies may
 * move while others are added). */
typedef struct {
    char *name[32];
    int n;
} addressed;

/* Are the characters of p from i to n words in small letters only, no
 * punctuation between them? */
static int lower_words(const seg_para *p, size_t i, size_t n)
{
    for (size_t x = i; x < n; x++) {
        if (p->fold[x] == ' ')
            continue;
        if (!isalpha((unsigned char)p->fold[x]))
            return 0;
        if (x == i || p->fold[x - 1] == ' ') {
            size_t bi = p->cpos[x];
            if (cp_is_upper(seg_utf8_next(p->text, p->cpos[p->nchar], &bi)))
                return 0;
        }
    }
    return 1;
}

/* Do the characters of p from i to n go on with a name read in part: words
 * opening in small letters and running to the line's end with no
 * punctuation, capitalised words among them ("công trình thủy lợi Bắc Hà
 * Tĩnh", the place an enterprise's name ends with)? */
static int name_goes_on(const seg_para *p, size_t i, size_t n)
{
    size_t bi = p->cpos[i];
    if (i >= n || cp_is_upper(seg_utf8_next(p->text, p->cpos[p->nchar], &bi)))
        return 0;
    for (size_t x = i; x < n; x++)
        if (p->fold[x] != ' ' && !isalpha((unsigned char)p->fold[x]))
            return 0;
    return 1;
}

/* Communes named after one level ("các xã Tân Lập, Phú Mỹ"), from[m] to
 * to[m] in p, into hs[0..k) as the committee of each: head ("Ủy ban nhân
 * dân xã ") and the name as written, kept as it stands. */
void ag_commune_hits(const seg_para *p, const char *head, const size_t *from, const size_t *to, int k, hit *hs)
{
    for (int m = 0; m < k; m++) {
        memset(&hs[m], 0, sizeof hs[m]);
        hs[m].a = from[m];
        hs[m].b = to[m];
        sbuf b = {0};
        sb_puts(&b, head);
        sb_add(&b, p->text + p->cpos[from[m]], p->cpos[to[m]] - p->cpos[from[m]]);
        hs[m].name = sb_take(&b, NULL);
        hs[m].keep_name = 1;
    }
}

/* "Ủy ban nhân dân các xã: Tân Phú, Tân Lập, Phú Riềng": a commune
 * group of one level whose colon lists its members' names (each word a
 * capital, up to five) is the committee of each, "Ủy ban nhân dân xã Tân
 * Phú", as a province's list is (ag_province_list). hs[0] holds the
 * group; replaced by the members, how many (1 when no such list). An
 * addressee line's (ag_addressees) or a heading's over the items the
 * communes are given (ag_heading_bodies): the list runs to n. With clause
 * set the list is a clause's subject ("Ủy ban nhân dân các xã: Tân Lập,
 * Phú Mỹ hoàn thành ..."): the last name ends where the predicate's first
 * word in small letters begins. */
int ag_communes_listed(const seg_para *p, size_t n, hit *hs, int max, size_t *end, int clause)
{
    static const char *const levels[] = {"uy ban nhan dan cac xa", "ubnd cac xa", "uy ban nhan dan cac phuong",
                                         "ubnd cac phuong", NULL};
    const char *f = p->fold;
    size_t j = skip_sp(f, n, *end);
    int lv;
    for (lv = 0; levels[lv]; lv++)
        if (hs[0].a + strlen(levels[lv]) == *end && seg_word_at(f, n, hs[0].a, levels[lv]))
            break;
    if (!levels[lv] || j >= n || f[j] != ':')
        return 1;
    size_t from[24], to[24];
    int k = 0;
    int last = 0;
    for (j = skip_sp(f, n, j + 1); j < n && k < max && !last;) {
        size_t e = j, words = 0;
        while (e < n && f[e] != ',' && !seg_word_at(f, n, e, "va")) {
            size_t bi = p->cpos[e];
            if (clause && words > 0 && isalpha((unsigned char)f[e]) &&
                cp_is_lower(seg_utf8_next(p->text, p->cpos[p->nchar], &bi))) {
                last = 1; /* the predicate */
                break;
            }
            bi = p->cpos[e];
            if (!cp_is_upper(seg_utf8_next(p->text, p->cpos[p->nchar], &bi)) || ++words > 5)
                return 1;
            while (e < n && f[e] != ' ' && f[e] != ',')
                e++;
            e = skip_sp(f, n, e);
        }
        size_t b = e;
        while (b > j && f[b - 1] == ' ')
            b--;
        if (!words)
            return 1;
        from[k] = j;
        to[k++] = b;
        if (last)
            break;
        if (e < n && f[e] == ',')
            e++;
        else if (e < n)
            e += 2;
        j = skip_sp(f, n, e);
    }
    if (k < 2 || (j < n && !last) || (clause && !last))
        return 1;
    const char *head = lv < 2 ? "Ủy ban nhân dân xã " : "Ủy ban nhân dân phường ";
    free(hs[0].name);
    free(hs[0].successor);
    ag_commune_hits(p, head, from, to, k, hs);
    *end = last ? to[k - 1] : n;
    return k;
}

/* One addressee item p, its bodies given role and their names kept in
 * to. A line the gazetteer and the grammar cannot read ("Thuế tỉnh Đắk
 * Lắk.") is still a body the text names: kept whole. */
static void addressee(actx *c, seg_para *p, const char *role, addressed *to)
{
    const char *f = p->fold;
    size_t a = 0, n = p->nchar;
    if (seg_word_at(f, n, 0, "kinh gui"))
        a = 8;
    while (a < n && strchr(" :-+*", f[a]))
        a++;
    if (seg_word_at(f, n, a, "dong chi"))
        a = skip_sp(f, n, a + 8); /* "Đồng chí Bí thư tỉnh ủy và Chủ tịch ...": the person's form of address */
    while (n > a && strchr(" .;,", f[n - 1]))
        n--;
    hit hs[24];
    size_t end;
    int got = a < n ? ag_chain(c, p, a, hs, 24, &end) : 0;
    size_t o = ag_office_before_list(f, n, a);
    if (o && (!got || skip_sp(f, n, end) < n)) {
        /* "Giám đốc các Sở: Nông nghiệp và Môi trường, Y tế;": the head's
         * title over its bodies' list, read as the list (one Sở each) */
        hit ls[24];
        size_t le;
        int lk = ag_chain(c, p, o, ls, 24, &le);
        if (lk > 1 && skip_sp(f, n, le) >= n) {
            ag_free_hits(hs, got);
            memcpy(hs, ls, sizeof ls[0] * (size_t)lk);
            got = lk;
            end = le;
        } else
            ag_free_hits(ls, lk);
    }
    if (got == 1)
        got = ag_communes_listed(p, n, hs, 24, &end, 0);
    size_t rest = got ? end : n;
    while (rest < n && strchr(" ,;", f[rest]))
        rest++;
    if (got == 1 && rest < n && (lower_words(p, rest, n) || name_goes_on(p, rest, n))) {
        /* "- Các Ban Quản lý dự án đầu tư xây dựng tỉnh;": an addressee
         * line is a name and no clause, so lower-case words after the
         * name's capitals are its complement, not a predicate, and so are
         * the capitals after them to the line's end ("- Công ty TNHH MTV
         * Quản lý khai thác công trình thủy lợi Bắc Hà Tĩnh;") */
        char *w = seg_body_name(p, hs[0].a, n);
        if (w) {
            free(hs[0].name);
            free(hs[0].successor);
            hs[0].successor = NULL;
            hs[0].e = NULL;
            hs[0].name = w;
            hs[0].b = n;
            rest = n;
        }
    }
    size_t ri = rest < n ? p->cpos[rest] : 0;
    if (got && rest < n && cp_is_upper(seg_utf8_next(p->text, p->cpos[p->nchar], &ri))) {
        /* read in part, a name no rule reads after ("Bộ trưởng các Bộ, Thủ
         * trưởng cơ quan ngang bộ, ..."): the line whole */
        ag_free_hits(hs, got);
        got = 0;
    }
    if (got == 0 && n > a && n - a <= 100) {
        size_t bi = p->cpos[a];
        if (cp_is_upper(seg_utf8_next(p->text, p->cpos[p->nchar], &bi))) {
            memset(&hs[0], 0, sizeof hs[0]);
            hs[0].a = a;
            hs[0].b = n;
            char *w = seg_body_name(p, a, n);
            hs[0].name = w ? without_offices(w) : NULL;
            free(w);
            got = hs[0].name ? 1 : 0;
        }
    }
    for (int h = 0; h < got; h++) {
        seg_agency *ag = ag_find_or_add(c, &hs[h], p);
        if (!ag)
            continue;
        /* an addressee the body itself names with its part ("Sở Tài chính
         * đề nghị Công ty ... phối hợp với Ủy ban nhân dân xã ...", "Đề
         * nghị X chủ trì ...") holds the roles those words give it: the
         * letter's request word is what it asks of the others */
        if (ag->n_roles == 0)
            ag_add_role(ag, role);
        if (!hs[h].e && !strncmp(ag->name, "các ", strlen("các ")))
            ag->collective = 1; /* read whole: a group ("các Bộ, cơ quan ngang bộ") */
        if (to->n < 32 && (to->name[to->n] = seg_strdup(ag->name)) != NULL)
            to->n++;
    }
    ag_free_hits(hs, got);
}

/* An addressee line that runs on into the letter's first sentence, as web
 * text joins them ("Kính gửi: Thuế tỉnh Quảng Ninh Cục Thuế nhận được công
 * văn ..."), ends where the issuer names itself: no letter is addressed to
 * its own issuer. The length of p to read. */
static size_t before_issuer(const seg_para *p, const seg_metadata *m)
{
    const char *names[2] = {m->issuer, m->issuer_full};
    size_t n = p->nchar;
    for (int w = 0; w < 2; w++) {
        char *f = names[w] ? seg_fold_str(names[w]) : NULL;
        size_t l = f ? strlen(f) : 0;
        for (size_t i = 1; l && i + l <= n; i++)
            if (p->fold[i - 1] == ' ' && seg_word_at(p->fold, n, i, f)) {
                n = i;
                break;
            }
        free(f);
    }
    return n;
}

/* The agency named name, or NULL. */
static seg_agency *agency_named(const seg_result *r, const char *name)
{
    for (size_t i = 0; i < r->n_agencies; i++)
        if (!strcmp(r->agencies[i].name, name))
            return &r->agencies[i];
    return NULL;
}

/* Where the sentence holding character i of p begins: after the last full
 * stop before i that a capital follows, else where the item's text does. */
static size_t sentence_start(const seg_para *p, size_t i)
{
    for (size_t x = i; x-- > p->label_chars + 1;) {
        if (p->fold[x - 1] != '.' || p->fold[x] != ' ')
            continue;
        size_t s = skip_sp(p->fold, p->nchar, x), bi = p->cpos[s];
        if (s < i && cp_is_upper(seg_utf8_next(p->text, p->cpos[p->nchar], &bi)))
            return s;
    }
    return p->label_chars;
}

/* p as a task of each addressee, its text from character s (the sentence
 * that asks; ANNOTATING.md, tenth rule set: a task starts at the first
 * sentence giving it when the item's first gives none). */
static void give_addressed(actx *c, const addressed *to, const int *only, const seg_para *p, size_t s,
                           const char *role)
{
    for (int k = 0; k < to->n; k++) {
        seg_agency *ag = only && !only[k] ? NULL : agency_named(c->r, to->name[k]);
        if (!ag)
            continue;
        size_t had = ag->n_tasks;
        ag_add_role(ag, role); /* its roles are its tasks' ("Phối hợp với ..." under the request) */
        ag_add_task(c, ag, p, role);
        if (ag->n_tasks > had && s > p->label_chars) {
            char *t = seg_strdup(p->text + p->cpos[s]);
            if (t) {
                free(ag->tasks[had].text);
                ag->tasks[had].text = t;
            }
        }
    }
}

/* Does item t name who does it, as its subject ("2. Sở Y tế ...") or as
 * the body a request or an assignment opening it names ("3. Đề nghị Đài
 * Phát thanh ...", "Giao Sở ...")? */
static int item_names_doer(actx *c, const seg_para *t)
{
    static const char *const asks[] = {"de nghi", "yeu cau", "giao", "chi dao", NULL};
    if (ag_own_subject(c, t))
        return 1;
    const char *f = t->fold;
    size_t n = t->nchar, a = t->label_chars, l = seg_word_in(f, n, a, asks), end;
    if (!l)
        return 0;
    hit hs[8];
    int k = ag_chain(c, t, skip_sp(f, n, a + l), hs, 8, &end);
    ag_free_hits(hs, k);
    return k > 0;
}

/* Is paragraph t a heading over items of a lower rank, its text ending
 * in a colon ("1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh
 * đến Khánh Hòa:" over "a) ...")? Such a lead-in is no task of its own
 * (ANNOTATING.md, eighth rule set). */
static int heads_items(actx *c, const seg_doc *d, size_t t)
{
    const seg_para *p = &d->paras[t];
    size_t n = seg_trimmed(p);
    if (n == 0 || t + 1 >= d->nparas || d->paras[t + 1].mk <= p->mk)
        return 0;
    if (p->fold[n - 1] == ':')
        return 1;
    /* a heading that is only a body's name, its colon left out ("1. Phòng
     * Văn hóa - Xã hội" over "- Tham mưu ..."): the name heads its items
     * as with the colon, no task of its own */
    hit hs[8];
    size_t end = 0;
    int k = ag_chain(c, p, p->label_chars, hs, 8, &end);
    ag_free_hits(hs, k);
    return k > 0 && skip_sp(p->fold, n, end) >= n;
}

/* Is the request at character i of p the issuer's own, speaking to its
 * addressees: opening the item or a clause, after a conjunction that
 * draws it from what was said ("nên đề nghị", "vì vậy", "trân trọng"),
 * or after the issuer's name or its head's as the clause's subject ("Sở
 * Nội vụ đề nghị", "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:", "... thông
 * báo và đề nghị")? Not a noun
 * ("văn bản đề nghị", "phù hợp với yêu cầu") nor another body's request. */
int ag_issuer_asks(const actx *c, const seg_para *p, size_t i)
{
    static const char *const joins[] = {"nen", "vi vay", "do do", "tran trong", "kinh", "dong thoi", "vay", NULL};
    const char *f = p->fold;
    size_t cs = i;
    while (cs > p->label_chars && !strchr(",.;:", f[cs - 1]))
        cs--;
    cs = skip_sp(f, i, cs);
    if (cs >= i)
        return 1;
    /* "Quý cơ quan", "Quý Sở" after the word: only the writer addresses
     * its reader so, whatever stands before ("Văn bản góp ý đề nghị Quý
     * cơ quan gửi về ...", a topic fronted without a comma) */
    if (quy_at(p, skip_sp(f, p->nchar, i + request_len(p, i))))
        return 1;
    for (int k = 0; joins[k]; k++) {
        size_t l = strlen(joins[k]);
        if (i >= cs + l + 1 && seg_word_at(f, p->nchar, i - l - 1, joins[k]) && (i - l - 1 == cs || f[i - l - 2] == ' '))
            return 1;
    }
    /* the subject may open before a comma of the issuer's own name, "Sở
     * Văn hóa, Thể thao và Du lịch đề nghị ...": the clause before that
     * comma is tried too (twice at most, within the sentence), its name
     * then reaching the request */
    size_t end = 0;
    int own = 0;
    for (int tries = 0; tries < 3; tries++) {
        hit hs[4];
        int k = ag_chain(c, p, cs, hs, 4, &end);
        own = k == 1 && ag_is_issuer(c->r, hs[0].name) && (tries == 0 || skip_sp(f, i, end) >= i);
        ag_free_hits(hs, k);
        size_t b = cs;
        while (b > p->label_chars && f[b - 1] == ' ')
            b--;
        if (own || b <= p->label_chars || f[b - 1] != ',')
            break;
        for (b--; b > p->label_chars && !strchr(",.;:", f[b - 1]); b--)
            ;
        cs = skip_sp(f, i, b);
    }
    if (!own)
        return 0;
    size_t j = skip_sp(f, i, end);
    if (j >= i)
        return 1;
    /* the issuer's request joined by "và" to its first verb, "Bảo hiểm xã
     * hội tỉnh thông báo và đề nghị Quý đơn vị ...": a verb of one or two
     * words in small letters, "và", the request */
    if (i < j + 4 || !seg_word_at(f, p->nchar, i - 3, "va") || f[i - 4] != ' ' || !seg_marks_match(p, i - 3, "và"))
        return 0;
    size_t words = 0;
    for (size_t x = j; x < i - 4; x++) {
        if (!isalnum((unsigned char)f[x]) && f[x] != ' ')
            return 0;
        words += f[x] != ' ' && (x == j || f[x - 1] == ' ');
    }
    size_t bi = p->cpos[j];
    return words >= 1 && words <= 2 && cp_is_lower(seg_utf8_next(p->text, p->cpos[p->nchar], &bi));
}

/* Does the clause [a, b) of p have the issuer as its subject: its name
 * opening it or after a comma ("Để bảo đảm ..., Sở Tài chính sẽ tổ chức
 * Hội nghị ..."), or its head noun alone before a word of tense ("Sở đã
 * khảo sát tuyến đường ...")? */
static int issuer_clause(const actx *c, const seg_para *p, size_t a, size_t b)
{
    static const char *const tense[] = {"sẽ", "đã", "đang", NULL};
    static const char *const tense_f[] = {"se", "da", "dang", NULL};
    const char *f = p->fold, *full = c->r->metadata.issuer_full ? c->r->metadata.issuer_full : c->r->metadata.issuer;
    char *hf = full ? seg_fold_str(full) : NULL;
    size_t hl = hf ? strcspn(hf, " ") : 0;
    int yes = 0;
    for (size_t x = a; x < b && !yes; x++) {
        if ((x > a && f[x - 1] != ' ') || !isalnum((unsigned char)f[x]))
            continue;
        size_t bi = p->cpos[x];
        if (!cp_is_upper(seg_utf8_next(p->text, p->cpos[p->nchar], &bi)))
            continue;
        if (hl && x + hl < b && !strncmp(f + x, hf, hl) && f[x + hl] == ' ') {
            size_t t = skip_sp(f, b, x + hl);
            for (int k = 0; tense[k] && !yes; k++)
                yes = seg_word_at(f, b, t, tense_f[k]) && seg_marks_match(p, t, tense[k]);
        }
        size_t pv = x;
        while (pv > a && f[pv - 1] == ' ')
            pv--;
        if (!yes && (pv == a || f[pv - 1] == ',')) {
            /* the name opening the clause or after its fronted phrase, not
             * an object ("Đề xuất Ủy ban nhân dân tỉnh kiến nghị ...") */
            hit hs[4];
            size_t end;
            int k = ag_chain(c, p, x, hs, 4, &end);
            yes = k == 1 && ag_is_issuer(c->r, hs[0].name) && end <= b;
            ag_free_hits(hs, k);
        }
    }
    free(hf);
    return yes;
}

/* A letter's request after the issuer's own plan or report and a
 * semicolon ("Sở Tài chính sẽ tổ chức Hội nghị ... vào ngày 19/12/2025;
 * đề nghị Quý cơ quan, đơn vị cử cán bộ ..."): the plan gives the body
 * asked nothing, so its task is the request's clause (ANNOTATING.md, tenth
 * rule set: a task starts where the item first gives that body one). For
 * the body or request at character at of p, in the sentence opening at s:
 * where its task starts. */
size_t ag_request_clause(const actx *c, const seg_para *p, size_t s, size_t at)
{
    const char *f = p->fold;
    size_t n = p->nchar, q = at;
    if (c->d->addr_end <= c->d->addr_first)
        return s; /* a letter's: its Kính gửi lines read */
    while (q > s && f[q - 1] != ';')
        q--;
    if (q <= s)
        return s;
    size_t r = skip_sp(f, n, q), w = r;
    if (seg_word_at(f, n, w, "tran trong"))
        w = skip_sp(f, n, w + strlen("tran trong"));
    if (seg_word_at(f, n, w, "kinh") && !seg_word_at(f, n, w, "kinh gui"))
        w = skip_sp(f, n, w + strlen("kinh"));
    if (w > at || !(seg_word_at(f, n, w, "de nghi") || seg_word_at(f, n, w, "yeu cau")))
        return s;
    size_t o = skip_sp(f, n, w + 7);
    if (seg_word_at(f, n, o, "cua") || seg_word_at(f, n, o, "so"))
        return s; /* "...; đề nghị của ...": a request named, none made */
    return issuer_clause(c, p, s, q - 1) ? r : s;
}

/* The word a công văn asks its addressees with (request_in); NULL when it
 * asks nothing (sent for information). Only the issuer's own request
 * (ag_issuer_asks): a reply restating what its addressee asked for ("... của
 * Ủy ban nhân dân xã Tân Hòa đề nghị hướng dẫn ...") asks nothing. */
static const char *request_word(const actx *c)
{
    const seg_doc *d = c->d;
    for (size_t q = 0; q < d->nparas; q++) {
        const seg_para *p = &d->paras[q];
        const char *role = NULL;
        if (p->in_header || seg_is_can_cu(p))
            continue;
        for (size_t i = request_in(p, 0, &role); i < p->nchar; i = request_in(p, i + 1, &role))
            if (ag_issuer_asks(c, p, i))
                return role;
    }
    return NULL;
}

/* The words of folded s up to its end or a comma, "các" and "cấp"
 * skipped: the first of them, or for a people's committee or council
 * ("uy ban nhan dan", "hoi dong nhan dan") those and its level, "uy ban
 * nhan dan xa"; written to h. */
static void member_head(const char *s, char *h, size_t hn)
{
    size_t k = 0, words = 0, want = 1;
    if (!strncmp(s, "uy ban nhan dan ", 16) || !strncmp(s, "hoi dong nhan dan ", 18))
        want = 5;
    while (*s && *s != ',' && words < want && k + 1 < hn) {
        if (!strncmp(s, "cac ", 4) || !strncmp(s, "cap ", 4)) {
            s += 4; /* "các xã", and a level standing for its units, "cấp xã" */
            continue;
        }
        while (*s && *s != ' ' && *s != ',' && k + 1 < hn)
            h[k++] = *s++;
        words++;
        if (*s == ' ')
            s++;
        if (words < want && k + 1 < hn)
            h[k++] = ' ';
    }
    while (k > 0 && h[k - 1] == ' ')
        k--;
    h[k] = 0;
}

/* Does the group named g cover the addressee named a, so that what the
 * letter asks of the group it asks of a (ANNOTATING.md, fourth rule set:
 * the addressees a group covers take its tasks)? The group's members are
 * the nouns its commas and "và" part ("các sở, ban, ngành"); one covers a
 * when it is the noun a's name opens with ("các Sở" and "Sở Tài chính",
 * "Ủy ban nhân dân các xã nêu trên" and "Ủy ban nhân dân xã Tân Phú"), or
 * a generic noun standing alone, which any body is ("các cơ quan, đơn
 * vị", "các đơn vị", "các địa phương"), not one its own words restrict
 * ("các cơ quan báo chí"). */
static int covers_by(const char *g, const char *a, int generic_ok);

static int covers(const char *g, const char *a)
{
    return covers_by(g, a, 1);
}

/* Does folded s open with the word of an administrative level alone
 * ("tinh", "thanh pho", "xa", "dac khu"), as a group's later members
 * after a committee's first do ("các tỉnh, thành phố")? */
static int level_word(const char *s)
{
    static const char *const lv[] = {"tinh", "thanh pho", "xa", "phuong", "dac khu", "huyen", "quan", "thi xa",
                                     "thi tran", NULL};
    for (int k = 0; lv[k]; k++) {
        size_t l = strlen(lv[k]);
        if (!strncmp(s, lv[k], l) && (!s[l] || s[l] == ' ' || s[l] == ','))
            return 1;
    }
    return 0;
}

/* covers, generic nouns counted only when generic_ok */
static int covers_by(const char *g, const char *a, int generic_ok)
{
    static const char *const generic[] = {"co quan", "don vi", "dia phuong", NULL};
    static const char *const loose[] = {"", "lien quan", "co lien quan", "neu tren", "tren", "tinh", "thanh pho", NULL};
    char *gf = seg_fold_str(g), *af = seg_fold_str(a);
    int yes = 0;
    char council[24] = "";
    if (gf && af) {
        char ah[64];
        member_head(af, ah, sizeof ah);
        for (char *m = gf; m && *m && !yes;) {
            while (*m == ' ' || *m == ',')
                m++;
            if (!strncmp(m, "va ", 3))
                m += 3;
            if (!strncmp(m, "cac ", 4))
                m += 4;
            char *e = m;
            while (*e && *e != ',' && strncmp(e, " va ", 4))
                e++;
            size_t ml = (size_t)(e - m);
            for (int k = 0; generic_ok && generic[k] && !yes; k++) {
                size_t l = strlen(generic[k]);
                /* "các địa phương" are the localities, their people's
                 * committees and councils: not "Kho bạc Nhà nước" or
                 * "Bảo hiểm xã hội Việt Nam" sent the same letter */
                if (!strcmp(generic[k], "dia phuong") && strncmp(af, "uy ban nhan dan", 15) &&
                    strncmp(af, "hoi dong nhan dan", 17))
                    continue;
                if (ml >= l && !strncmp(m, generic[k], l) && (ml == l || m[l] == ' '))
                    for (int q = 0; loose[q] && !yes; q++)
                        yes = (ml == l && !*loose[q]) ||
                              (ml == l + 1 + strlen(loose[q]) && *loose[q] && !strncmp(m + l + 1, loose[q], ml - l - 1));
            }
            char mh[64];
            member_head(m, mh, sizeof mh);
            if (!strncmp(m, "uy ban nhan dan ", 16) || !strncmp(m, "hoi dong nhan dan ", 18))
                snprintf(council, sizeof council, "%.*s", m[0] == 'u' ? 16 : 18, m);
            else if (*council && level_word(m)) {
                /* "Ủy ban nhân dân các tỉnh, thành phố": the levels after
                 * the first keep the committee the comma elides, so the
                 * group covers "Ủy ban nhân dân thành phố Huế" */
                char full[96];
                snprintf(full, sizeof full, "%s%.*s", council, (int)(ml < 60 ? ml : 60), m);
                member_head(full, mh, sizeof mh);
            }
            if (!yes && *mh && *ah && !strcmp(mh, ah))
                yes = 1;
            m = *e ? e + (*e == ',' ? 1 : 4) : NULL;
        }
    }
    free(gf);
    free(af);
    return yes;
}

/* Does h name a group: a collective, or a name with "các" or "cấp" in it
 * ("Ủy ban nhân dân các xã nêu trên", which the gazetteer reads as the
 * level)? */
static int group_named(const hit *h)
{
    if (h->collective)
        return 1;
    char *f = seg_fold_str(h->name);
    int yes = f && (strstr(f, "cac ") == f || strstr(f, " cac ") || strstr(f, " cap "));
    free(f);
    return yes;
}

/* Which addressees of to the bodies hs[0..k) name as a group that covers
 * them (covers), set in only; how many. */
static int covered(const addressed *to, const hit *hs, int k, int *only)
{
    int n = 0;
    for (int a = 0; a < to->n; a++) {
        only[a] = 0;
        for (int h = 0; h < k && !only[a]; h++)
            only[a] = hs[h].name && group_named(&hs[h]) && covers(hs[h].name, to->name[a]);
        n += only[a];
    }
    return n;
}

/* The addressees a request's sentence fronts with "Riêng", "Đối với" or
 * "Riêng đối với" right before the comma of its request word ("Riêng Bệnh
 * viện Đa khoa tỉnh, đề nghị bố trí ...", "Đối với Ủy ban nhân dân các xã,
 * phường, đề nghị chuẩn bị ..."): the phrase sets the one spoken to apart
 * from the other addressees, so a request naming no one asks it alone. Set
 * in only: an addressee of the same name, one a group fronted covers, or
 * one whose name the fronted body writes short. How many; -1 when the
 * bodies fronted are no addressee (asked by name, not as addressees); 0
 * when no body is fronted ("Đối với các ổ dịch mới phát hiện, đề nghị
 * ...": a matter, every addressee asked). */
static int fronted_addressees(const actx *c, const addressed *to, const seg_para *p, size_t s, size_t i,
                              int *only)
{
    static const char *const fronts[] = {"rieng doi voi", "rieng", "doi voi", NULL};
    const char *f = p->fold;
    size_t j = s, end;
    for (int w = 0; fronts[w] && j == s; w++)
        if (seg_word_at(f, p->nchar, s, fronts[w]))
            j = skip_sp(f, p->nchar, s + strlen(fronts[w]));
    if (j == s)
        return 0;
    hit hs[8];
    int k = ag_chain(c, p, j, hs, 8, &end), n = 0;
    size_t x = end;
    while (x < i && (f[x] == ' ' || f[x] == ','))
        x++;
    if (k > 0 && x == i) {
        n = -1;
        for (int a = 0; a < to->n; a++) {
            char *af = seg_fold_str(to->name[a]);
            only[a] = 0;
            for (int h = 0; h < k && af && !only[a]; h++) {
                char *hf = hs[h].name ? seg_fold_str(hs[h].name) : NULL;
                only[a] = hf && (!strcmp(hf, af) || (group_named(&hs[h]) && covers_by(hs[h].name, to->name[a], 0)) ||
                                 ag_words_within(hf, af));
                free(hf);
            }
            free(af);
            if (only[a])
                n = n < 0 ? 1 : n + 1;
        }
    }
    ag_free_hits(hs, k);
    return n;
}

/* Is the request at character i of p, asking no one it names, a letter's
 * closing formula ("đề nghị Quý cơ quan, đơn vị quan tâm, phối hợp thực
 * hiện./."): a few words to the end that ask only to see it done? */
int ag_closing_request(const actx *c, const seg_para *p, size_t i)
{
    if (ag_closing_to_named(c, p, i))
        return 1;
    const char *f = p->fold;
    size_t n = p->nchar, words = 0, last = i;
    for (size_t x = i + 7; x < n; x++) {
        if (f[x] == '.' && x + 1 < n && f[x + 1] == ' ')
            return 0; /* another sentence follows */
        if (isalnum((unsigned char)f[x]) && f[x - 1] == ' ') {
            words++;
            last = x;
        }
    }
    return words <= 12 && (seg_word_at(f, n, last, "hien") || seg_word_at(f, n, last, "tam"));
}

/* Does paragraph q of the body ask something: an item of a list, or a
 * word of request or assignment? */
static int asks_in(const seg_doc *d, const seg_para *q)
{
    static const char *const asks[] = {"de nghi", "yeu cau", "giao", "chi dao", NULL};
    size_t after = d->lines[d->addr_end - 1].c1;
    if (q->in_header || q->start < after || seg_is_can_cu(q))
        return 0;
    if (q->mk != MK_NONE)
        return 1;
    for (size_t x = 0; x < q->nchar; x++)
        if ((x == 0 || q->fold[x - 1] == ' ') && seg_word_in(q->fold, q->nchar, x, asks))
            return 1;
    return 0;
}

/* Is p, in a letter (its Kính gửi lines read), its last paragraph that
 * asks, after one that asked before it? */
static int last_after_asks(const seg_doc *d, const seg_para *p)
{
    if (d->addr_end <= d->addr_first || p < d->paras || p >= d->paras + d->nparas)
        return 0;
    for (const seg_para *q = p + 1; q < d->paras + d->nparas; q++)
        if (asks_in(d, q))
            return 0;
    for (const seg_para *q = d->paras; q < p; q++)
        if (asks_in(d, q))
            return 1;
    return 0;
}

/* A letter's last request naming the bodies it asks and then only asking
 * to see it done ("Ủy ban nhân dân thành phố yêu cầu các cơ quan, đơn vị,
 * địa phương nghiêm túc triển khai thực hiện./.", "Yêu cầu Thủ trưởng các
 * cơ quan, đơn vị nêu trên khẩn trương triển khai thực hiện./.", "Bộ ... đề
 * nghị Ủy ban nhân dân các tỉnh, thành phố quan tâm, chỉ đạo thực hiện./."),
 * after paragraphs that asked: it repeats what they asked, no task of its
 * own (ANNOTATING.md, fourth rule set). Where nothing was asked before (a
 * letter forwarding an act, "đề nghị các đơn vị triển khai thực hiện") it
 * is the letter's request. */
int ag_closing_to_named(const actx *c, const seg_para *p, size_t i)
{
    static const char *const tail[] = {"nghiem tuc", "khan truong", "kip thoi", "quan tam", "chi dao", "phoi hop",
                                       "trien khai", "to chuc", "thuc hien", "neu tren", "va", NULL};
    const char *f = p->fold;
    size_t n = p->nchar, j = skip_sp(f, n, i + request_len(p, i)), end;
    if (seg_word_at(f, n, j, "thu truong"))
        j = skip_sp(f, n, j + strlen("thu truong")); /* the heads of the bodies: the bodies */
    hit hs[8];
    int k = ag_chain(c, p, j, hs, 8, &end);
    ag_free_hits(hs, k);
    if (k <= 0)
        return 0;
    size_t x = end, last = 0;
    for (;;) {
        while (x < n && (f[x] == ' ' || f[x] == ','))
            x++;
        size_t l = x < n ? seg_word_in(f, n, x, tail) : 0;
        if (!l)
            break;
        last = x;
        x += l;
    }
    while (x < n && strchr(" ./", f[x]))
        x++;
    return x >= n && last && seg_word_at(f, n, last, "thuc hien") && last_after_asks(c->d, p);
}

/* What the letter asks of its addressees without naming a body after its
 * word of request, "đề nghị Quý cơ quan, đơn vị thực hiện ...", "đề nghị
 * Công ty liên hệ ...", a telegram's "Chủ tịch Ủy ban nhân dân tỉnh yêu
 * cầu:" (Vietnamese letters speak to their addressees as "Quý" and the
 * head noun, or not at all), is their task with that word's role: the
 * items a lead-in ending in a colon announces (those that name no doer of
 * their own), else the sentence that asks. A request naming a body is
 * that body's (assign.c). */
static void addressee_tasks(actx *c, const addressed *to)
{
    seg_doc *d = c->d;
    size_t after = d->lines[d->addr_end - 1].c1;
    for (size_t q = 0; q < d->nparas && to->n && !d->oom; q++) {
        const seg_para *p = &d->paras[q];
        if (p->in_header || p->start < after || seg_is_can_cu(p))
            continue;
        const char *f = p->fold, *role = NULL;
        size_t n = seg_trimmed(p);
        for (size_t i = request_in(p, p->label_chars, &role); i < p->nchar; i = request_in(p, i + 1, &role)) {
            size_t j = skip_sp(f, p->nchar, i + request_len(p, i)), end;
            if (!ag_issuer_asks(c, p, i))
                continue;
            int mask[32], *only = NULL;
            if (!(seg_word_at(f, p->nchar, j, "quy") && seg_marks_match(p, j, "quý"))) {
                hit hs[8];
                int k = ag_chain(c, p, j, hs, 8, &end);
                /* a body named: its own request (assign.c), and the
                 * addressees' too when it is a group that covers them */
                int cov = k > 0 ? covered(to, hs, k, mask) : 0;
                ag_free_hits(hs, k);
                if (k > 0 && !cov)
                    continue;
                if (cov)
                    only = mask;
            }
            if (!only) {
                int fr = fronted_addressees(c, to, p, sentence_start(p, i), i, mask);
                if (fr < 0)
                    continue;
                if (fr > 0)
                    only = mask;
            }
            if (ag_closing_request(c, p, i))
                continue;
            if (n > 0 && f[n - 1] == ':' && q + 1 < d->nparas && d->paras[q + 1].mk != MK_NONE) {
                int top = d->paras[q + 1].mk;
                for (size_t t = q + 1; t < d->nparas && d->paras[t].mk != MK_NONE && (int)d->paras[t].mk >= top; t++) {
                    const seg_para *tp = &d->paras[t];
                    if ((int)tp->mk != top || tp->in_header || item_names_doer(c, tp) || heads_items(c, d, t))
                        continue;
                    const char *own = ag_task_role(tp);
                    give_addressed(c, to, only, tp, tp->label_chars, strcmp(own, "thực hiện") ? own : role);
                }
            } else
                give_addressed(c, to, only, p, ag_request_clause(c, p, sentence_start(p, i), i), role);
            break; /* one task a paragraph */
        }
    }
}

/* The addressee item opening at line k: its first line and the wrapped
 * ones after it, up to line *last, as one paragraph in *p (freed by the
 * caller); 0 when out of memory. */
static int addressee_item(const actx *c, size_t k, size_t *last, seg_para *p)
{
    seg_doc *d = c->d;
    size_t l = k + 1, open = k;
    /* an item left open by a comma goes on in the next "-" line ("Chủ
     * tịch UBND các tỉnh: Gia Lai," / "- Đắk Lắk và Khánh Hòa;") */
    while (l < d->addr_end && (d->lines[l].b1 == d->lines[l].b0 || !strchr("-+", d->text[d->lines[l].b0]) ||
                               d->text[d->lines[open].b1 - 1] == ',')) {
        if (d->lines[l].b1 > d->lines[l].b0)
            open = l;
        l++;
    }
    memset(p, 0, sizeof *p);
    sbuf t = {0};
    for (size_t q = k; q < l; q++) {
        const char *lt = d->text + d->lines[q].b0;
        size_t ll = d->lines[q].b1 - d->lines[q].b0;
        if (q > k && ll && strchr("-+", lt[0])) {
            lt++; /* the dash of an item joined to the one above */
            ll--;
        }
        if (q > k)
            sb_putc(&t, ' ');
        sb_add(&t, lt, ll);
    }
    size_t len = 0;
    p->text = sb_take(&t, &len);
    p->fold = malloc(len + 1);
    p->cpos = malloc((len + 1) * sizeof *p->cpos);
    if (!p->text || !p->fold || !p->cpos) {
        seg_para_free(p);
        d->oom = 1;
        return 0;
    }
    p->nchar = seg_fold(p->text, len, p->fold, p->cpos);
    p->start = d->lines[k].c0;
    p->end = d->lines[l - 1].c1;
    p->b0 = d->lines[k].b0;
    p->b1 = d->lines[l - 1].b1;
    p->page = d->lines[k].page;
    p->section = -1;
    p->nchar = before_issuer(p, &c->r->metadata);
    *last = l;
    return 1;
}

int ag_is_addressee(const actx *c, const char *name)
{
    const seg_doc *d = c->d;
    if (d->addr_end <= d->addr_first || !name)
        return 0;
    char *nf = seg_fold_str(name);
    int yes = 0;
    for (size_t k = d->addr_first; nf && *nf && k < d->addr_end && !yes; k++) {
        char *lt = seg_strndup(d->text + d->lines[k].b0, d->lines[k].b1 - d->lines[k].b0);
        char *lf = lt ? seg_fold_str(lt) : NULL;
        free(lt);
        const char *at = lf ? strstr(lf, nf) : NULL;
        yes = at && (at == lf || at[-1] == ' ') && !isalnum((unsigned char)at[strlen(nf)]);
        free(lf);
    }
    free(nf);
    return yes;
}

static const seg_para *task_para(const seg_doc *d, size_t start);

/* A group a letter's item gives a task ("3. Ủy ban nhân dân các phường
 * tổ chức ra quân ..."), in a letter addressed to members of it by name
 * ("- Chủ tịch Ủy ban nhân dân các phường: Hải Châu, Thanh Khê, Sơn
 * Trà."): each addressee it covers takes the group's tasks, the group
 * keeping its own entry (ANNOTATING.md, fourth rule set), as a request to
 * the group gives them (addressee_tasks). Only a group the Kính gửi lines
 * name themselves, the members listed under it, and by the member's head
 * noun: a group the lines do not name, or a generic noun ("các cơ quan,
 * đơn vị liên quan" after "phối hợp với"), names no addressee in
 * particular (read for every group, held-out agencies-blind2's tasks fell
 * 0.853 -> 0.851). */
static void group_to_members(actx *c, const addressed *to)
{
    for (size_t g = 0; g < c->r->n_agencies && !c->d->oom; g++) {
        hit gh;
        memset(&gh, 0, sizeof gh);
        gh.name = c->r->agencies[g].name;
        gh.collective = c->r->agencies[g].collective;
        if (!c->r->agencies[g].n_tasks || !group_named(&gh) || !ag_is_addressee(c, gh.name))
            continue;
        for (int a = 0; a < to->n; a++) {
            seg_agency *ag = agency_named(c->r, to->name[a]);
            if (!ag || ag == &c->r->agencies[g] || ag->collective || !covers_by(c->r->agencies[g].name, ag->name, 0))
                continue;
            size_t gi = (size_t)(ag - c->r->agencies);
            for (size_t ti = 0; ti < c->r->agencies[g].n_tasks; ti++) {
                const seg_task *tk = &c->r->agencies[g].tasks[ti];
                const seg_para *tp = task_para(c->d, tk->start);
                char *role = seg_strdup(tk->role), *text = seg_strdup(tk->text);
                seg_agency *m = &c->r->agencies[gi];
                size_t had = m->n_tasks;
                if (tp && role && text) {
                    ag_add_role(m, role);
                    ag_add_task(c, m, tp, role);
                    if (m->n_tasks > had) {
                        free(m->tasks[had].text);
                        m->tasks[had].text = text;
                        text = NULL;
                    }
                }
                free(role);
                free(text);
            }
        }
    }
}

/* "Kính gửi:" and its lines: the bodies a công văn is addressed to are
 * agencies when its body asks them to act (ANNOTATING.md, addressees), by
 * the word it asks with. Each item ("- ..." or the rest of the "Kính gửi:"
 * line, with the lines a PDF layer wrapped it onto) is read as a list of
 * names; one no rule reads ("Thuế tỉnh Đắk Lắk.") is still a body the text
 * names: kept whole, its heads' offices dropped. */
void ag_addressees(actx *c)
{
    seg_doc *d = c->d;
    if (d->addr_end <= d->addr_first)
        return;
    const char *role = request_word(c);
    if (!role && c->r->metadata.doc_type && !strcmp(c->r->metadata.doc_type, "Công điện"))
        role = "thực hiện"; /* a telegram orders its addressees */
    if (!role)
        return;
    addressed to = {0};
    size_t k = d->addr_first, last;
    seg_para p;
    while (k < d->addr_end && !d->oom && addressee_item(c, k, &last, &p)) {
        addressee(c, &p, role, &to);
        seg_para_free(&p);
        k = last;
    }
    addressee_tasks(c, &to);
    group_to_members(c, &to);
    for (int a = 0; a < to.n; a++)
        free(to.name[a]);
}

/* Is paragraph p an item without a subject: numbered or bulleted, a
 * sentence opening with its verb ("1. Rà soát các chỉ tiêu ...")? */
/* Does item p open with no body of its own: neither a body's name nor a
 * word that hands it to one or fronts one ("Giao", "Đề nghị", "Đối
 * với"), nor a ruling or an acknowledgement, which order nothing ("Đồng
 * ý ...", "Thống nhất ...", "Ghi nhận ...", "Biểu dương ...")? */
static int opens_without_body(const actx *c, const seg_para *p)
{
    static const char *const not_verbs[] = {"giao", "de nghi", "yeu cau", "ve", "doi voi", "theo", "can cu",
                                            "tren co so", "trong", "nam", "thang", "tu", "sau", "ngay",
                                            "dong y", "thong nhat", "chap thuan", "ghi nhan", "bieu duong",
                                            "tuyen duong", "danh gia cao", "hoan nghenh", "khen ngoi", NULL};
    size_t a = p->label_chars, end;
    if (seg_word_in(p->fold, p->nchar, a, not_verbs))
        return 0;
    hit hs[8];
    int k = ag_chain(c, p, a, hs, 8, &end);
    ag_free_hits(hs, k);
    return k == 0;
}

static int subjectless_item(const actx *c, const seg_para *p)
{
    if (p->in_header || p->mk == MK_NONE || p->mk == MK_ROMAN || p->mk >= MK_PLUS || p->caps ||
        p->nchar < p->label_chars + 40 || !strchr(".;", p->fold[p->nchar - 1]) || p->section < 0)
        return 0;
    /* an item of the letter's own parts, or one under a topic heading that
     * names no body ("2. Nhiệm vụ trọng tâm học kỳ II:" over "a) Rà soát
     * ..."); not one under an item naming its subject ("1. Các đồng chí Bộ
     * trưởng ...:" over "- Tập trung rà soát ...", "1. Đối với Sở X:") */
    int up = c->d->secs[p->section].parent;
    if (up >= 0 && c->d->secs[up].mk > MK_ROMAN) {
        const seg_para *h = c->d->secs[up].para >= 0 ? &c->d->paras[c->d->secs[up].para] : NULL;
        static const char *const fronts[] = {"giao", "de nghi", "yeu cau", "doi voi", NULL};
        hit hs[8];
        size_t end;
        if (!h || h->nchar == 0 || h->fold[h->nchar - 1] != ':' ||
            seg_word_in(h->fold, h->nchar, h->label_chars, fronts))
            return 0;
        int k = ag_chain(c, h, h->label_chars, hs, 8, &end);
        ag_free_hits(hs, k);
        if (k > 0)
            return 0;
    }
    return opens_without_body(c, p);
}

/* A notice to one province's committee names it, once named in full, by
 * its level alone with a capital as a clause's subject ("Thời gian tới,
 * Tỉnh tập trung ...", "...: Tỉnh chủ động rà soát ...", "Thành phố khẩn
 * trương ..."): a common noun written as a proper one stands for the place
 * the notice speaks to, and its authority is the committee (ANNOTATING.md:
 * a province named for its authority). Gives p to h (thực hiện), its text
 * from the sentence (or the line) that does so, when such a subject
 * stands in it; 1 when it did. */
static int place_as_subject(actx *c, const hit *h, const seg_para *p)
{
    static const struct { const char *name, *word; } levels[] = {{"Ủy ban nhân dân tỉnh ", "Tỉnh "},
                                                                 {"Ủy ban nhân dân thành phố ", "Thành phố "}};
    /* the level's own compounds, no verb: "Tỉnh ủy", "Tỉnh đoàn", "Tỉnh lộ" */
    static const char *const not_verbs[] = {"uy", "doan", "lo", "truc thuoc", NULL};
    if (p->in_header || !h->name || seg_is_can_cu(p))
        return 0;
    for (int l = 0; l < 2; l++) {
        size_t nl = strlen(levels[l].name), wl = strlen(levels[l].word);
        size_t ni = nl;
        if (strncmp(h->name, levels[l].name, nl) || !cp_is_upper(seg_utf8_next(h->name, strlen(h->name), &ni)))
            continue;
        const char *at = p->text;
        while ((at = strstr(at, levels[l].word)) != NULL) {
            size_t b = (size_t)(at - p->text), i = 0;
            at += wl;
            while (i < p->nchar && p->cpos[i] < b)
                i++;
            size_t o = i;
            while (o > p->label_chars && p->fold[o - 1] == ' ')
                o--;
            /* a subject opens its clause: "hướng dẫn Tỉnh hoàn thiện ..." is an object */
            if (i >= p->nchar || p->cpos[i] != b || (o > p->label_chars && !strchr(",.;:", p->fold[o - 1])))
                continue;
            size_t v = skip_sp(p->fold, p->nchar, i + (l == 0 ? 5 : 10)); /* "Tỉnh ", "Thành phố " in characters */
            size_t bi = v < p->nchar ? p->cpos[v] : 0;
            if (v >= p->nchar || !cp_is_lower(seg_utf8_next(p->text, p->cpos[p->nchar], &bi)) ||
                seg_word_in(p->fold, p->nchar, v, not_verbs) || !ag_lower_verb(p, v))
                continue;
            hit g = *h;
            g.name = seg_strdup(h->name);
            g.successor = h->successor ? seg_strdup(h->successor) : NULL;
            seg_agency *ag = g.name ? ag_find_or_add(c, &g, p) : NULL;
            ag_free_hits(&g, 1);
            if (!ag)
                return 0;
            size_t had = ag->n_tasks, s = sentence_start(p, i);
            for (size_t x = i; x > s; x--)
                if (p->text[p->cpos[x - 1]] == '\n') {
                    s = x; /* a line of its own the reflow joined to the one above */
                    break;
                }
            ag_add_role(ag, "thực hiện");
            ag_add_task(c, ag, p, "thực hiện");
            if (ag->n_tasks > had && s > p->label_chars) {
                char *t = seg_strdup(p->text + p->cpos[s]);
                if (t) {
                    free(ag->tasks[had].text);
                    ag->tasks[had].text = t;
                }
            }
            return 1;
        }
    }
    return 0;
}

/* A Thông báo whose items have no subject gives them to the body its
 * closing line names ("Văn phòng Chính phủ thông báo để Ủy ban nhân dân
 * tỉnh Đắk Lắk và các Bộ, cơ quan liên quan biết, thực hiện": the first
 * named, thực hiện, or the role an item's own words give it, "Phối hợp
 * với Y ..." (ANNOTATING.md, third and fourth rule sets). */
void ag_closing_addressee(actx *c)
{
    seg_doc *d = c->d;
    if (!c->r->metadata.doc_type || strcmp(c->r->metadata.doc_type, "Thông báo"))
        return;
    for (size_t q = d->nparas; q-- > 0;) {
        const seg_para *p = &d->paras[q];
        const char *hit_at = p->in_header ? NULL : strstr(p->fold, "thong bao de ");
        if (!hit_at || !strstr(p->fold, "biet") || !strstr(p->fold, "thuc hien"))
            continue;
        size_t i = (size_t)(hit_at - p->fold) + strlen("thong bao de "), end;
        hit hs[8];
        int k = ag_chain(c, p, i, hs, 8, &end);
        int given = 0;
        if (k > 0 && !hs[0].src)
            hs[0].src = p; /* its offsets count in the closing line, not in the items */
        if (k > 0 && !hs[0].collective)
            for (size_t t = 0; t < q; t++) {
                if (subjectless_item(c, &d->paras[t]))
                    ag_assign(c, &hs[0], &d->paras[t], ag_task_role(&d->paras[t]), 1); /* "Phối hợp với Y ..." helps */
                else if (!(given && d->paras[t].mk == MK_NONE)) /* an item's next paragraph: the same task */
                    given = place_as_subject(c, &hs[0], &d->paras[t]);
            }
        ag_free_hits(hs, k);
        return;
    }
}

/* The paragraph a task of the body was taken from, or NULL. */
static const seg_para *task_para(const seg_doc *d, size_t start)
{
    for (size_t q = 0; q < d->nparas; q++)
        if (d->paras[q].start == start)
            return &d->paras[q];
    return NULL;
}

/* A Công điện or công văn addresses ministries by name ("- Các Bộ: Quốc
 * phòng, Công an, Công Thương, ...;") and then gives a task to a group
 * that covers them ("lãnh đạo các Bộ, ngành ... tiếp tục tập trung ..."):
 * each ministry it named takes the group's tasks too (ANNOTATING.md,
 * fourth rule set). */
/* The ministries p names from a ("Các Bộ: Quốc phòng, Công an, ...") take
 * the tasks of the group agency g. */
static void cover(actx *c, size_t g, const seg_para *p, size_t a)
{
    hit hs[24];
    size_t end;
    int k = ag_chain(c, p, a, hs, 24, &end);
    size_t nt = c->r->agencies[g].n_tasks;
    for (int h = 0; h < k; h++)
        if (!hs[h].src)
            hs[h].src = p;
    for (size_t ti = 0; ti < nt; ti++) {
        const seg_task *tk = &c->r->agencies[g].tasks[ti];
        const seg_para *tp = task_para(c->d, tk->start);
        char *role = seg_strdup(tk->role);
        for (int h = 0; tp && role && h < k; h++)
            if (!hs[h].collective && hs[h].e) /* a known ministry: "Bộ Công" / "Thương" is a wrapped line */
                ag_assign(c, &hs[h], tp, role, 1); /* may move the agencies: tk is read again */
        free(role);
    }
    ag_free_hits(hs, k);
}

void ag_covered_addressees(actx *c)
{
    seg_doc *d = c->d;
    const char *t = c->r->metadata.doc_type;
    if (!t || (strcmp(t, "Công điện") && strcmp(t, "Công văn")))
        return;
    size_t body = d->nparas;
    for (size_t s = 0; s < d->nsecs && body == d->nparas; s++)
        if (d->secs[s].mk < MK_DASH)
            body = (size_t)d->secs[s].para;
    for (size_t g = 0; g < c->r->n_agencies; g++) {
        char *gf = seg_fold_str(c->r->agencies[g].name);
        int group = c->r->agencies[g].collective && gf && !strncmp(gf, "cac bo", 6) &&
                    (gf[6] == 0 || gf[6] == ',');
        free(gf);
        if (!group || !c->r->agencies[g].n_tasks)
            continue;
        for (size_t q = 0; q < body; q++) {
            const seg_para *p = &d->paras[q];
            if (!p->in_header && seg_word_at(p->fold, p->nchar, p->label_chars, "cac bo"))
                cover(c, g, p, p->label_chars);
        }
        /* the addressee items read whole, as a page wrapped them ("- Các Bộ:
         * Quốc phòng, ..., Công" / "Thương, Giáo dục và Đào tạo, Y tế;"):
         * the ministries after the wrap are addressed too */
        size_t k = d->addr_first, last;
        seg_para p;
        while (k < d->addr_end && !d->oom && addressee_item(c, k, &last, &p)) {
            size_t a = 0;
            while (a < p.nchar && strchr(" -+*", p.fold[a]))
                a++;
            if (seg_word_at(p.fold, p.nchar, a, "cac bo"))
                cover(c, g, &p, a);
            seg_para_free(&p);
            k = last;
        }
    }
}
