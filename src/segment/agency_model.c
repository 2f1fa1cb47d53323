/*
 * agency_model.c: a learned second opinion on the agency rules.
 *
 * Every span of a paragraph that the name readers take for a body or a
 * group (ag_match_at: gazetteer, grammar, titles; seg_body_at: collectives)
 * is a candidate, whether or not a rule gave it a role. Each is described
 * by features of the language around it (the words before and after, its
 * head noun, "các"/"cấp" inside, where it stands in its sentence and its
 * paragraph, the kind of section) and by the rules' own verdict. The same
 * code writes them for training (--candidates of the segment command, read
 * by tools/train-agency-model) and scores them with the weights the trainer
 * wrote (lang/agency-model.tsv), so training and use see the same features.
 *
 * Use: a body the rules left out is added when the model is confident of
 * it, a group the rules found is dropped when the model finds it very
 * unlikely; each with its own threshold in the weights file (absent: that
 * use is off).
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

#include "segment/agencies_internal.h"

typedef struct {
    char *feat;
    double w;
} am_weight;

struct seg_amodel {
    am_weight *tab;      /* open addressing, size a power of two */
    size_t cap, n;
    double add_at, drop_at; /* probabilities; < 0: that use is off */
};

static size_t hash_str(const char *s, size_t n)
{
    size_t h = 1469598103934665603ull & (size_t)-1;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * (size_t)1099511628211ull;
    return h;
}

static int put(seg_amodel *m, const char *f, size_t fl, double w)
{
    if ((m->n + 1) * 2 > m->cap) {
        size_t nc = m->cap ? m->cap * 2 : 1024;
        am_weight *t = calloc(nc, sizeof *t);
        if (!t)
            return -1;
        for (size_t i = 0; i < m->cap; i++) {
            if (!m->tab[i].feat)
                continue;
            size_t h = hash_str(m->tab[i].feat, strlen(m->tab[i].feat)) & (nc - 1);
            while (t[h].feat)
                h = (h + 1) & (nc - 1);
            t[h] = m->tab[i];
        }
        free(m->tab);
        m->tab = t;
        m->cap = nc;
    }
    size_t h = hash_str(f, fl) & (m->cap - 1);
    while (m->tab[h].feat) {
        if (strlen(m->tab[h].feat) == fl && !memcmp(m->tab[h].feat, f, fl)) {
            m->tab[h].w = w;
            return 0;
        }
        h = (h + 1) & (m->cap - 1);
    }
    m->tab[h].feat = seg_strndup(f, fl);
    if (!m->tab[h].feat)
        return -1;
    m->tab[h].w = w;
    m->n++;
    return 0;
}

static double weight_of(const seg_amodel *m, const char *f, size_t fl)
{
    if (!m->cap)
        return 0;
    size_t h = hash_str(f, fl) & (m->cap - 1);
    while (m->tab[h].feat) {
        if (strlen(m->tab[h].feat) == fl && !memcmp(m->tab[h].feat, f, fl))
            return m->tab[h].w;
        h = (h + 1) & (m->cap - 1);
    }
    return 0;
}

void seg_amodel_free(seg_amodel *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->cap; i++)
        free(m->tab[i].feat);
    free(m->tab);
    free(m);
}

