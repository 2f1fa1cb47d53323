/*
 * headings.c: bodies the structure names, with the items that are their
 * tasks: headings of the implementation part ("Tổ chức thực hiện") and
 * anywhere that are nothing but names or a duty's body, the "Đơn vị chủ
 * trì:" lines under a task, and task tables' rows.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "segment/agencies_internal.h"
#include "segment/funcwords.h"

/* Does a task at a begin by leading it: "Chủ trì ...", "Là đầu mối chủ
 * trì ...", "Là cơ quan chủ trì ...", "Làm đầu mối ..."? */
static int leads_at(const seg_para *p, size_t a)
{
    static const char *const lead[] = {"chu tri", "la dau moi chu tri", "la co quan chu tri", "la dau moi",
                                       "lam dau moi", "giu vai tro chu tri", "la co quan dau moi", "dau moi", NULL};
    return seg_word_in(p->fold, p->nchar, a, lead) != 0;
}

/* The role a body holds in one of its tasks: "Chủ trì, ..." leads it,
 * "Phối hợp ..." helps; otherwise it does it. */
const char *ag_task_role(const seg_para *p)
{
    size_t a = ag_own_verb(p, p->label_chars);
    if (leads_at(p, a))
        return "chủ trì";
    if (seg_word_at(p->fold, p->nchar, a, "phoi hop"))
        return "phối hợp";
    return "thực hiện";
}

/* Item t as a task of ag, with role tr (added to its roles when roles is
 * set). A later clause of the item with no subject of its own that leads
 * ("Chỉ đạo ...; chủ trì, phối hợp với ...", "...; làm đầu mối ...") makes
 * ag lead it too: one item is one task, with the stronger role, and the
 * body's roles keep both (ANNOTATING.md, tenth rule set). */
void ag_give_item(actx *c, seg_agency *ag, const seg_para *t, const char *tr, int roles)
{
    size_t v = ag_own_verb(t, t->label_chars);
    int later = strcmp(tr, "chủ trì") && ag_later_lead(t, v);
    /* "Là cơ quan thường trực, chủ trì ...": the copula says what the body
     * is, no act of its own; the item's one act is the one it leads */
    if (later && !strcmp(tr, "thực hiện") && seg_word_at(t->fold, t->nchar, v, "la")) {
        tr = "chủ trì";
        later = 0;
    }
    if (roles)
        ag_add_role(ag, tr);
    ag_add_task(c, ag, t, tr);
    if (later) {
        if (roles)
            ag_add_role(ag, "chủ trì");
        ag_add_task(c, ag, t, "chủ trì"); /* the task given above leads */
    }
}

/* A time line whose value the web text broke onto the next line ("-
 * Thời gian thực hiện: Quý II," / "III/2020.", "... Từ tháng" / "4 đến
 * tháng 10 năm 2020."): the line goes on, no stop at its end, and the
 * next opens with no label of its own on a digit, a small letter or a
 * Roman numeral's letter. The year it ends by goes to task. */
static void deadline_rest(const seg_doc *d, size_t j, seg_task *task)
{
    const seg_para *p = &d->paras[j], *q = j + 1 < d->nparas ? &d->paras[j + 1] : NULL;
    size_t n = seg_trimmed(p), after;
    if (task->deadline || !q || !n || q->label_chars || !q->nchar || seg_task_label(q, &after) ||
        !(isalnum((unsigned char)p->fold[n - 1]) || p->fold[n - 1] == ','))
        return;
    unsigned char c = (unsigned char)q->text[0];
    if (!isdigit(c) && !islower(c) && c != 'I' && c != 'V' && c != 'X')
        return;
    int y = seg_end_year(q->fold, 0, q->nchar);
    if (!y || q->nchar > 60)
        return;
    task->deadline = y;
    size_t m = q->nchar;
    while (m > 0 && (q->fold[m - 1] == '.' || q->fold[m - 1] == ' '))
        m--;
    size_t lt = task->deadline_text ? strlen(task->deadline_text) : 0, lq = q->cpos[m - 1] + 1;
    while (lq < strlen(q->text) && (q->text[lq] & 0xC0) == 0x80)
        lq++; /* the last character whole */
    char *joined = malloc(lt + lq + 2);
    if (!joined)
        return;
    if (lt)
        memcpy(joined, task->deadline_text, lt);
    joined[lt] = ' ';
    memcpy(joined + lt + (lt ? 1 : 0), q->text, lq);
    joined[lt + (lt ? 1 : 0) + lq] = 0;
    free(task->deadline_text);
    task->deadline_text = joined;
}

/* The deadline of task paragraph t from a "Thời gian thực hiện:" line
 * among the label lines after label line i. */
static void block_deadline(const seg_doc *d, size_t i, const seg_para *t, seg_agency *a)
{
    size_t after;
    seg_task *task = NULL;
    for (size_t k = 0; k < a->n_tasks; k++)
        if (a->tasks[k].start == t->start)
            task = &a->tasks[k];
    if (!task)
        return; /* the block's own line wins over years its task text names */
    int k2;
    size_t a2;
    const seg_para *own = &d->paras[i];
    for (size_t q = seg_label_clause(own, 0, &k2, &a2); q < own->nchar; q = seg_label_clause(own, q + 1, &k2, &a2))
        if (k2 == SEG_LBL_TIME) { /* "...; thời gian: năm 2027" on the line itself */
            free(task->deadline_text);
            task->deadline_text = NULL;
            task->deadline = 0;
            ag_task_deadline(own, task);
            return;
        }
    for (size_t j = i + 1; j < d->nparas; j++) {
        int kind = seg_task_label(&d->paras[j], &after);
        if (!kind && seg_label_value(d, j))
            continue;
        if (!kind)
            break;
        if (kind == SEG_LBL_TIME) {
            free(task->deadline_text);
            task->deadline_text = NULL;
            task->deadline = 0;
            ag_task_deadline(&d->paras[j], task);
            deadline_rest(d, j, task);
            return;
        }
    }
}

/* The bodies of one clause of a task's "Cơ quan thực hiện:" line from
 * after ("X chủ trì, phối hợp với Y"), with the task tp. */
static void task_block_clause(actx *c, size_t i, const seg_para *tp, size_t after, const char *base)
{
    seg_doc *d = c->d;
    const seg_para *p = &d->paras[i];
    size_t end;
    for (int pass = 0; pass < 2; pass++) {
        hit hs[24];
        int k = ag_chain(c, p, after, hs, 24, &end);
        size_t j = skip_sp(p->fold, p->nchar, end);
        while (j < p->nchar && p->fold[j] == ',')
            j = skip_sp(p->fold, p->nchar, j + 1);
        const char *role = pass ? "phối hợp" : seg_word_at(p->fold, p->nchar, j, "chu tri") ? "chủ trì" : base;
        for (int h = 0; h < k; h++) {
            seg_agency *a = ag_find_or_add(c, &hs[h], p);
            if (!a)
                break;
            ag_add_role(a, role);
            ag_add_task(c, a, tp, role);
            block_deadline(d, i, tp, a);
        }
        ag_free_hits(hs, k);
        /* "... chủ trì, phối hợp với Y" */
        const char *q = k ? strstr(p->fold + end, "phoi hop voi") : NULL;
        if (!q || pass)
            break;
        after = (size_t)(q - p->fold) + 12;
    }
}

/* "- Đơn vị chủ trì: Sở Nội vụ.", "- Đơn vị phối hợp: Các Sở, ban, ngành.",
 * "- Cơ quan thực hiện: Sở Y tế chủ trì, phối hợp với ...": the bodies of
 * the task above these lines, with its "Thời gian thực hiện". */
