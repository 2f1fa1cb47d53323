/* The shard manifest: balancing, writing and reading manifest.tsv. */
#define _POSIX_C_SOURCE 200809L
#include "batch/manifest.h"

#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "common/atomicfile.h"

static const char header[] = "shard\tpath\tsize\tpages\tsha256\toutput\tgiven";

void manifest_free(manifest *m)
{
    for (size_t i = 0; i < m->n; i++) {
        free(m->e[i].path);
        free(m->e[i].output);
        free(m->e[i].given);
    }
    free(m->e);
    memset(m, 0, sizeof *m);
}

int manifest_add(manifest *m, const char *path, const char *given, const char *output,
                 int64_t size, int pages, const char *sha256)
{
    if (m->n == m->cap) {
        size_t nc = m->cap ? m->cap * 2 : 64;
        manifest_entry *p = realloc(m->e, nc * sizeof *p);
        if (!p)
            return -1;
        m->e = p;
        m->cap = nc;
    }
    manifest_entry *e = &m->e[m->n];
    memset(e, 0, sizeof *e);
    e->path = strdup(path);
    e->given = strdup(given);
    e->output = strdup(output);
    if (!e->path || !e->given || !e->output) {
        free(e->path);
        free(e->given);
        free(e->output);
        return -1;
    }
    e->size = size;
    e->pages = pages;
    snprintf(e->sha256, sizeof e->sha256, "%s", sha256 && *sha256 ? sha256 : "-");
    m->n++;
    return 0;
}

static int weight(const manifest_entry *e) { return e->pages > 0 ? e->pages : 1; }

static int cmp_heaviest(const void *a, const void *b)
{
    const manifest_entry *x = *(manifest_entry *const *)a, *y = *(manifest_entry *const *)b;
    if (weight(x) != weight(y))
        return weight(x) > weight(y) ? -1 : 1;
    if (x->size != y->size)
        return x->size > y->size ? -1 : 1;
    return strcmp(x->path, y->path);
}

typedef struct {
    manifest_entry e;
    size_t order;
} ordered;

static int cmp_shard(const void *a, const void *b)
{
    const ordered *x = a, *y = b;
    if (x->e.shard != y->e.shard)
        return x->e.shard < y->e.shard ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

int manifest_balance(manifest *m, int shards)
{
    if (shards < 1)
        return -1;
    m->shards = shards;
    if (!m->n)
        return 0;
    manifest_entry **v = malloc(m->n * sizeof *v);
    long *load = calloc((size_t)shards, sizeof *load);
    ordered *o = malloc(m->n * sizeof *o);
    if (!v || !load || !o) {
        free(v);
        free(load);
        free(o);
        return -1;
    }
    for (size_t i = 0; i < m->n; i++)
        v[i] = &m->e[i];
    qsort(v, m->n, sizeof *v, cmp_heaviest);
    for (size_t i = 0; i < m->n; i++) {
        int best = 0;
        for (int s = 1; s < shards; s++)
            if (load[s] < load[best])
                best = s;
        v[i]->shard = best;
        load[best] += weight(v[i]);
    }
    for (size_t i = 0; i < m->n; i++) {
        o[i].e = m->e[i];
        o[i].order = i;
    }
    qsort(o, m->n, sizeof *o, cmp_shard);
    for (size_t i = 0; i < m->n; i++)
        m->e[i] = o[i].e;
    free(v);
    free(load);
    free(o);
    return 0;
}

long manifest_shard_pages(const manifest *m, int shard)
{
    long n = 0;
    for (size_t i = 0; i < m->n; i++)
        if (m->e[i].shard == shard)
            n += m->e[i].pages;
    return n;
}

static void put_field(FILE *f, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '\t': fputs("\\t", f); break;
        case '\n': fputs("\\n", f); break;
        case '\r': fputs("\\r", f); break;
        case '\\': fputs("\\\\", f); break;
        default: fputc(*s, f);
        }
    }
}

