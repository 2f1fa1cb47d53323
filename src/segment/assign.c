/*
 * assign.c: assignments in running text, anywhere: "Giao X chủ trì, phối
 * hợp với Y", "Đề nghị X", "Mời X", "X chủ trì ...", a subject opening an
 * item; the role each verb gives (ag_inline_roles), and a lead-in that asks
 * bodies to do the items after it.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "segment/agencies_internal.h"
#include "segment/funcwords.h"


/* The role of the subject of "phối hợp" at j: "A phối hợp thực hiện ..."
 * helps; "A phối hợp (chặt chẽ) với B ..." or "A phối hợp B" does the task
 * without being called lead (ANNOTATING.md, third rule set), so thực hiện. */
const char *ag_partner_role(const seg_para *p, size_t j)
{
    const char *f = p->fold;
    size_t n = p->nchar, q = skip_sp(f, n, j + 8);
    if (seg_word_at(f, n, q, "chat che"))
        q = skip_sp(f, n, q + 8);
    if (seg_word_at(f, n, q, "voi"))
        return "thực hiện";
    int coll = 0;
    /* "phối hợp cùng Công ty ...", "phối hợp cùng các đơn vị ...": "cùng"
     * (together with) before the partner's name is "với" */
    if (seg_word_at(f, n, q, "cung") && seg_marks_match(p, q, "cùng")) {
        size_t w = skip_sp(f, n, q + 4);
        if (seg_capital_at(p, w) || (w < n && seg_body_at(p, w, &coll)))
            return "thực hiện";
    }
    /* a name written in full opens with a capital ("phối hợp Văn phòng
     * ...": OCR damage of "với" leaves it in lower case) */
    if (seg_capital_at(p, q) || (q < n && seg_body_at(p, q, &coll) && coll))
        return "thực hiện";
    return "phối hợp";
}

/* Where the text of an item begins: after its label, or after "(i)",
 * "(2)", "(a)" that number items in a Thông báo or Công điện. */
static size_t paren_label_at(const seg_para *p, size_t a)
{
    size_t j = a + 1;
    if (a >= p->nchar || p->fold[a] != '(')
        return a;
    while (j < p->nchar && j < a + 6 && isalnum((unsigned char)p->fold[j]))
        j++;
    if (j == a + 1 || j >= p->nchar || p->fold[j] != ')')
        return a;
    return skip_sp(p->fold, p->nchar, j + 1);
}

static size_t paren_label(const seg_para *p)
{
    return paren_label_at(p, p->label_chars);
}

/* "căn cứ chức năng nhiệm vụ được giao", "theo chức năng, nhiệm vụ": the
 * basis a body acts on, which Vietnamese may put between the subject and
 * its verb ("Các Bộ: Nội vụ, ... căn cứ chức năng nhiệm vụ được giao chủ
 * trì, phối hợp với ..."). Only this fixed phrase of the body's own remit,
 * whose words are nouns that cannot be the verb: its length from j, or 0. */
static size_t remit_basis(const seg_para *p, size_t j)
{
    static const char *const opens[] = {"can cu vao", "can cu", "theo", "trong pham vi", "tren co so", NULL};
    static const char *const nouns[] = {"chuc nang", "nhiem vu", "quyen han", NULL};
    const char *f = p->fold;
    size_t n = p->nchar, q = j, l = seg_word_in(f, n, q, opens);
    int nn = 0;
    if (!l)
        return 0;
    q = skip_sp(f, n, q + l);
    while ((l = seg_word_in(f, n, q, nouns)) != 0) {
        nn++;
        q = skip_sp(f, n, q + l);
        size_t r = q;
        if (r < n && f[r] == ',')
            r = skip_sp(f, n, r + 1);
        if (seg_word_at(f, n, r, "va"))
            r = skip_sp(f, n, r + 2);
        if (!seg_word_in(f, n, r, nouns))
            break;
        q = r;
    }
    if (nn < 2) /* "theo dõi", "theo chức năng" alone: too little to be sure */
        return 0;
    if (seg_word_at(f, n, q, "duoc giao"))
        q = skip_sp(f, n, q + strlen("duoc giao"));
    if (q < n && f[q] == ',')
        q = skip_sp(f, n, q + 1);
    /* "... căn cứ chức năng nhiệm vụ để phối hợp thực hiện": the purpose
     * the remit serves is the body's own act, its verb the role's word */
    size_t d = seg_word_at(f, n, q, "de") ? skip_sp(f, n, q + 2) : q;
    if (d != q && (seg_word_at(f, n, d, "phoi hop") || seg_word_at(f, n, d, "chu tri")))
        q = d;
    return q - j;
}

/* Past the words Vietnamese puts before a verb to say how or whether its
 * subject must act ("chủ động phối hợp", "có trách nhiệm chủ trì", "tiếp
 * tục phối hợp"; seg_preverbal_at) and the remit a body acts on
 * (remit_basis): they leave the verb, and so the role, as it is. From j,
 * where the verb begins. */
size_t ag_preverbal(const seg_para *p, size_t j)
{
    const char *f = p->fold;
    size_t n = p->nchar, l;
    while ((l = seg_preverbal_at(p, j)) || (l = remit_basis(p, j)) || (l = seg_assigned_role_at(p, j))) {
        j = skip_sp(f, n, j + l);
        while (j < n && f[j] == ',') /* "chủ động, tích cực phối hợp" */
            j = skip_sp(f, n, j + 1);
    }
    return j;
}

/* Is a word of role at j: "chủ trì", "đầu mối", "phối hợp"? */
static int role_word(const seg_para *p, size_t j)
{
    return seg_lead_word_at(p, j) || seg_word_at(p->fold, p->nchar, j, "phoi hop");
}

/* Where an item's own first verb is, from a (its text's start). An item
 * may open with the basis it acts on ("Căn cứ chức năng, nhiệm vụ, phối
 * hợp với ...", "Trên cơ sở đề xuất kinh phí của các sở, chủ trì tổng hợp
 * ..."): a fronted adverbial whose own nouns the commas part, so the verb
 * is the word of role after one of its commas, in the same sentence.
 * ANNOTATING.md (fourth rule set): such an item is read from after the
 * clause. The adverbs before the verb are stepped over too. */
size_t ag_own_verb(const seg_para *p, size_t a)
{
    a = paren_label_at(p, a); /* "(1) Phối hợp với ..." */
    static const char *const basis[] = {"can cu", "tren co so", "theo chuc nang", "trong pham vi", NULL};
    const char *f = p->fold;
    size_t n = p->nchar;
    if (seg_word_in(f, n, a, basis)) {
        int commas = 0;
        for (size_t q = a; q < n && commas < 4 && !strchr(";.:", f[q]); q++) {
            if (f[q] != ',')
                continue;
            commas++;
            size_t v = ag_preverbal(p, skip_sp(f, n, q + 1));
            if (role_word(p, v))
                return v;
        }
        return a;
    }
    return ag_preverbal(p, a);
}

static int is_mời(const seg_para *p, size_t i)
{
    /* "mời" only, in any case: folding makes mọi/mới/mời alike */
    return seg_marks_match(p, i, "mời");
}

/* A verb in lower case at j (not "là", "được", a preposition): what
 * follows a body's name when it is the subject of a task. */
static int lower_verb(const seg_para *p, size_t j)
{
    /* and the nouns of where a body is found, which follow its name in
     * apposition, not as a predicate: "Cổng Dịch vụ công quốc gia, địa
     * chỉ: https://..." lists a place to file at (ANNOTATING.md) */
    static const char *const no[] = {"la", "duoc", "va", "cua", "da", "voi", "trong", "tai", "ve", "thi",
                                     "cung", "co", "nay", "do", "de", "tu", "dia chi", "tru so", "dien thoai",
                                     NULL};
    if (j >= p->nchar || !isalpha((unsigned char)p->fold[j]))
        return 0;
    size_t bi = p->cpos[j];
    if (!cp_is_lower(seg_utf8_next(p->text, p->cpos[p->nchar], &bi)))
        return 0;
    /* "để" (in order to), not "đề" of the verb "đề xuất" ("... thì
     * Thường trực Ủy ban Công tác đại biểu đề xuất ..."); a subject that
     * "đề nghị" asks another, as an applicant does ("Doanh nghiệp đề nghị
     * cấp Giấy chứng nhận ... nộp hồ sơ"), and is given nothing by it */
    if (seg_word_at(p->fold, p->nchar, j, "de") && !seg_marks_match(p, j, "để"))
        return !seg_word_at(p->fold, p->nchar, j, "de nghi");
    return !seg_word_in(p->fold, p->nchar, j, no);
}

int ag_lower_verb(const seg_para *p, size_t j)
{
    return lower_verb(p, j);
}

/* Does the word at i open a clause: after a comma, semicolon or colon
 * ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các cơ
 * quan ... phản ánh")? A request there asks the bodies after it. */
static int clause_opens(const char *f, size_t a0, size_t i)
{
    size_t b = i;
    while (b > a0 && f[b - 1] == ' ')
        b--;
    return b > a0 && b < i && strchr(",;:", f[b - 1]);
}

/* Is the word at a "Để" (in order to) or "Về" (as to, with its capital:
 * it opens the sentence), read with its marks in any case: "đề xuất",
 * "đề nghị", "vệ" fold alike. */
static int is_để_về(const seg_para *p, size_t a)
{
    return (seg_word_at(p->fold, p->nchar, a, "de") && seg_marks_match(p, a, "để")) ||
           (seg_word_at(p->fold, p->nchar, a, "ve") && seg_capital_at(p, a) && seg_marks_match(p, a, "về"));
}

/* "Giao" at q assigning to whom follows ("giao Sở Tài chính", "giao các
 * cơ quan", "giao cho ..."), not "giáo dục" or "giao cắt", which fold
 * alike. */
static int assigns_at(const seg_para *p, size_t q)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    if (!seg_word_at(f, n, q, "giao") || strncmp(p->text + p->cpos[q] + 1, "iao", 3))
        return 0;
    size_t w = skip_sp(f, n, q + 4);
    return seg_capital_at(p, w) || seg_word_at(f, n, w, "cac") || seg_word_at(f, n, w, "cho");
}

/* "Ủy quyền cho Giám đốc Sở Tư pháp thực hiện ...", "Ủy quyền Giám đốc Sở Y
 * tế:": the issuer hands its powers to whom follows, who is given them as
 * "Giao X" gives its work (a decision of delegation lists the powers under
 * it). Where the names open, or 0; not the noun ("Thời gian ủy quyền:",
 * "nội dung được ủy quyền"), which no name follows. */
static size_t delegates_at(const seg_para *p, size_t q)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    if (!seg_word_at(f, n, q, "uy quyen"))
        return 0;
    size_t w = skip_sp(f, n, q + 8);
    if (seg_word_at(f, n, w, "cho"))
        w = skip_sp(f, n, w + 3);
    return seg_capital_at(p, w) || seg_word_at(f, n, w, "cac") ? w : 0;
}

/* "Phân cấp cho Sở Công Thương quyết định ...", "Ủy ban nhân dân tỉnh phân
 * cấp thẩm quyền cho Sở Tư pháp ký ...", "Ủy quyền cho Giám đốc Sở Tài
 * chính phê duyệt ...": the issuer hands a power down to whom follows
 * "cho", who holds it from then on, as "Giao X" gives its work (ANNOTATING.md:
 * a competence given to a body is its task). Where the names open, or 0;
 * not the passive ("nhiệm vụ được phân cấp cho ...", whose subject holds the
 * power), nor the noun ("việc phân cấp cho ...", "về phân cấp ..."). */
static size_t hands_down_at(const seg_para *p, size_t q)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    static const char *const nouns[] = {"duoc", "viec", "su", "ve", NULL};
    size_t b = q;
    while (b > 0 && f[b - 1] == ' ')
        b--;
    for (int k = 0; nouns[k]; k++) {
        size_t l = strlen(nouns[k]);
        if (b >= l && seg_word_at(f, n, b - l, nouns[k]) && (b == l || f[b - l - 1] == ' '))
            return 0;
    }
    if (seg_word_at(f, n, q, "uy quyen"))
        return delegates_at(p, q);
    if (!seg_word_at(f, n, q, "phan cap"))
        return 0;
    size_t w = skip_sp(f, n, q + 8);
    if (seg_word_at(f, n, w, "tham quyen"))
        w = skip_sp(f, n, w + 10);
    if (!seg_word_at(f, n, w, "cho"))
        return 0;
    w = skip_sp(f, n, w + 3);
    return seg_capital_at(p, w) || seg_word_at(f, n, w, "cac") ? w : 0;
}

/* A council or team named by its work at s ("Tổ thẩm định" before "lập
 * ...", bodies.c): formed for each case, so a collective (ANNOTATING.md,
 * fifth and seventh rule sets), as is "cấp có thẩm quyền". Read only where
 * a clause's subject stands, the item's opening or after its fronted
 * clause or "thì": elsewhere such words are the nouns of a task. 1 with h
 * and *end set, or 0. */
static int work_subject(const seg_para *p, size_t s, hit *h, size_t *end, int placed)
{
    /* "Tổ trưởng Tổ công tác ... chủ trì": the title's holder acts for
     * the team it heads (names.c, ag_compound_title) */
    size_t hl = 0, t = ag_compound_title(p, s, &hl);
    if (t)
        s = t;
    size_t e = seg_work_subject_at(p, s);
    /* "cơ quan", "đơn vị" and their work only where the clause shows its
     * subject must stand (placed: after a fronted condition or time, a
     * step's label, "thì"); at an item's opening such words are as often
     * a task's nouns, and val's readers did not list them there
     * (bodies.c, work_head) */
    if (!e && placed)
        e = seg_function_class_at(p, s);
    if (!e)
        return 0;
    size_t v = skip_sp(p->fold, p->nchar, e);
    if (!lower_verb(p, v) && !seg_duty_at(p, v, 1) && !seg_predicate_opens(p, v) &&
        !seg_word_at(p->fold, p->nchar, v, "co quyen"))
        return 0;
    if (!ag_written_hit(p, s, e, 1, h))
        return 0;
    *end = e;
    return 1;
}

/* Member nouns coordinated without "các" at s ("cơ quan, tổ chức, cá
 * nhân"), which bodies.c reads as a group only where a fronted clause
 * closes before them: a collective whose name holds a comma (one class,
 * "cơ quan có thẩm quyền", is not read there). */
static int bare_members(const seg_para *p, size_t s)
{
    int coll = 0;
    size_t e = seg_body_at(p, s, &coll);
    return e > s && coll && memchr(p->fold + s, ',', e - s) != NULL;
}

/* Does a body open the clause at s, named in full (a capital or "các" at
 * its start: "ban, ngành, địa phương, chủ trì" after a comma of "các sở,
 * ban, ngành" is the rest of a list), and a verb follow it? */
static int subject_opens(actx *c, const seg_para *p, size_t s, int any_case)
{
    size_t n = p->nchar, end;
    if (s >= n || !(any_case || seg_capital_at(p, s) || seg_word_at(p->fold, n, s, "cac") || bare_members(p, s)))
        return 0;
    hit hs[8];
    int m = ag_chain(c, p, s, hs, 8, &end);
    if (!m)
        m = work_subject(p, s, hs, &end, 1);
    /* the clause opens with the body itself, not an item the list
     * stepped over ("cơ quan ký kết hợp đồng ... chủ trì, phối hợp
     * với ..., cơ quan tài chính") */
    int opens = m && ag_after_title(c, p, s) == hs[0].a;
    ag_free_hits(hs, m);
    /* "..., các bộ và cơ quan ngang bộ sau đây có quyền hạn, trách nhiệm
     * như sau:": "sau đây" (those below) announces the bodies the items
     * name, no subject of its own */
    size_t v = skip_sp(p->fold, n, end);
    return opens && !seg_word_at(p->fold, n, v, "sau day") && lower_verb(p, v);
}

/* Does a name end at the separator at q, read from a word in [from, q)?
 * Then the comma goes on with a list ("Sau khi Bộ trưởng Bộ Y tế, Bộ
 * trưởng Bộ Giáo dục và Đào tạo quy định ..., Sở Y tế ..."): the clause
 * has not ended there. */
static int name_ends_at(actx *c, const seg_para *p, size_t from, size_t q)
{
    const char *f = p->fold;
    int ends = 0;
    for (size_t w = from; w < q && !ends; w++) {
        if ((w > 0 && f[w - 1] != ' ') || !isalpha((unsigned char)f[w]))
            continue;
        hit hs[8];
        size_t end;
        int m = ag_chain(c, p, w, hs, 8, &end);
        for (int h = 0; h < m && !ends; h++) {
            size_t b = hs[h].b;
            while (b > w && f[b - 1] == ' ')
                b--;
            ends = b == q;
        }
        ag_free_hits(hs, m);
    }
    return ends;
}

