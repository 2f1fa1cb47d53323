/* lm.c: map the syllable model file and answer n-gram and index queries. */
#define _DEFAULT_SOURCE 1            /* madvise */
#include "restore_lm.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define NSECT 15
#define NHEAD 12
#define HEADLEN (8 + 4 * NHEAD + 8 * NSECT)

static uint32_t rd32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t rd64(const unsigned char *p)
{
    return (uint64_t)rd32(p) | (uint64_t)rd32(p + 4) << 32;
}

/* The counts of the header (after the magic). */
static void read_counts(lm_model *m, const unsigned char *p)
{
    m->nvocab = rd32(p + 8);
    m->bslots = rd32(p + 12);
    m->tslots = rd32(p + 16);
    m->nkeys = rd32(p + 20);
    m->ncand = rd32(p + 24);
    m->nchkeys = rd32(p + 28);
    m->nchent = rd32(p + 32);
    m->unk_types = rd32(p + 36);
    m->bcslots = rd32(p + 40);
    m->tcslots = rd32(p + 44);
    m->kneser_ney = rd32(p + 48) == 1;
}

/* The sections' offsets into off, each checked to be aligned and to hold
 * its bytes inside the file: the first section that does not, or -1. */
static int section_offsets(const lm_model *m, uint64_t off[NSECT])
{
    const unsigned char *p = m->map;
    uint64_t need[NSECT] = {
        0, 4ull * m->nvocab, 2ull * m->nvocab, 4ull * m->bslots, 2ull * m->bslots,
        4ull * m->tslots, 2ull * m->tslots, 4ull * m->bcslots, 2ull * m->bcslots,
        4ull * m->tcslots, 2ull * m->tcslots, 12ull * m->nkeys, 4ull * m->ncand,
        12ull * m->nchkeys, 8ull * m->nchent,
    };
    for (int i = 0; i < NSECT; i++) {
        off[i] = rd64(p + 8 + 4 * NHEAD + 8 * i);
        if (off[i] % 8 || off[i] > m->size || need[i] > m->size - off[i])
            return i;
    }
    return -1;
}

/* Hash tables a power of two, a vocabulary with its reserved ids, and the
 * string section ending in a NUL. */
static int header_consistent(const lm_model *m, const uint64_t off[NSECT])
{
    const unsigned char *p = m->map;
    return !((m->bslots & (m->bslots - 1)) || (m->tslots & (m->tslots - 1)) || !m->bslots ||
             !m->tslots || !m->bcslots || !m->tcslots || (m->bcslots & (m->bcslots - 1)) ||
             (m->tcslots & (m->tcslots - 1)) || m->nvocab < 4 || off[1] <= off[0] ||
             p[off[1] - 1] != 0);
}

static void point_sections(lm_model *m, const uint64_t off[NSECT])
{
    const unsigned char *p = m->map;
    m->strings = (const char *)p + off[0];
    m->voff = (const uint32_t *)(p + off[1]);
    m->uni = (const uint16_t *)(p + off[2]);
    m->bfp = (const uint32_t *)(p + off[3]);
    m->blp = (const uint16_t *)(p + off[4]);
    m->tfp = (const uint32_t *)(p + off[5]);
    m->tlp = (const uint16_t *)(p + off[6]);
    m->bcfp = (const uint32_t *)(p + off[7]);
    m->bclp = (const uint16_t *)(p + off[8]);
    m->tcfp = (const uint32_t *)(p + off[9]);
    m->tclp = (const uint16_t *)(p + off[10]);
    m->keys = (const uint32_t *)(p + off[11]);
    m->cand = (const uint32_t *)(p + off[12]);
    m->chkeys = (const uint32_t *)(p + off[13]);
    m->chent = (const uint32_t *)(p + off[14]);
}

/* The largest of n entries spaced stride apart (0 when n is 0), four at a
 * time in four registers: one comparison chain would wait on itself. */
static uint32_t max_of(const uint32_t *a, uint32_t n, uint32_t stride)
{
    uint32_t m0 = 0, m1 = 0, m2 = 0, m3 = 0, i = 0;
    size_t s = stride;
    for (; i + 4 <= n; i += 4, a += 4 * s) {
        m0 = a[0] > m0 ? a[0] : m0;
        m1 = a[s] > m1 ? a[s] : m1;
        m2 = a[2 * s] > m2 ? a[2 * s] : m2;
        m3 = a[3 * s] > m3 ? a[3 * s] : m3;
    }
    for (; i < n; i++, a += s)
        m0 = a[0] > m0 ? a[0] : m0;
    m0 = m1 > m0 ? m1 : m0;
    m2 = m3 > m2 ? m3 : m2;
    return m2 > m0 ? m2 : m0;
}

