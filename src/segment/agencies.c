/*
 * agencies.c: who is to do what. The entry point, and the gathering of
 * what the other parts read into one entry per body.
 *
 * Two sources: the implementation part ("Tổ chức thực hiện", "Phân công
 * nhiệm vụ"), where a heading names a body and the items under it are its
 * tasks (headings.c); and assignments anywhere in the text: "Giao X chủ
 * trì, phối hợp với Y", "Đề nghị X", "Mời X", "X chủ trì ..." (assign.c),
 * "... chịu trách nhiệm thi hành" (regulation.c), a letter's addressees
 * (addressees.c). Names are read through the gazetteer (names.c, chain.c);
 * here one entry per body, with every role and task gathered, and the
 * entries that name one body merged.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

#include "segment/agencies_internal.h"
#include "segment/places.h"

static const char *const role_order[] = {"chủ trì", "thực hiện", "phối hợp", "đề nghị", "mời", NULL};

/* Names as written differ in case only ("Các Sở, ban, ngành" and "các sở,
 * ban, ngành") when they are one body. */
int ag_same_name(const char *a, const char *b)
{
    if (!strcmp(a, b))
        return 1;
    if (strlen(a) != strlen(b))
        return 0; /* a letter and its capital take the same bytes in UTF-8 */
    char *fa = seg_fold_str(a), *fb = seg_fold_str(b);
    int r = fa && fb && !strcmp(fa, fb);
    free(fa);
    free(fb);
    return r;
}

/* A group the gazetteer knows ("UBND các xã, phường" under "Ủy ban nhân
 * dân cấp xã") is named as the text writes it, abbreviations written out:
 * which units it spans is what the sentence says. */
static void group_as_written(hit *h, const seg_para *p)
{
    if (h->keep_name || !(h->collective || (h->e && !strcmp(h->e->kind, "group"))))
        return;
    if (h->a >= 4 && !memcmp(p->fold + h->a - 4, "cac ", 4) && (h->a == 4 || !isalnum((unsigned char)p->fold[h->a - 5])))
        h->a -= 4; /* "các" before "sở, ban, ngành" belongs to it */
    int coll = 0;
    size_t e = seg_body_at(p, h->a, &coll);
    if (coll && e > h->b)
        h->b = e; /* the text's group is longer: "UBND các xã, phường, đặc khu" */
    else if (!coll && (e = seg_office_group_at(p, h->a)) > h->b)
        h->b = e; /* without "các" too: "phối hợp với sở, ban, ngành, đoàn thể Thành phố hướng dẫn" */
    char *w = seg_body_name(p, h->a, h->b);
    if (!w)
        return;
    free(h->name);
    free(h->successor);
    h->name = w;
    h->successor = NULL;
    h->collective = 1;
}

/* "Chỉ đạo các đơn vị trực thuộc thực hiện ..." under "3. Sở Y tế:": a
 * group "trực thuộc" with no body after it is under the body the heading
 * above names; named so ("các đơn vị trực thuộc Sở Y tế"). */
static void under_heading_body(const actx *c, hit *h, const seg_para *p)
{
    if (!h->collective || !h->name || h->keep_name)
        return;
    const char *joiner = NULL;
    size_t j = skip_sp(p->fold, p->nchar, h->b);
    char *hf = seg_fold_str(h->name);
    if (hf && !strcmp(hf, "cac to chuc thanh vien") && !seg_word_at(p->fold, p->nchar, j, "cua"))
        joiner = " của "; /* "Chỉ đạo các tổ chức thành viên" under "9. Đề nghị Ủy ban MTTQ tỉnh" */
    free(hf);
    if (!joiner && seg_word_at(p->fold, p->nchar, j, "truc thuoc")) {
        size_t k = skip_sp(p->fold, p->nchar, j + strlen("truc thuoc")), bi = p->cpos[k < p->nchar ? k : p->nchar];
        if (k < p->nchar && (cp_is_upper(seg_utf8_next(p->text, p->cpos[p->nchar], &bi)) ||
                             seg_word_at(p->fold, p->nchar, k, "cac")))
            return; /* "trực thuộc Sở Y tế" names its body itself */
        joiner = " trực thuộc ";
    }
    if (!joiner)
        return;
    const seg_doc *d = c->d;
    for (int s = p->section; s >= 0; s = d->secs[s].parent) {
        const seg_para *hp = &d->paras[d->secs[s].para];
        if (hp == p)
            continue;
        size_t a = ag_duty_of(hp, hp->label_chars);
        if (!a && seg_word_at(hp->fold, hp->nchar, hp->label_chars, "de nghi"))
            a = skip_sp(hp->fold, hp->nchar, hp->label_chars + 7);
        hit b;
        if (!ag_match_at(c, hp, a ? a : hp->label_chars, NULL, 0, &b))
            continue;
        if (!b.collective && b.name) {
            sbuf t = {0};
            sb_puts(&t, h->name);
            sb_puts(&t, joiner);
            sb_puts(&t, b.name);
            free(h->name);
            h->name = sb_take(&t, NULL);
            h->keep_name = 1;
        }
        free(b.name);
        free(b.successor);
        return;
    }
}

/* Does p stand inside a model form (forms.c)? Copies of a paragraph (a
 * table's cell) are not the document's and are read as they come. */
static int in_form(const actx *c, const seg_para *p)
{
    const seg_doc *d = c->d;
    return c->in_form && p >= d->paras && p < d->paras + d->nparas && c->in_form[p - d->paras];
}

seg_agency *ag_find_or_add(actx *c, hit *h, const seg_para *p)
{
    seg_result *r = c->r;
    if (h->src)
        p = h->src;
    if (in_form(c, p))
        return NULL; /* a sample decision's blanks name no one */
    group_as_written(h, p);
    under_heading_body(c, h, p);
    if (!ag_sane_name(p, h))
        return NULL; /* "Bộ Bộ phận", "cơ quan đó": no body a reader names */
    for (size_t k = 0; k < r->n_agencies; k++)
        if (ag_same_name(r->agencies[k].name, h->name))
            return &r->agencies[k];
    seg_agency *q = realloc(r->agencies, (r->n_agencies + 1) * sizeof *q);
    if (!q) {
        c->d->oom = 1;
        return NULL;
    }
    r->agencies = q;
    seg_agency *a = &r->agencies[r->n_agencies++];
    memset(a, 0, sizeof *a);
    a->name = seg_strdup(h->name);
    a->successor = seg_strdup(h->successor);
    a->as_written = seg_strndup(p->text + p->cpos[h->a], p->cpos[h->b] - p->cpos[h->a]);
    a->abbreviation = h->e ? seg_strdup(h->e->abbrev) : NULL;
    a->kind = h->e ? seg_strdup(h->e->kind) : NULL;
    a->collective = h->collective || (h->e && !strcmp(h->e->kind, "group"));
    a->linked = h->e != NULL;
    a->valid_at_date = -1;
    if (c->d->year && h->e) {
        int before = h->e->valid_from && seg_date_cmp(h->e->valid_from, c->d->year, c->d->month, c->d->day) > 0;
        int after = h->e->valid_to && seg_date_cmp(h->e->valid_to, c->d->year, c->d->month, c->d->day) < 0;
        a->valid_at_date = !(before || after);
    }
    a->page = p->page;
    a->start = p->start;
    a->end = p->end;
    return a;
}

/* A role's place in role_order, strongest first; unknown roles last. */
static int role_rank(const char *role)
{
    int k;
    for (k = 0; role && role_order[k]; k++)
        if (!strcmp(role_order[k], role))
            return k;
    return k;
}

void ag_add_role(seg_agency *a, const char *role)
{
    for (size_t k = 0; k < a->n_roles; k++)
        if (!strcmp(a->roles[k], role))
            return;
    char **q = realloc(a->roles, (a->n_roles + 1) * sizeof *q);
    if (!q)
        return;
    a->roles = q;
    a->roles[a->n_roles++] = seg_strdup(role);
    /* keep them strongest first */
    for (size_t i = 1; i < a->n_roles; i++)
        for (size_t j = i; j > 0; j--) {
            if (role_rank(a->roles[j]) < role_rank(a->roles[j - 1])) {
                char *t = a->roles[j];
                a->roles[j] = a->roles[j - 1];
                a->roles[j - 1] = t;
            }
        }
    a->role = a->roles[0];
}

/* A task's deadline: its "Thời gian thực hiện: Quý IV/2025" (the year it
 * ends by, not a start: seg_end_year), else what its text states ("trước ngày 15/12/2025", "trong giai
 * đoạn 2023 - 2025"), with the words as written. */
static void task_deadline_span(const seg_para *p, seg_task *t, size_t from, size_t to);

void ag_task_deadline(const seg_para *p, seg_task *t)
{
    task_deadline_span(p, t, 0, p->nchar);
}

/* The same, read from character from of p on: a task that starts in a
 * later sentence of its item ("... hoàn thành nghiệm thu ... trong tháng
 * 11 năm 2025. Đồng thời tiếp tục phối hợp với các nhà thầu ...") is dated
 * by what its own sentences say, not by the earlier sentence's date, which
 * is the first body's. Read up to character to (exclusive). */
