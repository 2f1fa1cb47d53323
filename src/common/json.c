/* json.c: see json.h. */
#include "json.h"
#include "sbuf.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void json_init(json_writer *w, int pretty)
{
    memset(w, 0, sizeof *w);
    w->pretty = pretty;
}

void json_free(json_writer *w)
{
    sb_free(&w->out);
    memset(w, 0, sizeof *w);
}

int json_ok(const json_writer *w) { return !w->failed && !w->out.failed && w->out.buf; }

char *json_take(json_writer *w, size_t *len)
{
    if (w->failed) {
        sb_free(&w->out);
        if (len)
            *len = 0;
        return NULL;
    }
    return sb_take(&w->out, len);
}

static void put(json_writer *w, const char *s, size_t n)
{
    if (!w->failed)
        sb_add(&w->out, s, n);
}

static void newline(json_writer *w)
{
    if (!w->pretty)
        return;
    put(w, "\n", 1);
    for (int i = 0; i < w->depth; i++)
        put(w, "  ", 2);
}

/* Comma and indentation before a value (or key) at the current level. */
static void before_value(json_writer *w)
{
    if (w->after_key) {
        w->after_key = 0;
        return;
    }
    if (w->depth > 0) {
        if (w->nonempty[w->depth - 1])
            put(w, ",", 1);
        w->nonempty[w->depth - 1] = 1;
        newline(w);
    }
}

static void open(json_writer *w, char c)
{
    before_value(w);
    put(w, &c, 1);
    if (w->depth >= JSON_MAX_DEPTH) {
        w->failed = 1;
        return;
    }
    w->nonempty[w->depth++] = 0;
}

static void close_(json_writer *w, char c)
{
    if (w->depth <= 0) {
        w->failed = 1;
        return;
    }
    int had = w->nonempty[--w->depth];
    if (had)
        newline(w);
    put(w, &c, 1);
}

void json_begin_object(json_writer *w) { open(w, '{'); }
void json_end_object(json_writer *w) { close_(w, '}'); }
void json_begin_array(json_writer *w) { open(w, '['); }
void json_end_array(json_writer *w) { close_(w, ']'); }

static void put_escaped(json_writer *w, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    put(w, "\"", 1);
    size_t run = 0; /* bytes copied verbatim are flushed in runs */
    for (size_t i = 0; i < n;) {
        unsigned c = p[i];
        const char *esc = NULL;
        char tmp[8];
        size_t k = 1;
        if (c == '"') esc = "\\\"";
        else if (c == '\\') esc = "\\\\";
        else if (c == '\n') esc = "\\n";
        else if (c == '\r') esc = "\\r";
        else if (c == '\t') esc = "\\t";
        else if (c < 0x20 || c == 0x7F) {
            snprintf(tmp, sizeof tmp, "\\u%04x", c);
            esc = tmp;
        } else if (c >= 0x80) {
            if (utf8_decode(p + i, n - i, &k) < 0)
                esc = "\xEF\xBF\xBD";
        }
        if (esc) {
            put(w, s + i - run, run);
            run = 0;
            put(w, esc, strlen(esc));
        } else {
            run += k;
        }
        i += k;
    }
    put(w, s + n - run, run);
    put(w, "\"", 1);
}

void json_key(json_writer *w, const char *key)
{
    before_value(w);
    put_escaped(w, key, strlen(key));
    put(w, w->pretty ? ": " : ":", w->pretty ? 2 : 1);
    w->after_key = 1;
}

void json_string_n(json_writer *w, const char *s, size_t n)
{
    if (!s) {
        json_null(w);
        return;
    }
    before_value(w);
    put_escaped(w, s, n);
}

void json_string(json_writer *w, const char *s)
{
    json_string_n(w, s, s ? strlen(s) : 0);
}

void json_int(json_writer *w, int64_t v)
{
    char tmp[32];
    before_value(w);
    int n = snprintf(tmp, sizeof tmp, "%lld", (long long)v);
    put(w, tmp, (size_t)n);
}

void json_number(json_writer *w, double v)
{
    if (!isfinite(v)) {
        json_null(w);
        return;
    }
    char tmp[40];
    before_value(w);
    int n = 0;
    /* Whole numbers as integers: %g would write 100 as 1e+02. */
    if (v == (double)(int64_t)v && fabs(v) < 1e15) {
        n = snprintf(tmp, sizeof tmp, "%lld", (long long)v);
        put(w, tmp, (size_t)n);
        return;
    }
    /* Otherwise the shortest %g precision that reads back exactly. */
    for (int prec = 1; prec <= 17; prec++) {
        n = snprintf(tmp, sizeof tmp, "%.*g", prec, v);
        if (strtod(tmp, NULL) == v)
            break;
    }
    put(w, tmp, (size_t)n);
}

void json_bool(json_writer *w, int v)
{
    before_value(w);
    put(w, v ? "true" : "false", v ? 4 : 5);
}

void json_null(json_writer *w)
{
    before_value(w);
    put(w, "null", 4);
}

void json_raw(json_writer *w, const char *s, size_t n)
{
    before_value(w);
    put(w, s, n);
}
