/*
 * regulation.c: the bodies a regulation binds. Its clauses (a body opening
 * one acts: its duty or power), its duty articles ("Điều 40. Trách nhiệm
 * của Bộ Nội vụ"), the bodies before "có trách nhiệm", "phải", and the
 * closing formula ("... chịu trách nhiệm thi hành") of a decision.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "segment/agencies_internal.h"
#include "segment/places.h"
#include "segment/funcwords.h"

/* Is paragraph i a clause of a regulation's article, a sentence of its
 * own (ending in a full stop, not an item of a list a colon opened: "Phòng
 * Kiểm tra văn bản quy phạm pháp luật;", its last item, a table's cell)? */
int ag_reg_clause(const seg_doc *d, size_t i)
{
    const seg_para *p = &d->paras[i];
    if (p->nchar < 2 || p->fold[p->nchar - 1] != '.')
        return 0;
    if (i > 0) {
        const seg_para *q = &d->paras[i - 1];
        if (q->nchar && strchr(":;,", q->fold[q->nchar - 1]))
            return 0; /* the last item of a list ("...;" / "Trung tâm Dịch vụ đấu giá tài sản tỉnh.") */
    }
    return 1;
}

/* An amending act quotes the clauses it puts in ("“4. Công an xã, phường,
 * đặc khu ... bố trí ...”"): the clause's text begins after the opening
 * quote and the quoted clause's own label ("4.", "b)"). From a, where the
 * text begins, or a itself. */
size_t ag_quoted_clause(const seg_para *p, size_t a)
{
    const char *f = p->fold;
    size_t n = p->nchar, j = a;
    if (j >= n || (f[j] != '~' && f[j] != '"'))
        return a;
    j++;
    /* "“Điều 47. Thẩm quyền của Công an nhân dân": a quoted article's own
     * label too */
    if (seg_word_at(f, n, j, "dieu"))
        j = skip_sp(f, n, j + 4);
    size_t k = j;
    while (k < n && k < j + 3 && isdigit((unsigned char)f[k]))
        k++;
    if (k > j && k < n && isalpha((unsigned char)f[k]) && k + 1 < n && f[k + 1] == '.')
        k++; /* "Điều 46a." */
    if (k > j && k < n && f[k] == '.')
        j = k + 1;
    else if (j + 1 < n && isalpha((unsigned char)f[j]) && f[j + 1] == ')')
        j += 2;
    return skip_sp(f, n, j);
}

/* "thì" (then) at i, read with its marks ("thi hành", "thị" are other
 * words): the main clause of a condition, whose subject a regulation
 * gives a duty or power ("Trường hợp ... thì cơ quan thuế thực hiện cấp
 * hóa đơn ..."). */
int ag_then_at(const seg_para *p, size_t i)
{
    return seg_word_at(p->fold, p->nchar, i, "thi") && seg_marks_match(p, i, "thì");
}

/* The nouns of duty and power at i, one or more joined by a comma or "và"
 * ("trách nhiệm", "nhiệm vụ, quyền hạn", "nghĩa vụ"; at most four): where
 * they end, or i. "quyền", a right, may stand among them ("Quyền và nghĩa
 * vụ", "Quyền, trách nhiệm"): the coordination still lays the duties on
 * whoever follows; alone it lays none. */
size_t ag_duty_nouns(const seg_para *p, size_t i)
{
    static const char *const nouns[] = {"trach nhiem", "nhiem vu", "quyen han", "tham quyen", "nghia vu", NULL};
    const char *f = p->fold;
    size_t n = p->nchar, q = i, end = i, l;
    int duty = 0;
    for (int count = 0; count < 4; count++) {
        if ((l = seg_word_in(f, n, q, nouns)) != 0)
            duty = 1;
        else if (seg_word_at(f, n, q, "quyen") && seg_marks_match(p, q, "quyền"))
            l = 5;
        else
            break;
        end = q + l;
        size_t r = end < n && f[end] == ',' ? skip_sp(f, n, end + 1) : skip_sp(f, n, end);
        if (seg_word_at(f, n, r, "va"))
            r = skip_sp(f, n, r + 2);
        q = r;
    }
    return end > i && duty ? skip_sp(f, n, end) : i;
}

/* The work a duty title names between its nouns of duty and "của", at q
 * right after the nouns: verbs of administration alone, joined by a
 * comma or "và" ("Trách nhiệm kiểm tra, giám sát của X", "Nhiệm vụ, quyền
 * hạn điều tra của X", "Trách nhiệm phối hợp của X"), or "quản lý nhà
 * nước", the state's management, one verb with its fixed object
 * ("Trách nhiệm quản lý nhà nước của Ủy ban nhân dân cấp tỉnh"): a verb
 * takes no possessor, so "của" after it names the holder of the duty.
 * Not a work with an object or a field of its own ("thực hiện kết luận
 * của Hội đồng kỷ luật", "giải quyết kiến nghị của cử tri", "quản lý nhà
 * nước về phòng, chống tác hại của rượu, bia"): "của" there may close the
 * object or the field, whose possessor is no duty holder. The position of
 * the holder's name, or 0. */
static size_t duty_work_of(const seg_para *p, size_t q)
{
    static const char *const verbs[] = {"quan ly", "kiem tra", "giam sat", "thanh tra", "phoi hop", "bao cao",
                                        "dieu tra", "xet xu", "xu ly", "giai quyet", "huong dan", "theo doi",
                                        "thong ke", "tham van", "tham dinh", "kiem soat", NULL};
    const char *f = p->fold;
    size_t n = p->nchar, r = q, l;
    while ((l = seg_word_in(f, n, r, verbs)) != 0) {
        int manage = seg_word_at(f, n, r, "quan ly");
        r = skip_sp(f, n, r + l);
        if (manage && seg_word_at(f, n, r, "nha nuoc"))
            r = skip_sp(f, n, r + 8);
        if (seg_word_at(f, n, r, "cua"))
            return skip_sp(f, n, r + 3);
        if (r < n && f[r] == ',')
            r = skip_sp(f, n, r + 1);
        else if (seg_word_at(f, n, r, "va"))
            r = skip_sp(f, n, r + 2);
        else
            return 0;
    }
    return 0;
}

/* "Trách nhiệm của Sở Tư pháp", "Nhiệm vụ, quyền hạn của Bộ Nội vụ",
 * "Thẩm quyền xử phạt của Kiểm lâm": a regulation names the body it gives
 * duties or powers to after the nouns of duty and power (trách nhiệm,
 * nhiệm vụ; quyền hạn, thẩm quyền: a competence is a task,
 * ANNOTATING.md, sixth rule set), one or more joined by a comma or "và",
 * the work they concern ("thực hiện", "xử phạt") between them and "của",
 * or verbs of administration alone (duty_work_of). Not "quyền" alone: a right or permission is no task. The position of
 * the body's name after such a phrase at i, or 0. */
size_t ag_duty_of(const seg_para *p, size_t i)
{
    static const char *const work[] = {"thuc hien", "xu phat", "xu ly vi pham hanh chinh", NULL};
    const char *f = p->fold;
    static const char *const degree[] = {"cu the", "chung", NULL};
    size_t n = p->nchar, q = ag_duty_nouns(p, i);
    if (q == i)
        return 0;
    /* an adjective of the nouns in an article's title, "Điều 5. Nhiệm
     * vụ, quyền hạn cụ thể của X", "Nhiệm vụ chung của X": the duties are
     * still X's; a clause "1. Trách nhiệm cụ thể của ..." inside an
     * article restates the holder its title named (often shorter) */
    size_t dl = p->mk == MK_DIEU ? seg_word_in(f, n, q, degree) : 0;
    if (dl && seg_word_at(f, n, skip_sp(f, n, q + dl), "cua"))
        q = skip_sp(f, n, q + dl);
    size_t l = seg_word_in(f, n, q, work);
    if (l)
        q = skip_sp(f, n, q + l);
    if (!seg_word_at(f, n, q, "cua"))
        return l ? 0 : duty_work_of(p, q);
    return skip_sp(f, n, q + 3);
}

/* Persons named by their post ("Chủ tịch Hội đồng", "cán bộ quản trị hệ
 * thống", "văn thư cơ quan", the clerk Decree 30 charges with a body's
 * records), also in the plural ("các Ủy viên Ban Chỉ đạo"), opening p at
 * a: where the post's noun ends, or 0. */
static size_t officer_at(const seg_para *p, size_t a)
{
    static const char *const persons[] = {"chu tich", "pho chu tich", "thanh vien", "truong ban",
                                          "pho truong ban", "giam doc", "thu truong", "can bo",
                                          "cong chuc", "vien chuc", "nguoi", "thu ky", "uy vien",
                                          "van thu", NULL};
    size_t pa = seg_word_at(p->fold, p->nchar, a, "cac") ? skip_sp(p->fold, p->nchar, a + 3) : a;
    for (int q = 0; persons[q]; q++)
        if (seg_word_at(p->fold, p->nchar, pa, persons[q]))
            return pa + strlen(persons[q]);
    return 0;
}

/* "Điều 20. Trách nhiệm của cán bộ chuyên trách công nghệ thông tin tại
 * các cơ quan, tổ chức": the duties of an officer of a class of bodies are
 * that class's (ANNOTATING.md, seventh rule set), the class named after
 * "tại", "của" or "thuộc" behind the post. For the duty heading hp whose
 * name opens at a, the class in hs[0] (1), or 0. */
int ag_officer_class(const actx *c, const seg_para *hp, size_t a, hit *hs, size_t *end)
{
    const char *f = hp->fold;
    size_t n = hp->nchar, o = officer_at(hp, a);
    if (!o || seg_word_at(f, n, a, "nguoi"))
        return 0; /* "Người đứng đầu ..." heads a group: names.c reads it */
    for (size_t q = o; q < n; q++) {
        size_t l = seg_word_at(f, n, q, "tai") ? 3 : seg_word_at(f, n, q, "cua") ? 3
                 : seg_word_at(f, n, q, "thuoc") ? 5 : 0;
        if (!l)
            continue;
        hit hx[8];
        size_t e = 0;
        int k = ag_chain(c, hp, skip_sp(f, n, q + l), hx, 8, &e);
        if (k == 1 && hx[0].collective) {
            hs[0] = hx[0];
            *end = e;
            return 1;
        }
        ag_free_hits(hx, k);
        return 0;
    }
    return 0;
}

/* A duty heading names its body, then may say what the duty is about:
 * "Trách nhiệm của Bộ Quốc phòng trong quản lý nhà nước về ...", "... của
 * cơ sở chữa bệnh đối với người bán dâm", "... về quản lý cư trú", "... khi
 * thực hành quyền công tố". The topic opens with a preposition before a
 * word in lower case ("trong Công an nhân dân" places a unit in a body, a
 * name's part); "về" after the words a body is named by its field with
 * ("cơ quan quản lý nhà nước về văn hóa", "cơ quan chuyên môn về ...")
 * is the name's. A relative clause of place ("Ủy ban nhân dân cấp xã nơi
 * người chấp hành án cư trú") ends the name as a topic does: it says which
 * of the class, and the prepositions in it are its own. Where the body's
 * name ends in [a, e). */
static size_t duty_topic(const seg_para *hp, size_t a, size_t e)
{
    static const struct { const char *fold, *marked; } preps[] = {
        {"trong", "trong"}, {"doi voi", "đối với"}, {"voi", "với"}, {"khi", "khi"}, {"ve", "về"}};
    static const char *const fields[] = {"nha nuoc", "chuc nang", "chuyen mon", "chuyen nganh", "quan ly",
                                         "tham muu", NULL};
    const char *f = hp->fold;
    for (size_t q = a + 1; q < e; q++) {
        if (f[q - 1] != ' ')
            continue;
        if (seg_word_at(f, e, q, "noi") && seg_marks_match(hp, q, "nơi")) {
            size_t b = q;
            while (b > a && f[b - 1] == ' ')
                b--;
            return b;
        }
        for (size_t k = 0; k < sizeof preps / sizeof preps[0]; k++) {
            size_t l = strlen(preps[k].fold);
            if (!seg_word_at(f, e, q, preps[k].fold) || !seg_marks_match(hp, q, preps[k].marked))
                continue;
            size_t w = skip_sp(f, e, q + l);
            if (w >= e || seg_capital_at(hp, w))
                continue;
            int field = 0;
            for (int m = 0; !strcmp(preps[k].fold, "ve") && fields[m] && !field; m++) {
                size_t fl = strlen(fields[m]);
                field = q >= a + fl + 1 && seg_word_at(f, e, q - fl - 1, fields[m]);
            }
            if (field)
                continue;
            size_t b = q;
            while (b > a && f[b - 1] == ' ')
                b--;
            return b;
        }
    }
    return e;
}

/* Where the names of a duty heading [a, e) end: at its topic
 * (duty_topic: "... trong việc ...", "đối với ..."), and before "và
 * người ...", a person beside the bodies ("cơ sở y tế và người đứng đầu
 * cơ sở y tế"), no body (ANNOTATING.md). */
static int list_opener(const seg_para *p, size_t q);

static size_t names_end(const seg_para *hp, size_t a, size_t e)
{
    const char *f = hp->fold;
    e = duty_topic(hp, a, e);
    /* only after a body's head: "phạm nhân và người đến gặp phạm nhân"
     * names persons throughout */
    for (size_t q = a + 1; q + 4 < e && list_opener(hp, a); q++) {
        size_t w = skip_sp(f, e, q + 2);
        if (f[q - 1] == ' ' && seg_word_at(f, e, q, "va") && seg_word_at(f, e, w, "nguoi") &&
            seg_marks_match(hp, w, "người")) {
            while (q > a && f[q - 1] == ' ')
                q--;
            return q;
        }
    }
    return e;
}

/* Is [a, e) a head over a coordination of levels, every comma or "và"
 * followed by a level ("Thanh tra huyện, quận, thị xã")? */
static int level_list(const seg_para *p, size_t a, size_t e)
{
    const char *f = p->fold;
    int seps = 0;
    for (size_t q = a; q < e; q++) {
        size_t l = f[q] == ',' ? 1 : (q > a && f[q - 1] == ' ' && seg_word_at(f, e, q, "va")) ? 2 : 0;
        if (!l)
            continue;
        /* a unit's word read with its marks: "quận", not "quan" of "cơ quan" */
        if (!seg_unit_marked_at(p, skip_sp(f, e, q + l), SEG_UNITS))
            return 0;
        seps++;
    }
    return seps > 0;
}

