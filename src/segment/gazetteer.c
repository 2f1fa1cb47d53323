/*
 * gazetteer.c: load lang/agencies.tsv and find agency names in folded text.
 *
 * Every name form (canonical, abbreviation, variants) is folded the way the
 * text is, so "Sở Nội vụ", "SỞ NỘI VỤ" and OCR's "So Noi vu" all match. A
 * variant may hold {P}, which stands for any province name of the file (for
 * "Báo {P}": each province's newspaper is its own entry, named after it).
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

#include "segment/places.h"
#include "segment/seg_internal.h"

typedef struct {
    char *fold;          /* folded name form */
    size_t len;
    int entry;
} gaz_form;

struct seg_gaz {
    seg_gaz_entry *e;
    size_t n, cap;
    gaz_form *f;
    size_t nf, capf;
    size_t bucket[28];   /* forms sorted by first letter: [bucket[c], bucket[c+1]) */
};

static int bucket_of(char c)
{
    if (c >= 'a' && c <= 'z')
        return c - 'a';
    return 26;
}

static void entry_free(seg_gaz_entry *e)
{
    free(e->id); free(e->kind); free(e->canonical); free(e->abbrev);
    free(e->successor); free(e->valid_from); free(e->valid_to); free(e->province);
    free(e->fold);
}

void seg_gaz_free(seg_gaz *g)
{
    if (!g)
        return;
    for (size_t i = 0; i < g->n; i++)
        entry_free(&g->e[i]);
    for (size_t i = 0; i < g->nf; i++)
        free(g->f[i].fold);
    free(g->e);
    free(g->f);
    free(g);
}

static char *field_dup(const char *s)
{
    char *c = seg_clean(s, strlen(s));
    if (c && !*c) {
        free(c);
        return NULL;
    }
    return c;
}

static int add_form(seg_gaz *g, const char *name, int entry)
{
    char *f = seg_fold_str(name);
    if (!f)
        return -1;
    char *c = seg_clean(f, strlen(f));
    free(f);
    if (!c)
        return -1;
    if (!*c) {
        free(c);
        return 0;
    }
    for (size_t i = 0; i < g->nf; i++)
        if (g->f[i].entry == entry && !strcmp(g->f[i].fold, c)) {
            free(c);
            return 0;
        }
    if (seg_grow(&g->f, g->nf, &g->capf, sizeof *g->f, 256)) {
        free(c);
        return -1;
    }
    g->f[g->nf].fold = c;
    g->f[g->nf].len = strlen(c);
    g->f[g->nf].entry = entry;
    g->nf++;
    return 0;
}

static int add_entry(seg_gaz *g, char **col)
{
    if (seg_grow(&g->e, g->n, &g->cap, sizeof *g->e, 128))
        return -1;
    seg_gaz_entry *e = &g->e[g->n];
    memset(e, 0, sizeof *e);
    e->id = field_dup(col[0]);
    e->kind = field_dup(col[1]);
    e->canonical = field_dup(col[2]);
    e->abbrev = field_dup(col[3]);
    e->valid_from = field_dup(col[5]);
    e->valid_to = field_dup(col[6]);
    e->successor = field_dup(col[7]);
    g->n++;
    return 0;
}

static int cmp_form(const void *a, const void *b)
{
    const gaz_form *x = a, *y = b;
    return strcmp(x->fold, y->fold);
}

/* Variants with {P} wait until every province is known. */
typedef struct {
    char **form;
    int *entry;
    size_t n;
} gaz_pending;

static void pending_free(gaz_pending *pd)
{
    for (size_t k = 0; k < pd->n; k++)
        free(pd->form[k]);
    free(pd->form);
    free(pd->entry);
    pd->form = NULL;
    pd->entry = NULL;
    pd->n = 0;
}

/* Takes c whatever happens. */
static int pending_add(gaz_pending *pd, char *c, int ei)
{
    char **q = realloc(pd->form, (pd->n + 1) * sizeof *q);
    int *qi = realloc(pd->entry, (pd->n + 1) * sizeof *qi);
    if (q) pd->form = q;
    if (qi) pd->entry = qi;
    if (!q || !qi) {
        free(c);
        return -1;
    }
    pd->form[pd->n] = c;
    pd->entry[pd->n++] = ei;
    return 0;
}

/* Cuts line at its tabs into at most 9 columns; returns how many. */
static int split_columns(char *line, char *col[9])
{
    int nc = 0;
    char *p = line;
    while (nc < 9) {
        col[nc++] = p;
        char *t = strchr(p, '\t');
        if (!t)
            break;
        *t = 0;
        p = t + 1;
    }
    return nc;
}

