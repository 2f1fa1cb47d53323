/*
 * procedures.c: the administrative procedures a decision publishes, as
 * web text and PDF layers give their tables, one cell per line: the list
 * of procedures ("STT | Tên thủ tục hành chính | ... | Cơ quan thực
 * hiện") and each procedure's internal steps ("Bước 1 | what is done |
 * who does it | how long"). A procedure is a task of the body that
 * settles it, a step a task of the body that performs it (ANNOTATING.md,
 * fourth and fifth rule sets).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "segment/agencies_internal.h"
#include "segment/funcwords.h"

/* Is line k a cell holding only a duration ("0,25 ngày làm việc", "02
 * giờ làm việc", "17 ngày"), the time column of a procedure's step? A
 * step the office does not time, "Không tính thời gian" (handing the
 * result back), holds that column too. */
static int duration_cell(const seg_doc *d, size_t k)
{
    const seg_line *l = &d->lines[k];
    const char *f = d->fold + l->c0;
    size_t n = l->c1 - l->c0, j = 0;
    if ((n == strlen("khong tinh thoi gian") && !strncmp(f, "khong tinh thoi gian", n)) ||
        (n == strlen("gio hanh chinh") && !strncmp(f, "gio hanh chinh", n)))
        return 1; /* not timed, or done at the counter within office hours */
    while (j < n && (isdigit((unsigned char)f[j]) || f[j] == ',' || f[j] == '.'))
        j++;
    if (j == 0 || j >= n || f[j] != ' ' || n > 40)
        return 0;
    return !strncmp(f + j + 1, "ngay", 4) || !strncmp(f + j + 1, "gio", 3) || !strncmp(f + j + 1, "buoi", 4);
}

/* Is line k a step's number alone, "Bước 2" or its short form "B2" (a step
 * table's first cell)? Its number, or 0. */
static int step_cell(const seg_doc *d, size_t k)
{
    const seg_line *l = &d->lines[k];
    const char *f = d->fold + l->c0;
    size_t n = l->c1 - l->c0, j, j0;
    if (n >= 6 && !strncmp(f, "buoc ", 5))
        j0 = 5;
    else if (n >= 2 && n <= 3 && f[0] == 'b' && l->b1 > l->b0 && d->text[l->b0] == 'B')
        j0 = 1;
    else
        return 0;
    int num = 0;
    for (j = j0; j < n && isdigit((unsigned char)f[j]) && j < j0 + 3; j++)
        num = num * 10 + (f[j] - '0');
    if (j > j0 && j < n && j0 == 5 && (f[j] == '.' || f[j] == ':'))
        j++;
    return j > j0 && j == n ? num : 0;
}

/* The cell right above a step's duration (who does the step), or 0. */
static size_t step_unit_line(const seg_doc *d, size_t k)
{
    for (size_t m = k + 2; m + 1 < d->nlines && m < k + 12 && !step_cell(d, m); m++)
        if (duration_cell(d, m + 1))
            return m;
    return 0;
}

/* Words that open a cell naming a person or an internal unit of a body
 * rather than a body: "Lãnh đạo Phòng ...", "Chuyên viên ...", "Văn thư
 * Sở", "Bộ phận một cửa", "Công chức của Sở ...", "CCMC" */
static const char *const unit_words[] = {
    "lanh dao", "chuyen vien", "van thu", "bo phan", "phong", "cong chuc", "can bo", "truong phong",
    "pho truong phong", "nhan vien", "ccmc", "giam doc", "pho giam doc", NULL};

static int unit_name(const char *name)
{
    char *nf = seg_fold_str(name);
    int unit = !nf || !strncmp(nf, "phong ", 6) || !strncmp(nf, "cac phong", 9) || !strncmp(nf, "lanh dao", 8) ||
               strstr(nf, "bo phan") != NULL;
    free(nf);
    return unit;
}

/* The bodies a step's cell names, at most max into hs: the names read
 * from the first capital that opens a body, past the persons and units
 * before it ("Lãnh đạo Phòng BTXH và Trẻ em Sở Y tế" gives Sở Y tế,
 * "Văn thư Văn phòng UBND tỉnh" the Văn phòng), never a unit inside a
 * body nor the issuer, whose own acts are no agency's tasks: -1 when the
 * cell names the issuer and nothing else. *unit: the cell opens with a
 * person or a unit. */