/* Persons named by what they are or do, no body: Sino-Vietnamese nouns
 * of a person end in "viên" (a member: "học viên", "kiểm dịch viên",
 * "nhân viên đường sắt", "thuyền viên"), and a few words name persons or
 * households ("thí sinh", "công dân", "Nhân dân", "hộ gia đình", "thợ",
 * "sĩ quan", a profession's "luật sư", "nhà báo", a party to a case or a
 * company, "đương sự", "cổ đông", and "trẻ em"). ANNOTATING.md: groups of
 * persons only are no agencies. Does the noun phrase at a (after "các")
 * open with one? */
static int person_phrase(const seg_para *p, size_t a)
{
    static const char *const persons[] = {"thi sinh", "hoc sinh", "sinh vien", "cong dan", "nhan dan", "nguoi dan",
                                          "ho gia dinh", "gia dinh", "tho", "si quan", "sy quan", "luat su",
                                          "nha bao", "duong su", "co dong", "tre em", NULL};
    const char *f = p->fold;
    size_t n = p->nchar;
    if (seg_word_at(f, n, a, "cac"))
        a = skip_sp(f, n, a + 3);
    for (int k = 0; persons[k]; k++)
        if (seg_word_at(f, n, a, persons[k]))
            return strcmp(persons[k], "tho") || seg_marks_match(p, a, "thợ");
    /* a household of any kind, "hộ sản xuất", "hộ nghèo", "hộ dân", as
     * "hộ gia đình"; not "hộ kinh doanh", a business registered as such */
    if (seg_word_at(f, n, a, "ho") && seg_marks_match(p, a, "hộ"))
        return !seg_word_at(f, n, skip_sp(f, n, a + 2), "kinh doanh");
    /* the head's second or third syllable "viên"; not a council of
     * members, "Hội đồng thành viên", "Đại hội thành viên": a body */
    size_t q = a, prev = a;
    for (int syl = 0; syl < 2 && q < n; syl++) {
        while (q < n && f[q] != ' ' && f[q] != ',')
            q++;
        if (q >= n || f[q] != ' ')
            return 0;
        q = skip_sp(f, n, q);
        if (seg_word_at(f, n, q, "vien") && seg_marks_match(p, q, "viên"))
            return !(syl > 0 && seg_word_at(f, n, prev, "thanh"));
        prev = q;
    }
    return 0;
}

/* "Điều 7. Trách nhiệm của tổ chức tín dụng cổ phần": a duty heading
 * names whose duties follow, whatever the words; read whole (from a) when
 * no name (k of them in hs, the last ending at *end) reaches its end
 * ("Cục Quản lý, giám sát tổ chức tín dụng"). Returns how many hits hs
 * holds then. */
int ag_duty_heading_whole(const seg_para *hp, size_t a, hit *hs, int k, size_t *endp)
{
    size_t end = *endp, hl = 0, t = ag_compound_title(hp, a, &hl);
    if (hp->nchar - a > 100 || hp->fold[hp->nchar - 1] == '.')
        return k;
    /* "Nhiệm vụ, quyền hạn của Viện trưởng Viện kiểm sát": the holder of
     * a title that repeats its body's head noun stands for that body
     * (ANNOTATING.md, second reading: a person by office), read whole
     * from its head; a bare post, "Chủ tịch Hội đồng", stays a person */
    if (t > a && k == 0)
        a = t;
    size_t e = a;
    while (e < hp->nchar && hp->fold[e] != '(')
        e++;
    while (e > a && strchr(" :.;", hp->fold[e - 1]))
        e--;
    e = names_end(hp, a, e);
    /* not a list of bodies and offices ("Hội đồng, Chủ tịch, Phó
     * Chủ tịch ..."), nor a person ("Chủ tịch Hội đồng", "thành viên
     * Ban Chỉ đạo"), nor a bare head noun ("Quỹ"); a head over levels
     * ("Công an quận, huyện") is one class */
    int person = officer_at(hp, a) != 0 || person_phrase(hp, a), list = 0, levels = level_list(hp, a, e);
    for (size_t q = a; q < e && k == 0 && !levels; q++)
        list |= hp->fold[q] == ',' || seg_word_at(hp->fold, e, q, "va");
    int one_word = !memchr(hp->fold + a, ' ', e - a);
    if (e > a && !person && !list && !one_word && (k == 0 || skip_sp(hp->fold, hp->nchar, end) < e)) {
        ag_free_hits(hs, k);
        memset(&hs[0], 0, sizeof hs[0]);
        hs[0].a = a;
        hs[0].b = e;
        hs[0].name = seg_body_name(hp, a, e);
        size_t bi = hp->cpos[a];
        hs[0].collective = seg_word_at(hp->fold, hp->nchar, a, "cac") || levels ||
                           cp_is_lower(seg_utf8_next(hp->text, hp->cpos[hp->nchar], &bi));
        hs[0].keep_name = 1;
        k = hs[0].name ? 1 : 0;
        end = e;
    }
    *endp = end;
    return k;
}

/* Does clause p name its own body as a heading does, nothing but the
 * name over the items that are its duties ("1. Bộ Tài chính" over "a)
 * Hướng dẫn ...")? */
static int names_heading(actx *c, const seg_para *p)
{
    hit hs[8];
    size_t end = 0;
    int k = ag_chain(c, p, p->label_chars, hs, 8, &end);
    int opens = k > 0 && hs[0].a == p->label_chars;
    ag_free_hits(hs, k);
    if (!opens)
        return 0;
    size_t e = end;
    while (e < p->nchar && strchr(" :.", p->fold[e]))
        e++;
    return (e >= p->nchar && ag_heads_items(c->d, p)) || ag_duty_lead(p, end);
}

static size_t scope_fronted(const seg_para *p, size_t s, size_t i);
static int class_reaches(const seg_para *p, size_t t, size_t i);

/* Does clause p open with a body that the copula makes the focal point
 * or the standing office of the work ("1. Vụ Pháp chế là đầu mối theo
 * dõi ...", "Sở Khoa học và Công nghệ là cơ quan thường trực ...")? Its
 * duty follows "là" as it follows a verb; ag_own_subject reads "là" as
 * no predicate, for a name's apposition. */
static int copula_subject(actx *c, const seg_para *p)
{
    static const char *const roles[] = {"dau moi", "co quan", "don vi", NULL};
    hit hs[8];
    size_t end = 0;
    int k = ag_chain(c, p, p->label_chars, hs, 8, &end);
    int opens = k > 0 && hs[0].a == p->label_chars;
    ag_free_hits(hs, k);
    size_t q = skip_sp(p->fold, p->nchar, end);
    return opens && seg_word_at(p->fold, p->nchar, q, "la") && seg_marks_match(p, q, "là") &&
           seg_word_in(p->fold, p->nchar, skip_sp(p->fold, p->nchar, q + 2), roles);
}

/* Does clause p open with a class of bodies named by what they do
 * (generic.c) as the subject of its duty ("2. Tổ chức, cá nhân kinh doanh
 * ... có trách nhiệm ...", "3. Ngoài ..., tổ chức ... có trách nhiệm sau
 * đây:")? */
static int class_opens(const seg_para *p)
{
    const char *f = p->fold;
    size_t n = p->nchar, a = p->label_chars, i;
    for (i = a + 1; i < n; i++)
        if (f[i - 1] == ' ' && seg_duty_at(p, i, 1))
            break;
    if (i >= n)
        return 0;
    return class_reaches(p, a, i) || scope_fronted(p, a, i) != 0;
}

/* Does clause p open with the body one of the heading's hits hs[0..k)
 * names, written the same ("Điều 12. Trách nhiệm của Bộ Công an" over "1.
 * Bộ Công an chịu trách nhiệm ...")? Then the article is that body's own,
 * no umbrella; a group the clauses part among its members ("Ủy ban nhân
 * dân các cấp" over "1. Ủy ban nhân dân tỉnh ...") is written otherwise. */
static int opens_with_heading_body(actx *c, const seg_para *hp, const seg_para *p, const hit *hs, int k)
{
    hit own[8];
    size_t end = 0;
    int m = ag_chain(c, p, p->label_chars, own, 8, &end), same = 0;
    if (m > 0 && own[0].a == p->label_chars)
        for (int h = 0; h < k && !same; h++) {
            size_t lh = hs[h].b - hs[h].a, lo = own[0].b - own[0].a;
            same = lh == lo && hs[h].b <= hp->nchar && !memcmp(hp->fold + hs[h].a, p->fold + own[0].a, lh);
        }
    ag_free_hits(own, m);
    return same;
}

/* "Điều 25. Trách nhiệm của các bộ, ngành, địa phương" over "1. Trách
 * nhiệm của Bộ Xây dựng", "2. Trách nhiệm của Ủy ban nhân dân cấp tỉnh":
 * an article that parts its duties among the bodies its clauses name gives
 * none to the group its heading names. Its clauses name them as duty
 * headings, as a name heading its items ("1. Bộ Tài chính" over "a) ...")
 * or as the subject of their duty ("1. Hội đồng nhân dân các cấp có trách
 * nhiệm sau đây:", "2. Kho bạc Nhà nước mở tài khoản ..."): Vietnamese law
 * parts "Trách nhiệm của chính quyền các cấp" among its councils and
 * committees so. Do most clauses of paragraphs [from, to) name a body so? */
int ag_duty_umbrella(actx *c, size_t from, size_t to, const hit *hs, int k)
{
    const seg_doc *d = c->d;
    marker_kind mk = MK_NONE;
    int depth = 0, n = 0, duties = 0;
    for (size_t q = from; q < to; q++) {
        const seg_para *p = &d->paras[q];
        if (p->mk == MK_NONE || p->mk >= MK_DASH)
            continue;
        if (mk == MK_NONE) {
            mk = p->mk; /* its clauses: the first numbered item's kind and depth */
            depth = p->mk_depth;
        }
        if (p->mk != mk || p->mk_depth != depth)
            continue;
        n++;
        if (k == 1 && from > 0 && opens_with_heading_body(c, &d->paras[from - 1], p, hs, k))
            return 0; /* one body's article; a list of bodies is parted among them */
        duties += ag_duty_of(p, p->label_chars) != 0 || names_heading(c, p) || ag_own_subject(c, p) ||
                  class_opens(p) || copula_subject(c, p);
    }
    /* most of them; with half or fewer the group has clauses of its own
     * ("1. Thực hiện ...", "3. Trách nhiệm của văn thư") */
    return n > 0 && 2 * duties > n;
}

/* Does p end by announcing the duties listed under it ("... có trách
 * nhiệm sau đây:", "... phải thực hiện ... và có các nhiệm vụ sau:")? */
static int duty_list_end(const seg_para *p)
{
    static const char *const tails[] = {" sau day:", " nhu sau:", " sau:", ":", NULL};
    /* "nghĩa vụ": obligations a regulation lays on a class ("Doanh
     * nghiệp ... có nghĩa vụ:"), listed as duties are */
    static const char *const nouns[] = {"trach nhiem", "nhiem vu", "quyen han", "nghia vu", NULL};
    const char *f = p->fold;
    size_t n = seg_trimmed(p);
    for (int k = 0; tails[k]; k++) {
        size_t l = strlen(tails[k]);
        if (n < l || memcmp(f + n - l, tails[k], l))
            continue;
        size_t b = n - l;
        while (b > 0 && f[b - 1] == ' ')
            b--;
        for (int m = 0; nouns[m]; m++) {
            size_t ml = strlen(nouns[m]);
            if (b > ml && !memcmp(f + b - ml, nouns[m], ml) && f[b - ml - 1] == ' ')
                return 1;
        }
        return 0;
    }
    return 0;
}

/* "Chủ đầu tư khu đô thị phải:" over acts: the modal alone before the
 * colon lays the duties listed under it on its subject, as a named body's
 * lead-in does (ag_duty_lead); only over items that open with acts (a
 * class's "phải:" over the cases or contents a rule lists is no lead-in of
 * duties). Where the modal stands, or 0. */
static size_t modal_lead_end(const seg_doc *d, const seg_para *p)
{
    const char *f = p->fold;
    size_t n = seg_trimmed(p);
    for (size_t q = 1; q < n; q++)
        if (f[q - 1] == ' ' && seg_word_at(f, n, q, "phai") && seg_written_modal_at(p, q))
            return skip_sp(f, n, q + 4) == n - 1 && f[n - 1] == ':' && ag_heads_items(d, p) &&
                           ag_items_open_acts(d, p) ? q : 0; /* "phải thực hiện ... các yêu cầu sau:" is none */
    return 0;
}

/* "3. Ngoài trách nhiệm ..., tổ chức thiết lập, vận hành nền tảng số có
 * trách nhiệm sau đây:" over "a) ...", "b) ...": as with a named body
 * (ag_duty_lead), a class that opens a lead-in announcing its duties
 * shares itself with the items under it, each a task with its own word's
 * role, and the lead-in is none of its own. Those items that name their
 * own subject are theirs. Whether p was such a lead-in. */
static int class_lead_in(actx *c, hit *h, const seg_para *p)
{
    const seg_doc *d = c->d;
    size_t i = (size_t)(p - d->paras);
    if (p->section < 0)
        return 0;
    const seg_sec *sec = &d->secs[p->section];
    /* the lead-in a line of its own under the article's title ("Điều 4.
     * Trách nhiệm của đơn vị vận hành trạm" / "Đơn vị vận hành trạm có
     * trách nhiệm:" / "a) ...") is no heading of the items, which stand
     * under the article beside it; "có trách nhiệm:" announces duties
     * whatever word the items open with ("Thông báo cho ...", "Lưu trữ
     * ...", read mostly as nouns) */
    int unnumbered = p->mk == MK_NONE && duty_list_end(p) && i + 1 < d->nparas && d->paras[i + 1].mk != MK_NONE &&
                     d->paras[i + 1].mk < MK_DASH && d->paras[i + 1].start < sec->end;
    if (!unnumbered && (!(duty_list_end(p) || modal_lead_end(d, p)) || !ag_heads_items(d, p)))
        return 0;
    marker_kind mk = MK_NONE;
    int depth = 0, given = 0;
    for (size_t q = i + 1; q < d->nparas && d->paras[q].start < sec->end; q++) {
        const seg_para *t = &d->paras[q];
        if (t->mk == MK_NONE && unnumbered)
            break; /* a line of its own: the list has ended */
        if (t->mk == MK_NONE)
            continue;
        if (mk == MK_NONE) {
            mk = t->mk;
            depth = t->mk_depth;
        }
        if (t->mk != mk || t->mk_depth != depth || ag_own_subject(c, t))
            continue;
        seg_agency *ag = ag_find_or_add(c, h, p);
        if (!ag)
            break;
        ag_give_item(c, ag, t, ag_task_role(t), 1);
        given++;
    }
    return given > 0;
}

/* The bodies a regulation binds by a class, written [a, e) in src, or in
 * p when src is NULL ("Đơn vị cung cấp dịch vụ ...", "tổ chức, cá nhân có
 * liên quan"): a collective named as written, given role in paragraph p.
 * 1 when named, else 0. */
