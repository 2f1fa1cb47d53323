/* Diacritic repair of one page, mapped back onto its words. */
#include "ocr/restore_page.h"

#include <stdlib.h>
#include <string.h>

/* At most this many alternative spellings per word: the symbol choices
 * give one alternative per (symbol, choice) pair, and the top three
 * choices hold the right letter in most wrong-mark cases. */
#define MAX_ALTS 8
#define CHOICES_PER_SYMBOL 3

typedef struct {
    size_t off, len;        /* the word in the page text; len 0: not found */
} span;

typedef struct {
    size_t offset, length;
    char *from, *to;
} change;

typedef struct {
    change *v;
    size_t n, cap;
    int failed;
} changes;

static void on_change(void *user, const vnfix_change *c)
{
    changes *cs = user;
    if (cs->failed)
        return;
    if (cs->n == cs->cap) {
        size_t cap = cs->cap ? 2 * cs->cap : 16;
        change *v = realloc(cs->v, cap * sizeof *v);
        if (!v) {
            cs->failed = 1;
            return;
        }
        cs->v = v;
        cs->cap = cap;
    }
    change *d = &cs->v[cs->n];
    d->offset = c->offset;
    d->length = c->length;
    d->from = strdup(c->from);
    d->to = strdup(c->to);
    if (!d->from || !d->to) {
        free(d->from);
        free(d->to);
        cs->failed = 1;
        return;
    }
    cs->n++;
}

static void changes_free(changes *cs)
{
    for (size_t i = 0; i < cs->n; i++) {
        free(cs->v[i].from);
        free(cs->v[i].to);
    }
    free(cs->v);
}

/* Alternatives of a word: its symbols with one of them replaced by one of
 * tesseract's other choices. Only when the symbols spell the word as it
 * stands (vnfix may have rewritten it). */
typedef struct {
    char *alts[MAX_ALTS];
    float conf[MAX_ALTS];
    size_t n;
} word_alts;

static void build_alts(const ocr_word *w, word_alts *a)
{
    a->n = 0;
    size_t total = 0;
    for (int s = 0; s < w->nsymbols; s++)
        total += strlen(w->symbols[s].text ? w->symbols[s].text : "");
    if (!w->nsymbols || total != strlen(w->text))
        return;
    size_t pos = 0;
    for (int s = 0; s < w->nsymbols; s++) {
        size_t sl = strlen(w->symbols[s].text ? w->symbols[s].text : "");
        if (memcmp(w->text + pos, w->symbols[s].text ? w->symbols[s].text : "", sl))
            return;
        pos += sl;
    }
    pos = 0;
    for (int s = 0; s < w->nsymbols && a->n < MAX_ALTS; s++) {
        const ocr_symbol *sy = &w->symbols[s];
        size_t sl = strlen(sy->text ? sy->text : "");
        int used = 0;
        for (int k = 0; k < sy->nchoices && used < CHOICES_PER_SYMBOL && a->n < MAX_ALTS; k++) {
            const char *ct = sy->choices[k].text;
            if (!ct || !*ct || !strcmp(ct, sy->text ? sy->text : ""))
                continue;
            size_t cl = strlen(ct);
            char *alt = malloc(total - sl + cl + 1);
            if (!alt)
                return;
            memcpy(alt, w->text, pos);
            memcpy(alt + pos, ct, cl);
            memcpy(alt + pos + cl, w->text + pos + sl, total - pos - sl);
            alt[total - sl + cl] = 0;
            a->alts[a->n] = alt;
            a->conf[a->n] = sy->choices[k].conf;
            a->n++;
            used++;
        }
        pos += sl;
    }
}

/* Where word w stands in text at or after pos: a whole whitespace-separated
 * token, not far ahead (tesseract's page text and its word list follow the
 * same order, but a word may be missing from either). */
#define FIND_WINDOW 300
static const char *find_word(const char *text, size_t len, size_t pos, const char *w)
{
    size_t wl = strlen(w);
    for (const char *at = text + pos; (at = strstr(at, w)) != NULL; at++) {
        size_t k = (size_t)(at - text);
        if (k - pos > FIND_WINDOW)
            return NULL;
        int before = k == 0 || strchr(" \t\n\f\r", text[k - 1]);
        int after = k + wl == len || strchr(" \t\n\f\r", text[k + wl]);
        if (before && after)
            return at;
    }
    return NULL;
}

static void add_repair(page_record *rec, int word, const char *from, const char *to)
{
    ocr_repair *r = realloc(rec->repairs, (rec->nrepairs + 1) * sizeof *r);
    if (!r)
        return;
    rec->repairs = r;
    r[rec->nrepairs].stage = strdup("restore");
    r[rec->nrepairs].word = word;
    r[rec->nrepairs].from = strdup(from);
    r[rec->nrepairs].to = strdup(to);
    rec->nrepairs++;
}

