/*
 * vnfix.h: repair legacy-encoded and mojibake Vietnamese into Unicode NFC.
 *
 * libvnfix takes bytes that are meant to be Vietnamese text (UTF-8 in any
 * normalisation form, VNI-Windows, TCVN3/ABC, VISCII, VPS, VIQR, CP1258, any
 * of the 8-bit ones misread as Windows-1252 or Latin-1 and saved as UTF-8,
 * or UTF-8 that went through Windows-1252 twice) and gives back NFC UTF-8.
 * Detection is per span (line or paragraph), so mixed input works; text
 * that is not Vietnamese passes through byte for byte.
 *
 * The first rule: valid Unicode text is never made worse. A character that
 * is already a Vietnamese letter in a valid syllable is not rewritten;
 * symbols, punctuation and letters of other scripts pass byte for byte
 * unless the word they stand in is proven legacy by its own evidence. A
 * line's reading is checked word by word: a word is rewritten only when
 * its reading is better Vietnamese (valid syllables, and, for a word that
 * is a syllable both ways, likelier under the language model when one is
 * set in the options); a tie keeps the input. One symbol glued to the
 * edge of a word of ASCII letters proves nothing by itself: beside a
 * capital, a Roman numeral or a list label ("Chương V®", "V¹") it stays,
 * beside a lowercase letter or a syllable it is read only as a common
 * word ("vµ" is "và"; "x×" stays). One legacy word pasted into a Unicode
 * line is repaired alone, the rest of the line kept; a pasted word that
 * reads as another syllable ("vô", TCVN3's "vụ") only where the trigram
 * model, between the words around it, finds the reading far likelier, and
 * never a valid syllable the model does not know ("nôi"). A line depends on its neighbours only
 * when it cannot decide alone. The only changes to valid Unicode are NFC,
 * U+01A3/U+01A2 (PDF text) to ư/Ư, Ð (U+00D0) to Đ in a word that is
 * Vietnamese with it, and the tone placement asked for.
 *
 * Its only dependency is ICU. A context holds options and streaming state;
 * there is no global mutable state, so contexts may be used from different
 * threads (one context per thread).
 *
 *     vnfix_ctx *ctx = vnfix_create(NULL);          // defaults: auto, keep tones
 *     char *out; size_t n;
 *     if (vnfix_buffer(ctx, in, len, &out, &n) == VNFIX_OK) { ...; vnfix_free(out); }
 *     vnfix_destroy(ctx);
 */
#ifndef VNFIX_H
#define VNFIX_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define VNFIX_VERSION "0.1.0"

/* Error codes. Every call that can fail returns one of these. */
enum {
    VNFIX_OK = 0,
    VNFIX_ENOMEM = -1,       /* out of memory */
    VNFIX_EINVAL = -2,       /* bad argument (NULL pointer, unknown encoding...) */
    VNFIX_EUNMAPPABLE = -3,  /* vnfix_encode: a character the target cannot hold */
    VNFIX_EWRITE = -4,       /* the write callback returned non-zero */
    VNFIX_EICU = -5          /* ICU failed (should not happen with valid data) */
};

/* Source (and target) encodings. VNFIX_ENC_AUTO detects per span. */
typedef enum {
    VNFIX_ENC_AUTO = 0,
    VNFIX_ENC_UTF8,         /* "utf-8" */
    VNFIX_ENC_VNI,          /* "vni": VNI-Windows */
    VNFIX_ENC_TCVN3,        /* "tcvn3": TCVN 5712:1993 VN3 (ABC) */
    VNFIX_ENC_VISCII,       /* "viscii" */
    VNFIX_ENC_VPS,          /* "vps" */
    VNFIX_ENC_VIQR,         /* "viqr": RFC 1456 mnemonics */
    VNFIX_ENC_CP1258,       /* "cp1258": Windows-1258 */
    VNFIX_ENC_UTF8_DOUBLE,  /* "utf-8-double": UTF-8 read as Windows-1252 once more */
    VNFIX_ENC_COUNT
} vnfix_encoding;

/* The name of an encoding as the command line spells it, or NULL. */
const char *vnfix_encoding_name(vnfix_encoding enc);
/* Parse a name (case-insensitive, aliases accepted); -1 if unknown. */
int vnfix_encoding_from_name(const char *name);