static int class_role(actx *c, const seg_para *src, const seg_para *p, size_t a, size_t e, const char *role)
{
    hit h;
    if (!ag_written_hit(src ? src : p, a, e, 1, &h))
        return 0;
    h.keep_name = 1;
    h.src = src;
    if (src || !class_lead_in(c, &h, p))
        ag_assign(c, &h, p, role, 1);
    free(h.name);
    return 1;
}

/* ... given the duty (thực hiện) */
static int class_duty(actx *c, const seg_para *p, size_t a, size_t e)
{
    return class_role(c, NULL, p, a, e, "thực hiện");
}

/* The head nouns a regulation names a class of bodies with, by what they
 * do or own ("đơn vị sở hữu cột", "chủ đầu tư công trình"): the length of
 * the one at q, or 0. */
static size_t class_noun(const char *f, size_t n, size_t q)
{
    static const char *const nouns[] = {"co quan", "don vi", "to chuc", "doanh nghiep", "chu so huu", "chu dau tu", NULL};
    return seg_word_in(f, n, q, nouns);
}

/* Is [from, e) one class named by a head noun and its complement, in at
 * most most words, not a procedure's role ("Cơ quan chủ trì"), nor the
 * verb "tổ chức thực hiện"? */
static int class_phrase(const seg_para *p, size_t from, size_t e, int most)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    static const char *const verbs[] = {"thuc hien", "trien khai", "kiem tra", "tuyen truyen", "lay", "hop", NULL};
    size_t l = class_noun(f, n, from);
    if (!l || e <= from + l + 1)
        return 0;
    /* words that open a clause, never inside a noun phrase: a time or
     * condition ("khi", "nếu"), a passive or a relative clause ("được",
     * "mà"), a verb's object or manner ("cho", "theo", "với"), a verb
     * ("tiếp tục", "có quyền"), a negation or aspect before one ("không",
     * "đã", "sẽ") */
    static const char *const stops[] = {"khi", "neu", "duoc", "cho", "theo", "voi", "tiep tuc", "co quyen", "khong", NULL};
    /* the aspect words ("đã", "sẽ", "đang") are funcwords.c's; these
     * connectives and adverbs are read with their marks as they are */
    static const struct { const char *fold, *marked; } marked[] = {
        {"ma", "mà"}, {"de", "để"}, {"thi", "thì"}, {"cung", "cũng"}, {"chua", "chưa"}};
    size_t w = skip_sp(f, n, from + l);
    if (seg_word_at(f, e, w, "chu tri") || seg_word_at(f, e, w, "phoi hop"))
        return 0; /* a procedure's role: "Cơ quan chủ trì (tổ chức cuộc họp)" */
    if (seg_word_at(f, n, from, "don vi hanh chinh"))
        return 0; /* a territory, no body */
    for (int k = 0; seg_word_at(f, n, from, "to chuc") && verbs[k]; k++)
        if (seg_word_at(f, n, w, verbs[k]))
            return 0;
    int words = 1;
    for (size_t q = from; q < e; q++) {
        words += f[q] == ' ' && f[q + 1] != ' ';
        if (q > from && f[q - 1] != ' ')
            continue;
        for (int k = 0; stops[k]; k++)
            if (seg_word_at(f, e, q, stops[k]))
                return 0;
        for (size_t k = 0; k < sizeof marked / sizeof marked[0]; k++) /* not "mã", "đề", "thi" */
            if (seg_word_at(f, e, q, marked[k].fold) && seg_marks_match(p, q, marked[k].marked))
                return 0;
        int written = 0, modal = 0;
        size_t ml = seg_modal_at(p, q, &written, &modal);
        if (ml && q + ml <= e && written && !modal)
            return 0; /* "đã", "sẽ", "đang": an aspect before a verb */
    }
    return words <= most;
}

/* Does a class of bodies run from t to the duty's words at i, read as a
 * generic noun phrase (generic.c) or, opening with a class noun, as
 * class_phrase reads one? Before the duty's words the noun reading of
 * "tổ chức thiết lập, vận hành ..." is the only one: a verb phrase does
 * not run on into "có trách nhiệm". */
static int class_reaches(const seg_para *p, size_t t, size_t i)
{
    const char *f = p->fold;
    size_t n = p->nchar, e = seg_generic_head_at(p, t) ? seg_generic_np_end(p, t) : 0;
    if (e && skip_sp(f, n, e) == i)
        return 1;
    size_t b = i;
    while (b > t && f[b - 1] == ' ')
        b--;
    for (size_t q = t; q < b; q++)
        if (strchr(";:.()", f[q]))
            return 0;
    return class_noun(f, n, t) && class_phrase(p, t, b, 14);
}

/* The member nouns a group coordinates ("bộ, cơ quan trung ương", "cơ
 * quan, tổ chức, cá nhân ..."): left alone before a comma, one of them is
 * a member of the group that goes on after it. Its length at q, or 0. */
static size_t generic_member(const char *f, size_t n, size_t q)
{
    static const char *const nouns[] = {"co quan", "don vi", "to chuc", "doanh nghiep", "bo", "so", "nganh",
                                        "dia phuong", "ca nhan", NULL};
    return seg_word_in(f, n, q, nouns);
}

/* Does a member noun alone stand right before the comma at q, after the
 * previous comma or a ("..., Bộ, cơ quan ngang Bộ")? */
static int member_before(const char *f, size_t n, size_t a, size_t q)
{
    size_t b = q;
    while (b > a && f[b - 1] == ' ')
        b--;
    size_t w = b;
    while (w > a && f[w - 1] != ',')
        w--;
    w = skip_sp(f, n, w);
    size_t g = generic_member(f, n, w);
    return g && w + g == b;
}

/* Is [q, e) member nouns alone, parted by commas ("cơ quan, tổ chức")? */
static int members_only(const char *f, size_t n, size_t q, size_t e)
{
    while (q < e) {
        size_t g = generic_member(f, n, q);
        if (!g || q + g > e)
            return 0;
        q = skip_sp(f, n, q + g);
        if (q >= e)
            return 1;
        if (f[q] != ',')
            return 0;
        q = skip_sp(f, n, q + 1);
    }
    return 0;
}

/* Does a list's next body or class open at q: a name in capitals, "các",
 * a class noun (class_noun: "chủ đầu tư" too), a member noun or a
 * project's party ("nhà thầu")? Not "cá nhân": persons, no body
 * (ANNOTATING.md), though a group of bodies may hold them. */
static int list_opener(const seg_para *p, size_t q)
{
    static const char *const nouns[] = {"cac", "nha thau", "nha dau tu", "nha cung cap", "ban quan ly",
                                        "chi nhanh", "co so", NULL};
    /* "cơ sở" (an establishment: "cơ sở sản xuất thuốc", "cơ sở giáo
     * dục") heads a class, save in the compounds that name things */
    static const char *const things[] = {"co so du lieu", "co so ha tang", "co so vat chat", "co so phap ly",
                                         "co so khoa hoc", "co so thuc tien", "co so de", NULL};
    const char *f = p->fold;
    size_t n = p->nchar;
    if (seg_word_at(f, n, q, "ca nhan") || seg_word_in(f, n, q, things))
        return 0;
    if (seg_capital_at(p, q) || class_noun(f, n, q) || generic_member(f, n, q))
        return 1;
    return seg_word_in(f, n, q, nouns) != 0;
}

/* "Điều 9. Trách nhiệm của chủ đầu tư, ban quản lý dự án, nhà thầu",
 * "Điều 18. Trách nhiệm của tổ chức tín dụng, Kho bạc Nhà nước, chi
 * nhánh ngân hàng nước ngoài nơi ... mở tài khoản": a duty heading may
 * coordinate several bodies and classes, each given the article's
 * duties (a ";" ends the names: what follows is another matter). A comma or "và" opens the next of them where a name, "các" or a
 * class noun follows it (list_opener), unless what stands before it is a
 * member noun alone, one group's ("bộ, cơ quan trung ương"); other words
 * after a comma are the part's own ("đơn vị quản lý, vận hành công
 * trình"). A relative clause of place ("nơi ...") qualifies the whole
 * list and ends it. Each part is read by the chain when it opens with a
 * name, or read whole when the chain reaches its end, else, opening with
 * a class noun in lower case, it is that class as written (a collective).
 * Used when the k hits the heading's reading gave (ending at *endp) do not
 * reach its end; returns how many hits hs (room for max) holds then. */
int ag_duty_heading_list(const actx *c, const seg_para *hp, size_t a, hit *hs, int k, int max, size_t *endp)
{
    const char *f = hp->fold;
    size_t n = hp->nchar, e = a;
    if (f[n - 1] == '.')
        return k;
    while (e < n && f[e] != '(' && f[e] != ';' && f[e] != ':')
        e++; /* "...; xử lý vi phạm ...": the heading's second subject; "c)
              * Trách nhiệm của X: Phải ...": the duty after its colon */
    while (e > a && strchr(" :.;", f[e - 1]))
        e--;
    /* the names end at the heading's topic, however long it runs */
    e = names_end(hp, a, e);
    if (e - a > 240)
        return k;
    if (k != 1 && level_list(hp, a, e)) {
        ag_free_hits(hs, k); /* one head over levels: one class, read whole (ag_duty_heading_whole) */
        return 0;
    }
    if (k > 0 && skip_sp(f, n, *endp) >= e)
        return k; /* read to its end already */
    for (size_t q = a; q < e; q++)
        if ((q == a || f[q - 1] == ' ') && seg_word_at(f, e, q, "noi") && seg_marks_match(hp, q, "nơi")) {
            e = q;
            while (e > a && f[e - 1] == ' ')
                e--;
            break;
        }
    int list = 0;
    for (size_t q = a; q < e && !list; q++)
        list = f[q] == ',' || ((q == a || f[q - 1] == ' ') && seg_word_at(f, e, q, "va"));
    if (!list || !list_opener(hp, a))
        return k;
    hit out[24];
    int m = 0;
    if (max > 24)
        max = 24;
    for (size_t s = a; s < e && m < max;) {
        /* the names the chain reads from the part's start hold their own
         * commas ("các cơ quan, tổ chức khác có liên quan") */
        hit hx[8];
        size_t ce = s;
        int kk = ag_chain(c, hp, s, hx, 8, &ce);
        if (kk > 0 && hx[0].a != s) {
            ag_free_hits(hx, kk);
            kk = 0;
            ce = s;
        }
        size_t pe = e, next = e, g0 = seg_word_at(f, n, s, "cac") ? skip_sp(f, n, s + 3) : s;
        for (size_t q = ce > s ? ce : s; q < e; q++) {
            size_t sep = f[q] == ',' ? 1 : (q > s && f[q - 1] == ' ' && seg_word_at(f, e, q, "va")) ? 2 : 0;
            if (!sep)
                continue;
            size_t u = skip_sp(f, n, q + sep);
            if (u >= e || !list_opener(hp, u))
                continue;
            size_t b = q;
            while (b > s && f[b - 1] == ' ')
                b--;
            if (sep == 1 && members_only(f, n, g0, b))
                continue; /* "bộ, cơ quan trung ương": one group's members */
            pe = b;
            next = u;
            break;
        }
        int whole = kk > 0 && skip_sp(f, n, ce) >= pe;
        if (s == a && pe == e && seg_capital_at(hp, s)) {
            ag_free_hits(hx, kk); /* one name with its commas: read whole as before */
            return k;
        }
        if (kk > 0 && (whole || seg_capital_at(hp, s))) {
            for (int h = 0; h < kk; h++) {
                if (m < max)
                    out[m++] = hx[h];
                else
                    ag_free_hits(&hx[h], 1);
            }
        } else {
            ag_free_hits(hx, kk);
            if (!seg_capital_at(hp, s) && list_opener(hp, s) && !seg_word_at(f, n, s, "cac") && pe > s) {
                memset(&out[m], 0, sizeof out[m]);
                out[m].a = s;
                out[m].b = pe;
                out[m].name = seg_body_name(hp, s, pe);
                out[m].collective = 1;
                out[m].keep_name = 1;
                if (out[m].name)
                    m++;
            }
        }
        s = next;
    }
    if (m == 0)
        return k;
    ag_free_hits(hs, k);
    for (int h = 0; h < m; h++)
        hs[h] = out[h];
    *endp = e;
    return m;
}

/* The bracket that closes right before e (blanks aside) when it defines
 * the short name of what precedes it ("... (sau đây gọi là Ủy ban nhân
 * dân cấp tỉnh)", ag_definition_end): where its "(" stands, or e. Not past
 * a0. */
static size_t before_definition(const seg_para *p, size_t a0, size_t e)
{
    const char *f = p->fold;
    size_t t = e;
    while (t > a0 && f[t - 1] == ' ')
        t--;
    if (t <= a0 || f[t - 1] != ')')
        return e;
    size_t o = t - 1;
    while (o > a0 && t - o < 120 && f[o] != '(')
        o--;
    return f[o] == '(' && ag_definition_end(p, o) == t ? o : e;
}

/* "Đơn vị cung cấp dịch vụ đăng kiểm có trách nhiệm ...", "Khi xảy ra sự
 * cố ..., đơn vị sở hữu cột phải thay thế ...": a regulation names the
 * classes of bodies it binds by what they do, noun phrases from a class
 * noun (class_noun) opening the clause of the duty at i, or its main
 * clause after a fronted clause of time or condition ("Khi", "Trường
 * hợp", "Trong thời hạn", up to its comma or "thì"). Commas and "và",
 * "hoặc" part the classes where a class noun follows them ("doanh nghiệp
 * có hạ tầng mạng viễn thông, chủ sở hữu hạ tầng kỹ thuật phải ..."); else
 * they join the words of one ("đơn vị quản lý, vận hành công trình").
 * Each class a collective, as written; duty: the words at i are "có
 * trách nhiệm", not "phải". Whether any was named. */