/* "Trường hợp tiếp nhận không phụ thuộc vào địa giới hành chính: đơn vị
 * tiếp nhận hồ sơ chuyển ngay ...": a published procedure states each
 * case and, after its colon, who acts in it. Only a class named by its
 * function is read there (seg_function_class_at: "cơ quan", "đơn vị", the
 * verb of its work and its object, then the predicate's verb); the names
 * of bodies are read by their own rules. After a comma of the condition
 * such a reading lowered val (agencies F1 0.765 -> 0.762; 0.764 with
 * lists of class nouns kept apart): a condition's commas part its own
 * words too. Where the main clause opens, or a0. */
static size_t condition_subject(const seg_para *p, size_t a0)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    if (!seg_word_at(f, n, a0, "truong hop") && !seg_word_at(f, n, a0, "trong truong hop"))
        return a0;
    for (size_t q = a0; q < n && q < a0 + 320; q++) {
        if (f[q] == ';' || f[q] == '.' || ((q == 0 || f[q - 1] == ' ') && ag_then_at(p, q)))
            break;
        if (f[q] != ':')
            continue;
        size_t s = skip_sp(f, n, q + 1);
        if (seg_function_class_at(p, s))
            return s;
    }
    return a0;
}

/* "Khi hoàn thành thi công, đơn vị thi công hoàn trả mặt đường ...",
 * "Trường hợp ..., các doanh nghiệp quản lý hạ tầng tạm dừng ...": after
 * a fronted clause of time or condition closed by its comma or "thì", the
 * main clause's subject may be a class named in lower case with a plain
 * verb after it. Where the class ends is the hard part (the predicate's
 * verb is often also a noun: "cơ quan tiếp nhận hồ sơ hướng dẫn ..."), so
 * the class is read only as a body the document has already named as an
 * agency (a class given a duty elsewhere, "Đơn vị cung cấp dịch vụ đăng
 * kiểm có trách nhiệm ...") standing whole at the clause's opening, a
 * verb after it. The start of the class and *end, or 0. */
static size_t fronted_known_class(const actx *c, const seg_para *p, size_t a0, size_t *end)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    static const char *const fronts[] = {"khi", "truoc khi", "sau khi", "trong truong hop", "truong hop", "neu",
                                         "trong thoi han", "trong qua trinh", NULL};
    static const char *const members[] = {"bo", "so", "nganh", "co quan", "don vi", "to chuc", "doanh nghiep",
                                          "dia phuong", NULL};
    static const char *const roles[] = {"chu tri", "phoi hop", "thuc hien", NULL};
    if (!seg_word_in(f, n, a0, fronts))
        return 0;
    for (size_t q = a0; q < n && q < a0 + 320; q++) {
        if (strchr(";:.", f[q]))
            break;
        int then = (q == 0 || f[q - 1] == ' ') && ag_then_at(p, q);
        if (f[q] != ',' && !then)
            continue;
        size_t s = skip_sp(f, n, q + (then ? 3 : 1)), g = s;
        if (seg_word_at(f, n, g, "cac"))
            g = skip_sp(f, n, g + 3);
        /* "... đại diện các bộ, cơ quan ngang bộ vắng mặt": after a
         * member noun the comma goes on with the condition's own list */
        size_t b = q, w;
        while (b > a0 && f[b - 1] == ' ')
            b--;
        for (w = b; w > a0 && f[w - 1] != ' ' && f[w - 1] != ','; w--)
            ;
        size_t ml = seg_word_in(f, b, w, members);
        if (!then && ml == b - w &&
            (ml > 5 || seg_marks_match(p, w, "bộ") || seg_marks_match(p, w, "sở") || seg_marks_match(p, w, "ngành")))
            continue; /* "hồ sơ," is no "sở" */
        size_t hl = seg_generic_head_at(p, g);
        if (!hl) {
            if (then)
                break;
            continue;
        }
        size_t best = 0;
        for (size_t k = 0; k < c->r->n_agencies; k++) {
            const seg_agency *a = &c->r->agencies[k];
            if (!a->collective || !a->name)
                continue;
            char *nf = seg_fold_str(a->name);
            if (!nf)
                continue;
            size_t l = strlen(nf), from = seg_word_at(nf, l, 0, "cac") ? skip_sp(nf, l, 3) : 0;
            /* more than the head, no person among the classes ("tổ chức,
             * cá nhân muốn ..." files, ANNOTATING.md), no procedure's
             * role ("cơ quan chủ trì") */
            int ok = l - from > hl + 1 && !strstr(nf, "ca nhan") && !strstr(nf, "nguoi") &&
                     !seg_word_in(nf, l, skip_sp(nf, l, from + hl), roles);
            /* nor member nouns alone ("các cơ quan, tổ chức"): the head
             * alone, which a longer class may open ("cơ quan, tổ chức
             * quản lý trực tiếp") */
            size_t m = from, wl;
            while (ok && m < l && (wl = seg_word_in(nf, l, m, members)) != 0) {
                m = skip_sp(nf, l, m + wl);
                if (m < l && nf[m] == ',')
                    m = skip_sp(nf, l, m + 1);
                else if (m < l)
                    break;
            }
            ok = ok && m < l;
            if (ok && l - from > best && seg_word_at(f, n, g, nf + from) && lower_verb(p, skip_sp(f, n, g + l - from)))
                best = l - from;
            free(nf);
        }
        /* "Khi hội bị giải thể, cơ quan ... :" over items: a lead-in,
         * whose items the rules of lead-ins give */
        size_t t = g + best;
        int duty = 0;
        while (best && t < n && !strchr(";:.", f[t])) {
            /* a duty's words later in the clause are its predicate, which
             * the rules of duty read with its whole subject */
            duty |= f[t - 1] == ' ' && seg_duty_at(p, t, 1);
            t++;
        }
        if (duty)
            best = 0;
        if (best && (t >= n || f[t] != ':')) {
            *end = g + best;
            return s;
        }
        if (then)
            break;
    }
    return 0;
}

/* At s, after a comma of a "Căn cứ" item's basis: the longest group
 * bodies.c reads, opening with "các" ("các Sở, ban, ngành, đoàn thể, địa
 * phương", where the gazetteer's shorter "các Sở, ban, ngành" ends at a
 * comma and subject_opens finds no verb after it), and its verb? */
static int basis_group_opens(const seg_para *p, size_t s)
{
    int coll = 0;
    size_t e;
    if (!seg_word_at(p->fold, p->nchar, s, "cac") || (e = seg_body_at(p, s, &coll)) <= s || !coll)
        return 0;
    return lower_verb(p, skip_sp(p->fold, p->nchar, e));
}

/* Is the word at q the object of a verb of receiving or having right
 * before it ("Khi nhận được đề nghị, yêu cầu bảo vệ, ...", "khi có yêu
 * cầu của ...")? Then "đề nghị", "yêu cầu" are nouns, the request
 * received, and no request of the issuer opens a main clause there. */
static int received_before(const seg_para *p, size_t a0, size_t q)
{
    static const char *const verbs[] = {"nhan duoc", "tiep nhan", "nhan", "co", NULL};
    const char *f = p->fold;
    size_t b = q;
    while (b > a0 && f[b - 1] == ' ')
        b--;
    for (int k = 0; verbs[k]; k++) {
        size_t l = strlen(verbs[k]);
        if (b >= a0 + l && !memcmp(f + b - l, verbs[k], l) && (b - l == 0 || f[b - l - 1] == ' ') &&
            (strcmp(verbs[k], "co") || seg_marks_match(p, b - l, "có")))
            return 1;
    }
    return 0;
}

/* An item opening with a time ("Trước ngày 20 tháng 12 hằng năm, Ủy ban
 * nhân dân xã lập danh sách ...", "Trong thời hạn 05 ngày làm việc, kể từ
 * ngày ..., Phòng Kinh tế xã thẩm định ...") or with an adverbial clause
 * of circumstance, basis, scope or purpose ("Trong quá trình thực hiện,
 * nếu có khó khăn, vướng mắc, các cơ quan, đơn vị ... phản ánh", "Trên cơ
 * sở ..., trong 05 ngày làm việc, Sở Khoa học và Công nghệ chủ trì",
 * "Đối với ...: Sở Y tế, Sở Giáo dục và Đào tạo quyết định", "Để ..., các
 * Sở, ngành ... tăng cường", a topic "Về việc ...: Ủy ban nhân dân ... chỉ
 * đạo"): Vietnamese puts such a clause before the subject and closes it
 * with a comma (a colon after "Đối với", "Về"), so the
 * subject is the body that opens the clause after one of those, followed
 * by its verb. Where the item's text is read from, or a0. */
static size_t fronted_clause(actx *c, const seg_para *p, size_t a0)
{
    /* times only among the openers a condition may share: "Trường hợp Bộ
     * trưởng Bộ Y tế, Bộ trưởng ... chưa quy định" holds a list its commas
     * split */
    static const char *const fronts[] = {"truoc ngay", "trong thoi han", "dinh ky", "hang nam", "hang quy",
                                         "hang thang", "cham nhat", NULL};
    /* ... and the month, quarter or year the work falls in, or ends by,
     * with its year ("Trong tháng 01/2026, Sở Y tế tham mưu ...", "Trong
     * Quý I/2026, ...", "Đến hết năm 2025, ..."); without one ("Trong
     * tháng 11, Tập đoàn AB bán ...") it tells a case, a worked example's */
    static const char *const dated[] = {"trong thang", "trong quy", "trong nam", "den het", "den nam", NULL};
    /* a condition ("Trường hợp ...,", "Trong trường hợp ...,", "Nếu ...,")
     * and what a rule adds to ("Ngoài ...,") front their clause as a time
     * does: the subject opens after its comma, not at one a name of the
     * condition ends at (name_ends_at) */
    static const char *const clauses[] = {"trong qua trinh", "tren co so", "doi voi", "sau khi", "truoc khi", "khi",
                                          "nham", "trong pham vi", "can cu", "trong truong hop", "truong hop",
                                          "neu", "ngoai", NULL};
    const char *f = p->fold;
    size_t n = p->nchar;
    int time = seg_word_in(f, n, a0, fronts) != 0;
    if (!time && seg_word_in(f, n, a0, dated)) {
        size_t e = a0;
        while (e < n && f[e] != ',' && e < a0 + 40)
            e++;
        time = e < n && f[e] == ',' && seg_end_year(f, a0, e) > 0;
    }
    int clause = !time && seg_word_in(f, n, a0, clauses);
    int basis = clause && seg_word_at(f, n, a0, "can cu");
    static const char *const conditions[] = {"trong truong hop", "truong hop", "neu", "ngoai", "truoc khi", NULL};
    int cond = clause && seg_word_in(f, n, a0, conditions);
    if (!time && !clause && !is_để_về(p, a0))
        return a0;
    int commas = 0;
    size_t last = a0;
    for (size_t q = a0; q < n && q < a0 + 320 && commas < (time ? 3 : 6); q++) {
        /* "Khi có đủ căn cứ thì Giám thị trại giam, ...": the main clause
         * opens at "thì", read there (ag_then_at) */
        int word = q == 0 || f[q - 1] == ' ';
        if (!time && (f[q] == ';' || f[q] == '.' || (word && ag_then_at(p, q))))
            break;
        /* "..., nếu có khó khăn, vướng mắc, đề nghị các sở, ...": the main
         * clause opened with the issuer's own word, its bodies are asked */
        /* "Về đề nghị của xã Hải Lăng:", "kiến nghị, đề nghị của ...": a
         * request named, the topic's noun, no main clause */
        int named = (seg_word_at(f, n, q, "de nghi") || seg_word_at(f, n, q, "yeu cau")) &&
                    (seg_word_at(f, n, skip_sp(f, n, q + 7), "cua") || received_before(p, a0, q));
        if (!time && word && !named && (seg_word_at(f, n, q, "de nghi") || seg_word_at(f, n, q, "yeu cau") ||
                                         assigns_at(p, q) || seg_word_at(f, n, q, "chi dao"))) {
            /* with no comma before it ("nếu có khó khăn, vướng mắc đề
             * nghị các cơ quan ..."), the request still opens the main
             * clause: a circumstance clause holds no request of the issuer */
            /* a condition's own words may ask ("Trường hợp không đồng ý ...,
             * luật sư đề nghị Bộ Tư pháp ..."): there only a request right
             * after a comma opens the issuer's main clause */
            size_t b = q;
            while (b > a0 && f[b - 1] == ' ')
                b--;
            if (clause && q > a0 && (seg_word_at(f, n, q, "de nghi") || seg_word_at(f, n, q, "yeu cau")) &&
                (!cond || (b > a0 && f[b - 1] == ',')))
                return q;
            break;
        }
        if (f[q] != ',' && (time || f[q] != ':'))
            continue;
        commas++;
        size_t s = skip_sp(f, n, q + 1);
        /* a topic's colon ends it whatever name it ends with ("Về kiến nghị
         * của Ủy ban nhân dân xã Hải Lăng: Sở Xây dựng kiểm tra ...") */
        if ((subject_opens(c, p, s, time) || (basis && basis_group_opens(p, s))) &&
            (time || f[q] == ':' || !name_ends_at(c, p, last, q)))
            return s;
        last = s;
        /* the time phrase goes on only into "kể từ ...", "tính từ ..." */
        if (time && !seg_word_at(f, n, s, "ke tu") && !seg_word_at(f, n, s, "tinh tu"))
            break;
    }
    return a0;
}

/* The heading paragraph p stands under, or NULL: an item is a section of
 * its own, so an item's heading is its section's parent's. */
static const seg_para *heading_over(const seg_doc *d, const seg_para *p)
{
    int sec = p->section;
    if (sec >= 0 && d->secs[sec].para == (int)(p - d->paras))
        sec = d->secs[sec].parent;
    return sec < 0 ? NULL : &d->paras[d->secs[sec].para];
}

/* Is p an item under a heading that ends in "phối hợp [với]" ("b) Chủ trì,
 * phối hợp:" over "- Sở Xây dựng, Sở Tài chính tổ chức rà soát ...")? The
 * heading's body leads; the bodies its items name are its partners. */
static int under_partner_lead(const seg_doc *d, const seg_para *p)
{
    const seg_para *h = heading_over(d, p);
    if (!h)
        return 0;
    size_t n = h->nchar;
    while (n > 0 && strchr(" :.", h->fold[n - 1]))
        n--;
    return (n >= 8 && !memcmp(h->fold + n - 8, "phoi hop", 8)) ||
           (n >= 12 && !memcmp(h->fold + n - 12, "phoi hop voi", 12));
}

/* Is p an item under a lead-in that asks ("b) Để làm tốt các nhiệm vụ sắp
 * tới, đề nghị:" over "(i) Tập đoàn ... báo cáo ...")? Its subjects are
 * asked, not ordered: đề nghị (ANNOTATING.md, each task's own words). */
static int under_request_lead(const seg_doc *d, const seg_para *p)
{
    const seg_para *h = heading_over(d, p);
    if (!h && p->mk != MK_NONE) {
        /* a letter's unlabelled lead-in over numbered items ("..., Sở Xây
         * dựng đề nghị các đơn vị nêu trên:" / "1. Công ty ..."), which
         * opens no section: the paragraph before the run of items */
        const seg_para *q = p;
        while (q > d->paras && q[-1].mk != MK_NONE && q[-1].mk >= p->mk)
            q--;
        h = q > d->paras && q[-1].mk == MK_NONE ? &q[-1] : NULL;
    }
    if (!h)
        return 0;
    size_t n = h->nchar;
    while (n > 0 && h->fold[n - 1] == ' ')
        n--;
    if (n < 8 || h->fold[n - 1] != ':')
        return 0;
    if (seg_word_at(h->fold, n - 1, n - 8, "de nghi"))
        return 1;
    /* the request naming whom it asks by what covers them, "Sở Xây dựng
     * đề nghị các đơn vị nêu trên:", "kính đề nghị Quý cơ quan:", over
     * items that each name their own: the word asks each of them. Only in
     * the lead-in's last sentence, and the request made, not named ("đề
     * nghị của ...") */
    size_t s = n - 1;
    while (s > 0 && !(h->fold[s - 1] == '.' && h->fold[s] == ' '))
        s--;
    for (size_t x = s; x + 7 < n; x++)
        if ((x == 0 || h->fold[x - 1] == ' ') && seg_word_at(h->fold, n, x, "de nghi")) {
            size_t o = skip_sp(h->fold, n, x + 7);
            if (seg_word_at(h->fold, n, o, "cua") || seg_word_at(h->fold, n, o, "so"))
                continue;
            return seg_word_at(h->fold, n, o, "cac") || seg_word_at(h->fold, n, o, "quy");
        }
    return 0;
}

