/*
 * sane.c: is a candidate's name one a reader would write? The last check
 * before a candidate becomes an agency (ag_find_or_add), on the grammar of
 * Vietnamese names: a name is a noun phrase, so it does not hold the
 * clause's words (a function word at its end, "gồm" listing members, a
 * formula of duty), it is not an anaphor ("cơ quan đó") or an indefinite
 * ("cơ quan nào") standing for a body named elsewhere or nowhere, its head
 * is not printed twice over a slip of the keyboard ("Bộ Bộ phận"), and
 * it does not end inside a word of two syllables ("các Phòng Kiểm" of
 * "Kiểm tra"); a proper name holds no provision cited after it ("Bộ Công
 * an quy định tại Điều 31") nor the verb "cấp" that opens the predicate.
 * Such a candidate is cut back to its name or dropped.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "segment/agencies_internal.h"

/* Words of the clause that end no name: conjunctions, prepositions, the
 * copula, the passive and permissive "được", "bị", "gồm" that lists
 * members, adverbs of time ("trước đó": before, not that body). Matched with their marks ("về", not "vệ" of "Cảnh vệ"). */
static const char *const tail_words[] = {"bao gồm", "như sau", "trước đó", "sau đó", "và", "hoặc", "gồm", "của", "với", "theo", "tại", "để", "cho", "về", "trong",
                                         "thì", "là", "mà", "nếu", "khi", "đối", "được", "bị", "sau", "trước", NULL};

/* Words after which the rest is a clause, not the name: the verb that
 * lists members and the formulas of duty. Not the modal "phải": "cơ quan
 * phải thi hành án" names a class by its duty. */
static const char *const clause_words[] = {" bao gồm ", " gồm ", " có trách nhiệm", " chịu trách nhiệm", NULL};

/* Words that cite where a provision is ("quy định tại Điều 31", "theo
 * quy định tại khoản 2"). After a class's noun such a reference restricts
 * it ("các cơ quan quy định tại Điều 6": which bodies), and a reader keeps
 * it; after a proper name, which names one body, it restricts nothing and
 * belongs to the clause ("Trách nhiệm của Bộ Công an quy định tại Điều
 * 31": the duties are what the article holds). */
static const char *const reference_words[] = {" theo quy định", " được quy định", " quy định tại", NULL};

/* Is the name a proper name: a body, not a class, its second word
 * capitalised ("Bộ Công an", "Sở Tài chính"; not "Ban quản lý ...")? */
static int proper_name(const hit *h)
{
    const char *sp2 = strchr(h->name, ' ');
    if (h->collective || !sp2)
        return 0;
    size_t i = (size_t)(sp2 + 1 - h->name), l = strlen(h->name);
    return cp_is_upper(seg_utf8_next(h->name, l, &i));
}

/* Anaphors and indefinites that end a noun phrase standing for no named
 * body. */
static const char *const pointer_words[] = {"đó", "ấy", "nào", "nêu trên", "kể trên", "trên đây", NULL};

/* Does s end in the word w (after a space)? */
static int ends_word(const char *s, size_t n, const char *w)
{
    size_t l = strlen(w);
    return n > l && s[n - l - 1] == ' ' && !memcmp(s + n - l, w, l);
}