void ag_task_block_line(actx *c, size_t i)
{
    seg_doc *d = c->d;
    const seg_para *p = &d->paras[i];
    size_t after;
    int kind = seg_task_label(p, &after);
    if (kind != SEG_LBL_LEAD && kind != SEG_LBL_HELP && kind != SEG_LBL_DOER)
        return;
    /* "Cơ quan tiếp nhận và trả kết quả: Trung tâm Phục vụ hành chính
     * công ...": the counter where the applicant hands the file in and
     * collects the result, a place (ANNOTATING.md, fifth rule set), not
     * the body that settles the procedure */
    static const char *const counter[] = {"co quan tiep nhan va tra ket qua", "co quan tiep nhan, tra ket qua",
                                          NULL};
    if (kind == SEG_LBL_DOER && seg_word_in(p->fold, p->nchar, p->label_chars, counter))
        return;
    size_t tasks[32], nt = seg_tasks_of(d, i, tasks, 32);
    /* a published procedure's name, for the bodies that settle it and
     * for its "Cơ quan phối hợp" (ANNOTATING.md, fifth rule set) */
    if ((kind == SEG_LBL_DOER || kind == SEG_LBL_HELP) && seg_task_or_procedure(d, i) != seg_task_of(d, i)) {
        tasks[0] = seg_task_or_procedure(d, i);
        nt = 1;
    }
    const char *base = kind == SEG_LBL_LEAD ? "chủ trì" : kind == SEG_LBL_HELP ? "phối hợp" : "thực hiện";
    if (after >= p->nchar) {
        /* the value on the next line: "- Cơ quan trực tiếp thực hiện:" /
         * "Sở Nông nghiệp và Môi trường" */
        if (!seg_label_value(d, i + 1))
            return;
        i++;
        p = &d->paras[i];
        after = p->label_chars;
    }
    /* the list's items in their order, the first printed first */
    for (size_t k = nt; k-- > 0;) {
        const seg_para *tp = &d->paras[tasks[k]];
        task_block_clause(c, i, tp, after, base);
        /* "Sở Nội vụ chủ trì ...; Sở Tư pháp và các sở, ban, ngành ... chủ
         * động tổ chức triển khai": each clause of a doer's line names its own */
        for (size_t q = after; kind == SEG_LBL_DOER && q < p->nchar; q++)
            if (p->fold[q] == ';')
                task_block_clause(c, i, tp, skip_sp(p->fold, p->nchar, q + 1), base);
        /* the task's other lines joined on this one after semicolons:
         * "Cơ quan chủ trì: X; cơ quan phối hợp: Y; thời gian: ..." */
        int k2;
        size_t a2;
        for (size_t q = seg_label_clause(p, after, &k2, &a2); kind != SEG_LBL_DOER && q < p->nchar;
             q = seg_label_clause(p, q + 1, &k2, &a2))
            if (k2 == SEG_LBL_LEAD || k2 == SEG_LBL_HELP)
                task_block_clause(c, i, tp, a2, k2 == SEG_LBL_LEAD ? "chủ trì" : "phối hợp");
    }
}

/* The bodies a role verb follows in the closing bracket of task tp, from
 * o to close ("Sở Tư pháp chủ trì, các sở, ngành liên quan phối hợp",
 * "X chủ trì, phối hợp với Y", "X phối hợp với Y thực hiện"), clause by
 * clause: each clause names its bodies first and their role next, as a
 * task line's value does; a clause that opens with no body, or whose
 * bodies no role word follows ("hoàn thành trong quý II/2026"), ends
 * the reading. The first clause must name its bodies, so a bracket that
 * only explains ("(trong đó ...)") gives nothing. */
static void bracket_doers(actx *c, size_t i, size_t o, size_t close)
{
    seg_doc *d = c->d;
    const seg_para *p = &d->paras[i];
    const char *f = p->fold;
    size_t q = o;
    int partners = 0; /* after "phối hợp với": the next bodies help */
    while (q < close) {
        hit hs[24];
        size_t end;
        int k = ag_chain(c, p, q, hs, 24, &end);
        if (k <= 0 || hs[0].a != q || end > close) {
            ag_free_hits(hs, k > 0 ? k : 0);
            return;
        }
        size_t v = skip_sp(f, close, end);
        const char *role = NULL;
        size_t next = v;
        if (partners) {
            role = "phối hợp";
            /* "... phối hợp với Y thực hiện" */
        } else if (seg_word_at(f, close, v, "chu tri")) {
            role = "chủ trì";
            next = v + 7;
        } else if (seg_word_at(f, close, v, "phoi hop voi")) {
            role = "thực hiện"; /* its subject, no word of leading: ANNOTATING.md, third rule set */
            next = v + 12;
            partners = 2;
        } else if (seg_word_at(f, close, v, "phoi hop")) {
            role = "phối hợp";
            next = v + 8;
        } else if (seg_word_at(f, close, v, "thuc hien")) {
            role = "thực hiện";
            next = v + 9;
        }
        if (!role) {
            ag_free_hits(hs, k);
            return;
        }
        for (int h = 0; h < k; h++) {
            seg_agency *a = ag_find_or_add(c, &hs[h], p);
            if (!a)
                break;
            ag_add_role(a, role);
            ag_add_task(c, a, p, role);
        }
        ag_free_hits(hs, k);
        if (partners == 2) {
            partners = 1;
            q = skip_sp(f, close, next);
            continue;
        }
        partners = 0;
        /* "X chủ trì, phối hợp với Y": the partners after the comma */
        q = next;
        while (q < close && f[q] != ',' && f[q] != ';')
            q++;
        q = skip_sp(f, close, q + 1);
        if (seg_word_at(f, close, q, "phoi hop voi")) {
            q = skip_sp(f, close, q + 12);
            partners = 1;
        }
    }
}

/* An item whose last words are a bracket saying who does it: "Rà soát
 * ... của tỉnh (Cơ quan chủ trì: Văn phòng Ủy ban nhân dân tỉnh; phối
 * hợp: các sở, ban, ngành; thời gian: Quý II/2026).", "(Sở Tư pháp chủ
 * trì, các sở, ngành liên quan phối hợp; hoàn thành trong quý
 * II/2026)". A plan closes a task with the lines it would print under
 * it, set in brackets: the item is the task and the bracket names its
 * bodies, by labels or by their verbs. */
void ag_task_bracket(actx *c, size_t i)
{
    seg_doc *d = c->d;
    const seg_para *p = &d->paras[i];
    size_t after, close;
    if (seg_task_label(p, &after))
        return; /* a bracket on a line of its own: read with the lines */
    size_t o = seg_closing_bracket(p, &close);
    if (!o)
        return;
    int kind = seg_bracket_label(p, &after);
    if (kind == SEG_LBL_LEAD || kind == SEG_LBL_HELP || kind == SEG_LBL_DOER) {
        task_block_clause(c, i, p, after, kind == SEG_LBL_LEAD ? "chủ trì" : kind == SEG_LBL_HELP ? "phối hợp" : "thực hiện");
        int k2;
        size_t a2;
        for (size_t q = seg_label_clause(p, after, &k2, &a2); q < close; q = seg_label_clause(p, q + 1, &k2, &a2))
            if (k2 == SEG_LBL_LEAD || k2 == SEG_LBL_HELP)
                task_block_clause(c, i, p, a2, k2 == SEG_LBL_LEAD ? "chủ trì" : "phối hợp");
        return;
    }
    if (!kind)
        bracket_doers(c, i, o, close);
}

/* "Sở Xây dựng chủ trì, Sở Tài chính phối hợp.", "Giao Sở Tư pháp chủ trì
 * thực hiện; Công an tỉnh phối hợp.", "Ủy ban nhân dân các xã chủ trì,
 * các hợp tác xã phối hợp thực hiện.": after the clause that names who
 * leads, a clause that opens with other bodies and their role word names
 * who helps, Vietnamese coordinating the two clauses with a comma or a
 * semicolon, each with its subject and its verb, the work they share said
 * once. Both are the item's (one task each); the leading clause's bodies
 * are read too when they open its sentence. Not "X chủ trì, phối hợp với
 * Y" (its partners are read with the verb, assign.c). */
void ag_role_clauses(actx *c, size_t i)
{
    seg_doc *d = c->d;
    const seg_para *p = &d->paras[i];
    const char *f = p->fold;
    size_t n = seg_trimmed(p), after;
    if (seg_task_label(p, &after))
        return;
    for (size_t q = p->label_chars; q + 7 < n; q++) {
        if (!seg_word_at(f, n, q, "chu tri"))
            continue;
        size_t j = skip_sp(f, n, q + 7);
        if (seg_word_at(f, n, j, "thuc hien"))
            j = skip_sp(f, n, j + 9);
        if (j >= n || (f[j] != ',' && f[j] != ';'))
            continue;
        size_t s = skip_sp(f, n, j + 1);
        if (seg_word_at(f, n, s, "phoi hop"))
            continue;
        /* the sentence the clause ends */
        size_t e = s;
        while (e < n && !(f[e] == '.' && (e + 1 >= n || f[e + 1] == ' ')))
            e++;
        hit hs[24];
        size_t end;
        int k = ag_chain(c, p, s, hs, 24, &end);
        size_t v = k > 0 && hs[0].a == s ? skip_sp(f, e, end) : e;
        ag_free_hits(hs, k > 0 ? k : 0);
        if (!(seg_word_at(f, e, v, "phoi hop") || seg_word_at(f, e, v, "thuc hien")))
            continue;
        /* the leading clause's bodies, when they open its sentence */
        size_t b = q;
        while (b > p->label_chars && !(f[b - 1] == ' ' && b >= 2 && (f[b - 2] == '.' || f[b - 2] == ';')))
            b--;
        b = skip_sp(f, n, b);
        k = ag_chain(c, p, b, hs, 24, &end);
        int opens = k > 0 && hs[0].a == b && skip_sp(f, n, end) == q;
        ag_free_hits(hs, k > 0 ? k : 0);
        bracket_doers(c, i, opens ? b : s, e);
        q = e;
    }
    /* "Giao Sở Xây dựng chủ trì thẩm định ..., trình ... trước ngày
     * 31/01/2026. Sở Tài chính, Sở Nông nghiệp và Môi trường phối hợp.":
     * the helpers named in a sentence of their own right after the one that
     * names who leads, nothing in it but their names and their role word,
     * are the item's partners, as they are in a closing bracket */
    for (size_t q = p->label_chars; q + 7 < n; q++) {
        if (!seg_word_at(f, n, q, "chu tri"))
            continue;
        size_t e = q;
        while (e < n && !(f[e] == '.' && e + 1 < n && f[e + 1] == ' '))
            e++;
        if (e >= n)
            break;
        size_t s = skip_sp(f, n, e + 1), e2 = s;
        while (e2 < n && !(f[e2] == '.' && (e2 + 1 >= n || f[e2 + 1] == ' ')))
            e2++;
        hit hs[24];
        size_t end;
        int k = ag_chain(c, p, s, hs, 24, &end);
        int named = k > 0 && hs[0].a == s && end <= e2;
        ag_free_hits(hs, k > 0 ? k : 0);
        size_t v = named ? skip_sp(f, e2, end) : e2;
        if (named && seg_word_at(f, e2, v, "phoi hop") && !seg_word_at(f, e2, v, "phoi hop voi")) {
            size_t w = skip_sp(f, e2, v + 8);
            if (seg_word_at(f, e2, w, "thuc hien"))
                w = skip_sp(f, e2, w + 9);
            if (w >= e2)
                bracket_doers(c, i, s, e2);
        }
        q = e;
    }
}