static void task_deadline_span(const seg_para *p, seg_task *t, size_t from, size_t to)
{
    static const char *const labels[] = {"thoi gian thuc hien", "thoi gian hoan thanh", "thoi han hoan thanh",
                                         "thoi han thuc hien", "thoi han", NULL};
    const char *f = p->fold + from;
    size_t n = to - from;
    for (int k = 0; labels[k]; k++) {
        const char *q = strstr(f, labels[k]);
        if (!q || (size_t)(q - f) + strlen(labels[k]) > n)
            continue;
        size_t a = (size_t)(q - f) + strlen(labels[k]);
        while (a < n && (f[a] == ':' || f[a] == ' '))
            a++;
        size_t b = a;
        while (b < n && f[b] != ';' && !(f[b] == '.' && (b + 1 == n || f[b + 1] == ' ')))
            b++;
        int y = seg_end_year(f, a, b); /* a start ("Từ tháng 11/2025 ...") is none */
        if (y > t->deadline)
            t->deadline = y;
        if (b > a)
            t->deadline_text = seg_clean(p->text + p->cpos[from + a], p->cpos[from + b] - p->cpos[from + a]);
        return;
    }
    t->deadline = seg_deadline_in(f, n);
    if (!t->deadline)
        return;
    /* the words before the year: "trước ngày 15/12/2025", "trong năm 2025" */
    static const char *const lead[] = {"truoc ngay", "cham nhat", "den het", "den nam", "den ngay", "trong nam",
                                       "trong giai doan", "giai doan", "trong quy", "quy", "truoc", "trong",
                                       "den", "nam", NULL};
    char yb[8];
    snprintf(yb, sizeof yb, "%d", t->deadline);
    const char *last = NULL;
    for (const char *q = strstr(f, yb); q && (size_t)(q - f) + 4 <= n; q = strstr(q + 1, yb))
        last = q;
    if (!last)
        return;
    size_t y = (size_t)(last - f), lo = y > 40 ? y - 40 : 0, a = y;
    for (int k = 0; lead[k] && a == y; k++)
        for (size_t i = lo; i < y; i++)
            if (!strncmp(f + i, lead[k], strlen(lead[k])) && (i == 0 || !isalnum((unsigned char)f[i - 1]))) {
                a = i;
                break;
            }
    t->deadline_text = seg_clean(p->text + p->cpos[from + a], p->cpos[from + y + 4] - p->cpos[from + a]);
}

/* Is the word [w, e) of p a Vietnamese syllable written in title case
 * ("Hới", "Lệ", "Hà"): a vowel, no capital after its first letter, more
 * than one letter? Such a word closing a sentence is a place's or a
 * person's last syllable ("... Cụm công nghiệp Tây Bắc Đồng Hới. Giao Sở
 * ..."); an abbreviation has no vowel ("Tp", "ThS", "Bs") or a second
 * capital ("TP", "PGS"), and a lone capital is an initial. */
static int syllable_word(const seg_para *p, size_t w, size_t e)
{
    size_t v = w;
    while (v < e && !strchr("aeiouy", p->fold[v]))
        v++;
    if (e - w < 2 || v == e)
        return 0;
    size_t bi = p->cpos[w];
    seg_utf8_next(p->text, p->cpos[p->nchar], &bi);
    while (bi < p->cpos[e])
        if (cp_is_upper(seg_utf8_next(p->text, p->cpos[p->nchar], &bi)))
            return 0;
    return 1;
}

/* Does a new sentence start at character k of p: a full stop closing the
 * word before it, a blank, and a capital ("... trên địa bàn tỉnh. Phối hợp
 * với ...")? Not after a dotted abbreviation, a short word opening with a
 * capital that is no syllable ("TP. Hồ Chí Minh", "ThS. Nguyễn ..."), whose
 * stop closes no sentence. k is the character after the blank. */
static int sentence_starts_at(const seg_para *p, size_t from, size_t k)
{
    const char *f = p->fold;
    if (k < 3 || k >= p->nchar || !seg_sentence_stop(f, k - 2))
        return 0;
    size_t bi = p->cpos[k];
    if (!cp_is_upper(seg_utf8_next(p->text, p->cpos[p->nchar], &bi)))
        return 0;
    size_t w = k - 2; /* the stop; the word before it runs back to a blank */
    while (w > 0 && f[w - 1] != ' ')
        w--;
    if (w <= from)
        return 0; /* the item's first word: a label the layout left ("4. Trường hợp ...", "1a.") */
    bi = p->cpos[w];
    if (k - 2 - w <= 3 && cp_is_upper(seg_utf8_next(p->text, p->cpos[p->nchar], &bi)) && !syllable_word(p, w, k - 2))
        return 0;
    return 1;
}

/* Where the task of a body named at character at of p starts: the item's
 * first words, or, when the body is first named in a later sentence of the
 * item, that sentence, since the item's first sentence gave it no task
 * ("Rà soát .... Phối hợp với Sở Tài chính đề xuất ...": the partner's task
 * is the second sentence; "Trên đây là Kế hoạch .... Trong quá trình thực
 * hiện, ... đề nghị X phản ánh ...": the request; ANNOTATING.md, tenth rule
 * set). from is where the item's text starts (after its label). */
static size_t sentence_of(const seg_para *p, size_t from, size_t at)
{
    size_t s = from;
    for (size_t k = from + 3; k <= at && k < p->nchar; k++)
        if (sentence_starts_at(p, from, k))
            s = k;
    return s;
}

/* Is the body named at [a, b) of p named in [from, s) too, other than as
 * the one a thing is sent, said or owed to ("gửi hồ sơ đến Cục Chăn nuôi",
 * "thông báo cho cơ quan đề xuất", "khiếu nại với ...", "đề nghị của ...")?
 * Named so, as a subject or an agent ("..., Cục Chăn nuôi thẩm định hồ
 * sơ."), the earlier sentence gave it its task, and the task starts with
 * the item (several sentences of one item are one task of a body). */
static int named_before(const seg_para *p, size_t from, size_t s, size_t a, size_t b)
{
    static const char *const to[] = {"cho", "den", "toi", "voi", "ve", "cua", "gui", "tai", "trinh", "bao cao",
                                     "y kien", "de nghi", NULL};
    const char *f = p->fold;
    /* the name's first four words, without "các": "các doanh nghiệp, tổ
     * chức kinh tế" is named by "Doanh nghiệp, tổ chức kinh tế, hộ ...", a
     * class with a relative clause by its head ("các cơ quan chức năng
     * được phép ..." by "các cơ quan chức năng có trách nhiệm ...") */
    if (seg_word_at(f, b, a, "cac"))
        a = skip_sp(f, b, a + 3);
    size_t e = a;
    for (int w = 0; w < 4 && e < b; w++) {
        while (e < b && f[e] != ' ')
            e++;
        if (w < 3)
            while (e < b && f[e] == ' ')
                e++;
    }
    b = e;
    size_t len = b - a;
    if (len < 3)
        return 0;
    for (size_t q = from; q + len <= s; q++) {
        if (strncmp(f + q, f + a, len) || (q > 0 && isalnum((unsigned char)f[q - 1])) ||
            isalnum((unsigned char)f[q + len]))
            continue;
        size_t w = q; /* the end of the word before the mention */
        while (w > from && f[w - 1] == ' ')
            w--;
        int sent = 0;
        for (int k = 0; to[k] && !sent; k++) {
            size_t l = strlen(to[k]);
            sent = w >= from + l && !strncmp(f + w - l, to[k], l) && (w - l == 0 || f[w - l - 1] == ' ');
        }
        if (!sent)
            return 1;
    }
    return 0;
}

static void add_task_from(actx *c, seg_agency *a, const seg_para *p, const char *role, size_t from);

void ag_add_task(actx *c, seg_agency *a, const seg_para *p, const char *role)
{
    add_task_from(c, a, p, role, ag_name_label_end(c, p));
}

/* The deadline of task t of p whose text starts at from: a task that
 * starts in a later sentence of its item than the label leaves is dated by
 * its own sentences; where they state nothing and the earlier sentence
 * dates itself, it inherits nothing either (SEG_UNDATED, which
 * seg_task_deadlines clears). */
/* Does the sentence at k of p open with a body other than a, the subject
 * of its clause or the one "Giao", "Đề nghị", "Yêu cầu" address ("...
 * chịu trách nhiệm tổ chức thực hiện Chỉ thị này. Văn phòng Ủy ban nhân
 * dân tỉnh theo dõi, đôn đốc ..., báo cáo ... trước ngày 15/12/2026")?
 * Such a sentence gives that body its own task, and what it dates is
 * that task's. One body named twice, with its province or without, is
 * the same. */