static int class_subject(actx *c, const seg_para *p, size_t a0, size_t i, int duty)
{
    static const char *const fronts[] = {"khi", "truoc khi", "sau khi", "trong truong hop", "truong hop", "neu",
                                         "trong thoi han", "trong qua trinh", NULL};
    const char *f = p->fold;
    size_t n = p->nchar, from = a0, e = before_definition(p, a0, i);
    while (e > a0 && f[e - 1] == ' ')
        e--;
    if (!class_noun(f, n, a0)) {
        /* "Ngoài trách nhiệm quy định tại khoản 2, tổ chức ... có trách
         * nhiệm sau đây:": an adjunct of scope fronted as a time is */
        int front = seg_word_at(f, n, a0, "ngoai") && seg_marks_match(p, a0, "ngoài");
        for (int k = 0; fronts[k] && !front; k++)
            front = seg_word_at(f, n, a0, fronts[k]);
        if (!front)
            return 0;
        /* the scope "Ngoài ..." closes at a comma after which the subject
         * opens; not one inside a coordination of member nouns ("..., Bộ,
         * cơ quan ngang Bộ ...": "Bộ" is the subject's) */
        int scope = seg_word_at(f, n, a0, "ngoai");
        from = 0;
        for (size_t q = a0; q < e && !from; q++) {
            if (scope && f[q] == ',' && member_before(f, n, a0, q))
                continue;
            size_t s = skip_sp(f, n, q + 1);
            if (f[q] == ',' && class_noun(f, n, s))
                from = s;
            else if (ag_then_at(p, q) && class_noun(f, n, skip_sp(f, n, q + 3)))
                from = skip_sp(f, n, q + 3);
        }
        if (!from)
            return 0;
    }
    if (e <= from || e - from > 120)
        return 0;
    for (size_t q = from; q < e; q++)
        if (strchr(";:.()", f[q]) || ag_then_at(p, q))
            return 0;
    size_t parts[8][2], np = 0, s = from;
    for (size_t q = from; q <= e; q++) {
        size_t l = q == e ? 0 : f[q] == ',' ? 1 : seg_word_at(f, e, q, "va") ? 2 : seg_word_at(f, e, q, "hoac") ? 4 : 0;
        if (q < e && (!l || (l > 1 && f[q - 1] != ' ')))
            continue;
        size_t nx = q == e ? e : skip_sp(f, n, q + l);
        if (q < e && !class_noun(f, n, nx))
            continue; /* words of one class, joined */
        size_t b = q;
        while (b > s && f[b - 1] == ' ')
            b--;
        /* before "phải" a class is named in a few words: a longer phrase
         * holds a verb and its object, "phải" the relative clause of that
         * ("Cơ quan quản lý thuế ấn định số tiền thuế phải nộp") */
        if (np == 8 || !class_phrase(p, s, b, duty ? 14 : 8))
            return 0;
        parts[np][0] = s;
        parts[np++][1] = b;
        s = nx;
        q = nx > q ? nx - 1 : q;
    }
    int named = 0;
    for (size_t k = 0; k < np; k++)
        named += class_duty(c, p, parts[k][0], parts[k][1]);
    return named > 0;
}

/* "4. Doanh nghiệp có hạ tầng mạng viễn thông có nghĩa vụ:", "4. Tổ chức
 * ... phải thực hiện quy định tại khoản 3 Điều này và có trách nhiệm sau
 * đây:" over "a) ...", "b) ...": a class opening a lead-in that announces
 * the duties listed under it, in any of the words a named body's lead-in
 * announces them with (ag_duty_lead: "có nghĩa vụ", "có các trách nhiệm
 * sau", a duty after another predicate), is given the items as
 * class_lead_in gives them after "có trách nhiệm". Its subject ends where
 * those words begin, and is read as class_subject reads one, so the
 * lead-in says nothing of a class it does not open with. Whether one was
 * named. */
static int class_announced(actx *c, const seg_para *p, size_t a0)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    static const char *const fronts[] = {"khi", "truong hop", "trong truong hop", "truoc khi", "sau khi", NULL};
    if (!(duty_list_end(p) || modal_lead_end(c->d, p)) || !ag_heads_items(c->d, p) ||
        !(class_noun(f, n, a0) || seg_word_in(f, n, a0, fronts))) /* "Khi ..., doanh nghiệp ... phải:" */
        return 0;
    size_t modal = modal_lead_end(c->d, p);
    for (size_t i = a0 + 1; i < n; i++)
        if (f[i - 1] == ' ' && (ag_duty_lead(p, i) || i == modal))
            return class_subject(c, p, a0, i, 1);
    return 0;
}

/* Does the article paragraph p stands in part duties among those it
 * names, its title opening with "Trách nhiệm" ("Điều 2. Trách nhiệm thi
 * hành", "Trách nhiệm quản lý ...") or with nouns of duty and "của"
 * ("Nhiệm vụ, quyền hạn của các bên ...")? Not "Điều 2. Nhiệm vụ và
 * quyền hạn" alone: the functions of the one body the text sets up, whose
 * clauses are its topics ("7. Tổ chức quản lý, khai thác:", organising
 * the work, no class of bodies). */
static int in_duty_article(const seg_doc *d, const seg_para *p)
{
    int s = p->section;
    while (s >= 0 && d->secs[s].mk != MK_DIEU)
        s = d->secs[s].parent;
    if (s < 0)
        return 0;
    const seg_para *ap = &d->paras[d->secs[s].para];
    size_t a = ap->label_chars, q = ag_duty_nouns(ap, a);
    return q > a && (seg_word_at(ap->fold, ap->nchar, a, "trach nhiem") || seg_word_at(ap->fold, ap->nchar, q, "cua"));
}

/* "Điều 2. Trách nhiệm thi hành" over "1. Doanh nghiệp cung ứng dịch vụ
 * bưu chính công ích:" over "a) ...", "b) ...": in an article of duties a
 * clause that is nothing but a class of bodies and its colon heads the
 * duties listed under it, as a clause naming a body does ("1. Sở Nội
 * vụ:"). A procedure's field ("1. Cơ quan thực hiện:", "- Cơ quan giải
 * quyết:") names the role its answer takes, and stands in no article
 * whose title says duties; so the article's must. Whether hp is such a
 * clause, its class then in *h and the class's end in *end. */
/* "... có các quyền sau đây:", "... có quyền:": the predicate that lists
 * a subject's rights, at q (before e). */
static int rights_lead(const seg_para *p, size_t q, size_t e)
{
    const char *f = p->fold;
    if (!seg_word_at(f, e, q, "co") || !seg_marks_match(p, q, "có"))
        return 0;
    q = skip_sp(f, e, q + 2);
    if (seg_word_at(f, e, q, "cac"))
        q = skip_sp(f, e, q + 3);
    return seg_word_at(f, e, q, "quyen") && seg_marks_match(p, q, "quyền");
}

/* Does the title of heading p (after its label) open with a right,
 * "Quyền và nghĩa vụ của ...", "Quyền, trách nhiệm của ..." (not a power,
 * "Quyền hạn ...")? Such an article lists its body's rights beside its
 * duties; one of powers ("Nhiệm vụ, quyền hạn", "Thẩm quyền") lists
 * competences, which are tasks (ANNOTATING.md, sixth rule set). */
int ag_rights_title(const seg_para *p)
{
    const char *f = p->fold;
    size_t n = p->nchar, a = skip_sp(f, n, p->label_chars);
    return seg_word_at(f, n, a, "quyen") && seg_marks_match(p, a, "quyền") && !seg_word_at(f, n, a, "quyen han");
}

/* A right is no task (ANNOTATING.md, sixth rule set), and an article of
 * "Quyền và nghĩa vụ" lists rights beside duties: 1 when p grants its
 * subject a right or a permission ("Được thu phí ...", not the passive of
 * an assignment, "Được giao ..."; "X có quyền yêu cầu ..." with no duty in
 * it), 2 when it announces a list of them ("X có các quyền sau đây:",
 * "Quyền:"), else 0. */
int ag_rights_clause(const seg_para *p)
{
    static const char *const assigned[] = {"duoc giao", "duoc phan cong", "duoc uy quyen", "duoc yeu cau",
                                           "duoc cu", "duoc chi dinh", "duoc thanh lap", NULL};
    static const char *const duty[] = {"trach nhiem", "nghia vu", "nhiem vu", NULL};
    const char *f = p->fold;
    size_t n = seg_trimmed(p), a = skip_sp(f, n, p->label_chars);
    if (seg_word_at(f, n, a, "duoc") && seg_marks_match(p, a, "được") && !seg_word_in(f, n, a, assigned))
        return 1;
    if (seg_word_at(f, n, a, "quyen") && seg_marks_match(p, a, "quyền") && a + 5 < n && f[a + 5] == ':')
        return 2;
    int right = 0;
    for (size_t q = a; q < n; q++) {
        if (q > a && f[q - 1] != ' ')
            continue;
        if (seg_word_in(f, n, q, duty) || (seg_word_at(f, n, q, "phai") && seg_marks_match(p, q, "phải")))
            return 0;
        if (rights_lead(p, q, n))
            right = 1;
    }
    return right && f[n - 1] == ':' ? 2 : right;
}

int ag_class_heading(const actx *c, const seg_para *hp, hit *h, size_t *end)
{
    const char *f = hp->fold;
    size_t n = hp->nchar, a = hp->label_chars;
    while (n > a && f[n - 1] == ' ')
        n--;
    if (hp->mk == MK_NONE || hp->mk <= MK_DIEU || hp->mk >= MK_DASH || n < a + 2 || f[n - 1] != ':')
        return 0;
    size_t e = n - 1;
    while (e > a && f[e - 1] == ' ')
        e--;
    for (size_t q = a; q < e; q++)
        if (strchr(";:.()", f[q]))
            return 0;
    /* "Các tổ chức ... bao gồm:" lists the members of a class, no duties;
     * a predicate ("... có trách nhiệm sau:", "... phải:", "... có nghĩa
     * vụ:") makes the clause a lead-in, read with its subject elsewhere */
    for (size_t q = a + 1; q < e; q++)
        if (f[q - 1] == ' ' && ((seg_word_at(f, e, q, "gom") && seg_marks_match(hp, q, "gồm")) ||
                                seg_predicate_word_at(hp, q) || ag_duty_lead(hp, q) || rights_lead(hp, q, e)))
            return 0;
    size_t s = seg_word_at(f, n, a, "cac") ? skip_sp(f, n, a + 3) : a;
    if (!class_noun(f, n, s) || !class_phrase(hp, s, e, 14) || !in_duty_article(c->d, hp) ||
        !ag_heads_items(c->d, hp))
        return 0;
    if (!ag_written_hit(hp, a, e, 1, h))
        return 0;
    h->keep_name = 1;
    *end = e;
    return 1;
}

/* The length of a head's title at q, up to the body it heads, or 0.
 * Vietnamese names the head of a body N "N trưởng" ("Cục trưởng Cục ...",
 * "Chi cục trưởng Chi cục ...", "Đội trưởng Đội ...", "Hải đoàn trưởng
 * Hải đoàn ...": the title repeats the body's head noun), or by a title
 * before it ("Giám đốc", "Thủ trưởng", "Chủ tịch", "Tư lệnh", "Chỉ huy
 * trưởng", "Trưởng"). */
static size_t head_title(const seg_para *p, size_t q)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    static const char *const titles[] = {"giam doc", "thu truong", "chu tich", "tu lenh", "chi huy truong", "truong", NULL};
    size_t w = q;
    for (int m = 0; m < 3 && w < n; m++) {
        while (w < n && f[w] != ' ' && f[w] != ',')
            w++; /* the head noun's m-th word */
        if (w >= n || f[w] != ' ')
            break;
        size_t l = w - q, t = w + 1;
        if (seg_word_at(f, n, t, "truong") && seg_marks_match(p, t, "trưởng") && t + 7 + l <= n && f[t + 6] == ' ' && !memcmp(f + t + 7, f + q, l) &&
            (t + 7 + l == n || !isalnum((unsigned char)f[t + 7 + l])))
            return t + 7 - q;
        /* the unit's rank in the title and its own proper name after it:
         * "Đội trưởng Hải quan cửa khẩu", "Trạm trưởng Kiểm lâm ...": a
         * title of a unit noun and "trưởng" heads the body its capital
         * names, whether or not the name repeats the noun */
        if (seg_word_at(f, n, t, "truong") && seg_marks_match(p, t, "trưởng") && t + 7 < n && f[t + 6] == ' ') {
            /* the words before "trưởng" name a unit, not a verb and its
             * object: "Giúp Bộ trưởng Bộ Y tế ..." is no title */
            int v = 0, vc = 0;
            size_t bi = p->cpos[t + 7], wl = seg_wc_word_at(p, q, &v, &vc);
            if (cp_is_upper(seg_utf8_next(p->text, p->cpos[n], &bi)) && m < 2 && !(v && wl))
                return t + 7 - q;
        }
        w++;
    }
    for (int k = 0; titles[k]; k++) {
        size_t l = strlen(titles[k]);
        /* "trưởng", not "trường" (a school, "thị trường") */
        if (seg_word_at(f, n, q, titles[k]) &&
            !(l >= 6 && !strcmp(titles[k] + l - 6, "truong") && !seg_marks_match(p, q + l - 6, "trưởng")))
            return skip_sp(f, n, q + l) - q;
    }
    return 0;
}

/* A title with no body after it ("Thủy đội trưởng", "Đội trưởng" closing
 * the list at e): one to three words and "trưởng". */
static int bare_title(const seg_para *p, size_t e, size_t q)
{
    const char *f = p->fold;
    size_t w = q;
    for (int m = 0; m < 3 && w < e; m++) {
        while (w < e && f[w] != ' ' && f[w] != ',' && f[w] != ';')
            w++;
        if (w >= e || f[w] != ' ')
            return 0;
        w++;
        if (seg_word_at(f, e, w, "truong") && seg_marks_match(p, w, "trưởng")) {
            size_t x = w + 6;
            return x >= e || f[x] == ',' || f[x] == ';';
        }
    }
    return 0;
}

/* A lead-in over items is no task of its own: drop a's task read from
 * the paragraph at start, if any. */
static void drop_task(seg_agency *a, size_t start)
{
    for (size_t k = 0; k < a->n_tasks; k++) {
        if (a->tasks[k].start != start)
            continue;
        seg_task_release(&a->tasks[k]);
        memmove(&a->tasks[k], &a->tasks[k + 1], (a->n_tasks - k - 1) * sizeof a->tasks[0]);
        a->n_tasks--;
        return;
    }
}

/* "Cục trưởng Cục Chăn nuôi và Thú y, Trưởng đoàn kiểm tra Cục Thủy sản và
 * Kiểm ngư, Đội trưởng Đội Kiểm soát hải quan thuộc Chi cục ... có
 * quyền:": a regulation gives its powers (to sanction, to decide) to the
 * heads of bodies, listed one title after another; a head's power is its
 * body's (ANNOTATING.md). The list is parted where a title follows a comma,
 * a semicolon or "và" (a body's name may hold commas: "Cục Chất lượng, Chế
 * biến và Phát triển thị trường"); each part is its title and its body, up
 * to "thuộc" (the body above it). A body the gazetteer knows is read as
 * names are; another is taken as written when it has a capital (a proper
 * name); a title with no body ("Thủy đội trưởng", "trưởng phòng nghiệp
 * vụ") gives nothing. */