/* One row of a task table: its lead and partners, with the row's time. */
void ag_table_row(actx *c, const seg_trow *row)
{
    seg_doc *d = c->d;
    long t = seg_para_of_line(d, (size_t)row->task);
    if (t < 0)
        return;
    const seg_para *tp = &d->paras[t];
    seg_para tm;
    int have_time = row->time >= 0 && seg_line_para(d, (size_t)row->time, &tm) == 0;
    const long cells[2] = {row->lead, row->help};
    for (int k = 0; k < 2; k++) {
        seg_para cp;
        if (cells[k] < 0 || seg_line_para(d, (size_t)cells[k], &cp) < 0) {
            if (cells[k] >= 0)
                seg_para_free(&cp);
            continue;
        }
        const char *role = k ? "phối hợp" : "chủ trì";
        hit hs[24];
        size_t end;
        int n = ag_chain(c, &cp, 0, hs, 24, &end);
        for (int h = 0; h < n; h++) {
            seg_agency *a = ag_find_or_add(c, &hs[h], &cp); /* named from its cell */
            if (!a)
                break;
            ag_add_role(a, role);
            ag_add_task(c, a, tp, role);
            for (size_t q = 0; have_time && q < a->n_tasks; q++)
                if (a->tasks[q].start == tp->start && !a->tasks[q].deadline_text) {
                    a->tasks[q].deadline = seg_cell_year(d, row->time);
                    a->tasks[q].deadline_text = seg_strdup(tm.text);
                }
        }
        ag_free_hits(hs, n);
        seg_para_free(&cp);
    }
    if (row->time >= 0)
        seg_para_free(&tm);
}

/* Is a heading's title that of an implementation part? "Tổ chức thực
 * hiện", "Phân công nhiệm vụ", "Trách nhiệm thực hiện"; above the rank of
 * an article also any "Trách nhiệm ..." ("I. Trách nhiệm phối hợp trong
 * công tác thẩm định", "II. Trách nhiệm của các cơ quan"): an article's
 * "Trách nhiệm của X" gives X its clauses (ag_duty_of), no more. */
/* The articles that say what a regulation governs, whom it applies to, or
 * what its words mean ("Điều 1. Phạm vi điều chỉnh", "Điều 2. Đối tượng
 * áp dụng", "Giải thích từ ngữ") name bodies and give them nothing to do:
 * no role is read from them (Decree 30 and the drafting law put them
 * first in every regulation). Is paragraph p inside one? */
int ag_in_scope_article(const seg_doc *d, const seg_para *p)
{
    for (int s = p->section; s >= 0; s = d->secs[s].parent) {
        if (!d->secs[s].title)
            continue;
        char *f = seg_fold_str(d->secs[s].title);
        /* a heading of any level that says whom the act covers or
         * benefits names its scope, not who acts: "2. Đối tượng thụ hưởng
         * của Chương trình", "Điều 1. Phạm vi và đối tượng áp dụng"; an
         * article on a class of persons ("Điều 19. Đối tượng thuê nhà ở")
         * may still give a body a duty */
        /* a plan's part "Phạm vi, đối tượng, nhu cầu, phương án hỗ trợ" holds its tasks */
        static const char *const scope[] = {"pham vi dieu chinh", "pham vi ap dung", "pham vi va doi tuong ap dung",
                                            "doi tuong ap dung", "doi tuong thu huong", "doi tuong dieu chinh",
                                            NULL};
        int r = 0;
        for (int k = 0; f && scope[k] && !r; k++)
            r = !strncmp(f, scope[k], strlen(scope[k]));
        r = r || (f && d->secs[s].mk == MK_DIEU &&
                  (!strncmp(f, "giai thich tu ngu", 17) || !strncmp(f, "co cau to chuc", 14)));
        free(f);
        if (r)
            return 1;
    }
    return 0;
}

int ag_impl_title(const char *title, int article)
{
    if (!title)
        return 0;
    char *f = seg_fold_str(title);
    if (!f)
        return 0;
    size_t n = strlen(f), a, b;
    int r = seg_fuzzy_find(f, n, "to chuc thuc hien", 2, &a, &b) >= 0 ||
            seg_fuzzy_find(f, n, "phan cong nhiem vu", 2, &a, &b) >= 0 ||
            seg_fuzzy_find(f, n, "phan cong trach nhiem", 2, &a, &b) >= 0 ||
            seg_fuzzy_find(f, n, "trach nhiem thuc hien", 2, &a, &b) >= 0 ||
            (!strncmp(f, "trach nhiem ", strlen("trach nhiem ")) && !article);
    free(f);
    return r;
}

/* Does item w stand under the lead-in p whose first item is u: of a
 * lower rank than p, and, under an unlabelled line whose rank the print
 * does not say, of u's rank or lower? */
static int stands_under(const seg_para *p, const seg_para *u, const seg_para *w)
{
    if (!seg_lower_rank(p, w))
        return 0;
    if (p->mk != MK_NONE)
        return 1;
    return seg_same_rank(u, w) || seg_lower_rank(u, w);
}

/* Is paragraph q a lead-in over items of its own (ending in a colon, the
 * next paragraph an item of a lower rank)? 1 when those items are acts to
 * do (the first opens with a verb, or names its own doer): the items are
 * the tasks and the lead-in none; 2 when they are its objects, cases or
 * contents (the first opens with a noun: "Hồ sơ gồm:" over "- Bản sao
 * ..."): the lead-in is the task and the items none (ANNOTATING.md,
 * eighth and tenth rule sets); 0 when it is no lead-in or the lexicon
 * cannot tell. */
static int lead_in_over(actx *c, size_t q, size_t to)
{
    const seg_doc *d = c->d;
    const seg_para *p = &d->paras[q];
    /* "Phối hợp hướng dẫn ... quản lý. Trong đó:": a sentence giving a
     * task before the colon's sentence stays a task (tenth rule set) */
    if (!seg_colon_sentence(p) || q + 1 >= to)
        return 0;
    const seg_para *u = &d->paras[q + 1];
    if (!seg_lower_rank(p, u))
        return 0;
    if (ag_own_subject(c, u))
        return 1;
    size_t a = skip_sp(u->fold, u->nchar, u->label_chars);
    if (seg_wc_verbal_at(u, a))
        return 1;
    /* "1. X chỉ đạo Y:" over "a) Tổ chức tiếp nhận ...": the order passed
     * on announces acts, a first word read mostly as a noun included */
    if (ag_lead_directs(p, seg_trimmed(p)) && ag_opens_asked_act(u))
        return 1;
    /* objects: every item under it opens with a word the lexicon reads
     * as a noun, none names a doer */
    int items = 0;
    for (size_t k = q + 1; k < to && stands_under(p, u, &d->paras[k]); k++) {
        const seg_para *w = &d->paras[k];
        if (w->mk != u->mk || (w->mk == MK_ARABIC && w->mk_depth != u->mk_depth))
            continue; /* deeper items of an item */
        size_t b = skip_sp(w->fold, w->nchar, w->label_chars), end;
        int verb = 0, vcomp = 0;
        if (ag_own_subject(c, w) || seg_wc_verbal_at(w, b) || !seg_wc_word_at(w, b, &verb, &vcomp) || verb)
            return 0;
        hit hs[4];
        int named = ag_chain(c, w, b, hs, 4, &end);
        ag_free_hits(hs, named);
        if (named)
            return 0; /* "1. Cục Chính sách" over its duties: a body, no object */
        items++;
    }
    return items ? 2 : 0;
}