/* Is the word at i joined by "và", "hoặc" or a semicolon to a predicate
 * before it in the item ("..., kiểm tra hồ sơ và đề nghị ...", "... báo
 * cáo ... hoặc đề nghị ...")? Then it shares that predicate's subject. */
static int joined_predicate(const seg_para *p, size_t a0, size_t i)
{
    const char *f = p->fold;
    size_t b = i;
    while (b > a0 && f[b - 1] == ' ')
        b--;
    if (b == i || b <= a0)
        return 0;
    if (f[b - 1] == ';')
        return 1;
    return (b >= a0 + 2 && seg_word_at(f, b, b - 2, "va") && seg_marks_match(p, b - 2, "và")) ||
           (b >= a0 + 4 && seg_word_at(f, b, b - 4, "hoac"));
}

/* Does p stand under a heading that names the body whose duties its
 * items are ("Điều 19. Trách nhiệm của Sở Khoa học và Công nghệ", "3. Sở
 * Tài chính:")? */
static int under_body_heading(actx *c, const seg_para *p)
{
    const seg_doc *d = c->d;
    const seg_para *h = heading_over(d, p);
    if (!h)
        return 0;
    size_t a = paren_label(h), duty = ag_duty_of(h, a), end = 0;
    hit hs[8];
    int k = ag_chain(c, h, duty ? duty : a, hs, 8, &end);
    int named = k > 0 && !ag_is_issuer(c->r, hs[0].name);
    ag_free_hits(hs, k);
    if (!named)
        return 0;
    size_t q = skip_sp(h->fold, h->nchar, end);
    return duty || q >= h->nchar || h->fold[q] == ':';
}

/* Is what a body is asked, from j on, to give an account, information
 * or papers ("báo cáo", "cung cấp", "giải trình", "bổ sung", "gửi")? The
 * first of those in the clause, the asked group's own words before it
 * ("yêu cầu doanh nghiệp trúng thầu, nhận thầu công trình ở nước ngoài
 * báo cáo đột xuất"), up to twelve words. */
static int asks_account(const seg_para *p, size_t j)
{
    static const char *const give[] = {"bao cao", "cung cap", "giai trinh", "bo sung", "gui", NULL};
    const char *f = p->fold;
    size_t n = p->nchar;
    for (int words = 0; j < n && words < 12 && !strchr(";.:", f[j]); words++) {
        if (seg_word_in(f, n, j, give))
            return 1;
        while (j < n && (isalnum((unsigned char)f[j]) || f[j] == '-'))
            j++;
        j = skip_sp(f, n, j < n && f[j] == ',' ? j + 1 : j);
    }
    return 0;
}

/* Does p stand in the article of duties of a decision on one body's
 * functions ("Điều 2. Nhiệm vụ và quyền hạn" after "Điều 1. Vị trí và
 * chức năng" defining "Sở Tư pháp là ..."), at any depth? Its items are
 * that body's acts, as under a heading naming it: a request in them
 * ("...; đề nghị Đoàn Luật sư cung cấp thông tin") is the body's, which
 * consults (ANNOTATING.md, seventh rule set). */
static int in_functions_article(actx *c, const seg_para *p)
{
    const seg_doc *d = c->d;
    for (int s = p->section; s >= 0; s = d->secs[s].parent) {
        if (d->secs[s].mk != MK_DIEU)
            continue;
        hit hs[1];
        size_t end = 0;
        if (d->secs[s].para < 0 || !ag_functions_subject(c, &d->paras[d->secs[s].para], hs, &end))
            return 0;
        int other = !ag_is_issuer(c->r, hs[0].name);
        ag_free_hits(hs, 1);
        return other;
    }
    return 0;
}

/* "6. Bộ Giáo dục và Đào tạo chỉ đạo ...; chủ trì, phối hợp với các địa
 * phương ...", "c) Tham mưu ...; làm đầu mối xây dựng ...", "d) Giải quyết
 * .... Chủ trì, phối hợp với ...": after a semicolon, a comma or a full
 * stop, a clause opening with a word of leading has no subject of its own,
 * so the item's subject leads that task too ("đầu mối" leads: ANNOTATING.md,
 * fifth rule set). From `from` on; 1 when there is such a clause. */
int ag_later_lead(const seg_para *p, size_t from)
{
    static const char *const lead[] = {"chu tri", "lam dau moi", "la dau moi", "la co quan dau moi", "dau moi", NULL};
    const char *f = p->fold;
    size_t n = p->nchar;
    for (size_t q = from; q + 7 <= n; q++) {
        if ((q > 0 && isalnum((unsigned char)f[q - 1])) || !seg_word_in(f, n, q, lead))
            continue;
        size_t b = q;
        while (b > from && f[b - 1] == ' ')
            b--;
        if (b > from && (f[b - 1] == ';' || f[b - 1] == ',' || (f[b - 1] == '.' && b < q)))
            return 1;
    }
    return 0;
}

/* "Các tỉnh Nghệ An, Quảng Ngãi, Cao Bằng khẩn trương ...", "Thành phố Hà
 * Nội và các tỉnh Bắc Ninh, Gia Lai đẩy nhanh ...": a letter names a
 * province for its authority, the Ủy ban nhân dân of each (ANNOTATING.md,
 * fourth rule set). Reads the provinces opening p at a, up to their verb;
 * each is given the item (thực hiện). Returns how many. */
static int province_subjects(actx *c, const seg_para *p, size_t a)
{
    const char *f = p->fold;
    size_t n = p->nchar, j = a;
    hit hs[16];
    int closed;
    int k = ag_province_names(c, p, &j, hs, 16, PROV_WORDS | PROV_NAMED, NULL, &closed);
    int ok = closed && j < n && lower_verb(p, j) && !seg_word_at(f, n, j, "nay");
    for (int h = 0; ok && h < k; h++)
        ag_assign(c, &hs[h], p, seg_word_at(f, n, j, "chu tri") ? "chủ trì" : "thực hiện", 1);
    ag_free_hits(hs, k);
    return ok ? k : 0;
}

/* An item ag_inline_roles reads: its paragraph, where its text begins, and
 * whether it stands in the implementation part or among a regulation's
 * clauses. */
typedef struct {
    const seg_para *p;
    size_t a0;
    int in_impl, in_reg;
    size_t raw; /* where the item's words begin, before a fronted clause or a step's label */
    int notice; /* a Thông báo: the conclusions of a meeting */
    int orders; /* a Thông báo, Chỉ thị or Công điện: items that order work */
    int semi;   /* another typed document or an implementation part, outside a
                 * regulation's norms and a body's own duties: a clause after
                 * ';' may name its own subject */
    int shared; /* such an item opening with its own subject: a later sentence
                 * may open with another's */
    actx *c;
} item;

/* Does the item open with the issuer as its subject ("Ủy ban nhân dân
 * tỉnh phân cấp ...")? Asked only where a power is handed down, so the
 * names are read there, not for every item. */
static int issuer_opens(const item *it)
{
    hit hi[4];
    size_t he;
    int k = ag_chain(it->c, it->p, it->a0, hi, 4, &he);
    int yes = k == 1 && ag_is_issuer(it->c->r, hi[0].name);
    ag_free_hits(hi, k);
    return yes;
}

/* A procedure's step numbers its text, "- Bước 3: Trong thời hạn ..., Sở
 * Nông nghiệp và Môi trường báo cáo ...": the label is no word of the
 * sentence, which is read after it, a fronted time and all. From a. */
static size_t step_label(const seg_para *p, size_t a)
{
    const char *f = p->fold;
    size_t n = p->nchar, j = a + 4;
    if (!seg_word_at(f, n, a, "buoc"))
        return a;
    j = skip_sp(f, n, j);
    size_t d = j;
    while (j < n && isdigit((unsigned char)f[j]))
        j++;
    if (j == d || j >= n || (f[j] != ':' && f[j] != '.'))
        return a;
    return skip_sp(f, n, j + 1);
}

/* Where the text of item p is read from: after its label and a quoted
 * clause's, the basis a "Căn cứ" item opens with, a time put first. 0 when
 * a "Căn cứ" item has no comma after its basis: nothing to read. */
static int item_start(actx *c, const seg_para *p, size_t *a0p)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    size_t a0 = step_label(p, ag_quoted_clause(p, paren_label(p)));
    if (seg_is_can_cu(p)) {
        /* "1. Căn cứ Kế hoạch này, các Sở, ban, ngành ... xây dựng kế hoạch":
         * the item's subject follows the clause that says on what basis */
        size_t q = a0;
        while (q < n && q < a0 + 160 && f[q] != ',')
            q++;
        if (q >= n || f[q] != ',')
            return 0;
        /* "Căn cứ quy định của Luật này, phạm vi quản lý, Bộ Y tế quy
         * định ...": the basis may hold commas of its own; the subject is
         * the body that opens a clause after one of them with its verb */
        size_t s = fronted_clause(c, p, a0);
        a0 = s != a0 && (subject_opens(c, p, s, 0) || basis_group_opens(p, s)) ? s : skip_sp(f, n, q + 1);
    }
    *a0p = fronted_clause(c, p, a0);
    return 1;
}

/* "cung cấp" (provide) at i, read with its marks: what is provided to a
 * body "cho" (for) it to use is sent to it, "cung cấp số liệu cho Bộ Tài
 * chính để tổng hợp" as "gửi số liệu về Bộ Tài chính để tổng hợp". */
static int provided_at(const seg_para *p, size_t i)
{
    return seg_word_at(p->fold, p->nchar, i, "cung cap") && seg_marks_match(p, i, "cung cấp");
}

static size_t reports_through(const seg_para *p, size_t i);

/* "nộp" (hand in) at i, read with its marks: what is handed in "cho" a
 * body goes to it ("nộp hồ sơ cho cơ quan thuế"), as after "về", "đến". */
static int submitted_at(const seg_para *p, size_t i)
{
    return seg_word_at(p->fold, p->nchar, i, "nop") && seg_marks_match(p, i, "nộp");
}

/* "gửi" (send) at i, read with its marks ("gùi", "gụi" fold alike); "nộp"
 * (hand in, submit) sends as "gửi" does: "nộp hồ sơ cho X để thẩm định"
 * gives X the purpose (ANNOTATING.md, seventh rule set), "nộp X" alone
 * nothing. */
static size_t sent_to(const seg_para *p, size_t i)
{
    if (seg_word_at(p->fold, p->nchar, i, "gui") && seg_marks_match(p, i, "gửi"))
        return 3;
    if (submitted_at(p, i))
        return 3;
    if (provided_at(p, i))
        return 8;
    /* "báo cáo kết quả về Văn phòng Ủy ban nhân dân tỉnh ... để tổng hợp":
     * a report sent to a body named after "về", "đến" or "tới" in the same
     * clause is sent to it, as "phản ánh về X" is (ANNOTATING.md, seventh
     * rule set: the purpose is X's task; "báo cáo X" alone names no
     * direction and gives nothing) */
    if (seg_word_at(p->fold, p->nchar, i, "bao cao") && seg_marks_match(p, i, "báo cáo") && !reports_through(p, i)) {
        static const char *const to[] = {"ve", "den", "toi", NULL};
        for (size_t q = i + 7; q < p->nchar && q < i + 80 && !strchr(";.:", p->fold[q]); q++) {
            size_t l;
            if (p->fold[q - 1] == ' ' && (l = seg_word_in(p->fold, p->nchar, q, to)) != 0 &&
                (l != 2 || seg_marks_match(p, q, "về")) && seg_capital_at(p, skip_sp(p->fold, p->nchar, q + l)))
                return 7;
        }
    }
    /* "phản ánh (kịp thời) về Sở Khoa học và Công nghệ để tổng hợp": a
     * difficulty reported to a body is sent to it (ANNOTATING.md, seventh
     * rule set), its purpose the body's task */
    if (seg_word_at(p->fold, p->nchar, i, "phan anh")) {
        size_t j = skip_sp(p->fold, p->nchar, i + 8);
        if (seg_word_at(p->fold, p->nchar, j, "kip thoi"))
            j = skip_sp(p->fold, p->nchar, j + 8);
        if (seg_word_at(p->fold, p->nchar, j, "ve") || seg_word_at(p->fold, p->nchar, j, "den") ||
            seg_word_at(p->fold, p->nchar, j, "cho"))
            return j - i;
    }
    return 0;
}

/* "phản ánh về Bộ Văn hóa, Thể thao và Du lịch (qua Cục Di sản văn hóa)
 * để xem xét, giải quyết": what is sent to a body through one of its units
 * reaches that unit, which does the purpose's work as much as the body
 * (the body is often the issuer, no agency of its own act). The units
 * named after "(qua" at *jp, in hs (at most max), their end in *end and
 * *jp moved past the bracket; 0 when there is no such bracket. */
static int channel(actx *c, const seg_para *p, size_t *jp, hit *hs, int max, size_t *end)
{
    const char *f = p->fold;
    size_t n = p->nchar, j = *jp;
    if (max <= 0 || j >= n || f[j] != '(')
        return 0;
    /* "(thông qua Sở Tài chính)": the same channel in more words */
    size_t w = seg_word_at(f, n, j + 1, "thong qua") ? j + 10 : seg_word_at(f, n, j + 1, "qua") ? j + 4 : 0;
    if (!w)
        return 0;
    size_t e = 0;
    int m = ag_chain(c, p, skip_sp(f, n, w), hs, max, &e);
    size_t q = skip_sp(f, n, e);
    /* "(thông qua Sở Nội vụ để tổng hợp)": the purpose written inside the
     * bracket is the unit's all the same; it is read from where it opens */
    size_t shut = q;
    if (m > 0 && is_để_về(p, q))
        while (shut < n && !strchr(");.", f[shut]))
            shut++;
    if (m > 0 && (shut >= n || f[shut] != ')')) {
        ag_free_hits(hs, m); /* "(qua cơ quan đầu mối là Sở ...)": not the unit alone */
        return 0;
    }
    if (m > 0) {
        *end = e;
        *jp = shut > q ? q : skip_sp(f, n, q + 1);
    }
    return m;
}

/* Is the word at i "báo cáo" (to report) whose clause sends through a
 * unit, "(qua Y)" or "(thông qua Y)", before it ends? Reporting to a body
 * gives it no role (ANNOTATING.md, eighth rule set), but the unit the
 * report goes through does the work of its purpose, as with "phản ánh về
 * X (qua Y) để ...": its length, or 0. */
static size_t reports_through(const seg_para *p, size_t i)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    if (!seg_word_at(f, n, i, "bao cao") || !seg_marks_match(p, i, "báo cáo"))
        return 0;
    for (size_t q = i + 7; q < n && q < i + 200 && !strchr(";:", f[q]); q++) {
        if (f[q] == '.' && (q + 1 >= n || f[q + 1] == ' '))
            break;
        if (f[q] == '(' && (seg_word_at(f, n, q + 1, "qua") || seg_word_at(f, n, q + 1, "thong qua")))
            return 7;
    }
    return 0;
}

/* "gửi Bộ Giáo dục và Đào tạo tổng hợp, báo cáo Thủ tướng": the purpose
 * of what is sent up is the superior's own work, which a document cannot
 * set (ANNOTATING.md, eighth rule set), so a body above the issuer gets no
 * task from it; those under it do ("gửi Sở Nội vụ để tổng hợp"). The
 * hits of hs[0, k) that remain, in order; the count. */
static int drop_superiors(const actx *c, hit *hs, int k)
{
    int w = 0;
    for (int m = 0; m < k; m++) {
        if (ag_above_issuer(c->r, &hs[m])) {
            ag_free_hits(&hs[m], 1);
            continue;
        }
        hs[w++] = hs[m];
    }
    return w;
}

/* Does a purpose follow the bodies something is sent to, at j: "để ..."
 * or the verb "tổng hợp" ("gửi Bộ Giáo dục và Đào tạo tổng hợp, báo cáo
 * ...")? */
static int purpose_at(const seg_para *p, size_t j)
{
    /* "gửi ... đến X để lấy ý kiến": the sender's purpose, X only
     * consulted (ANNOTATING.md, fourth rule set: no role) */
    if (is_để_về(p, j) && seg_word_at(p->fold, p->nchar, skip_sp(p->fold, p->nchar, j + 2), "lay y kien"))
        return 0;
    return is_để_về(p, j) ? p->fold[j] == 'd' : seg_word_at(p->fold, p->nchar, j, "tong hop");
}

/* Where the words after a time limit at j end: "gửi về Sở Nội vụ trước
 * ngày 20/12/2025 để tổng hợp", "... trước 10 giờ ngày 23/02/2026, để
 * ...", "chậm nhất ngày 15 hằng tháng": the limit says by when the thing
 * is sent, the purpose after it is still what the body sent to does. j
 * when no limit opens there. */