seg_amodel *seg_amodel_parse(const char *text, char *err, size_t errlen)
{
    seg_amodel *m = calloc(1, sizeof *m);
    if (!m) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    m->add_at = m->drop_at = -1;
    int line = 0;
    for (const char *s = text; *s;) {
        const char *nl = strchr(s, '\n'), *e = nl ? nl : s + strlen(s);
        line++;
        const char *tab = memchr(s, '\t', (size_t)(e - s));
        if (e > s && *s != '#') {
            char num[64];
            size_t nlen = tab ? (size_t)(e - tab - 1) : 0;
            char *end = NULL;
            double w = 0;
            if (tab && nlen && nlen < sizeof num) {
                memcpy(num, tab + 1, nlen);
                num[nlen] = 0;
                w = strtod(num, &end);
            }
            if (!tab || !nlen || nlen >= sizeof num || !end || *end || tab == s || !isfinite(w)) {
                snprintf(err, errlen, "line %d: not 'feature<TAB>weight'", line);
                seg_amodel_free(m);
                return NULL;
            }
            size_t fl = (size_t)(tab - s);
            if (fl == 4 && !memcmp(s, "@add", 4))
                m->add_at = w;
            else if (fl == 5 && !memcmp(s, "@drop", 5))
                m->drop_at = w;
            else if (put(m, s, fl, w) < 0) {
                snprintf(err, errlen, "out of memory");
                seg_amodel_free(m);
                return NULL;
            }
        }
        s = nl ? nl + 1 : e;
    }
    return m;
}

seg_amodel *seg_amodel_load(const char *path, char *err, size_t errlen)
{
    size_t len = 0;
    char *text = sb_read_file(path, &len);
    if (!text) {
        int e = errno ? errno : EIO;
        snprintf(err, errlen, "%s: %s", path, strerror(e));
        errno = e; /* the caller tells a missing file (optional) from a bad one */
        return NULL;
    }
    char e2[200];
    seg_amodel *m = seg_amodel_parse(text, e2, sizeof e2);
    free(text);
    if (!m) {
        snprintf(err, errlen, "%s: %s", path, e2);
        errno = EINVAL;
    }
    return m;
}

double seg_amodel_score(const seg_amodel *m, const char *feats)
{
    double z = 0;
    for (const char *s = feats; *s;) {
        while (*s == ' ')
            s++;
        size_t l = strcspn(s, " ");
        if (l)
            z += weight_of(m, s, l);
        s += l;
    }
    return 1 / (1 + exp(-z));
}

/* ---- features ---- */

/* Words of folded f[a, b) appended to b as one feature value: spaces
 * become '_' so a feature is one token. */
static void put_words(sbuf *o, const char *f, size_t a, size_t b)
{
    int sp = 0;
    for (size_t i = a; i < b; i++) {
        char ch = f[i];
        if (!isalnum((unsigned char)ch)) {
            sp = 1;
            continue;
        }
        if (sp && o->len && o->buf[o->len - 1] != '=')
            sb_putc(o, '_');
        sp = 0;
        /* a number is a number: "ngày 08" and "ngày 15" are one context */
        sb_putc(o, isdigit((unsigned char)ch) ? '0' : ch);
    }
}

/* Start of the k-th word before a (1: the word right before), stopping
 * at punctuation other than spaces; a when none. */
static size_t word_before(const char *f, size_t a, int k, size_t lo)
{
    size_t i = a;
    for (int w = 0; w < k; w++) {
        size_t j = i;
        while (j > lo && f[j - 1] == ' ')
            j--;
        if (j == lo || !isalnum((unsigned char)f[j - 1]))
            return a;
        while (j > lo && isalnum((unsigned char)f[j - 1]))
            j--;
        i = j;
    }
    return i;
}

/* End of the k-th word from b on, within punctuation; b when none. */
static size_t word_after(const char *f, size_t b, size_t n, int k)
{
    size_t i = b;
    for (int w = 0; w < k; w++) {
        size_t j = i;
        while (j < n && f[j] == ' ')
            j++;
        if (j == n || !isalnum((unsigned char)f[j]))
            return b;
        while (j < n && isalnum((unsigned char)f[j]))
            j++;
        i = j;
    }
    return i;
}

static const char *mk_name(marker_kind k)
{
    static const char *const names[] = {"none", "phuluc", "phan", "chuong", "muc", "dieu",
                                        "roman", "arabic", "letter", "dash", "plus"};
    return (unsigned)k < sizeof names / sizeof *names ? names[k] : "other";
}