int manifest_write(const manifest *m, const char *path, char *err, size_t errlen)
{
    atomic_file af;
    if (atomic_open(&af, path) != 0) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    long pages = 0;
    for (size_t i = 0; i < m->n; i++)
        pages += m->e[i].pages;
    fprintf(af.fp, "# sohoa manifest shards=%d inputs=%zu pages=%ld (balanced by pages;"
                   " see sohoa(1), PLAN)\n%s\n", m->shards, m->n, pages, header);
    for (size_t i = 0; i < m->n; i++) {
        const manifest_entry *e = &m->e[i];
        fprintf(af.fp, "%d\t", e->shard);
        put_field(af.fp, e->path);
        fprintf(af.fp, "\t%" PRId64 "\t%d\t%s\t", e->size, e->pages, e->sha256);
        put_field(af.fp, e->output);
        fputc('\t', af.fp);
        put_field(af.fp, e->given);
        fputc('\n', af.fp);
    }
    if (atomic_commit(&af) != 0) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    return 0;
}

/* Undo put_field in place. -1 on an unknown escape. */
static int unescape(char *s)
{
    char *w = s;
    for (char *r = s; *r; r++) {
        if (*r != '\\') {
            *w++ = *r;
            continue;
        }
        switch (*++r) {
        case 't': *w++ = '\t'; break;
        case 'n': *w++ = '\n'; break;
        case 'r': *w++ = '\r'; break;
        case '\\': *w++ = '\\'; break;
        default: return -1;
        }
    }
    *w = 0;
    return 0;
}

static int parse_long(const char *s, long long lo, long long hi, long long *out)
{
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (errno || end == s || *end || v < lo || v > hi)
        return -1;
    *out = v;
    return 0;
}

static int is_hex64(const char *s)
{
    if (!strcmp(s, "-"))
        return 1;
    if (strlen(s) != 64)
        return 0;
    for (; *s; s++)
        if (!((*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'f')))
            return 0;
    return 1;
}

int manifest_parse(manifest *m, FILE *f, const char *name, char *err, size_t errlen)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long lineno = 0;
    int declared = -1, seen_header = 0, rc = 0, maxshard = -1;
    while (rc == 0 && (len = getline(&line, &cap, f)) > 0) {
        lineno++;
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = 0;
        if (line[0] == '#') {
            const char *p = strstr(line, "shards=");
            if (lineno == 1 && p && !strncmp(line, "# sohoa manifest", 16)) {
                long long v;
                char num[16];
                snprintf(num, sizeof num, "%.*s", (int)strspn(p + 7, "0123456789"), p + 7);
                if (parse_long(num, 1, 1000000, &v) == 0)
                    declared = (int)v;
            }
            continue;
        }
        if (!len)
            continue;
        if (!seen_header) {
            if (strcmp(line, header)) {
                snprintf(err, errlen, "%s: line %ld: expected the header \"shard<TAB>path<TAB>...\"",
                         name, lineno);
                rc = -1;
            }
            seen_header = 1;
            continue;
        }
        char *field[8];
        int nf = 0;
        for (char *p = line; nf < 8;) {
            field[nf++] = p;
            char *tab = strchr(p, '\t');
            if (!tab)
                break;
            *tab = 0;
            p = tab + 1;
        }
        long long shard, size, pages;
        if (nf != 7) {
            snprintf(err, errlen, "%s: line %ld: expected 7 tab-separated fields", name, lineno);
            rc = -1;
        } else if (parse_long(field[0], 0, 1000000, &shard) ||
                   parse_long(field[2], -1, INT64_MAX, &size) ||
                   parse_long(field[3], 0, 10000000, &pages) || !is_hex64(field[4])) {
            snprintf(err, errlen, "%s: line %ld: bad shard, size, pages or sha256", name, lineno);
            rc = -1;
        } else if (unescape(field[1]) || unescape(field[5]) || unescape(field[6]) ||
                   field[1][0] != '/' || !field[5][0]) {
            snprintf(err, errlen, "%s: line %ld: bad path or output (paths must be absolute)",
                     name, lineno);
            rc = -1;
        } else if (manifest_add(m, field[1], field[6], field[5], size, (int)pages, field[4])) {
            snprintf(err, errlen, "out of memory");
            rc = -1;
        } else {
            m->e[m->n - 1].shard = (int)shard;
            if (shard > maxshard)
                maxshard = (int)shard;
        }
    }
    free(line);
    if (rc == 0 && ferror(f)) {
        snprintf(err, errlen, "%s: read error", name);
        rc = -1;
    }
    if (rc == 0 && !seen_header) {
        snprintf(err, errlen, "%s: not a sohoa manifest (no header line)", name);
        rc = -1;
    }
    if (rc == 0 && declared >= 0 && maxshard >= declared) {
        snprintf(err, errlen, "%s: shard %d named, but the manifest declares shards=%d", name,
                 maxshard, declared);
        rc = -1;
    }
    if (rc == 0)
        m->shards = declared >= 0 ? declared : maxshard + 1;
    return rc;
}