static int other_body_opens(const actx *c, const seg_para *p, size_t k, const seg_agency *a)
{
    static const char *const asks[] = {"giao", "de nghi", "yeu cau", NULL};
    if (!a || !a->name)
        return 0;
    size_t l = seg_word_in(p->fold, p->nchar, k, asks);
    size_t j = ag_after_title(c, p, l ? skip_sp(p->fold, p->nchar, k + l) : k);
    hit h;
    if (!ag_match_at(c, p, j, NULL, 0, &h))
        return 0;
    char *fh = h.name ? seg_fold_str(h.name) : NULL, *fa = seg_fold_str(a->name);
    int other = fh && fa && strncmp(fh, fa, strlen(fh)) && strncmp(fa, fh, strlen(fa));
    free(fh);
    free(fa);
    free(h.name);
    free(h.successor);
    return other;
}

/* The deadline of a task that starts with its item, at from: what its
 * item states, less the sentences after it that give another body a task
 * of its own (other_body_opens): the date a directive's closing paragraph
 * gives its office's follow-up is not the heads' formula's before it.
 * With no such sentence, the whole item (ag_task_deadline). */
static void own_sentences_deadline(const actx *c, const seg_para *p, const seg_agency *a, seg_task *t, size_t from)
{
    size_t cut[16], nc = 0;
    for (size_t k = from + 3; k < p->nchar && nc + 1 < 16; k++)
        if (sentence_starts_at(p, from, k))
            cut[nc++] = k;
    int other[16] = {0}, any = 0;
    for (size_t m = 0; m < nc; m++)
        any |= other[m] = other_body_opens(c, p, cut[m], a);
    if (!any) {
        ag_task_deadline(p, t);
        return;
    }
    /* sentence m runs from its start (from, then the cuts) to the next */
    for (size_t m = 0; m <= nc; m++) {
        if (m > 0 && other[m - 1])
            continue;
        size_t lo = m ? cut[m - 1] : 0, hi = m < nc ? cut[m] : p->nchar;
        seg_task s = {0};
        task_deadline_span(p, &s, lo, hi);
        if (s.deadline > t->deadline || (!t->deadline && !t->deadline_text && s.deadline_text)) {
            free(t->deadline_text);
            t->deadline = s.deadline;
            t->deadline_text = s.deadline_text;
            s.deadline_text = NULL;
        }
        free(s.deadline_text);
    }
    /* undated by its own words while another body's sentence is dated: the
     * paragraph's date (a target's, seg_task_deadlines) is not this task's */
    for (size_t m = 0; m < nc && !t->deadline && !t->deadline_text; m++) {
        size_t hi = m + 1 < nc ? cut[m + 1] : p->nchar;
        if (other[m] && seg_deadline_in(p->fold + cut[m], hi - cut[m]))
            t->deadline = SEG_UNDATED;
    }
}

static void task_deadline_at(const actx *c, const seg_para *p, const seg_agency *a, seg_task *t, size_t from)
{
    free(t->deadline_text);
    t->deadline_text = NULL;
    t->deadline = 0;
    size_t own = ag_name_label_end(c, p);
    if (from > own) {
        task_deadline_span(p, t, from, p->nchar);
        if (!t->deadline && !t->deadline_text && seg_deadline_in(p->fold + own, from - own))
            t->deadline = SEG_UNDATED;
    } else
        own_sentences_deadline(c, p, a, t, from);
}

/* A clause an amending act quotes opens with the quote mark and the label
 * it holds in the amended text ("“2. Sở Tài chính có trách nhiệm ...”",
 * "“c) Kho bạc ..."): the task is the amended text's clause, read as any
 * clause is, without its label (ANNOTATING.md: a task's text is the item
 * without its label). Where the task starts past both, or from. */
static size_t past_quoted_label(const seg_para *p, size_t from)
{
    const char *f = p->fold;
    size_t n = p->nchar, j = from + 1;
    if (from + 3 >= n || f[from] != '"')
        return from;
    if (isdigit((unsigned char)f[j])) {
        while (j < n && (isdigit((unsigned char)f[j]) || (f[j] == '.' && j + 1 < n && isdigit((unsigned char)f[j + 1]))))
            j++;
        if (j >= n || f[j] != '.')
            return from;
    } else if (isalpha((unsigned char)f[j]) && j + 1 < n && f[j + 1] == ')')
        j++;
    else
        return from;
    j++;
    if (j >= n || f[j] != ' ')
        return from;
    return skip_sp(f, n, j);
}

static void add_task_from(actx *c, seg_agency *a, const seg_para *p, const char *role, size_t from)
{
    if (in_form(c, p))
        return; /* an item of a form under a heading outside it */
    from = past_quoted_label(p, from);
    const char *sec = p->section >= 0 ? c->d->secs[p->section].id : NULL;
    for (size_t k = 0; k < a->n_tasks; k++)
        if (a->tasks[k].start == p->start) {
            /* several sentences of one item that give one body tasks are
             * one task, from the first of them: an earlier start read
             * later (a heading's body given the item after its later
             * sentence named it) takes the text back to it */
            const char *t = p->text + p->cpos[from];
            if (a->tasks[k].text && strlen(t) > strlen(a->tasks[k].text)) {
                char *q = seg_strdup(t);
                if (q) {
                    free(a->tasks[k].text);
                    a->tasks[k].text = q;
                    task_deadline_at(c, p, a, &a->tasks[k], from);
                }
            }
            /* one item gives one body one task: where a later clause of it
             * makes the body lead ("chỉ đạo ...; chủ trì, phối hợp với ..."),
             * the task holds the stronger role (ANNOTATING.md, tenth rule
             * set). Only leading: the other roles a second reading of the
             * item gives are not surer than the first's */
            if (!strcmp(role, "chủ trì") && role_rank(role) < role_rank(a->tasks[k].role)) {
                char *r = seg_strdup(role);
                if (r) {
                    free(a->tasks[k].role);
                    a->tasks[k].role = r;
                }
            }
            return;
        }
    seg_task *q = realloc(a->tasks, (a->n_tasks + 1) * sizeof *q);
    if (!q) {
        c->d->oom = 1;
        return;
    }
    a->tasks = q;
    seg_task *t = &a->tasks[a->n_tasks++];
    memset(t, 0, sizeof *t);
    t->text = seg_strdup(p->text + p->cpos[from]);
    t->section = seg_strdup(sec);
    t->role = seg_strdup(role);
    task_deadline_at(c, p, a, t, from);
    t->page = p->page;
    t->start = p->start;
    t->end = p->end;
}

void ag_assign(actx *c, hit *h, const seg_para *p, const char *role, int task)
{
    if (ag_in_scope_article(c->d, p))
        return; /* "Điều 2. Đối tượng áp dụng": named, given nothing */
    if (!h->src && ag_in_amended_wording(p, h->a))
        return; /* the wording of another text: ag_amended_duties */
    if (task && ag_scope_reference(c, h, p, role))
        return; /* "... quy định tại Điều 2": the bodies that article names */
    seg_agency *a = ag_find_or_add(c, h, p);
    if (!a)
        return;
    ag_add_role(a, role);
    if (!task)
        return;
    size_t from = ag_name_label_end(c, p);
    if (!h->src && h->a > from && h->b <= p->nchar) {
        size_t s = sentence_of(p, from, h->a);
        if (!named_before(p, from, s, h->a, h->b))
            from = ag_request_clause(c, p, s, h->a);
    }
    add_task_from(c, a, p, role, from);
}

static int merge_pair(seg_result *r, size_t i, size_t j);

/* A paragraph given to a body under both its names ("Thanh tra Bộ" and
 * "Thanh tra Bộ Công an") is one task of the body once they are one. */
static void drop_twice_given(seg_agency *a)
{
    size_t w = 0;
    for (size_t k = 0; k < a->n_tasks; k++) {
        size_t q;
        for (q = 0; q < w && !(a->tasks[q].start == a->tasks[k].start && a->tasks[q].end == a->tasks[k].end); q++)
            ;
        if (q < w) {
            seg_task_release(&a->tasks[k]);
            continue;
        }
        a->tasks[w++] = a->tasks[k];
    }
    a->n_tasks = w;
}

/* Agencies i and j are one body: merged (merge_pair), the one left in the
 * earlier slot holding each paragraph once. 0 when memory failed, the
 * list as it was. */
static int merge_as_one(seg_result *r, size_t i, size_t j)
{
    size_t keep = i < j ? i : j;
    if (!merge_pair(r, i, j))
        return 0;
    drop_twice_given(&r->agencies[keep]);
    return 1;
}

/* In a ministry's document "Văn phòng Bộ", "Thanh tra Bộ" are the
 * issuer's own: "Văn phòng Bộ Nông nghiệp và Môi trường", one body with
 * the unit named in full elsewhere in it. */
static void ministry_units(seg_result *r)
{
    const char *iss = r->metadata.issuer;
    if (!iss || strncmp(iss, "Bộ ", strlen("Bộ ")))
        return;
    for (size_t i = 0; i < r->n_agencies; i++) {
        seg_agency *a = &r->agencies[i];
        if (strcmp(a->name, "Văn phòng Bộ") && strcmp(a->name, "Thanh tra Bộ"))
            continue;
        sbuf b = {0};
        sb_add(&b, a->name, strlen(a->name) - strlen("Bộ"));
        sb_puts(&b, iss);
        char *n = sb_take(&b, NULL);
        if (!n)
            continue;
        free(a->name);
        a->name = n;
        for (size_t j = 0; j < r->n_agencies; j++)
            if (j != i && ag_same_name(r->agencies[j].name, n)) {
                merge_as_one(r, i, j);
                i = (size_t)-1; /* the list moved: read it again */
                break;
            }
    }
}