/* The sentence the span is in starts after the last '.', ';' or ':'
 * before it (or the label). */
static size_t sentence_start(const seg_para *p, size_t a)
{
    size_t i = a;
    while (i > p->label_chars) {
        char ch = p->fold[i - 1];
        if ((ch == '.' && (i == a || p->fold[i] == ' ')) || ch == ';' || ch == ':')
            break;
        i--;
    }
    return skip_sp(p->fold, p->nchar, i > p->label_chars ? i : p->label_chars);
}

static const char *const preps[] = {"voi", "cua", "cho", "tai", "den", "tu", "ve", "theo", "thuoc", "trong",
                                    "va", "hoac", "cung", NULL};

void seg_amodel_features(const seg_doc *d, const seg_para *p, size_t a, size_t b, const am_cand *k, sbuf *o)
{
    const char *f = p->fold;
    size_t n = p->nchar;
    sb_puts(o, "bias");
    sb_printf(o, " r=%s", k->roles && *k->roles ? k->roles : "none");
    sb_printf(o, " src=%s", k->src);
    if (k->gkind)
        sb_printf(o, " gk=%s", k->gkind);
    if (k->collective)
        sb_puts(o, " coll");
    /* the head: the first words after "các", "những", "toàn thể" */
    size_t h = a;
    static const char *const quant[] = {"cac", "nhung", "toan the", "moi", "toan bo", NULL};
    for (int q = 0; quant[q]; q++)
        if (seg_word_at(f, n, h, quant[q])) {
            sb_printf(o, " q=%s", strncmp(quant[q], "toan ", 5) ? quant[q] : "toan");
            h = skip_sp(f, n, h + strlen(quant[q]));
            break;
        }
    size_t e1 = word_after(f, h, b, 1), e2 = word_after(f, h, b, 2), e3 = word_after(f, h, b, 3);
    sb_puts(o, " h1=");
    put_words(o, f, h, e1);
    if (e2 > e1) {
        sb_puts(o, " h2=");
        put_words(o, f, h, e2);
    }
    if (e3 > e2) {
        sb_puts(o, " h3=");
        put_words(o, f, h, e3);
    }
    size_t lw = word_before(f, b, 1, a);
    if (lw < b && lw > h) {
        sb_puts(o, " t1=");
        put_words(o, f, lw, b);
    }
    int words = 0, comma = 0, va = 0, cap = 0;
    for (size_t i = a; i < b; i++) {
        if (isalnum((unsigned char)f[i]) && (i == a || !isalnum((unsigned char)f[i - 1])))
            words++;
        comma += f[i] == ',';
        va += seg_word_at(f, n, i, "va") && i > a && !isalnum((unsigned char)f[i - 1]);
        cap += seg_word_at(f, n, i, "cap") && i > a && !isalnum((unsigned char)f[i - 1]);
    }
    sb_printf(o, " nw=%d", words > 8 ? 9 : words > 5 ? 6 : words > 3 ? 4 : words);
    if (comma)
        sb_puts(o, " comma");
    if (va)
        sb_puts(o, " va");
    if (cap)
        sb_puts(o, " cap");
    size_t bi = p->cpos[a];
    uint32_t c0 = seg_utf8_next(p->text, p->cpos[n], &bi);
    sb_puts(o, cp_is_upper(c0) ? " upper" : " lower");
    /* the words before and after */
    for (int w = 1; w <= 3; w++) {
        size_t s = word_before(f, a, w, p->label_chars);
        if (s == a)
            break;
        sb_printf(o, " b%d=", w);
        put_words(o, f, s, a);
    }
    for (int w = 1; w <= 3; w++) {
        size_t e = word_after(f, b, n, w);
        if (e == b)
            break;
        sb_printf(o, " a%d=", w);
        put_words(o, f, b, e);
    }
    /* the punctuation right before and after */
    size_t pb = a;
    while (pb > p->label_chars && f[pb - 1] == ' ')
        pb--;
    if (pb <= p->label_chars)
        sb_puts(o, " pb=^");
    else if (!isalnum((unsigned char)f[pb - 1]))
        sb_printf(o, " pb=%c", f[pb - 1] == ' ' ? '_' : f[pb - 1]);
    size_t pa = skip_sp(f, n, b);
    if (pa >= n)
        sb_puts(o, " pa=$");
    else if (!isalnum((unsigned char)f[pa]))
        sb_printf(o, " pa=%c", f[pa]);
    /* where in its sentence: its start, after a preposition or list */
    size_t ss = sentence_start(p, a);
    if (ss == a)
        sb_puts(o, " sstart");
    else {
        size_t s2 = word_after(f, ss, n, 2), s1 = word_after(f, ss, n, 1);
        sb_puts(o, " s1=");
        put_words(o, f, ss, s1 < a ? s1 : a);
        if (s2 <= a && s2 > s1) {
            sb_puts(o, " s2=");
            put_words(o, f, ss, s2);
        }
    }
    size_t w1 = word_before(f, a, 1, p->label_chars);
    for (int q = 0; preps[q] && w1 < a; q++)
        if (seg_word_at(f, n, w1, preps[q]) && word_after(f, w1, n, 1) <= a) {
            sb_puts(o, " afterprep");
            break;
        }
    /* the paragraph: a heading, an item, its last character */
    sb_printf(o, " mk=%s", mk_name(p->mk));
    if (p->section >= 0 && &d->paras[d->secs[p->section].para] == p)
        sb_puts(o, " heading");
    size_t pe = n;
    while (pe > 0 && f[pe - 1] == ' ')
        pe--;
    if (pe > 0 && f[pe - 1] == ':')
        sb_puts(o, " pcolon");
    if (n < 80)
        sb_puts(o, " short");
    if (k->impl)
        sb_puts(o, " impl");
    if (k->noi_nhan)
        sb_puts(o, " noinhan");
    else if (p->in_header)
        sb_puts(o, " header");
    if (k->doc_type) {
        sb_puts(o, " dt=");
        put_words(o, k->doc_type, 0, strlen(k->doc_type));
    }
    /* the verdict with the head and the slot: the rules are right more
     * often in some places than in others */
    sb_printf(o, " rf=%d", k->roles && *k->roles ? 1 : 0);
    sb_printf(o, " rf%d_coll%d", k->roles && *k->roles ? 1 : 0, k->collective);
    sb_printf(o, " rf%d_mk=%s", k->roles && *k->roles ? 1 : 0, mk_name(p->mk));
}