/* The largest first + count of n (stroff, first, count) triples. */
static uint64_t max_end(const uint32_t *t, uint32_t n)
{
    uint64_t mx = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint64_t e = (uint64_t)t[3 * (size_t)i + 1] + t[3 * (size_t)i + 2];
        mx = e > mx ? e : mx;
    }
    return mx;
}

/* Every string offset lands inside the string section (slen bytes), every
 * id and candidate run inside its table: the lookups need no check. (By
 * the largest of each column, not entry by entry with a branch on each:
 * the valid model's 170,000 entries took a million instructions at every
 * start.) */
static int indexes_in_range(const lm_model *m, uint64_t slen)
{
    return (!m->nvocab || max_of(m->voff, m->nvocab, 1) < slen) &&
           (!m->nkeys || (max_of(m->keys, m->nkeys, 3) < slen && max_end(m->keys, m->nkeys) <= m->ncand)) &&
           (!m->ncand || max_of(m->cand, m->ncand, 1) < m->nvocab) &&
           (!m->nchkeys ||
            (max_of(m->chkeys, m->nchkeys, 3) < slen && max_end(m->chkeys, m->nchkeys) <= m->nchent)) &&
           (!m->nchent || max_of(m->chent, m->nchent, 2) < m->nvocab);
}

/* (eight bytes a step, read little-endian as the file is: about 450 KB
 * for the shipped model, a tenth of a millisecond) */
static uint64_t fp_bytes(uint64_t h, const unsigned char *p, uint64_t n)
{
    uint64_t i = 0;
    for (; i + 8 <= n; i += 8) h = (h ^ rd64(p + i)) * 0x100000001B3ull, h ^= h >> 29;
    for (; i < n; i++) h = (h ^ p[i]) * 0x100000001B3ull;
    return (h ^ n) * 0x9E3779B97F4A7C15ull;
}

static uint64_t words_fp(const lm_model *m, const uint64_t off[NSECT])
{
    const unsigned char *p = m->map;
    uint64_t h = 0xCBF29CE484222325ull ^ m->nvocab ^ (uint64_t)m->unk_types << 32;
    h = fp_bytes(h, p + off[0], off[1] - off[0]);
    h = fp_bytes(h, p + off[1], 4ull * m->nvocab);
    h = fp_bytes(h, p + off[2], 2ull * m->nvocab);
    h = fp_bytes(h, p + off[11], 12ull * m->nkeys);
    return fp_bytes(h, p + off[12], 4ull * m->ncand);
}

int lm_open(lm_model *m, const char *path, char *err, size_t errlen)
{
    memset(m, 0, sizeof *m);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || st.st_size < HEADLEN) {
        snprintf(err, errlen, "%s: too short to be a syllable model", path);
        close(fd);
        return -1;
    }
    void *map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_SHARED, fd, 0);
    close(fd);
    if (map == MAP_FAILED) {
        snprintf(err, errlen, "%s: mmap: %s", path, strerror(errno));
        return -1;
    }
    if (memcmp(map, "VNSYLLM2", 8) != 0) {
        snprintf(err, errlen, "%s: not a syllable model (bad magic at byte 0)", path);
        munmap(map, (size_t)st.st_size);
        return -1;
    }
    m->map = map;
    m->size = (size_t)st.st_size;
    read_counts(m, map);
    uint64_t off[NSECT];
    int bad = section_offsets(m, off);
    if (bad >= 0)
        snprintf(err, errlen, "%s: section %d out of bounds (offset %llu)", path, bad,
                 (unsigned long long)off[bad]);
    else if (!header_consistent(m, off))
        snprintf(err, errlen, "%s: inconsistent header", path);
    else {
        point_sections(m, off);
        if (indexes_in_range(m, off[1] - off[0])) {
            m->words_fp = words_fp(m, off);
            return 0;
        }
        snprintf(err, errlen, "%s: index entry out of range", path);
    }
    lm_close(m);
    return -1;
}