static void power_heads(actx *c, const seg_para *p, size_t a0)
{
    /* words of a clause, never of a body's name ("Chủ tịch Ủy ban nhân
     * dân cấp tỉnh căn cứ vào ...", "... quyết định phê duyệt ...", "Bộ
     * trưởng Bộ Nội vụ ban hành Danh sách ... người có thẩm quyền ...":
     * an object's "có thẩm quyền" is no head's power) */
    static const char *const clause[] = {"can cu", "quyet dinh", "ban hanh", "theo", "duoc", "khi", "la", "co", "gom", NULL};
    const char *f = p->fold;
    size_t n = p->nchar, i = a0;
    while (i < n && !seg_word_at(f, n, i, "co quyen") && !seg_word_at(f, n, i, "co tham quyen"))
        i++;
    if (i >= n || !head_title(p, a0))
        return;
    size_t e = i;
    while (e > a0 && f[e - 1] == ' ')
        e--;
    /* "... có quyền:" over "a) Phạt tiền ...": the items are the tasks,
     * the lead-in none (ANNOTATING.md, eighth rule set) */
    const seg_doc *d = c->d;
    size_t pi = (size_t)(p - d->paras), last = pi + 1;
    int lead = f[n - 1] == ':' && ag_heads_items(d, p);
    while (lead && last < d->nparas && d->paras[last].start < d->secs[p->section].end)
        last++;
    for (size_t s = a0; s < e;) {
        size_t t = head_title(p, s), b = s + t, x = b;
        /* the part ends where a title follows a comma, semicolon or "và" */
        while (x < e) {
            size_t l = f[x] == ',' || f[x] == ';' ? 1 : seg_word_at(f, e, x, "va") && f[x - 1] == ' ' ? 2 : 0;
            if (l && (head_title(p, skip_sp(f, n, x + l)) || bare_title(p, e, skip_sp(f, n, x + l))))
                break;
            x++;
        }
        size_t pe = x, nx = x < e ? skip_sp(f, n, x + (f[x] == ',' || f[x] == ';' ? 1 : 2)) : e;
        /* a proper name (a capital after its head noun's first word) ends
         * before "thuộc" (the body above it); a name by its field ("Chi
         * cục về lĩnh vực thủy sản thuộc Sở ...") needs it */
        int proper = 0;
        for (size_t q = b; q < pe; q++) {
            size_t bi = p->cpos[q];
            if (seg_word_at(f, pe, q, "thuoc") && q > b && f[q - 1] == ' ' && proper) {
                pe = q;
                break;
            }
            if (f[q] == '(' || f[q] == ':') {
                pe = q; /* a bracket defining a short form; a list's colon */
                break;
            }
            proper |= q > b && f[q - 1] == ' ' && memchr(f + b, ' ', q - b) &&
                      cp_is_upper(seg_utf8_next(p->text, p->cpos[n], &bi));
        }
        while (pe > b && strchr(" ,", f[pe - 1]))
            pe--;
        int upper = 0, words = 1, verb = 0;
        for (size_t q = b; q < pe; q++) {
            size_t bi = p->cpos[q];
            upper |= cp_is_upper(seg_utf8_next(p->text, p->cpos[n], &bi));
            words += f[q] == ' ';
            for (int k = 0; clause[k] && (q == b || f[q - 1] == ' '); k++)
                verb |= seg_word_at(f, pe, q, clause[k]);
        }
        /* internal units ("Trưởng phòng ...") are no agencies */
        int unit = seg_word_at(f, pe, b, "phong") || seg_word_at(f, pe, b, "bo phan");
        if (t && pe > b && upper && !unit && !verb && words <= 16) {
            hit hs[8], h;
            size_t end = 0;
            int k = ag_chain(c, p, b, hs, 8, &end);
            /* one head, one body: the gazetteer's reading when it is the
             * whole part, else the part as written */
            if (k == 1 && skip_sp(f, n, end) >= pe)
                h = hs[0], hs[0].name = NULL, hs[0].successor = NULL;
            else {
                ag_written_hit(p, b, pe, 0, &h);
                h.keep_name = 1;
            }
            ag_free_hits(hs, k);
            if (h.name) {
                ag_assign(c, &h, p, "thực hiện", !lead);
                seg_agency *ag = lead ? ag_find_or_add(c, &h, p) : NULL;
                for (size_t q = pi + 1; ag && q < last; q++)
                    ag_add_task(c, ag, &d->paras[q], "thực hiện");
                if (ag)
                    drop_task(ag, p->start); /* as a subject's clause read it */
            }
            free(h.name);
            free(h.successor);
        }
        if (nx <= s)
            break;
        s = nx;
    }
}

/* Between a subject ending at b and its duty at i, an adjunct of the
 * subject's closed by a comma: "Các cơ quan, đơn vị được xin ý kiến về
 * nội dung đề xuất dự án, có trách nhiệm ...". It opens with a
 * preposition and holds no other punctuation than commas, so it is no
 * clause of its own. */
static int subject_adjunct(const seg_para *p, size_t b, size_t i)
{
    const char *f = p->fold;
    size_t e = i;
    while (e > b && f[e - 1] == ' ')
        e--;
    if (e <= b || f[e - 1] != ',' || !seg_function_word_at(p, b) || seg_word_at(f, p->nchar, b, "va") ||
        seg_word_at(f, p->nchar, b, "hoac"))
        return 0;
    for (size_t k = b; k < e; k++)
        if (strchr(";:.()", f[k]))
            return 0;
    return 1;
}

/* "Ngoài trách nhiệm quy định tại khoản 2 Điều này, tổ chức ... có trách
 * nhiệm sau đây:", "Trong phạm vi nhiệm vụ của mình, cơ quan ... có trách
 * nhiệm ...": Vietnamese fronts an adjunct of scope or basis before the
 * subject and closes it with a comma. For the sentence opening at s whose
 * duty's words stand at i, where the subject after the adjunct's last
 * comma opens, or 0. Not a condition or a time ("Trường hợp ...", "Khi
 * ..."), whose main clause names those a case concerns. */
static size_t scope_fronted(const seg_para *p, size_t s, size_t i)
{
    static const struct { const char *fold, *text; } fronts[] = {
        {"ngoai", "ngoài"}, {"trong pham vi", "trong phạm vi"}, {"can cu", "căn cứ"}, {"tren co so", "trên cơ sở"}};
    const char *f = p->fold;
    size_t n = p->nchar, k;
    for (k = 0; k < sizeof fronts / sizeof fronts[0]; k++)
        if (seg_word_at(f, n, s, fronts[k].fold) && seg_marks_match(p, s, fronts[k].text))
            break;
    if (k == sizeof fronts / sizeof fronts[0])
        return 0;
    /* the first comma after which a class opens and runs to the duty's
     * words: the adjunct's own commas come before it, the class's after */
    for (size_t q = s; q < i; q++) {
        if (f[q] != ',' || member_before(f, n, s, q))
            continue; /* "..., bộ, cơ quan ngang bộ có trách nhiệm": one subject */
        size_t t = skip_sp(f, n, q + 1);
        if (class_reaches(p, t, i))
            return t;
    }
    return 0;
}

/* Does a class phrase ending at e reach the duty's words at i, directly
 * or over the bracket defining its short name ("tổ chức, cá nhân ... (sau
 * đây gọi chung là ...) có trách nhiệm")? */
static int class_ends_at(const seg_para *p, size_t e, size_t i)
{
    size_t d = ag_definition_end(p, e);
    return skip_sp(p->fold, p->nchar, d ? d : e) == i;
}

/* The bodies that open a clause before a word of duty. */
/* "... theo quy định. Đơn vị quản lý, vận hành công trình phải tạo điều
 * kiện ...", "Cơ sở trợ giúp xã hội có trách nhiệm tiếp nhận ...": the
 * subject of a duty is the noun phrase that opens its sentence (the
 * item's opening, or after a full stop or semicolon), wherever the
 * sentence stands in the paragraph; a class named in lower case by a
 * generic noun phrase (generic.c) whose extent reaches the duty's words
 * at i exactly is given the duty, with role. Not the main clause after a
 * condition's "thì" (there it lowered val's agencies, 0.766 -> 0.762: a
 * case's clause names those the case concerns). Whether one was. */
static int generic_subject(actx *c, const seg_para *p, size_t a0, size_t i, const char *role)
{
    const char *f = p->fold;
    size_t n = p->nchar, s = i;
    while (s > a0 && !strchr(".;", f[s - 1]))
        s--;
    s = skip_sp(f, n, s);
    size_t e = seg_generic_np_end(p, s);
    if ((!e || !class_ends_at(p, e, i)) && (s = scope_fronted(p, s, i)) != 0)
        e = seg_generic_np_end(p, s);
    if (!e || !class_ends_at(p, e, i))
        return 0;
    /* a relative clause of place or agent ("nơi công bố dịch", "do Bộ
     * ... quản lý", "mà ...") says which of the class the case concerns;
     * readers name the class without it or not at all (val's agencies
     * 0.766 -> 0.768 without them) */
    for (size_t q = s; q < e; q++)
        if ((q == 0 || f[q - 1] == ' ') && ((seg_word_at(f, n, q, "noi") && seg_marks_match(p, q, "nơi")) ||
                                             (seg_word_at(f, n, q, "do") && seg_marks_match(p, q, "do")) ||
                                             (seg_word_at(f, n, q, "ma") && seg_marks_match(p, q, "mà"))))
            return 0;
    /* a bare head ("Cơ quan phải ...", "Chủ đầu tư có trách nhiệm ...")
     * refers back to one named before or to the party of each case, and
     * a procedure's role ("Cơ quan chủ trì", "Cơ quan phối hợp") is named
     * by the procedure: as class_phrase reads them, none */
    size_t h = seg_generic_head_at(p, s), w = h ? skip_sp(f, n, s + h) : s;
    if (!h || w >= e || seg_word_at(f, n, w, "chu tri") || seg_word_at(f, n, w, "phoi hop") ||
        seg_word_at(f, n, w, "thuc hien"))
        return 0;
    /* "được" and a verb of granting names those granted a right, a
     * licence or aid ("tổ chức, cá nhân được cấp giấy phép", "được hưởng
     * ưu đãi"): the parties a regulation serves, whose duties follow from
     * it, as a procedure's applicant's do (ANNOTATING.md, sixth rule set),
     * not bodies given work ("được giao", "được phân công") */
    static const char *const granted[] = {"cap", "huong", "ho tro", "phep", "cho phep", "boi thuong", "vay",
                                          "mien", "giam", "thue", "tang", NULL};
    for (size_t q = w; q < e; q++) {
        if ((q > 0 && f[q - 1] != ' ') || !seg_word_at(f, n, q, "duoc") || !seg_marks_match(p, q, "được"))
            continue;
        size_t v = skip_sp(f, n, q + 4);
        for (int k = 0; granted[k]; k++)
            if (seg_word_at(f, n, v, granted[k]))
                return 0;
    }
    return class_role(c, NULL, p, s, e, role);
}

/* "Công an tỉnh được giao quản lý tài khoản ...", "Văn phòng Ủy ban nhân
 * dân tỉnh được giao quản lý danh bạ ...": the passive of "Giao X ...".
 * A body named with its capital at the opening of a sentence, followed at
 * once by "được giao" and the work, is given the sentence as its task, as
 * the object of "Giao" is ("được giao chủ trì" leads, "được giao phối
 * hợp" helps). Not a class named in lower case, whose "được giao ..." is a
 * relative clause saying which ("cơ quan được giao quản lý ... có trách
 * nhiệm"): a capital names one body or a group as a subject. */
static void assigned_passive(actx *c, const seg_para *p, size_t a0)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    for (size_t i = a0 + 1; i + 9 < n; i++) {
        if (f[i - 1] != ' ' || !seg_word_at(f, n, i, "duoc giao") || !seg_marks_match(p, i, "được giao"))
            continue;
        size_t b = i, e = i;
        while (b > a0 && !strchr(".;:", f[b - 1]))
            b--;
        /* a duty's formula later in the sentence is its predicate: "được
         * giao ..." then says which bodies ("Các bộ, Ủy ban nhân dân cấp
         * tỉnh được giao tuyển chọn ... có trách nhiệm ..."), read there */
        int later = 0;
        for (; e < n && !strchr(".;:", f[e]) && !later; e++)
            later = f[e - 1] == ' ' && seg_duty_at(p, e, 1);
        if (later)
            continue;
        /* the sentence's start, or after a fronted clause's comma ("Khi
         * có sự cố, Trung tâm ... được giao chủ trì ...") */
        for (size_t s = b; s < i; s++) {
            if (s > b && f[s - 1] != ',')
                continue;
            s = skip_sp(f, n, s);
            hit hs[8];
            size_t end = s;
            int k = s < i && seg_capital_at(p, s) ? ag_chain(c, p, s, hs, 8, &end) : 0;
            int reached = k > 0 && hs[0].a == s && skip_sp(f, n, hs[k - 1].b) == i;
            /* "Các đơn vị được giao dự toán ...": member nouns alone say
             * too little; "được giao ..." is their name's, no predicate */
            size_t g = seg_word_at(f, n, s, "cac") ? skip_sp(f, n, s + 3) : s, ge = i;
            while (ge > g && f[ge - 1] == ' ')
                ge--;
            if (reached && members_only(f, n, g, ge))
                reached = 0;
            if (reached) {
                size_t v = skip_sp(f, n, i + 9);
                const char *role = seg_word_at(f, n, v, "chu tri")    ? "chủ trì"
                                   : seg_word_at(f, n, v, "phoi hop") ? "phối hợp"
                                                                      : "thực hiện";
                for (int q = 0; q < k; q++) {
                    size_t hg = seg_word_at(f, n, hs[q].a, "cac") ? skip_sp(f, n, hs[q].a + 3) : hs[q].a;
                    if (!members_only(f, n, hg, hs[q].b)) /* "... và các đơn vị được giao ...": no name */
                        ag_assign(c, &hs[q], p, role, 1);
                }
            }
            ag_free_hits(hs, k);
            if (reached)
                break;
        }
        i += 8;
    }
}

