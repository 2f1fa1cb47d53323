/* restore.c: put back Vietnamese marks with a syllable trigram model.
 *
 * The text is cut into whitespace-separated chunks; leading and trailing
 * punctuation is peeled off, and what is left (the core) becomes one token.
 * A token is either fixed (numbers, codes, abbreviations, words that are not
 * Vietnamese syllables: the model sees <num> or <unk>) or open, with a short
 * list of candidate syllables and a channel cost for each. Keeping the token
 * as it is always stays a candidate. A beam Viterbi search over trigram
 * states finds the cheapest sequence per sentence; then each change must
 * beat keeping the original, with its neighbours as chosen, by the margin. */
#include "vnfix.h"
#include "restore_letters.h"
#include "restore_lm.h"
#include "utf8.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

#ifndef VNFIX_LANGDIR_INSTALLED
#define VNFIX_LANGDIR_INSTALLED "/usr/share/sohoa"
#endif
#ifndef VNFIX_LANGDIR_SOURCE
#define VNFIX_LANGDIR_SOURCE "lang"
#endif
#define MODEL_FILE "vi-syllable.lm"

enum { KMAX = 8, BEAM = 8, MAXCP = 24 };

struct vnfix_model {
    lm_model lm;
};

vnfix_model *vnfix_model_open(const char *path, char *err, size_t errlen)
{
    char buf[4096], dummy[8];
    if (!err) {
        err = dummy;
        errlen = sizeof dummy;
    }
    vnfix_model *m = calloc(1, sizeof *m);
    if (!m) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    if (path) {
        if (lm_open(&m->lm, path, err, errlen) == 0)
            return m;
        free(m);
        return NULL;
    }
    const char *dirs[3] = {getenv("SOHOA_LANGDIR"), VNFIX_LANGDIR_INSTALLED, VNFIX_LANGDIR_SOURCE};
    char first[512] = "";
    for (int i = 0; i < 3; i++) {
        if (!dirs[i] || !*dirs[i])
            continue;
        snprintf(buf, sizeof buf, "%s/%s", dirs[i], MODEL_FILE);
        if (lm_open(&m->lm, buf, err, errlen) == 0)
            return m;
        if (!*first)
            snprintf(first, sizeof first, "%s", err);
    }
    snprintf(err, errlen, "%s", *first ? first : "no language directory to look in");
    free(m);
    return NULL;
}

void vnfix_model_close(vnfix_model *m)
{
    if (m) {
        lm_close(&m->lm);
        free(m);
    }
}

void vnfix_restore_options_init(vnfix_restore_options *opt)
{
    memset(opt, 0, sizeof *opt);
    opt->mode = VNFIX_RESTORE_AUTO;
    opt->tone = VNFIX_RESTORE_TONE_DOCUMENT;
    opt->margin = -1;
}

/* ---- UTF-8 ---- */

/* Decode one code point at s[*i] (advancing *i); invalid bytes give U+FFFD. */
static uint32_t dec(const unsigned char *s, size_t n, size_t *i)
{
    uint32_t cp;
    size_t k = vnfix_utf8_seq(s + *i, n - *i, &cp);
    *i += k ? k : 1;
    return k ? cp : 0xFFFD;
}

static size_t enc(uint32_t c, char *o)
{
    return vnfix_utf8_put(c, (unsigned char *)o);
}

/* cps -> NUL-terminated UTF-8 in o (room for 4 * n + 1 bytes) */
static void enc_all(const uint32_t *c, size_t n, char *o)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += enc(c[i], o + k);
    o[k] = 0;
}

static size_t dec_all(const char *s, uint32_t *c, size_t max)
{
    size_t n = strlen(s), i = 0, k = 0;
    while (i < n && k < max)
        c[k++] = dec((const unsigned char *)s, n, &i);
    return k;
}

/* ---- tokens ---- */

typedef struct {
    uint32_t sid;
    float ch;        /* channel cost, nats */
} cand_t;

enum { CASE_LOWER, CASE_TITLE, CASE_UPPER };

typedef struct {
    size_t off, len;    /* the core's bytes in the input */
    int ncand;
    int orig;           /* candidate index meaning "leave the token alone" */
    int casing;
    int eos;            /* a sentence ends after this token */
    int eth;            /* the core had ð/Ð (OCR's Đ): normalise even if kept */
    int name;           /* capitalised inside a sentence: maybe a name */
    int numfix;         /* a number with OCR look-alikes in it (2O21, l5/7) */
    cand_t c[KMAX];
} tok_t;

typedef struct {
    const lm_model *lm;
    vnfix_restore_mode mode;
    const vnfix_restore_options *opt;
    size_t hint_at;     /* next hint to look at (hints are sorted) */
} ctx_t;