static int step_bodies(actx *c, const seg_para *cp, hit *hs, int max, int *unit)
{
    *unit = seg_word_in(cp->fold, cp->nchar, 0, unit_words) > 0;
    size_t len = cp->cpos[cp->nchar];
    for (size_t j = 0; j < cp->nchar; j++) {
        if (j > 0 && cp->fold[j - 1] != ' ')
            continue;
        /* only a person or a unit is read past, and not to where it
         * sits ("Công chức ... tại Trung tâm Phục vụ hành chính công"):
         * a cell that opens otherwise names its bodies first or none */
        if (j > 0 && (!*unit || seg_word_at(cp->fold, cp->nchar, j, "tai")))
            break;
        size_t bi = cp->cpos[j];
        if (!cp_is_upper(seg_utf8_next(cp->text, len, &bi)))
            continue;
        size_t end;
        int n = ag_chain(c, cp, j, hs, max, &end), m = 0, own = 0;
        for (int h = 0; h < n; h++) {
            int iss = ag_is_issuer(c->r, hs[h].name);
            own |= iss;
            if (iss || unit_name(hs[h].name))
                ag_free_hits(&hs[h], 1);
            else
                hs[m++] = hs[h];
        }
        if (m > 0 || own)
            return m > 0 ? m : -1;
    }
    return 0;
}

/* The one body the heading over a list of procedures or their steps says
 * they belong to ("... thuộc thẩm quyền giải quyết của Sở Khoa học và Công
 * nghệ", "thuộc phạm vi chức năng quản lý của Sở ..."), the nearest such
 * heading above line k: 1 with the hit in *h and the heading's paragraph
 * in *hp, or 0 (none, or two bodies, "của Sở Y tế, Ủy ban nhân dân cấp
 * xã"). The issuer named there is the one who publishes, not who acts. */
static int heading_owner(actx *c, size_t k, hit *h, seg_para *hp)
{
    seg_doc *d = c->d;
    static const char *const of[] = {"tham quyen giai quyet cua ", "chuc nang quan ly cua ",
                                     "tham quyen quyet dinh cua ", NULL};
    long pk = seg_para_of_line(d, k);
    if (pk < 0)
        return 0;
    for (long q = pk - 1; q >= 0 && q > pk - 600; q--) {
        const seg_para *p = &d->paras[q];
        if (p->in_header)
            break;
        hit best;
        int nb = 0, many = 0;
        for (int w = 0; of[w]; w++)
            for (size_t i = 0; i + strlen(of[w]) < p->nchar; i++) {
                if (strncmp(p->fold + i, of[w], strlen(of[w])))
                    continue;
                hit hs[4];
                size_t end;
                int n = ag_chain(c, p, i + strlen(of[w]), hs, 4, &end);
                for (int x = 0; x < n; x++) {
                    if (ag_is_issuer(c->r, hs[x].name) || (nb && ag_same_name(best.name, hs[x].name))) {
                        ag_free_hits(&hs[x], 1);
                    } else if (nb) {
                        many = 1;
                        ag_free_hits(&hs[x], 1);
                    } else {
                        best = hs[x];
                        nb = 1;
                    }
                }
            }
        if (nb && !many) {
            *h = best;
            *hp = *p;
            return 1;
        }
        if (nb)
            ag_free_hits(&best, 1);
        if (nb)
            return 0;
    }
    return 0;
}

/* The body the procedure's own line names as the one that handles it,
 * the nearest above line k: "- Cơ quan trực tiếp thực hiện: Sở Nông
 * nghiệp và Môi trường", "Cơ quan giải quyết:" over the name on the next
 * line. The issuer named there ("Cơ quan có thẩm quyền quyết định: UBND
 * tỉnh") decides, it does not handle the file: the search goes on. 1
 * with the hit in *h and its paragraph in *hp, or 0. */
static int doer_owner(actx *c, size_t k, hit *h, seg_para *hp)
{
    seg_doc *d = c->d;
    long pk = seg_para_of_line(d, k);
    for (long q = pk - 1; q >= (long)d->body_first && q > pk - 120; q--) {
        size_t after;
        const seg_para *p = &d->paras[q];
        if (p->in_header)
            break;
        if (seg_task_label(p, &after) != SEG_LBL_DOER)
            continue;
        if (after >= p->nchar) {
            if (!seg_label_value(d, (size_t)q + 1))
                continue;
            p = &d->paras[q + 1];
            after = p->label_chars;
        }
        hit hs[4];
        size_t end;
        int n = ag_chain(c, p, after, hs, 4, &end), got = 0;
        for (int x = 0; x < n; x++) {
            if (!got && hs[x].a <= after + 1 && !ag_is_issuer(c->r, hs[x].name) && !unit_name(hs[x].name)) {
                *h = hs[x];
                *hp = *p;
                got = 1;
            } else {
                ag_free_hits(&hs[x], 1);
            }
        }
        if (got)
            return 1;
    }
    return 0;
}