void ag_duty_subjects(actx *c, const seg_para *p, size_t a0)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    hit hs[24];
    int any = 0;
    /* "cơ quan thuế phải trả lời ...", "cơ quan chủ trì soạn thảo có trách
     * nhiệm nghiên cứu ...": the bodies that open a clause before a word of
     * duty are given it, wherever the clause stands. The clause opens after
     * a ';', ':', '.' or bracket, or after one of the last few commas (a
     * name may hold one: "về địa chất, khoáng sản") */
    for (size_t i = a0 + 1; i < n; i++) {
        size_t dl = seg_duty_at(p, i, 1);
        if (!dl || f[i - 1] != ' ')
            continue;
        /* "... không phải bồi thường": a duty negated is none, and the
         * negation is no word of the subject's name */
        if (i >= 6 && seg_word_at(f, n, i - 6, "khong") && seg_marks_match(p, i - 6, "không") &&
            (i == 6 || f[i - 7] == ' ')) {
            i += dl;
            continue;
        }
        size_t s = i - 1;
        int named = 0;
        const char *role0 = NULL;
        for (int tries = 0; tries < 4 && s > a0; tries++) {
            while (s > a0 && !strchr(",;:.()", f[s - 1]))
                s--;
            /* "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương (sau
             * đây gọi là Ủy ban nhân dân cấp tỉnh) có trách nhiệm ...": the
             * bracket that defines the subject's short name is the
             * subject's (the chain reads it, chain.c), no clause's edge */
            for (size_t o; s > a0 && f[s - 1] == ')' && (o = before_definition(p, a0, s)) != s;) {
                s = o;
                while (s > a0 && !strchr(",;:.()", f[s - 1]))
                    s--;
            }
            size_t from = skip_sp(f, n, s);
            if (seg_word_at(f, n, from, "thi"))
                from = skip_sp(f, n, from + 3);
            size_t end;
            int k = from < i ? ag_chain(c, p, from, hs, 24, &end) : 0;
            /* a list may step over the duty's words into the next clause:
             * only the names before them, which must reach them */
            int before = 0;
            while (before < k && hs[before].b <= i)
                before++;
            size_t hb = before > 0 ? hs[before - 1].b : 0, db = before > 0 ? ag_definition_end(p, hb) : 0;
            if (db && db <= i)
                hb = db; /* the name's defining bracket, read with it */
            int reached = before > 0 && (skip_sp(f, n, hb) == i || subject_adjunct(p, skip_sp(f, n, hb), i));
            /* the verb after the duty's words gives the role: "có trách
             * nhiệm chủ trì" leads, "có trách nhiệm phối hợp" helps */
            size_t v = ag_preverbal(p, i);
            const char *role = seg_lead_word_at(p, v)              ? "chủ trì"
                               : seg_word_at(f, n, v, "phoi hop") ? ag_partner_role(p, v)
                                                                  : "thực hiện";
            /* "Sở Tư pháp có trách nhiệm:" over its items: they are the
             * tasks (assign.c, headings.c), the lead-in none of its own */
            size_t pi = (size_t)(p - c->d->paras);
            hit fl[8];
            size_t fe;
            int fk = from != a0 ? ag_fronted_lead(c, p, a0, fl, 8, &fe) : 0; /* "Khi ..., X phải:" */
            ag_free_hits(fl, fk);
            int lead = reached && (from == a0 || fk) && pi + 1 < c->d->nparas && c->d->paras[pi + 1].mk != MK_NONE &&
                       (p->mk == MK_NONE || ag_heads_items(c->d, p)) &&
                       ag_duty_lead(p, hb) &&
                       !ag_items_own_subjects(c, pi);
            /* "1. Sở Nội vụ có trách nhiệm chủ trì, phối hợp với Sở Tư pháp:"
             * over its items: they are the tasks, led and helped */
            lead = lead || (reached && from == a0 && ag_partners_lead(c, p, hb));
            if (reached && !lead)
                for (int q = 0; q < before; q++)
                    ag_assign(c, &hs[q], p, role, 1);
            ag_free_hits(hs, k);
            if (!reached && tries == 0 && (dl == strlen("co trach nhiem") || dl == strlen("phai")))
                reached = class_subject(c, p, a0, i, dl == strlen("co trach nhiem"));
            named |= reached;
            role0 = role0 ? role0 : role;
            if (reached || s <= a0 || f[s - 1] != ',')
                break;
            s--;
        }
        if (!named && role0)
            generic_subject(c, p, a0, i, role0);
        any |= named;
        i += dl;
    }
    if (!any)
        class_announced(c, p, a0);
    assigned_passive(c, p, a0);
    power_heads(c, p, a0);
}

/* The Government's closing formula names bodies by their heads: "Các Bộ
 * trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ,
 * Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương chịu trách
 * nhiệm thi hành": each head stands for the group of bodies it leads. The
 * end of the head phrase at q, its group in *group and the end of its
 * words as written in *hb; 0 for none. */
static size_t heads_at(const seg_para *p, size_t q, const char **group, size_t *hb)
{
    static const struct { const char *fold, *group; } F[] = {
        {"cac bo truong", "các Bộ"}, {"bo truong cac bo", "các Bộ"}, {"bo truong, thu truong", "các Bộ"},
        {"thu truong cac co quan ngang bo", "các cơ quan ngang bộ"},
        {"thu truong co quan ngang bo", "các cơ quan ngang bộ"},
        {"thu truong cac co quan thuoc chinh phu", "các cơ quan thuộc Chính phủ"},
        {"thu truong co quan thuoc chinh phu", "các cơ quan thuộc Chính phủ"},
        {"chu tich uy ban nhan dan cac tinh, thanh pho truc thuoc trung uong",
         "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"},
        {"chu tich uy ban nhan dan tinh, thanh pho truc thuoc trung uong",
         "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"}};
    const char *f = p->fold;
    size_t n = p->nchar;
    /* one "Thủ trưởng" over both kinds of body, "Bộ trưởng, Thủ trưởng
     * cơ quan ngang Bộ, cơ quan thuộc Chính phủ": the heads share one
     * group, as a reader lists it; "Thủ trưởng cơ quan ngang bộ, Thủ
     * trưởng cơ quan thuộc Chính phủ" are two heads and two groups */
    static const char *const shared = "thu truong co quan ngang bo, co quan thuoc chinh phu";
    size_t m = q, sl = strlen(shared);
    if (seg_word_at(f, n, m, "cac"))
        m = skip_sp(f, n, m + 3);
    if (seg_word_at(f, n, m, "bo truong")) {
        m = skip_sp(f, n, m + strlen("bo truong"));
        if (seg_word_at(f, n, m, "cac bo"))
            m = skip_sp(f, n, m + strlen("cac bo"));
        if (m < n && f[m] == ',')
            m = skip_sp(f, n, m + 1);
        if (m + sl <= n && !memcmp(f + m, shared, sl) && (m + sl == n || !isalnum((unsigned char)f[m + sl]))) {
            *group = "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ";
            *hb = m + sl;
            return m + sl;
        }
    }
    for (size_t k = 0; k < sizeof F / sizeof F[0]; k++) {
        size_t l = strlen(F[k].fold);
        if (q + l > n || memcmp(f + q, F[k].fold, l))
            continue;
        *group = F[k].group;
        *hb = q + l;
        /* "Bộ trưởng, Thủ trưởng ..." : only the first head is consumed */
        return !strcmp(F[k].fold, "bo truong, thu truong") ? q + strlen("bo truong,") : q + l;
    }
    return 0;
}

/* "Điều 16. Trách nhiệm của Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ
 * tịch Ủy ban nhân dân cấp tỉnh trong ...": a duty heading may name the
 * bodies it charges by their heads, as the closing formula does, each
 * head standing for the group of bodies it leads (heads_at; ANNOTATING.md:
 * a person by office stands for the body). The list opens with such a
 * head; its parts, apart by a comma or "và", are heads or names the chain
 * reads ("Chủ tịch Ủy ban nhân dân cấp tỉnh"), and it ends where neither
 * follows (the heading's topic, "trong ..."). A head alone ("Bộ trưởng")
 * is not read here: in a ministry's circular it is the issuer's own. */
int ag_duty_heads(const actx *c, const seg_para *hp, size_t a, hit *hs, int max, size_t *end)
{
    const char *f = hp->fold, *g;
    size_t n = hp->nchar, hb, q = a;
    if (!heads_at(hp, a, &g, &hb))
        return 0;
    int k = 0;
    while (q < n && k < max) {
        size_t e = heads_at(hp, q, &g, &hb);
        if (e) {
            size_t b = hb < e ? hb : e;
            while (b > q && (f[b - 1] == ',' || f[b - 1] == ' '))
                b--;
            memset(&hs[k], 0, sizeof hs[k]);
            hs[k].a = q;
            hs[k].b = b;
            hs[k].collective = 1;
            hs[k].keep_name = 1; /* the group the head leads, not its title */
            hs[k].name = seg_strdup(g);
            if (!hs[k].name)
                break;
            k++;
            *end = b;
            q = skip_sp(f, n, e);
            if (f[e - 1] == ',')
                continue; /* "Bộ trưởng, Thủ trưởng ...": the comma taken */
        } else {
            hit hx[8];
            size_t xe = q, t = ag_after_title(c, hp, q); /* "Chủ tịch Ủy ban ...": the body */
            int m = ag_chain(c, hp, t, hx, 8, &xe);
            if (m <= 0 || hx[0].a != t) {
                ag_free_hits(hx, m);
                break;
            }
            int h = 0;
            for (; h < m && k < max; h++)
                hs[k++] = hx[h];
            ag_free_hits(hx + h, m - h);
            *end = xe;
            q = skip_sp(f, n, xe);
        }
        if (q < n && f[q] == ',')
            q = skip_sp(f, n, q + 1);
        else if (seg_word_at(f, n, q, "va"))
            q = skip_sp(f, n, q + 2);
        else
            break;
    }
    return k;
}

/* The group a head phrase [a, b) stands for, given p as its task. */
static void heads_group(actx *c, const seg_para *p, size_t a, size_t b, const char *group)
{
    hit h;
    memset(&h, 0, sizeof h);
    h.a = a;
    h.b = b;
    h.collective = 1;
    h.name = seg_strdup(group);
    /* named as the formula means, not as written */
    seg_agency *ag = h.name ? ag_find_or_add(c, &h, p) : NULL;
    if (ag) {
        free(ag->name);
        ag->name = seg_strdup(group);
        ag_add_role(ag, "thực hiện");
        ag_add_task(c, ag, p, "thực hiện");
    }
    free(h.name);
}

/* The end of a head phrase at q after its group is given, or 0. */
static size_t heads_formula(actx *c, const seg_para *p, size_t q)
{
    const char *g;
    size_t hb, e = heads_at(p, q, &g, &hb);
    if (e)
        heads_group(c, p, q, hb, g);
    return e;
}

/* The same heads as the subject of an item, "1. Bộ trưởng, Thủ trưởng cơ
 * quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các
 * tỉnh, thành phố trực thuộc trung ương tập trung chỉ đạo ...": heads from
 * the item's start, joined by commas or "và", then the verb; each group
 * is given the item. Nothing when no verb follows them ("- Bộ trưởng, Thủ
 * trưởng ...;", an addressee) or another kind of subject joins them. */
static void heads_subject(actx *c, const seg_para *p, size_t a0)
{
    const char *f = p->fold;
    size_t n = p->nchar, q = a0, k = 0, as[8], bs[8];
    const char *gs[8];
    while (k < 8) {
        size_t e = heads_at(p, q, &gs[k], &bs[k]);
        if (!e)
            return;
        as[k++] = q;
        size_t s = skip_sp(f, n, e);
        if (f[e - 1] == ',') {
            q = s;
            continue;
        }
        if (s < n && f[s] == ',') {
            q = skip_sp(f, n, s + 1);
            continue;
        }
        if (seg_word_at(f, n, s, "va")) {
            q = skip_sp(f, n, s + 2);
            continue;
        }
        if (s >= n || !isalpha((unsigned char)f[s]))
            return;
        break;
    }
    if (k == 8)
        return;
    for (size_t i = 0; i < k; i++)
        heads_group(c, p, as[i], bs[i], gs[i]);
}

/* "... và tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành": the
 * formula's last group may go without its "các"; from q (after "và" or a
 * comma) to the formula at i, member nouns in lower case ending in "liên
 * quan". Given the duty when so (a collective, as written). */
static int bare_group(actx *c, const seg_para *p, size_t q, size_t i)
{
    /* opening with a body's noun: "cá nhân có liên quan" alone are persons */
    static const char *const nouns[] = {"to chuc", "co quan", "don vi", "doanh nghiep", NULL};
    const char *f = p->fold;
    size_t b = q;
    while (b > 0 && f[b - 1] == ' ')
        b--;
    /* the formula's items stand between commas or semicolons ("...,
     * Giám đốc Trung tâm ...; cơ quan, đơn vị có liên quan chịu trách
     * nhiệm thi hành") */
    if (!(b > 0 && (f[b - 1] == ',' || f[b - 1] == ';')) && !(b >= 2 && seg_word_at(f, b, b - 2, "va")))
        return 0;
    int noun = 0;
    for (int k = 0; nouns[k] && !noun; k++)
        noun = seg_word_at(f, p->nchar, q, nouns[k]);
    size_t e = i;
    while (e > q && f[e - 1] == ' ')
        e--;
    if (!noun || e < q + 9 || e - q > 60 || memcmp(f + e - 9, "lien quan", 9))
        return 0;
    for (size_t k = q; k < e; k++) {
        size_t bi = p->cpos[k];
        if (cp_is_upper(seg_utf8_next(p->text, p->cpos[p->nchar], &bi)))
            return 0;
    }
    return class_duty(c, p, q, e);
}

/* A name read short in p by the subject readers before the formula's
 * reading ("Cục Nhà giáo và Cán bộ" before "quản lý", taken for a verb):
 * dropped when this paragraph alone gave it. */
static void drop_short_reading(actx *c, const seg_para *p, const char *name)
{
    seg_result *r = c->r;
    for (size_t k = 0; k < r->n_agencies; k++) {
        seg_agency *a = &r->agencies[k];
        if (strcmp(a->name, name) || a->start != p->start)
            continue;
        for (size_t t = 0; t < a->n_tasks; t++)
            if (a->tasks[t].start != p->start)
                return;
        seg_agency_drop(r, k);
        return;
    }
}

/* The number of the article "Điều N" a reference at q names ("tại Điều
 * 2", "tại Điều 2 Thông tư này"), or 0. */
static int article_ref(const char *f, size_t n, size_t q)
{
    if (!seg_word_at(f, n, q, "tai dieu"))
        return 0;
    size_t k = skip_sp(f, n, q + strlen("tai dieu"));
    int num = 0;
    while (k < n && isdigit((unsigned char)f[k]) && num < 1000)
        num = num * 10 + (f[k++] - '0');
    return k < n && isalpha((unsigned char)f[k]) ? 0 : num;
}

/* The paragraphs of the article "Điều num" whose title says whom the act
 * applies to ("Đối tượng áp dụng", also after "Phạm vi điều chỉnh và"):
 * [*from, *to), or 0 when there is none. */
static int scope_article(const seg_doc *d, int num, size_t *from, size_t *to)
{
    for (size_t s = 0; s < d->nsecs; s++) {
        const seg_sec *sec = &d->secs[s];
        if (sec->mk != MK_DIEU || !sec->label || !sec->title || sec->para < 0)
            continue;
        const char *l = sec->label;
        while (*l && !isdigit((unsigned char)*l))
            l++;
        if (atoi(l) != num)
            continue;
        char *t = seg_fold_str(sec->title);
        int scope = t && strstr(t, "doi tuong ap dung") != NULL;
        free(t);
        if (!scope)
            continue; /* the decision's own "Điều 2", not its regulation's */
        size_t q = (size_t)sec->para;
        *from = q;
        while (q + 1 < d->nparas && d->paras[q + 1].start < sec->end)
            q++;
        *to = q + 1;
        return 1;
    }
    return 0;
}

