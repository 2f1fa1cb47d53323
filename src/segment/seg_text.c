/*
 * seg_text.c: the folded copy used for matching, string helpers and
 * approximate matching.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "segment/seg_internal.h"
#include "repair/alphabet.h"

char *seg_strndup(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *seg_strdup(const char *s) { return s ? seg_strndup(s, strlen(s)) : NULL; }

int seg_grow(void *arrp, size_t n, size_t *cap, size_t sz, size_t first)
{
    if (n < *cap)
        return 0;
    size_t c = *cap ? *cap * 2 : first;
    void **a = arrp;
    void *q = realloc(*a, c * sz);
    if (!q)
        return -1;
    *a = q;
    *cap = c;
    return 0;
}

uint32_t seg_utf8_next(const char *s, size_t len, size_t *i)
{
    size_t used;
    long cp = utf8_decode((const unsigned char *)s + *i, len - *i, &used);
    *i += used;
    return cp < 0 ? 0xFFFD : (uint32_t)cp;
}

size_t skip_sp(const char *f, size_t n, size_t i)
{
    while (i < n && f[i] == ' ')
        i++;
    return i;
}

int seg_word_at(const char *f, size_t n, size_t i, const char *w)
{
    size_t wl = strlen(w);
    return i + wl <= n && (i == 0 || !isalnum((unsigned char)f[i - 1])) && !memcmp(f + i, w, wl) &&
           (i + wl == n || !isalnum((unsigned char)f[i + wl]));
}

size_t seg_word_in(const char *f, size_t n, size_t i, const char *const *list)
{
    for (int k = 0; list[k]; k++)
        if (seg_word_at(f, n, i, list[k]))
            return strlen(list[k]);
    return 0;
}

char fold_cp(uint32_t cp)
{
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z')
            return (char)(cp + 32);
        return (char)cp;
    }
    char letter = vnfix_fold_letter(cp);
    if (letter)
        return letter;
    switch (cp) {
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212:
        return '-';
    case 0x2018: case 0x2019: return '\'';
    case 0x201C: case 0x201D: return '"';
    case 0x00A0: case 0x2002: case 0x2003: case 0x2009: case 0x202F: return ' ';
    case 0x2022: case 0x25CF: case 0xF0B7: return '*';
    case 0x2026: return '.';
    default: return '~';
    }
}

int cp_is_upper(uint32_t cp)
{
    if (cp >= 'A' && cp <= 'Z')
        return 1;
    if (cp < 0xC0)
        return 0;
    if (cp <= 0xDE)
        return cp != 0xD7;
    if (cp >= 0x100 && cp <= 0x1B0)
        return cp == 0x1A0 || cp == 0x1AF ? 1 : (cp < 0x180 ? !(cp & 1) : 0);
    if (cp >= 0x1EA0 && cp <= 0x1EF9)
        return !(cp & 1);
    return 0;
}

uint32_t cp_to_lower(uint32_t cp)
{
    if (!cp_is_upper(cp))
        return cp;
    /* the ranges cp_is_upper knows: capitals are 32 below, or 1 below, their lower case */
    if (cp < 0x80 || (cp >= 0xC0 && cp <= 0xDE))
        return cp + 32;
    return cp + 1;
}

int cp_is_lower(uint32_t cp)
{
    if (cp >= 'a' && cp <= 'z')
        return 1;
    if (cp < 0xC0)
        return 0;
    char f = fold_cp(cp);
    return f >= 'a' && f <= 'z' && !cp_is_upper(cp);
}

size_t seg_fold(const char *s, size_t len, char *out, size_t *cpos)
{
    size_t i = 0, n = 0;
    while (i < len) {
        if (cpos)
            cpos[n] = i;
        uint32_t cp = seg_utf8_next(s, len, &i);
        out[n++] = fold_cp(cp);
    }
    if (cpos)
        cpos[n] = len;
    out[n] = 0;
    return n;
}

char *seg_fold_str(const char *s)
{
    size_t len = strlen(s);
    char *out = malloc(len + 1);
    if (out)
        seg_fold(s, len, out, NULL);
    return out;
}

char *seg_clean(const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f'))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == '\f'))
        n--;
    char *p = malloc(n + 1);
    if (!p)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '\t' || c == '\n' || c == '\r' || c == '\f')
            c = ' ';
        if (c == ' ' && k && p[k - 1] == ' ')
            continue;
        p[k++] = c;
    }
    p[k] = 0;
    return p;
}

int seg_edit_distance(const char *a, size_t na, const char *b, size_t nb, int max)
{
    if ((size_t)abs((int)na - (int)nb) > (size_t)max)
        return max + 1;
    int row[256];
    if (nb >= 255)
        return max + 1;
    for (size_t j = 0; j <= nb; j++)
        row[j] = (int)j;
    for (size_t i = 1; i <= na; i++) {
        int diag = row[0], best;
        row[0] = (int)i;
        best = row[0];
        for (size_t j = 1; j <= nb; j++) {
            int up = row[j];
            int v = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < v) v = up + 1;
            if (row[j - 1] + 1 < v) v = row[j - 1] + 1;
            row[j] = v;
            diag = up;
            if (v < best) best = v;
        }
        if (best > max)
            return max + 1;
    }
    return row[nb];
}

int seg_fuzzy_find(const char *s, size_t ns, const char *pat, int max, size_t *start, size_t *end)
{
    /* Sellers: the pattern may begin anywhere in s. Columns over the pattern,
     * rows over s; we also track where each best alignment began. */
    size_t m = strlen(pat);
    if (m == 0 || m >= 200)
        return -1;
    int cost[201];
    size_t from[201];
    for (size_t j = 0; j <= m; j++) {
        cost[j] = (int)j;
        from[j] = 0;
    }
    int best = max + 1;
    size_t bs = 0, be = 0;
    for (size_t i = 1; i <= ns; i++) {
        int diag = cost[0];
        size_t dfrom = from[0];
        cost[0] = 0;
        from[0] = i;
        for (size_t j = 1; j <= m; j++) {
            int up = cost[j];
            size_t ufrom = from[j];
            int v = diag + (s[i - 1] != pat[j - 1]);
            size_t f = dfrom;
            if (up + 1 < v) { v = up + 1; f = ufrom; }
            if (cost[j - 1] + 1 < v) { v = cost[j - 1] + 1; f = from[j - 1]; }
            cost[j] = v;
            from[j] = f;
            diag = up;
            dfrom = ufrom;
        }
        if (cost[m] < best) {
            best = cost[m];
            bs = from[m];
            be = i;
        }
    }
    if (best > max)
        return -1;
    *start = bs;
    *end = be;
    return best;
}