/* The body a procedure's steps belong to, for a step whose cell names only
 * a person or a unit ("Lãnh đạo Phòng ...", "Văn thư Sở"): the body the
 * nearest other step of the same table names with its unit ("Lãnh đạo Sở
 * Y tế"), the following steps first (a step passes the file on up the
 * body it is in, then out); else the one body the heading over the
 * procedures says they belong to ("... thuộc thẩm quyền giải quyết của Sở
 * Khoa học và Công nghệ"). ANNOTATING.md (fourth rule set): an internal
 * unit's steps are tasks of the body it belongs to when the text names it.
 * 1 with the hit in *h and its paragraph in *hp (*own set when that is a
 * line's paragraph of its own, to be freed), or 0. */
static int step_owner(actx *c, size_t k, hit *h, seg_para *hp, int *own)
{
    seg_doc *d = c->d;
    *own = 0;
    for (int dir = 1; dir >= -1; dir -= 2) {
        size_t s = k;
        for (;;) {
            if (dir < 0 && step_cell(d, s) == 1)
                break;
            size_t m = s, lim = 0;
            int found = 0;
            while (lim++ < 80 && (dir > 0 ? m + 1 < d->nlines : m > 0)) {
                m = dir > 0 ? m + 1 : m - 1;
                if (step_cell(d, m)) {
                    found = 1;
                    break;
                }
            }
            if (!found || (dir > 0 && step_cell(d, m) == 1))
                break;
            s = m;
            size_t u = step_unit_line(d, s);
            seg_para cp;
            if (!u || seg_line_para(d, u, &cp) < 0)
                continue;
            hit hs[4];
            int unit, n = step_bodies(c, &cp, hs, 4, &unit);
            if (n < 0)
                n = 0;
            if (n > 0 && unit) {
                *h = hs[0];
                ag_free_hits(hs + 1, n - 1);
                *hp = cp;
                *own = 1;
                return 1;
            }
            ag_free_hits(hs, n);
            seg_para_free(&cp);
        }
    }
    return doer_owner(c, k, h, hp) || heading_owner(c, k, h, hp);
}

/* Is paragraph p the applicant's filing ("1. Nộp hồ sơ:", "Tổ chức, cá
 * nhân nộp hồ sơ ..."): its text, past its label, opening with "nộp" or
 * with the applicant named by its kind and then "nộp"? The applicant is
 * served by the procedure, not one of its agencies, and its filing is
 * nobody's task (ANNOTATING.md, fourth and eighth rule sets), also where
 * a step's cell prints it over the receiving office's own act. */
static int filing_para(const seg_para *p)
{
    static const char *const applicant[] = {"to chuc", "ca nhan", "nha dau tu", "doanh nghiep", "thuong nhan",
                                            NULL};
    size_t j = p->label_chars;
    for (;;) {
        size_t w = seg_word_in(p->fold, p->nchar, j, applicant);
        if (!w)
            break;
        j += w;
        while (j < p->nchar && (p->fold[j] == ',' || p->fold[j] == ' '))
            j++;
        if (seg_word_at(p->fold, p->nchar, j, "hoac") || seg_word_at(p->fold, p->nchar, j, "va"))
            j += p->fold[j] == 'h' ? 5 : 3;
    }
    return seg_word_at(p->fold, p->nchar, j, "nop") > 0;
}

/* A procedure's internal process printed as a table, flattened one cell
 * per line: "Bước 1" / what is done / who does it / how long ("Tiếp nhận
 * hồ sơ" / "Bộ phận tiếp nhận của Sở Y tế" / "0,5 ngày làm việc"). The
 * step is a task of the bodies its unit cell names, the cell right above
 * the duration; a person or an internal unit named without its body
 * ("Lãnh đạo Phòng ...", "Chuyên viên được phân công") stands for the body
 * the procedure belongs to (step_owner), the issuer's own steps are no
 * task, and a step printed word for word in another procedure is listed
 * once. */