/* "b) Chủ trì, phối hợp" (also "với", a colon or nothing after): an item
 * that is only the two role words, its object left to the items under
 * it, which each name the partners and the work ("- Sở Y tế tổ chức tập
 * huấn ..."). The words are the heading's body's: it leads every item
 * under them, as a lead-in ending in a colon gives its subject its items
 * (docs/segment.md). So with the partners named after the words, with or
 * without the colon a PDF layer or a web copy may drop ("b) Chủ trì, phối
 * hợp với Sở Xây dựng" / "- Rà soát ..."), or only "Phối hợp với Y" (the
 * body helps): the items under it, acts with no doer of their own, are the
 * work the item announces, each a task of the body with the item's role
 * and of the partners (ANNOTATING.md, third, eighth and tenth rule sets);
 * the item is none. *role: "chủ trì" or "phối hợp"; the partners read
 * into hs (at most max, *np of them). The end of the items under q, or q
 * when q is no such item. */
static int list_announced(const char *f, size_t n, size_t v);

size_t ag_role_lead(actx *c, size_t q, size_t to, const char **role, hit *hs, int max, int *np)
{
    const seg_doc *d = c->d;
    const seg_para *p = &d->paras[q];
    const char *f = p->fold;
    size_t n = seg_trimmed(p), a = skip_sp(f, n, p->label_chars);
    *np = 0;
    if (p->mk == MK_NONE || q + 1 >= to || !seg_lower_rank(p, &d->paras[q + 1]))
        return q;
    int leads = seg_word_at(f, n, a, "chu tri") != 0;
    if (leads) {
        a = skip_sp(f, n, a + 7);
        if (a < n && f[a] == ',')
            a = skip_sp(f, n, a + 1);
    }
    if (!seg_word_at(f, n, a, "phoi hop"))
        return q;
    a = skip_sp(f, n, a + 8);
    int with = seg_word_at(f, n, a, "voi") != 0;
    if (with)
        a = skip_sp(f, n, a + 3);
    if (!leads && !with)
        return q;
    if (a < n && f[a] != ':') {
        if (!with)
            return q;
        size_t e;
        int k = ag_chain(c, p, a, hs, max, &e);
        if (!k)
            return q;
        a = skip_sp(f, n, e);
        /* "... thực hiện (các nhiệm vụ sau):": the work announced */
        static const char *const verbs[] = {"thuc hien", "trien khai", NULL};
        static const char *const work[] = {"nhiem vu", "noi dung", "cong viec", NULL};
        size_t l = seg_word_in(f, n, a, verbs);
        if (l) {
            a = skip_sp(f, n, a + l);
            if (seg_word_at(f, n, a, "cac"))
                a = skip_sp(f, n, a + 3);
            l = seg_word_in(f, n, a, work);
            if (l && list_announced(f, n, skip_sp(f, n, a + l)))
                a = n - 1;
        }
        if (a < n && f[a] != ':') {
            ag_free_hits(hs, k);
            return q;
        }
        *np = k;
    }
    /* the items are acts with no doer of their own ("- Sở Y tế tổ chức
     * ..." names its own: a bare "Chủ trì, phối hợp" leads it, assign.c
     * gives the partners; with partners named, no such item) */
    const seg_para *u = &d->paras[q + 1];
    if (*np && (ag_own_subject(c, u) || !seg_wc_verbal_at(u, skip_sp(u->fold, u->nchar, u->label_chars)))) {
        ag_free_hits(hs, *np);
        *np = 0;
        return q;
    }
    if (!leads && !*np)
        return q;
    *role = leads ? "chủ trì" : "phối hợp";
    size_t w = q + 1;
    while (w < to && seg_lower_rank(p, &d->paras[w]))
        w++;
    return w;
}

/* The partners hs (np of them) a role lead at p names (ag_role_lead)
 * given each of the items [from, to) as phối hợp; the hits are freed. */
void ag_give_partners(actx *c, const seg_para *p, size_t from, size_t to, hit *hs, int np)
{
    for (int h = 0; h < np; h++) {
        seg_agency *pa = ag_find_or_add(c, &hs[h], p);
        for (size_t w = from; pa && w < to; w++) {
            ag_add_role(pa, "phối hợp");
            ag_add_task(c, pa, &c->d->paras[w], "phối hợp");
        }
    }
    ag_free_hits(hs, np);
}

/* The items of paragraphs [from, to) under a heading naming ag are its
 * tasks (role: the heading's, unless an item's own word says "chủ trì" or
 * "phối hợp"; NULL: each item's own). A "Thời gian thực hiện: ..."
 * line among them is no task: it dates the items since the one before
 * it ("- Phối hợp hướng dẫn ..." and its "+" items). Returns the tasks. */
static int section_tasks(actx *c, seg_agency *ag, size_t from, size_t to, const char *role)
{
    const seg_doc *d = c->d;
    int tasks = 0;
    size_t since = ag->n_tasks, after;
    /* both callers pass the paragraphs after the section's heading */
    int rights = from > 0 && ag_rights_title(&d->paras[from - 1]);
    for (size_t q = from; q < to; q++) {
        int kind = seg_task_label(&d->paras[q], &after);
        if (kind == SEG_LBL_TIME) {
            for (size_t k = since; k < ag->n_tasks; k++)
                if (!ag->tasks[k].deadline && !ag->tasks[k].deadline_text)
                    ag_task_deadline(&d->paras[q], &ag->tasks[k]);
            since = ag->n_tasks;
            continue;
        }
        if (ag_item_of_other(c, &d->paras[q], ag))
            continue; /* "+ Sở Xây dựng: ...": its own body's, not the heading's others' */
        if (ag_asks_own(c, &d->paras[q]))
            continue; /* "..., nếu có vướng mắc, đề nghị các sở ...": those it asks */
        int right = rights ? ag_rights_clause(&d->paras[q]) : 0;
        if (right == 2) {
            /* "1. X có các quyền sau đây:" over "a) Được ...": rights, no tasks */
            size_t u = q + 1;
            while (u < to && stands_under(&d->paras[q], &d->paras[q + 1], &d->paras[u]))
                u++;
            q = u - 1;
            continue;
        }
        if (right == 1)
            continue;
        const char *lr = NULL;
        hit partners[8];
        int np = 0;
        size_t u = ag_role_lead(c, q, to, &lr, partners, 8, &np);
        if (u > q + 1) {
            /* "b) Chủ trì, phối hợp" over "- Sở Y tế tổ chức ...": the
             * heading's body leads each item, whose bodies help (assign.c);
             * "b) Chủ trì, phối hợp với Y:" over acts: Y helps in each */
            ag_add_role(ag, lr);
            for (size_t w = q + 1; w < u; w++) {
                ag_add_task(c, ag, &d->paras[w], lr);
                tasks++;
            }
            ag_free_hits(partners, np); /* the item's own reading gives them (assign.c) */
            q = u - 1;
            continue;
        }
        int lead = lead_in_over(c, q, to);
        if (lead == 1) {
            /* "4. Về tổ chức bộ máy:" over "a) Trình ...": the items are the
             * tasks; the role its words give ("Chủ trì, phối hợp ...:") stays */
            const char *lr = ag_task_role(&d->paras[q]);
            ag_add_role(ag, role && !strcmp(lr, "thực hiện") ? role : lr);
            continue;
        }
        if (lead == 2) {
            /* "c) Tiếp nhận hồ sơ gồm:" over its documents: the lead-in is the task */
            size_t u = q + 1;
            while (u < to && stands_under(&d->paras[q], &d->paras[q + 1], &d->paras[u]))
                u++;
            const char *tr = role ? role : ag_task_role(&d->paras[q]);
            ag_add_role(ag, tr);
            ag_add_task(c, ag, &d->paras[q], tr);
            tasks++;
            q = u - 1;
            continue;
        }
        const char *own = ag_task_role(&d->paras[q]), *tr = role ? role : own;
        if (role && strcmp(own, "thực hiện") && strcmp(role, "phối hợp"))
            tr = own; /* "Đề nghị Liên đoàn Lao động tỉnh" over "Chủ trì, phối hợp
                       * ...": the item's own word wins, and the body's roles are
                       * its tasks' (ANNOTATING.md, fourth rule set); a lead-in's
                       * partner helps whatever the item's word */
        /* "đ) Chỉ đạo ...; chủ trì, phối hợp với ...": a later clause with no
         * subject of its own is the heading's body's, which leads it */
        ag_give_item(c, ag, &d->paras[q], tr, 1);
        tasks++;
    }
    return tasks;
}

/* A heading naming a group by its members: "1.3. Các cơ quan tham mưu quản
 * lý ngành, lĩnh vực (gồm các Sở: Xây dựng, Công Thương)". The members,
 * read after "(gồm" or "(bao gồm", are those its items address. */
