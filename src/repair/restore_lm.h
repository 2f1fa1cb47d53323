/* restore_lm.h: internal view of the syllable model file (lang/vi-syllable.lm),
 * written by tools/train-lm. All integers little-endian; the file is mapped
 * read-only and never modified. */
#ifndef SOHOA_RESTORE_LM_H
#define SOHOA_RESTORE_LM_H

#include <stddef.h>
#include <stdint.h>

enum { LM_UNK = 0, LM_BOS = 1, LM_EOS = 2, LM_NUM = 3 };

typedef struct {
    void *map;
    size_t size;
    uint32_t nvocab, bslots, tslots, nkeys, ncand, nchkeys, nchent;
    uint32_t unk_types;        /* distinct words the model folded into <unk> */
    uint32_t bcslots, tcslots; /* context (backoff weight) tables, Kneser-Ney */
    int kneser_ney;            /* 0: stupid backoff */
    const char *strings;
    const uint32_t *voff;      /* id -> offset of its syllable in strings */
    const uint16_t *uni;       /* id -> 1000 * -ln P(w) */
    const uint32_t *bfp, *tfp; /* hash slots: fingerprint, 0 = empty */
    const uint16_t *blp, *tlp; /* hash slots: 1000 * -ln P(w | history) */
    const uint32_t *bcfp, *tcfp; /* context slots: v, (u, v) */
    const uint16_t *bclp, *tclp; /* 1000 * -ln gamma(context) */
    const uint32_t *keys;      /* bare letters -> (stroff, first, count) */
    const uint32_t *cand;      /* syllable ids of the candidate groups */
    const uint32_t *chkeys;    /* OCR spelling -> (stroff, first, count) */
    const uint32_t *chent;     /* (sid, cost | 0 << 16) pairs of uint32 */
    uint64_t words_fp;         /* lm_words_fp */
} lm_model;

int lm_open(lm_model *m, const char *path, char *err, size_t errlen);
void lm_close(lm_model *m);
/* Map the whole file now, where the system can (lm.c says why). */
void lm_warm(const lm_model *m);

/* A fingerprint of all that a word's look-up and its cost alone read (the
 * strings, the bare-letter keys and their groups, the unigram costs, the
 * count of words folded into <unk>), taken by lm_open: clean.c's generated
 * automaton (clean_dfa.h) holds verdicts made with one model's answers and
 * is used only under that model. */
static inline uint64_t lm_words_fp(const lm_model *m) { return m->words_fp; }

static inline const char *lm_word(const lm_model *m, uint32_t id)
{
    return m->strings + m->voff[id];
}

/* Cost (nats) of w after u v: -ln P(w | u v). */
double lm_cost(const lm_model *m, uint32_t u, uint32_t v, uint32_t w);
/* Whether the model stored the bigram v w: its text had w after v (it
 * stores every bigram it saw, and the bigram of every trigram). */
int lm_seen(const lm_model *m, uint32_t v, uint32_t w);
/* Whether it stored the trigram u v w. */
int lm_seen3(const lm_model *m, uint32_t u, uint32_t v, uint32_t w);

/* The same, with the history looked up once for many w. */
typedef struct {
    uint32_t u, v;
    int has3;       /* some trigram continues u v */
    double g3;      /* Kneser-Ney backoff weight of u v, nats */
} lm_ctx;
void lm_context(const lm_model *m, uint32_t u, uint32_t v, lm_ctx *c);
double lm_cost_in(const lm_model *m, const lm_ctx *c, uint32_t w);

/* Candidate group of a bare-letter key (NUL-terminated UTF-8); NULL if none. */
const uint32_t *lm_group(const lm_model *m, const char *key, uint32_t *count);

/* OCR-channel rewrites of a spelling: *count entries of 2 uint32 (sid, cost
 * in 1/1000 nat). NULL if none. */
const uint32_t *lm_rewrites(const lm_model *m, const char *spelling, uint32_t *count);

#endif
