/*
 * unlabelled.c: a letter's list whose labels were lost. A Công văn asks
 * its addressees for several things under a lead-in that announces them
 * ("..., Sở Y tế đề nghị Ủy ban nhân dân các xã, phường thực hiện các nội
 * dung sau:"), and a web copy or a PDF layer often drops the numbers or
 * bullets of that list, so its items reach us as plain paragraphs
 * ("Chỉ đạo Trạm Y tế ...", "Tổ chức tuyên truyền ..."). They are the list
 * all the same: for the agency pass they are marked as "-" items, so that
 * every rule on a lead-in and its items reads them, and given back their
 * state after it (sections and targets were read before).
 */
#include <stdlib.h>
#include <string.h>

#include "segment/agencies_internal.h"
#include "segment/funcwords.h"

/* Is p the issuer's lead-in over a list of requests: a body paragraph
 * whose last sentence asks or assigns in the issuer's voice ("đề nghị",
 * "yêu cầu", "giao", "chỉ đạo") and closes on the words that announce a
 * list ("... sau:", "... sau đây:", "... như sau:") or on the asking word
 * itself ("..., Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:")? A report announced
 * so ("Kết quả cụ thể như sau:") asks nothing and is none. */
static int asking_lead_in(const actx *c, const seg_para *p)
{
    static const char *const words[] = {"de nghi", "yeu cau", "giao", "chi dao", NULL};
    size_t n = seg_trimmed(p);
    if (p->mk != MK_NONE || p->in_header || n < 8 || p->fold[n - 1] != ':')
        return 0;
    size_t e = n - 1;
    while (e > 0 && p->fold[e - 1] == ' ')
        e--;
    int announces = ag_ends_with_word(p->fold, e, "sau") || ag_ends_with_word(p->fold, e, "sau day");
    for (size_t i = ag_last_sentence(p, n); i < e; i++) {
        if (i > 0 && p->fold[i - 1] != ' ')
            continue;
        size_t l = seg_word_in(p->fold, n, i, words);
        /* the word itself before the colon, "Chủ tịch Ủy ban nhân dân
         * tỉnh yêu cầu:", announces the list as "sau:" does */
        if (l && (announces || i + l == e) && !(i >= 5 && seg_word_at(p->fold, n, i - 5, "theo")) &&
            ag_issuer_asks(c, p, i))
            return 1;
    }
    return 0;
}

/* Does paragraph u open with an act, its verb first ("Rà soát ...",
 * "Chỉ đạo Sở ...", "Kịp thời báo cáo ...")? "Tổ chức" before a word in
 * small letters is the verb ("Tổ chức tuyên truyền ..."): the noun opening
 * a sentence would be a body's name, its words in capitals. */
static int opens_with_act(const seg_para *u)
{
    const char *f = u->fold;
    size_t n = u->nchar, b = ag_preverbal(u, skip_sp(f, n, 0));
    if (seg_word_at(f, n, b, "to chuc") && b + 8 < n && !seg_capital_at(u, skip_sp(f, n, b + 7)))
        return 1;
    return ag_act_at(u, b);
}

/* Does paragraph u name its doer first: its subject before a verb ("Công
 * an xã chủ trì ...") or before the duty it is given ("Trung tâm Kiểm soát
 * bệnh tật tỉnh có trách nhiệm ...")? */
static int names_doer(actx *c, const seg_para *u)
{
    if (ag_own_subject(c, u))
        return 1;
    hit hs[8];
    size_t end;
    int k = ag_chain(c, u, 0, hs, 8, &end);
    ag_free_hits(hs, k);
    return k > 0 && seg_word_at(u->fold, u->nchar, skip_sp(u->fold, u->nchar, end), "co trach nhiem");
}

/* Can paragraph u stand in the list under the lead-in: an act, an item
 * naming its own doer or asking a body ("Công an xã chủ trì ...", "Đề
 * nghị ...", "Giao ..."), or a case fronted before its act ("Trường hợp
 * ..., ...")? Not a lead-in of its own, nor the letter's closing, its
 * courtesy ("Trân trọng./.", "Rất mong ...") or last line ("... thực
 * hiện./."), which is read as it stands. */
static int list_item(actx *c, const seg_para *u)
{
    static const char *const opens[] = {"de nghi", "yeu cau", "giao", "truong hop", "doi voi", "rieng", "trong qua trinh",
                                        "khi", "neu", NULL};
    static const char *const closings[] = {"tran trong", "rat mong", "xin tran trong", "kinh mong", "noi nhan", NULL};
    size_t n = seg_trimmed(u);
    if (u->mk != MK_NONE || u->in_header || n < 12 || u->fold[n - 1] == ':' || u->caps)
        return 0;
    if (seg_word_in(u->fold, n, 0, closings) || (n >= 2 && u->fold[n - 1] == '.' && u->fold[n - 2] == '/'))
        return 0;
    return opens_with_act(u) || names_doer(c, u) || seg_word_in(u->fold, n, 0, opens);
}

size_t *ag_mark_unlabelled(actx *c, size_t *count)
{
    seg_doc *d = c->d;
    const char *t = c->r->metadata.doc_type;
    size_t *marked = NULL, nm = 0;
    *count = 0;
    if (!t || strcmp(t, "Công văn"))
        return NULL;
    for (size_t i = 0; i + 2 < d->nparas; i++) {
        const seg_para *u = &d->paras[i + 1];
        if (!asking_lead_in(c, &d->paras[i]) || u->mk != MK_NONE || !(opens_with_act(u) || names_doer(c, u)))
            continue;
        size_t q = i + 1;
        while (q < d->nparas && list_item(c, &d->paras[q]))
            q++;
        if (q - i - 1 < 2)
            continue; /* one paragraph is no list */
        size_t *m = realloc(marked, (nm + q - i - 1) * sizeof *m);
        if (!m) {
            d->oom = 1;
            break;
        }
        marked = m;
        for (size_t k = i + 1; k < q; k++) {
            d->paras[k].mk = MK_DASH;
            d->paras[k].mk_depth = 0;
            marked[nm++] = k;
        }
        i = q - 1;
    }
    *count = nm;
    return marked;
}

void ag_unmark_unlabelled(seg_doc *d, size_t *marked, size_t count)
{
    for (size_t k = 0; k < count; k++) {
        d->paras[marked[k]].mk = MK_NONE;
        d->paras[marked[k]].mk_depth = 0;
    }
    free(marked);
}
