/*
 * wordclass.c: load lang/wordclass.tsv, sorted by the bytes of its words,
 * and look words up in it by binary search.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "segment/seg_internal.h"
#include "segment/wordclass.h"

typedef struct {
    char *word;
    unsigned verb, noun;
    unsigned then_verb, seen; /* a verb followed by a verb, of its occurrences; 0 0 when not given */
} wc_entry;

struct seg_wordclass {
    wc_entry *e;
    size_t n;
};

void seg_wc_free(seg_wordclass *wc)
{
    if (!wc)
        return;
    for (size_t k = 0; k < wc->n; k++)
        free(wc->e[k].word);
    free(wc->e);
    free(wc);
}

static int cmp_entry(const void *a, const void *b)
{
    return strcmp(((const wc_entry *)a)->word, ((const wc_entry *)b)->word);
}

seg_wordclass *seg_wc_load(const char *path, char *err, size_t errlen)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        int e = errno; /* the caller tells a missing file from a bad one */
        snprintf(err, errlen, "%s: %s", path, strerror(e));
        errno = e;
        return NULL;
    }
    seg_wordclass *wc = calloc(1, sizeof *wc);
    size_t cap = 0, lineno = 0;
    char line[512];
    while (wc && fgets(line, sizeof line, f)) {
        lineno++;
        if (line[0] == '#' || line[0] == '\n')
            continue;
        char *t1 = strchr(line, '\t'), *end;
        unsigned long v, n;
        if (!t1 || (v = strtoul(t1 + 1, &end, 10), *end != '\t') || (n = strtoul(end + 1, &end, 10), *end != '\t')) {
            snprintf(err, errlen, "%s:%zu: expected word, verb count, noun count, class", path, lineno);
            seg_wc_free(wc);
            fclose(f);
            return NULL;
        }
        if (seg_grow(&wc->e, wc->n, &cap, sizeof *wc->e, 1024))
            break;
        *t1 = '\0';
        wc->e[wc->n].word = strdup(line);
        if (!wc->e[wc->n].word)
            break;
        wc->e[wc->n].verb = (unsigned)v;
        wc->e[wc->n].noun = (unsigned)n;
        /* then_verb and seen after the class, optional */
        char *t4 = strchr(end + 1, '\t');
        unsigned long tv = 0, sn = 0;
        if (t4 && ((tv = strtoul(t4 + 1, &end, 10), *end != '\t') || (sn = strtoul(end + 1, &end, 10), 0) ||
                   (*end != '\n' && *end != '\0') || tv > sn)) {
            snprintf(err, errlen, "%s:%zu: expected then_verb and seen after the class", path, lineno);
            free(wc->e[wc->n].word);
            seg_wc_free(wc);
            fclose(f);
            return NULL;
        }
        wc->e[wc->n].then_verb = (unsigned)tv;
        wc->e[wc->n].seen = (unsigned)sn;
        wc->n++;
    }
    int failed = !wc || ferror(f) || !feof(f);
    fclose(f);
    if (failed) {
        snprintf(err, errlen, "%s: out of memory or read error", path);
        seg_wc_free(wc);
        return NULL;
    }
    /* sorted here too, so a hand-edited file cannot break the search */
    qsort(wc->e, wc->n, sizeof *wc->e, cmp_entry);
    return wc;
}

/* The entry of the lower-case NFC word w of len bytes, or NULL. */
static const wc_entry *lookup(const seg_wordclass *wc, const char *w, size_t len)
{
    char key[128];
    if (!wc || len >= sizeof key)
        return NULL;
    memcpy(key, w, len);
    key[len] = '\0';
    wc_entry probe = {key, 0, 0, 0, 0};
    return bsearch(&probe, wc->e, wc->n, sizeof *wc->e, cmp_entry);
}

int seg_wc_counts(const seg_wordclass *wc, const char *w, size_t len, unsigned *verb, unsigned *noun)
{
    const wc_entry *e = lookup(wc, w, len);
    if (!e)
        return 0;
    *verb = e->verb;
    *noun = e->noun;
    return 1;
}

/* The word of chars [a, b) of p in lower case, NFC as the paragraph is:
 * its length in bytes, or 0 when it does not fit. */