static void step_task(actx *c, seg_agency *a, const seg_para *tp, size_t first)
{
    /* the same step printed again in another procedure: its first line
     * (first characters of tp, its label's among them) the same, whatever
     * the reflow joined to it or a closing stop */
    size_t n = first < tp->nchar ? first : tp->nchar;
    while (n > tp->label_chars && strchr(" .;:", tp->fold[n - 1]))
        n--;
    n = n > tp->label_chars ? n - tp->label_chars : 0;
    const char *key = tp->fold + tp->label_chars;
    int seen = 0;
    for (size_t q = 0; q < a->n_tasks && !seen; q++) {
        const char *t = a->tasks[q].text;
        if (!t)
            continue;
        char *tf = seg_fold_str(t);
        seen = !strcmp(t, tp->text + tp->cpos[tp->label_chars]) ||
               (n > 0 && tf && strlen(tf) >= n && !strncmp(tf, key, n) && (!tf[n] || strchr(" .;:", tf[n])));
        free(tf);
    }
    ag_add_role(a, "thực hiện");
    if (!seen)
        ag_add_task(c, a, tp, "thực hiện");
}

void ag_step_rows(actx *c)
{
    seg_doc *d = c->d;
    for (size_t k = 0; k + 3 < d->nlines && !d->oom; k++) {
        if (!step_cell(d, k))
            continue;
        size_t u = step_unit_line(d, k);
        long t = seg_para_of_line(d, k + 1);
        seg_para cp;
        if (!u || t < 0 || seg_line_para(d, u, &cp) < 0)
            continue;
        const seg_para *tp = &d->paras[t];
        size_t first = d->lines[k + 1].c1 - d->lines[k + 1].c0;
        if (filing_para(tp)) {
            /* the cell's next item of the filing's own rank ("2. Kiểm
             * tra, tiếp nhận hồ sơ") is the office's step; without one
             * the step is the applicant's alone */
            const seg_para *np = NULL;
            long prev = t;
            for (size_t m = k + 2; m < u && !np; m++) {
                long q = seg_para_of_line(d, m);
                if (q < 0 || q == prev)
                    continue;
                prev = q;
                const seg_para *qp = &d->paras[q];
                if (tp->label_chars && qp->mk == tp->mk && qp->mk_depth == tp->mk_depth && !filing_para(qp)) {
                    np = qp;
                    first = d->lines[m].c1 - d->lines[m].c0;
                }
            }
            if (!np) {
                seg_para_free(&cp);
                continue;
            }
            tp = np;
        }
        hit hs[8];
        int unit, n = step_bodies(c, &cp, hs, 8, &unit), issuer = n < 0;
        if (issuer)
            n = 0;
        for (int h = 0; h < n; h++) {
            seg_agency *a = ag_find_or_add(c, &hs[h], &cp);
            if (!a)
                break;
            step_task(c, a, tp, first);
        }
        ag_free_hits(hs, n);
        seg_para_free(&cp);
        hit oh;
        seg_para op;
        int own;
        if (n == 0 && !issuer && unit && step_owner(c, k, &oh, &op, &own)) {
            seg_agency *a = ag_find_or_add(c, &oh, &op);
            if (a)
                step_task(c, a, tp, first);
            ag_free_hits(&oh, 1);
            if (own)
                seg_para_free(&op);
        }
    }
}

/* ---- lists of procedures ---- */

/* Line k folded, trimmed of a closing stop, in buf (cap bytes): its length. */
static size_t folded_line(const seg_doc *d, size_t k, char *buf, size_t cap)
{
    const seg_line *l = &d->lines[k];
    size_t n = 0;
    for (size_t c = l->c0; c < l->c1 && n + 1 < cap; c++)
        buf[n++] = d->fold[c];
    while (n > 0 && (buf[n - 1] == '.' || buf[n - 1] == ' '))
        n--;
    buf[n] = 0;
    return n;
}

/* A row's number alone on its line ("1", "01", "3."): its value, or 0. */
static int row_number_line(const seg_doc *d, size_t k)
{
    char f[8];
    size_t n = folded_line(d, k, f, sizeof f);
    int v = 0;
    if (n == 0 || n > 3)
        return 0;
    for (size_t i = 0; i < n; i++) {
        if (!isdigit((unsigned char)f[i]))
            return 0;
        v = v * 10 + (f[i] - '0');
    }
    return v;
}

/* A procedure's code in the national database ("1.004946", "2.002815"):
 * digits with a dot, nothing else. */
