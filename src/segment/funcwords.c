/*
 * funcwords.c: the segmenter's function words, one list each: the modal
 * and aspect words, the formulas of duty, the words that open a predicate
 * and the adverbs before a verb, the function words of a noun phrase's
 * surroundings; and the one reading of a word with its marks in any case.
 * The readers of names (bodies.c), of assignments (assign.c,
 * regulation.c) and of goals (norms.c) ask here, so a word added to a
 * class reaches every reader of it.
 */
#include <string.h>

#include "segment/funcwords.h"

int seg_marks_match(const seg_para *p, size_t i, const char *text)
{
    size_t tb = p->cpos[i], te = p->cpos[p->nchar], k = 0, tl = strlen(text);
    while (k < tl) {
        if (tb >= te)
            return 0;
        uint32_t a = cp_to_lower(seg_utf8_next(p->text, te, &tb));
        uint32_t b = seg_utf8_next(text, tl, &k);
        if (a != b)
            return 0;
    }
    return 1;
}

int seg_capital_at(const seg_para *p, size_t i)
{
    if (i >= p->nchar)
        return 0;
    size_t b = p->cpos[i];
    return cp_is_upper(seg_utf8_next(p->text, p->cpos[p->nchar], &b));
}

/* The modal and aspect words, and the syllables they fold with inside a
 * modifier: "sẽ", not "sẻ" of "chia sẻ" (share); "đã", not "đa" of "đa
 * ngành"; "đang", not "đăng" of "đăng ký"; "cần", not "cán" of "cán bộ";
 * "phải", not "phái". Read in any case: a heading in capitals writes
 * "PHẢI", "CẦN". */
static const struct {
    const char *fold, *text;
    int modal;
} modals[] = {{"se", "sẽ", 0}, {"da", "đã", 0}, {"dang", "đang", 0}, {"can", "cần", 1}, {"phai", "phải", 1}};

size_t seg_modal_at(const seg_para *p, size_t i, int *written, int *modal)
{
    for (size_t k = 0; k < sizeof modals / sizeof modals[0]; k++)
        if (seg_word_at(p->fold, p->nchar, i, modals[k].fold)) {
            if (written)
                *written = seg_marks_match(p, i, modals[k].text);
            if (modal)
                *modal = modals[k].modal;
            return strlen(modals[k].fold);
        }
    return 0;
}

size_t seg_written_modal_at(const seg_para *p, size_t i)
{
    int written = 0;
    size_t l = seg_modal_at(p, i, &written, NULL);
    return written ? l : 0;
}

size_t seg_class_word_at(const seg_para *p, size_t i, const seg_class_word *list)
{
    size_t best = 0;
    for (int k = 0; list[k].fold; k++) {
        size_t l = strlen(list[k].fold);
        if (l > best && seg_word_at(p->fold, p->nchar, i, list[k].fold) &&
            (!list[k].text || seg_marks_match(p, i, list[k].text) ||
             (list[k].text2 && seg_marks_match(p, i, list[k].text2))))
            best = l;
    }
    return best;
}

/* The formulas of duty: what a regulation or a plan says a body must
 * answer for. */
static const seg_class_word duty[] = {
    {"co trach nhiem", NULL, NULL}, {"chiu trach nhiem", NULL, NULL}, {NULL, NULL, NULL}};

/* The words of leading (ANNOTATING.md, fifth rule set) */
static const seg_class_word lead_words[] = {
    {"chu tri", NULL, NULL}, {"dau moi", NULL, NULL}, {"lam dau moi", NULL, NULL}, {"la dau moi", NULL, NULL},
    {NULL, NULL, NULL}};

size_t seg_lead_word_at(const seg_para *p, size_t i)
{
    return seg_class_word_at(p, i, lead_words);
}

/* seg_located_at's prepositions of place */
static const seg_class_word located_preps[] = {{"tai", "tại", NULL}, {"o", "ở", NULL}, {NULL, NULL, NULL}};

size_t seg_located_at(const seg_para *p, size_t i)
{
    static const char *const where[] = {"dia phuong", "trung uong", "nuoc ngoai", NULL};
    const char *f = p->fold;
    size_t n = p->nchar, l = seg_class_word_at(p, i, located_preps), t, m;
    if (l) {
        t = skip_sp(f, n, i + l);
        m = !seg_capital_at(p, t) ? seg_word_in(f, n, t, where) : 0;
        if (!m)
            return 0;
        /* two levels of one class: "ở trung ương và địa phương" */
        size_t v = skip_sp(f, n, t + m), w = seg_word_at(f, n, v, "va") ? skip_sp(f, n, v + 2) : 0,
               o = w && !seg_capital_at(p, w) ? seg_word_in(f, n, w, where) : 0;
        return (o && !(o == m && !memcmp(f + w, f + t, m)) ? w + o : t + m) - i;
    }
    /* "trong và ngoài nước", at home and abroad: the whole class, said of
     * it. Not "trong nước" alone, which restricts it (domestic) and which
     * readers name the class without as often as with: taken, it cut
     * batch 9's val agencies 0.771 -> 0.767 */
    if (!seg_word_at(f, n, i, "trong va ngoai") || !seg_marks_match(p, i, "trong và ngoài"))
        return 0;
    t = skip_sp(f, n, i + strlen("trong va ngoai"));
    if (!seg_word_at(f, n, t, "nuoc") || seg_word_at(f, n, t, "nuoc ngoai") || !seg_marks_match(p, t, "nước"))
        return 0;
    return t + strlen("nuoc") - i;
}

/* seg_assigned_role_at's passives and the words of role after them */
static const seg_class_word assigned[] = {
    {"duoc giao", "được giao", NULL}, {"duoc phan cong", "được phân công", NULL}, {NULL, NULL, NULL}};