/* ---- candidates, and the model's use ---- */

/* The rules' agency (among the first n) that a candidate named name, as
 * written aw, is; -1 when none. */
static long rule_agency(const seg_result *r, size_t n, const char *name, const char *aw)
{
    char *fn = seg_fold_str(name), *fa = seg_fold_str(aw);
    long found = -1;
    for (size_t k = 0; k < n && fn && fa && found < 0; k++) {
        char *gn = seg_fold_str(r->agencies[k].name);
        char *ga = r->agencies[k].as_written ? seg_fold_str(r->agencies[k].as_written) : NULL;
        if ((gn && (!strcmp(gn, fn) || !strcmp(gn, fa))) || (ga && (!strcmp(ga, fa) || !strcmp(ga, fn))))
            found = (long)k;
        free(gn);
        free(ga);
    }
    free(fn);
    free(fa);
    return found;
}

/* The candidate at word start j of p: the name readers' hit, else a
 * body or group by grammar alone. 0 when none starts there. */
static int candidate_at(const actx *c, const seg_para *p, size_t j, hit *h, const char **src)
{
    memset(h, 0, sizeof *h);
    if (ag_match_at(c, p, j, NULL, 0, h) && h->name && h->b > h->a && h->a >= j) {
        *src = h->e ? "gaz" : "name";
        return 1;
    }
    free(h->name);
    free(h->successor);
    memset(h, 0, sizeof *h);
    int coll = 0;
    size_t e = seg_body_at(p, j, &coll);
    if (e <= j)
        return 0;
    *src = "body";
    return ag_written_hit(p, j, e, coll, h);
}