/* The "|"-separated variants of entry ei (cut in place): forms now, or
 * pending when they hold {P}. */
static int add_variants(seg_gaz *g, char *v, int ei, gaz_pending *pd)
{
    while (v && *v) {
        char *bar = strchr(v, '|');
        if (bar)
            *bar = 0;
        char *c = seg_clean(v, strlen(v));
        if (!c)
            return -1;
        if (strstr(c, "{P}")) {
            if (pending_add(pd, c, ei) < 0)
                return -1;
        } else {
            /* "các công ty viễn thông": also without "các", which the
             * name lists skip as a little word */
            if (!strncmp(c, "các ", strlen("các ")) && add_form(g, c + strlen("các "), ei) < 0) {
                free(c);
                return -1;
            }
            if (add_form(g, c, ei) < 0) {
                free(c);
                return -1;
            }
            free(c);
        }
        v = bar ? bar + 1 : NULL;
    }
    return 0;
}

enum { ROW_OK = 0, ROW_OOM = -1, ROW_BAD = -2 };

/* One data row of the file: its entry, its name forms and its variants.
 * ROW_BAD has written err. */
static int load_row(seg_gaz *g, char *line, gaz_pending *pd,
                    const char *path, int lineno, char *err, size_t errlen)
{
    char *col[9];
    int nc = split_columns(line, col);
    if (nc < 8) {
        snprintf(err, errlen, "%s:%d: %d columns, expected 9 (id kind canonical abbrev variants valid_from valid_to successor source)", path, lineno, nc);
        return ROW_BAD;
    }
    while (nc < 9)
        col[nc++] = "";
    if (add_entry(g, col) < 0)
        return ROW_OOM;
    int ei = (int)g->n - 1;
    if (!g->e[ei].id || !g->e[ei].canonical || !g->e[ei].kind) {
        snprintf(err, errlen, "%s:%d: id, kind and canonical are required", path, lineno);
        return ROW_BAD;
    }
    if (!strchr(g->e[ei].canonical, '{') && add_form(g, g->e[ei].canonical, ei) < 0)
        return ROW_OOM;
    if (g->e[ei].abbrev && add_form(g, g->e[ei].abbrev, ei) < 0)
        return ROW_OOM;
    return add_variants(g, col[4], ei, pd) < 0 ? ROW_OOM : ROW_OK;
}

/* Every row of fp into g (g may be NULL: nothing is read). */
static int load_rows(seg_gaz *g, FILE *fp, gaz_pending *pd,
                     const char *path, char *err, size_t errlen)
{
    char line[4096];
    int lineno = 0, header_seen = 0;
    while (g && fgets(line, sizeof line, fp)) {
        lineno++;
        size_t L = strlen(line);
        while (L && (line[L - 1] == '\n' || line[L - 1] == '\r'))
            line[--L] = 0;
        if (!L || line[0] == '#')
            continue;
        if (!header_seen) {
            header_seen = 1;
            if (!strncmp(line, "id\t", 3))
                continue;
        }
        int r = load_row(g, line, pd, path, lineno, err, errlen);
        if (r != ROW_OK)
            return r;
    }
    return ROW_OK;
}

/* The name a province's newspaper is called by: its canonical without
 * "tỉnh "/"thành phố "; NULL when the province has no usable bare name
 * (its shortest form) to stand for {P}. */
static const char *province_display(const seg_gaz *g, size_t pi)
{
    const char *bare = NULL;
    size_t bl = (size_t)-1;
    for (size_t fi = 0; fi < g->nf; fi++)
        if (g->f[fi].entry == (int)pi && g->f[fi].len < bl) {
            bl = g->f[fi].len;
            bare = g->f[fi].fold;
        }
    if (!bare || bl < 4)
        return NULL;
    return seg_province_bare(g->e[pi].canonical);
}

/* Pending variant k for province pi, named disp: the entry "Báo Nam Định"
 * (made once per province and base, entries from nprov on being the made
 * ones) and its form. */
