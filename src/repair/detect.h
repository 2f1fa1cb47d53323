/*
 * detect.h: decoding one span (a line) in each candidate source and choosing.
 *
 * A source is an encoding and a form: the encoding's own bytes, or those
 * bytes read as Windows-1252/Latin-1 and saved as UTF-8 (mojibake). Each
 * candidate decoding is scored by its share of valid Vietnamese syllables
 * (syllable.c) and by its implausible characters: a token that mixes letters
 * with symbols or with bytes that mean nothing counts against it. The text
 * as it stands wins ties; a previous span's source breaks ties among the
 * others (the neighbourhood prior), and a span that has no Vietnamese
 * passes through.
 */
#ifndef VNFIX_DETECT_H
#define VNFIX_DETECT_H

#include <stddef.h>
#include <stdint.h>

#include "codec.h"
#include "nfc.h"

typedef struct {
    vnfix_encoding enc;      /* VNFIX_ENC_UTF8 for text kept as it is */
    int moji;                /* 1: read as Windows-1252/Latin-1 and saved as UTF-8;
                                2: read as Windows-1258, saved as UTF-8, then
                                normalised to NFC (VNFIX_MOJI_CP1258) */
} vnfix_source;

#define VNFIX_MOJI_CP1258 2

#define VNFIX_UNSCORED (-1)

typedef struct {
    vnfix_source src;
    int vietnamese;          /* the chosen decoding has Vietnamese syllables */
    int ambiguous;           /* other sources tie with different text */
    int strong;              /* may set the source neighbours lean to */
    int fast;                /* output is the input unchanged (no decoding done) */
    int direct;              /* output is w->direct (bytes straight to UTF-8) */
    int valid, invalid;      /* syllable counts of the chosen decoding; valid
                                VNFIX_UNSCORED: the line was decided without
                                its score (vnfix_work's conf_unread), and these,
                                the confidence and d->strong are not its own:
                                decide it again unless d->fast */
    double confidence;
    size_t bad_offset;       /* first byte passed through uninterpreted, or SIZE_MAX */
    int lost;                /* ... which is a U+FFFD standing for a lost byte */
    int has_nul;
    int unrestored;          /* CP1258-NFC mojibake: words the syllable model could not restore */
    size_t guessed_offset;   /* bytes that are not UTF-8, in a line of Unicode
                                Vietnamese, read alone as legacy bytes (the
                                first), or SIZE_MAX */
    size_t guessed_length;
} vnfix_decision;

#define VNFIX_UNDEC_MAX 16
#define VNFIX_TMEMO_BITS 15
#define VNFIX_REV1258 0x2200
#define VNFIX_TOK_MAX 12
#define VNFIX_TOK_BITS 13
#define VNFIX_GMEMO_BITS 12
#define VNFIX_GMEMO_LEN 16
#define VNFIX_SUS_MAX 8

