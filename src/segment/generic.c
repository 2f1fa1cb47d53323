/*
 * generic.c: the extent of a generic noun phrase that names a class of
 * bodies in lower case ("cơ quan có thẩm quyền", "đơn vị quản lý, vận hành
 * công trình", "doanh nghiệp, tổ chức, cơ sở giáo dục tự chủ tài chính").
 *
 * Vietnamese puts a noun's modifiers after it. Such a phrase is a head
 * noun that names bodies by their kind, the heads coordinated with it by a
 * comma, "và" or "hoặc" ("cơ quan, tổ chức, cá nhân"), then what restricts
 * them: nouns and adjectives ("chuyên môn", "tự chủ tài chính"), the work
 * the bodies do, a verb right after the heads ("đơn vị quản lý", "cơ quan
 * phối hợp"), with its object and verbs joined to it ("quản lý, vận
 * hành"), and a relative clause opened by "có", "được", "do", "mà",
 * "thuộc", "trực thuộc", "nơi", whose verbs are its own ("có nhiệm vụ bảo
 * vệ", "được phân công", "thuộc Ủy ban nhân dân tỉnh"), or the level "cấp
 * trên" and "(có) liên quan". The phrase ends at its clause's predicate: a
 * formula or modal of duty ("có trách nhiệm", "phải"), a word that opens a
 * predicate, a verb the lexicon (lang/wordclass.tsv) knows after a
 * modifier that is no verb; at a preposition that opens an adjunct
 * ("theo", "trong", "để", "đối với"); at other punctuation.
 */
#include <string.h>

#include "segment/funcwords.h"
#include "segment/seg_internal.h"

/* The head nouns, folded, with the text each is written as: a kind of
 * body, not a person ("cá nhân" only coordinated with one: ANNOTATING.md
 * gives persons no role) nor an internal unit ("bộ phận"). */
static const seg_class_word heads[] = {
    {"nha cung cap", "nhà cung cấp", NULL},  {"nha dau tu", "nhà đầu tư", NULL},
    {"chu dau tu", "chủ đầu tư", NULL},      {"chu so huu", "chủ sở hữu", NULL},
    {"nha thau", "nhà thầu", NULL},          {"doanh nghiep", "doanh nghiệp", NULL},
    {"co quan", "cơ quan", NULL},            {"don vi", "đơn vị", NULL},
    {"to chuc", "tổ chức", NULL},            {"co so", "cơ sở", NULL},
    {"luc luong", "lực lượng", NULL},        {"chinh quyen", "chính quyền", NULL},
    {NULL, NULL, NULL}};

/* Compounds opening with a head that name things, not bodies. */
static const char *const things[] = {"co so du lieu", "co so ha tang", "co so vat chat", "co so phap ly",
                                     "co so khoa hoc", "co so thuc tien", "co so de", "don vi hanh chinh",
                                     "don vi tinh", "to chuc thuc hien", "to chuc trien khai", NULL};

/* Words that open an adjunct or a clause of its own, never inside the
 * phrase. */
static const seg_class_word adjuncts[] = {
    {"doi voi", "đối với", NULL}, {"theo", "theo", NULL}, {"trong", "trong", NULL}, {"cho", "cho", NULL},
    {"voi", "với", NULL},         {"khi", "khi", NULL},   {"neu", "nếu", NULL},     {"thi", "thì", NULL},
    {"nham", "nhằm", NULL},       {"tu", "từ", NULL},     {"den", "đến", NULL},     {"ve", "về", NULL},
    {"bang", "bằng", NULL},       {"tai", "tại", NULL},   {NULL, NULL, NULL}};

/* A preposition or conjunction of those at q, read with its marks ("từ",
 * not "tự" of "tự chủ"): its length, or 0. */
static size_t adjunct_at(const seg_para *p, size_t q)
{
    return seg_class_word_at(p, q, adjuncts);
}

/* A preposition of place, read with its marks ("trên", "tại", "ở"): its
 * length at q, or 0. */
static size_t place_at(const seg_para *p, size_t q)
{
    static const seg_class_word places[] = {{"tren", "trên", NULL}, {"tai", "tại", NULL}, {"o", "ở", NULL},
                                            {NULL, NULL, NULL}};
    return seg_class_word_at(p, q, places);
}