static int expand_for_province(seg_gaz *g, const gaz_pending *pd, size_t k,
                               size_t pi, const char *disp, size_t nprov)
{
    const seg_gaz_entry *base = &g->e[pd->entry[k]];
    sbuf id = {0}, canon = {0}, form = {0};
    sb_puts(&id, base->id); sb_putc(&id, ':'); sb_puts(&id, g->e[pi].id);
    const char *ph = strstr(pd->form[k], "{P}");
    /* canonical: the base canonical with "tỉnh" replaced by the name */
    const char *bc = base->canonical;
    size_t bcl = strlen(bc);
    static const char tinh[] = " tỉnh";
    if (bcl > sizeof tinh - 1 && !strcmp(bc + bcl - (sizeof tinh - 1), tinh)) {
        sb_add(&canon, bc, bcl - (sizeof tinh - 1) + 1);
    } else {
        sb_add(&canon, bc, bcl);
        sb_putc(&canon, ' ');
    }
    sb_puts(&canon, disp);
    sb_add(&form, pd->form[k], (size_t)(ph - pd->form[k]));
    sb_puts(&form, disp);
    sb_puts(&form, ph + 3);
    char *col[9] = {id.buf ? id.buf : "", base->kind, canon.buf ? canon.buf : "", "", "",
                    base->valid_from ? base->valid_from : "",
                    base->valid_to ? base->valid_to : "",
                    base->successor ? base->successor : "", ""};
    /* reuse an entry already made for this province and base */
    int ei = -1;
    for (size_t q = nprov; q < g->n; q++)
        if (id.buf && !strcmp(g->e[q].id, id.buf))
            ei = (int)q;
    int bad = 0;
    if (ei < 0) {
        bad = add_entry(g, col) < 0;
        ei = (int)g->n - 1;
        if (!bad)
            g->e[ei].province = seg_strdup(g->e[pi].canonical);
    }
    if (!bad && form.buf)
        bad = add_form(g, form.buf, ei) < 0;
    free(id.buf); free(canon.buf); free(form.buf);
    return bad ? -1 : 0;
}

/* Expand {P}: one entry per province, canonical "Báo Nam Định". */
static int expand_pending(seg_gaz *g, const gaz_pending *pd)
{
    size_t nprov = g ? g->n : 0;
    for (size_t k = 0; k < pd->n; k++) {
        for (size_t pi = 0; pi < nprov; pi++) {
            if (strcmp(g->e[pi].kind, "province"))
                continue;
            const char *disp = province_display(g, pi);
            if (!disp)
                continue;
            if (expand_for_province(g, pd, k, pi, disp, nprov) < 0)
                return -1;
        }
    }
    return 0;
}

/* Sorts the forms and marks where each first letter's run starts. */
static void index_forms(seg_gaz *g)
{
    qsort(g->f, g->nf, sizeof *g->f, cmp_form);
    size_t i = 0;
    for (int b = 0; b <= 26; b++) {
        g->bucket[b] = i;
        while (i < g->nf && bucket_of(g->f[i].fold[0]) == b)
            i++;
    }
    g->bucket[27] = g->nf;
}

seg_gaz *seg_gaz_load(const char *path, char *err, size_t errlen)
{
    FILE *fp = fopen(path, "r");
    if (!fp) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return NULL;
    }
    seg_gaz *g = calloc(1, sizeof *g);
    gaz_pending pd = {0};
    int r = g ? load_rows(g, fp, &pd, path, err, errlen) : ROW_OOM;
    if (r == ROW_BAD)
        goto fail;
    if (r == ROW_OOM || expand_pending(g, &pd) < 0)
        goto oom;
    pending_free(&pd);
    fclose(fp);
    fp = NULL;
    /* the readers compare the folded name at every match: fold it once */
    for (size_t k = 0; k < g->n; k++)
        if (!(g->e[k].fold = seg_fold_str(g->e[k].canonical)))
            goto oom;
    index_forms(g);
    return g;
oom:
    snprintf(err, errlen, "%s: out of memory", path);
fail:
    pending_free(&pd);
    if (fp)
        fclose(fp);
    seg_gaz_free(g);
    return NULL;
}

/* Compare a folded form with text at f[i]: one space in the form matches a
 * run of spaces in the text. Returns the characters used, or 0. */
static size_t form_at(const char *form, const char *f, size_t n, size_t i)
{
    size_t j = i;
    for (const char *p = form; *p; p++) {
        if (j >= n)
            return 0;
        if (*p == ' ') {
            if (f[j] != ' ')
                return 0;
            while (j < n && f[j] == ' ')
                j++;
            continue;
        }
        if (*p == '-' && f[j] == '-') {
            j++;
            continue;
        }
        if (f[j] != *p)
            return 0;
        j++;
    }
    if (j < n && isalnum((unsigned char)f[j]))
        return 0;
    return j - i;
}