static int members_named(const actx *c, const seg_para *p, hit *hs, int max, size_t *end)
{
    const char *f = p->fold;
    for (size_t i = p->label_chars; i + 5 < p->nchar; i++) {
        if (f[i] != '(')
            continue;
        size_t j = skip_sp(f, p->nchar, i + 1);
        if (seg_word_at(f, p->nchar, j, "bao gom"))
            j += strlen("bao gom");
        else if (seg_word_at(f, p->nchar, j, "gom"))
            j += strlen("gom");
        else {
            /* "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý ...)": a
             * group opening the heading, its members in brackets up to ")" */
            int coll = 0;
            size_t e = seg_body_at(p, p->label_chars, &coll);
            if (!coll || skip_sp(f, p->nchar, e) != i)
                continue;
        }
        int k = ag_chain(c, p, j, hs, max, end);
        size_t q = skip_sp(f, p->nchar, *end);
        if (k > 0 && q < p->nchar && f[q] == ')') {
            *end = q + 1; /* the heading goes on after the members */
            return k;
        }
        ag_free_hits(hs, k);
    }
    return 0;
}

/* Does p head a section with paragraphs under it ("14. Đề nghị Viện kiểm
 * sát nhân dân thành phố" over "a) Phối hợp ...")? A heading that is only a
 * request and names is read with its items (ag_heading_bodies), anywhere:
 * they are the tasks, the heading is none of its own. */
int ag_heads_items(const seg_doc *d, const seg_para *p)
{
    int s = p->section;
    size_t i = (size_t)(p - d->paras);
    if (s < 0 || d->secs[s].para != (int)i || d->secs[s].mk >= MK_DASH)
        return 0;
    return i + 1 < d->nparas && d->paras[i + 1].start < d->secs[s].end;
}

/* Is f[v, n) only the words that announce a list and its colon ("sau:",
 * "sau đây:", "như sau:")? */
static int list_announced(const char *f, size_t n, size_t v)
{
    static const char *const tails[] = {"sau day", "nhu sau", "sau", NULL};
    for (int k = 0; tails[k]; k++)
        if (seg_word_at(f, n, v, tails[k]) && skip_sp(f, n, v + strlen(tails[k])) == n - 1)
            return 1;
    return 0;
}

/* A paragraph that ends with a colon (a lead-in over items): its length
 * without trailing blanks, the colon its last character; 0 otherwise. */
static size_t colon_end(const seg_para *p)
{
    size_t n = seg_trimmed(p);
    return n >= 2 && p->fold[n - 1] == ':' ? n : 0;
}

/* "Ủy ban nhân dân cấp tỉnh chịu trách nhiệm quản lý nhà nước về ... tại
 * địa phương, có các nhiệm vụ, quyền hạn sau đây:": Vietnamese coordinates
 * a subject's predicates with a comma, and the last one here announces the
 * duties listed under it ("có (các) nhiệm vụ (, quyền hạn) sau (đây):", or
 * "có trách nhiệm:" after "X là cơ quan quản lý ..."), so
 * the whole sentence is a lead-in whose items are the subject's acts, the
 * first predicate their summary. The clause after the sentence's last
 * comma from v on, n the colon's end. */
static int announced_last(const seg_para *p, size_t n, size_t v)
{
    const char *f = p->fold;
    for (size_t c = v; c + 1 < n; c++) {
        if (f[c] == '.' && f[c + 1] == ' ')
            return 0; /* another sentence: not one subject's predicates */
        if (f[c] != ',')
            continue;
        size_t q = skip_sp(f, n, c + 1);
        if (!seg_word_at(f, n, q, "co") || !seg_marks_match(p, q, "có"))
            continue;
        q = skip_sp(f, n, q + 2);
        if (seg_word_at(f, n, q, "cac"))
            q = skip_sp(f, n, q + 3);
        size_t after = ag_duty_nouns(p, q);
        if (after > q && (after >= n - 1 || list_announced(f, n, after)))
            return 1; /* "..., có trách nhiệm:", "..., có các nhiệm vụ sau:" */
    }
    return 0;
}

/* "Doanh nghiệp viễn thông khi hạ ngầm cáp có trách nhiệm:": a time or
 * circumstance clause may stand between a subject and its predicate, with
 * no comma ("khi ...", "trong quá trình ..."); the predicate of duty after
 * it is the subject's. Where that predicate opens (a word of duty, "phải"
 * written as the modal), or j when no such clause opens at j. */
static size_t inserted_time(const seg_para *p, size_t n, size_t j)
{
    static const char *const opens[] = {"khi", "trong qua trinh", "trong khi", NULL};
    const char *f = p->fold;
    if (!seg_word_in(f, n, j, opens) || (seg_word_at(f, n, j, "khi") && !seg_marks_match(p, j, "khi")))
        return j; /* "khí" (a gas) is a noun */
    for (size_t q = j + 1; q < n; q++) {
        if (strchr(",.;:", f[q]))
            return j; /* a comma: the clause fronts another subject's */
        if (f[q - 1] == ' ' && seg_duty_at(p, q, 1))
            return q;
    }
    return j;
}

/* "5. Bộ trưởng Bộ Tài chính chủ trì:" over "(1) Phối hợp với ...", "(2)
 * Khẩn trương ...": a heading whose names (ending at end) are followed by
 * nothing but their verb of role and a colon shares that verb with the
 * items under it, each the verb's object. The role ("chủ trì", "thực
 * hiện"), or NULL when the heading is no such one. */
int ag_duty_lead(const seg_para *p, size_t end)
{
    const char *f = p->fold;
    size_t n = colon_end(p);
    if (!n)
        return 0;
    size_t j = inserted_time(p, n, skip_sp(f, n, end)), v = ag_preverbal(p, j);
    /* "X có trách nhiệm:", "X chịu trách nhiệm:"; the lead-in may announce
     * its list ("X có trách nhiệm sau đây:", "... như sau:") */
    if (v > j && (v == n - 1 || list_announced(f, n, v)))
        return 1;
    static const char *const duty[] = {"co nhiem vu", "co cac nhiem vu", "thuc hien nhiem vu",
                                       "thuc hien cac nhiem vu", "co chuc nang, nhiem vu", NULL};
    if (seg_word_in(f, n, v, duty))
        return 1;
    /* "X có các trách nhiệm sau:", "X có trách nhiệm, quyền hạn sau đây:":
     * the nouns of duty, their list announced */
    if (seg_word_at(f, n, v, "co") && seg_marks_match(p, v, "có")) {
        size_t q = skip_sp(f, n, v + 2);
        if (seg_word_at(f, n, q, "cac"))
            q = skip_sp(f, n, q + 3);
        size_t after = ag_duty_nouns(p, q);
        if (after == q && seg_word_at(f, n, q, "nghia vu"))
            after = skip_sp(f, n, q + 8); /* "X có nghĩa vụ sau đây:": obligations laid on X */
        if (after > q && (after >= n - 1 || list_announced(f, n, after)))
            return 1;
    }
    /* "X có trách nhiệm thực hiện các nội dung sau:": a duty and what it
     * covers, no other body's part in it */
    if (v > j && seg_word_at(f, n, v, "thuc hien")) {
        for (size_t q = v; q < n; q++)
            if (seg_word_at(f, n, q, "phoi hop") || seg_word_at(f, n, q, "chu tri"))
                return 0;
        return 1;
    }
    return announced_last(p, n, v);
}

/* Does item w open with an act, a verb the lexicon reads (after a "(1)"
 * label too; the words put before a verb, "Khẩn trương", "Chủ động", are
 * the act's), or "Chủ trì", "Phối hợp"? */
int ag_opens_act(const seg_para *w)
{
    size_t b = skip_sp(w->fold, w->nchar, w->label_chars);
    if (b + 4 < w->nchar && w->fold[b] == '(' && isdigit((unsigned char)w->fold[b + 1])) {
        size_t e = b + 1;
        while (e < w->nchar && isdigit((unsigned char)w->fold[e]))
            e++;
        if (e < w->nchar && w->fold[e] == ')')
            b = skip_sp(w->fold, w->nchar, e + 1);
    }
    return ag_act_at(w, b);
}

int ag_act_at(const seg_para *w, size_t b)
{
    b = ag_preverbal(w, b);
    return seg_wc_verbal_at(w, b) || seg_word_at(w->fold, w->nchar, b, "phoi hop") ||
           seg_word_at(w->fold, w->nchar, b, "chu tri");
}

/* ag_opens_act, or an item under a lead-in that asks or assigns work
 * whose first word, read mostly as a noun, is the verb because a verb or a
 * plural object follows it: "a) Tổ chức kiểm đếm ...", "- Tổ chức các
 * đoàn ..." (not "Tổ chức, cá nhân ...", "Tổ chức tín dụng ..."). Only
 * under such a lead-in: a regulation's lists of papers and costs open
 * with noun compounds a verb may follow ("Hợp đồng mua bán ...", "Biểu
 * tổng hợp ..."). */
int ag_opens_asked_act(const seg_para *w)
{
    if (ag_opens_act(w))
        return 1;
    size_t b = ag_preverbal(w, skip_sp(w->fold, w->nchar, w->label_chars));
    size_t l = seg_wc_verb_ever_at(w, b), v = l ? skip_sp(w->fold, w->nchar, b + l) : 0;
    return l && v < w->nchar && w->fold[b + l] == ' ' &&
           (seg_wc_verbal_at(w, v) || seg_word_at(w->fold, w->nchar, v, "cac") ||
            seg_word_at(w->fold, w->nchar, v, "nhung"));
}