static size_t after_limit(const seg_para *p, size_t j)
{
    static const char *const opens[] = {"truoc", "cham nhat", "trong", NULL};
    static const char *const words[] = {"ngay", "thang", "nam", "gio", "phut", "sang", "chieu", "hang", "het",
                                        "quy", "tuan", "la", "dau", "cuoi", NULL};
    const char *f = p->fold;
    size_t n = p->nchar, l = seg_word_in(f, n, j, opens), q, timed = 0;
    if (!l)
        return j;
    for (q = skip_sp(f, n, j + l); q < n;) {
        size_t w = seg_word_in(f, n, q, words);
        if (!w && isdigit((unsigned char)f[q])) {
            /* "20/12/2025", "16h00", "10" */
            for (w = 0; q + w < n && (isalnum((unsigned char)f[q + w]) || f[q + w] == '/'); w++)
                ;
            timed = 1;
        }
        if (!w)
            break;
        q = skip_sp(f, n, q + w);
    }
    if (!timed)
        return j;
    if (q < n && f[q] == ',')
        q = skip_sp(f, n, q + 1);
    return q;
}

/* Does a clause of its own open at i, after the item's first: after a
 * semicolon or a sentence's full stop, with a capital, where a body named
 * in full may stand as its subject? A notice of conclusions rules
 * first and then gives the work ("5. Về đề xuất ...: thống nhất chủ
 * trương; Sở Nông nghiệp và Môi trường hoàn thiện hồ sơ ...", "3. Thống
 * nhất với đề xuất của Sở Y tế. Sở Y tế hoàn chỉnh dự thảo ..."): the
 * subject of that clause is given the item, as one opening the item is.
 * Only in a notice's items: a regulation's or a plan's later sentences
 * state what holds ("... . Tài khoản người dùng ... sẽ được chuyển đổi"),
 * and read there they lowered val. A directive's implementation part
 * orders as its items do, in a plain paragraph ("Giám đốc các sở ... chịu
 * trách nhiệm ... Chỉ thị này. Văn phòng Ủy ban nhân dân tỉnh theo dõi,
 * đôn đốc ..., báo cáo ... trước ngày 15/12/2026"): the office is given
 * the later sentence (ANNOTATING.md, tenth rule set); a preamble's
 * sentences report and are not read so. */
static int clause_subject_at(const seg_para *p, size_t a0, size_t i)
{
    const char *f = p->fold;
    size_t b = i;
    while (b > a0 && f[b - 1] == ' ')
        b--;
    if (b <= a0 + 1 || b == i || !strchr(";.", f[b - 1]))
        return 0;
    /* after a semicolon the clause goes on in small letters: a group
     * opens it with "các" ("...; các sở, ngành liên quan phối hợp thực
     * hiện") */
    if (!seg_capital_at(p, i) && !(f[b - 1] == ';' && seg_word_at(f, p->nchar, i, "cac")))
        return 0;
    /* a full stop closes a sentence after a word or a date ("... trước
     * ngày 31/3/2026. Ủy ban nhân dân ..."), not a number's "1." */
    size_t t = b - 1;
    while (t > a0 && f[t - 1] != ' ')
        t--;
    return f[b - 1] != '.' || isalpha((unsigned char)f[b - 2]) || b - 1 - t >= 4;
}

/* Does a clause after a semicolon open at i, with a body's capital or a
 * group's "các"? An item of a plan or a decision joins the bodies' tasks
 * with ';' as a notice does ("Sở Y tế chủ trì kiểm tra ...; Công an tỉnh
 * bảo đảm an ninh ..."): each clause has its own subject (ANNOTATING.md,
 * tenth rule set). Not after a full stop: a plan's later sentences state
 * what holds, and read so they lowered val (clause_subject_at). */
static int semi_subject_at(const seg_para *p, size_t a0, size_t i)
{
    size_t b = i;
    while (b > a0 && p->fold[b - 1] == ' ')
        b--;
    return b > a0 && p->fold[b - 1] == ';' && clause_subject_at(p, a0, i);
}

/* Is p a lead-in over items: its text ending in a colon, a numbered or
 * bulleted item after it? */
static int over_items(const seg_doc *d, const seg_para *p)
{
    size_t i = (size_t)(p - d->paras), n = seg_trimmed(p);
    return n > 0 && p->fold[n - 1] == ':' && i + 1 < d->nparas && d->paras[i + 1].mk != MK_NONE;
}

/* The role the word at i gives the names after it, NULL for none: "giao",
 * "chỉ đạo", "yêu cầu", "đề nghị", "gửi X để", "mời", "phối hợp (với)", "đại diện" of
 * members, a duty's noun; "" at the item's opening and after "thì" (*then
 * set), where the verb after the names decides. *afterp: where they begin. */
static const char *verb_role(const item *it, size_t i, size_t *afterp, int *then)
{
    const seg_para *p = it->p;
    const char *f = p->fold;
    size_t n = p->nchar, a0 = it->a0, after = 0;
    int in_impl = it->in_impl;
    const char *role = NULL;
    if ((seg_word_at(f, n, i, "yeu cau") || seg_word_at(f, n, i, "de nghi")) && ag_closing_to_named(it->c, p, i))
        return NULL; /* a letter's closing request repeats what it asked */
    if (seg_word_at(f, n, i, "giao") && !(i >= 5 && seg_word_at(f, n, i - 5, "duoc"))) {
        /* not the passive "được giao": its subject is the one given the
         * task, what follows it the task ("nhiệm vụ được giao với Bộ ...") */
        role = "thực hiện";
        after = i + 4;
    } else if (hands_down_at(p, i) && (i == a0 || issuer_opens(it)) && !seg_capital_at(p, i + 1)) {
        /* "Phân cấp cho Sở Công Thương quyết định ...": the issuer's act,
         * opening the item or after the issuer named as its subject; where
         * another subject delegates ("Bộ trưởng ký hoặc ủy quyền cho Thứ
         * trưởng ký ...", "Trường hợp Thủ trưởng ... ủy quyền cho ...") a
         * regulation states a power or a case, read by its own rules (on
         * unscored pháp điển articles such clauses were read right about
         * half the time: the delegate's name runs on into its verb), and a
         * title in capitals holds no act */
        role = "thực hiện";
        after = hands_down_at(p, i);
    } else if (seg_word_at(f, n, i, "chi dao") || seg_word_at(f, n, i, "yeu cau")) {
        role = "thực hiện"; /* "Đề nghị UBND tỉnh chỉ đạo Sở Khoa học và Công nghệ báo cáo" */
        after = i + 7;
        /* "chỉ đạo, điều hành các Cơ sở ...", "chỉ đạo, hướng dẫn, hỗ trợ các
         * địa phương ...": verbs of the pair share the object chỉ đạo directs */
        static const char *const pair[] = {"dieu hanh", "huong dan", "don doc", "kiem tra", "giam sat",
                                           "quan ly", "to chuc", "ho tro", NULL};
        size_t q = skip_sp(f, n, after);
        /* "sự chỉ đạo, điều hành UBND tỉnh": a noun, the body its owner */
        int noun = (i >= 3 && seg_word_at(f, n, i - 3, "su")) || (i >= 5 && seg_word_at(f, n, i - 5, "viec")) ||
                   (i >= 9 && seg_word_at(f, n, i - 9, "cong tac")) || (i >= 4 && seg_word_at(f, n, i - 4, "cua"));
        for (int w = 0; !noun && q < n && f[q] == ',' && pair[w]; w++) {
            size_t v = skip_sp(f, n, q + 1);
            if (seg_word_at(f, n, v, pair[w])) {
                after = v + strlen(pair[w]);
                q = skip_sp(f, n, after);
                w = -1;
            }
        }
    } else if (seg_word_at(f, n, i, "de nghi") &&
               (i == a0 || in_impl || clause_opens(f, a0, i) ||
                (ag_issuer_asks(it->c, p, i) && !ag_closing_request(it->c, p, i) &&
                 !(over_items(it->c->d, p) && i >= ag_last_sentence(p, seg_trimmed(p)))))) {
        /* the issuer's own request, also with its name or its head's as
         * the clause's subject: "Sở Tài chính đề nghị Ủy ban nhân dân
         * phường ...", "Chủ tịch Ủy ban nhân dân tỉnh đề nghị đồng chí
         * Giám đốc Công an tỉnh ...": the document speaks, the body after
         * the word is asked; not its closing formula, which repeats what
         * was asked ("trân trọng đề nghị các cơ quan, đơn vị quan tâm,
         * phối hợp thực hiện./.", ANNOTATING.md, fourth rule set), nor
         * a lead-in over items ("Bộ Y tế đề nghị Ủy ban nhân dân các tỉnh
         * thực hiện các nội dung sau:"), whose items ag_lead_in_items gives;
         * a request in a sentence before its colon sentence asks a task of
         * its own ("... đề nghị Chi cục X cử cán bộ trực .... Đồng thời, đề
         * nghị Chi cục X thực hiện các nội dung sau:", tenth rule set) */
        role = "đề nghị";
        after = i + 7;
    } else if (seg_word_at(f, n, i, "khuyen khich") && (i == a0 || in_impl || clause_opens(f, a0, i))) {
        /* "Khuyến khích các doanh nghiệp đầu tư ...": encouraged, the body
         * is asked, not bound (ANNOTATING.md: đề nghị); a second verb
         * joined by "và" shares the object ("khuyến khích và hỗ trợ các
         * doanh nghiệp") */
        role = "đề nghị";
        after = skip_sp(f, n, i + 12);
        size_t v = seg_word_at(f, n, after, "va");
        if (v) {
            size_t q = skip_sp(f, n, after + v);
            for (int s = 0; s < 3 && q < n && isalnum((unsigned char)f[q]) && !seg_word_at(f, n, q, "cac"); s++) {
                while (q < n && isalnum((unsigned char)f[q]))
                    q++;
                q = skip_sp(f, n, q);
            }
            if (seg_word_at(f, n, q, "cac"))
                after = q;
        }
    } else if (sent_to(p, i) || reports_through(p, i)) {
        /* "gửi Sở Tài chính để tổng hợp, tham mưu ...": the purpose gives
         * the body it is sent to that task (ANNOTATING.md, fifth rule set);
         * "gửi X" alone gives nothing: ag_inline_roles wants the purpose */
        role = "thực hiện";
        after = skip_sp(f, n, i + (sent_to(p, i) ? sent_to(p, i) : reports_through(p, i)));
        static const char *const to[] = {"ve", "toi", "den", "cho", NULL};
        int w;
        for (w = 0; to[w] && !seg_word_at(f, n, after, to[w]); w++)
            ;
        if (to[w])
            after = skip_sp(f, n, after + strlen(to[w]));
        else if (!seg_capital_at(p, after) && !seg_word_at(f, n, after, "cac")) {
            /* "gửi thông báo bằng văn bản đến Sở Công Thương để theo dõi":
             * the thing sent comes first, the body after its preposition
             * of direction, in the same clause */
            for (size_t q = after; q < n && q < after + 80 && !strchr(";.:", f[q]); q++) {
                if (q > 0 && f[q - 1] != ' ')
                    continue;
                for (w = 0; to[w] && !seg_word_at(f, n, q, to[w]); w++)
                    ;
                /* "cho" is for whom, not where; what is provided goes to
                 * the body it is for, what is handed in to the body that
                 * takes it */
                if (!to[w] || (w == 3 && !provided_at(p, i) && !submitted_at(p, i)))
                    continue;
                size_t b = skip_sp(f, n, q + strlen(to[w]));
                if (seg_capital_at(p, b) || seg_word_at(f, n, b, "cac")) {
                    after = b;
                    break;
                }
            }
        }
    } else if (seg_word_at(f, n, i, "moi") && is_mời(p, i) && (i == a0 || in_impl)) {
        role = "mời";
        after = i + 3;
    } else if (seg_word_at(f, n, i, "phoi hop voi") ||
               (i + 12 <= n && f[i] == 'p' && f[i + 1] == 'h' &&
                seg_edit_distance(f + i, 12, "phoi hop voi", 12, 2) <= 2 &&
                (i + 12 == n || !isalnum((unsigned char)f[i + 12])) && !seg_capital_at(p, i + 9))) {
        role = "phối hợp"; /* OCR: "phdi hop v6i" */
        after = i + 12;
    } else if (seg_word_at(f, n, i, "phoi hop")) {
        /* "phối hợp (chặt chẽ) lực lượng Công an": the partners without
         * "với", when names follow at once */
        role = "phối hợp";
        after = skip_sp(f, n, i + 8);
        if (seg_word_at(f, n, after, "chat che"))
            after += 8;
    } else if (i == a0 && ag_duty_of(p, i)) {
        role = "thực hiện"; /* "1. Trách nhiệm của Sở Tư pháp hướng dẫn ..." */
        after = ag_duty_of(p, i);
    } else if (i == a0) {
        role = "";
        after = i;
    } else if (ag_then_at(p, i)) {
        role = ""; /* "... thì Ủy ban nhân dân cấp tỉnh quyết định": its subject acts */
        after = skip_sp(f, n, i + 3);
        *then = 1;
    } else if (it->orders && (p->mk != MK_NONE || it->in_impl) && clause_subject_at(p, a0, i)) {
        role = ""; /* "Thống nhất chủ trương; Sở Nông nghiệp và Môi trường hoàn thiện hồ sơ" */
        after = i;
    } else if (it->semi && p->mk != MK_NONE && semi_subject_at(p, a0, i)) {
        role = ""; /* "Sở Y tế chủ trì ...; Công an tỉnh bảo đảm an ninh ..." */
        after = i;
    } else if (it->shared && clause_subject_at(p, a0, i)) {
        /* "1. Sở Y tế chủ trì tổ chức tiêm .... Ủy ban nhân dân các xã bố
         * trí địa điểm ...": an item that opens with its doer shares the
         * work out by sentences, each opening with its own (ANNOTATING.md,
         * tenth rule set); one opening with no body states what holds */
        role = "";
        after = i;
    }
    *afterp = after;
    return role;
}

/* The role of the names a verb_role role gives, by the words at j after
 * them (they end at end): "chủ trì", "phối hợp", the subject of a verb
 * (""), or NULL for a name at the item's start that is no subject; under a
 * lead-in that ends in "phối hợp" or asks, the subject helps or is asked. */
/* Is what follows a colon at w a list of names and nothing else ("Các
 * xã: Yên Minh, Bạch Đích, Du Già.", an annex's list of the places a rule
 * covers)? Each item between commas or semicolons is a name: it opens
 * with a capital or a digit, or at least half its syllables do, as OCR's
 * "la Tơi" for "Ia Tơi" or "phường Lào Cai" keep their names' capitals
 * while a task's clause has one capital at its start. One item alone is a
 * name when two thirds of its syllables or more open with a capital
 * ("Trạm đèn Cửa Ông.", not "Kiểm tra Sở Y tế."). */
static int names_list(const seg_para *p, size_t w)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    int items = 0, caps = 0, bad = 0, syls = 0;
    size_t q = skip_sp(f, n, w);
    while (q < n) {
        q = skip_sp(f, n, q);
        if (q >= n)
            break;
        int syl = 0, opens = 0;
        caps = 0;
        for (size_t s = q; q < n && f[q] != ',' && f[q] != ';'; q++) {
            if (f[q] == ' ' || (q > 0 && q > s && f[q - 1] != ' '))
                continue;
            size_t bi = p->cpos[q];
            uint32_t cp = seg_utf8_next(p->text, p->cpos[n], &bi);
            if (cp == '(' && q + 1 < n)
                cp = seg_utf8_next(p->text, p->cpos[n], &bi); /* "(Hòn Sói Đen)" */
            int cap = cp_is_upper(cp) || (cp >= '0' && cp <= '9');
            opens |= q == s && cap;
            syl++;
            caps += cap;
        }
        bad += syl && !opens && 2 * caps < syl;
        syls = syl;
        items += syl > 0;
        if (q < n)
            q++;
    }
    /* a long list may hold an item without a capital ("số 3 và số 6
     * thuộc tỉnh Nghệ An"); a task's clauses are most of its items */
    return (items >= 2 && 3 * bad < items) || (items == 1 && caps >= 2 && 3 * caps >= 2 * syls);
}

/* "Các đơn vị khác: ...": "khác" (other) closes the name before a
 * colon; where the colon stands, or j. */
static size_t other_colon(const seg_para *p, size_t j)
{
    size_t k = seg_word_at(p->fold, p->nchar, j, "khac") ? skip_sp(p->fold, p->nchar, j + 4) : j;
    return k < p->nchar && p->fold[k] == ':' ? k : j;
}

/* "Sở Khoa học và Công nghệ là cơ quan đầu mối tiếp nhận ...", "Cục ... là
 * đầu mối tiếp nhận phản ánh": a body said to be the focal point of a work
 * leads it ("đầu mối" is a word of leading: ANNOTATING.md, fifth rule set).
 * At v, after the body's name: "là" (with its marks), "cơ quan" or "đơn
 * vị" or nothing, then "đầu mối"; "làm đầu mối" too. */