void ag_model(actx *c, const int *impl)
{
    if (!c->model && !c->dump)
        return;
    seg_doc *d = c->d;
    seg_result *r = c->r;
    size_t n0 = r->n_agencies, nn_from = d->nparas;
    for (size_t i = 0; i < d->nparas; i++)
        if (d->paras[i].in_header && seg_word_at(d->paras[i].fold, d->paras[i].nchar, d->paras[i].label_chars,
                                                 "noi nhan")) {
            nn_from = i;
            break;
        }
    double *best = malloc((n0 + 1) * sizeof *best);
    char *dt = r->metadata.doc_type ? seg_fold_str(r->metadata.doc_type) : NULL;
    if (!best) {
        d->oom = 1;
        free(dt);
        return;
    }
    for (size_t k = 0; k < n0; k++)
        best[k] = -1;
    for (size_t i = 0; i < d->nparas && !d->oom; i++) {
        const seg_para *p = &d->paras[i];
        for (size_t j = p->label_chars; j < p->nchar;) {
            if (!isalnum((unsigned char)p->fold[j]) || (j > 0 && isalnum((unsigned char)p->fold[j - 1]))) {
                j++;
                continue;
            }
            hit h;
            const char *src = NULL;
            if (!candidate_at(c, p, j, &h, &src)) {
                j++;
                continue;
            }
            char *aw = seg_strndup(p->text + p->cpos[h.a], p->cpos[h.b] - p->cpos[h.a]);
            long k = aw ? rule_agency(r, n0, h.name, aw) : -1;
            sbuf roles = {0};
            for (size_t q = 0; k >= 0 && q < r->agencies[k].n_roles; q++) {
                if (q)
                    sb_putc(&roles, '+');
                for (const char *s = r->agencies[k].roles[q]; *s; s++)
                    sb_putc(&roles, *s == ' ' ? '_' : *s);
            }
            char *rs = sb_take(&roles, NULL);
            am_cand cand = {rs, src, h.e ? h.e->kind : NULL, h.collective || (h.e && !strcmp(h.e->kind, "group")),
                            p->section >= 0 && impl[p->section], i >= nn_from && p->in_header, dt};
            sbuf fs = {0};
            seg_amodel_features(d, p, h.a, h.b, &cand, &fs);
            char *feats = sb_take(&fs, NULL);
            if (!aw || !feats)
                d->oom = 1;
            else if (c->dump)
                fprintf(c->dump, "%s\t%zu\t%zu\t%zu\t%s\t%s\t%d\t%s\n", c->doc ? c->doc : "-", i, h.a, h.b, h.name,
                        aw, cand.collective, feats);
            else {
                double pr = seg_amodel_score(c->model, feats);
                if (k >= 0 && pr > best[k])
                    best[k] = pr;
                else if (k < 0 && c->model->add_at >= 0 && pr >= c->model->add_at) {
                    seg_agency *ag = ag_find_or_add(c, &h, p);
                    if (ag)
                        ag_add_role(ag, "thực hiện");
                }
            }
            free(rs);
            free(feats);
            free(aw);
            j = h.b > j ? h.b : j + 1;
            ag_free_hits(&h, 1);
        }
    }
    /* a group the rules found that every mention of scores very low */
    for (size_t k = n0; c->model && !c->dump && c->model->drop_at >= 0 && k-- > 0;)
        if (r->agencies[k].collective && best[k] >= 0 && best[k] < c->model->drop_at)
            seg_agency_drop(r, k);
    free(best);
    free(dt);
}