/* "Thủ trưởng các cơ quan, tổ chức, cá nhân quy định tại Điều 2 chịu
 * trách nhiệm thi hành Thông tư này": the formula's group is the one the
 * scope article names ("Điều 2. Đối tượng áp dụng" / "Thông tư này áp
 * dụng đối với cơ quan quản lý nhà nước về ...; tổ chức, cá nhân thực hiện
 * ..."), and a reader lists the bodies that article names, each given the
 * formula's duty. The scope article's list follows "áp dụng đối với" (or
 * "áp dụng cho") or stands in its items; its parts, apart by semicolons,
 * are names the gazetteer knows or classes in lower case, as written. The
 * hit h, read in p, ends in such a reference: whether its bodies were
 * given the duty (h then gives nothing). */
int ag_scope_named(const actx *c, const hit *h, const seg_para *p, size_t *from, size_t *to)
{
    const seg_para *w = h->src ? h->src : p;
    const char *f = w->fold;
    int num = 0;
    for (size_t q = h->a; q < h->b && q < w->nchar && !num; q++)
        if (q == 0 || f[q - 1] == ' ')
            num = article_ref(f, w->nchar, q);
    return num && scope_article(c->d, num, from, to);
}

int ag_scope_reference(actx *c, const hit *h, const seg_para *p, const char *role)
{
    size_t from, to;
    if (!ag_scope_named(c, h, p, &from, &to))
        return 0;
    int given = 0;
    for (size_t k = from; k < to; k++) {
        const seg_para *t = &c->d->paras[k];
        const char *g = t->fold;
        size_t n = t->nchar, x = k == from ? n : t->label_chars;
        for (size_t q = t->label_chars; q < n; q++) {
            if (seg_word_at(g, n, q, "khong ap dung")) {
                x = n; /* the bodies it leaves out */
                break;
            }
            if (seg_word_at(g, n, q, "ap dung doi voi") || seg_word_at(g, n, q, "ap dung cho")) {
                x = skip_sp(g, n, q + (seg_word_at(g, n, q, "ap dung cho") ? 11 : 15));
                break;
            }
        }
        while (x < n) {
            size_t e = x;
            while (e < n && g[e] != ';')
                e++;
            size_t b = e;
            while (b > x && strchr(" .:", g[b - 1]))
                b--;
            hit hs[8];
            size_t end = 0;
            int m = b > x ? ag_chain(c, t, x, hs, 8, &end) : 0;
            if (m > 0 && skip_sp(g, n, end) >= b) {
                for (int j = 0; j < m; j++) {
                    hs[j].src = t;
                    ag_assign(c, &hs[j], p, role, 1);
                }
                given += m;
            } else if (b > x && class_noun(g, n, seg_word_at(g, n, x, "cac") ? skip_sp(g, n, x + 3) : x) &&
                       b - x <= 160) {
                given += class_role(c, t, p, x, b, role);
            }
            ag_free_hits(hs, m);
            x = skip_sp(g, n, e + 1);
        }
    }
    return given > 0;
}

/* "Thay thế cụm từ “A” bằng cụm từ “B”": an amending act's clause that
 * puts wording B into another text in place of A. The spans of A and B
 * inside p (span[0..1], span[2..3]), or 0 when p is no such clause. */
static int amended_wording(const seg_para *p, size_t span[4])
{
    static const char *const opens[] = {"thay the cum tu", "thay cum tu", "sua doi cum tu", "sua cum tu", NULL};
    const char *f = p->fold;
    size_t n = p->nchar, x = skip_sp(f, n, p->label_chars), l = 0;
    for (int k = 0; opens[k] && !l; k++)
        if (seg_word_at(f, n, x, opens[k]))
            l = strlen(opens[k]);
    if (!l)
        return 0;
    size_t q = skip_sp(f, n, x + l);
    if (q >= n || f[q] != '"')
        return 0;
    span[0] = q + 1;
    for (q = span[0]; q < n && f[q] != '"'; q++)
        ;
    if (q >= n)
        return 0;
    span[1] = q;
    q = skip_sp(f, n, q + 1);
    if (!seg_word_at(f, n, q, "bang"))
        return 0;
    q = skip_sp(f, n, q + 4);
    if (seg_word_at(f, n, q, "cum tu"))
        q = skip_sp(f, n, q + 6);
    if (q >= n || f[q] != '"')
        return 0;
    span[2] = q + 1;
    for (q = span[2]; q < n && f[q] != '"'; q++)
        ;
    span[3] = q;
    return q < n;
}

int ag_in_amended_wording(const seg_para *p, size_t a)
{
    size_t span[4];
    return amended_wording(p, span) && ((a >= span[0] && a < span[1]) || (a >= span[2] && a < span[3]));
}

/* The wording an amending act puts in gives the bodies in it the duty it
 * states, when it is a clause with its verb ("bằng cụm từ “Ủy ban nhân dân
 * xã, phường, đặc khu có văn bản đề nghị”"); a body only renamed ("bằng
 * cụm từ “Sở Tài chính”") and the wording taken out get nothing
 * (ANNOTATING.md, fifth rule set). */
void ag_amended_duties(actx *c, const seg_para *p)
{
    size_t span[4];
    if (!amended_wording(p, span))
        return;
    const char *f = p->fold;
    hit hs[8];
    size_t end = 0;
    int k = ag_chain(c, p, span[2], hs, 8, &end);
    size_t v = skip_sp(f, span[3], end);
    if (k > 0 && v < span[3] && isalpha((unsigned char)f[v])) {
        size_t bi = p->cpos[v];
        if (cp_is_lower(seg_utf8_next(p->text, p->cpos[p->nchar], &bi)))
            for (int j = 0; j < k; j++) {
                seg_agency *ag = ag_find_or_add(c, &hs[j], p);
                if (ag) {
                    ag_add_role(ag, "thực hiện");
                    ag_add_task(c, ag, p, "thực hiện");
                }
            }
    }
    ag_free_hits(hs, k);
}

/* The names of a closing formula in p from a0 up to i, where the formula
 * (or, for a paragraph of names before it, p's end) stands: each given the
 * duty, the task read from p. */
static void formula_names(actx *c, const seg_para *p, size_t a0, size_t i)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    /* items apart by semicolons, when the list uses any: commas then
     * stand inside names */
    char sep = memchr(f + a0, ';', i > a0 ? i - a0 : 0) ? ';' : ',';
    for (size_t q = a0; q < i; q++) {
        hit h;
        size_t fe;
        if (q > 0 && isalnum((unsigned char)f[q - 1]))
            continue;
        if ((fe = heads_formula(c, p, q))) {
            q = fe;
            continue;
        }
        if (bare_group(c, p, q, i))
            break;
        /* "Giám đốc các Sở: Tư pháp, Nông nghiệp và Môi trường;": a
         * title over a list under its plural head, read as lists are */
        size_t t = q, w = skip_sp(f, n, t + 3), x = w;
        while (x < n && x < w + 12 && isalpha((unsigned char)f[x]))
            x++;
        if (seg_word_at(f, n, t, "cac") && x > w && x < n && f[x] == ':') {
            hit hs[16];
            size_t end;
            int k = ag_chain(c, p, t, hs, 16, &end);
            for (int h = 0; h < k; h++)
                if (hs[h].b <= i)
                    ag_assign(c, &hs[h], p, "thực hiện", 1);
            ag_free_hits(hs, k);
            if (k && end <= i) {
                q = end;
                continue;
            }
        }
        /* "..., Thủ trưởng các đơn vị thuộc Ngân hàng Nhà nước Việt Nam,
         * tổ chức tín dụng chịu trách nhiệm tổ chức thực hiện ...": a
         * class the regulation binds, in lower case, an item of the list
         * of its own (after its separator or "và"), runs to the next one */
        size_t pb = q;
        while (pb > a0 && f[pb - 1] == ' ')
            pb--;
        /* not a member noun's list ("Cơ quan, tổ chức quản lý cán bộ"):
         * one group, which bare_group and the chain read */
        int item = (pb > a0 && f[pb - 1] == sep && !member_before(f, n, a0, pb - 1)) ||
                   (pb >= a0 + 3 && seg_word_at(f, n, pb - 2, "va") && f[pb - 3] == ' ');
        /* not the ministries' formula ("Thủ trưởng cơ quan ngang bộ, cơ
         * quan thuộc Chính phủ"), whose groups heads_formula names */
        int formula = seg_word_at(f, n, q, "co quan ngang bo") || seg_word_at(f, n, q, "co quan thuoc chinh phu");
        if (item && !formula && class_noun(f, n, q) && !seg_capital_at(p, q)) {
            size_t e = q, b;
            while (e < i && f[e] != sep && !(f[e] == ' ' && seg_word_at(f, n, e + 1, "va")))
                e++;
            for (b = e; b > q && f[b - 1] == ' ';)
                b--;
            if (class_phrase(p, q, b, 8) && class_duty(c, p, q, b)) {
                q = e;
                continue;
            }
        }
        /* "Thủ trưởng cơ quan thuộc Chính phủ": a body after "thuộc"
         * qualifies the one before it */
        if ((q >= 6 && !memcmp(f + q - 6, "thuoc ", 6)) || !ag_match_at(c, p, q, NULL, 0, &h))
            continue;
        /* an office's body in a list of names only, read short at a
         * word of its own name ("Cục trưởng Cục Nhà giáo và Cán bộ quản
         * lý giáo dục,", "Cục Quản lý Y, Dược cổ truyền;"): the item runs
         * to its separator */
        size_t re;
        if (h.a > q && !h.e && !h.collective && (re = seg_name_rest(p, h.b, i, sep)) > h.b) {
            char *w = seg_body_name(p, h.a, re);
            if (w) {
                drop_short_reading(c, p, h.name);
                free(h.name);
                h.name = w;
                h.b = re;
            }
        }
        /* "Giám đốc Trung tâm ... cấp tỉnh, cấp xã": two bodies */
        hit lo;
        size_t le = 0;
        int got = ag_second_level(p, &h, &lo, 1, &le), two = got && le <= i;
        ag_assign(c, &h, p, "thực hiện", 1);
        q = h.b;
        free(h.name);
        free(h.successor);
        if (two) {
            ag_assign(c, &lo, p, "thực hiện", 1);
            q = le;
        }
        ag_free_hits(&lo, got);
    }
}

/* Does p hold only the first names of a closing formula that a line
 * break cut from the paragraph below ("Điều 3. Cục trưởng Cục Hải quan," /
 * "Chánh Văn phòng ..., Thủ trưởng ... chịu trách nhiệm thi hành")? Its
 * list is left open by a comma or semicolon, and no verb stands in it:
 * the names go on below. */
static int formula_opening(const seg_para *p)
{
    const char *f = p->fold;
    size_t n = p->nchar, a = p->label_chars < n ? p->label_chars : n;
    while (n > a && f[n - 1] == ' ')
        n--;
    if (p->in_header || n <= a || (f[n - 1] != ',' && f[n - 1] != ';'))
        return 0;
    for (size_t q = a; q < n; q++)
        if ((q == 0 || !isalnum((unsigned char)f[q - 1])) && seg_verb_at(p, q))
            return 0;
    return 1;
}

/* A regulation's closing clause may give its execution to a list of
 * heads without a word of duty: "Bộ trưởng, Thủ trưởng cơ quan ngang bộ,
 * ..., Chủ tịch Ủy ban nhân dân cấp xã tổ chức thực hiện chế độ báo cáo
 * theo quy định tại Thông tư này." The list opens with a head's title
 * (a person by office stands for the body: ANNOTATING.md) and the verb
 * "tổ chức thực hiện" (or "thi hành") closes it: each body before it is
 * given the clause, as in the formula with "chịu trách nhiệm". Whether
 * p is such a clause. */
static int officers_formula(actx *c, const seg_para *p, size_t a0)
{
    const char *f = p->fold;
    size_t n = p->nchar, a = skip_sp(f, n, a0);
    const char *g;
    size_t hb;
    if (!head_title(p, a) && !heads_at(p, a, &g, &hb))
        return 0;
    for (size_t i = a + 1; i < n; i++) {
        if (f[i - 1] != ' ' || !seg_word_at(f, n, i, "to chuc"))
            continue;
        size_t v = skip_sp(f, n, i + strlen("to chuc"));
        if (!seg_word_at(f, n, v, "thuc hien") && !seg_word_at(f, n, v, "thi hanh"))
            continue;
        /* the bodies listed before it, nothing else: no clause of its own */
        for (size_t q = a; q < i; q++)
            if (strchr(";:.()", f[q]))
                return 0;
        formula_names(c, p, a, i);
        return 1;
    }
    return 0;
}

/* The closing formula of a decision or regulation. */
void ag_closing_formula(actx *c, const seg_para *p, size_t a0)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    int formula = 0;
    /* "... chịu trách nhiệm thi hành": every name before it */
    for (size_t i = a0; i < n; i++) {
        /* "chịu (có) trách nhiệm [tổ chức] thi hành (thực hiện)": one formula */
        size_t v = i, dl = seg_duty_at(p, v, 0);
        if (!dl)
            continue;
        v += dl;
        v = skip_sp(f, n, v);
        if (seg_word_at(f, n, v, "to chuc"))
            v = skip_sp(f, n, v + strlen("to chuc"));
        if (!seg_word_at(f, n, v, "thi hanh") && !seg_word_at(f, n, v, "thuc hien"))
            continue;
        formula = 1;
        /* the formula's first names on lines of their own above it */
        size_t pi = (size_t)(p - c->d->paras), k = pi;
        while (a0 == p->label_chars && k > c->d->body_first && pi - k < 2 && formula_opening(&c->d->paras[k - 1]))
            k--;
        for (; k < pi; k++)
            formula_names(c, &c->d->paras[k], c->d->paras[k].label_chars, c->d->paras[k].nchar);
        formula_names(c, p, a0, i);
        break;
    }
    if (!formula && !p->in_header && officers_formula(c, p, a0))
        formula = 1;
    if (!formula && !p->in_header)
        heads_subject(c, p, a0);
}

/* Is a section's title (folded) s, whole, bar a closing stop or colon? */
static int title_is(const char *title, const char *s)
{
    if (!title)
        return 0; /* "Điều 5." whose sentence follows its number has none */
    char *f = seg_fold_str(title);
    if (!f)
        return 0;
    size_t n = strlen(f), l = strlen(s);
    while (n > 0 && strchr(" .:", f[n - 1]))
        n--;
    int r = n == l && !strncmp(f, s, l);
    free(f);
    return r;
}