static int focal_point_at(const seg_para *p, size_t v)
{
    const char *f = p->fold;
    size_t n = p->nchar, q;
    if (seg_word_at(f, n, v, "lam dau moi"))
        return seg_marks_match(p, v, "làm");
    if (!seg_word_at(f, n, v, "la") || !seg_marks_match(p, v, "là"))
        return 0;
    q = skip_sp(f, n, v + 2);
    if (seg_word_at(f, n, q, "co quan") || seg_word_at(f, n, q, "don vi"))
        q = skip_sp(f, n, q + (f[q] == 'c' ? 7 : 6));
    return seg_word_at(f, n, q, "dau moi");
}

/* Is the item a paragraph of a notice's answer to a numbered topic, no
 * label of its own under "1. Về kiến nghị hỗ trợ vốn ...:" ("Bộ Tài chính
 * cân đối, bố trí vốn ...")? A notice of conclusions takes the issues
 * raised one by one and answers each in paragraphs opening with who is to
 * act: their subject is given the paragraph, as an item's is (not the
 * closing line's tail a page broke off, "Công ty TNHH X biết và thực
 * hiện./.": to be told is no task). */
static int notice_answer(const seg_doc *d, const item *it)
{
    const seg_para *p = it->p;
    return it->notice && p->mk == MK_NONE && p->section >= 0 && d->secs[p->section].mk >= MK_ARABIC &&
           d->secs[p->section].mk <= MK_LETTER;
}

/* Is the predicate at j a notice's or a letter's closing formula, the act
 * of the text itself: "thông báo để ... biết", "xin thông báo để", "trả
 * lời để ... biết" (Decree 30's last line: whoever notifies or replies,
 * the issuer or its office on its behalf, is doing what the text does)? */
static int closing_formula(const seg_para *p, size_t j)
{
    static const char *const verbs[] = {"thong bao", "tra loi", NULL};
    const char *f = p->fold;
    size_t n = p->nchar;
    if (seg_word_at(f, n, j, "xin"))
        j = skip_sp(f, n, j + 3);
    size_t l = seg_word_in(f, n, j, verbs);
    return l && seg_word_at(f, n, skip_sp(f, n, j + l), "de");
}

/* "Sở Tài chính và Sở Y tế cùng tham mưu ...": "cùng" before a verb
 * (jointly) is an adverb of the predicate, as "cũng" (also) is, not the
 * preposition "cùng" (with) that joins a second body ("X cùng Y ..."),
 * after which a name or a group follows. Read with its marks; its length
 * with the blanks after it, or 0. */
static size_t jointly_at(const seg_para *p, size_t j)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    if (!seg_word_at(f, n, j, "cung") || !(seg_marks_match(p, j, "cùng") || seg_marks_match(p, j, "cũng")))
        return 0;
    size_t q = skip_sp(f, n, j + 4);
    /* "cùng cấp", "cùng loại": "cùng" (same) before a noun modifies the
     * name before it ("Cơ quan tài chính cùng cấp") */
    if (!lower_verb(p, q) || seg_word_at(f, n, q, "cac") || seg_word_at(f, n, q, "cap") || seg_wc_noun_at(p, q) ||
        !seg_wc_verbal_at(p, ag_preverbal(p, q)))
        return 0;
    return q - j;
}

/* "Các sở, ban, ngành và Ủy ban nhân dân các xã, phường phối hợp chặt
 * chẽ, triển khai ...", "Các cơ quan, đơn vị, địa phương ... phối hợp
 * triển khai thực hiện Kế hoạch này": "phối hợp" with no partner after it
 * and a plural subject (two bodies or more, or a group named by "các" or
 * by member nouns coordinated) is reciprocal, the subject's members
 * working with one another. With no body called lead in the item, no one
 * else does the task: the subject does it, thực hiện, as ANNOTATING.md's
 * third rule set gives the subject of "A phối hợp với B". A single body
 * or a class named in the singular ("...; Sở Tư pháp phối hợp thực hiện",
 * "Cơ quan quản lý ... có trách nhiệm phối hợp trong việc ...") or a
 * plural one beside a lead ("X chủ trì ...; các sở, ngành liên quan phối
 * hợp thực hiện") helps, and so does one whose partner is the object of a
 * second verb ("phối hợp và hỗ trợ các trạm ..."). j: after the names. */
static int plural_group(const seg_para *p, const hit *h)
{
    const char *f = h->src ? h->src->fold : p->fold;
    if (!h->collective)
        return 0;
    if (!strncmp(f + h->a, "cac ", 4) || !strncmp(f + h->a, "nhung ", 6))
        return 1;
    for (size_t q = h->a; q < h->b; q++)
        if (f[q] == ',' || (f[q] == ' ' && !strncmp(f + q, " va ", 4)))
            return 1;
    return 0;
}

int ag_mutual_partners(const seg_para *p, size_t a0, const hit *hs, int k, size_t j)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    if (k < 2 && !plural_group(p, &hs[0]))
        return 0;
    j += jointly_at(p, j);
    size_t v = ag_preverbal(p, j);
    if (!seg_word_at(f, n, v, "phoi hop") || strcmp(ag_partner_role(p, v), "phối hợp"))
        return 0;
    size_t q = skip_sp(f, n, v + 8);
    if (seg_word_at(f, n, q, "chat che"))
        q = skip_sp(f, n, q + 8);
    if (q < n && (f[q] == ',' || seg_word_at(f, n, q, "va"))) {
        /* "phối hợp và hỗ trợ các trạm ...": the second verb's object */
        q = skip_sp(f, n, q + (f[q] == ',' ? 1 : 2));
        size_t l = seg_wc_verbal_at(p, q);
        int coll = 0;
        if (l && seg_body_at(p, skip_sp(f, n, q + l), &coll))
            return 0;
    }
    for (q = a0; q < n; q++)
        if ((q == 0 || !isalnum((unsigned char)f[q - 1])) &&
            (seg_word_at(f, n, q, "chu tri") || seg_word_at(f, n, q, "dau moi")))
            return 0;
    return 1;
}

/* Is the verb at i marked as done ("đã chỉ đạo", "đã giao", "đã phối hợp
 * với")? The aspect word says what was directed before, which a report or
 * a conclusion recalls ("Tổng Bí thư đã chỉ đạo, Chính phủ đã thống nhất,
 * Quốc hội đã đồng hành"): this text gives no one a task by it. "đã" is
 * read with its marks ("đa", "đà" are other words). */
static int done_before(const seg_para *p, size_t i)
{
    size_t b = i;
    while (b > 0 && p->fold[b - 1] == ' ')
        b--;
    return b >= 2 && b < i && seg_word_at(p->fold, p->nchar, b - 2, "da") && seg_written_modal_at(p, b - 2);
}

/* Does the subject's verb at v direct ("Chủ tịch Ủy ban nhân dân cấp xã
 * chỉ đạo Ban Chỉ huy ... triển khai ...", "... trực tiếp chỉ đạo việc
 * ...")? The director is asked to see the work done and holds the item
 * with those it directs (ANNOTATING.md, tenth rule set); "đã" makes it a
 * report of what was directed, which gives no task. */
static int directs_at(const seg_para *p, size_t v)
{
    if (seg_word_at(p->fold, p->nchar, v, "truc tiep"))
        v = skip_sp(p->fold, p->nchar, v + 9);
    return seg_word_at(p->fold, p->nchar, v, "chi dao") && !done_before(p, v);
}

static const char *subject_role(const actx *c, const item *it, const char *role, size_t i, size_t j, size_t end,
                                int then)
{
    const seg_para *p = it->p;
    const char *f = p->fold;
    size_t n = p->nchar, a0 = it->a0;
    int in_impl = it->in_impl, in_reg = it->in_reg;
    const char *r = role;
    /* "các sở, ngành liên quan phối hợp ...": a group's restrictive tail,
     * where the name reader stopped before it, is no predicate */
    if (seg_word_at(f, n, j, "co lien quan"))
        j = skip_sp(f, n, j + 12);
    else if (seg_word_at(f, n, j, "lien quan"))
        j = skip_sp(f, n, j + 9);
    j += jointly_at(p, j);
    size_t v = ag_preverbal(p, j), rw;
    const char *pr = j < n && f[j] == '(' ? ag_paren_role(p, j, &rw) : NULL;
    if (pr && rw == skip_sp(f, n, j + 1) && (!strcmp(role, "") || !strcmp(role, "thực hiện")))
        return pr; /* "Giao Sở Xây dựng (chủ trì) phối hợp với ...": the bracket's word */
    if (!strcmp(role, "") || !strcmp(role, "thực hiện")) {
        if (seg_word_at(f, n, v, "chu tri") || focal_point_at(p, v))
            r = "chủ trì";
        else if (seg_word_at(f, n, v, "phoi hop"))
            r = seg_word_at(f, n, i, "chi dao") ? "thực hiện" : ag_partner_role(p, v); /* its object does it */
        else if (!strcmp(role, "") && (j = other_colon(p, j)) < n && f[j] == ':' && j + 1 < n) {
            /* "+ Sở Xây dựng: hướng dẫn ...": the paragraph is its task */
            size_t w = skip_sp(f, n, j + 1);
            r = seg_word_at(f, n, w, "chu tri") ? "chủ trì" : seg_word_at(f, n, w, "phoi hop") ? "phối hợp" : "";
            if (!*r && names_list(p, w))
                r = NULL; /* "Các xã: Yên Minh, Du Già.": a list of places, no task */
            /* "- Các đơn vị khác: Trạm đèn đảo Thanh niên (Hòn Sói Đen).":
             * "khác" (the others) labels a list whose value names its
             * members; only an act after the colon makes it a task */
            else if (!*r && seg_word_at(f, n, skip_sp(f, n, end), "khac") && !seg_wc_verbal_at(p, ag_preverbal(p, w)))
                r = NULL;
        } else if (!strcmp(role, "") && i != a0 && !then &&
                   ((it->semi && semi_subject_at(p, a0, i)) || (it->shared && clause_subject_at(p, a0, i))) &&
                   !(seg_duty_at(p, j, 0) || (lower_verb(p, v) && seg_wc_verbal_at(p, v))))
            r = NULL; /* after ';' only a body and its verb of duty: "...; Sở Y tế là cơ quan thường trực" */
        else if (!strcmp(role, "") &&
                   (then || in_impl || (in_reg && j == skip_sp(f, n, end)) || p->mk != MK_NONE ||
                    a0 > p->label_chars ||
                    (notice_answer(c->d, it) && !seg_word_at(f, n, j, "biet") && !closing_formula(p, j))) &&
                   lower_verb(p, j))
            r = ""; /* "+ Sở Xây dựng đăng tải ...": the subject of a task; any clause of a regulation */
        else if (!strcmp(role, "") &&
                 !(seg_duty_at(p, j, 0) || seg_word_at(f, n, j, "co quyen") ||
                   seg_word_at(f, n, j, "co tham quyen") || seg_word_at(f, n, v, "thuc hien") ||
                   seg_word_at(f, n, v, "tham muu") ||
                   seg_word_at(f, n, v, "trien khai") || seg_word_at(f, n, v, "to chuc") ||
                   seg_word_at(f, n, v, "huong dan") || seg_word_at(f, n, v, "theo doi") ||
                   directs_at(p, v)))
            r = NULL; /* a name at the start that is not a subject; a power
                       * ("Chi cục trưởng Chi cục X có quyền:") is given as a duty is;
                       * a director is given it too (directs_at) */
    }
    else if (!strcmp(role, "đề nghị") && seg_word_at(f, n, v, "chu tri"))
        r = "chủ trì"; /* "Đề nghị UBND tỉnh chủ trì, phối hợp với ...": the task's own
                        * word is to lead, which the request asks of it (as an item
                        * "Chủ trì ..." under a heading "Đề nghị X:" is chủ trì) */
    if (r && !strcmp(role, "") && i == a0 && under_partner_lead(c->d, p))
        r = "phối hợp"; /* "b) Chủ trì, phối hợp" / "- Sở Xây dựng ... tham mưu ..." */
    else if (r && !strcmp(role, "") && i == a0 && strcmp(r, "chủ trì") && under_request_lead(c->d, p))
        r = "đề nghị"; /* "..., đề nghị:" / "(i) Tập đoàn ... báo cáo ..." */
    return r;
}

/* Does an address begin at j ("địa chỉ: Tầng 1 ...", "số 4 đường Nguyễn
 * Tất Thành", "Tòa nhà ...", "tầng 2")? A body named before it is where a
 * procedure's applicant files or collects, a place, not a subject whose
 * verb follows ("+ Trung tâm Phục vụ hành chính công tỉnh, địa chỉ: ..."). */
static int address_at(const seg_para *p, size_t j)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    if (seg_word_at(f, n, j, "dia chi") || seg_word_at(f, n, j, "toa nha") || seg_word_at(f, n, j, "tru so"))
        return 1;
    size_t l = seg_word_at(f, n, j, "so") ? 2 : seg_word_at(f, n, j, "tang") ? 4 : 0;
    return l && isdigit((unsigned char)f[skip_sp(f, n, j + l)]);
}

static int asks_own_body(actx *c, const seg_para *t);

/* The items a lead-in or heading is over are those of its first item's
 * kind and depth; deeper points and other kinds belong to them. */
typedef struct {
    marker_kind mk;
    int depth, items, own;
} item_tally;

/* Is t one of the items tl counts (the first one seen sets their kind)?
 * Counts it when it is. */
static int first_kind(item_tally *tl, const seg_para *t)
{
    if (tl->mk == MK_NONE) {
        tl->mk = t->mk;
        tl->depth = t->mk_depth;
    }
    if (t->mk != tl->mk || t->mk_depth != tl->depth)
        return 0;
    tl->items++;
    return 1;
}

/* Do most items of the list right after paragraph i (its first run of
 * labelled paragraphs, those of the first one's kind and depth) name their
 * own subject? A lead-in need not be a heading: a letter's unlabelled
 * paragraph ending in a colon heads the numbered items after it. */
static int most_listed_own_subjects(actx *c, size_t i)
{
    const seg_doc *d = c->d;
    item_tally tl = {MK_NONE, 0, 0, 0};
    for (size_t q = i + 1; q < d->nparas && d->paras[q].mk != MK_NONE; q++) {
        const seg_para *t = &d->paras[q];
        if (first_kind(&tl, t))
            tl.own += ag_own_subject(c, t) || asks_own_body(c, t);
    }
    return tl.items > 0 && 2 * tl.own > tl.items;
}

/* Are the k names all groups named as such ("các cơ quan, đơn vị")? */
static int all_groups(const hit *hs, int k)
{
    for (int q = 0; q < k; q++)
        if (!hs[q].collective)
            return 0;
    return k > 0;
}

/* Is one of the k names a group, named as such or known as one ("Các sở,
 * ban, ngành tỉnh" in the gazetteer), as an agency's collective is set? */
static int names_a_group(const hit *hs, int k)
{
    for (int q = 0; q < k; q++)
        if (hs[q].collective || (hs[q].e && !strcmp(hs[q].e->kind, "group")))
            return 1;
    return 0;
}

/* "Điều 2. Giao các cơ quan, đơn vị" over "1. Sở Tài chính chủ trì ...",
 * "2. Sở Tài chính, UBND các xã, phường niêm yết ...": a heading that
 * assigns work to a group, nothing after its names, and whose items each
 * name the bodies that do them, only announces those items; the group is
 * given none of them (as an article of duty headings gives its group
 * none). Do most items right under heading paragraph i name their own
 * subject (ag_own_subject, which ag_items_own_subjects asks of any one)? */
static int most_items_own_subjects(actx *c, size_t i)
{
    const seg_doc *d = c->d;
    const seg_sec *sec = &d->secs[d->paras[i].section];
    item_tally tl = {MK_NONE, 0, 0, 0};
    for (size_t q = i + 1; q < d->nparas && d->paras[q].start < sec->end; q++) {
        const seg_para *t = &d->paras[q];
        if (t->mk == MK_NONE || t->mk >= MK_DASH)
            continue;
        if (first_kind(&tl, t))
            tl.own += ag_own_subject(c, t);
    }
    return tl.items > 0 && 2 * tl.own > tl.items;
}

/* "Ủy ban nhân dân cấp tỉnh có trách nhiệm ..., có các nhiệm vụ sau đây:"
 * as a line of its own over numbered items: a lead-in whose subject is given
 * the duties listed under it, as ag_lead_in_items reads it. The items are
 * the tasks; the lead-in that announces them is none (ANNOTATING.md, eighth
 * and tenth rule sets: a lead-in ending in a colon over acts is no task).
 * end: where the subject's names end. */