static int is_ws(uint32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0;
}

static int is_eos_punct(uint32_t c)
{
    return c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == 0x2026;
}

static uint32_t lower(uint32_t c)
{
    if (c == 0xD0 || c == 0xF0)     /* Ð ð: OCR's stand-ins for Đ đ */
        return 0x111;
    return (uint32_t)u_tolower((UChar32)c);
}

/* Mark and tone differences between two same-length syllables of the same bare
 * letters: *tone set when the tones differ, return the vowel-mark/đ count. */
static int diff_marks(const uint32_t *a, const uint32_t *b, size_t n, int *tone_diff)
{
    int ta = 0, tb = 0, marks = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t ba, bb;
        int x, y;
        vnl_split(a[i], &ba, &x);
        vnl_split(b[i], &bb, &y);
        if (x) ta = x;
        if (y) tb = y;
        if (ba != bb) marks++;
    }
    *tone_diff = ta != tb;
    return marks;
}

/* In stripped text a mark the input does have is evidence: count the input's
 * marked letters the candidate does not share. */
static int lost_marks(const uint32_t *in, const uint32_t *c, size_t n)
{
    int k = 0;
    for (size_t i = 0; i < n; i++)
        if (vnl_marked(in[i]) && in[i] != c[i]) {
            uint32_t bi, bc;
            int ti, tc;
            vnl_split(in[i], &bi, &ti);
            vnl_split(c[i], &bc, &tc);
            k += (bi != bc && bi != vnl_bare(bi)) + (ti && ti != tc);
        }
    return k;
}

static void add_cand(tok_t *t, uint32_t sid, float ch)
{
    for (int i = 0; i < t->ncand; i++)
        if (t->c[i].sid == sid) {
            if (ch < t->c[i].ch)
                t->c[i].ch = ch;
            return;
        }
    if (t->ncand < KMAX) {
        t->c[t->ncand].sid = sid;
        t->c[t->ncand].ch = ch;
        t->ncand++;
        return;
    }
    /* full: replace the worst if this one is better (never the original) */
    int w = -1;
    for (int i = 0; i < t->ncand; i++)
        if (i != t->orig && (w < 0 || t->c[i].ch > t->c[w].ch))
            w = i;
    if (w >= 0 && t->c[w].ch > ch) {
        t->c[w].sid = sid;
        t->c[w].ch = ch;
    }
}

static const vnfix_word_hint *find_hint(ctx_t *x, size_t off, size_t len)
{
    const vnfix_restore_options *o = x->opt;
    while (x->hint_at < o->nhints && o->hints[x->hint_at].offset + o->hints[x->hint_at].length <= off)
        x->hint_at++;
    if (x->hint_at < o->nhints) {
        const vnfix_word_hint *h = &o->hints[x->hint_at];
        if (h->offset <= off && off + len <= h->offset + h->length)
            return h;
    }
    return NULL;
}

/* Canonical lowercase form of a hint alternative, as UTF-8 in out. */
static int hint_canon(const char *alt, char *out)
{
    uint32_t c[MAXCP], p[MAXCP];
    size_t n = dec_all(alt, c, MAXCP);
    for (size_t i = 0; i < n; i++)
        c[i] = lower(c[i]);
    if (!vnl_place(c, n, VNFIX_RESTORE_TONE_OLD, p))
        return 0;
    enc_all(p, n, out);
    return 1;
}

/* Costs (nats) of the changes each mode allows. Chosen by reasoning about the channel, then
 * checked on rendered pages (tools/learn-channel's cache), never on eval/. */
#define OCR_TONE_COST 2.5f
#define OCR_MARK_COST 3.0f
#define OCR_HINT_COST 0.7f
#define STRIP_LOST_COST 1.5f

#define SYMBOL_COST 3.0f
/* In OCR mode a capitalised word inside a sentence is likely a name (Trương,
 * Dũng): the model knows names poorly, so a change must win by this much more.
 * Stripped text needs its names restored (Vinh Phuc), so no extra there. */
#define NAME_MARGIN 4.0

/* An English model writes a Vietnamese vowel it cannot read as a digit or a
 * symbol ("s6" for số, "x&p" for xếp), and l as 1 ("1a" for là). For a word
 * with one or two such characters among letters, try each bare vowel (and l
 * for 1, |, !) in their place; the result must still hold a consonant. */
