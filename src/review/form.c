/* Form fields of sohoa review's requests (see form.h). */
#include "review/form.h"

#include <stdlib.h>
#include <string.h>

const char *const form_fields[FORM_N] = {"id", "page", "word", "line", "old", "new", "q", "full",
                                         "field"};

const char *form_get(const form *f, const char *name)
{
    for (int i = 0; i < FORM_N; i++)
        if (!strcmp(form_fields[i], name))
            return f->v[i];
    return NULL;
}

void form_free(form *f)
{
    for (int i = 0; i < FORM_N; i++)
        free(f->v[i]);
    memset(f, 0, sizeof *f);
}

static int hexval(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Percent-decode s[0..n) ('+' is a space). NULL on a bad escape or NUL. */
static char *url_decode(const char *s, size_t n)
{
    char *out = malloc(n + 1), *o = out;
    for (size_t i = 0; out && i < n; i++) {
        if (!s[i]) {
            free(out);  /* a raw NUL would cut the value short unseen */
            return NULL;
        }
        if (s[i] == '%') {
            int a = i + 2 < n ? hexval(s[i + 1]) : -1;
            int b = a >= 0 ? hexval(s[i + 2]) : -1;
            if (b < 0 || (a == 0 && b == 0)) {
                free(out);
                return NULL;
            }
            *o++ = (char)(a * 16 + b);
            i += 2;
        } else {
            *o++ = s[i] == '+' ? ' ' : s[i];
        }
    }
    if (o)
        *o = 0;
    return out;
}

/* An application/x-www-form-urlencoded body into f: known fields only,
 * each at most once. 0, or -1 (bad body). */
int form_parse(const char *body, size_t len, form *f)
{
    memset(f, 0, sizeof *f);
    for (size_t at = 0; at < len;) {
        const char *p = body + at;
        const char *amp = memchr(p, '&', len - at);
        size_t fl = amp ? (size_t)(amp - p) : len - at;
        const char *eq = memchr(p, '=', fl);
        at += fl + 1;
        if (!fl)
            continue;
        if (!eq)
            goto bad;
        char *key = url_decode(p, (size_t)(eq - p));
        char *val = url_decode(eq + 1, fl - (size_t)(eq - p) - 1);
        int slot = -1;
        for (int i = 0; key && i < FORM_N; i++)
            if (!strcmp(form_fields[i], key))
                slot = i;
        free(key);
        if (!val || slot < 0 || f->v[slot]) {
            free(val);
            goto bad;
        }
        f->v[slot] = val;
    }
    return 0;
bad:
    form_free(f);
    return -1;
}