static int duty_lead_over_items(const seg_doc *d, const seg_para *p, size_t end)
{
    size_t i = (size_t)(p - d->paras), n = seg_trimmed(p);
    return p->mk == MK_NONE && !p->in_header && n >= 2 && p->fold[n - 1] == ':' && i + 1 < d->nparas &&
           d->paras[i + 1].mk != MK_NONE && ag_duty_lead(p, end);
}

/* "1. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính:" (a heading over
 * items, headings.c) or the same line unnumbered over items
 * (ag_lead_in_items): the lead-in over acts is no task; its items are the
 * names' and the partners'. end: where the names end. */
int ag_partners_lead(actx *c, const seg_para *p, size_t end)
{
    const seg_doc *d = c->d;
    size_t i = (size_t)(p - d->paras);
    if (p->in_header || ag_in_scope_article(d, p))
        return 0;
    if (p->mk == MK_NONE ? !(i + 1 < d->nparas && d->paras[i + 1].mk != MK_NONE)
                         : (p->mk >= MK_DASH || !ag_heads_items(d, p)))
        return 0;
    hit hs[8];
    int k = ag_led_with_partners(c, p, end, hs, 8);
    ag_free_hits(hs, k);
    return k > 0;
}

/* "Giao Ủy ban nhân dân các phường:" over "- Tuyên truyền ...", "Điều 4.
 * Giao Sở Tài nguyên và Môi trường:" over "- Phối hợp ...": a lead-in that
 * assigns, read with its items by ag_lead_in_items. Over acts (the first
 * item opens with a verb or names its doer) it is no task of its own, its
 * items are (ANNOTATING.md, eighth and tenth rule sets); over objects it
 * stays the task. */
static int assigns_over_acts(actx *c, const seg_para *p)
{
    const seg_doc *d = c->d;
    size_t i = (size_t)(p - d->paras), n = seg_trimmed(p);
    if ((p->mk != MK_NONE && p->mk != MK_DIEU) || p->in_header || n < 2 || p->fold[n - 1] != ':' ||
        i + 1 >= d->nparas || d->paras[i + 1].mk == MK_NONE || d->paras[i + 1].mk <= p->mk)
        return 0;
    const seg_para *u = &d->paras[i + 1];
    return ag_own_subject(c, u) || ag_opens_asked_act(u);
}

/* Do the folded words f[0..e) end with the words w? */
int ag_ends_with_word(const char *f, size_t e, const char *w)
{
    size_t l = strlen(w);
    return e >= l && !strncmp(f + e - l, w, l) && (e == l || f[e - l - 1] == ' ');
}

/* Is u a heading over items of a lower rank, a title with no full stop
 * ("I. Trách nhiệm phối hợp trong công tác thẩm định", "2.1. Trách nhiệm
 * chung"): a part of the text, no act of its own? */
static int heading_over_items(const seg_doc *d, const seg_para *u)
{
    size_t j = (size_t)(u - d->paras), n = seg_trimmed(u);
    return u->mk != MK_NONE && u->mk < MK_DASH && n > 0 && u->fold[n - 1] != '.' && u->fold[n - 1] != ';' &&
           j + 1 < d->nparas && seg_lower_rank(u, &d->paras[j + 1]) && ag_heads_items(d, u);
}

/* Where the last sentence of p's folded text f[0, n) opens: after the last
 * full stop that ends a sentence, or at the label's end. */
size_t ag_last_sentence(const seg_para *p, size_t n)
{
    for (size_t k = n >= 3 ? n - 3 : 0; k > p->label_chars; k--)
        if (seg_sentence_stop(p->fold, k))
            return k + 2;
    return p->label_chars;
}

/* Does item u open, after its label (and an asking "Đề nghị"), with a
 * body's name? *end: where the names end. */
static int opens_with_body(actx *c, const seg_para *u, size_t *end)
{
    size_t n = seg_trimmed(u), a = paren_label(u);
    if (seg_word_at(u->fold, n, a, "de nghi"))
        a = skip_sp(u->fold, n, a + 7);
    hit hs[8];
    int k = ag_chain(c, u, a, hs, 8, end);
    int opens = k > 0 && hs[0].a == a;
    ag_free_hits(hs, k);
    return opens;
}

/* Is u a numbered heading that is a body's name and nothing more ("2.1.
 * Sở Tài chính", "2.9. Đề nghị Liên đoàn Lao động tỉnh") over that body's
 * items or paragraph? It names its own doer, as an item opening with its
 * subject does: a lead-in's request ("..., yêu cầu các Sở, ban, ngành, địa
 * phương tổ chức thực hiện các công tác trọng tâm cụ thể như sau:") over
 * such headings is shared out by them, none of them the lead-in's bodies'
 * task. */
static int body_name_heading(actx *c, const seg_para *u)
{
    size_t n = seg_trimmed(u), end = 0;
    if (u->mk == MK_NONE || u->mk >= MK_DASH || n < 2 || strchr(".;", u->fold[n - 1]))
        return 0;
    return opens_with_body(c, u, &end) && skip_sp(u->fold, n, end) + (u->fold[n - 1] == ':') >= n;
}

/* Does item t name its own doer: its subject (ag_own_subject) or a
 * heading that is a body's name (body_name_heading)? */
static int names_own_doer(actx *c, const seg_para *t)
{
    return ag_own_subject(c, t) || body_name_heading(c, t);
}

/* Does lead-in p close on "như sau:" ("..., cụ thể như sau:") over items
 * of a lower rank that each name their own doer or open with a body's name
 * ("a) Bộ Tài chính chủ trì ...", "1. Sở X là cơ quan thường trực, ...",
 * "c) Các bộ, cơ quan, địa phương:"), the names read at at standing in its
 * colon sentence? Then it asks nothing of the group it opens with: it
 * announces who does what, and each item is its doer's task (ANNOTATING.md,
 * eighth and tenth rule sets). */
static int announces_doers(actx *c, const seg_para *p, size_t at)
{
    const seg_doc *d = c->d;
    size_t i = (size_t)(p - d->paras), n = seg_trimmed(p), e = n ? n - 1 : 0, items = 0;
    if (p->in_header || p->mk >= MK_DASH || n < 2 || p->fold[n - 1] != ':' || i + 1 >= d->nparas)
        return 0;
    /* names read in an earlier sentence hold that sentence as their task
     * (dev 019: "..., các Sở, ban, ngành, đoàn thể, địa phương tổ chức
     * quán triệt, triển khai .... Đồng thời, yêu cầu ... cụ thể như sau:") */
    if (!seg_colon_sentence(p) && at < ag_last_sentence(p, n))
        return 0;
    while (e > 0 && p->fold[e - 1] == ' ')
        e--;
    const seg_para *u = &d->paras[i + 1];
    if (!ag_ends_with_word(p->fold, e, "nhu sau") || u->mk == MK_NONE || !seg_lower_rank(p, u))
        return 0;
    for (size_t q = i + 1; q < d->nparas; q++) {
        const seg_para *t = &d->paras[q];
        if (!seg_lower_rank(p, t) || (p->mk == MK_NONE && (int)t->mk < (int)u->mk))
            break;
        if (!seg_same_rank(u, t))
            continue;
        size_t end = 0;
        if (!names_own_doer(c, t) && !opens_with_body(c, t, &end))
            return 0;
        items++;
    }
    return items > 0;
}

/* Does an item of u's rank under lead-in p name no doer of its own and
 * open with an act ("3. ..., các cơ quan, đơn vị thực hiện các nhiệm vụ
 * sau đây:" over "a) Sở Tài chính tham mưu ...", "c) Báo cáo kết quả ...")?
 * That item is the lead-in's subject's, the others their own doers'
 * (ANNOTATING.md, tenth rule set). */
static int doerless_act_under(actx *c, const seg_para *p, const seg_para *u)
{
    const seg_doc *d = c->d;
    for (size_t q = (size_t)(u - d->paras); q < d->nparas; q++) {
        const seg_para *t = &d->paras[q];
        if (!seg_lower_rank(p, t) || (p->mk == MK_NONE && (int)t->mk < (int)u->mk))
            break;
        if (seg_same_rank(u, t) && !names_own_doer(c, t) && ag_opens_act(t))
            return 1;
    }
    return 0;
}

/* Does lead-in p direct ("X chỉ đạo Y:", "Giao X chỉ đạo Y ... thực
 * hiện:"): a lower-case "chỉ đạo" as its verb (directs_at), not the noun
 * of "theo chỉ đạo của ..." nor "Ban Chỉ đạo" (in either case)? An order passed on to the
 * body directed, as a request is: its items are what that body is told to
 * do, acts however their first word reads ("a) Tổ chức thẩm định ..."). */
int ag_lead_directs(const seg_para *p, size_t n)
{
    for (size_t q = p->label_chars; q < n; q++)
        if ((q == 0 || p->fold[q - 1] == ' ') && directs_at(p, q) && !seg_capital_at(p, q) &&
            !(q >= 4 && seg_word_at(p->fold, n, q - 4, "ban")) && /* "Ban chỉ đạo ..." in lower case */
            !seg_word_at(p->fold, n, skip_sp(p->fold, n, q + 7), "cua"))
            return 1;
    return 0;
}

/* Is p a lead-in over acts: one sentence closed by a colon (or the last
 * sentence, when the word read at stands in it), with items
 * of a lower rank under it the first of which opens with an act ("3. Chủ trì, phối hợp với Bộ Công an, Bộ Giáo dục và Đào
 * tạo:" over "a) Quy định ...", "Ủy ban nhân dân tỉnh chỉ đạo Sở Y tế phối
 * hợp với ...:" over "- Hướng dẫn ...")? Then the bodies its words give a
 * role are given its items instead, each the object the lead-in announces,
 * as Vietnamese drops from a list's items the subject and partners the
 * lead-in named; the lead-in, over acts, is no task of its own
 * (ANNOTATING.md, eighth and tenth rule sets). A sentence before the colon
 * sentence gives its task itself (tenth rule set), so no. */
static int lead_over_acts(actx *c, const seg_para *p, size_t at)
{
    const seg_doc *d = c->d;
    size_t i = (size_t)(p - d->paras), n = seg_trimmed(p);
    if (p->in_header || i + 1 >= d->nparas || p->mk >= MK_DASH || n < 2 || p->fold[n - 1] != ':')
        return 0;
    /* the colon sentence is the lead-in, whatever sentences before it
     * report ("Những ngày qua, ... ở mức xấu. Chủ tịch ... yêu cầu X tập
     * trung thực hiện ngay các nội dung sau:"): a request read in it asks
     * for the items; one read in an earlier sentence is that sentence's
     * task (ANNOTATING.md, tenth rule set) */
    if (!seg_colon_sentence(p) && at < ag_last_sentence(p, n))
        return 0;
    /* the noun the list is announced by names what its items are: cases,
     * forms, conditions, criteria, papers ("... bị thu hồi giấy phép trong
     * các trường hợp sau đây:", "... áp dụng các hình thức sau:"), no acts
     * of the lead-in's bodies, however a verb may open them */
    static const char *const kinds[] = {"truong hop", "hinh thuc", "dieu kien", "tieu chuan", "tieu chi",
                                        "giay to", "tai lieu", "ho so", NULL};
    /* the list's noun after "các" or "những", the lead-in closing on the
     * words that announce a list ("... sau:", "... sau đây:", "... gồm:") */
    size_t e = n - 1;
    while (e > 0 && p->fold[e - 1] == ' ')
        e--;
    static const char *const tails[] = {"sau", "sau day", "nhu sau", "gom", "bao gom", NULL};
    int announced = 0;
    for (int t = 0; tails[t] && !announced; t++)
        announced = ag_ends_with_word(p->fold, e, tails[t]);
    /* "... khi thuộc một trong các trường hợp:": the noun closes the lead-in */
    for (int t = 0; kinds[t] && !announced; t++)
        announced = ag_ends_with_word(p->fold, e, kinds[t]);
    /* "Hội đồng ... quyết định:" over "a) Chấp nhận ...", "b) Không chấp
     * nhận ...": the alternatives of one decision, the lead-in the task
     * (ANNOTATING.md, tenth rule set) */
    if (ag_ends_with_word(p->fold, e, "quyet dinh"))
        return 0;
    for (size_t k = p->label_chars; announced && k + 4 < n; k++) {
        size_t w = seg_word_at(p->fold, n, k, "cac") ? 3 : seg_word_at(p->fold, n, k, "nhung") ? 5 : 0;
        if (w && (k == 0 || p->fold[k - 1] == ' ') && seg_word_in(p->fold, n, skip_sp(p->fold, n, k + w), kinds))
            return 0;
    }
    const seg_para *u = &d->paras[i + 1];
    if (!seg_lower_rank(p, u))
        return 0;
    /* a request over a part's headings ("..., Chủ tịch UBND tỉnh yêu cầu
     * ... tập trung thực hiện các nội dung sau:" over "I. Trách nhiệm phối
     * hợp ..." over "1. Các cơ quan đăng ký đầu tư ...:"): the items the
     * headings hold are what it asks for, read by the first of them */
    int req = seg_word_at(p->fold, n, at, "yeu cau") || seg_word_at(p->fold, n, at, "de nghi");
    for (int depth = 0; req && depth < 2 && heading_over_items(d, u) && !names_own_doer(c, u); depth++)
        u = &d->paras[(size_t)(u - d->paras) + 1];
    /* a request's items naming their own doers are orders, no cases ("...,
     * Thủ tướng Chính phủ yêu cầu ... tập trung một số nhiệm vụ cụ thể sau:"
     * over "1. Chủ tịch Ủy ban nhân dân các tỉnh ...:", "2. Bộ Xây dựng chỉ
     * đạo ..."): the lead-in over them is no task (tenth rule set) */
    if (names_own_doer(c, u))
        return seg_word_at(p->fold, n, at, "yeu cau") || seg_word_at(p->fold, n, at, "de nghi") ||
               (announced && doerless_act_under(c, p, u));
    /* the first item an act with no doer of its own: items that name their
     * own subjects may be cases the lead-in rules on ("a) Quỹ ... được
     * thành lập mới là ..."), which leave the lead-in its task; a lead-in
     * that asks, or any in a document that orders work (a telegram, a
     * directive, a notice), announces acts however their first word reads */
    return req || ag_lead_directs(p, n) || seg_type_orders_work(c->r->metadata.doc_type) ? ag_opens_asked_act(u)
                                                                                         : ag_opens_act(u);
}

/* The items under lead-in p (lead_over_acts), those of the first item's
 * rank that name no doer of their own, given to h with role r: a partner
 * helps in each, another body holds the item's own word's role when it
 * says one ("Phối hợp với ...", "Chủ trì ..."), else r. */
static void lead_items_to(actx *c, hit *h, const seg_para *p, const char *r)
{
    const seg_doc *d = c->d;
    size_t i = (size_t)(p - d->paras);
    const seg_para *u = &d->paras[i + 1];
    /* the guards ag_assign keeps, asked of the lead-in that names h */
    if (ag_in_scope_article(d, p) || (!h->src && ag_in_amended_wording(p, h->a)) || ag_scope_reference(c, h, p, r))
        return;
    seg_agency *a = NULL;
    for (size_t q = i + 1; q < d->nparas && !d->oom; q++) {
        const seg_para *t = &d->paras[q];
        if (!seg_lower_rank(p, t) || (p->mk == MK_NONE && (int)t->mk < (int)u->mk))
            break;
        if (!seg_same_rank(u, t) || names_own_doer(c, t))
            continue;
        /* a body the lead-in names is added with its first item: when every
         * item names its own doer, the lead-in gives it nothing */
        if (!a && !(a = ag_find_or_add(c, h, p))) /* h's offsets are the lead-in's */
            return;
        const char *own = ag_task_role(t), *tr = strcmp(r, "phối hợp") && strcmp(own, "thực hiện") ? own : r;
        ag_add_role(a, tr);
        ag_add_task(c, a, t, tr);
    }
}

/* Inline assignments in one paragraph. */
/* The bodies a bracket in item p names with a word of role closing it
 * (ag_paren_role): "Giao Sở Công Thương nghiên cứu ... (Sở Tài chính, Sở
 * Tư pháp phối hợp)" gives those in it that role in the item's task; a
 * bracket holding the word alone, "Giao Sở Xây dựng (chủ trì) phối hợp
 * với ...", gives it to the names right before it. */