/* The folded name s without a head's title of heads[] ("chu tich ..."),
 * or s when it has none. */
static const char *without_head(const char *s)
{
    static const char *const heads[] = {"chu tich ", "thu tuong ", "bo truong ", "giam doc ", "truong ban ", NULL};
    for (int k = 0; heads[k]; k++)
        if (!strncmp(s, heads[k], strlen(heads[k])))
            return s + strlen(heads[k]);
    return s;
}

/* Is the agency named a the issuer, or its head acting for it ("Chủ
 * tịch Ủy ban nhân dân tỉnh" in the UBND's document, "Thủ tướng Chính
 * phủ" in the Government's)? The issuer's full name is folded in iss; a
 * name without its place stands for it when the issuer's name goes on with
 * one ("Ủy ban nhân dân tỉnh" for "... tỉnh Gia Lai"). An issuer that is
 * a head ("Chủ tịch Ủy ban nhân dân tỉnh Gia Lai", "Thủ tướng Chính phủ")
 * acts for the body it heads, which a person by office stands for
 * (names.c): "Ủy ban nhân dân tỉnh Gia Lai", "Chính phủ" are it too. */
static int names_issuer(const char *name, const char *iss)
{
    char *f = seg_fold_str(name);
    if (!f)
        return 0;
    const char *rest = without_head(f), *body = without_head(iss);
    size_t rl = strlen(rest), il = strlen(body);
    /* a level's word without its place, "Ủy ban nhân dân tỉnh", and since
     * 2025's two-level government the commune's too, "Ủy ban nhân dân xã
     * yêu cầu ..." in the letter of "Ủy ban nhân dân xã Tân An" */
    static const char *const levels[] = {" tinh", " thanh pho", " xa", " phuong", " dac khu", NULL};
    int level = 0;
    for (int k = 0; levels[k] && !level; k++)
        level = str_ends_with(rest, levels[k]);
    int r = !strcmp(rest, body) || (rl < il && !strncmp(rest, body, rl) && body[rl] == ' ' && level);
    free(f);
    return r;
}

int ag_is_issuer(const seg_result *r, const char *name)
{
    const char *names[2] = {r->metadata.issuer_full, r->metadata.issuer};
    int is = 0;
    for (int w = 0; w < 2 && !is; w++) {
        char *iss = names[w] ? seg_fold_str(names[w]) : NULL;
        is = iss && names_issuer(name, iss);
        free(iss);
    }
    return is;
}

/* The rank of a body by its folded name, from the top of the State and
 * the Party down to a province's own bodies; NONE for any other. */
enum { NONE, ASSEMBLY, GOVERNMENT, MINISTRY, COUNCIL, PROVINCE };

static int rank_of(const char *f, const char *kind)
{
    /* the National Assembly, its standing committee and its committees
     * ("Ủy ban Pháp luật và Tư pháp của Quốc hội"); the Party's centre */
    if (!strncmp(f, "quoc hoi", 8) || !strncmp(f, "uy ban thuong vu quoc hoi", 25) ||
        (!strncmp(f, "uy ban ", 7) && str_ends_with(f, " quoc hoi")) || !strcmp(f, "bo chinh tri") ||
        !strcmp(f, "ban bi thu") || !strncmp(f, "ban chap hanh trung uong", 24))
        return ASSEMBLY;
    if (!strcmp(f, "chinh phu") || !strcmp(f, "thu tuong chinh phu") || !strcmp(f, "thu tuong"))
        return GOVERNMENT;
    /* a ministry, as the gazetteer knows it (not "Bộ Chỉ huy Quân sự
     * tỉnh", a province's command) */
    if (kind && !strcmp(kind, "central") && !strncmp(f, "bo ", 3))
        return MINISTRY;
    /* a province's council and its standing body, its Party committee */
    if (!strncmp(f, "hoi dong nhan dan tinh", 22) || !strncmp(f, "hoi dong nhan dan thanh pho", 27) ||
        !strncmp(f, "thuong truc hoi dong nhan dan", 29) || !strncmp(f, "tinh uy", 7) ||
        !strncmp(f, "thanh uy", 8) || !strncmp(f, "ban thuong vu tinh uy", 21) ||
        !strncmp(f, "ban thuong vu thanh uy", 22))
        return COUNCIL;
    if (!strncmp(f, "uy ban nhan dan tinh", 20) || !strncmp(f, "uy ban nhan dan thanh pho", 25))
        return PROVINCE;
    return NONE;
}

/* The issuer's rank: as rank_of, MINISTRY for any ministry or its unit
 * (a Cục under its Bộ), and for a body of a province that is none of
 * those ranks, a province's unit (a Sở under its UBND) below PROVINCE. */
enum { UNIT = PROVINCE + 1, OTHER };

static int issuer_rank(const seg_result *r)
{
    const char *iss = r->metadata.issuer_full ? r->metadata.issuer_full : r->metadata.issuer;
    char *f = iss ? seg_fold_str(iss) : NULL;
    char *pf = r->metadata.parent_body ? seg_fold_str(r->metadata.parent_body) : NULL;
    int k = OTHER;
    if (f) {
        const char *own = f;
        if (!strncmp(own, "chu tich ", 9))
            own += 9; /* the Chủ tịch's act is his committee's */
        k = rank_of(own, NULL);
        if (k == NONE && (!strncmp(own, "bo ", 3) || (pf && !strncmp(pf, "bo ", 3))))
            k = MINISTRY;
        else if (k == NONE && (strstr(own, " tinh") || strstr(own, " thanh pho") ||
                               (pf && (rank_of(pf, NULL) == PROVINCE || !strncmp(pf, "ubnd ", 5)))))
            k = UNIT;
        else if (k == NONE)
            k = OTHER;
    }
    free(f);
    free(pf);
    return k;
}

/* Is the body named name (kind: the gazetteer's kind for it, or NULL)
 * above an issuer of rank i (issuer_rank)? */
static int name_above(int i, const char *name, const char *kind)
{
    char *f = seg_fold_str(name);
    int above = 0;
    if (f) {
        int k = rank_of(f, kind);
        /* a ministry is above a province and its units, not above another
         * ministry; a province's council above its committee and units */
        above = k != NONE && (i == OTHER ? 0 : k < i) &&
                !(k == MINISTRY && i == COUNCIL) && !(k == PROVINCE && i != UNIT);
    }
    free(f);
    return above;
}

int ag_above_issuer(const seg_result *r, const hit *h)
{
    if (!h->name || h->collective)
        return 0;
    return name_above(issuer_rank(r), h->name, h->e ? h->e->kind : NULL);
}

/* A letter of a province or its units asking a ministry, the Government
 * or its own council ("kính đề nghị Bộ Tài chính xem xét, trình ...",
 * "Đề nghị Bộ Xây dựng có ý kiến ...") proposes: it cannot set its
 * superiors' duties (ANNOTATING.md, eighth rule set), so the "đề nghị" a
 * body above the issuer holds gives it no role and no task; what else the
 * text gives it stays ("phối hợp với X": tenth rule set). A body left with
 * no role is no agency. */
static void drop_proposed_superiors(seg_result *r)
{
    int rank = issuer_rank(r);
    for (size_t i = 0; i < r->n_agencies;) {
        seg_agency *a = &r->agencies[i];
        if (a->collective || !a->name || !name_above(rank, a->name, a->kind)) {
            i++;
            continue;
        }
        size_t w = 0;
        for (size_t k = 0; k < a->n_tasks; k++) {
            if (a->tasks[k].role && !strcmp(a->tasks[k].role, "đề nghị")) {
                seg_task_release(&a->tasks[k]);
                continue;
            }
            a->tasks[w++] = a->tasks[k];
        }
        a->n_tasks = w;
        w = 0;
        for (size_t k = 0; k < a->n_roles; k++) {
            if (!strcmp(a->roles[k], "đề nghị")) {
                free(a->roles[k]);
                continue;
            }
            a->roles[w++] = a->roles[k];
        }
        a->n_roles = w;
        a->role = w ? a->roles[0] : NULL;
        if (!w) {
            seg_agency_drop(r, i);
            continue;
        }
        i++;
    }
}

/* The issuer is no agency of its own document, even where the text gives
 * it or its head a duty ("Bộ Tài chính tổng hợp ...", "Chủ tịch Ủy ban
 * nhân dân thành phố xem xét ..."): the document is its act (ANNOTATING.md,
 * fourth rule set). Its units ("Văn phòng Bộ ...") stay. */