static int is_bare_vowel(uint32_t c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

static void symbol_vowels(const lm_model *lm, tok_t *t, const uint32_t *lc, size_t n)
{
    static const uint32_t V[] = {U'a', U'e', U'i', U'o', U'u', U'y', U'l'};
    size_t pos[2], np = 0, letters = 0;
    uint32_t k[MAXCP];
    char key[4 * MAXCP + 1];
    if (n > 8)
        return;
    for (size_t i = 0; i < n; i++) {
        if (u_isalpha((UChar32)lc[i])) {
            k[i] = vnl_bare(lc[i]);
            letters++;
        } else if (np < 2 && lc[i] > ' ' && lc[i] != '/' && lc[i] != '-' && lc[i] != '.') {
            pos[np++] = i;
        } else {
            return;
        }
    }
    if (!np || !letters)
        return;
    for (size_t a = 0; a < 7; a++)
        for (size_t b = 0; b < (np == 2 ? 7u : 1u); b++) {
            size_t ch[2] = {a, b};
            int ok = 1;
            for (size_t q = 0; q < np; q++) {
                uint32_t c = lc[pos[q]];
                if (ch[q] == 6 && !(c == '1' || c == '|' || c == '!'))
                    ok = 0;
                k[pos[q]] = V[ch[q]];
            }
            int consonant = 0;
            for (size_t i = 0; i < n; i++)
                if (!is_bare_vowel(k[i]))
                    consonant = 1;
            if (!ok || !consonant)
                continue;
            enc_all(k, n, key);
            uint32_t gn;
            const uint32_t *g = lm_group(lm, key, &gn);
            for (uint32_t i = 0; i < gn; i++)
                if (lm->uni[g[i]] < lm->uni[LM_BOS])
                    add_cand(t, g[i], SYMBOL_COST * (float)np);
        }
}

/* Fill t's candidates from its lowercase core lc[0..n). */
static void candidates(ctx_t *x, tok_t *t, const uint32_t *lc, size_t n, int alpha)
{
    const lm_model *lm = x->lm;
    uint32_t canon[MAXCP], bare[MAXCP];
    char key[4 * MAXCP + 1], word[4 * MAXCP + 1];
    t->ncand = 1;
    t->orig = 0;
    t->c[0].sid = LM_UNK;
    t->c[0].ch = 0;
    if (n == 0 || n > MAXCP)
        return;
    int parsed = alpha && vnl_place(lc, n, VNFIX_RESTORE_TONE_OLD, canon) == n;
    const uint32_t *grp = NULL;
    uint32_t gn = 0;
    if (alpha && !parsed) {
        /* not a syllable, but the model may know it as a word (UBND, HĐND) */
        memcpy(canon, lc, n * sizeof *lc);
        parsed = 1;
    }
    if (parsed) {
        for (size_t i = 0; i < n; i++)
            bare[i] = vnl_bare(canon[i]);
        enc_all(bare, n, key);
        enc_all(canon, n, word);
        grp = lm_group(lm, key, &gn);
        for (uint32_t i = 0; i < gn; i++)
            if (!strcmp(lm_word(lm, grp[i]), word)) {
                t->c[0].sid = grp[i];
                break;
            }
    }
    int known = t->c[0].sid != LM_UNK;
    if (x->mode == VNFIX_RESTORE_OCR && !known)
        return;   /* abbreviation, English, garbage: not ours to guess */
    if (!known)
        /* <unk> stands for every word the model folded into it: this one is
         * only one of them */
        t->c[0].ch = (float)log(lm->unk_types > 1 ? (double)lm->unk_types : 2.0);

    const vnfix_word_hint *h = (x->opt->nhints && x->mode == VNFIX_RESTORE_OCR) ? find_hint(x, t->off, t->len) : NULL;
    char alts[8][4 * MAXCP + 1];
    float altc[8];
    int nalts = 0;
    /* a word tesseract itself doubts costs less to change */
    float scale = (h && h->confidence >= 0 && h->confidence < 50) ? 0.6f : 1.0f;
    if (h)
        for (size_t i = 0; i < h->nalts && nalts < 8; i++)
            if (h->alts[i] && hint_canon(h->alts[i], alts[nalts])) {
                float c = h->alt_conf ? h->alt_conf[i] : 50.0f;
                altc[nalts++] = OCR_HINT_COST + (1.0f - (c < 0 ? 0 : c > 100 ? 100 : c) / 100.0f);
            }

    for (uint32_t i = 0; i < gn; i++) {
        if (grp[i] == t->c[0].sid)
            continue;
        uint32_t cc[MAXCP];
        const char *w = lm_word(lm, grp[i]);
        if (dec_all(w, cc, MAXCP) != n)
            continue;
        float cost;
        if (x->mode == VNFIX_RESTORE_OCR) {
            int td;
            int md = diff_marks(canon, cc, n, &td);
            cost = scale * ((td ? OCR_TONE_COST : 0) + md * OCR_MARK_COST);
            for (int a = 0; a < nalts; a++)
                if (!strcmp(alts[a], w) && altc[a] < cost)
                    cost = altc[a];
        } else {
            cost = lost_marks(canon, cc, n) * STRIP_LOST_COST;
        }
        /* a syllable the corpus never had: only the lexicon vouches for it */
        if (lm->uni[grp[i]] >= lm->uni[LM_BOS])
            cost += 3.0f;
        add_cand(t, grp[i], cost);
    }
    if (x->mode == VNFIX_RESTORE_STRIPPED) {
        enc_all(lc, n, word);
        uint32_t rn;
        const uint32_t *rw = lm_rewrites(lm, word, &rn);
        for (uint32_t i = 0; i < rn; i++)
            add_cand(t, rw[2 * i], rw[2 * i + 1] / 1000.0f);
        if (!alpha)
            symbol_vowels(lm, t, lc, n);
    }
}

/* OCR look-alikes inside numbers: l, I, | for 1, O, o for 0, § for 8. A token
 * qualifies when it has at least as many digits as look-alikes and nothing but
 * digits, those look-alikes and the separators of dates and numbers. */
static uint32_t number_char(uint32_t c)
{
    switch (c) {
    case 'l': case 'I': case '|': return '1';
    case 'O': case 'o': return '0';
    case 0xA7: return '8';
    default: return c;
    }
}

static int number_lookalikes(const uint32_t *c, size_t n)
{
    int digits = 0, alike = 0;
    for (size_t i = 0; i < n; i++) {
        if (c[i] >= '0' && c[i] <= '9')
            digits++;
        else if (number_char(c[i]) != c[i])
            alike++;
        else if (!(c[i] == '/' || c[i] == '.' || c[i] == ',' || c[i] == '-'))
            return 0;
    }
    return n >= 2 && digits >= 1 && alike > 0 && alike <= digits;
}

/* ---- decoding ---- */

typedef struct {
    double score;
    int prev;           /* candidate index at i - 1 (-1 before the sentence) */
    int cur;            /* candidate index at i */
    int back;           /* state index at i - 1 */
} state_t;

static uint32_t sid_at(const tok_t *t, long i, int k)
{
    return i < 0 ? LM_BOS : t[i].c[k].sid;
}

/* Cost of the choices ch[] (candidate index per token) over tokens lo..hi-1
 * in the window that candidate j's change touches. */
static double local_cost(const lm_model *lm, const tok_t *t, const int *ch, long n, long j)
{
    double s = t[j].c[ch[j]].ch;
    for (long i = j; i <= j + 2 && i <= n; i++) {
        uint32_t u = i - 2 >= 0 ? sid_at(t, i - 2, ch[i - 2]) : LM_BOS;
        uint32_t v = i - 1 >= 0 ? sid_at(t, i - 1, ch[i - 1]) : LM_BOS;
        uint32_t w = i < n ? t[i].c[ch[i]].sid : LM_EOS;
        s += lm_cost(lm, u, v, w);
    }
    return s;
}

/* Decode one sentence t[0..n), writing the chosen candidate indices to ch and
 * each token's margin to marg. Returns -1 on allocation failure. */
static int viterbi(const lm_model *lm, const tok_t *t, long n, int *ch, double *marg,
                   double margin, double name_margin, state_t *st)
{
    /* st holds BEAM states per position; position -1 is the start state */
    state_t start = {0, -1, -1, -1};
    int nst_prev = 1;
    state_t *prevs = &start;
    for (long i = 0; i < n; i++) {
        state_t cand[KMAX * KMAX];
        signed char slot[KMAX + 1][KMAX];   /* (previous choice + 1, choice) -> cand */
        memset(slot, -1, sizeof slot);
        int nc = 0;
        for (int s = 0; s < nst_prev; s++) {
            const state_t *p = &prevs[s];
            int pv = i >= 1 ? p->cur : -1;
            uint32_t u = (i >= 2 && p->prev >= 0) ? t[i - 2].c[p->prev].sid : LM_BOS;
            uint32_t v = (i >= 1) ? t[i - 1].c[p->cur].sid : LM_BOS;
            lm_ctx cx;
            lm_context(lm, u, v, &cx);
            for (int k = 0; k < t[i].ncand; k++) {
                double sc = p->score + t[i].c[k].ch + lm_cost_in(lm, &cx, t[i].c[k].sid);
                /* states with the same (previous, current) choice merge */
                int q = slot[pv + 1][k];
                if (q >= 0) {
                    if (sc < cand[q].score) {
                        cand[q].score = sc;
                        cand[q].back = s;
                    }
                    continue;
                }
                slot[pv + 1][k] = (signed char)nc;
                cand[nc].score = sc;
                cand[nc].prev = pv;
                cand[nc].cur = k;
                cand[nc].back = s;
                nc++;
            }
        }
        /* keep the BEAM cheapest, sorted (insertion: nc is at most KMAX^2) */
        state_t *keep = st + i * BEAM;
        int nk = 0;
        for (int q = 0; q < nc; q++) {
            if (nk == BEAM && cand[q].score >= keep[BEAM - 1].score)
                continue;
            int j = nk < BEAM ? nk++ : BEAM - 1;
            while (j > 0 && keep[j - 1].score > cand[q].score) {
                keep[j] = keep[j - 1];
                j--;
            }
            keep[j] = cand[q];
        }
        nc = nk;
        for (int q = nc; q < BEAM; q++)
            st[i * BEAM + q].score = INFINITY;
        prevs = st + i * BEAM;
        nst_prev = nc;
    }
    /* close the sentence */
    int best = 0;
    double bs = INFINITY;
    for (int s = 0; s < nst_prev; s++) {
        const state_t *p = &prevs[s];
        uint32_t u = (n >= 2 && p->prev >= 0) ? t[n - 2].c[p->prev].sid : LM_BOS;
        uint32_t v = t[n - 1].c[p->cur].sid;
        double sc = p->score + lm_cost(lm, u, v, LM_EOS);
        if (sc < bs) {
            bs = sc;
            best = s;
        }
    }
    for (long i = n - 1; i >= 0; i--) {
        const state_t *p = &st[i * BEAM + best];
        ch[i] = p->cur;
        best = p->back;
    }
    /* a change stands only if it beats leaving the token alone by the margin */
    for (long i = 0; i < n; i++) {
        marg[i] = 0;
        if (ch[i] == t[i].orig)
            continue;
        double c1 = local_cost(lm, t, ch, n, i);
        int keep = ch[i];
        ch[i] = t[i].orig;
        double c0 = local_cost(lm, t, ch, n, i);
        ch[i] = keep;
        marg[i] = c0 - c1;
        if (c0 - c1 < margin + (t[i].name ? name_margin : 0))
            ch[i] = t[i].orig;
    }
    return 0;
}

/* ---- output ---- */

typedef struct {
    char *p;
    size_t n, cap;
} buf_t;

static int put(buf_t *b, const char *s, size_t n)
{
    /* A length that would wrap the sum is a caller's bug; refusing it also
       lets GCC's -O3 see the bound (-Wstringop-overflow in release builds). */
    if (n > PTRDIFF_MAX - b->n - 1)
        return -1;
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->n + n + 1)
            cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p)
            return -1;
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
    return 0;
}