static void paren_roles(actx *c, const seg_para *p, size_t a0)
{
    const char *f = p->fold;
    size_t n = p->nchar, rw, end;
    hit hs[24];
    for (size_t q = a0; q < n; q++) {
        const char *r = f[q] == '(' ? ag_paren_role(p, q, &rw) : NULL;
        if (!r)
            continue;
        int k = 0;
        if (skip_sp(f, n, q + 1) < rw) {
            k = ag_chain(c, p, skip_sp(f, n, q + 1), hs, 24, &end);
            if (k && skip_sp(f, n, end) != rw) {
                ag_free_hits(hs, k); /* more than names before the word */
                k = 0;
            }
        } else {
            /* the names the bracket follows, when they are the item's
             * subject or what "Giao" gives the task to: a meeting's
             * members ("Thành phần gồm: đại diện Ủy ban nhân dân cấp xã
             * (chủ trì), ...") are named, not tasked */
            for (size_t w = a0; w < q && !k; w++) {
                if ((w > 0 && f[w - 1] != ' ') || !seg_capital_at(p, w))
                    continue;
                if (w != a0 && !(w >= 5 && seg_word_at(f, n, w - 5, "giao")))
                    continue;
                k = ag_chain(c, p, w, hs, 24, &end);
                if (k && skip_sp(f, n, end) != q) {
                    ag_free_hits(hs, k);
                    k = 0;
                }
            }
        }
        for (int h = 0; h < k; h++)
            ag_assign(c, &hs[h], p, r, 1);
        ag_free_hits(hs, k);
    }
}

void ag_inline_roles(actx *c, const seg_para *p, int in_impl, int in_reg)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    hit hs[24];
    size_t a0, end_cs;
    if (!item_start(c, p, &a0))
        return;
    const char *lr = NULL;
    size_t pi = (size_t)(p - c->d->paras);
    int pn = 0;
    size_t lu = ag_role_lead(c, pi, c->d->nparas, &lr, hs, 24, &pn);
    if (lu > pi + 1) {
        /* "b) Chủ trì, phối hợp với Sở Xây dựng" over acts: the item is no
         * task, its partners help in each act under it; the lead's body is
         * given them by the heading or lead-in over the item */
        ag_give_partners(c, p, pi + 1, lu, hs, pn);
        return;
    }
    if (a0 > 0 && p->mk == MK_NONE && (f[0] == '~' || f[0] == '"') && ag_duty_of(p, a0)) {
        /* "“Điều 47. Thẩm quyền của Công an nhân dân": a quoted article is no
         * heading of the document; its duty heading is read as headings.c
         * reads one, its clauses given here */
        size_t a = ag_duty_of(p, a0), end = 0;
        int k = ag_chain(c, p, a, hs, 24, &end);
        if (k == 0)
            k = ag_officer_class(c, p, a, hs, &end);
        if (k <= 1)
            k = ag_duty_heading_whole(p, a, hs, k, &end);
        if (k > 0)
            ag_quoted_article_duties(c, p, hs, k);
        ag_free_hits(hs, k);
        return;
    }
    const char *type = c->r->metadata.doc_type;
    int orders = seg_type_orders_work(type);
    /* a plan's or a decision's items, or an implementation part's in a
     * document of no type read; not a decree's, circular's or law's, whose
     * clauses after ';' state norms and powers */
    int semi = !orders && !in_reg && p->mk != MK_NONE &&
               (type ? !strcmp(type, "Kế hoạch") || !strcmp(type, "Quyết định") : in_impl) && a0 < n &&
               memchr(f + a0, ';', n - a0) && !under_body_heading(c, p) && !in_functions_article(c, p) &&
               (size_t)(p - c->d->paras) < c->reg_from;
    /* the same items with no ';' whose first words are their doer's */
    int plan_item = !orders && !in_reg && p->mk != MK_NONE &&
                    (type ? !strcmp(type, "Kế hoạch") || !strcmp(type, "Quyết định") : in_impl) &&
                    !in_functions_article(c, p) && (size_t)(p - c->d->paras) < c->reg_from;
    int shared = plan_item && a0 == paren_label(p) && ag_own_subject(c, p);
    const item it = {p, a0, in_impl, in_reg, ag_quoted_clause(p, paren_label(p)), type && !strcmp(type, "Thông báo"),
                     orders, semi, shared, c};
    /* a body other than the issuer acting as the item's subject, before
     * the word read: a request joined to its predicate is its own */
    int acting = 0, headed = -1, lead = -1;
    for (size_t i = a0; i < n; i++) {
        if (i > 0 && isalnum((unsigned char)f[i - 1]))
            continue;
        size_t after = 0;
        int then = 0;
        const char *role = verb_role(&it, i, &after, &then);
        if (!role || (*role && done_before(p, i)))
            continue;
        if (!strcmp(role, "đề nghị") && i != a0 && joined_predicate(p, a0, i)) {
            /* "Sở Tư pháp tra cứu hoặc đề nghị Bộ Tư pháp tra cứu": the
             * body asks, the one it asks is consulted (ANNOTATING.md,
             * seventh rule set: only the issuer's own "đề nghị" gives
             * đề nghị) */
            if (headed < 0)
                headed = under_body_heading(c, p) || in_functions_article(c, p);
            if (acting || headed)
                continue;
        }
        if (i == a0 && !strcmp(role, "") && province_subjects(c, p, a0))
            continue;
        size_t end;
        int k = ag_chain(c, p, after, hs, 24, &end);
        if (k == 0 && !strcmp(role, ""))
            k = work_subject(p, after, hs, &end, then || (i == a0 && a0 != it.raw));
        if (k == 0)
            continue;
        if (!strcmp(role, "đề nghị") && i != a0 && !in_impl && !clause_opens(f, a0, i)) {
            /* the issuer's request after its own name asks the letter's
             * addressees ("Sở Tài chính đề nghị Ủy ban nhân dân phường Bình
             * Minh phối hợp ..." to that committee): those the Kính gửi
             * lines name; another body so asked is left to the rules that
             * read it */
            int w = 0;
            for (int h = 0; h < k; h++) {
                if (hs[h].name && ag_is_addressee(c, hs[h].name))
                    hs[w++] = hs[h];
                else
                    ag_free_hits(&hs[h], 1);
            }
            k = w;
            if (k == 0) {
                if (end > i)
                    i = end - 1;
                continue;
            }
        }
        size_t j = skip_sp(f, n, end);
        if (seg_word_at(f, n, i, "yeu cau") && i != a0 && joined_predicate(p, a0, i) && asks_account(p, j)) {
            /* "Nhận báo cáo ...; yêu cầu doanh nghiệp ... báo cáo đột xuất":
             * a body asking a third party for its account, inside its own
             * duty, consults it (ANNOTATING.md, seventh rule set), as with
             * "đề nghị" above */
            if (headed < 0)
                headed = under_body_heading(c, p) || in_functions_article(c, p);
            if (acting || headed) {
                ag_free_hits(hs, k);
                if (end > i)
                    i = end - 1;
                continue;
            }
        }
        if (sent_to(p, i))
            k += channel(c, p, &j, hs + k, 24 - k, &end);
        else if (reports_through(p, i)) {
            /* the body reported to gets nothing; the unit it goes through
             * is given the purpose */
            int m = channel(c, p, &j, hs + k, 24 - k, &end);
            ag_free_hits(hs, k);
            memmove(hs, hs + k, (size_t)m * sizeof *hs);
            k = m;
            if (k == 0) {
                if (end > i)
                    i = end - 1;
                continue;
            }
        }
        while (j < n && (f[j] == ',' || f[j] == ' ' || f[j] == ')')) /* "Sở X (Chi cục Y) chủ trì" */
            j++;
        if ((sent_to(p, i) || reports_through(p, i)) && !purpose_at(p, j) && !purpose_at(p, after_limit(p, j))) {
            ag_free_hits(hs, k); /* sent, asked nothing */
            if (end > i)
                i = end - 1;
            continue;
        }
        if (sent_to(p, i) && (k = drop_superiors(c, hs, k)) == 0) {
            if (end > i) /* sent up for a purpose the document cannot set */
                i = end - 1;
            continue;
        }
        size_t shut = j; /* "2. Trách nhiệm của Sở Y tế:" closes with its colon */
        while (shut < n && strchr(" :", f[shut]))
            shut++;
        if (i == a0 && ag_duty_of(p, i) &&
            (j >= n || (shut >= n && f[n - 1] == ':') || (p->mk == MK_DIEU && f[n - 1] != '.'))) {
            /* a heading "Trách nhiệm của Bộ Nội vụ": its items are the tasks; an
             * article's heading too when its name was read short ("Điều 8.
             * Trách nhiệm của Cục Quản lý, giám sát tổ chức tín dụng"); a
             * clause naming a body's duties with the colon over its items
             * is a lead-in, no task (ANNOTATING.md, eighth rule set) */
            ag_free_hits(hs, k);
            break;
        }
        if (!strcmp(role, "") && address_at(p, j)) {
            ag_free_hits(hs, k); /* a place to file at, no subject */
            if (end > i)
                i = end - 1;
            continue;
        }
        size_t rest = j;
        while (rest < n && strchr(" :.", f[rest]))
            rest++;
        if (i == a0 && ((!strcmp(role, "đề nghị") && rest >= n && ag_heads_items(c->d, p)) ||
                        (!strcmp(role, "") && a0 == paren_label(p) && ag_headed_role(c->d, p, end)) ||
                        (!strcmp(role, "") && ag_heads_items(c->d, p) && ag_points_back(p, end)))) {
            ag_free_hits(hs, k); /* the heading's items are the tasks (headings.c) */
            break;
        }
        if (i == a0 && !strcmp(role, "") && duty_lead_over_items(c->d, p, end)) {
            ag_free_hits(hs, k); /* its items are the tasks (ag_lead_in_items) */
            break;
        }
        if (i == a0 && !strcmp(role, "") && ag_partners_lead(c, p, end)) {
            ag_free_hits(hs, k); /* "X chủ trì, phối hợp với Y:": its items are the tasks */
            break;
        }
        if (i == a0 && assigns_at(p, i) && assigns_over_acts(c, p)) {
            ag_free_hits(hs, k); /* its items are the tasks (ag_lead_in_items) */
            break;
        }
        if (i == a0 && rest >= n && seg_word_at(f, n, i, "giao") && ag_heads_items(c->d, p) &&
            most_items_own_subjects(c, (size_t)(p - c->d->paras))) {
            ag_free_hits(hs, k); /* "Điều 2. Giao các cơ quan, đơn vị" announces its items */
            break;
        }
        if (*role && all_groups(hs, k) && seg_trimmed(p) >= 2 && f[seg_trimmed(p) - 1] == ':' &&
            most_listed_own_subjects(c, (size_t)(p - c->d->paras))) {
            /* "..., Sở X đề nghị các cơ quan, đơn vị thực hiện một số nội
             * dung sau:" over "1. Đề nghị Ủy ban nhân dân các xã ...", "2.
             * Sở Tài chính ...": a group asked over items that each name
             * their own body only announces them (ANNOTATING.md, fifth
             * rule set), wherever the verb that asks stands */
            ag_free_hits(hs, k);
            if (end > i)
                i = end - 1;
            continue;
        }
        if (i == a0 && !*role && names_a_group(hs, k) && announces_doers(c, p, i)) {
            /* "6. Các bộ, cơ quan, địa phương ... tiếp tục triển khai các
             * giải pháp ..., cụ thể như sau:" over "a) Bộ Tài chính chủ trì
             * ...", "b) ...", "c) Các bộ, cơ quan, địa phương:": the group
             * opening a lead-in that shares its work out by name holds
             * none of it */
            ag_free_hits(hs, k);
            if (end > i)
                i = end - 1;
            continue;
        }
        const char *r = subject_role(c, &it, role, i, j, end, then);
        if (r && !strcmp(r, "phối hợp") && (!strcmp(role, "") || !strcmp(role, "thực hiện")) && !acting && type &&
            c->reg_from >= c->d->nparas &&
            !under_partner_lead(c->d, p) && ag_mutual_partners(p, a0, hs, k, j))
            r = "thực hiện";
        /* read once for a one-sentence lead-in, but at its request: a
         * subject read before it ("Chủ tịch Ủy ban nhân dân xã yêu cầu X, Y
         * và Z khẩn trương thực hiện các việc sau:", a purpose fronted,
         * "Để ..., ") is no request and must not settle it */
        int asks = seg_word_at(f, n, i, "yeu cau") || seg_word_at(f, n, i, "de nghi");
        if (lead < 0 || !seg_colon_sentence(p) || (!lead && asks))
            lead = lead_over_acts(c, p, i);
        if (r && lead) {
            /* the lead-in's bodies, with its roles, take its items */
            if (!strcmp(r, ""))
                r = "thực hiện";
            for (int q = 0; q < k; q++)
                lead_items_to(c, &hs[q], p, r);
        } else if (r) {
            if (!strcmp(r, "") )
                r = "thực hiện";
            for (int q = 0; q < k; q++)
                ag_assign(c, &hs[q], p, r, 1);
            if (!strcmp(role, "") && !ag_is_issuer(c->r, hs[0].name))
                acting = 1;
            /* its task is one, with the stronger role (ANNOTATING.md, tenth rule set) */
            if (i == a0 && !strcmp(role, "") && strcmp(r, "chủ trì") && ag_later_lead(p, end))
                for (int q = 0; q < k; q++)
                    ag_assign(c, &hs[q], p, "chủ trì", 1);
        }
        ag_free_hits(hs, k);
        if (end > i)
            i = end - 1;
    }
    /* the condition's words stay read from a0 for the names in them; its
     * main clause's class subject is given the item here */
    size_t cs = condition_subject(p, a0);
    if (cs != a0 && work_subject(p, cs, hs, &end_cs, 1)) {
        ag_assign(c, &hs[0], p, "thực hiện", 1);
        ag_free_hits(hs, 1);
    }
    size_t ke = 0, ks = fronted_known_class(c, p, a0, &ke);
    if (ks && ag_written_hit(p, ks, ke, 1, &hs[0])) {
        hs[0].keep_name = 1;
        ag_assign(c, &hs[0], p, "thực hiện", 1);
        ag_free_hits(hs, 1);
    }
    paren_roles(c, p, a0);
    ag_duty_subjects(c, p, a0);
    ag_closing_formula(c, p, a0);
    ag_amended_duties(c, p);
}

/* Does item t, read past the clause of circumstance it opens with, ask
 * bodies of its own ("Trong quá trình thực hiện, nếu có khó khăn, vướng
 * mắc, đề nghị các sở, ngành ... phản ánh về ...", the closing request of
 * most plans and circulars)? Those it names are the ones asked (đề
 * nghị), as its subject is the doer of an item with one: the heading it
 * stands under gives its body nothing by it. Only a clause on the course
 * of the work, "Trong quá trình ...": the issuer speaking of its own
 * text; a request in a body's duty ("Khi cần thiết, đề nghị Chủ tịch ...")
 * is that body's, which consults (ANNOTATING.md, seventh rule set). */
int ag_asks_own(actx *c, const seg_para *t)
{
    size_t a0, end;
    const char *f = t->fold;
    size_t n = t->nchar;
    if (!seg_word_at(f, n, t->label_chars, "trong qua trinh") || !item_start(c, t, &a0) ||
        !seg_word_at(f, n, a0, "de nghi"))
        return 0;
    hit hs[8];
    int k = ag_chain(c, t, skip_sp(f, n, a0 + 7), hs, 8, &end);
    ag_free_hits(hs, k);
    return k > 0;
}

/* "2. Trong phạm vi nhiệm vụ, quyền hạn của mình, Ủy ban nhân dân cấp
 * tỉnh kiểm tra ...": a clause that fronts its scope before its subject
 * (fronted_clause reads past it) names its own doer all the same, whoever
 * the article's title names. Where that subject opens, or 0. Not a
 * lead-in over items ("..., Hội đồng nhân dân các cấp có trách nhiệm sau
 * đây:"), which its heading reads with its items. */
static size_t scope_subject(actx *c, const seg_para *t)
{
    size_t a = paren_label(t), a0, end, n = t->nchar;
    while (n > 0 && t->fold[n - 1] == ' ')
        n--;
    static const char *const adjuncts[] = {"trong pham vi", "can cu", "tren co so", NULL};
    if ((n > 0 && t->fold[n - 1] == ':') || !seg_word_in(t->fold, t->nchar, skip_sp(t->fold, t->nchar, a), adjuncts) ||
        !item_start(c, t, &a0) || a0 <= a)
        return 0;
    hit own[8];
    int m = ag_chain(c, t, a0, own, 8, &end);
    ag_free_hits(own, m);
    return m && lower_verb(t, skip_sp(t->fold, t->nchar, end)) ? a0 : 0;
}

/* Is the rest of heading t from q a range of places closed by the item's
 * colon ("1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến
 * Khánh Hòa:"): the group's members named by where they lie, no clause? */
static int place_range_colon(const seg_para *t, size_t q)
{
    const char *f = t->fold;
    size_t n = seg_trimmed(t);
    if (n < 2 || f[n - 1] != ':' || !seg_word_at(f, n, q, "tu"))
        return 0;
    int to = 0;
    for (size_t k = q + 2; k + 1 < n; k++) {
        if (strchr(".;:", f[k]))
            return 0;
        if (f[k - 1] == ' ' && seg_word_at(f, n, k, "den"))
            to = 1;
    }
    return to;
}