static size_t lower_word(const seg_para *p, size_t a, size_t b, char *out, size_t cap)
{
    size_t k = p->cpos[a], e = p->cpos[b], o = 0;
    while (k < e) {
        uint32_t c = cp_to_lower(seg_utf8_next(p->text, e, &k));
        char buf[4];
        size_t l = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (l == 1)
            buf[0] = (char)c;
        else if (l == 2)
            buf[0] = (char)(0xC0 | (c >> 6)), buf[1] = (char)(0x80 | (c & 0x3F));
        else if (l == 3)
            buf[0] = (char)(0xE0 | (c >> 12)), buf[1] = (char)(0x80 | ((c >> 6) & 0x3F)),
            buf[2] = (char)(0x80 | (c & 0x3F));
        else
            buf[0] = (char)(0xF0 | (c >> 18)), buf[1] = (char)(0x80 | ((c >> 12) & 0x3F)),
            buf[2] = (char)(0x80 | ((c >> 6) & 0x3F)), buf[3] = (char)(0x80 | (c & 0x3F));
        if (o + l >= cap)
            return 0;
        memcpy(out + o, buf, l);
        o += l;
    }
    return o;
}

static size_t syllable_end(const seg_para *p, size_t i)
{
    while (i < p->nchar && isalnum((unsigned char)p->fold[i]))
        i++;
    return i;
}

/* The lexicon's entry for the word at i, two syllables before one; its
 * length in *len. NULL when the lexicon lacks both. */
static const wc_entry *entry_at(const seg_para *p, size_t i, size_t *len)
{
    if (!p->wc || i >= p->nchar || !isalpha((unsigned char)p->fold[i]))
        return NULL;
    size_t e1 = syllable_end(p, i), ends[2] = {0, e1};
    if (e1 + 1 < p->nchar && p->fold[e1] == ' ' && isalpha((unsigned char)p->fold[e1 + 1]))
        ends[0] = syllable_end(p, e1 + 1);
    for (int k = 0; k < 2; k++) {
        char w[128];
        size_t l;
        const wc_entry *e;
        if (ends[k] && (l = lower_word(p, i, ends[k], w, sizeof w)) && (e = lookup(p->wc, w, l))) {
            *len = ends[k] - i;
            return e;
        }
    }
    return NULL;
}

size_t seg_wc_word_at(const seg_para *p, size_t i, int *verb, int *vcomp)
{
    size_t len = 0;
    const wc_entry *e = entry_at(p, i, &len);
    *verb = *vcomp = 0;
    if (!e)
        return 0;
    /* a verb four times in five, as the lexicon's class V */
    *verb = (size_t)e->verb >= 4 * (size_t)e->noun;
    /* a verb followed by a verb a third of the times it is seen */
    *vcomp = *verb && e->seen && 3 * (size_t)e->then_verb >= e->seen;
    return len;
}

size_t seg_wc_verb_at(const seg_para *p, size_t i)
{
    int verb, vcomp;
    size_t l = seg_wc_word_at(p, i, &verb, &vcomp);
    return verb ? l : 0;
}

size_t seg_wc_noun_at(const seg_para *p, size_t i)
{
    size_t len = 0;
    const wc_entry *e = entry_at(p, i, &len);
    /* the lexicon's class N: a verb at most one time in five */
    return e && 4 * (size_t)e->verb <= (size_t)e->noun ? len : 0;
}

size_t seg_wc_verbal_at(const seg_para *p, size_t i)
{
    size_t len = 0;
    const wc_entry *e = entry_at(p, i, &len);
    /* a verb at least a third of the times it is read ("quyết định" 108
     * to 179, "báo cáo"), not a noun the lexicon saw as a verb once
     * ("nhiệm vụ" 1 to 961) */
    return e && e->verb > 0 && 2 * (size_t)e->verb >= (size_t)e->noun ? len : 0;
}

size_t seg_wc_verb_ever_at(const seg_para *p, size_t i)
{
    size_t len = 0;
    const wc_entry *e = entry_at(p, i, &len);
    /* any word the lexicon has read as a verb, however seldom ("tổ chức"
     * 151 to 4386): its context decides */
    return e && e->verb > 0 ? len : 0;
}