/* Where tone marks go in the open syllables oa, oe, uy. */
typedef enum {
    VNFIX_TONE_KEEP = 0,  /* as the source has them */
    VNFIX_TONE_OLD,       /* hòa, thủy, khỏe */
    VNFIX_TONE_NEW        /* hoà, thuỷ, khoẻ */
} vnfix_tone;

/* Called for each line holding bytes that could not be interpreted and were
 * passed through unchanged (invalid UTF-8, bytes that mean nothing in the
 * encoding found, NUL), or a U+FFFD standing for a byte an earlier decoder
 * lost. reason says which, in English. offset is the byte offset of the first such byte in
 * the whole input fed since the context was created or reset (vnfix_buffer,
 * vnfix_finish reset it), length the rest of that line. It is also called
 * for each word of TCVN3 or VPS capitals-font text whose case the context
 * cannot decide (reason "case of TCVN3 capitals-font text undecided", or
 * VPS; offset and length of the word, left as it decodes). */
typedef void (*vnfix_report_fn)(void *user, size_t offset, size_t length,
                                const char *reason);

/* The syllable language model (see Diacritic restoration below). */
typedef struct vnfix_model vnfix_model;

typedef struct {
    vnfix_encoding from;    /* VNFIX_ENC_AUTO by default; a legacy name means
                               that encoding, as bytes or as mojibake, on every
                               line that is not already Unicode */
    vnfix_tone tone;        /* VNFIX_TONE_KEEP by default */
    vnfix_report_fn report; /* may be NULL */
    void *report_user;
    const vnfix_model *model; /* may be NULL: when set, of two readings of a
                               word that are both Vietnamese the likelier
                               one wins (see the first rule above); it must
                               outlive the context */
} vnfix_options;

/* Fill *opt with the defaults. */
void vnfix_options_init(vnfix_options *opt);

typedef struct vnfix_ctx vnfix_ctx;

/* Create a context; opt may be NULL for the defaults. NULL on failure. */
vnfix_ctx *vnfix_create(const vnfix_options *opt);
void vnfix_destroy(vnfix_ctx *ctx);

/* One shot: repair len bytes of in into a NUL-terminated buffer *out of
 * *outlen bytes (not counting the NUL), allocated by the library and released
 * with vnfix_free. Resets any streaming state of ctx first. */
int vnfix_buffer(vnfix_ctx *ctx, const char *in, size_t len,
                 char **out, size_t *outlen);
void vnfix_free(void *p);

/* Streaming: feed any number of chunks of any size (a character or a span
 * may be split across chunks), then finish. Spans are lines; a line longer
 * than 64 KiB is cut at a blank (or another safe boundary). The repaired
 * text of the complete lines is handed to write before vnfix_feed returns,
 * except lines at the start of the input whose source is a tie, which wait
 * (at most 32 lines) for a neighbour that decides. Memory use does not grow
 * with the input. write returns 0 to go on, anything else to stop with
 * VNFIX_EWRITE. finish flushes the rest and resets the context. */
typedef int (*vnfix_write_fn)(void *user, const char *buf, size_t len);
int vnfix_feed(vnfix_ctx *ctx, const char *in, size_t len,
               vnfix_write_fn write, void *user);
int vnfix_finish(vnfix_ctx *ctx, vnfix_write_fn write, void *user);

/* Detection. One entry per span of the input, in order: a span is a run of
 * lines found in one source; lines with nothing Vietnamese join the span
 * before them. The spans tile the input. */
typedef struct {
    size_t offset;          /* byte offset of the span in the input */
    size_t length;          /* its length in bytes */
    vnfix_encoding encoding;/* what it was found to be */
    double confidence;      /* 0..1: mean over its Vietnamese lines of the
                               share of valid syllables times how clearly
                               the source beat the next best; a list label
                               first on a line ("đ)", "a.": one letter of
                               the alphabet, ")" or ".", a blank or the end) and a
                               Roman numeral ("Chương II") count neither
                               way, in every source alike */
    int vietnamese;         /* 0 when the span has no Vietnamese to repair */
    int mojibake;           /* 1: the encoding's bytes had been read as
                               Windows-1252 or Latin-1 and saved as UTF-8;
                               2: read as Windows-1258, saved as UTF-8 and
                               normalised to NFC (what NFC composed is taken
                               apart again; words that stay doubtful are
                               reported) */
    size_t lines;           /* lines in the span */
} vnfix_span;