int ag_own_subject(actx *c, const seg_para *t)
{
    hit own[8];
    size_t end, a = paren_label(t);
    int m = ag_chain(c, t, a, own, 8, &end);
    ag_free_hits(own, m);
    /* "Trường hợp cần thiết, cơ quan, đơn vị, địa phương rà soát ...",
     * "Khi ... thì Bộ, cơ quan ngang Bộ ... báo cáo ...": a clause of
     * condition or time fronted before the subject; the subject after it
     * is the item's own */
    size_t fa = m ? a : fronted_clause(c, t, a);
    if (!m && fa > a) {
        m = ag_chain(c, t, fa, own, 8, &end);
        if (m > 0 && own[0].a != fa) {
            ag_free_hits(own, m);
            m = 0;
        } else
            ag_free_hits(own, m);
    }
    size_t q = skip_sp(t->fold, t->nchar, end);
    /* "Sở Giáo dục và Đào tạo và Sở Y tế, theo chức năng, nhiệm vụ, chỉ
     * đạo ...": the remit set off by commas stands before the verb */
    if (m && q < t->nchar && t->fold[q] == ',' && remit_basis(t, skip_sp(t->fold, t->nchar, q + 1)))
        q = skip_sp(t->fold, t->nchar, q + 1);
    /* "2. Sở Văn hóa, Thể thao và Du lịch;" alone: names closed by a
     * semicolon at the item's end, whose verb the next line goes on with
     * ("UBND các xã, phường niêm yết công khai ...") */
    int wrapped = q < t->nchar && t->fold[q] == ';' && skip_sp(t->fold, t->nchar, q + 1) >= t->nchar;
    if (m && (lower_verb(t, q) || (end < t->nchar && t->fold[end] == ':') || wrapped || place_range_colon(t, q)))
        return 1;
    return scope_subject(c, t) != 0;
}

int ag_items_own_subjects(actx *c, size_t i)
{
    const seg_doc *d = c->d;
    int s = d->paras[i].section;
    size_t last = d->nparas;
    if (s >= 0 && d->secs[s].para == (int)i)
        for (last = i + 1; last < d->nparas && d->paras[last].start < d->secs[s].end; last++)
            ;
    for (size_t q = i + 1; q < last && d->paras[q].mk != MK_NONE; q++)
        if (ag_own_subject(c, &d->paras[q]))
            return 1;
    return 0;
}

/* Does item t open by asking or assigning a body of its own ("1. Đề nghị
 * Ủy ban nhân dân các xã ... chủ trì ...", "2. Giao Sở Tài chính ...",
 * "Yêu cầu Công an tỉnh ...")? It names who does it, as a subject does. */
static int asks_own_body(actx *c, const seg_para *t)
{
    const char *f = t->fold;
    size_t n = t->nchar, a = paren_label(t), w = 0, end;
    if (seg_word_at(f, n, a, "de nghi") && seg_marks_match(t, a, "đề nghị"))
        w = a + 7;
    else if (seg_word_at(f, n, a, "yeu cau") && seg_marks_match(t, a, "yêu cầu"))
        w = a + 7;
    else if (assigns_at(t, a))
        w = a + 4;
    if (!w)
        return 0;
    hit own[8];
    int m = ag_chain(c, t, skip_sp(f, n, w), own, 8, &end);
    ag_free_hits(own, m);
    return m > 0;
}

/* A lead-in that asks bodies to do what follows ("..., yêu cầu Giám đốc
 * các Sở, Chủ tịch UBND các xã tập trung thực hiện các nội dung sau:")
 * gives them the items after it as tasks, those that name no subject of
 * their own ("2. Sở Y tế ..." does). The role is the lead-in's word. */
void ag_lead_in_items(actx *c, size_t i)
{
    const seg_doc *d = c->d;
    const seg_para *p = &d->paras[i];
    const char *f = p->fold;
    size_t n = seg_trimmed(p);
    /* an article may be such a lead-in itself, "Điều 3. Giao Giám đốc
     * Công an tỉnh thực hiện các nhiệm vụ sau:" over "a) ...", "b) ..." */
    int article = p->mk == MK_DIEU && (assigns_at(p, p->label_chars) || delegates_at(p, p->label_chars));
    if ((p->mk != MK_NONE && !article) || p->in_header || n < 2 || f[n - 1] != ':' || i + 1 >= d->nparas ||
        d->paras[i + 1].mk == MK_NONE || (article && d->paras[i + 1].mk <= MK_DIEU))
        return;
    hit hs[24];
    int k = 0, assigned = 0;
    const char *role = NULL;
    for (size_t q = 0; q < n && !k; q++) {
        size_t w = q + 7;
        if (seg_word_at(f, n, q, "yeu cau") || seg_word_at(f, n, q, "chi dao"))
            role = "thực hiện";
        else if (seg_word_at(f, n, q, "de nghi") && !(q >= 5 && seg_word_at(f, n, q - 5, "theo")))
            role = "đề nghị";
        else if (assigns_at(p, q)) {
            /* "Giao Giám đốc Công an tỉnh thực hiện các nhiệm vụ sau:": the
             * items are the work given, each with its own word's role ("Chủ
             * trì, phối hợp với ..." leads), as "Giao X chủ trì" is read */
            role = "thực hiện";
            assigned = 1;
            w = q + 4;
        } else if (delegates_at(p, q)) {
            /* "Ủy quyền cho Giám đốc Sở ... thực hiện ..., cụ thể như sau:" over
             * "1. Cấp giấy chứng nhận ...": the powers handed over, each a task */
            role = "thực hiện";
            assigned = 1;
            w = delegates_at(p, q);
        } else
            continue;
        size_t end;
        k = ag_chain(c, p, w, hs, 24, &end);
    }
    /* "Trung tâm ... thực hiện nhiệm vụ, quyền hạn ..., cụ thể như sau:",
     * "Sở Tư pháp có trách nhiệm:": a lead-in whose subject is given the
     * duties listed under it shares that subject with the items, at every
     * depth (a sub-heading over items, "1. Nhiệm vụ, quyền hạn chung", is
     * none of them); each item's role is its own word's */
    int duty = 0, np = 0;
    hit partners[8];
    if (!k) {
        size_t end;
        k = ag_chain(c, p, 0, hs, 24, &end);
        duty = k > 0 && ag_duty_lead(p, end);
        /* "Sở Y tế chủ trì, phối hợp với Bảo hiểm xã hội tỉnh:" over "- ...":
         * the names lead each item (or take its own word's role), the
         * partners help in each */
        if (k > 0 && !duty && (np = ag_led_with_partners(c, p, end, partners, 8)) > 0)
            duty = 1;
        if (!duty) {
            ag_free_hits(hs, k);
            /* "Khi ..., X phải:": a fronted clause before the subject */
            k = ag_fronted_lead(c, p, 0, hs, 24, &end);
            duty = k > 0;
        }
    }
    int top = d->paras[i + 1].mk;
    for (size_t q = i + 1; q < d->nparas && k && !d->oom; q++) {
        const seg_para *t = &d->paras[q];
        if (t->mk == MK_NONE || t->in_header || (int)t->mk < top)
            break;
        const char *lr = NULL;
        hit pt[8];
        int pn = 0;
        size_t u = (duty || assigned) && (int)t->mk == top ? ag_role_lead(c, q, d->nparas, &lr, pt, 8, &pn) : q;
        if (u > q + 1) {
            /* "b) Chủ trì, phối hợp với Sở Xây dựng" over "- Rà soát ...":
             * the item announces the work under it, each sub-item a task of
             * the lead-in's bodies with the item's role and of its partners
             * (headings.c) */
            for (size_t w = q + 1; w < u; w++) {
                const char *own = ag_task_role(&d->paras[w]), *tr = strcmp(own, "thực hiện") ? own : lr;
                for (int h = 0; h < np; h++) {
                    seg_agency *ag = ag_find_or_add(c, &partners[h], p);
                    if (ag)
                        ag_give_item(c, ag, &d->paras[w], "phối hợp", 1);
                }
                for (int h = 0; h < k; h++) {
                    seg_agency *ag = ag_find_or_add(c, &hs[h], p);
                    if (ag)
                        ag_give_item(c, ag, &d->paras[w], tr, 1);
                }
            }
            ag_free_hits(pt, pn); /* the item's own reading gives them (ag_inline_roles) */
            q = u - 1;
            continue;
        }
        if (duty) {
            const seg_para *u = q + 1 < d->nparas ? &d->paras[q + 1] : NULL;
            if (u && u->mk != MK_NONE && u->mk > t->mk && t->nchar && t->fold[t->nchar - 1] != '.')
                continue; /* a sub-heading over items */
        } else if ((int)t->mk != top || (!assigned && heading_over_items(d, t)))
            continue; /* a part's heading under a request ("I. Trách nhiệm ...") is no act */
        /* the item names who does it; under a lead-in that asks bodies
         * also by asking a body of its own ("1. Đề nghị Ủy ban nhân dân các
         * xã ..."), not under a duty's, whose "Yêu cầu X ..." is the duty's
         * body asking (ANNOTATING.md, seventh rule set) */
        if (names_own_doer(c, t) || (!duty && !assigned && asks_own_body(c, t)))
            continue;
        const char *tr = duty || assigned ? ag_task_role(t) : role;
        if (np && !strcmp(tr, "thực hiện"))
            tr = "chủ trì";
        for (int h = 0; h < np; h++) {
            seg_agency *ag = ag_find_or_add(c, &partners[h], p);
            if (ag)
                ag_give_item(c, ag, t, "phối hợp", 1);
        }
        for (int h = 0; h < k; h++) {
            seg_agency *ag = ag_find_or_add(c, &hs[h], p);
            if (!ag)
                continue;
            if (duty || assigned)
                ag_give_item(c, ag, t, tr, 1);
            else {
                /* the lead-in asks it: a body's roles are its tasks' ("đề
                 * nghị Thủ trưởng các cơ quan, đơn vị ... thực hiện các nội
                 * dung sau:", whose verb follows the issuer, not a clause's
                 * opening, where the inline reader finds it) */
                ag_add_role(ag, tr);
                ag_add_task(c, ag, t, tr);
            }
        }
    }
    ag_free_hits(hs, k);
    ag_free_hits(partners, np);
}

/* Where an item's task text begins when a body's name heads it with its
 * colon ("+ Sở Xây dựng: hướng dẫn ...", "- Đề nghị các doanh nghiệp viễn
 * thông (VNPT, Viettel): Đảm bảo ...", "Sở Tài chính phối hợp Ban Quản lý
 * Khu kinh tế: hướng dẫn ..."): the name is the item's label, as "1." is,
 * and the text starts after its colon (ANNOTATING.md, tenth rule set).
 * Before the colon only names, a bracket after them and words of role
 * ("chủ trì", "phối hợp (với)") with their partners may stand. A list's
 * colon inside a subject ("Các Bộ: Quốc phòng, Tài chính kịp thời ...")
 * is no label: names follow it. The label's end, or p->label_chars. */
size_t ag_name_label_end(const actx *c, const seg_para *p)
{
    const char *f = p->fold;
    size_t n = p->nchar, a = paren_label(p);
    if (seg_word_at(f, n, a, "de nghi"))
        a = skip_sp(f, n, a + 7);
    hit hs[24];
    size_t end;
    int k = ag_chain(c, p, a, hs, 24, &end);
    ag_free_hits(hs, k);
    if (!k)
        return p->label_chars;
    for (int rounds = 0; rounds < 4; rounds++) {
        size_t q = skip_sp(f, n, end);
        if (q < n && f[q] == ')' && memchr(f + a, '(', q - a) && !memchr(f + a, ')', q - a))
            q = skip_sp(f, n, q + 1); /* the names ran on into the group's bracket of members: "các doanh
                                         nghiệp viễn thông (VNPT, Viettel): ..." */
        if (q < n && f[q] == '(') {
            while (q < n && f[q] != ')' && f[q] != ':')
                q++;
            if (q >= n || f[q] != ')')
                return p->label_chars;
            q = skip_sp(f, n, q + 1);
        }
        while (q < n && f[q] == ',')
            q = skip_sp(f, n, q + 1);
        if (q < n && f[q] == ':') {
            size_t t = skip_sp(f, n, q + 1);
            if (t == q + 1 && t < n && isalnum((unsigned char)f[t]))
                return p->label_chars; /* "ISO/IEC 17025:2005": no label's colon */
            if (t >= n)
                return p->label_chars; /* a lead-in: what follows is its items */
            k = ag_chain(c, p, t, hs, 24, &end);
            ag_free_hits(hs, k);
            return k ? p->label_chars : t;
        }
        /* "... chủ trì, phối hợp với Y:", "... phối hợp Y:" */
        size_t w = q;
        if (seg_word_at(f, n, w, "chu tri"))
            w = skip_sp(f, n, w + 7);
        while (w < n && f[w] == ',')
            w = skip_sp(f, n, w + 1);
        if (seg_word_at(f, n, w, "phoi hop")) {
            w = skip_sp(f, n, w + 8);
            if (seg_word_at(f, n, w, "voi"))
                w = skip_sp(f, n, w + 3);
        }
        if (w == q)
            return p->label_chars;
        k = ag_chain(c, p, w, hs, 24, &end);
        ag_free_hits(hs, k);
        if (!k) {
            /* "X chủ trì:": the verb alone before the colon */
            q = skip_sp(f, n, w);
            if (q < n && f[q] == ':' && skip_sp(f, n, q + 1) < n)
                return skip_sp(f, n, q + 1);
            return p->label_chars;
        }
    }
    return p->label_chars;
}

/* A target read from an item a body's name heads with its colon ("4. Trung
 * tâm Thông tin và Xúc tiến du lịch tỉnh: Xây dựng bản đồ số ..., hoàn
 * thành trước ngày 30/6/2026") has its text after the colon, as the task
 * has: the name is the item's label (ANNOTATING.md, tenth rule set), and a
 * target's text is the item's without its label. The targets pass reads
 * no names, so the text is cut here, once the names can be read; a text
 * the targets pass began elsewhere (a later sentence, a line above) is
 * left as it is. */
void ag_label_targets(const actx *c)
{
    seg_doc *d = c->d;
    for (size_t k = 0; k < c->r->n_targets; k++) {
        seg_target *t = &c->r->targets[k];
        /* the paragraph the target starts at (paragraphs run in order;
         * the landuse tables' rows come after the others' targets) */
        size_t lo = 0, hi = d->nparas;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (d->paras[mid].start < t->start)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo >= d->nparas)
            continue;
        const seg_para *p = &d->paras[lo];
        if (p->start != t->start || !t->text || strcmp(t->text, p->text + p->cpos[p->label_chars]))
            continue;
        size_t from = ag_name_label_end(c, p);
        if (from <= p->label_chars || from >= p->nchar)
            continue;
        char *cut = seg_strdup(p->text + p->cpos[from]);
        if (!cut) {
            d->oom = 1;
            return;
        }
        free(t->text);
        t->text = cut;
    }
}

/* Does one name open the other, after folding ("Các Bộ quản lý chức danh
 * ..." read a little longer or shorter in an item than in its heading)? */
static int same_body(const char *a, const char *b)
{
    if (!a || !b)
        return 0;
    char *fa = seg_fold_str(a), *fb = seg_fold_str(b);
    int r = 0;
    if (fa && fb) {
        size_t la = strlen(fa), lb = strlen(fb);
        r = !strncmp(fa, fb, la < lb ? la : lb);
        if (!r && !strncmp(fa, "cac ", 4))
            r = !strncmp(fa + 4, fb, la - 4 < lb ? la - 4 : lb);
        if (!r && !strncmp(fb, "cac ", 4))
            r = !strncmp(fb + 4, fa, lb - 4 < la ? lb - 4 : la);
    }
    free(fa);
    free(fb);
    return r;
}

/* Does item t name its own doer, not the agency ag: an item under a
 * heading over several bodies that a body of its own heads ("+ Sở Xây
 * dựng: hướng dẫn ...") is that body's, not the heading's others'
 * (ANNOTATING.md, fifth and tenth rule sets). */
int ag_item_of_other(actx *c, const seg_para *t, const seg_agency *ag)
{
    if (!ag_own_subject(c, t))
        return 0;
    hit own[8];
    size_t end;
    size_t at = scope_subject(c, t);
    int m = ag_chain(c, t, at ? at : paren_label(t), own, 8, &end), other = m > 0;
    for (int h = 0; h < m; h++)
        if (same_body(own[h].name, ag->name) || same_body(own[h].name, ag->as_written))
            other = 0;
    ag_free_hits(own, m);
    return other;
}