/* Nouns and adjectives of two syllables whose second folds like a verb
 * the lexicon knows alone: "nhà ở" (housing), "công lập" (public). */
static const char *const compounds[] = {"nha o", "cong lap", "dan lap", "doc lap", NULL};

static size_t word_len(const seg_para *p, size_t q)
{
    size_t e = q;
    while (e < p->nchar && (p->fold[e] >= 'a' && p->fold[e] <= 'z' ? 1 : p->fold[e] >= '0' && p->fold[e] <= '9'))
        e++;
    return e - q;
}

static int is_letter(const seg_para *p, size_t q)
{
    return q < p->nchar && ((p->fold[q] >= 'a' && p->fold[q] <= 'z') || (p->fold[q] >= '0' && p->fold[q] <= '9'));
}

static size_t any(const seg_para *p, size_t q, const char *const *list)
{
    return seg_word_in(p->fold, p->nchar, q, list);
}

/* A head noun at q, written with its marks in any case: its length, or 0. */
static size_t head_at(const seg_para *p, size_t q)
{
    if (q >= p->nchar || any(p, q, things))
        return 0;
    return seg_class_word_at(p, q, heads);
}

/* A head coordinated after the first: those above and "cá nhân", which
 * names persons beside the organisations ("cơ quan, tổ chức, cá nhân"). */
static size_t coordinated_head(const seg_para *p, size_t q)
{
    size_t l = head_at(p, q);
    if (!l && seg_word_at(p->fold, p->nchar, q, "ca nhan") && seg_marks_match(p, q, "cá nhân"))
        l = strlen("ca nhan");
    return l;
}

/* A function word at q (funcwords.c, which reads "về", "để", "tại" ...
 * with their marks), but not "tự", which funcwords.c lets end a noun
 * phrase as the adverb does, nor "nay" in any form but "này": here they
 * may go on a generic noun's modifier ("đơn vị tự chủ", self-governing;
 * "năm nay", this year). Its length, or 0. */
static size_t function_at(const seg_para *p, size_t q)
{
    size_t l = seg_function_word_at(p, q);
    /* "cung" unmarked opens the verbs of supply, "cung cấp", "cung ứng":
     * the work of a class ("tổ chức cung cấp dịch vụ"), no "cùng", "cũng" */
    if (l == 4 && seg_word_at(p->fold, p->nchar, q, "cung") && seg_marks_match(p, q, "cung"))
        return 0;
    if (l == strlen("tu") && seg_word_at(p->fold, p->nchar, q, "tu"))
        return seg_marks_match(p, q, "từ") ? l : 0;
    if (l == strlen("nay") && seg_word_at(p->fold, p->nchar, q, "nay"))
        return seg_marks_match(p, q, "này") ? l : 0;
    return l;
}

/* A verb at q: one of the name readers' stop verbs (bodies.c) or a word
 * the lexicon reads as a verb four times in five; its length, or 0. */
static size_t verb_len(const seg_para *p, size_t q)
{
    int v = 0, vc = 0;
    size_t l = seg_wc_word_at(p, q, &v, &vc);
    if (l && v && !function_at(p, q))
        return l;
    if (seg_verb_at(p, q))
        return l ? l : word_len(p, q);
    return 0;
}

/* Does a predicate open at q: a word that opens one (funcwords.c: a
 * formula or modal of duty, an adverb of duty, an aspect word written as
 * one), or "có quyền", a power a regulation gives the class? The name
 * readers of bodies.c need no "có quyền": "có" ends a name there by
 * itself (its stop words), where here "có" opens a relative clause
 * ("có nhiệm vụ ...") that "có quyền" must not be read as. */
static int predicate_at(const seg_para *p, size_t q)
{
    return seg_predicate_word_at(p, q) || seg_word_at(p->fold, p->nchar, q, "co quyen");
}

/* An adverb Vietnamese puts between a subject and its verb, a negation
 * or a word of scope, read with its marks: "không", "chưa", "chỉ",
 * "còn", "cũng", "vẫn", "đều", and "tự" (by itself) before the
 * predicate ("tự chịu trách nhiệm"). */