/* Detect the encoding of each span of in. *spans is allocated by the
 * library (vnfix_free) and holds *count entries. */
int vnfix_detect(vnfix_ctx *ctx, const char *in, size_t len,
                 vnfix_span **spans, size_t *count);

/* Streaming detection, in constant memory: feed any number of chunks, then
 * finish. Each span (as vnfix_detect makes them) is handed to fn as soon as
 * the line after it starts another span, the last one by finish; fn returns
 * 0 to go on, anything else to stop with VNFIX_EWRITE. finish resets the
 * context. A context streams either repair (vnfix_feed) or detection at a
 * time, not both. */
typedef int (*vnfix_span_fn)(void *user, const vnfix_span *span);
int vnfix_detect_feed(vnfix_ctx *ctx, const char *in, size_t len, vnfix_span_fn fn, void *user);
int vnfix_detect_finish(vnfix_ctx *ctx, vnfix_span_fn fn, void *user);

/* Reverse direction: encode NFC UTF-8 into a legacy encoding. With replace
 * == 0 a character the target cannot hold stops with VNFIX_EUNMAPPABLE and
 * its byte offset in *err_offset; otherwise it is replaced by replace (an
 * ASCII byte such as '?'), or with VNFIX_REPLACE_FOLD a toned capital that
 * the target lacks (TCVN3, VPS) takes the lowercase code, as text typed in a
 * capitals font does, and anything else becomes '?'. Bytes of in that are
 * not UTF-8 (what vnfix passed through) are copied as they are. *out is
 * allocated by the library (vnfix_free) and NUL-terminated. Encoding to
 * utf-8 copies. */
#define VNFIX_REPLACE_FOLD (-1)
int vnfix_encode(vnfix_encoding to, const char *in, size_t len,
                 char **out, size_t *outlen, int replace, size_t *err_offset);

/* The same, then the bytes as a program that took them for Windows-1252
 * (VNFIX_FORM_CP1252; its five undefined bytes become the C1 controls, the
 * 'sloppy' form) or Latin-1 (VNFIX_FORM_LATIN1) read them and saved UTF-8:
 * the mojibake forms vnfix repairs. VNFIX_FORM_BYTES is vnfix_encode. */
typedef enum { VNFIX_FORM_BYTES = 0, VNFIX_FORM_CP1252, VNFIX_FORM_LATIN1 } vnfix_form;
int vnfix_encode_form(vnfix_encoding to, vnfix_form form, const char *in, size_t len,
                      char **out, size_t *outlen, int replace, size_t *err_offset);

/* A short English description of an error code. */
const char *vnfix_strerror(int err);

/* ---- Diacritic restoration -------------------------------------------
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
 * A vnfix_model is immutable after vnfix_model_open and may be shared by any
 * number of threads; vnfix_restore keeps all its state on the call.
 *
 *     char err[256];
 *     vnfix_model *m = vnfix_model_open(NULL, err, sizeof err);
 *     vnfix_restore_options o; vnfix_restore_options_init(&o);
 *     o.mode = VNFIX_RESTORE_STRIPPED;
 *     vnfix_restore(m, nfc_text, len, &o, &out, &outlen, NULL, NULL);
 */

/* Open the model. path NULL: "vi-syllable.lm" in $SOHOA_LANGDIR, then the
 * installed data directory, then the source tree's lang/. NULL on failure,
 * with a message naming the file in err (if err is not NULL). */
vnfix_model *vnfix_model_open(const char *path, char *err, size_t errlen);
void vnfix_model_close(vnfix_model *m);

typedef enum {
    VNFIX_RESTORE_AUTO = 0,   /* decide from the text (see vnfix_restore_detect_mode) */
    VNFIX_RESTORE_OCR,        /* marks present, some wrong (tesseract vie): cautious */
    VNFIX_RESTORE_STRIPPED    /* marks missing or garbled (typed bare, English OCR) */
} vnfix_restore_mode;