const seg_gaz_entry *seg_gaz_match(const seg_gaz *g, const char *f, size_t n, size_t i, size_t *mlen)
{
    if (i >= n || (i > 0 && isalnum((unsigned char)f[i - 1])))
        return NULL;
    int b = bucket_of(f[i]);
    size_t best = 0;
    const seg_gaz_entry *be = NULL;
    for (size_t k = g->bucket[b]; k < g->bucket[b + 1]; k++) {
        size_t m = form_at(g->f[k].fold, f, n, i);
        if (m > best) {
            best = m;
            be = &g->e[g->f[k].entry];
        }
    }
    if (be)
        *mlen = best;
    return be;
}

/* The word after the first whole word "cap" of s[0, n) and its length, or
 * NULL: the level a name names ("cấp xã", "cấp tỉnh"). */
static const char *level_of(const char *s, size_t n, size_t *len)
{
    for (size_t k = 0; k + 4 < n; k++)
        if ((k == 0 || s[k - 1] == ' ') && !memcmp(s + k, "cap ", 4)) {
            size_t l = 0;
            while (k + 4 + l < n && s[k + 4 + l] != ' ')
                l++;
            *len = l;
            return s + k + 4;
        }
    return NULL;
}

/* A near match whose edits went to its level ("Ủy ban nhân dân cấp tỉnh"
 * within a few edits of "Ủy ban nhân dân cấp xã") names other bodies:
 * OCR spoils letters, not a level into another. */
static int other_level(const char *f, size_t cut, const char *form, size_t L)
{
    size_t al = 0, bl = 0;
    const char *a = level_of(form, L, &al), *b = a ? level_of(f, cut, &bl) : NULL;
    return b && (al != bl || memcmp(a, b, al) != 0);
}

const seg_gaz_entry *seg_gaz_fuzzy(const seg_gaz *g, const char *f, size_t n, size_t *mlen)
{
    /* For short strings only (headings): the best form within 1 edit per 8
     * characters of a prefix of f. */
    const seg_gaz_entry *be = NULL;
    int bestd = 1000;
    size_t bestl = 0;
    for (size_t k = 0; k < g->nf; k++) {
        size_t L = g->f[k].len;
        if (L < 8 || L > n + 2)
            continue;
        int maxd = (int)((L + 3) / 6); /* OCR: "Sở Tơi pháp" */
        for (size_t cut = L > 2 ? L - 2 : 0; cut <= L + 2 && cut <= n; cut++) {
            if (cut < n && isalnum((unsigned char)f[cut]))
                continue;
            int d = seg_edit_distance(f, cut, g->f[k].fold, L, maxd);
            if (d <= maxd && (d < bestd || (d == bestd && L > bestl)) && !other_level(f, cut, g->f[k].fold, L)) {
                bestd = d;
                bestl = L;
                be = &g->e[g->f[k].entry];
                *mlen = cut;
            }
        }
    }
    return be;
}

const seg_gaz_entry *seg_gaz_fuzzy_at(const seg_gaz *g, const char *f, size_t n, size_t i, size_t *mlen)
{
    if (i >= n || (i > 0 && isalnum((unsigned char)f[i - 1])) || i + 1 >= n)
        return NULL;
    int b = bucket_of(f[i]);
    const seg_gaz_entry *be = NULL;
    int bestd = 1000;
    size_t bestl = 0;
    for (size_t k = g->bucket[b]; k < g->bucket[b + 1]; k++) {
        const gaz_form *fm = &g->f[k];
        size_t L = fm->len;
        /* long forms only, same first two letters: cheap and safe enough */
        if (L < 12 || fm->fold[1] != f[i + 1] || i + L - L / 8 > n)
            continue;
        int maxd = (int)(L / 8);
        for (size_t cut = L - (size_t)maxd; cut <= L + (size_t)maxd && i + cut <= n; cut++) {
            if (i + cut < n && isalnum((unsigned char)f[i + cut]))
                continue;
            int d = seg_edit_distance(f + i, cut, fm->fold, L, maxd);
            if (d <= maxd && (d < bestd || (d == bestd && L > bestl)) && !other_level(f + i, cut, fm->fold, L)) {
                bestd = d;
                bestl = L;
                be = &g->e[fm->entry];
                *mlen = cut;
            }
        }
    }
    return be;
}

int seg_date_cmp(const char *iso, int y, int m, int d)
{
    int a, b, c;
    if (!iso || sscanf(iso, "%d-%d-%d", &a, &b, &c) != 3)
        return 0;
    long x = a * 10000L + b * 100 + c, v = y * 10000L + m * 100 + d;
    return x < v ? -1 : x > v;
}