/* The character count of the first n bytes of s. */
static size_t chars_of(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* Cut h's name to its first n bytes; the span too when the name is the
 * span's text, so that as_written keeps to the name. */
static void cut_name(const seg_para *p, hit *h, size_t n)
{
    size_t sb = p->cpos[h->b] - p->cpos[h->a];
    if (sb >= n && !memcmp(p->text + p->cpos[h->a], h->name, n) && sb == strlen(h->name))
        h->b = h->a + chars_of(h->name, n);
    while (h->b > h->a && p->fold[h->b - 1] == ' ')
        h->b--;
    h->name[n] = '\0';
}

/* Is the word at character i of p (folded, i..e) the word at j..f, read
 * with its marks, in any case of its first letter? */
static int same_word(const seg_para *p, size_t i, size_t e, size_t j, size_t f)
{
    if (e - i != f - j || memcmp(p->fold + i, p->fold + j, e - i))
        return 0;
    const char *a = p->text + p->cpos[i], *b = p->text + p->cpos[j];
    size_t la = p->cpos[e] - p->cpos[i];
    if (la != p->cpos[f] - p->cpos[j])
        return 0;
    size_t ia = 0, ib = 0;
    uint32_t ca = seg_utf8_next(a, la, &ia), cb = seg_utf8_next(b, la, &ib);
    return cp_to_lower(ca) == cp_to_lower(cb) && ia == ib && !memcmp(a + ia, b + ib, la - ia);
}

/* A head printed twice ("Bộ Bộ phận", "các các bộ"): the name's first
 * word, or the first after a plural, the same as the next. A syllable
 * twice further on is often Vietnamese, one word ending and the next
 * beginning ("truyền thông thông tin", "cơ quan quan tâm"), which the
 * lexicon does not always know; so only the head is read. */
static int doubled_head(const seg_para *p, const hit *h)
{
    size_t i = h->a;
    for (int k = 0; k < 2; k++) {
        size_t e = i;
        while (e < h->b && p->fold[e] != ' ')
            e++;
        size_t j = skip_sp(p->fold, h->b, e), f = j;
        while (f < h->b && p->fold[f] != ' ')
            f++;
        if (j >= h->b || !isalpha((unsigned char)p->fold[i]))
            return 0;
        if (same_word(p, i, e, j, f))
            return 1;
        if (!seg_word_at(p->fold, p->nchar, i, "cac") && !seg_word_at(p->fold, p->nchar, i, "nhung"))
            return 0;
        i = j;
    }
    return 0;
}

/* Does the lexicon read the syllables at i and the next one as one word
 * ("An toàn", "Kiểm tra")? */
static int two_syllables_at(const seg_para *p, size_t i, size_t e)
{
    int verb, vcomp;
    return p->wc && seg_wc_word_at(p, i, &verb, &vcomp) > e - i;
}

/* The span ends inside a word: its last syllable is capitalised, the text
 * goes on with a lower-case one after a space, and the lexicon reads the
 * two as one word ("xã An" of "An toàn khu", "Phòng Kiểm" of "Kiểm tra").
 * A proper name capitalises the first syllable of each of its words, so
 * such a pair is one word of it cut in two. */
static int cut_inside_word(const seg_para *p, const hit *h)
{
    size_t b = h->b;
    while (b > h->a && p->fold[b - 1] == ' ')
        b--;
    if (b >= p->nchar || p->fold[b] != ' ' || b + 1 >= p->nchar || !isalpha((unsigned char)p->fold[b + 1]))
        return 0;
    size_t ls = b;
    while (ls > h->a && p->fold[ls - 1] != ' ')
        ls--;
    size_t i = p->cpos[ls], k = p->cpos[b + 1];
    uint32_t first = seg_utf8_next(p->text, p->cpos[p->nchar], &i), next = seg_utf8_next(p->text, p->cpos[p->nchar], &k);
    return cp_is_upper(first) && cp_is_lower(next) && two_syllables_at(p, ls, b);
}

/* "cấp" at a name's end is the noun (a level) or the verb "cấp" (issue)
 * that opens the predicate ("Ban Quản lý cấp hoặc không cấp giấy phép",
 * "Cục Lãnh sự cấp hộ chiếu"). It is the verb where the level was said
 * already ("Ủy ban nhân dân cấp tỉnh cấp ..."), and after a proper name's
 * word in lower case: such a name ends on a word of its own ("Lãnh sự",
 * "Quản lý"), where "cấp" after a capital may be the second syllable of
 * one ("Trường Trung cấp"), and in a class's name the noun ends compounds
 * ("trường trung cấp", "bán hàng đa cấp", "phân cấp"). A word that counts
 * levels before it ("các cấp", "cùng cấp", "liên cấp") makes it the noun.
 * Does s[0, n) end in that verb? proper: the name is a proper name. */
static int ends_in_issue(const char *s, size_t n, int proper)
{
    static const char *const counts[] = {"các", "cùng", "mọi", "từng", "liên", "hai", "ba", "nhiều", NULL};
    static const char *const levels[] = {" cấp tỉnh cấp", " cấp xã cấp", " cấp huyện cấp", NULL};
    if (!ends_word(s, n, "cấp"))
        return 0;
    for (int k = 0; levels[k]; k++)
        if (n >= strlen(levels[k]) && !memcmp(s + n - strlen(levels[k]), levels[k], strlen(levels[k])))
            return 1;
    size_t w = n - strlen("cấp") - 1, b = w;
    while (b > 0 && s[b - 1] != ' ')
        b--;
    for (int k = 0; counts[k]; k++)
        if (w - b == strlen(counts[k]) && !memcmp(s + b, counts[k], w - b))
            return 0;
    size_t i = b;
    return proper && b > 0 && cp_is_lower(seg_utf8_next(s, n, &i));
}

int ag_sane_name(const seg_para *p, hit *h)
{
    if (!h->name)
        return 1;
    if (!h->keep_name && (doubled_head(p, h) || cut_inside_word(p, h)))
        return 0;
    size_t n = strlen(h->name);
    /* the clause after the name ("Hội đồng thi tỉnh gồm Chủ tịch ...") */
    for (int k = 0; clause_words[k]; k++) {
        const char *w = strstr(h->name, clause_words[k]);
        if (w && w > h->name && (size_t)(w - h->name) < n)
            n = (size_t)(w - h->name);
    }
    for (int k = 0; proper_name(h) && reference_words[k]; k++) {
        const char *w = strstr(h->name, reference_words[k]);
        if (w && (size_t)(w - h->name) < n)
            n = (size_t)(w - h->name);
    }
    /* a stray lower-case letter ("... thực vật f"): not "y" of "Y tế",
     * "Quân y", nor a capital that numbers a body ("khu vực V") */
    if (n > 2 && h->name[n - 2] == ' ' && islower((unsigned char)h->name[n - 1]) && h->name[n - 1] != 'y')
        n -= 2;
    for (int again = 1; again;) {
        again = 0;
        for (int k = 0; tail_words[k]; k++)
            if (ends_word(h->name, n, tail_words[k])) {
                n -= strlen(tail_words[k]) + 1;
                again = 1;
            }
        if (ends_in_issue(h->name, n, proper_name(h))) {
            n -= strlen("cấp") + 1;
            again = 1;
        }
    }
    /* the comma or colon the cut leaves ("... tham gia, chịu trách nhiệm") */
    while (n > 0 && strchr(" ,;:", h->name[n - 1]))
        n--;
    for (int k = 0; pointer_words[k]; k++)
        if (ends_word(h->name, n, pointer_words[k]))
            return 0;
    if (n == 0)
        return 0;
    if (n < strlen(h->name))
        cut_name(p, h, n);
    return 1;
}