static void drop_issuer(seg_result *r)
{
    const char *names[2] = {r->metadata.issuer_full, r->metadata.issuer};
    for (int w = 0; w < 2; w++) {
        char *iss = names[w] ? seg_fold_str(names[w]) : NULL;
        for (size_t i = 0; iss && i < r->n_agencies;) {
            seg_agency *a = &r->agencies[i];
            if (a->collective || !names_issuer(a->name, iss)) {
                i++;
                continue;
            }
            seg_agency_drop(r, i);
        }
        free(iss);
    }
}

/* Does b name a's body with its place ("Văn phòng Ủy ban nhân dân tỉnh" and
 * "... tỉnh Nghệ An", "Ban Quản lý khu Kinh tế" and "... tỉnh Đồng Tháp")? */
static int with_place(const seg_agency *a, const seg_agency *b)
{
    static const char *const place[] = {"tỉnh ", "Tỉnh ", "thành phố ", "Thành phố ", NULL};
    size_t la = strlen(a->name);
    if (a->collective || b->collective || strncmp(b->name, a->name, la) || b->name[la] != ' ')
        return 0;
    const char *rest = b->name + la + 1;
    /* "... tỉnh" + "Nghệ An", or no place word yet + "tỉnh Đồng Tháp" */
    if (str_ends_with(a->name, " tỉnh") || str_ends_with(a->name, " Tỉnh") || str_ends_with(a->name, " thành phố") ||
        str_ends_with(a->name, " Thành phố"))
        return !strchr(rest, ',');
    for (int k = 0; place[k]; k++)
        if (!strncmp(rest, place[k], strlen(place[k])) && !strchr(rest, ','))
            return 1;
    /* the place word alone, the issuer's own level written bare ("Sở Khoa
     * học và Công nghệ Thành phố" in the city's act): the same office, when
     * the shorter was written so (not "lực lượng Công an", a force, nor an
     * abbreviation that may stand for the offices of two levels) */
    if (!a->as_written || strcmp(a->as_written, a->name))
        return 0;
    for (int k = 0; place[k]; k++)
        if (!strncmp(rest, place[k], strlen(place[k]) - 1) && !rest[strlen(place[k]) - 1])
            return 1;
    return 0;
}

/* b takes a's roles and tasks and, when a came first, a's place in the text;
 * a goes from the list and b keeps the earlier of the two slots. */
static int merge_pair(seg_result *r, size_t i, size_t j)
{
    seg_agency *a = &r->agencies[i], *b = &r->agencies[j];
    seg_task *q = realloc(b->tasks, (b->n_tasks + a->n_tasks + 1) * sizeof *q);
    if (!q)
        return 0;
    b->tasks = q;
    /* one item gives one body one task (ANNOTATING.md, tenth rule set):
     * a paragraph both wordings were given ("Chủ tịch Ủy ban nhân dân
     * tỉnh, thành phố trực thuộc Trung ương" read as the level and as its
     * units) stays one task, with the stronger role */
    for (size_t k = 0; k < a->n_tasks; k++) {
        seg_task *t = &a->tasks[k];
        size_t m;
        for (m = 0; m < b->n_tasks && !(b->tasks[m].start == t->start && b->tasks[m].end == t->end); m++)
            ;
        if (m == b->n_tasks) {
            b->tasks[b->n_tasks++] = *t;
            continue;
        }
        if (role_rank(t->role) < role_rank(b->tasks[m].role)) {
            char *r = b->tasks[m].role;
            b->tasks[m].role = t->role;
            t->role = r;
        }
        seg_task_release(t);
    }
    free(a->tasks);
    a->tasks = NULL;
    a->n_tasks = 0;
    for (size_t k = 0; k < a->n_roles; k++)
        ag_add_role(b, a->roles[k]);
    seg_agency merged = *b;
    merged.collective = b->collective || a->collective;
    if (a->start < b->start) {
        free(merged.as_written);
        merged.as_written = a->as_written;
        a->as_written = NULL;
        merged.page = a->page;
        merged.start = a->start;
        merged.end = a->end;
    }
    free(a->name); free(a->successor); free(a->as_written); free(a->abbreviation); free(a->kind);
    for (size_t k = 0; k < a->n_roles; k++)
        free(a->roles[k]);
    free(a->roles);
    /* the merged one takes the earlier place; the later goes */
    size_t keep = i < j ? i : j, drop = i < j ? j : i;
    r->agencies[keep] = merged;
    memmove(&r->agencies[drop], &r->agencies[drop + 1], (r->n_agencies - drop - 1) * sizeof *r->agencies);
    r->n_agencies--;
    return 1;
}

/* The longer body whose name as written the mention of a at t is the
 * start of, one that goes on from a's name: its index, or -1. */
static long longer_at(const seg_result *r, const seg_agency *a, const char *t)
{
    size_t al = strlen(a->as_written), nl = strlen(a->name);
    for (size_t j = 0; j < r->n_agencies; j++) {
        const seg_agency *b = &r->agencies[j];
        size_t bl = b->as_written ? strlen(b->as_written) : 0;
        if (b != a && !b->collective && bl > al && !strncmp(t, b->as_written, bl) &&
            !strncmp(b->name, a->name, nl) && (b->name[nl] == ' ' || b->name[nl] == ','))
            return (long)j;
    }
    return -1;
}

/* Is every mention of a in the paragraph a was first given a duty in
 * (from a->start) the start of another body's longer name, and a given
 * nothing elsewhere? The longer body's index in *into. */
static int cut_reading(const seg_doc *d, const seg_result *r, const seg_agency *a, long *into)
{
    const seg_para *p = NULL;
    size_t pk = 0;
    for (size_t k = 0; k < d->nparas && !p; k++)
        if (d->paras[k].start == a->start)
            p = &d->paras[pk = k];
    if (!p || !a->as_written || a->collective)
        return 0;
    /* the items under that paragraph when it is their lead-in (they take
     * its bodies' tasks: lead_over_acts, assign.c) count as it does */
    size_t to = pk + 1;
    while (to < d->nparas && seg_lower_rank(p, &d->paras[to]))
        to++;
    for (size_t k = 0; k < a->n_tasks; k++)
        if (a->tasks[k].start != a->start &&
            !(a->tasks[k].start > p->start && (to >= d->nparas || a->tasks[k].start < d->paras[to].start)))
            return 0;
    size_t al = strlen(a->as_written);
    int seen = 0;
    for (const char *t = strstr(p->text, a->as_written); t; t = strstr(t + al, a->as_written)) {
        if ((*into = longer_at(r, a, t)) < 0)
            return 0;
        seen = 1;
    }
    return seen;
}

/* One name read twice, once cut short at a word of it that is also a verb
 * or a list's comma ("Cục Cảnh sát" | "điều tra tội phạm về tham nhũng,
 * kinh tế, buôn lậu"): where the shorter is written only as the start of
 * longer names, it is that cut reading of the longer body, which takes
 * its roles and tasks (a letter's request to "Công ty TNHH MTV Khai thác
 * công" | "trình thủy lợi Quảng Ngãi", whose addressee line gave the name
 * whole, is that company's). */
static void drop_cut_readings(const seg_doc *d, seg_result *r)
{
    long into = -1;
    for (size_t i = 0; i < r->n_agencies; i++)
        if (cut_reading(d, r, &r->agencies[i], &into)) {
            size_t keep = i < (size_t)into ? i : (size_t)into;
            /* a heading the cut name was read in ("1. Trách nhiệm của Cục
             * Quản lý Khám, chữa bệnh:" over items) is no task of the body
             * (ANNOTATING.md, eighth rule set) */
            seg_agency *cut = &r->agencies[i];
            size_t w = 0;
            for (size_t k = 0; k < cut->n_tasks; k++) {
                const char *t = cut->tasks[k].text;
                size_t tl = t ? strlen(t) : 0;
                while (tl > 0 && t[tl - 1] == ' ')
                    tl--;
                if (tl > 0 && t[tl - 1] == ':') {
                    seg_task_release(&cut->tasks[k]);
                    continue;
                }
                cut->tasks[w++] = cut->tasks[k];
            }
            cut->n_tasks = w;
            char *as = w ? seg_strdup(r->agencies[into].as_written) : NULL;
            if (!as || !merge_pair(r, i, (size_t)into)) {
                free(as);
                seg_agency_drop(r, i);
            } else {
                /* the longer name as written, not the cut one */
                free(r->agencies[keep].as_written);
                r->agencies[keep].as_written = as;
                drop_twice_given(&r->agencies[keep]);
            }
            i = (size_t)-1; /* start again: the list changed */
        }
}

/* The folded name of a class (a collective named without a list's
 * comma), "các" aside: allocated, or NULL. */
char *ag_class_fold(const seg_agency *a)
{
    if (!a->collective || !a->name || strchr(a->name, ','))
        return NULL;
    char *f = seg_fold_str(a->name);
    if (f && !strncmp(f, "cac ", 4))
        memmove(f, f + 4, strlen(f + 4) + 1);
    return f;
}

/* Does the folded class a stand in p, and each time as the start of the
 * longer class b? */
