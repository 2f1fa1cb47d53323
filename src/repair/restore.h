/*
 * restore.h: statistical diacritic repair of Vietnamese text (issue 14).
 *
 * Puts back marks that OCR garbled (tesseract `vie`: "tô chức" -> "tổ chức"),
 * that an English OCR model turned into ASCII look-alikes ("dugc" -> "được",
 * "t6 chic" -> "tổ chức"), or that were never typed ("cai cach" -> "cải cách").
 * Each word-like token gets candidates (its diacritic variants with the same
 * bare letters, and the rewrites of the learned OCR channel); a syllable
 * trigram model (lang/vi-syllable.lm, memory-mapped, read-only) picks the
 * sequence with a beam Viterbi search. A token changes only when the best
 * path beats keeping it by at least the mode's margin. Numbers, codes
 * ("76/NQ-CP"), abbreviations ("UBND"), and words that are not Vietnamese
 * syllables pass through byte for byte.
 *
 * Thread safety: a vnr_model is immutable after vnr_model_open and may be
 * shared by any number of threads; vnr_restore keeps all state on the call.
 *
 * The public part (everything below) is meant to move into vnfix.h.
 */
#ifndef SOHOA_RESTORE_H
#define SOHOA_RESTORE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct vnr_model vnr_model;

/* Open the model. path NULL: "vi-syllable.lm" in $SOHOA_LANGDIR, then the
 * installed data directory, then the source tree's lang/. NULL on failure,
 * with a message naming the file in err (if err is not NULL). */
vnr_model *vnr_model_open(const char *path, char *err, size_t errlen);
void vnr_model_close(vnr_model *m);

typedef enum {
    VNR_MODE_AUTO = 0,   /* decide from the text (see vnr_detect_mode) */
    VNR_MODE_OCR,        /* marks present, some wrong (tesseract vie): cautious */
    VNR_MODE_STRIPPED    /* marks missing or garbled (typed bare, English OCR) */
} vnr_mode;

/* Tone placement of the marks the repairer writes (open oa, oe, uy).
 * Same values as vnfix_tone: 0 follows the document's dominant style
 * ("old" when it has none), 1 old (hòa), 2 new (hoà). */
enum { VNR_TONE_DOCUMENT = 0, VNR_TONE_OLD = 1, VNR_TONE_NEW = 2 };

/* One change, as reported to the explain callback. */
typedef struct {
    size_t offset;       /* byte offset of the token in the input */
    size_t length;       /* its length in bytes */
    const char *from;    /* the token as it was (NUL-terminated) */
    const char *to;      /* what it became */
    double score;        /* confidence margin in nats: how much better the
                            chosen path is than keeping the token (> 0) */
    double channel;      /* the rewrite's cost in nats (part of the score) */
} vnr_change;
typedef void (*vnr_explain_fn)(void *user, const vnr_change *c);

/* What the OCR engine knows about one word (all optional). The pipeline
 * builds alternatives from tesseract's symbol choices (lstm_choice_mode=2):
 * the word with one or more symbols replaced by their listed alternatives
 * (the top 3 hold the right letter in 25 of 34 wrong-mark cases measured).
 * In OCR mode a candidate spelled like an alternative costs 0.7 + (1 -
 * conf/100) nats instead of 2.5 per tone and 3 per vowel mark changed, and
 * every change costs 40% less in a word whose confidence is below 50. */
typedef struct {
    size_t offset, length;     /* byte span of the word in the text passed */
    float confidence;          /* word confidence 0..100, < 0 if unknown */
    size_t nalts;
    const char *const *alts;   /* alternative spellings of the word (UTF-8) */
    const float *alt_conf;     /* their confidences 0..100 (may be NULL) */
} vnr_word_hint;

typedef struct {
    vnr_mode mode;             /* VNR_MODE_AUTO by default */
    int tone;                  /* VNR_TONE_DOCUMENT by default */
    double margin;             /* nats a change must win by; < 0: the mode's
                                  default, 2.0 for OCR (+4 for a capitalised
                                  word inside a sentence: maybe a name), 0.3
                                  for stripped */
    const vnr_word_hint *hints;/* sorted by offset, may be NULL */
    size_t nhints;
    vnr_explain_fn explain;    /* may be NULL */
    void *explain_user;
} vnr_options;

void vnr_options_init(vnr_options *opt);

/* Which mode VNR_MODE_AUTO picks for this text: STRIPPED when fewer than
 * 45% of its Vietnamese-looking words carry a mark or đ, else OCR. */
vnr_mode vnr_detect_mode(const char *text, size_t len);

/* Restore len bytes of NFC UTF-8 text (run vnfix first: NFD marks are not
 * recognised) into a new NUL-terminated buffer *out
 * (*outlen bytes, free with free()). Returns 0, or -1 (out of memory,
 * invalid UTF-8 is passed through, not an error). *used (may be NULL)
 * receives the mode actually applied; *changes (may be NULL) the count. */
int vnr_restore(const vnr_model *m, const char *text, size_t len,
                const vnr_options *opt, char **out, size_t *outlen,
                vnr_mode *used, size_t *changes);

#ifdef __cplusplus
}
#endif
#endif
