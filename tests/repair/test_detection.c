/*
 * The generated detection set: clean Vietnamese text (seeds 002 and 004,
 * corpus/vnfix/clean-*.txt) encoded every way vnfix detects, as whole files
 * and as files of mixed spans (a new source drawn at random every three
 * lines or so), repaired with automatic detection. A span (a line with
 * something to repair) is right when the automatic repair gives what
 * decoding with the source named gives (that is the clean line up to what
 * the encoding cannot hold, as test-repair-roundtrip checks: '?' for a dash
 * VISCII lacks, the case of toned capitals TCVN3 and VPS lack). Prints the
 * rates per source and overall; fails below 99%.
 *
 * usage: test-repair-detection CLEAN.txt...
 */
#include "vnfix.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/unorm2.h>
#include <unicode/ustring.h>

/* nfd: 1 for UTF-8 in NFD; 2 for TCVN3 mojibake with its soft hyphens (ư)
 * stripped by an editor. */
typedef struct { vnfix_encoding enc; vnfix_form form; int nfd; const char *name; } source;

static const source sources[] = {
    {VNFIX_ENC_UTF8, VNFIX_FORM_BYTES, 0, "utf-8"},
    {VNFIX_ENC_UTF8, VNFIX_FORM_BYTES, 1, "utf-8 NFD"},
    {VNFIX_ENC_VNI, VNFIX_FORM_BYTES, 0, "vni"},
    {VNFIX_ENC_VNI, VNFIX_FORM_CP1252, 0, "vni as cp1252"},
    {VNFIX_ENC_VNI, VNFIX_FORM_LATIN1, 0, "vni as latin-1"},
    {VNFIX_ENC_TCVN3, VNFIX_FORM_BYTES, 0, "tcvn3"},
    {VNFIX_ENC_TCVN3, VNFIX_FORM_CP1252, 0, "tcvn3 as cp1252"},
    {VNFIX_ENC_TCVN3, VNFIX_FORM_LATIN1, 0, "tcvn3 as latin-1"},
    {VNFIX_ENC_TCVN3, VNFIX_FORM_CP1252, 2, "tcvn3 as cp1252, ư stripped"},
    {VNFIX_ENC_VISCII, VNFIX_FORM_BYTES, 0, "viscii"},
    {VNFIX_ENC_VISCII, VNFIX_FORM_CP1252, 0, "viscii as cp1252"},
    {VNFIX_ENC_VISCII, VNFIX_FORM_LATIN1, 0, "viscii as latin-1"},
    {VNFIX_ENC_VPS, VNFIX_FORM_BYTES, 0, "vps"},
    {VNFIX_ENC_VPS, VNFIX_FORM_CP1252, 0, "vps as cp1252"},
    {VNFIX_ENC_VPS, VNFIX_FORM_LATIN1, 0, "vps as latin-1"},
    {VNFIX_ENC_CP1258, VNFIX_FORM_BYTES, 0, "cp1258"},
    {VNFIX_ENC_CP1258, VNFIX_FORM_CP1252, 0, "cp1258 as cp1252"},
    {VNFIX_ENC_CP1258, VNFIX_FORM_LATIN1, 0, "cp1258 as latin-1"},
    {VNFIX_ENC_UTF8_DOUBLE, VNFIX_FORM_CP1252, 0, "utf-8 as cp1252"},
    {VNFIX_ENC_UTF8_DOUBLE, VNFIX_FORM_LATIN1, 0, "utf-8 as latin-1"},
};
#define NSRC (sizeof sources / sizeof sources[0])