typedef struct {
    vnfix_nfc_ctx nfc;
    uint32_t *units, *cps, *best;   /* cap, cap * 3, cap * 3; grown to fit */
    uint32_t *mu;                   /* cap: the contest's mojibake units (detect.c) */
    /* Per source, for its reading of Windows-1252 mojibake: the bytes its
     * table reads as the characters Windows-1252 makes of them, never as
     * a mark, in a reading that nothing more rewrites (detect.c's
     * plain_text); none for a table with a soft hyphen to restore, and
     * for one with toned capitals to recover only where the recovery
     * leaves the line as it is (detect.c's caps_leave). */
    uint64_t plain[VNFIX_ENC_COUNT][4];
    /* For each byte table without capitals to recover or a soft hyphen to
     * restore, what each unit below 0x100 may decode to, for detect.c's
     * below_floor: bit 1 something beyond ASCII (or a byte that means
     * nothing, or a mark that may join), bit 2 what may come before the
     * first such character of a word (ASCII, a separator, a character
     * NFC may change, or a byte that means nothing). */
    uint8_t uclass[VNFIX_ENC_COUNT][256];
    unsigned char *direct;          /* cap * 3 + 4 (+ 64 of slack): the direct path's UTF-8 */
    size_t ndirect;
    size_t cap, ncps, nbest;
    /* Words of up to 8 letters judged lately (syllable or not), by their
     * code points: a file repeats its words, and parsing them is most of
     * the cost of detection. */
    struct vnfix_memo { uint32_t cp[8]; uint32_t n; } *memo;
    /* The same for the fast look at Unicode lines (detect.c's
     * latin1_words_ok), by the word's UTF-8 bytes. */
    struct vnfix_bmemo { uint8_t b[22]; uint8_t n, ok; } *bmemo;
    /* clean.c's verdicts on blank-separated tokens of up to 16 bytes (the
     * bytes, zero-padded, with the length and verdict in the top byte):
     * text repeats its tokens, so most are judged once. */
    struct vnfix_tmemo { uint64_t k0, k1; } *tmemo;   /* 1 << VNFIX_TMEMO_BITS */
    /* Legacy bytes read in the neighbours' source, by blank-separated
     * token of up to VNFIX_TOK_MAX bytes (detect.c's read_tokens): the
     * token's NFC UTF-8, its words' score and the counts caps.c decides
     * by; lines of VIQR the same way (read_viqr: the score, and what the
     * guard makes of the token). Text repeats its tokens, so most are
     * decoded once. */
    struct vnfix_tok {              /* (64 bytes: one cache line each) */
        uint64_t k0;                /* the bytes, zero-padded */
        uint32_t k1;
        uint8_t len, enc, bad, nout;/* len 0: a free entry; bad: a byte that means nothing */
        uint8_t valid, invalid, caps_words, other_words, font_words;
        uint8_t seq;                /* a UTF-8 sequence among the bytes */
        uint8_t gv;                 /* enc VIQR: what the guard does with it (VNFIX_GV_*) */
        uint8_t label;              /* first on a line, a list label: 1 drop a valid word, 2 an invalid one */
        unsigned char out[3 * VNFIX_TOK_MAX];
        uint8_t pad[64 - 8 - 4 - 4 - 8 - 3 * VNFIX_TOK_MAX];
    } *tok;                         /* 1 << VNFIX_TOK_BITS */
    /* The Windows-1258 byte of each code point below VNFIX_REV1258 (0:
     * none), for reading Windows-1258 mojibake back into its bytes. */
    uint8_t *rev1258;
    /* What the model says of words (vnfix_word_cost), apart from the memo
     * above, which the contest's wrong readings fill with nonsense: only
     * the words the model is asked about come here. n: length + 1, 0 for
     * a free entry. */
    struct vnfix_kmemo { uint32_t cp[8]; double cost; uint32_t n; int32_t known; } *kmemo;
    /* The model's ids of the words guard.c reads a suspect word's context
     * by (vnfix_word_id), the same way: a line with a suspect word asks
     * for its neighbours' ids, and the same few hundred words come again. */
    struct vnfix_imemo { uint32_t cp[8]; uint32_t n, id; } *imemo;
    /* Words whose case a capitals-font decoding could not decide: byte
     * ranges [from, to) in the line, of the last decoding (undec) and of
     * the one kept in best (best_undec). */
    size_t undec[VNFIX_UNDEC_MAX][2], nundec;
    size_t best_undec[VNFIX_UNDEC_MAX][2], nbest_undec;
    /* guard.c's scratch (cap * 3 each): the line it assembles, one word of
     * the input as code points, one candidate reading of a word. */
    uint32_t *gout, *gtok, *galt;
    uint8_t *gverd;                 /* cap: a verdict per word of the line */
    /* guard.c's verdicts on words (judge), by the word's bytes, its
     * reading and the kind of evidence asked for: a line of VIQR goes
     * through the guard whole, and text repeats its words. Allocated on
     * first use (NULL: none, or it could not be). */
    struct vnfix_gmemo *gmemo;      /* 1 << VNFIX_GMEMO_BITS */
    const vnfix_model *model;       /* the options' language model, or NULL */
    /* The tokens with a suspect word (byte ranges [from, to)) of the line
     * sus_line[0..sus_len) that clean.c's automaton last found clean but
     * for them (2), for vnfix_guard_stays; sus_line NULL: not known (the
     * last line scanned was another, or had more than VNFIX_SUS_MAX). */
    const unsigned char *sus_line;
    size_t sus_len, nsus, sus[VNFIX_SUS_MAX][2];
    /* The end of the buffer that holds the line vnfix_decide is given, when
     * its caller knows it (else NULL): clean.c may load bytes up to there
     * (the line's last tokens in eight-byte words too), never use them. */
    const unsigned char *readable;
    /* Set by a caller that reads a line's confidence only to set the
     * neighbours' source, and its counts of valid and invalid words never
     * (vnfix.c: no spans collected, no line waiting): where that source is
     * Unicode already, a line of Unicode with a sign of misreading is then
     * decided without the text's score (detect.c's decide). */
    int conf_unread;
    size_t fed;                     /* input bytes given so far (vnfix_work_fed) */
    int warm;                       /* the memos' pages are all mapped */
    int model_warm;                 /* and the model's (guard.c's context_ids) */
} vnfix_work;