/* Do most items right under heading p open with an act, a verb the
 * lexicon reads (after a "(1)" label too), rather than the objects or
 * contents a lead-in lists ("Chính phủ quy định ... các nội dung sau:" over
 * "a) Các chương trình ...")? The words put before a verb ("Khẩn
 * trương", "Chủ động") are the act's. */
static int items_open_acts(const seg_doc *d, const seg_para *p)
{
    size_t i = (size_t)(p - d->paras);
    int s = p->section, acts = 0, other = 0, top = -1;
    if (s < 0 || d->secs[s].para != (int)i)
        return 0;
    for (size_t q = i + 1; q < d->nparas && d->paras[q].start < d->secs[s].end; q++) {
        const seg_para *w = &d->paras[q];
        if (top < 0)
            top = (int)w->mk;
        if ((int)w->mk != top)
            continue;
        if (ag_opens_act(w))
            acts++;
        else
            other++;
    }
    return acts > other;
}

/* "1. Bí thư ... và Chủ tịch UBND các tỉnh: ... tiếp tục ..., trong đó tập
 * trung một số nhiệm vụ sau:", "3. Bộ trưởng Bộ Tài chính ... chỉ đạo các
 * đơn vị liên quan khẩn trương thực hiện các nhiệm vụ sau:": a heading
 * whose predicate (after its names, ending at end) ends by announcing a
 * list of tasks, a noun of work and the words that announce a list, gives
 * the items under it to its subject, as Vietnamese drops the subject the
 * lead-in gave its items. Not where it names who leads or helps ("X chủ
 * trì, phối hợp với Y thực hiện các nội dung sau:"), read as before. Where
 * that noun stands, or 0. */
static size_t announces_tasks(const seg_doc *d, const seg_para *p, size_t end)
{
    static const char *const work[] = {"nhiem vu", "noi dung", "cong viec", "giai phap", "bien phap", NULL};
    static const char *const kinds[] = {"trong tam", "cu the", "chu yeu", "cap bach", NULL};
    const char *f = p->fold;
    size_t n = colon_end(p);
    if (!n)
        return 0;
    /* the subject opens the item: not after a clause it fronts ("5. Để nâng
     * cao ..., các Sở, ngành ... triển khai những nội dung sau:") */
    static const char *const fronts[] = {"de", "nham", "tren co so", "sau khi", "khi", "trong", "doi voi", "ve",
                                         "can cu", "thuc hien", "theo", "tu", "truoc", NULL};
    if (seg_word_in(f, n, p->label_chars, fronts))
        return 0;
    /* the verbs that take a list of work as their object: carry out,
     * deploy, focus on, have ("chi cho các công việc sau đây", spending,
     * "thay đổi các nội dung sau", "đánh giá về ...", take other objects) */
    static const char *const takes[] = {"thuc hien", "trien khai", "tap trung", "tien hanh", "lam tot", "chu trong",
                                        "co", NULL};
    size_t verb = 0;
    for (size_t q = end; q < n; q++) {
        if (seg_word_at(f, n, q, "chu tri") || seg_word_at(f, n, q, "phoi hop"))
            return 0;
        size_t t = (q == 0 || f[q - 1] == ' ') ? seg_word_in(f, n, q, takes) : 0;
        /* "... phải sử dụng ngân hàng giám sát để thực hiện các nhiệm vụ
         * sau:": the work of a purpose clause, its doer another */
        int purpose = t && q >= 3 && seg_word_at(f, n, q - 3, "de") && seg_marks_match(p, q - 3, "để");
        if (t && !purpose && (f[q] != 'c' || seg_marks_match(p, q, "có"))) {
            verb = skip_sp(f, n, q + t);
            if (seg_word_at(f, n, verb, "cac"))
                verb = skip_sp(f, n, verb + 3);
            else if (seg_word_at(f, n, verb, "mot so"))
                verb = skip_sp(f, n, verb + 6);
            else if (seg_word_at(f, n, verb, "nhung"))
                verb = skip_sp(f, n, verb + 5);
        }
        size_t l = (q == 0 || f[q - 1] == ' ') ? seg_word_in(f, n, q, work) : 0;
        if (!l || q != verb)
            continue;
        size_t v = skip_sp(f, n, q + l), k;
        while ((k = seg_word_in(f, n, v, kinds)) != 0)
            v = skip_sp(f, n, v + k);
        if (list_announced(f, n, v))
            return items_open_acts(d, p) ? q : 0;
    }
    return 0;
}

int ag_items_open_acts(const seg_doc *d, const seg_para *p)
{
    return items_open_acts(d, p);
}

/* "1. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính:" over "a) Rà soát
 * ...", "b) Đề xuất ...": a lead-in whose names (ending at end) are
 * followed by nothing but "chủ trì", "phối hợp (với)" and the partners,
 * and its colon, is the subject and the partners of every item under it,
 * as Vietnamese drops from a list's items the subject the lead-in gave
 * them: each item is led by the names and helped by the partners, and the
 * lead-in, over acts, is no task of its own (ANNOTATING.md, third and tenth
 * rule sets). So is one that announces the work after the partners ("...
 * phối hợp với Sở Nội vụ thực hiện các nhiệm vụ sau:") when its items open
 * with acts. The partners, read into hs (at most max); 0 when p is no such
 * lead-in. */
int ag_led_with_partners(actx *c, const seg_para *p, size_t end, hit *hs, int max)
{
    const char *f = p->fold;
    size_t n = colon_end(p);
    if (!n)
        return 0;
    size_t v = ag_preverbal(p, skip_sp(f, n, end)); /* "... có trách nhiệm chủ trì" */
    if (!seg_word_at(f, n, v, "chu tri"))
        return 0;
    v = skip_sp(f, n, v + 7);
    if (v < n && f[v] == ',')
        v = skip_sp(f, n, v + 1);
    if (!seg_word_at(f, n, v, "phoi hop"))
        return 0;
    v = skip_sp(f, n, v + 8);
    if (seg_word_at(f, n, v, "voi"))
        v = skip_sp(f, n, v + 3);
    size_t e;
    int k = ag_chain(c, p, v, hs, max, &e);
    if (!k)
        return 0;
    size_t q = skip_sp(f, n, e);
    while (q < n && f[q] == ')') /* the unit in brackets after the partner */
        q = skip_sp(f, n, q + 1);
    if (q == n - 1)
        return k;
    /* "... thực hiện (các) nhiệm vụ sau:": the work announced, acts under it */
    static const char *const verbs[] = {"thuc hien", "trien khai", "tien hanh", NULL};
    static const char *const work[] = {"nhiem vu", "noi dung", "cong viec", NULL};
    size_t l = seg_word_in(f, n, q, verbs);
    if (l) {
        q = skip_sp(f, n, q + l);
        if (seg_word_at(f, n, q, "cac"))
            q = skip_sp(f, n, q + 3);
        l = seg_word_in(f, n, q, work);
        if (l && list_announced(f, n, skip_sp(f, n, q + l)) && items_open_acts(c->d, p))
            return k;
    }
    ag_free_hits(hs, k);
    return 0;
}

/* Do the words of p at j only point back to the bodies named before
 * them, to the line's end ("1. Chủ tịch Ủy ban nhân dân các xã nêu trên",
 * its colon lost or not): the names are closed, no predicate follows
 * ("nêu" there is no verb of the heading's). */
int ag_points_back(const seg_para *p, size_t j)
{
    static const char *const back[] = {"neu tren", "ke tren", "tren day", NULL};
    size_t w = seg_word_in(p->fold, p->nchar, skip_sp(p->fold, p->nchar, j), back);
    if (!w)
        return 0;
    size_t t = skip_sp(p->fold, p->nchar, j) + w;
    while (t < p->nchar && strchr(" :.", p->fold[t]))
        t++;
    return t >= p->nchar;
}

const char *ag_headed_role(const seg_doc *d, const seg_para *hp, size_t end)
{
    const char *f = hp->fold;
    size_t n = colon_end(hp);
    if (!n || !ag_heads_items(d, hp))
        return NULL;
    if (ag_duty_lead(hp, end) || announces_tasks(d, hp, end))
        return "thực hiện";
    size_t v = ag_preverbal(hp, skip_sp(f, n, end));
    size_t l = seg_word_at(f, n, v, "chu tri") ? 7 : seg_word_at(f, n, v, "thuc hien") ? 9 : 0;
    if (!l || skip_sp(f, n, v + l) != n - 1)
        return NULL;
    return l == 7 ? "chủ trì" : "thực hiện";
}

/* Whether the items under a heading are acts to do, so that a class it
 * names is given them: items that are names ("Bộ Thông tin và Truyền
 * thông (Vụ Bưu chính);") make the heading a field whose value they are;
 * items that are contents ("Nội dung báo cáo ...") make it a topic: some
 * item must open with an act, its verb after the words Vietnamese puts
 * before one ("Phải theo dõi ..."). */