static int only_within(const seg_para *p, const char *a, const char *b)
{
    size_t al = strlen(a), bl = strlen(b), n = p->nchar;
    int seen = 0;
    for (size_t q = 0; q + al <= n; q++) {
        if ((q > 0 && p->fold[q - 1] != ' ') || memcmp(p->fold + q, a, al) ||
            (q + al < n && isalnum((unsigned char)p->fold[q + al])))
            continue;
        if (q + bl > n || memcmp(p->fold + q, b, bl))
            return 0;
        seen = 1;
    }
    return seen;
}

/* One class read twice, once cut at a word of its complement that is
 * also a verb ("cơ quan thuế" | "quản lý trực tiếp ban hành ...", beside
 * "cơ quan thuế quản lý trực tiếp" read whole): where every task of the
 * shorter is one the longer holds too, and in each such paragraph the
 * shorter is written only as the start of the longer, the shorter is no
 * body of its own. drop_cut_readings does this for named bodies. */
static void drop_cut_classes(const seg_doc *d, seg_result *r)
{
    for (size_t i = 0; i < r->n_agencies; i++) {
        char *fa = ag_class_fold(&r->agencies[i]);
        size_t la = fa ? strlen(fa) : 0;
        int cut = 0;
        for (size_t j = 0; j < r->n_agencies && fa && !cut; j++) {
            const seg_agency *a = &r->agencies[i], *b = &r->agencies[j];
            char *fb = j == i || !a->n_tasks ? NULL : ag_class_fold(b);
            if (fb && strlen(fb) > la && !strncmp(fb, fa, la) && fb[la] == ' ') {
                cut = 1;
                for (size_t k = 0; k < a->n_tasks && cut; k++) {
                    int shared = 0;
                    for (size_t m = 0; m < b->n_tasks && !shared; m++)
                        shared = b->tasks[m].start == a->tasks[k].start;
                    const seg_para *p = NULL;
                    for (size_t q = 0; q < d->nparas && d->paras[q].start <= a->tasks[k].start; q++)
                        p = &d->paras[q];
                    cut = shared && p && only_within(p, fa, fb);
                }
            }
            free(fb);
        }
        free(fa);
        if (cut) {
            seg_agency_drop(r, i);
            i = (size_t)-1; /* start again: the list changed */
        }
    }
}

/* The same body named with and without its place is one agency: the
 * named one, at the first one's place in the list, with the roles and
 * tasks of both. */
static void merge_placed(seg_result *r)
{
    for (size_t i = 0; i < r->n_agencies; i++) {
        for (size_t j = 0; j < r->n_agencies; j++) {
            if (i == j || !with_place(&r->agencies[i], &r->agencies[j]))
                continue;
            if (!merge_pair(r, i, j))
                return;
            i = (size_t)-1; /* start again: the list changed */
            break;
        }
    }
}

/* A body named in full and then shorter, the first words of its name
 * (the head and the start of its complement), is mentioned again by the
 * short form: "Ban Quản lý các khu công nghiệp tỉnh Bạc Liêu" then "Ban
 * Quản lý", "Ban Quản lý các khu kinh tế". The short one is the full one
 * when the document named exactly one body so before it; two ("Ban Quản lý
 * dự án ..." and "Ban Quản lý các khu công nghiệp ...") leave it as
 * written, as does a name that goes on with a list's comma, and so does a
 * short name not written as such. The full one takes its roles and tasks. */
static void merge_short_names(seg_result *r)
{
    for (size_t i = 0; i < r->n_agencies; i++) {
        const seg_agency *a = &r->agencies[i];
        /* written so: not a group, not a defined abbreviation ("TTPVHCC"
         * may stand for the centres of both levels), nor a force named
         * by its head ("lực lượng Công an"), which readers keep apart */
        if (a->collective || !a->as_written || strcmp(a->as_written, a->name))
            continue;
        size_t la = strlen(a->name);
        long into = -1;
        int fits = 0;
        for (size_t j = 0; j < r->n_agencies; j++) {
            const seg_agency *b = &r->agencies[j];
            if (j == i || b->collective || b->start >= a->start || strncmp(b->name, a->name, la) ||
                b->name[la] != ' ' || strchr(b->name + la, ','))
                continue;
            into = (long)j;
            fits++;
        }
        if (fits != 1)
            continue;
        if (!merge_as_one(r, i, (size_t)into))
            return;
        i = (size_t)-1; /* start again: the list changed */
    }
}

/* Are the words of a (folded) the words of b in order, b holding more
 * and both opening with the same two words, the head noun ("Công ty Cấp
 * nước Hải Phòng" of "Công ty Cổ phần Cấp nước Hải Phòng", "Ngân hàng
 * Chính sách xã hội" of "... chi nhánh tỉnh Điện Biên")? */
int ag_words_within(const char *a, const char *b)
{
    size_t i = 0, j = 0, la = strlen(a), lb = strlen(b);
    int words = 0, head = 1;
    while (i < la) {
        size_t wa = strcspn(a + i, " ");
        /* the next word of b equal to a's next word; the first two only at once */
        for (;;) {
            if (j >= lb)
                return 0;
            size_t wb = strcspn(b + j, " ");
            int same = wa == wb && !strncmp(a + i, b + j, wa);
            j += wb;
            while (j < lb && b[j] == ' ')
                j++;
            if (same)
                break;
            if (head)
                return 0;
        }
        i += wa;
        while (i < la && a[i] == ' ')
            i++;
        if (++words >= 2)
            head = 0;
    }
    return words >= 3 && la < lb;
}

/* A letter names an addressee short in its body once the Kính gửi lines
 * gave it whole: "đề nghị Công ty Điện lực kiểm tra ..." to "- Công ty
 * Điện lực Điện Biên;", "Ủy ban nhân dân xã rà soát ..." in a Sở's letter
 * to "- Ủy ban nhân dân xã Mường Phăng.", "phối hợp với Công ty Cấp nước
 * Hải Phòng" to "Công ty Cổ phần Cấp nước Hải Phòng". A body whose words
 * are those of exactly one addressee's name, in order, is that addressee
 * (a reader knows whom the letter means), which takes its roles and tasks.
 * Two addressees the short name fits leave it as written. */
static void merge_short_addressees(actx *c)
{
    seg_result *r = c->r;
    for (size_t i = 0; i < r->n_agencies; i++) {
        seg_agency *a = &r->agencies[i];
        if (a->collective)
            continue;
        char *af = seg_fold_str(a->name);
        long into = -1;
        int fits = 0;
        for (size_t j = 0; af && j < r->n_agencies; j++) {
            seg_agency *b = &r->agencies[j];
            if (j == i || b->collective || !ag_is_addressee(c, b->name))
                continue;
            char *bf = seg_fold_str(b->name);
            if (bf && ag_words_within(af, bf)) {
                into = (long)j;
                fits++;
            }
            free(bf);
        }
        free(af);
        if (fits != 1)
            continue;
        if (!merge_as_one(r, i, (size_t)into))
            return;
        i = (size_t)-1; /* start again: the list changed */
    }
}

/* The folded w is wholly a unit a level is made of, or a level written as
 * such ("cấp xã"); not "quận", whose folded word ends "cơ quan". */
static int level_unit(const char *w)
{
    size_t n = strlen(w);
    return (seg_unit_named(w) & ~SEG_QUAN) || seg_level_word(w, n, 0) == n;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The members of a coordinated group are a set: "các phường, xã, đặc
 * khu" and "các xã, phường, đặc khu", "các cơ quan, đơn vị và địa phương"
 * and "các cơ quan, đơn vị, địa phương" name the same bodies (ANNOTATING.md,
 * "Same group or another": whatever the order). The units of a level named
 * one by one stand for the level: "Ủy ban nhân dân các xã, phường, đặc khu"
 * is "Ủy ban nhân dân cấp xã" since the 2025 reform, "các tỉnh, thành phố
 * (trực thuộc trung ương)" is "cấp tỉnh". "các sở, ngành" and "các sở,
 * ban, ngành" differ by a member noun, so they are two groups (ANNOTATING.md:
 * "a wording with another member noun is another entry"). The head a list
 * of units shares ("Ủy ban nhân dân", "Công an") stays in front. Rewrites the folded list f (commas
 * kept, "các" and tails gone) as its head and its sorted members; NULL
 * when the list holds fewer than two members and no level. */