int vnfix_work_init(vnfix_work *w);
/* Count n more bytes of input; once a context has been given 64 KB, map
 * its memos' pages at once (memo_mem.c says why not at vnfix_create). */
void vnfix_work_fed(vnfix_work *w, size_t n);
void vnfix_work_free(vnfix_work *w);

/* Decide the source of line[0..len) (len <= cap) and leave its decoding in
 * w->best[0..w->nbest) unless d->fast (or a fast line's code points when
 * the caller asks through vnfix_work_reserve). forced is VNFIX_ENC_AUTO or the
 * encoding the caller named; prior is the source of the nearest span that
 * decided clearly, or NULL. */
/* Make w hold lines of len bytes. */
int vnfix_work_reserve(vnfix_work *w, size_t len);

int vnfix_decide(vnfix_work *w, const unsigned char *line, size_t len, vnfix_encoding forced,
                 const vnfix_source *prior, vnfix_decision *d);
/* The same, for a caller that asked vnfix_clean_line about the line
 * already (scanned: its answer; -1: not asked), which it may do where
 * forced is neither VIQR nor double UTF-8 and prior is not VIQR. */
int vnfix_decide_scanned(vnfix_work *w, const unsigned char *line, size_t len, vnfix_encoding forced,
                         const vnfix_source *prior, int scanned, vnfix_decision *d);

/* Decode a whole line[0..len) as src into w->cps[0..w->ncps) (NFC);
 * whether the k <= 8 code points of tok are a syllable or an acronym with Đ. */
int vnfix_decode_as(vnfix_work *w, const unsigned char *line, size_t len, vnfix_source src);
/* The same for a piece of a line (a word the guard reads alone), which
 * begins no sentence (caps.c's sentence rule is not applied). */
int vnfix_decode_word_as(vnfix_work *w, const unsigned char *s, size_t len, vnfix_source src);
int vnfix_word_ok(vnfix_work *w, const uint32_t *tok, size_t k);
/* Whether the model knows the k <= 8 code points tok as a word (1 without
 * a model), remembered (vnfix_word_cost). */
int vnfix_word_known(vnfix_work *w, const uint32_t *tok, size_t k);
/* The same, and placed(tok, k) (remembered with it). */
int vnfix_word_placed(vnfix_work *w, const uint32_t *tok, size_t k, int (*placed)(const uint32_t *, size_t));
/* restore.c: -ln P of one word under the model (that of <unk> if unknown). */
double vnfix_model_word_cost(const vnfix_model *m, const uint32_t *w, size_t n);
/* restore.c: both at once: the cost, and in *known vnfix_model_knows. */
double vnfix_model_word_info(const vnfix_model *m, const uint32_t *w, size_t n, int *known);
/* vnfix_model_word_info for w->model (which must be set), remembered for
 * words of up to 8 code points: the model's look-up folds case and tone
 * placement and searches strings, and the guard asks it of the same words
 * line after line. */