/* Tone placement of the marks the repairer writes (open oa, oe, uy).
 * Same values as vnfix_tone: 0 follows the document's dominant style
 * ("old" when it has none), 1 old (hòa), 2 new (hoà). */
enum { VNFIX_RESTORE_TONE_DOCUMENT = 0, VNFIX_RESTORE_TONE_OLD = 1, VNFIX_RESTORE_TONE_NEW = 2 };

/* One change, as reported to the explain callback. */
typedef struct {
    size_t offset;       /* byte offset of the token in the input */
    size_t length;       /* its length in bytes */
    const char *from;    /* the token as it was (NUL-terminated) */
    const char *to;      /* what it became */
    double score;        /* confidence margin in nats: how much better the
                            chosen path is than keeping the token (> 0) */
    double channel;      /* the rewrite's cost in nats (part of the score) */
} vnfix_change;
typedef void (*vnfix_explain_fn)(void *user, const vnfix_change *c);

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
} vnfix_word_hint;

typedef struct {
    vnfix_restore_mode mode;             /* VNFIX_RESTORE_AUTO by default */
    int tone;                  /* VNFIX_RESTORE_TONE_DOCUMENT by default */
    double margin;             /* nats a change must win by; < 0: the mode's
                                  default, 2.0 for OCR (+4 for a capitalised
                                  word inside a sentence: maybe a name), 0.3
                                  for stripped */
    const vnfix_word_hint *hints;/* sorted by offset, may be NULL */
    size_t nhints;
    vnfix_explain_fn explain;    /* may be NULL */
    void *explain_user;
} vnfix_restore_options;

void vnfix_restore_options_init(vnfix_restore_options *opt);

/* Which mode VNFIX_RESTORE_AUTO picks for this text: STRIPPED when fewer than
 * 45% of its Vietnamese-looking words carry a mark or đ, else OCR. */
vnfix_restore_mode vnfix_restore_detect_mode(const char *text, size_t len);

/* Restore len bytes of NFC UTF-8 text (run vnfix first: NFD marks are not
 * recognised) into a new NUL-terminated buffer *out
 * (*outlen bytes, release with vnfix_free). Returns 0, or -1 (out of memory,
 * invalid UTF-8 is passed through, not an error). *used (may be NULL)
 * receives the mode actually applied; *changes (may be NULL) the count. */
int vnfix_restore(const vnfix_model *m, const char *text, size_t len,
                const vnfix_restore_options *opt, char **out, size_t *outlen,
                vnfix_restore_mode *used, size_t *changes);

/* Restoration of a stream, for text of any length in flat memory: feed
 * NFC text in chunks of any size (the output of vnfix_feed, for one), then
 * finish. The text is gathered into blocks of whole paragraphs (at least
 * 256 KiB, cut after a blank line, else a line end, else a blank; a block
 * with none of them whole) and each block is restored with vnfix_restore
 * and handed to write, so a change depends on its paragraph and the ones
 * beside it in its block. VNFIX_RESTORE_AUTO is decided once per stream,
 * on its first block. The explain callback of opt (copied at creation)
 * gets offsets in the whole stream. write returns 0 to go on; feed and
 * finish return VNFIX_OK, VNFIX_ENOMEM, VNFIX_EWRITE (write failed) or
 * VNFIX_EINVAL. finish flushes the rest and readies the restorer for the
 * next stream; reset drops what is waiting, for the same. The model must
 * outlive the restorer; NULL on failure or without a model. */
typedef struct vnfix_restorer vnfix_restorer;
vnfix_restorer *vnfix_restorer_create(const vnfix_model *m, const vnfix_restore_options *opt);
void vnfix_restorer_destroy(vnfix_restorer *r);
int vnfix_restorer_feed(vnfix_restorer *r, const char *text, size_t len, vnfix_write_fn write, void *user);
int vnfix_restorer_finish(vnfix_restorer *r, vnfix_write_fn write, void *user);
void vnfix_restorer_reset(vnfix_restorer *r);
/* Words changed since the restorer was created. */
size_t vnfix_restorer_changes(const vnfix_restorer *r);

#ifdef __cplusplus
}
#endif
#endif