static int code_line(const seg_doc *d, size_t k)
{
    char f[24];
    size_t n = folded_line(d, k, f, sizeof f), dots = 0;
    for (size_t i = 0; i < n; i++) {
        if (f[i] == '.')
            dots++;
        else if (!isdigit((unsigned char)f[i]))
            return 0;
    }
    return n >= 5 && dots >= 1;
}

static int starts_with(const char *f, const char *w) { return !strncmp(f, w, strlen(w)); }

/* The column a header cell of a list of procedures names: 1 the
 * procedure's name ("Tên thủ tục hành chính", "Tên TTHC"), 2 the body
 * that settles it ("Cơ quan thực hiện", "Cơ quan giải quyết", "Thẩm quyền
 * giải quyết", "Cơ quan có thẩm quyền quyết định"), 3 the row's number,
 * 4 any other known column, 0 none (the header is over). */
static int list_column(const char *f, size_t n)
{
    if (n == 0 || n > 60)
        return 0;
    if (starts_with(f, "ten thu tuc") || starts_with(f, "ten tthc"))
        return 1;
    if (starts_with(f, "co quan thuc hien") || starts_with(f, "co quan giai quyet") ||
        starts_with(f, "tham quyen giai quyet") || starts_with(f, "co quan co tham quyen") ||
        starts_with(f, "don vi thuc hien") || starts_with(f, "co quan chu tri giai quyet"))
        return 2;
    if (!strcmp(f, "stt") || !strcmp(f, "tt") || !strcmp(f, "so tt") || starts_with(f, "so thu tu"))
        return 3;
    if (starts_with(f, "ma ") || starts_with(f, "thoi han") || starts_with(f, "dia diem") || starts_with(f, "phi") ||
        starts_with(f, "le phi") || starts_with(f, "can cu") || starts_with(f, "ghi chu") || starts_with(f, "linh vuc") ||
        starts_with(f, "cach thuc") || starts_with(f, "ten van ban") || starts_with(f, "muc do") ||
        starts_with(f, "so, ky hieu") || starts_with(f, "ten vbqppl"))
        return 4;
    return 0;
}

/* Does a list's own heading, the nearest line above its header that says
 * which procedures it lists, say they are abolished ("Danh mục thủ tục
 * hành chính bị bãi bỏ")? An abolished procedure is no one's task any
 * more. */
static int abolished_list(const seg_doc *d, size_t h)
{
    char f[400];
    for (size_t q = h, m = 0; q > 0 && m < 5; m++) {
        q--;
        folded_line(d, q, f, sizeof f);
        int gone = strstr(f, "bai bo") != NULL, kept = strstr(f, "moi ban hanh") || strstr(f, "sua doi");
        if (gone || kept)
            return gone && !kept;
    }
    return 0;
}

/* The bodies the lines [a, b) of a cell name (each line read from its
 * first capital, a list's "- " before it skipped), other than the issuer,
 * given the procedure tp as their task (thực hiện). Whether the cell
 * named any body, the issuer included. */
static int cell_bodies(actx *c, size_t a, size_t b, const seg_para *tp)
{
    seg_doc *d = c->d;
    int named = 0;
    for (size_t k = a; k < b && !d->oom; k++) {
        seg_para cp;
        if (seg_line_para(d, k, &cp) < 0) {
            seg_para_free(&cp);
            continue;
        }
        size_t i = 0;
        while (i < cp.nchar && (cp.fold[i] == '-' || cp.fold[i] == '+' || cp.fold[i] == ' '))
            i++;
        hit hs[8];
        size_t end;
        int n = i < cp.nchar ? ag_chain(c, &cp, i, hs, 8, &end) : 0;
        for (int x = 0; x < n; x++) {
            named = 1;
            if (ag_is_issuer(c->r, hs[x].name) || unit_name(hs[x].name))
                continue;
            seg_agency *ag = ag_find_or_add(c, &hs[x], &cp);
            if (ag) {
                ag_add_role(ag, "thực hiện");
                ag_add_task(c, ag, tp, "thực hiện");
            }
        }
        ag_free_hits(hs, n);
        seg_para_free(&cp);
    }
    return named;
}