static int adverb_at(const seg_para *p, size_t q)
{
    static const seg_class_word adv[] = {
        {"khong", "không", NULL}, {"chua", "chưa", NULL}, {"chi", "chỉ", NULL}, {"con", "còn", NULL},
        {"cung", "cũng", NULL},   {"van", "vẫn", NULL},   {"deu", "đều", NULL}, {NULL, NULL, NULL}};
    if (seg_class_word_at(p, q, adv))
        return 1;
    return seg_word_at(p->fold, p->nchar, q, "tu") && seg_marks_match(p, q, "tự") &&
           predicate_at(p, skip_sp(p->fold, p->nchar, q + 2));
}

/* The relative words that open a clause restricting the heads ("có
 * nhiệm vụ ...", "được giao ...", "do Sở ... quản lý", "thuộc ...", "nơi
 * xảy ra ..."), read with their marks: the length at q, or 0. */
static size_t relative_at(const seg_para *p, size_t q)
{
    static const seg_class_word rel[] = {
        {"truc thuoc", "trực thuộc", NULL}, {"thuoc", "thuộc", NULL}, {"co", "có", NULL},
        {"duoc", "được", NULL},             {"do", "do", NULL},       {"ma", "mà", NULL},
        {"noi", "nơi", NULL},               {NULL, NULL, NULL}};
    return seg_class_word_at(p, q, rel);
}

/* A noun at q that may be coordinated with a modifier before it: lower
 * case, no head, no member noun of a group ("sở", "ngành", "địa phương",
 * "chi nhánh" ...), no person ("người", "hộ", "cá nhân"), no level ("cấp
 * xã": two levels are two classes), no determiner, verb, relative or
 * function word. Its length, or 0. */
static size_t coordinated_modifier(const seg_para *p, size_t q)
{
    static const char *const members[] = {
        "so", "ban", "nganh", "bo", "dia phuong", "doan the", "chi nhanh", "trung tam", "vien", "truong",
        "ngan hang", "hop tac xa", "hoi", "hiep hoi", "cuc", "vu", "phong", "dai", "bao", "van phong",
        "nguoi", "ho", "ca nhan", "cong dan", "nhan dan", "gia dinh", "nha", "chu", "uy ban", "hoi dong",
        "to", "doi", "doan", "cong dong", "quy", "benh vien", "cac", "nhung", "moi", "cap tinh", "cap huyen",
        "cap xa", "cap tren", "cap trung uong", "cap co tham quyen", NULL};
    if (!is_letter(p, q) || seg_capital_at(p, q) || coordinated_head(p, q) || any(p, q, members) ||
        predicate_at(p, q) || adverb_at(p, q) || function_at(p, q) || relative_at(p, q) || verb_len(p, q))
        return 0;
    int v = 0, vc = 0;
    size_t wl = seg_wc_word_at(p, q, &v, &vc);
    return wl ? wl : word_len(p, q);
}

size_t seg_generic_head_at(const seg_para *p, size_t i) { return head_at(p, i); }

size_t seg_generic_modifier_at(const seg_para *p, size_t i) { return coordinated_modifier(p, i); }