static char *member_set(const char *f)
{
    char *items[24];
    int n = 0;
    char *w = seg_strdup(f);
    if (!w)
        return NULL;
    /* "và" coordinates as a comma does */
    for (char *v; (v = strstr(w, " va ")) != NULL;) {
        *v = ',';
        memmove(v + 1, v + 4, strlen(v + 4) + 1);
    }
    for (char *tok = strtok(w, ","); tok && n < 24; tok = strtok(NULL, ",")) {
        while (*tok == ' ')
            tok++;
        if (!strncmp(tok, "cac ", 4))
            tok += 4;
        size_t l = strlen(tok);
        while (l && tok[l - 1] == ' ')
            tok[--l] = 0;
        if (l)
            items[n++] = tok;
    }
    /* the shared head before the first unit: "uy ban nhan dan" of "uy ban
     * nhan dan cac xa"; the longest unit that ends the item ("thi xa", not
     * "xa") */
    char *head = NULL;
    for (char *sp = n ? strchr(items[0], ' ') : NULL; sp; sp = strchr(sp + 1, ' ')) {
        if (level_unit(sp + 1)) {
            head = items[0];
            *sp = 0;
            items[0] = sp + 1;
            size_t hl = strlen(head);
            if (hl >= 4 && !strcmp(head + hl - 4, " cac"))
                head[hl - 4] = 0;
            break;
        }
    }
    int xa = 0, tinh = 0, other = 0;
    for (int k = 0; k < n; k++) {
        unsigned u = seg_unit_named(items[k]);
        if (u & SEG_COMMUNE_UNITS)
            xa += u & (SEG_XA | SEG_PHUONG) ? 2 : 1;
        else if (u & SEG_PROVINCE_UNITS)
            tinh++;
        else
            other++;
    }
    static char cap_xa[] = "cap xa", cap_tinh[] = "cap tinh";
    if (!other && !tinh && xa >= 4) { /* xã and phường, with or without đặc khu, thị trấn */
        items[0] = cap_xa;
        n = 1;
    } else if (!other && !xa && tinh == 2) {
        items[0] = cap_tinh;
        n = 1;
    }
    qsort(items, (size_t)n, sizeof *items, cmp_str);
    char *out = NULL;
    /* one member names a group when it is no generic noun: "các chủ rừng"
     * and "các chủ rừng trên địa bàn" are one, "các cơ quan" is too vague
     * to be the group its modifier names ("các cơ quan có liên quan") */
    static const char *const generic[] = {"co quan", "don vi", "to chuc", "ca nhan", "dia phuong", "nganh",
                                          "luc luong", "cap", NULL};
    int lone = n == 1 && !head;
    for (int k = 0; lone && generic[k]; k++)
        lone = strcmp(items[0], generic[k]) != 0;
    if (n >= 2 || (n == 1 && !strncmp(items[0], "cap ", 4)) || lone) {
        sbuf b = {0};
        sb_puts(&b, head ? head : "");
        sb_putc(&b, '|');
        for (int k = 0; k < n; k++) {
            if (k && !strcmp(items[k], items[k - 1]))
                continue;
            if (k)
                sb_putc(&b, ',');
            sb_puts(&b, items[k]);
        }
        out = sb_take(&b, NULL);
    }
    free(w);
    return out;
}

/* What a collective names, its wording aside: "các sở, ban, ngành tỉnh",
 * "các Sở, ban, ngành có liên quan" and "sở, ban, ngành" are one group to
 * a reader. "các" and the restrictive tails ("(có) liên quan", "khác",
 * "trên địa bàn", "trực thuộc trung ương") and the issuer's own level
 * after a list ("tỉnh", "thành phố", "cấp tỉnh") do not change which
 * bodies it covers; another level ("cấp xã") or another member does, and
 * "thành phố" after a comma is a member ("các huyện, thị xã, thành phố").
 * A list of members is keyed, and a lone generic noun only with "(có)
 * liên quan": with another modifier ("các cơ quan có thẩm quyền",
 * "các đơn vị sự nghiệp") it names another class. Returns a key
 * (member_set, or the lone noun), or NULL. */
static char *group_key(const char *name)
{
    static const char *const tails[] = {" co lien quan", " lien quan", " khac", " tren dia ban",
                                        " truc thuoc trung uong", " cap tinh", " tinh", " thanh pho", NULL};
    char *f = seg_fold_str(name);
    if (!f)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; f[i]; i++) {
        char ch = isalnum((unsigned char)f[i]) || f[i] == ',' ? f[i] : ' ';
        if (ch == ' ' && (n == 0 || f[n - 1] == ' '))
            continue;
        if (ch == ',' && n && f[n - 1] == ' ')
            n--;
        f[n++] = ch;
    }
    while (n && (f[n - 1] == ' ' || f[n - 1] == ','))
        n--;
    f[n] = 0;
    if (!strncmp(f, "cac ", 4))
        memmove(f, f + 4, (n -= 4) + 1);
    /* read before "thuộc X" goes: an owner is a qualifier a reader may
     * keep apart ("các đơn vị thuộc cơ quan Bộ", "đơn vị thuộc Công an
     * cấp tỉnh") */
    static const char *const generic[] = {"co quan", "don vi", "to chuc", "luc luong", NULL};
    int lone = 0;
    for (int k = 0; generic[k] && !lone; k++) {
        size_t l = strlen(generic[k]);
        lone = !strncmp(f, generic[k], l) &&
               (!strcmp(f + l, " lien quan") || !strcmp(f + l, " co lien quan"));
    }
    /* whose the members are ("thuộc phạm vi quản lý", "trực thuộc ...")
     * qualifies them and names no other member (ANNOTATING.md, seventh
     * rule set); the Government's "cơ quan thuộc Chính phủ" is a member
     * noun of its own, as "cơ quan ngang bộ" is (sixth rule set) */
    for (const char *const *o = (const char *const[]){" truc thuoc ", " thuoc ", NULL}; *o; o++) {
        char *t = strstr(f, *o);
        if (t && t > f && strncmp(t + strlen(*o), "chinh phu", strlen("chinh phu"))) {
            *t = 0;
            n = (size_t)(t - f);
        }
    }
    /* where the members are ("trên địa bàn tỉnh có hệ thống thông tin,
     * cơ sở dữ liệu ...") restricts them with all the clause after it,
     * whose commas part no members: "các cơ quan, đơn vị" still */
    char *place = strstr(f, " tren dia ban ");
    if (place && place > f) {
        *place = 0;
        n = (size_t)(place - f);
    }
    for (int again = 1; again;) {
        again = 0;
        for (int k = 0; tails[k]; k++) {
            size_t l = strlen(tails[k]);
            /* a level is a tail after a list ("các sở, ngành cấp tỉnh"),
             * the group itself after a single head ("Ủy ban nhân dân cấp
             * tỉnh") */
            int place = k >= 5;
            if (n > l && !strcmp(f + n - l, tails[k]) && f[n - l - 1] != ',' &&
                (!place || strchr(f, ',') || strstr(f, " va "))) {
                f[n -= l] = 0;
                again = 1;
            }
        }
    }
    char *key = member_set(f);
    /* a lone generic noun with "(có) liên quan" names the bodies the
     * matter concerns: "các cơ quan liên quan" and "các cơ quan có liên
     * quan" are one group (ANNOTATING.md: the same member nouns, whatever
     * "có liên quan", "liên quan" or "các" add); with any other qualifier
     * it stays unkeyed, and so does the bare noun (merged with these it
     * lowered val's tasks) */
    if (!key && lone)
        key = seg_strdup(f);
    free(f);
    return key;
}

/* A single head named by its level ("Ủy ban nhân dân cấp tỉnh") stands
 * for the bodies its units name ("... các tỉnh, thành phố"): a candidate
 * for the merge even when nothing marked it collective. */
static int names_level(const seg_agency *a)
{
    if (a->collective)
        return 1;
    char *f = seg_fold_str(a->name);
    int r = 0;
    for (const char *const *l = (const char *const[]){" cap tinh", " cap xa", " cap huyen", NULL}; f && *l; l++) {
        size_t n = strlen(f), k = strlen(*l);
        r |= !strchr(f, ',') && n > k && !strcmp(f + n - k, *l);
    }
    free(f);
    return r;
}

/* ANNOTATING.md: "the same group named twice in slightly different words
 * is one entry". Collectives whose group_key agree are merged into the
 * first mention, with the roles and tasks of all. */
static void merge_groups(seg_result *r)
{
    for (size_t i = 0; i < r->n_agencies; i++) {
        if (!names_level(&r->agencies[i]))
            continue;
        char *ki = group_key(r->agencies[i].name);
        for (size_t j = i + 1; ki && j < r->n_agencies; j++) {
            if (!names_level(&r->agencies[j]) || !(r->agencies[i].collective || r->agencies[j].collective))
                continue;
            char *kj = group_key(r->agencies[j].name);
            int same = kj && *ki && !strcmp(ki, kj);
            free(kj);
            if (!same)
                continue;
            /* the wording that lists the units is the one the text means
             * ("các xã, phường" over "cấp xã"): its name stays */
            char *ni = seg_fold_str(r->agencies[i].name), *nj = seg_fold_str(r->agencies[j].name);
            int keep_j = ni && nj && strstr(ni, "cap ") &&
                         (strstr(nj, "xa, phuong") || strstr(nj, "phuong, xa") || strstr(nj, "tinh, thanh pho"));
            int keep_i = ni && nj && strstr(nj, "cap ") &&
                         (strstr(ni, "xa, phuong") || strstr(ni, "phuong, xa") || strstr(ni, "tinh, thanh pho"));
            /* a wording whose place clause runs on ("cơ quan, đơn vị trên
             * địa bàn tỉnh có hệ thống thông tin ...") restricts the group
             * for one duty: the other wording names it ("các cơ quan, đơn
             * vị") */
            keep_j = keep_j || (!keep_i && ni && nj && strstr(ni, " tren dia ban ") && !strstr(nj, " tren dia ban "));
            free(ni);
            free(nj);
            if (keep_j) {
                char *t = r->agencies[i].name;
                r->agencies[i].name = r->agencies[j].name;
                r->agencies[j].name = t;
            }
            if (!merge_pair(r, j, i)) {
                free(ki);
                return;
            }
            j--; /* j's slot now holds the next one */
        }
        free(ki);
    }
}