/* A decision setting out one body's functions follows the layout the
 * decree on a province's agencies gives them: "Điều 1. Vị trí và chức
 * năng" defines the body ("1. Sở Tư pháp là cơ quan chuyên môn thuộc Ủy
 * ban nhân dân tỉnh; ..."), "Điều 2. Nhiệm vụ và quyền hạn" lists its
 * duties and names no body, "Điều 3. Cơ cấu tổ chức" its units. The
 * article of duties is the defined body's, as "Nhiệm vụ, quyền hạn của X"
 * would be: for heading hp, the subject of the first clause of the article
 * of its position, in hs[0] (1), or 0 when hp is no such article or the
 * clause is no definition ("X là ..."). */
int ag_functions_subject(const actx *c, const seg_para *hp, hit *hs, size_t *end)
{
    const seg_doc *d = c->d;
    int s = hp->section;
    if (s < 0 || d->secs[s].mk != MK_DIEU || d->secs[s].para != (int)(hp - d->paras) ||
        !(title_is(d->secs[s].title, "nhiem vu va quyen han") || title_is(d->secs[s].title, "nhiem vu, quyen han")))
        return 0;
    for (size_t t = 0; t < d->nsecs; t++) {
        if (d->secs[t].mk != MK_DIEU || !(title_is(d->secs[t].title, "vi tri va chuc nang") ||
                                          title_is(d->secs[t].title, "vi tri, chuc nang")))
            continue;
        size_t q = (size_t)d->secs[t].para + 1;
        if (q >= d->nparas || d->paras[q].start >= d->secs[t].end)
            return 0;
        const seg_para *p = &d->paras[q];
        hit hx[8];
        size_t e = 0;
        int k = ag_chain(c, p, p->label_chars, hx, 8, &e);
        size_t j = skip_sp(p->fold, p->nchar, e);
        if (k == 1 && !hx[0].collective && seg_word_at(p->fold, p->nchar, j, "la")) {
            hs[0] = hx[0];
            hs[0].src = p; /* its name is read in the definition, not the heading */
            *end = hp->nchar;
            return 1;
        }
        ag_free_hits(hx, k);
        return 0;
    }
    return 0;
}

/* Does lead-in t name a body other than the k hits hs ("2. Trạm trưởng
 * Trạm Kiểm ngư thuộc Chi cục Kiểm ngư vùng có quyền:"), its items that
 * body's, not the article's? A post alone ("Trưởng trạm", "Kiểm lâm viên")
 * or the article's own body names none. */
static int names_other(actx *c, const seg_para *t, hit *hs, int k)
{
    const char *f = t->fold;
    size_t n = t->nchar;
    for (size_t q = t->label_chars; q < n; q++) {
        if (q > 0 && isalnum((unsigned char)f[q - 1]))
            continue;
        hit hx[8];
        size_t e = 0;
        int m = ag_chain(c, t, q, hx, 8, &e);
        int other = 0;
        for (int x = 0; x < m; x++) {
            int same = 0;
            for (int h = 0; h < k && !same; h++)
                same = hx[x].name && hs[h].name && !strcmp(hx[x].name, hs[h].name);
            other |= !same;
        }
        ag_free_hits(hx, m);
        if (other)
            return 1;
        if (m > 0 && e > q)
            q = e - 1;
    }
    return 0;
}

/* "Điều 20. Sửa đổi, bổ sung Điều 47 như sau:" / "“Điều 47. Thẩm quyền
 * của Công an nhân dân" / "“1. Chiến sĩ Công an nhân dân ... có quyền:" /
 * "a) Phạt tiền ...": an article an amending act writes in is no heading
 * of the document, yet its duty heading gives its body the clauses quoted
 * under it, as the act then makes them (ANNOTATING.md, fifth rule set):
 * the body of the k hits hs, named by quoted paragraph p, is given them
 * (thực hiện) up to the next article, quoted or not. A lead-in naming a
 * body of its own ("2. Trạm trưởng Trạm Kiểm ngư ... có quyền:") keeps
 * its items; lead-ins are no tasks. */
void ag_quoted_article_duties(actx *c, const seg_para *p, hit *hs, int k)
{
    const seg_doc *d = c->d;
    size_t i = (size_t)(p - d->paras);
    for (int h = 0; h < k; h++) {
        seg_agency *ag = ag_find_or_add(c, &hs[h], p);
        if (ag)
            ag_add_role(ag, "thực hiện");
    }
    int own = 0;
    for (size_t q = i + 1; q < d->nparas && !d->oom; q++) {
        const seg_para *t = &d->paras[q];
        const char *f = t->fold;
        size_t n = t->nchar, a = f[0] == '~' || f[0] == '"' ? 1 : 0;
        if ((t->mk != MK_NONE && t->mk <= MK_DIEU) || t->in_header || seg_word_at(f, n, a, "dieu"))
            break; /* the next article, the act's own or another quoted one */
        if (t->mk == MK_NONE && !a)
            continue;
        while (n > 0 && f[n - 1] == ' ')
            n--;
        if ((n && f[n - 1] == ':') || (n >= 8 && !strcmp(f + n - 8, "co quyen"))) {
            own = names_other(c, t, hs, k);
            continue;
        }
        if (t->mk != MK_LETTER && t->mk != MK_DASH && t->mk != MK_PLUS)
            own = 0; /* a clause of its own, no item of a lead-in */
        if (own)
            continue;
        const char *tr = ag_task_role(t);
        for (int h = 0; h < k; h++) {
            seg_agency *ag = ag_find_or_add(c, &hs[h], p);
            if (ag)
                ag_give_item(c, ag, t, tr, 0);
        }
    }
}

/* The folded name of a class of bodies the result already holds, as the
 * clauses of a regulation write it again: a collective named by a class
 * noun and what it does ("tổ chức kiểm định giống cây trồng", "cơ quan thuế
 * quản lý trực tiếp"), "các" aside; not a list of members ("cơ quan, tổ
 * chức"), which bodies.c reads itself. Allocated, or NULL. */
static char *known_class(const seg_agency *a)
{
    char *f = ag_class_fold(a);
    size_t n = f ? strlen(f) : 0, l = f ? class_noun(f, n, 0) : 0;
    if (!l || l >= n) { /* the class noun alone names no class */
        free(f);
        return NULL;
    }
    return f;
}

/* Does the comma at q, past the condition's verb, open the main clause of
 * a case with a subject of its own at s: a body (a name or a class) or a
 * person, with a verb of its own before the next comma ("Trường hợp ...,
 * Cục ... thông báo cho chủ đầu tư công trình, đơn vị bảo trì ... theo quy
 * định", "..., người tiêu dùng có quyền yêu cầu ...")? Commas after it are
 * inside that clause, whose classes are its objects or receivers. A "thì"
 * still to come ends the condition there, so the comma is inside it
 * ("Trường hợp ..., hoặc cơ quan quản lý thuế phát hiện ... thì ..."); a
 * body listed with the next ("Hội đồng định giá, tổ chức định giá tài sản
 * thông báo ...") has no verb before that comma; a time fronted there
 * ("..., trong thời hạn 24 giờ, ...") is no subject. */
static int opens_other_subject(const seg_para *p, size_t q, size_t s, size_t e, const char *const *times)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    if (s >= e || seg_word_in(f, n, s, times))
        return 0;
    for (size_t r = s; r < e; r++)
        if (f[r - 1] == ' ' && ag_then_at(p, r))
            return 0;
    int coll = 0;
    size_t end = seg_body_at(p, s, &coll);
    if (!end) {
        size_t l = seg_generic_head_at(p, s);
        if (!l && seg_word_at(f, n, s, "nguoi") && seg_marks_match(p, s, "người"))
            l = strlen("nguoi");
        end = l ? s + l : 0;
    }
    if (!end || end <= q)
        return 0;
    for (size_t r = end; r < e && f[r] != ','; r++)
        if (f[r - 1] == ' ' && !seg_capital_at(p, r) && seg_wc_verb_at(p, r))
            return 1;
    return 0;
}

/* "Trường hợp lô giống không đạt ..., tổ chức kiểm định giống cây trồng
 * lâm nghiệp lập biên bản ...", "Trong trường hợp ... thì cơ quan thuế
 * quản lý trực tiếp ban hành quyết định ...": a regulation binds a class
 * of bodies once with a word of duty ("... có trách nhiệm", "... phải")
 * and then writes it as the subject of the main clause of a case, after
 * the fronted condition or time (its comma or "thì"), with the plain verb
 * of what it does there, or through its head ("người đứng đầu", "thủ
 * trưởng" X). Such a clause is a duty of the class. The class is one the
 * document already named, its longest name written there, since a class
 * holds verbs of its own ("quản lý", "kiểm định") that a reading of the
 * clause alone would take for the predicate; a predicate must follow it
 * (a verb, a word of duty or manner, a negation and a verb: a
 * prohibition), not "được" (a permission, or the passive of what others
 * do to it). A class only inside the condition ("Trường hợp phát hiện tổ
 * chức kiểm định vi phạm, ...") stands before no comma of the case and is
 * given nothing; nor is one after a comma the condition's own list puts
 * before its verb ("Trường hợp bộ, cơ quan ngang bộ có ý kiến ..."): the
 * comma that ends a condition follows a verb. After "thì" the main clause
 * has begun: a class that does not open it (a time fronted there aside)
 * is in its object, not its subject; so after a comma that opens it with
 * another subject (opens_other_subject). Read after every other reading of
 * the text, so the class's own duty clause may come later than the case. */
void ag_known_class_cases(actx *c)
{
    static const char *const fronts[] = {"trong truong hop", "truong hop", "khi", "neu", "sau khi", "truoc khi",
                                         NULL};
    static const char *const heads[] = {"nguoi dung dau", "thu truong", NULL};
    static const char *const times[] = {"ngay sau khi", "sau khi", "truoc khi", "khi", "trong thoi han", "ke tu",
                                        "cham nhat", NULL};
    const seg_doc *d = c->d;
    size_t na = c->r->n_agencies, nk = 0;
    if (!na || c->reg_from >= d->nparas)
        return;
    char **known = calloc(na, sizeof *known);
    if (!known) {
        c->d->oom = 1;
        return;
    }
    for (size_t k = 0; k < na; k++)
        if ((known[nk] = known_class(&c->r->agencies[k])) != NULL)
            nk++;
    for (size_t i = c->reg_from; i < d->nparas && nk; i++) {
        const seg_para *p = &d->paras[i];
        const char *f = p->fold;
        size_t n = p->nchar, a = skip_sp(f, n, p->label_chars);
        if ((c->in_form && c->in_form[i]) || !ag_reg_clause(d, i) || !seg_word_in(f, n, a, fronts))
            continue;
        if (seg_word_at(f, n, a, "khi") && !seg_marks_match(p, a, "khi"))
            continue; /* "Khí thải ...": a gas, no time */
        /* the case's first sentence */
        size_t e = a;
        while (e < n && !strchr(";:", f[e]) && !(f[e] == '.' && (e + 1 == n || f[e + 1] == ' ')))
            e++;
        size_t fl = seg_word_in(f, n, a, fronts);
        int cverb = 0; /* a verb in the condition so far: a clause, no list's subject */
        for (size_t q = a + 1; q < e; q++) {
            size_t s;
            int then = f[q - 1] == ' ' && ag_then_at(p, q);
            if (q >= a + fl && f[q - 1] == ' ' && !then && seg_wc_verb_at(p, q))
                cverb = 1;
            if (f[q] == ',' && cverb)
                s = skip_sp(f, n, q + 1);
            else if (then)
                s = skip_sp(f, n, q + 3);
            else
                continue;
            size_t hl = seg_word_in(f, n, s, heads);
            if (hl)
                s = skip_sp(f, n, s + hl);
            /* "... của Bộ trưởng, Thủ trưởng cơ quan ngang bộ ...": a list
             * of heads, no clause's subject */
            if (hl && q >= 7 && seg_word_at(f, n, q - 6, "truong"))
                break;
            size_t best = 0;
            for (size_t k = 0; k < nk; k++) {
                size_t l = strlen(known[k]);
                if (l > best && s + l < e && f[s + l] == ' ' && !memcmp(f + s, known[k], l))
                    best = l;
            }
            if (!best) {
                /* "thì" opens the main clause: its subject is no class
                 * named, unless a time fronted in it comes first ("... thì
                 * ngay sau khi ..., cơ quan thi hành án dân sự ...") */
                if (then && !seg_word_in(f, n, s, times))
                    break;
                if (!then && opens_other_subject(p, q, s, e, times))
                    break;
                continue;
            }
            size_t v = skip_sp(f, n, s + best);
            /* the class as an applicant, asking for what a body gives
             * ("chủ đầu tư dự án có nhu cầu ...", "... đề nghị cấp lại",
             * "... nộp hồ sơ"): served by the procedure, no task of its own
             * (ANNOTATING.md, the applicant) */
            static const char *const applies[] = {"co nhu cau", "de nghi cap", "nop ho so", "nop don", NULL};
            size_t al = seg_word_in(f, n, v, applies);
            /* "đề nghị cấp có thẩm quyền / cấp trên ...": it proposes to a
             * higher level, a task */
            size_t w = skip_sp(f, n, v + al);
            if (al && !(seg_word_at(f, n, v, "de nghi cap") &&
                        (seg_word_at(f, n, w, "co tham quyen") || seg_word_at(f, n, w, "tren"))))
                break;
            if (seg_word_at(f, n, v, "khong") && seg_marks_match(p, v, "không"))
                v = skip_sp(f, n, v + 5);
            /* "được", "bị": the passive of what others do to it, or a
             * permission; "có thẩm quyền": its complement ("cơ quan y tế
             * có thẩm quyền được ...") */
            int verb = !seg_capital_at(p, v) && !(seg_word_at(f, n, v, "duoc") && seg_marks_match(p, v, "được")) &&
                       !(seg_word_at(f, n, v, "bi") && seg_marks_match(p, v, "bị")) &&
                       !seg_word_at(f, n, v, "co tham quyen") &&
                       (seg_wc_verb_at(p, v) || seg_predicate_word_at(p, v) || seg_duty_at(p, v, 1) ||
                        seg_manner_at(p, v));
            if (verb) {
                hit h;
                if (ag_written_hit(p, s, s + best, 1, &h)) {
                    h.keep_name = 1;
                    ag_assign(c, &h, p, "thực hiện", 1);
                    ag_free_hits(&h, 1);
                }
            }
            break; /* the case's main clause: the first comma a class follows */
        }
    }
    for (size_t k = 0; k < nk; k++)
        free(known[k]);
    free(known);
}