size_t seg_generic_np_end(const seg_para *p, size_t i)
{
    const char *f = p->fold;
    size_t n = p->nchar, l = head_at(p, i);
    if (!l || (i > 0 && is_letter(p, i - 1)))
        return 0;
    /* "Tổ chức thực hiện ...": the verb, not the noun */
    if (seg_word_at(f, n, i, "to chuc") && verb_len(p, skip_sp(f, n, i + l)))
        return 0;
    size_t end = i + l;
    /* where the phrase stands: right after the heads (the work may
     * follow), after a noun modifier, in the work (its verbs and object),
     * in a relative clause (its verbs are its own) */
    enum { HEADS, NOUN, WORK, OBJECT, REL } at = HEADS;
    for (int words = 0; words < 30; words++) {
        size_t q = skip_sp(f, n, end), hl;
        if (q >= n)
            break;
        if (f[q] == ',' || seg_word_at(f, n, q, "va") || seg_word_at(f, n, q, "hoac")) {
            size_t c = skip_sp(f, n, q + (f[q] == ',' ? 1 : seg_word_at(f, n, q, "va") ? 2 : 4));
            /* another head shares the modifiers after it: "cơ quan, tổ
             * chức sử dụng ngân sách", while after a modifier it names a
             * class of its own and the caller reads it so */
            if (at == HEADS && (hl = coordinated_head(p, c))) {
                end = c + hl;
                continue;
            }
            /* the work's verbs joined, "quản lý, vận hành công trình",
             * and in a relative clause its words: "có nhiệm vụ bảo vệ,
             * chăm sóc, giáo dục trẻ em" */
            size_t vl;
            if (f[q] == ',' && at == WORK && !seg_capital_at(p, c) && (vl = verb_len(p, c))) {
                end = c + vl;
                continue;
            }
            /* after a noun modifier or the work's object, a noun of the
             * same kind coordinated with it: "doanh nghiệp viễn thông, bưu
             * chính", "cơ sở kinh doanh dược, mỹ phẩm" (one head, two
             * modifiers); not a head, a member noun or a person, which open
             * the list's next part, nor a verb, which opens the predicate */
            if (f[q] == ',' && (at == NOUN || at == OBJECT) && (vl = coordinated_modifier(p, c))) {
                end = c + vl;
                continue;
            }
            if (f[q] == ',' && at == REL && is_letter(p, c) && !seg_capital_at(p, c) && !coordinated_head(p, c) &&
                !predicate_at(p, c) && !function_at(p, c) && !relative_at(p, c)) {
                int v = 0, vc = 0;
                size_t wl = seg_wc_word_at(p, c, &v, &vc);
                end = c + (wl ? wl : word_len(p, c));
                continue;
            }
            break;
        }
        if (!is_letter(p, q) || predicate_at(p, q) || adverb_at(p, q))
            break;
        if ((l = seg_word_at(f, n, q, "cap tren") ? strlen("cap tren") : 0) ||
            (l = seg_word_at(f, n, q, "co lien quan") ? strlen("co lien quan") : 0) ||
            (l = seg_word_at(f, n, q, "lien quan") ? strlen("lien quan") : 0)) {
            end = q + l;
            at = NOUN;
            continue;
        }
        if ((l = relative_at(p, q))) {
            /* "có" that opens the predicate ("có văn bản") stays the
             * caller's to see: a clause of "có" ends at the predicate
             * like any other */
            end = q + l;
            at = REL;
            continue;
        }
        /* where the bodies stand, right after the heads or a modifier:
         * "cơ quan, tổ chức ở trung ương", "cá nhân trong nước" */
        if ((at == HEADS || at == NOUN) && (l = seg_located_at(p, q))) {
            end = q + l;
            at = NOUN;
            continue;
        }
        /* where the work is done belongs to it: "tổ chức, cá nhân kinh
         * doanh trên không gian mạng", "cá nhân, tổ chức nước ngoài cư trú
         * và hoạt động trên lãnh thổ Việt Nam"; after the heads or a noun
         * the place opens an adjunct */
        if ((at == WORK || at == OBJECT || at == REL) && (l = place_at(p, q))) {
            /* the place's first noun is read as one, "không gian mạng"
             * (space), not the adverb "không" */
            size_t w = skip_sp(f, n, q + l);
            if (!is_letter(p, w) || predicate_at(p, w))
                break;
            int v = 0, vc = 0;
            size_t wl = seg_wc_word_at(p, w, &v, &vc);
            end = w + (wl ? wl : word_len(p, w));
            at = OBJECT;
            continue;
        }
        if (adjunct_at(p, q) && !verb_len(p, q))
            break;
        if ((l = any(p, q, compounds))) {
            end = q + l;
            at = at == HEADS ? NOUN : at == WORK ? OBJECT : at;
            continue;
        }
        if (seg_capital_at(p, q)) {
            /* a name inside the phrase: the object of its work ("cơ
             * quan quản lý Quỹ"), its owner ("thuộc Ủy ban nhân dân
             * tỉnh") */
            if (at == HEADS)
                break;
            end = q + word_len(p, q);
            if (at == WORK)
                at = OBJECT;
            continue;
        }
        size_t vl = verb_len(p, q);
        if (vl) {
            if (at == HEADS || at == WORK || at == REL) {
                end = q + vl; /* the work ("đơn vị chủ trì thi công"), or the clause's own verb */
                if (at == HEADS)
                    at = WORK;
                continue;
            }
            break; /* after a noun or the work's object: the predicate */
        }
        if (function_at(p, q))
            break;
        int v = 0, vc = 0;
        size_t wl = seg_wc_word_at(p, q, &v, &vc);
        end = q + (wl ? wl : word_len(p, q));
        at = at == HEADS ? NOUN : at == WORK ? OBJECT : at;
    }
    return end;
}