/* The n-gram tables (12.5 MB of the shipped model's 13.8) are read at
 * random, a fault for every 16 pages first touched, and faults are dear on
 * a virtual machine: one call maps the file's pages from the page cache
 * without the traps (guard.c says when). A hint: nothing the model holds
 * changes. */
void lm_warm(const lm_model *m)
{
#if defined(__linux__) && defined(MADV_POPULATE_READ)
    if (m->map)
        (void)madvise(m->map, m->size, MADV_POPULATE_READ);
#else
    (void)m;
#endif
}

void lm_close(lm_model *m)
{
    if (m->map)
        munmap(m->map, m->size);
    memset(m, 0, sizeof *m);
}

static uint64_t splitmix64(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

/* Cost in 1/1000 nat, or -1 when the n-gram is not stored. */
static int probe(const uint32_t *fp, const uint16_t *lp, uint32_t slots, uint64_t key)
{
    uint64_t h = splitmix64(key);
    uint32_t f = (uint32_t)(h >> 32) | 1u;
    uint32_t s = (uint32_t)h & (slots - 1);
    for (;;) {
        uint32_t x = fp[s];
        if (x == f)
            return lp[s];
        if (x == 0)
            return -1;
        s = (s + 1) & (slots - 1);
    }
}

/* ln(1/0.4): stupid backoff's penalty per step down */
#define BACKOFF 0.916291

void lm_context(const lm_model *m, uint32_t u, uint32_t v, lm_ctx *c)
{
    /* every stored trigram's history is in the context table: when (u, v)
     * is not, no trigram after it needs probing */
    int g = probe(m->tcfp, m->tclp, m->tcslots, (uint64_t)u << 21 | v);
    c->u = u;
    c->v = v;
    c->has3 = g >= 0;
    c->g3 = m->kneser_ney && g > 0 ? g / 1000.0 : 0;
}

double lm_cost_in(const lm_model *m, const lm_ctx *x, uint32_t w)
{
    int c;
    if (x->has3) {
        c = probe(m->tfp, m->tlp, m->tslots, (uint64_t)x->u << 42 | (uint64_t)x->v << 21 | w);
        if (c >= 0)
            return c / 1000.0;
    }
    if (!m->kneser_ney) {
        c = probe(m->bfp, m->blp, m->bslots, (uint64_t)x->v << 21 | w);
        if (c >= 0)
            return BACKOFF + c / 1000.0;
        return 2 * BACKOFF + m->uni[w] / 1000.0;
    }
    /* Kneser-Ney in backoff form: the context's weight, then the lower order;
     * a context never seen has weight 1 (cost 0) */
    c = probe(m->bfp, m->blp, m->bslots, (uint64_t)x->v << 21 | w);
    if (c >= 0)
        return x->g3 + c / 1000.0;
    int g2 = probe(m->bcfp, m->bclp, m->bcslots, x->v);
    return x->g3 + (g2 > 0 ? g2 / 1000.0 : 0) + m->uni[w] / 1000.0;
}

double lm_cost(const lm_model *m, uint32_t u, uint32_t v, uint32_t w)
{
    lm_ctx c;
    lm_context(m, u, v, &c);
    return lm_cost_in(m, &c, w);
}

int lm_seen(const lm_model *m, uint32_t v, uint32_t w)
{
    return probe(m->bfp, m->blp, m->bslots, (uint64_t)v << 21 | w) >= 0;
}

int lm_seen3(const lm_model *m, uint32_t u, uint32_t v, uint32_t w)
{
    return probe(m->tfp, m->tlp, m->tslots, (uint64_t)u << 42 | (uint64_t)v << 21 | w) >= 0;
}

static const uint32_t *search(const lm_model *m, const uint32_t *tab, uint32_t n,
                              const char *key, uint32_t *count)
{
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        int c = strcmp(m->strings + tab[3 * mid], key);
        if (c == 0) {
            *count = tab[3 * mid + 2];
            return tab + 3 * mid;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    *count = 0;
    return NULL;
}

const uint32_t *lm_group(const lm_model *m, const char *key, uint32_t *count)
{
    const uint32_t *r = search(m, m->keys, m->nkeys, key, count);
    return r ? m->cand + r[1] : NULL;
}

const uint32_t *lm_rewrites(const lm_model *m, const char *spelling, uint32_t *count)
{
    const uint32_t *r = search(m, m->chkeys, m->nchkeys, spelling, count);
    return r ? m->chent + 2 * (size_t)r[1] : NULL;
}