/* Does line k name a body at its start (a list's "- " skipped)? */
static int line_names_body(actx *c, size_t k)
{
    seg_para cp;
    int r = 0;
    if (seg_line_para(c->d, k, &cp) == 0) {
        size_t i = 0;
        while (i < cp.nchar && (cp.fold[i] == '-' || cp.fold[i] == ' '))
            i++;
        hit hs[4];
        size_t end;
        int n = i < cp.nchar ? ag_chain(c, &cp, i, hs, 4, &end) : 0;
        r = n > 0 && hs[0].a <= i + 1;
        ag_free_hits(hs, n);
    }
    seg_para_free(&cp);
    return r;
}

/* A list of the administrative procedures a decision publishes, flattened
 * one cell per line ("STT" / "Tên thủ tục hành chính" / "Thời hạn giải
 * quyết" / "Địa điểm thực hiện" / "Phí, lệ phí" / "Cơ quan thực hiện",
 * then each row: its number, its code if any, its name, its cells). Each
 * procedure is a task (thực hiện) of the body its "Cơ quan thực hiện"
 * cell names; a row whose cell is empty shares the cell above (a merged
 * cell), and a list without that column gives its procedures to the one
 * body its heading says they belong to (ANNOTATING.md, fifth rule set: a
 * published procedure's "Cơ quan thực hiện", or its column in a list,
 * gives X the procedure's name as a task). The places where files are
 * handed in, the fees and the legal bases are not read: only the body's
 * cell, the last of the row or where each cell holds one line. */
void ag_procedure_lists(actx *c)
{
    seg_doc *d = c->d;
    char f[80];
    for (size_t k = 0; k + 2 < d->nlines && !d->oom; k++) {
        size_t n = folded_line(d, k, f, sizeof f);
        if (list_column(f, n) != 1)
            continue;
        /* the header row: back to its number's cell, on to the first row */
        size_t h = k;
        while (h > 0 && k - h < 3 && list_column(f, folded_line(d, h - 1, f, sizeof f)) >= 3)
            h--;
        if (h == k || list_column(f, folded_line(d, h, f, sizeof f)) != 3)
            continue;
        int ncols = 0, ibody = -1, last_is_body = 0;
        size_t r = h;
        for (; r < d->nlines && r < h + 14; r++) {
            int col = list_column(f, folded_line(d, r, f, sizeof f));
            if (!col)
                break;
            if (col == 2 && ibody < 0)
                ibody = ncols;
            ncols++;
        }
        last_is_body = ibody >= 0 && ibody == ncols - 1;
        if (r >= d->nlines || row_number_line(d, r) != 1 || abolished_list(d, h)) {
            k = r;
            continue;
        }
        size_t prev_a = 0, prev_b = 0; /* the last body cell read: a merged cell's */
        while (r < d->nlines && !d->oom) {
            int v = row_number_line(d, r);
            size_t nm = r + 1;
            while (nm < d->nlines && code_line(d, nm))
                nm++;
            if (nm >= d->nlines)
                break;
            /* the row runs to the next row's number (rows of a list are
             * short: a longer run is the end of the list) */
            size_t e = nm + 1, lim = nm + 60;
            while (e < d->nlines && e < lim && row_number_line(d, e) != v + 1)
                e++;
            int last = e >= d->nlines || e >= lim;
            if (last)
                e = nm + (size_t)(ncols > 1 ? ncols - 1 : 1) < d->nlines ? nm + (size_t)(ncols - 1) : d->nlines;
            long t = seg_para_of_line(d, nm);
            if (t < 0 || d->paras[t].in_header)
                break;
            const seg_para *tp = &d->paras[t];
            size_t ba = 0, bb = 0;
            if (ibody >= 0) {
                if (e - r == (size_t)ncols) {
                    ba = r + (size_t)ibody;
                    bb = ba + 1;
                } else if (last_is_body) {
                    bb = e;
                    ba = e;
                    while (ba > nm + 1 && line_names_body(c, ba - 1))
                        ba--;
                }
            }
            if (ba < bb) {
                if (cell_bodies(c, ba, bb, tp)) {
                    prev_a = ba;
                    prev_b = bb;
                }
            } else if (prev_a < prev_b) {
                cell_bodies(c, prev_a, prev_b, tp);
            } else {
                hit oh;
                seg_para op;
                if (heading_owner(c, r, &oh, &op)) {
                    seg_agency *ag = ag_find_or_add(c, &oh, &op);
                    if (ag) {
                        ag_add_role(ag, "thực hiện");
                        ag_add_task(c, ag, tp, "thực hiện");
                    }
                    ag_free_hits(&oh, 1);
                }
            }
            if (last)
                break;
            r = e;
        }
        k = r;
    }
}