static const seg_class_word role_words[] = {
    {"chu tri", NULL, NULL}, {"phoi hop", NULL, NULL}, {"lam dau moi", NULL, NULL}, {"la dau moi", NULL, NULL},
    {NULL, NULL, NULL}};

size_t seg_assigned_role_at(const seg_para *p, size_t i)
{
    size_t l = seg_class_word_at(p, i, assigned), j = i + l;
    while (l && j < p->nchar && p->fold[j] == ' ')
        j++;
    return l && seg_class_word_at(p, j, role_words) ? l : 0;
}

/* Adverbs of duty and manner that stand before a subject's verb, as the
 * formulas of duty do. None can stand inside a noun phrase or after a
 * verb as its object. */
static const seg_class_word opens[] = {
    {"chu dong", NULL, NULL}, {"khan truong", NULL, NULL}, {"tiep tuc", NULL, NULL}, {"tap trung", NULL, NULL},
    {NULL, NULL, NULL}};

size_t seg_duty_at(const seg_para *p, size_t i, int must)
{
    size_t l = seg_class_word_at(p, i, duty);
    if (!l && must && seg_word_at(p->fold, p->nchar, i, "phai") && seg_written_modal_at(p, i))
        l = strlen("phai");
    return l;
}

size_t seg_predicate_opens(const seg_para *p, size_t i)
{
    size_t l = seg_duty_at(p, i, 0);
    if (l)
        return l;
    l = seg_class_word_at(p, i, opens);
    /* "tập trung vào" (focused on) may qualify the object before it: "kế
     * hoạch tập trung vào ..." */
    if (l && seg_word_at(p->fold, p->nchar, i, "tap trung") &&
        seg_word_at(p->fold, p->nchar, skip_sp(p->fold, p->nchar, i + l), "vao"))
        return 0;
    if (l)
        return l;
    int written = 0, modal = 0;
    if (seg_word_at(p->fold, p->nchar, i, "can cu")) /* "căn cứ" (pursuant to) */
        return 0;
    l = seg_modal_at(p, i, &written, &modal);
    return modal && written ? l : 0;
}

size_t seg_predicate_word_at(const seg_para *p, size_t i)
{
    size_t l = seg_predicate_opens(p, i);
    return l ? l : seg_written_modal_at(p, i);
}

/* Adverbs of manner and time that stand before a verb as those above do
 * but may also follow one ("xử lý kịp thời", "kiểm tra thường xuyên"),
 * so they open no predicate by themselves. */
static const seg_class_word manner[] = {
    {"tich cuc", NULL, NULL}, {"kip thoi", NULL, NULL}, {"thuong xuyen", NULL, NULL}, {"dinh ky", NULL, NULL},
    {"nghiem tuc", NULL, NULL}, {NULL, NULL, NULL}};

size_t seg_manner_at(const seg_para *p, size_t i)
{
    return seg_class_word_at(p, i, manner);
}

size_t seg_preverbal_word(const seg_para *p, size_t i)
{
    size_t l = seg_class_word_at(p, i, duty), m = seg_class_word_at(p, i, opens), k = seg_manner_at(p, i);
    l = m > l ? m : l;
    return k > l ? k : l;
}

size_t seg_preverbal_at(const seg_para *p, size_t i)
{
    size_t l = seg_predicate_opens(p, i);
    return l ? l : seg_manner_at(p, i);
}

/* Determiners, prepositions, conjunctions, the adverbs "cùng" and "cũng"
 * and the copula: the words around a noun phrase that are no verb of its
 * clause. Each with the written forms it means, read with their marks in
 * any case, since its folded form is also a noun or a verb: "để" (so as
 * to), not "đề" of "đề tài" (a research topic) nor "đê" (a dyke); "về",
 * not "vẽ" (draw) nor "vệ"; "do" (by), not "đó", "độ", "đỏ"; "tại", not
 * "tài"; "của", not "cửa" (a gate: "cửa khẩu"); "thuộc", not "thuốc"
 * (medicine); "trong", not "trọng". Two forms where both end a noun
 * phrase: "từ" and the adverb "tự" ("Hội đồng tự quyết định"), not "tư"
 * of "đầu tư"; "nếu" and "nêu" ("các cơ quan nêu tại khoản 1"). No form
 * where the list means many: "những" and "nhưng", "này" and "nay", "mọi"
 * and "mỗi", "hàng" and "hằng", "cùng" and "cũng". */
static const seg_class_word function_words[] = {
    {"cac", "các", NULL},      {"nhung", NULL, NULL},      {"cua", "của", NULL},        {"tai", "tại", NULL},
    {"tu", "từ", "tự"},        {"den", "đến", NULL},       {"tren", "trên", NULL},      {"trong", "trong", NULL},
    {"theo", "theo", NULL},    {"ve", "về", NULL},         {"ve viec", "về việc", NULL}, {"voi", "với", NULL},
    {"cho", "cho", NULL},      {"khi", "khi", NULL},       {"nham", "nhằm", NULL},      {"hoac", "hoặc", NULL},
    {"nay", NULL, NULL},       {"do", "do", NULL},         {"neu", "nếu", "nêu"},        {"mot so", "một số", NULL},
    {"moi", NULL, NULL},       {"o", "ở", NULL},           {"la", "là", NULL},          {"de", "để", NULL},
    {"thuoc", "thuộc", NULL},  {"truc thuoc", "trực thuộc", NULL}, {"hang", NULL, NULL}, {"huong", "hướng", NULL},
    {"cung", NULL, NULL},      {NULL, NULL, NULL}};

size_t seg_function_word_at(const seg_para *p, size_t i)
{
    return seg_class_word_at(p, i, function_words);
}