double vnfix_word_cost(vnfix_work *w, const uint32_t *tok, size_t k, int *known);
/* restore.c: the model's id of the word w[0..n) (a word of length 0: the
 * line's start, or after a word its end; digits: a number). Given the ids
 * of the words ctx[0] ctx[1] (before a word) and ctx[2] (after it), of
 * nctx[k] code points, 0 when one of them is a word the model does not
 * know (vnfix_model_knows), else 1 with the ids fixed up for the line's
 * start and end. Then -ln P of the word of id x after ids[0] ids[1] and of
 * ids[2] after it, under the trigrams. */
uint32_t vnfix_model_word_id(const vnfix_model *m, const uint32_t *w, size_t n);
int vnfix_model_context_ids(const vnfix_model *m, const size_t nctx[3], uint32_t ids[3]);
double vnfix_model_context_cost_id(const vnfix_model *m, const uint32_t ids[3], uint32_t x);
/* Which n-grams around x the model saw, as bits (ids fixed up by
 * vnfix_model_context_ids: the line's start and end are words of their
 * own): VNFIX_SEEN_LEFT ids[1] x, VNFIX_SEEN_RIGHT x ids[2], VNFIX_SEEN_LEFT3
 * ids[0] ids[1] x (not at the line's start, where it says no more than
 * the bigram), VNFIX_SEEN_RIGHT3 ids[1] x ids[2]. */
enum { VNFIX_SEEN_LEFT = 1, VNFIX_SEEN_RIGHT = 2, VNFIX_SEEN_LEFT3 = 4, VNFIX_SEEN_RIGHT3 = 8 };
int vnfix_model_context_seen(const vnfix_model *m, const uint32_t ids[3], uint32_t x);
/* vnfix_model_word_id through w->imemo (words of up to 8 code points). */
uint32_t vnfix_word_id(vnfix_work *w, const uint32_t *tok, size_t k);
/* restore.c: 1 the model knows the word, 0 it has never seen it, -1 it saw
 * it so rarely that it is noise of the training text (see restore.c). */
int vnfix_model_knows(const vnfix_model *m, const uint32_t *w, size_t n);
/* restore.c: the model's lm_words_fp (restore_lm.h). */
uint64_t vnfix_model_words_fp(const vnfix_model *m);
/* restore.c: the model's file mapped whole now (lm_warm). */
void vnfix_model_warm(const vnfix_model *m);
/* For clean.c, the tests classify() makes of one character: a sign of
 * Windows-1258 misreading (cp after prev), of a word pasted in VNI or
 * TCVN3 (the Latin-1 letter cp after the byte prev); and whether the word
 * around the letter at p (a lead byte C3 or above) in s[0..len) is a syllable the
 * model knows, with the word's end in *end. */
int vnfix_cp1258_sign(uint32_t cp, uint32_t prev);
int vnfix_latin1_after(unsigned char prev, uint32_t cp);
/* And whether classify() finds the character cp at s[at..end) plain:
 * nothing in it keeps its line off the fast path (detect.c). */
int vnfix_char_plain(const unsigned char *s, size_t len, size_t at, size_t end, uint32_t cp);
int vnfix_word_at_ok(vnfix_work *w, const unsigned char *s, size_t len, const unsigned char *p,
                     const unsigned char **end);
enum { VNFIX_WORD_OK = 1, VNFIX_WORD_SUSPECT = 2 };   /* vnfix_word_at_ok; suspect: see vnfix_guard_suspect */
/* Whether the word of the first Latin-1 letter of s[0..len) is suspect
 * (vnfix_guard_suspect), remembered with the word. */
int vnfix_word_suspect(vnfix_work *w, const unsigned char *s, size_t len);
static inline int vnfix_same_source(vnfix_source a, vnfix_source b) { return a.enc == b.enc && a.moji == b.moji; }

#endif