/* The spelling of sid in the output style and the token's casing. */
static void spell(const lm_model *lm, uint32_t sid, int style, int casing, char *out)
{
    uint32_t c[MAXCP], p[MAXCP];
    size_t n = dec_all(lm_word(lm, sid), c, MAXCP);
    if (!vnl_place(c, n, style, p))
        memcpy(p, c, n * sizeof *c);
    for (size_t i = 0; i < n; i++)
        if (casing == CASE_UPPER || (casing == CASE_TITLE && i == 0))
            p[i] = (uint32_t)u_toupper((UChar32)p[i]);
    enc_all(p, n, out);
}

/* ---- the whole text ---- */

vnfix_restore_mode vnfix_restore_detect_mode(const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0, words = 0, marked = 0;
    while (i < len) {
        while (i < len && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r'))
            i++;
        int letters = 0, other = 0, mk = 0;
        while (i < len && !(s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r')) {
            uint32_t c = lower(dec(s, len, &i));
            if (u_isalpha((UChar32)c)) {
                letters++;
                mk |= vnl_marked(c);
            } else if (!strchr(".,;:()\"'!?", (int)(c < 0x80 ? c : 'x'))) {
                other++;
            }
        }
        if (letters >= 1 && letters <= 7 && !other) {
            words++;
            marked += (size_t)mk;
        }
    }
    return words && marked * 100 < words * 45 ? VNFIX_RESTORE_STRIPPED : VNFIX_RESTORE_OCR;
}

/* The token cp[a..e) of a word (cpo: the code points' byte offsets;
 * eos: a sentence ends after it; prev: the token before, or NULL): its
 * casing, the tone style it is written in (styles), its candidates. */
static void make_token(ctx_t *x, tok_t *t, const tok_t *prev, const uint32_t *cp, const size_t *cpo, size_t a, size_t e,
                       int eos, int styles[3])
{
    memset(t, 0, sizeof *t);
    t->off = cpo[a];
    t->len = cpo[e] - cpo[a];
    t->eos = eos;
    uint32_t lc[MAXCP];
    size_t ln = e - a;
    int alpha = 1, digit = 0, up = 0, lo = 0;
    for (size_t k = a; k < e; k++) {
        uint32_t c = cp[k];
        if (c == 0xD0 || c == 0xF0)
            t->eth = 1;
        if (u_isdigit((UChar32)c))
            digit = 1;
        if (!u_isalpha((UChar32)c))
            alpha = 0;
        if (u_isupper((UChar32)c))
            up++;
        else if (u_islower((UChar32)c))
            lo++;
        if (k - a < MAXCP)
            lc[k - a] = lower(c);
    }
    t->casing = (up >= 2 && up >= lo) || (up == 1 && lo == 0 && ln > 1) ? CASE_UPPER
                : u_isupper((UChar32)cp[a]) ? CASE_TITLE : CASE_LOWER;
    t->name = t->casing == CASE_TITLE && prev && !prev->eos;
    if (up == 1 && lo == 0 && ln == 1)
        t->casing = CASE_TITLE;
    if (ln > MAXCP) {
        t->ncand = 1;
        t->c[0].sid = LM_UNK;
        return;
    }
    if (alpha) {
        int st_ = vnl_style_of(lc, ln);
        styles[st_]++;
    }
    if (digit && alpha == 0 && number_lookalikes(cp + a, ln)) {
        t->numfix = 1;
        t->ncand = 1;
        t->c[0].sid = LM_NUM;
        return;
    }
    if (digit && alpha == 0) {
        int all = 1;
        for (size_t k = a; k < e; k++)
            if (!u_isdigit((UChar32)cp[k])) all = 0;
        if (all) {
            t->ncand = 1;
            t->c[0].sid = LM_NUM;
            return;
        }
    }
    candidates(x, t, lc, ln, alpha);
}

/* Words of text[0..len) into *tok (*ntok of them, *cap room): 0, or -1
 * out of memory. A blank line or a sentence's last punctuation ends a
 * sentence (eos). */
static int tokenize(ctx_t *x, const unsigned char *s, size_t len, tok_t **tokp, size_t *ntokp, size_t *capp,
                    int styles[3])
{
    tok_t *tok = *tokp;
    size_t ntok = 0, cap = *capp, i = 0;
    int rc = 0;
    while (i < len) {
        /* Blanks are skipped by the very test (is_ws) that ends a word
         * below: with two tests, a character one of them called a blank and
         * the other not (a form feed, tesseract's page break) stopped both
         * loops where they stood and the restorer spun on it for ever. Now
         * each pass of this loop takes at least one character. */
        size_t nl = 0;
        while (i < len) {
            size_t at = i;
            uint32_t c = dec(s, len, &i);
            if (!is_ws(c)) {
                i = at;
                break;
            }
            if (c == '\n')
                nl++;
        }
        if (nl >= 2 && ntok)
            tok[ntok - 1].eos = 1;
        if (i >= len)
            break;
        uint32_t cp[256];
        size_t cpo[257], n = 0;
        while (i < len) {
            size_t at = i;
            uint32_t c = dec(s, len, &i);
            if (is_ws(c)) {
                i = at;
                break;
            }
            if (n < 256) {
                cpo[n] = at;
                cp[n++] = c;
            }
        }
        cpo[n] = i;
        /* words joined by a slash ("nghiệp/tổ chức") are words each; a
         * slash among digits is a date or a code and stays one token */
        int has_digit = 0;
        for (size_t k = 0; k < n; k++)
            if (u_isdigit((UChar32)cp[k]))
                has_digit = 1;
        for (size_t ps = 0, pe; ps < n; ps = pe + 1) {
            pe = ps;
            while (pe < n && (has_digit || cp[pe] != '/'))
                pe++;
            size_t a = ps, e = pe;
            while (a < e && !u_isalnum((UChar32)cp[a]))
                a++;
            while (e > a && !u_isalnum((UChar32)cp[e - 1]))
                e--;
            int eos = 0;
            for (size_t k = e; k < pe; k++)
                if (is_eos_punct(cp[k]))
                    eos = 1;
            if (a == e) {
                if (eos && ntok)
                    tok[ntok - 1].eos = 1;
                continue;
            }
            if (ntok == cap) {
                cap = cap ? cap * 2 : 256;
                tok_t *nt = realloc(tok, cap * sizeof *tok);
                if (!nt) {
                    rc = -1;
                    goto done;
                }
                tok = nt;
            }
            make_token(x, &tok[ntok], ntok ? &tok[ntok - 1] : NULL, cp, cpo, a, e, eos, styles);
            ntok++;
        }
    }
done:
    *tokp = tok, *ntokp = ntok, *capp = cap;
    return rc;
}

/* The best path of each sentence into ch (marg: each choice's margin);
 * 0, or -1 out of memory. */
static int decode_sentences(const lm_model *lm, tok_t *tok, size_t ntok, int *ch, double *marg, double margin,
                            vnfix_restore_mode mode)
{
    size_t maxsent = 0;
    for (size_t p = 0, q = 0; p < ntok; p = q) {
        q = p;
        while (q < ntok && !tok[q].eos)
            q++;
        if (q < ntok)
            q++;
        if (q - p > maxsent)
            maxsent = q - p;
    }
    state_t *st = malloc((maxsent + 1) * BEAM * sizeof *st);
    if (!st)
        return -1;
    for (size_t p = 0, q = 0; p < ntok; p = q) {
        q = p;
        while (q < ntok && !tok[q].eos)
            q++;
        if (q < ntok)
            q++;
        viterbi(lm, tok + p, (long)(q - p), ch + p, marg + p, margin,
                mode == VNFIX_RESTORE_OCR ? NAME_MARGIN : 0, st);
    }
    free(st);
    return 0;
}

/* The text with each changed token spelt anew (in style) into b, each
 * change explained; *nchanged counts them. 0, or -1 out of memory. */
static int write_out(const lm_model *lm, const char *text, size_t len, const tok_t *tok, size_t ntok, const int *ch,
                     double *marg, int style, const vnfix_restore_options *opt_in, buf_t *b, size_t *nchanged)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t at = 0;
    for (size_t k = 0; k < ntok; k++) {
        const tok_t *t = &tok[k];
        int changed = ch[k] != t->orig;
        if (!changed && !(t->eth && t->c[t->orig].sid >= 4) && !t->numfix)
            continue;
        char word[4 * MAXCP + 1];
        if (t->numfix) {
            size_t j = t->off, w = 0;
            while (j < t->off + t->len && w < 4 * MAXCP - 4)
                w += enc(number_char(dec(s, t->off + t->len, &j)), word + w);
            word[w] = 0;
            marg[k] = 0;
        } else {
            spell(lm, t->c[ch[k]].sid, style, t->casing, word);
        }
        if (put(b, text + at, t->off - at) || put(b, word, strlen(word)))
            return -1;
        at = t->off + t->len;
        (*nchanged)++;
        if (opt_in->explain) {
            char from[4 * MAXCP + 1];
            size_t fl = t->len < 4 * MAXCP ? t->len : 4 * MAXCP;
            memcpy(from, text + t->off, fl);
            from[fl] = 0;
            vnfix_change c = {t->off, t->len, from, word, marg[k], t->c[ch[k]].ch};
            opt_in->explain(opt_in->explain_user, &c);
        }
    }
    if (put(b, text + at, len - at))
        return -1;
    if (!b->p && put(b, "", 0))
        return -1;
    return 0;
}

int vnfix_restore(const vnfix_model *m, const char *text, size_t len, const vnfix_restore_options *opt_in,
                char **out, size_t *outlen, vnfix_restore_mode *used, size_t *changes)
{
    vnfix_restore_options defaults;
    if (!opt_in) {
        vnfix_restore_options_init(&defaults);
        opt_in = &defaults;
    }
    ctx_t x = {&m->lm, opt_in->mode, opt_in, 0};
    if (x.mode == VNFIX_RESTORE_AUTO)
        x.mode = vnfix_restore_detect_mode(text, len);
    double margin = opt_in->margin >= 0 ? opt_in->margin : x.mode == VNFIX_RESTORE_OCR ? 2.0 : 0.3;
    tok_t *tok = NULL;
    size_t ntok = 0, cap = 0, nchanged = 0;
    int styles[3] = {0, 0, 0}, rc = -1, *ch = NULL;
    double *marg = NULL;
    buf_t b = {0};
    if (tokenize(&x, (const unsigned char *)text, len, &tok, &ntok, &cap, styles))
        goto done;
    ch = malloc((ntok + 1) * sizeof *ch);
    marg = malloc((ntok + 1) * sizeof *marg);
    if (!ch || !marg || decode_sentences(&m->lm, tok, ntok, ch, marg, margin, x.mode))
        goto done;
    int style = opt_in->tone == VNFIX_RESTORE_TONE_OLD ? VNFIX_RESTORE_TONE_OLD
                : opt_in->tone == VNFIX_RESTORE_TONE_NEW ? VNFIX_RESTORE_TONE_NEW
                : styles[2] > styles[1] && (x.mode == VNFIX_RESTORE_OCR || styles[2] >= 3)
                ? VNFIX_RESTORE_TONE_NEW : VNFIX_RESTORE_TONE_OLD;   /* garbled marks are weak evidence of a style */

    if (write_out(&m->lm, text, len, tok, ntok, ch, marg, style, opt_in, &b, &nchanged))
        goto done;
    *out = b.p;
    *outlen = b.n;
    b.p = NULL;
    if (used)
        *used = x.mode;
    if (changes)
        *changes = nchanged;
    rc = 0;
done:
    free(b.p);
    free(tok);
    free(ch);
    free(marg);
    return rc;
}

/* Find the model's id of a word of 1..MAXCP code points, matched in lower
 * case with its tone placed as the model spells it. 0 if the model lacks it. */
static int find_word(const lm_model *lm, const uint32_t *w, size_t n, uint32_t *id)
{
    uint32_t lc[MAXCP] = {0}, canon[MAXCP], bare[MAXCP];
    char key[4 * MAXCP + 1], word[4 * MAXCP + 1];
    for (size_t i = 0; i < n; i++)
        lc[i] = u_tolower((UChar32)w[i]);
    if (vnl_place(lc, n, VNFIX_RESTORE_TONE_OLD, canon) != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        bare[i] = vnl_bare(canon[i]);
    enc_all(bare, n, key);
    enc_all(canon, n, word);
    uint32_t gn;
    const uint32_t *grp = lm_group(lm, key, &gn);
    for (uint32_t i = 0; i < gn; i++)
        if (!strcmp(lm_word(lm, grp[i]), word)) {
            *id = grp[i];
            return 1;
        }
    return 0;
}

/* The model's cost of one word alone (-ln P, nats), for the repair's guard:
 * which of two readings of a word is the likelier Vietnamese. A word the
 * model does not know is one of the many it folded into <unk>: it costs
 * <unk>'s cost shared among them (*known = 0); so does a word it saw so
 * rarely that an unseen one is likelier, noise of its training text ("cã",
 * TCVN3's "có": *known = -1). */
static double word_cost(const lm_model *lm, const uint32_t *w, size_t n, int *known)
{
    double unk = lm->uni[LM_UNK] / 1000.0 + log(lm->unk_types > 1 ? (double)lm->unk_types : 2.0);
    uint32_t id;
    *known = 0;
    if (n == 0 || n > MAXCP || !find_word(lm, w, n, &id))
        return unk;
    double c = lm->uni[id] / 1000.0;
    *known = c < unk ? 1 : -1;
    return c < unk ? c : unk;
}

/* The model's id of a word (LM_UNK if unknown, LM_NUM for digits, LM_BOS
 * for none). */
static uint32_t word_id(const lm_model *lm, const uint32_t *w, size_t n)
{
    uint32_t id;
    if (n == 0)
        return LM_BOS;
    if (n > MAXCP)
        return LM_UNK;
    if (w[0] >= '0' && w[0] <= '9')
        return LM_NUM;
    return find_word(lm, w, n, &id) ? id : LM_UNK;
}

uint32_t vnfix_model_word_id(const vnfix_model *m, const uint32_t *w, size_t n) { return word_id(&m->lm, w, n); }

int vnfix_model_context_ids(const vnfix_model *m, const size_t nctx[3], uint32_t ids[3])
{
    const lm_model *lm = &m->lm;
    double unk = lm->uni[LM_UNK] / 1000.0 + log(lm->unk_types > 1 ? (double)lm->unk_types : 2.0);
    for (int k = 0; k < 3; k++)
        if (nctx[k] && ids[k] != LM_NUM && (ids[k] == LM_UNK || lm->uni[ids[k]] / 1000.0 >= unk))
            return 0;                    /* (as vnfix_model_knows says) */
    if (!nctx[2]) ids[2] = LM_EOS;
    if (ids[1] == LM_BOS) ids[0] = LM_BOS;
    return 1;
}

double vnfix_model_context_cost_id(const vnfix_model *m, const uint32_t ids[3], uint32_t x)
{
    const lm_model *lm = &m->lm;
    return lm_cost(lm, ids[0], ids[1], x) + lm_cost(lm, ids[1], x, ids[2]);
}

int vnfix_model_context_seen(const vnfix_model *m, const uint32_t ids[3], uint32_t x)
{
    const lm_model *lm = &m->lm;
    return lm_seen(lm, ids[1], x) | lm_seen(lm, x, ids[2]) << 1 |
           (ids[1] != LM_BOS && lm_seen3(lm, ids[0], ids[1], x)) << 2 | lm_seen3(lm, ids[1], x, ids[2]) << 3;
}

double vnfix_model_word_cost(const vnfix_model *m, const uint32_t *w, size_t n)
{
    int known;
    return word_cost(&m->lm, w, n, &known);
}

double vnfix_model_word_info(const vnfix_model *m, const uint32_t *w, size_t n, int *known)
{
    return word_cost(&m->lm, w, n, known);
}

uint64_t vnfix_model_words_fp(const vnfix_model *m) { return lm_words_fp(&m->lm); }
void vnfix_model_warm(const vnfix_model *m) { lm_warm(&m->lm); }

int vnfix_model_knows(const vnfix_model *m, const uint32_t *w, size_t n)
{
    int known;
    word_cost(&m->lm, w, n, &known);
    return known;
}