int manifest_read(manifest *m, const char *path, char *err, size_t errlen)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    int rc = manifest_parse(m, f, path, err, errlen);
    fclose(f);
    return rc;
}

static char *in_outdir(const char *outdir, const char *name)
{
    size_t lo = strlen(outdir), n = lo + strlen(name) + 2;
    char *s = malloc(n);
    if (s)
        snprintf(s, n, "%s%s%s", outdir, lo && outdir[lo - 1] == '/' ? "" : "/", name);
    return s;
}

int manifest_load(manifest *m, const char *outdir, char *err, size_t errlen)
{
    char *p = in_outdir(outdir, MANIFEST_FILE);
    if (!p) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    int rc = manifest_read(m, p, err, errlen);
    free(p);
    return rc;
}

char *manifest_shard_catalog(const char *outdir, int shard)
{
    char name[48];
    snprintf(name, sizeof name, "catalog-shard-%d.sqlite", shard);
    return in_outdir(outdir, name);
}

int manifest_shard_inputs(const manifest *m, int shard, const char *outdir, walk_list *list)
{
    for (size_t i = 0; i < m->n; i++) {
        const manifest_entry *e = &m->e[i];
        if (e->shard != shard)
            continue;
        if (list->n == list->cap) {
            size_t nc = list->cap ? list->cap * 2 : 64;
            walk_item *p = realloc(list->items, nc * sizeof *p);
            if (!p)
                return -1;
            list->items = p;
            list->cap = nc;
        }
        walk_item *it = &list->items[list->n];
        memset(it, 0, sizeof *it);
        it->path = strdup(e->given);
        it->abspath = strdup(e->path);
        it->outbase = in_outdir(outdir, e->output);
        if (!it->path || !it->abspath || !it->outbase) {
            free(it->path);
            free(it->abspath);
            free(it->outbase);
            return -1;
        }
        list->n++;
    }
    return 0;
}

int manifest_shard_arg(const char *value, int *shard, char *err, size_t errlen)
{
    const char *from = value ? "--shard" : "SLURM_ARRAY_TASK_ID";
    if (!value)
        value = getenv("SLURM_ARRAY_TASK_ID");
    if (!value || !*value) {
        snprintf(err, errlen, "--shard without a number needs SLURM_ARRAY_TASK_ID"
                              " (set in Slurm array tasks)");
        return -1;
    }
    long long v;
    if (parse_long(value, 0, 1000000, &v)) {
        snprintf(err, errlen, "%s: '%s' is not a shard number", from, value);
        return -1;
    }
    *shard = (int)v;
    return 0;
}

int manifest_run_shard(const char *outdir, const char *value, walk_list *list, char **catalog,
                       char *err, size_t errlen)
{
    int shard;
    if (manifest_shard_arg(*value ? value : NULL, &shard, err, errlen) != 0)
        return -1;
    manifest m;
    memset(&m, 0, sizeof m);
    if (manifest_load(&m, outdir, err, errlen) != 0)
        return -2;
    int rc = 0;
    if (shard >= m.shards) {
        snprintf(err, errlen, "shard %d: the manifest has shards 0 to %d", shard, m.shards - 1);
        rc = -1;
    } else if (manifest_shard_inputs(&m, shard, outdir, list) != 0 ||
               !(*catalog = manifest_shard_catalog(outdir, shard))) {
        snprintf(err, errlen, "out of memory");
        rc = -2;
    } else if (list->n == 0) {
        snprintf(err, errlen, "shard %d of the manifest has no inputs", shard);
        rc = -2;
    }
    manifest_free(&m);
    return rc;
}