/* Where old offset x lands in the restored text (changes sorted, disjoint). */
static size_t new_offset(const changes *cs, size_t x)
{
    long long d = 0;
    for (size_t i = 0; i < cs->n && cs->v[i].offset + cs->v[i].length <= x; i++)
        d += (long long)strlen(cs->v[i].to) - (long long)cs->v[i].length;
    return (size_t)((long long)x + d);
}

/* Do the changes, applied to text, give out? Anything else means they
 * cannot be mapped onto the words. */
static int changes_explain(const changes *cs, const char *text, size_t len, const char *out,
                           size_t outlen)
{
    size_t a = 0, b = 0;
    for (size_t i = 0; i < cs->n; i++) {
        const change *c = &cs->v[i];
        if (c->offset < a || c->offset + c->length > len)
            return 0;
        size_t keep = c->offset - a, tl = strlen(c->to);
        if (b + keep + tl > outlen || memcmp(text + a, out + b, keep) ||
            memcmp(out + b + keep, c->to, tl) || strlen(c->from) != c->length ||
            memcmp(text + c->offset, c->from, c->length))
            return 0;
        a = c->offset + c->length;
        b += keep + tl;
    }
    return len - a == outlen - b && !memcmp(text + a, out + b, len - a);
}

int ocr_restore_page(const vnfix_model *m, page_record *rec)
{
    if (!m || !rec->ok || !rec->text || !rec->text_len || !rec->nwords)
        return 0;
    span *sp = calloc(rec->nwords, sizeof *sp);
    vnfix_word_hint *hints = calloc(rec->nwords, sizeof *hints);
    word_alts *alts = calloc(rec->nwords, sizeof *alts);
    int rc = -1;
    changes cs = {0};
    char *out = NULL;
    size_t outlen = 0, nh = 0;
    if (!sp || !hints || !alts)
        goto done;
    /* The words appear in the page text in reading order. */
    size_t pos = 0;
    for (size_t i = 0; i < rec->nwords; i++) {
        const char *t = rec->words[i].text;
        if (!t || !*t || strpbrk(t, " \t\n\f\r"))
            continue;
        const char *at = find_word(rec->text, rec->text_len, pos, t);
        if (!at)
            continue;
        sp[i].off = (size_t)(at - rec->text);
        sp[i].len = strlen(t);
        pos = sp[i].off + sp[i].len;
        build_alts(&rec->words[i], &alts[i]);
        vnfix_word_hint *h = &hints[nh++];
        h->offset = sp[i].off;
        h->length = sp[i].len;
        h->confidence = rec->words[i].conf;
        h->nalts = alts[i].n;
        h->alts = (const char *const *)alts[i].alts;
        h->alt_conf = alts[i].conf;
    }
    vnfix_restore_options opt;
    vnfix_restore_options_init(&opt);
    opt.mode = VNFIX_RESTORE_OCR;
    opt.hints = hints;
    opt.nhints = nh;
    opt.explain = on_change;
    opt.explain_user = &cs;
    size_t nchanges = 0;
    if (vnfix_restore(m, rec->text, rec->text_len, &opt, &out, &outlen, NULL, &nchanges) != 0 ||
        cs.failed)
        goto done;
    rc = 0;
    if (!cs.n || !changes_explain(&cs, rec->text, rec->text_len, out, outlen))
        goto done;
    /* Each word takes its stretch of the restored text. */
    size_t k = 0;
    for (size_t i = 0; i < rec->nwords; i++) {
        if (!sp[i].len)
            continue;
        size_t a = sp[i].off, e = sp[i].off + sp[i].len;
        int touched = 0;
        while (k < cs.n && cs.v[k].offset < e) {
            if (cs.v[k].offset >= a) {
                add_repair(rec, (int)i, cs.v[k].from, cs.v[k].to);
                touched = 1;
            } else {
                add_repair(rec, -1, cs.v[k].from, cs.v[k].to);  /* between words */
            }
            k++;
        }
        if (!touched)
            continue;
        size_t na = new_offset(&cs, a), ne = new_offset(&cs, e);
        char *nt = ne >= na ? strndup(out + na, ne - na) : NULL;
        if (!nt)
            continue;
        ocr_word *w = &rec->words[i];
        if (w->raw)
            free(w->text);
        else
            w->raw = w->text;   /* keep tesseract's spelling */
        w->text = nt;
    }
    for (; k < cs.n; k++)
        add_repair(rec, -1, cs.v[k].from, cs.v[k].to);
    free(rec->text);
    rec->text = out;
    rec->text_len = outlen;
    out = NULL;
done:
    free(out);
    changes_free(&cs);
    if (alts)
        for (size_t i = 0; i < rec->nwords; i++)
            for (size_t j = 0; j < alts[i].n; j++)
                free(alts[i].alts[j]);
    free(alts);
    free(hints);
    free(sp);
    return rc;
}