static int items_acts(actx *c, const seg_sec *sec)
{
    const seg_doc *d = c->d;
    int acts = 0;
    for (size_t q = (size_t)sec->para + 1; q < d->nparas && d->paras[q].start < sec->end; q++) {
        const seg_para *t = &d->paras[q];
        hit th[24];
        size_t te;
        int tk = ag_chain(c, t, t->label_chars, th, 24, &te);
        int named = tk > 0 && th[0].a == t->label_chars;
        ag_free_hits(th, tk);
        if (named)
            return 0;
        size_t v = ag_preverbal(t, t->label_chars);
        int verb = 0, vc = 0;
        acts |= (seg_wc_word_at(t, v, &verb, &vc) && verb) || seg_verb_at(t, v);
    }
    return acts;
}

/* "1. Đơn vị cung cấp thuốc, vật tư y tế:" over "a) Báo cáo ...": a numbered
 * heading that is nothing but a class named in lower case (a generic noun
 * phrase, generic.c, reaching its end or its colon) names the bodies its
 * items are given, as "1. Sở Tài chính:" names one: Vietnamese drops the
 * subject the heading gave. Not a procedure's field ("Cơ quan thực
 * hiện:", "Đơn vị phối hợp:"), whose items are the bodies, nor a bare head
 * ("Cơ quan:"), nor a heading whose items name their own subjects. One
 * collective hit in hs, or 0. */
static int class_heading(actx *c, const seg_sec *sec, const seg_para *hp, hit *hs, size_t *end)
{
    const char *f = hp->fold;
    size_t n = hp->nchar, a = hp->label_chars;
    if (sec->mk != MK_ROMAN && sec->mk != MK_ARABIC && sec->mk != MK_LETTER)
        return 0;
    if (!ag_heads_items(c->d, hp) || ag_items_own_subjects(c, (size_t)sec->para))
        return 0;
    size_t e = seg_generic_np_end(hp, a);
    if (!e)
        return 0;
    size_t t = skip_sp(f, n, e);
    if (t < n && f[t] == ':')
        t = skip_sp(f, n, t + 1);
    if (t < n)
        return 0;
    size_t h = seg_generic_head_at(hp, a), w = skip_sp(f, n, a + h);
    if (w >= e || seg_word_at(f, n, w, "chu tri") || seg_word_at(f, n, w, "phoi hop") ||
        seg_word_at(f, n, w, "thuc hien"))
        return 0;
    /* "Cơ sở trích lập", "Cơ sở xác định": in a heading "cơ sở" names the
     * basis of an act as often as a facility */
    if (seg_word_at(f, n, a, "co so"))
        return 0;
    /* "Đơn vị đo lường": a unit of measure */
    if (seg_word_at(f, n, a, "don vi do") && seg_marks_match(hp, a, "đơn vị đo"))
        return 0;
    /* a clause of "có" or "được" makes the heading a lead-in with its own
     * predicate ("Đơn vị ... có nhiệm vụ:", "Tổ chức ... được quyền:"), or
     * names those granted something: read elsewhere or not at all */
    for (size_t q = w; q < e; q++)
        if ((f[q - 1] == ' ') && ((seg_word_at(f, e, q, "co") && seg_marks_match(hp, q, "có")) ||
                                  (seg_word_at(f, e, q, "duoc") && seg_marks_match(hp, q, "được"))))
            return 0;
    if (!items_acts(c, sec))
        return 0;
    memset(&hs[0], 0, sizeof hs[0]);
    hs[0].a = a;
    hs[0].b = e;
    hs[0].name = seg_body_name(hp, a, e);
    hs[0].collective = 1;
    hs[0].keep_name = 1;
    *end = e;
    return hs[0].name ? 1 : 0;
}

/* Headings naming bodies (in the implementation part, or anywhere when
 * they are nothing but names, or name the body whose duties follow): their items
 * are the tasks. */
/* Does the heading go on at j, after its names, only with the part the
 * body plays set beside it by a dash ("1.2. Sở Tài chính - Cơ quan thường
 * trực Ban Chỉ đạo", "- đơn vị đầu mối"): an apposition of a class noun
 * and the part, "thường trực", "chủ trì", "đầu mối", "tham mưu", which
 * names the same body and leaves the heading nothing but its name? */
static int part_apposition(const seg_para *hp, size_t j)
{
    static const char *const nouns[] = {"co quan", "don vi", NULL};
    static const char *const parts[] = {"thuong truc", "chu tri", "dau moi", "tham muu", NULL};
    const char *f = hp->fold;
    size_t n = hp->nchar;
    j = skip_sp(f, n, j);
    if (j >= n || f[j] != '-')
        return 0;
    j = skip_sp(f, n, j + 1);
    size_t l = seg_word_in(f, n, j, nouns);
    if (!l)
        return 0;
    j = skip_sp(f, n, j + l);
    if (!seg_word_in(f, n, j, parts))
        return 0;
    for (size_t q = j; q < n; q++)
        if (f[q] == ':' || f[q] == ';' || f[q] == ',')
            return 0; /* a clause goes on: no apposition alone */
    return 1;
}

/* "2. Trường hợp đường ống bị vỡ, Sở Xây dựng phải:", "Khi ..., X có trách
 * nhiệm:" over items: a condition or a time fronts the lead-in before its
 * subject and closes at a comma (or "thì"), as it fronts any clause
 * (ANNOTATING.md, tenth rule set: the text of a task starts with its
 * opening clauses); the body opening the clause after it, followed by
 * nothing but a duty's lead-in words, is given the items. Its names in
 * hs (room for max), their count, or 0. */
int ag_fronted_lead(actx *c, const seg_para *hp, size_t a, hit *hs, int max, size_t *end)
{
    static const char *const fronts[] = {"trong truong hop", "truong hop", "neu", "khi", "sau khi", "truoc khi",
                                         "trong qua trinh", "ngoai", NULL};
    const char *f = hp->fold;
    size_t n = colon_end(hp);
    if (!n || !seg_word_in(f, n, a, fronts) || (seg_word_at(f, n, a, "khi") && !seg_marks_match(hp, a, "khi")) ||
        (seg_word_at(f, n, a, "neu") && !seg_marks_match(hp, a, "nếu")))
        return 0;
    for (size_t q = a + 1; q < n; q++) {
        size_t s;
        if (f[q] == ',')
            s = skip_sp(f, n, q + 1);
        else if (f[q - 1] == ' ' && ag_then_at(hp, q))
            s = skip_sp(f, n, q + 3);
        else if (strchr(".;", f[q]))
            return 0;
        else
            continue;
        size_t t = ag_after_title(c, hp, s), e = s;
        int k = ag_chain(c, hp, t, hs, max, &e);
        if (k > 0 && hs[0].a == t && ag_duty_lead(hp, e)) {
            *end = e;
            return k;
        }
        ag_free_hits(hs, k);
    }
    return 0;
}