/* "Tại khoản 4 Điều 13 Nghị định 10/2022/NĐ-CP ... quy định Ủy ban nhân
 * dân tỉnh ... phối hợp với ...": a letter reports what another act lays
 * down; the bodies that act names are cited, not given a task by this
 * document (ANNOTATING.md: bodies only cited get no role), unless the
 * paragraph goes on to ask ("..., đề nghị ...", "yêu cầu"). */
static int cites_rule(const seg_para *p)
{
    static const char *const parts[] = {"khoan", "diem", "dieu", "muc", "chuong", NULL};
    const char *f = p->fold + p->label_chars;
    size_t n = p->nchar - p->label_chars;
    if (n < 8 || strncmp(f, "tai ", 4))
        return 0;
    int part = 0;
    for (int k = 0; parts[k] && !part; k++)
        part = seg_word_at(f, n, 4, parts[k]);
    if (!part)
        return 0;
    for (size_t i = 0; i + 7 <= n; i++)
        if (seg_word_at(f, n, i, "de nghi") || seg_word_at(f, n, i, "yeu cau") || seg_word_at(f, n, i, "giao"))
            return 0;
    return 1;
}

/* Is the body named name sent the letter "để biết" in its text ("Bộ Tài
 * chính gửi Ngân hàng Nhà nước Việt Nam để biết.")? */
static int sent_to_know(const seg_doc *d, const char *name)
{
    char *nf = seg_fold_str(name);
    int yes = 0;
    for (size_t q = 0; nf && *nf && q < d->nparas && !yes; q++) {
        const seg_para *p = &d->paras[q];
        for (const char *at = p->in_header ? NULL : strstr(p->fold, nf); at && !yes; at = strstr(at + 1, nf)) {
            size_t e = (size_t)(at - p->fold) + strlen(nf);
            e = skip_sp(p->fold, p->nchar, e);
            if (!seg_word_at(p->fold, p->nchar, e, "de biet"))
                continue;
            e = skip_sp(p->fold, p->nchar, e + 7);
            yes = e >= p->nchar || strchr(".;)", p->fold[e]);
        }
    }
    free(nf);
    return yes;
}

/* A Kính gửi addressee the letter gives no task and sends the letter
 * "để biết": asked nothing, so no agency (ANNOTATING.md, second reading),
 * though the letter's request word was its role while its tasks were
 * read. One given no task without such words is kept: an item the rules
 * did not read still asks it. */
static void drop_idle_addressees(actx *c)
{
    seg_result *r = c->r;
    for (size_t i = 0; i < r->n_agencies;) {
        if (r->agencies[i].n_tasks == 0 && ag_is_addressee(c, r->agencies[i].name) &&
            sent_to_know(c->d, r->agencies[i].name))
            seg_agency_drop(r, i);
        else
            i++;
    }
}

void seg_agencies(seg_doc *d, seg_result *r, const seg_gaz *g, const seg_amodel *m, FILE *dump, const char *doc)
{
    actx c = {r, d, g, 0, {0}, {0}, {0}, {0}, {0}, {0}, m, dump, doc, NULL, 0};
    c.reg_from = seg_regulation_from(d, r->metadata.doc_type, r->metadata.title);
    unsigned char *forms = ag_form_paras(d);
    c.in_form = forms;
    /* the implementation part: sections (and their subtrees) */
    int *impl = calloc(d->nsecs + 1, sizeof *impl);
    if (!impl) {
        free(forms);
        d->oom = 1;
        return;
    }
    ag_read_aliases(&c);
    size_t nunl;
    size_t *unl = ag_mark_unlabelled(&c, &nunl);
    for (size_t s = 0; s < d->nsecs; s++) {
        int pa = d->secs[s].parent;
        /* only headings above the điểm level name the implementation part */
        impl[s] = (pa >= 0 && impl[pa]) ||
                  ((d->secs[s].mk <= MK_ROMAN || d->secs[s].level <= 2) &&
                   ag_impl_title(d->secs[s].title, d->secs[s].mk == MK_DIEU));
    }
    ag_heading_bodies(&c, impl);
    /* in the implementation part, a short line that is only a name is a
     * heading whose number OCR lost ("o. Sở Tài chính"): the items after it
     * are its tasks */
    for (size_t i = 0; i < d->nparas; i++) {
        const seg_para *p = &d->paras[i];
        if (p->mk != MK_NONE || p->section < 0 || !impl[p->section] || p->nchar > 80 || p->nchar < 4)
            continue;
        size_t a = 0;
        if (p->nchar > 3 && p->fold[1] == '.' && p->fold[2] == ' ')
            a = 3; /* a damaged number */
        hit hs[8];
        size_t end;
        int k = ag_chain(&c, p, a, hs, 8, &end);
        size_t rest = end;
        while (rest < p->nchar && (p->fold[rest] == ' ' || p->fold[rest] == ':'))
            rest++;
        if (k > 0 && rest == p->nchar) {
            for (int h = 0; h < k; h++) {
                seg_agency *ag = ag_find_or_add(&c, &hs[h], p);
                if (!ag)
                    break;
                ag_add_role(ag, "thực hiện");
                for (size_t q = i + 1; q < d->nparas && d->paras[q].mk >= MK_DASH; q++)
                    ag_give_item(&c, ag, &d->paras[q], ag_task_role(&d->paras[q]), 1);
            }
        }
        ag_free_hits(hs, k);
    }
    for (size_t i = 0; i < d->ntrows && !d->oom; i++)
        ag_table_row(&c, &d->trows[i]);
    ag_step_rows(&c);
    ag_procedure_lists(&c);
    /* the lines under a task that name its bodies */
    for (size_t i = 0; i < d->nparas && !d->oom; i++) {
        ag_task_block_line(&c, i);
        ag_task_bracket(&c, i);
        ag_role_clauses(&c, i);
    }
    /* assignments in running text, everywhere */
    int quoting = 0;
    for (size_t i = 0; i < d->nparas; i++) {
        const seg_para *p = &d->paras[i];
        size_t lab;
        int kind = seg_task_label(p, &lab);
        if (kind == SEG_LBL_LEAD || kind == SEG_LBL_HELP || kind == SEG_LBL_DOER)
            continue; /* read above, for the task they belong to */
        /* a numbered "1. Căn cứ Kế hoạch này, các sở ..." is a task, so is
         * a line "Căn cứ chức năng, nhiệm vụ, phối hợp với ..." under a
         * heading: only the preamble's "Căn cứ" lines, before the first
         * heading, are the legal basis */
        if ((seg_is_can_cu(p) && p->mk == MK_NONE && p->section < 0) ||
            !strncmp(p->fold + p->label_chars, "theo de nghi", 12) || !strncmp(p->fold + p->label_chars, "xet de nghi", 11))
            continue;
        if (quoting) {
            /* the article a letter quotes after "Tại ... quy định:", in
             * quotation marks up to its closing one: another act's words */
            if (strstr(p->text, "”"))
                quoting = 0;
            continue;
        }
        if (cites_rule(p)) {
            size_t e = p->nchar;
            while (e > 0 && p->fold[e - 1] == ' ')
                e--;
            const seg_para *nx = i + 1 < d->nparas ? &d->paras[i + 1] : NULL;
            /* the quotation opens on the next line, or on this one when the
             * quoted heading was joined to it ("... quy định: “Điều 257. ...") */
            const char *oq = strstr(p->text, "“");
            quoting = (e > 0 && p->fold[e - 1] == ':' && nx && !strncmp(nx->text, "“", strlen("“")) &&
                       !strstr(nx->text, "”")) ||
                      (oq && !strstr(oq, "”"));
            continue;
        }
        int in_impl = p->section >= 0 && impl[p->section];
        /* the clauses of a regulation: a body opening one acts (its duty or power) */
        ag_inline_roles(&c, p, in_impl, i >= c.reg_from && ag_reg_clause(d, i));
        ag_lead_in_items(&c, i);
    }
    ag_known_class_cases(&c);
    ag_addressees(&c);
    ag_closing_addressee(&c);
    ag_covered_addressees(&c);
    ag_label_targets(&c);
    /* the learned second opinion, on what the rules found */
    ag_model(&c, impl);
    merge_short_addressees(&c);
    drop_idle_addressees(&c);
    ag_unmark_unlabelled(d, unl, nunl);
    free(impl);
    free(forms);
    ag_free_aliases(&c);
    ministry_units(r);
    merge_placed(r);
    drop_cut_readings(d, r);
    drop_cut_classes(d, r);
    merge_short_names(r);
    merge_groups(r);
    drop_issuer(r);
    drop_proposed_superiors(r);
}