typedef struct { char *p; size_t n, cap; } buf;
static void add(buf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        b->cap = (b->n + n + 1) * 2;
        b->p = realloc(b->p, b->cap);
        if (!b->p) { perror("realloc"); exit(2); }
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

static char *nfd(const char *s, size_t n, size_t *outn)
{
    UErrorCode st = U_ZERO_ERROR;
    const UNormalizer2 *d = unorm2_getNFDInstance(&st);
    int32_t ul;
    UChar *u = malloc((n + 1) * sizeof *u), *v = malloc((n * 3 + 1) * sizeof *v);
    u_strFromUTF8(u, (int32_t)n + 1, &ul, s, (int32_t)n, &st);
    int32_t vl = unorm2_normalize(d, u, ul, v, (int32_t)n * 3 + 1, &st);
    char *o = malloc(n * 4 + 1);
    int32_t ol;
    u_strToUTF8(o, (int32_t)n * 4 + 1, &ol, v, vl, &st);
    free(u), free(v);
    if (U_FAILURE(st)) { fprintf(stderr, "ICU: %s\n", u_errorName(st)); exit(2); }
    *outn = (size_t)ol;
    return o;
}

/* Encode one line in a source (toned capitals the target lacks are typed
 * with the lowercase codes, as in a capitals font). */
static void encode_line(const source *s, const char *line, size_t n, buf *out)
{
    if (s->enc == VNFIX_ENC_UTF8) {
        if (!s->nfd) { add(out, line, n); return; }
        size_t m;
        char *d = nfd(line, n, &m);
        add(out, d, m);
        free(d);
        return;
    }
    char *o;
    size_t m;
    int rc = vnfix_encode_form(s->enc, s->form, line, n, &o, &m, VNFIX_REPLACE_FOLD, NULL);
    if (rc) { fprintf(stderr, "encode %s: %s\n", s->name, vnfix_strerror(rc)); exit(2); }
    if (s->nfd == 2) {                    /* drop every U+00AD */
        size_t k = 0;
        for (size_t i = 0; i < m; i++) {
            if (i + 1 < m && (unsigned char)o[i] == 0xC2 && (unsigned char)o[i + 1] == 0xAD) { i++; continue; }
            o[k++] = o[i];
        }
        m = k;
    }
    add(out, o, m);
    vnfix_free(o);
}

/* What decoding one encoded line with its source named gives. */
static void reference(const source *s, const char *enc, size_t n, char **out, size_t *outn)
{
    vnfix_options o;
    vnfix_options_init(&o);
    o.from = s->enc;
    vnfix_ctx *c = vnfix_create(&o);
    if (!c || vnfix_buffer(c, enc, n, out, outn)) { fprintf(stderr, "reference decode failed\n"); exit(2); }
    vnfix_destroy(c);
}

typedef struct { size_t right, total; } tally;

/* Repair doc (lines in src_of[i]) and count the spans against the lines
 * decoded with their source named. */
static void judge(vnfix_ctx *ctx, const buf *doc, char **clean, size_t *clen, const size_t *src_of,
                  size_t nlines, tally *t, tally *per, int *shown)
{
    char *out;
    size_t n;
    if (vnfix_buffer(ctx, doc->p, doc->n, &out, &n)) { fprintf(stderr, "vnfix_buffer failed\n"); exit(2); }
    size_t at = 0;
    for (size_t i = 0; i < nlines; i++) {
        const char *nl = memchr(out + at, '\n', n - at);
        size_t len = nl ? (size_t)(nl - (out + at)) : n - at;
        /* a span is a line with something to repair: not ASCII */
        int viet = 0;
        for (size_t k = 0; k < clen[i]; k++) if ((unsigned char)clean[i][k] >= 0x80) { viet = 1; break; }
        if (viet) {
            const source *s = &sources[src_of[i]];
            buf one = {0};
            char *want;
            size_t wn;
            encode_line(s, clean[i], clen[i], &one);
            reference(s, one.p, one.n, &want, &wn);
            free(one.p);
            int ok = wn == len && !memcmp(want, out + at, len);
            t->total++, per[src_of[i]].total++;
            if (ok) t->right++, per[src_of[i]].right++;
            else if ((*shown)++ < 30)
                fprintf(stderr, "  [%s] want: %.*s\n  %*s got:  %.*s\n", s->name, (int)wn, want,
                        (int)strlen(s->name), "", (int)len, out + at);
            vnfix_free(want);
        }
        at += len + (nl ? 1 : 0);
    }
    vnfix_free(out);
}

int main(int argc, char **argv)
{
    if (argc < 2) { fprintf(stderr, "usage: %s CLEAN.txt...\n", argv[0]); return 2; }
    /* as the vnfix command runs: with the language model when it is found */
    vnfix_model *model = vnfix_model_open(NULL, NULL, 0);
    vnfix_options opt;
    vnfix_options_init(&opt);
    opt.model = model;
    vnfix_ctx *ctx = vnfix_create(&opt);
    tally whole = {0, 0}, mixed = {0, 0}, per[NSRC];
    memset(per, 0, sizeof per);
    int shown = 0;
    uint32_t seed = 12345;
    for (int a = 1; a < argc; a++) {
        FILE *f = fopen(argv[a], "rb");
        if (!f) { perror(argv[a]); return 2; }
        buf text = {0};
        char chunk[65536];
        size_t k;
        while ((k = fread(chunk, 1, sizeof chunk, f)) > 0) add(&text, chunk, k);
        fclose(f);
        /* lines */
        size_t nlines = 0, cap = 1024;
        char **line = malloc(cap * sizeof *line);
        size_t *len = malloc(cap * sizeof *len), *src_of = malloc(cap * sizeof *src_of);
        for (char *p = text.p; p < text.p + text.n;) {
            char *nl = memchr(p, '\n', (size_t)(text.p + text.n - p));
            size_t l = nl ? (size_t)(nl - p) : (size_t)(text.p + text.n - p);
            if (nlines == cap) {
                cap *= 2;
                line = realloc(line, cap * sizeof *line);
                len = realloc(len, cap * sizeof *len);
                src_of = realloc(src_of, cap * sizeof *src_of);
            }
            line[nlines] = p, len[nlines] = l, nlines++;
            p += l + 1;
        }
        /* whole files, one per source */
        for (size_t s = 0; s < NSRC; s++) {
            buf doc = {0};
            for (size_t i = 0; i < nlines; i++) {
                encode_line(&sources[s], line[i], len[i], &doc);
                add(&doc, "\n", 1);
                src_of[i] = s;
            }
            judge(ctx, &doc, line, len, src_of, nlines, &whole, per, &shown);
            free(doc.p);
        }
        /* mixed spans: three shuffles of the file */
        for (int round = 0; round < 3; round++) {
            buf doc = {0};
            size_t s = 0;
            for (size_t i = 0; i < nlines; i++) {
                seed = seed * 1103515245u + 12345u;
                if (i == 0 || (seed >> 16) % 3 == 0) {     /* a new span every ~3 lines */
                    seed = seed * 1103515245u + 12345u;
                    s = (seed >> 16) % NSRC;
                }
                encode_line(&sources[s], line[i], len[i], &doc);
                add(&doc, "\n", 1);
                src_of[i] = s;
            }
            judge(ctx, &doc, line, len, src_of, nlines, &mixed, per, &shown);
            free(doc.p);
        }
        free(line), free(len), free(src_of), free(text.p);
    }
    vnfix_destroy(ctx);
    vnfix_model_close(model);
    for (size_t s = 0; s < NSRC; s++)
        if (per[s].total)
            printf("  %-18s %6zu/%-6zu %6.2f%%\n", sources[s].name, per[s].right, per[s].total,
                   100.0 * (double)per[s].right / (double)per[s].total);
    double rw = 100.0 * (double)whole.right / (double)whole.total;
    double rm = 100.0 * (double)mixed.right / (double)mixed.total;
    printf("detection, whole files: %zu/%zu spans right (%.2f%%)\n", whole.right, whole.total, rw);
    printf("detection, mixed spans: %zu/%zu spans right (%.2f%%)\n", mixed.right, mixed.total, rm);
    int ok = rw >= 99.0 && rm >= 99.0;
    printf("%s (threshold 99%%)\n", ok ? "ok" : "FAIL");
    return !ok;
}