void ag_heading_bodies(actx *cp, const int *impl)
{
    actx c = *cp;
    seg_doc *d = c.d;
    const seg_gaz *g = c.g;
    for (size_t s = 0; s < d->nsecs; s++) {
        seg_sec *sec = &d->secs[s];
        if (sec->mk >= MK_DASH)
            continue;
        const seg_para *hp = &d->paras[sec->para];
        if (ag_in_scope_article(d, hp))
            continue;
        hit hs[24];
        size_t end;
        size_t a = hp->label_chars;
        int k = 0;
        int suggest = 0, duty = 0, fronted = 0;
        if (seg_word_at(hp->fold, hp->nchar, a, "de nghi")) {
            suggest = 1;
            a += 7;
        } else if (ag_duty_of(hp, a)) {
            duty = 1; /* "Điều 40. Trách nhiệm của Bộ Nội vụ": its clauses are its duties */
            a = ag_duty_of(hp, a);
        } else if (seg_word_at(hp->fold, hp->nchar, a, "doi voi") && seg_marks_match(hp, a, "đối với")) {
            /* "1. Đối với Ủy ban nhân dân các xã, phường:" over acts: the
             * bodies the heading fronts are the items' doers, as in a
             * heading of their names alone (a topic, "Đối với các dự án
             * chậm tiến độ:", names none) */
            a = skip_sp(hp->fold, hp->nchar, a + 7);
            fronted = 1;
        }
        k = fronted ? 0 : members_named(&c, hp, hs, 24, &end);
        if (k == 0)
            k = ag_chain(&c, hp, a, hs, 24, &end);
        if (k == 0 && !suggest && !duty)
            k = ag_fronted_lead(&c, hp, a, hs, 24, &end);
        if (k == 0 && hp->nchar - a < 80) {
            /* OCR-damaged heading: the whole title against the gazetteer */
            size_t ml = 0;
            const seg_gaz_entry *e = seg_gaz_fuzzy(g, hp->fold + a, hp->nchar - a, &ml);
            if (e && strcmp(e->kind, "province") && ml + 2 >= hp->nchar - a) {
                memset(&hs[0], 0, sizeof hs[0]);
                hs[0].e = e;
                hs[0].a = a;
                hs[0].b = a + ml;
                hs[0].name = seg_strdup(e->canonical);
                hs[0].successor = seg_strdup(e->successor);
                k = 1;
            }
        }
        if (k == 0 && !suggest && !duty)
            k = class_heading(&c, sec, hp, hs, &end);
        if (duty && k == 0)
            k = ag_duty_heads(&c, hp, a, hs, 24, &end);
        if (duty && k == 0)
            k = ag_officer_class(&c, hp, a, hs, &end);
        if (duty)
            k = ag_duty_heading_list(&c, hp, a, hs, k, 24, &end);
        if (duty && k <= 1)
            k = ag_duty_heading_whole(hp, a, hs, k, &end);
        if (k == 0 && !suggest && ag_functions_subject(&c, hp, hs, &end)) {
            k = 1; /* "Điều 2. Nhiệm vụ và quyền hạn": the duties of the body "Điều 1" defines */
            duty = 1;
        }
        if (k == 1) {
            int m = ag_addressed_members(&c, &hs[0], hs + 1, 23);
            if (m)
                k = m;
        }
        /* "1. Ủy ban nhân dân các xã: Tân Phú, Phú Riềng, Bù Đăng:" over
         * items: the communes' names after the group's colon, up to the
         * heading's own colon, each commune's committee */
        size_t hn = seg_trimmed(hp);
        if (k == 1 && !suggest && !duty && hn > 1 && hp->fold[hn - 1] == ':' && ag_heads_items(d, hp)) {
            size_t e1 = end;
            k = ag_communes_listed(hp, hn - 1, hs, 24, &e1, 0);
            if (k > 1)
                end = hn;
        }
        if (!suggest && !duty && (k == 0 || skip_sp(hp->fold, hp->nchar, end) + 1 < hp->nchar)) {
            /* "1. Doanh nghiệp cung ứng dịch vụ ...:" in an article of
             * duties: the class to its colon, not a name read short in it */
            hit ch;
            size_t ce;
            if (items_acts(&c, sec) && ag_class_heading(&c, hp, &ch, &ce)) {
                ag_free_hits(hs, k);
                hs[0] = ch;
                k = 1;
                end = ce;
            }
        }
        /* outside the implementation part (a Chỉ thị has none), a heading
         * that is nothing but names ("b) Sở Xây dựng") still addresses the
         * items under it, also when it bounds them by a range ("... các
         * tỉnh, thành phố từ Hà Tĩnh đến Khánh Hòa:") */
        size_t rest = end;
        while (rest < hp->nchar && strchr(" :.;", hp->fold[rest]))
            rest++;
        if (rest < hp->nchar && hp->fold[hp->nchar - 1] == ':' && ag_member_range(hp, rest))
            rest = hp->nchar;
        if (k > 0 && ag_points_back(hp, rest))
            rest = hp->nchar;
        if (k > 0 && rest < hp->nchar && part_apposition(hp, end))
            rest = hp->nchar;
        const char *said = k > 0 && !suggest && !duty ? ag_headed_role(d, hp, end) : NULL;
        /* "1. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính:": the names
         * lead the items, the partners help in each */
        hit partners[8];
        int np = 0;
        if (!said && k > 0 && !suggest && !duty && ag_heads_items(d, hp) &&
            (np = ag_led_with_partners(&c, hp, end, partners, 8)) > 0)
            said = "chủ trì";
        /* "Điều 3. Các Cục ... có trách nhiệm:" over "1. Cục Trồng trọt ...
         * chỉ đạo ...": an umbrella, its items are their own subjects' */
        if (said && ag_duty_lead(hp, end) && ag_items_own_subjects(&c, (size_t)sec->para))
            said = NULL;
        if (said)
            rest = hp->nchar;
        /* "... chỉ đạo Y khẩn trương thực hiện các nhiệm vụ sau:": Y is
         * given the items too (ANNOTATING.md, tenth rule set) */
        size_t w = said && k < 24 ? announces_tasks(d, hp, end) : 0;
        for (size_t q = end; q < w && k < 24; q++) {
            /* the verb in lower case: "Ban Chỉ đạo 389" is a name */
            if (!seg_word_at(hp->fold, hp->nchar, q, "chi dao") || seg_capital_at(hp, q))
                continue;
            size_t e2;
            int m = ag_chain(&c, hp, skip_sp(hp->fold, hp->nchar, q + 7), hs + k, 24 - k, &e2);
            k += m;
            if (m)
                break;
        }
        if (k > 0 && !impl[s] && !duty && (rest < hp->nchar || (suggest && !ag_heads_items(d, hp)))) {
            ag_free_hits(hs, k);
            k = 0;
        }
        if (k == 0) {
            ag_free_hits(partners, np);
            continue;
        }
        /* tasks: the paragraphs of this section after its heading */
        const char *role = suggest ? "đề nghị" : "thực hiện";
        size_t first = (size_t)sec->para, last = first + 1;
        while (last < d->nparas && d->paras[last].start < sec->end)
            last++;
        for (int h = 0; h < np; h++) {
            seg_agency *ag = ag_find_or_add(&c, &partners[h], hp);
            if (ag)
                section_tasks(&c, ag, first + 1, last, "phối hợp");
        }
        ag_free_hits(partners, np);
        if (duty && ag_duty_umbrella(&c, first + 1, last, hs, k)) {
            ag_free_hits(hs, k); /* "Trách nhiệm của các bộ, ngành, địa phương" over "1. Trách nhiệm của Bộ Xây dựng" */
            continue;
        }
        for (size_t q = first + 1; q < last && !suggest; q++) {
            const seg_para *tp = &d->paras[q];
            if (leads_at(tp, tp->label_chars))
                role = "chủ trì";
        }
        for (int h = 0; h < k; h++) {
            size_t sf, st;
            if (ag_scope_named(&c, &hs[h], hp, &sf, &st))
                continue; /* "... quy định tại Điều 2": that article's bodies (regulation.c) */
            /* a line of names with nothing under it nor after them (an
             * item of a list of units, "c) Đồn Biên phòng, Hải đội Biên
             * phòng.") gives them nothing */
            if (last == first + 1 && hp->nchar <= end + 2)
                continue;
            seg_agency *ag = ag_find_or_add(&c, &hs[h], hp);
            if (!ag)
                break;
            /* the roles are its tasks': a body whose every task is "Phối hợp
             * ..." coordinates, it does not also carry out */
            int tasks = section_tasks(&c, ag, first + 1, last, suggest ? role : said);
            if (!tasks && hp->nchar <= end + 2 && duty && ag_rights_title(hp)) {
                /* "Quyền và nghĩa vụ của X" whose clauses are all rights:
                 * X is given nothing to do */
                if (!ag->n_roles && !ag->n_tasks)
                    seg_agency_drop(c.r, (size_t)(ag - c.r->agencies));
                continue;
            }
            if (!tasks && hp->nchar <= end + 2)
                ag_add_role(ag, role);
            if (!tasks && hp->nchar > end + 2) {
                /* "1. Ban Kinh tế - Ngân sách chủ trì, phối hợp với ...": the
                 * heading is the task, the word after the names the role */
                size_t j = skip_sp(hp->fold, hp->nchar, end);
                while (j < hp->nchar && hp->fold[j] == ',')
                    j = skip_sp(hp->fold, hp->nchar, j + 1);
                /* "1. Sở Nội vụ: Chủ trì ...": the name and its colon are
                 * the item's label (ANNOTATING.md, tenth rule set), so the
                 * item's own first words give the role, as under a heading
                 * ("Phối hợp với Y ..." opening it helps) */
                int label = j < hp->nchar && hp->fold[j] == ':';
                if (label)
                    j = skip_sp(hp->fold, hp->nchar, j + 1);
                j = ag_preverbal(hp, j); /* "... có trách nhiệm chủ trì" */
                /* "1. Đề nghị X chủ trì, phối hợp với ...": asked to lead, it
                 * leads; "làm đầu mối" is a word of leading (fifth rule set) */
                int lead = leads_at(hp, j);
                const char *tr = suggest && !lead ? role : lead ? "chủ trì"
                                                : seg_word_at(hp->fold, hp->nchar, j, "phoi hop")
                                                    ? (label ? "phối hợp" : ag_partner_role(hp, j)) : role;
                /* "3. Sở Y tế và Sở Giáo dục và Đào tạo phối hợp tổ chức
                 * ...": two subjects or a plural group working with each
                 * other, no lead named, do it (assign.c, as read inline) */
                if (!label && !strcmp(tr, "phối hợp") && c.r->metadata.doc_type && c.reg_from >= d->nparas &&
                    ag_mutual_partners(hp, hp->label_chars, hs, k, skip_sp(hp->fold, hp->nchar, end)))
                    tr = "thực hiện";
                ag_add_role(ag, tr);
                ag_add_task(&c, ag, hp, tr);
            }
        }
        ag_free_hits(hs, k);
    }
}
